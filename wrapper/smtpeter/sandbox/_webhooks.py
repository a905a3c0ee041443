"""The sandbox's webhook calls: signed as SMTPeter signs them, posted in the background.

For each message the sandbox accepts it posts a ``delivery`` event to every registered URL,
signed with the sandbox's own RSA key (made on first use) under a ``keyId`` below
copernica.com, exactly in the format :func:`smtpeter.webhooks.verify` checks. The public
key is never in DNS: tests resolve it with :func:`smtpeter.testing.sandbox_key_resolver`.

Calls go out over HTTPS only, from one worker thread, so a request handler never waits for
them; each has a short timeout, and its outcome is kept in :attr:`SandboxWebhooks.results`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from queue import Empty, SimpleQueue
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

    from ._faults import FaultRule
    from ._store import StoredMessage

__all__ = ["KEY_FILE_NAME", "SANDBOX_ACCOUNT", "SandboxWebhooks", "WebhookResult"]

KEY_FILE_NAME = "webhook-key.pem"  # in the sandbox's state folder, next to its CA

SANDBOX_ACCOUNT = "environment-0"  # the X-Copernica-ID of the sandbox's calls
WEBHOOK_TIMEOUT = httpx.Timeout(5.0)
_COVERED = ("(request-target)", "host", "date", "x-copernica-id", "digest", "content-type")
_KEPT_RESULTS = 1000
_HOLD = 0.5  # seconds an out-of-order call waits for the next one before it goes anyway

logger = logging.getLogger("smtpeter.sandbox.webhooks")


@dataclass(frozen=True)
class WebhookResult:
    """How one call went: the answer's status, or why there was none (``status`` 0).

    It keeps the call too (``headers``, ``body``, ``message_id``, ``at``), for the admin
    API's list and ``smtpeter webhooks replay``; ``fault`` names the fault rule applied."""

    url: str
    event_type: str
    status: int
    error: str | None = None
    message_id: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    at: datetime | None = None
    fault: str | None = None


@dataclass(frozen=True)
class _Call:
    url: str
    body: bytes
    event_type: str
    message_id: str | None


class SandboxWebhooks:
    """The URLs the sandbox calls, the key it signs with, and the worker that posts.

    ``add(url)`` / ``remove(url)`` / ``urls`` manage the targets (any time, from any thread);
    ``trust(ca_file)`` chooses the CA that endpoints' certificates must chain to (default:
    the system's CAs); ``report``, when set, receives one line per finished call.
    """

    def __init__(
        self,
        *,
        account: str = SANDBOX_ACCOUNT,
        configured: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.account = account
        # The URLs configured per event type through the API (POST /webhook), if any.
        self._configured = configured
        self.report: Callable[[str], None] | None = None
        self.fault_hook: Callable[[], FaultRule | None] | None = None
        """Called once per call before it goes: the fault rule to apply to it, if any."""
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._urls: list[str] = []
        self._key: rsa.RSAPrivateKey | None = None
        self._verify: ssl.SSLContext | None = None
        self._queue: SimpleQueue[_Call | None] = SimpleQueue()
        self._pending = 0
        self._worker: threading.Thread | None = None
        self._closed = False
        self.results: deque[WebhookResult] = deque(maxlen=_KEPT_RESULTS)

    # --- targets -------------------------------------------------------------------------

    @property
    def urls(self) -> tuple[str, ...]:
        """The URLs called for every event, in the order they were added."""
        with self._lock:
            return tuple(self._urls)

    def add(self, url: str) -> None:
        """Call ``url`` (``https://`` only) for every event from now on; adding twice is once."""
        parsed = httpx.URL(url)
        if parsed.scheme != "https" or not parsed.host:
            raise ValueError(f"webhook URL {url!r}: must be an https:// URL with a host")
        with self._lock:
            if url not in self._urls:
                self._urls.append(url)

    def remove(self, url: str) -> None:
        """Stop calling ``url``; ValueError if it was not added."""
        with self._lock:
            self._urls.remove(url)

    def clear(self) -> None:
        """Stop calling every URL."""
        with self._lock:
            self._urls.clear()

    def trust(self, ca_file: Path | None, *, with_system_cas: bool = False) -> None:
        """Verify endpoints' certificates against ``ca_file`` (and the system's CAs too)."""
        if with_system_cas or ca_file is None:
            context = ssl.create_default_context()
            if ca_file is not None:
                context.load_verify_locations(cafile=str(ca_file))
        else:
            context = ssl.create_default_context(cafile=str(ca_file))
        with self._lock:
            self._verify = context

    # --- the key -----------------------------------------------------------------------------

    @property
    def key_id(self) -> str:
        """The ``keyId`` of the sandbox's signatures: named after its key, under copernica.com."""
        der = self._public_der()
        return f"sandbox-{hashlib.sha256(der).hexdigest()[:12]}._domainkey.copernica.com"

    @property
    def key_record(self) -> str:
        """The DKIM-style TXT record that would publish the key (it is never in DNS)."""
        return "v=DKIM1; k=rsa; p=" + base64.b64encode(self._public_der()).decode("ascii")

    def key_resolver(self) -> Callable[[str], str]:
        """A key resolver that knows only this sandbox's key, for ``verify(key_resolver=)``."""
        key_id, record = self.key_id, self.key_record

        def resolve(wanted: str) -> str:
            if wanted.lower().rstrip(".") != key_id:
                raise LookupError(f"the sandbox signs with {key_id}, not with this keyId")
            return record

        return resolve

    def use_key_file(self, path: Path) -> None:
        """Sign with the key kept in ``path`` (PEM), made and written there on first use.

        The sandbox keeps it next to its CA, so the key (and keyId) survive restarts and a
        test in another process can load it: :func:`smtpeter.testing.sandbox_key_resolver`.
        """
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        if path.is_file():
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
            if not isinstance(key, rsa.RSAPrivateKey):
                raise ValueError(f"{path}: not an RSA private key")
        else:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            _write_private(path, pem)
        with self._lock:
            self._key = key

    def _private_key(self) -> rsa.RSAPrivateKey:
        from cryptography.hazmat.primitives.asymmetric import rsa

        with self._lock:
            if self._key is None:
                self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            return self._key

    def _public_der(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return (
            self._private_key()
            .public_key()
            .public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )

    # --- events --------------------------------------------------------------------------

    def message_accepted(self, message: StoredMessage) -> None:
        """Post a ``delivery`` event for a message the sandbox accepted (it delivers nothing)."""
        if not self._targets("delivery"):
            return
        received = message.received.astimezone(UTC)
        self.post(
            {
                "id": message.message_id,
                "type": "delivery",
                "recipient": message.recipient,
                "time": int(received.timestamp()),
                "timestamp": received.strftime("%Y-%m-%d %H:%M:%S"),
                "code": 250,
                "extended": "2.0.0",
                "description": "accepted by the sandbox (nothing was delivered)",
                "tags": list(message.tags),
            }
        )

    def post(self, event: Mapping[str, Any]) -> None:
        """Post ``event`` (a webhook body, with its ``type``) to every URL, in the background."""
        body = json.dumps(event, separators=(",", ":")).encode("utf-8")
        event_type = str(event.get("type", ""))
        message_id = str(event["id"]) if "id" in event else None
        with self._lock:
            if self._closed:
                raise RuntimeError("the sandbox's webhooks are closed")
            urls = self._targets(event_type, locked=True)
            self._pending += len(urls)
            if urls and self._worker is None:
                self._worker = threading.Thread(
                    target=self._work, name="smtpeter-sandbox-webhooks", daemon=True
                )
                self._worker.start()
        for url in urls:
            self._queue.put(_Call(url, body, event_type, message_id))

    def _targets(self, event_type: str, *, locked: bool = False) -> list[str]:
        """Every URL an event of this type goes to: those added, then those configured."""
        added = list(self._urls) if locked else list(self.urls)
        configured = self._configured(event_type) if self._configured else []
        return added + [url for url in configured if url not in added]

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every call posted so far has finished; False if ``timeout`` ran out."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def close(self) -> None:
        """Finish the calls already posted, then stop the worker."""
        with self._lock:
            self._closed = True
            worker = self._worker
        if worker is not None:
            self._queue.put(None)
            worker.join(timeout=30)

    # --- the worker thread ---------------------------------------------------------------------

    def _work(self) -> None:
        with self._lock:
            verify: ssl.SSLContext | bool = self._verify or True
        held: tuple[_Call, str] | None = None  # an out-of-order call, waiting for the next
        with httpx.Client(timeout=WEBHOOK_TIMEOUT, verify=verify) as client:
            while True:
                try:
                    item = self._queue.get(timeout=_HOLD if held is not None else None)
                except Empty:  # nothing came after the held call: it goes now
                    if held is not None:
                        self._deliver(client, *held)
                        held = None
                    continue
                if item is None:
                    break
                rule = self.fault_hook() if self.fault_hook is not None else None
                fault = None if rule is None else f"{rule.id} ({rule.action})"
                if rule is not None and rule.action == "drop":
                    self._finish(
                        WebhookResult(
                            **_fields(item), status=0, error="dropped by a fault rule", fault=fault
                        )
                    )
                    continue
                if rule is not None and rule.action == "out-of-order" and held is None:
                    held = (item, fault or "")
                    continue
                if rule is not None and rule.action == "late":
                    time.sleep(rule.delay or 0.0)
                if rule is not None and rule.action == "twice":
                    # The same signed call twice; counted done only after the second.
                    headers = self._deliver(client, item, fault, counted=False)
                    self._deliver(client, item, fault, headers=headers)
                else:
                    self._deliver(client, item, fault)
                if held is not None:
                    self._deliver(client, *held)
                    held = None
            if held is not None:
                self._deliver(client, *held)

    def _deliver(
        self,
        client: httpx.Client,
        item: _Call,
        fault: str | None,
        *,
        headers: dict[str, str] | None = None,
        counted: bool = True,
    ) -> dict[str, str]:
        """Post one call (with ``headers`` already signed: the very same call again)."""
        headers = headers or self.signed_headers(item.url, item.body)
        at = datetime.now(UTC)
        call = {**_fields(item), "headers": headers, "at": at, "fault": fault or None}
        try:
            response = client.post(item.url, content=item.body, headers=headers)
        except httpx.HTTPError as exc:
            result = WebhookResult(**call, status=0, error=f"{type(exc).__name__}: {exc}")
        else:
            result = WebhookResult(**call, status=response.status_code)
        self._finish(result, counted=counted)
        return headers

    def _finish(self, result: WebhookResult, *, counted: bool = True) -> None:
        self.results.append(result)
        self._tell(result)
        if counted:
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    def signed_headers(
        self, url: str, body: bytes, *, now: datetime | None = None
    ) -> dict[str, str]:
        """The headers of a call of ``body`` to ``url``, signed now (or at ``now``)."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        from smtpeter.webhooks._signature import format_signature, signing_string

        target = httpx.URL(url)
        headers = {
            "host": target.netloc.decode("ascii"),
            "date": format_datetime(now or datetime.now(UTC), usegmt=True),
            "x-copernica-id": self.account,
            "digest": "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode(),
            "content-type": "application/json",
        }
        text = signing_string(
            _COVERED, method="POST", target=target.raw_path.decode("ascii"), headers=headers
        )
        signature = self._private_key().sign(text, padding.PKCS1v15(), hashes.SHA256())
        headers["signature"] = format_signature(self.key_id, _COVERED, signature)
        return headers

    def _tell(self, result: WebhookResult) -> None:
        outcome = str(result.status) if result.error is None else f"failed ({result.error})"
        line = f"webhook {result.event_type} -> {result.url} {outcome}"
        logger.info("%s", line)
        if self.report is not None:
            self.report(line)


def _fields(item: _Call) -> dict[str, Any]:
    return {
        "url": item.url,
        "event_type": item.event_type,
        "message_id": item.message_id,
        "body": item.body,
    }


def _write_private(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(content)
