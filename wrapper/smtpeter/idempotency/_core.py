"""Send once: what ``send(..., idempotency_key=...)`` and ``client.reconcile(key)`` do.

A keyed send reads straight through: the body is validated as any send's (nothing is recorded
for input refused before sending), the key's tag is added to its ``tags``, its fingerprint
taken, then the key is *claimed* in the store (atomically, state ``in_flight``) before the
request goes out, and the outcome recorded after: ``sent`` with the message ids, ``refused``
with the error (an error status: nothing was sent), ``unknown`` (no usable answer: it may have
been sent). A failure that certainly sent nothing and may pass (a 429, a connection refused)
releases the key. A key already claimed answers from its record and sends nothing.

Reconciliation asks SMTPeter: every message it receives is logged as an ``attempt`` event
carrying the message's tags, and ``GET /events/tags/{tag}`` reads them back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl

from smtpeter_client.resources import SEND

from .. import _errors
from .._attachments import StreamedBody
from .._exceptions import APIError, APIStatusError, ValidationError
from .._outcomes import definite_refusal
from .._redact import redact
from .._types import SendResult
from ._records import IdempotencyStore, Record, State
from ._stores import MemoryStore

if TYPE_CHECKING:
    from .._client import AsyncSMTPeter, SMTPeter

__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_RECONCILE_WAIT",
    "DEFAULT_TTL",
    "TAG_PREFIX",
    "How",
    "Idempotency",
    "IdempotencyConflict",
    "OutcomeUnknown",
    "Reconciliation",
    "reconcile",
    "reconcile_async",
    "send_once",
    "send_once_async",
    "send_once_how",
    "send_once_how_async",
    "tag_for",
]

DEFAULT_TTL = 24 * 3600.0
"""Seconds a key is remembered after its claim (24 hours)."""
DEFAULT_RECONCILE_WAIT = 10.0
"""Seconds reconciliation looks for the key's ``attempt`` event before saying "not seen"."""
DEFAULT_LEASE = 300.0
"""Seconds after which an ``in_flight`` claim is taken for abandoned (its sender died): longer
than any send's timeouts and retries take."""
TAG_PREFIX = "smtpeter-idem-"
MAX_KEY_LENGTH = 256

# Patched by tests so that polling does not slow them down.
_sleep = time.sleep
_async_sleep = asyncio.sleep


def tag_for(key: str) -> str:
    """The tag a keyed send carries: ``smtpeter-idem-`` and the first 32 hex digits of the
    SHA-256 of the key in UTF-8 (SMTPeter's tag rule: no white space, no semicolons)."""
    return TAG_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class IdempotencyConflict(ValidationError):
    """The idempotency key was already used for a different message; nothing was sent."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "idempotency_key",
            f"{key!r} was already used for a different message (another body); use a new key "
            "for a new message",
        )
        self.key = key


class OutcomeUnknown(APIError):
    """A send with this idempotency key may or may not have gone out, and the SDK will not
    send it again. ``key`` is the key; ``state`` the record's (``in_flight``: another send
    with the key is under way or died; ``unknown``: it got no usable answer); ``reconciled``
    is True when SMTPeter's events were looked up and showed no attempt within the wait
    (``client.reconcile(key, release=True)`` then lets the key be sent again)."""

    def __init__(self, key: str, *, state: State, reconciled: bool = False) -> None:
        what = (
            "another send with this key is under way, or died before recording its outcome"
            if state == "in_flight"
            else "its send got no usable answer"
        )
        seen = "; SMTPeter's events showed no attempt for it within the wait" if reconciled else ""
        super().__init__(
            f"The outcome of the send with idempotency key {key!r} is unknown ({what}{seen}), "
            "so it was not sent again. Check with client.reconcile(key).",
            may_have_been_sent=True,
        )
        self.key = key
        self.state = state
        self.reconciled = reconciled


@dataclass(frozen=True)
class Reconciliation:
    """What SMTPeter's events say about a key: ``seen`` (an ``attempt`` event carries its tag:
    it was sent, ``result`` holds the message ids found) or not within the wait."""

    key: str
    seen: bool
    result: SendResult | None = None
    released: bool = False
    """Not seen, and the key was released (``release=True``): a new send with it goes out."""


@dataclass(frozen=True)
class Idempotency:
    """How a client keeps idempotency keys: ``SMTPeter(idempotency=Idempotency(...))``.

    ``store``: where (default a :class:`MemoryStore` of this client). ``ttl``: seconds a key
    is remembered (default 24 hours). ``reconcile``: look the key up in SMTPeter's events,
    for up to ``reconcile_wait`` seconds, before raising :class:`OutcomeUnknown` (default
    off). ``lease``: seconds after which an ``in_flight`` claim counts as abandoned.
    """

    store: IdempotencyStore = field(default_factory=MemoryStore)
    ttl: float = DEFAULT_TTL
    reconcile: bool = False
    reconcile_wait: float = DEFAULT_RECONCILE_WAIT
    poll_interval: float = 0.5
    lease: float = DEFAULT_LEASE

    def __post_init__(self) -> None:
        for name in ("ttl", "reconcile_wait", "poll_interval", "lease"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValidationError(name, "must be a number of seconds, 0 or more")


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise ValidationError("idempotency_key", "must be a non-empty string")
    if len(key) > MAX_KEY_LENGTH:
        raise ValidationError("idempotency_key", f"must be at most {MAX_KEY_LENGTH} characters")
    if not key.isprintable():
        raise ValidationError("idempotency_key", "must not contain control characters")
    return key


def _keyed_body(key: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    body = dict(kwargs)
    tags = list(body.get("tags") or ())
    tag = tag_for(key)
    if tag not in tags:
        tags.append(tag)
    body["tags"] = tags
    return body


def _prepared(client: SMTPeter | AsyncSMTPeter, body: dict[str, Any], encoding: str) -> Any:
    """The validated send (raises ValidationError), sent as it is if it goes out."""
    return client._prepare(SEND, (), {}, body, encoding)


def _fingerprint(client: SMTPeter | AsyncSMTPeter, body: dict[str, Any], encoding: str) -> str:
    """SHA-256 of the canonical request body; validates the send (raises ValidationError)."""
    return _fingerprint_of(_prepared(client, body, encoding), encoding)


def _fingerprint_of(prepared: Any, encoding: str) -> str:
    """SHA-256 of the canonical body of a validated send."""
    content = prepared.content
    raw = content.read() if isinstance(content, StreamedBody) else content or b""
    if encoding == "json":
        canonical = json.dumps(json.loads(raw), sort_keys=True, separators=(",", ":"))
    else:
        canonical = json.dumps(sorted(parse_qsl(raw.decode("ascii"), keep_blank_values=True)))
    return hashlib.sha256(f"{encoding}\n{canonical}".encode()).hexdigest()


def _recipients(body: Mapping[str, Any]) -> int:
    if "recipients" in body:
        return max(1, len(set(body["recipients"] or ())))
    return 1


def _error_of(exc: APIStatusError) -> dict[str, Any]:
    return {"type": type(exc).__name__, "message": redact(exc.message), "status": exc.status_code}


def _refusal(record: Record) -> APIStatusError:
    error = record.error or {}
    return _errors.recorded_refusal(
        int(error.get("status", 400)),
        f"{error.get('message', '')} (recorded for idempotency key {record.key!r}; not sent again)",
    )


_definite_refusal = definite_refusal


def _answer(record: Record, fingerprint: str) -> SendResult | None:
    """The recorded outcome of another claim: a result, a raised refusal, or None (unknown)."""
    if record.fingerprint != fingerprint:
        raise IdempotencyConflict(record.key)
    if record.state == "sent":
        return SendResult(message_ids=dict(record.message_ids))
    if record.state == "refused":
        raise _refusal(record)
    return None


def _new_record(config: Idempotency, key: str, fingerprint: str, body: Mapping[str, Any]) -> Record:
    now = time.time()
    return Record(
        key=key,
        fingerprint=fingerprint,
        state="in_flight",
        expires=now + config.ttl,
        claimed=now,
        recipients=_recipients(body),
    )


def _start_day(record: Record | None) -> dt.date | None:
    if record is None:
        return None
    return (dt.datetime.fromtimestamp(record.claimed, dt.UTC) - dt.timedelta(days=1)).date()


def _attempts(events: list[Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for event in events:
        item = event.to_dict()
        data = item.get("data") or {}
        if item.get("event") == "attempt" and isinstance(data.get("id"), str):
            found[data["id"]] = str(data.get("recipient", ""))
    return found


def _enough(found: dict[str, str], record: Record | None) -> bool:
    return bool(found) and (record is None or len(set(found.values())) >= record.recipients)


def _settle(
    config: Idempotency, key: str, record: Record | None, found: dict[str, str], release: bool
) -> Reconciliation:
    if found:
        result = SendResult(message_ids=found)
        if record is not None:
            config.store.complete(record.with_state("sent", message_ids=found))
        return Reconciliation(key, seen=True, result=result)
    if release and record is not None and _releasable(config, record):
        config.store.release(record)
        return Reconciliation(key, seen=False, released=True)
    return Reconciliation(key, seen=False)


def _releasable(config: Idempotency, record: Record) -> bool:
    if record.state == "unknown":
        return True
    return record.state == "in_flight" and time.time() - record.claimed >= config.lease


def reconcile(
    client: SMTPeter,
    key: str,
    wait: float | None,
    release: bool = False,
    config: Idempotency | None = None,
) -> Reconciliation:
    """What :meth:`SMTPeter.reconcile` does."""
    _check_key(key)
    config = config or client.idempotency
    record = config.store.get(key)
    if record is not None and record.state == "sent":
        return Reconciliation(key, seen=True, result=SendResult(dict(record.message_ids)))
    deadline = time.monotonic() + (config.reconcile_wait if wait is None else wait)
    while True:
        found = _attempts(client.events.get_events_by_tags(tag_for(key), start=_start_day(record)))
        if _enough(found, record) or time.monotonic() >= deadline:
            return _settle(config, key, record, found, release)
        _sleep(min(config.poll_interval, max(0.0, deadline - time.monotonic())))


async def reconcile_async(
    client: AsyncSMTPeter,
    key: str,
    wait: float | None,
    release: bool = False,
    config: Idempotency | None = None,
) -> Reconciliation:
    """What :meth:`AsyncSMTPeter.reconcile` does."""
    _check_key(key)
    config = config or client.idempotency
    record = config.store.get(key)
    if record is not None and record.state == "sent":
        return Reconciliation(key, seen=True, result=SendResult(dict(record.message_ids)))
    deadline = time.monotonic() + (config.reconcile_wait if wait is None else wait)
    while True:
        events = await client.events.get_events_by_tags(tag_for(key), start=_start_day(record))
        found = _attempts(events)
        if _enough(found, record) or time.monotonic() >= deadline:
            return _settle(config, key, record, found, release)
        await _async_sleep(min(config.poll_interval, max(0.0, deadline - time.monotonic())))


def _unknown(record: Record, checked: Reconciliation | None) -> OutcomeUnknown:
    return OutcomeUnknown(record.key, state=record.state, reconciled=checked is not None)


How = Literal["sent", "recorded", "reconciled"]
"""How a keyed send got its result: ``sent`` by this call, ``recorded`` by an earlier send with
the key, or ``reconciled``: its outcome was unknown and SMTPeter's events show it was sent."""


def send_once(
    client: SMTPeter, key: str, encoding: Literal["json", "form"], kwargs: Mapping[str, Any]
) -> SendResult:
    """What ``SMTPeter.send(..., idempotency_key=key)`` does."""
    return send_once_how(client, key, encoding, kwargs, client.idempotency)[0]


def send_once_how(
    client: SMTPeter,
    key: str,
    encoding: Literal["json", "form"],
    kwargs: Mapping[str, Any],
    config: Idempotency,
) -> tuple[SendResult, How]:
    """:func:`send_once` with the keys in ``config``, saying how the result came."""
    body = _keyed_body(_check_key(key), kwargs)
    prepared = _prepared(client, body, encoding)
    fingerprint = _fingerprint_of(prepared, encoding)
    record = _new_record(config, key, fingerprint, body)
    existing = config.store.claim(record)
    if existing is not None:
        answer = _answer(existing, fingerprint)
        if answer is not None:
            return answer, "recorded"
        checked = reconcile(client, key, None, config=config) if config.reconcile else None
        if checked is not None and checked.result is not None:
            return checked.result, "reconciled"
        raise _unknown(existing, checked)
    try:
        result = SendResult.from_parsed(client._run(prepared))
    except APIError as exc:
        if not exc.may_have_been_sent:
            _failed(config, record, exc)
            raise
        unknown = record.with_state("unknown")
        config.store.complete(unknown)
        checked = reconcile(client, key, None, config=config) if config.reconcile else None
        if checked is not None and checked.result is not None:
            return checked.result, "reconciled"
        raise _unknown(unknown, checked) from exc
    except BaseException:
        config.store.complete(record.with_state("unknown"))
        raise
    config.store.complete(record.with_state("sent", message_ids=dict(result.message_ids)))
    return result, "sent"


async def send_once_async(
    client: AsyncSMTPeter,
    key: str,
    encoding: Literal["json", "form"],
    kwargs: Mapping[str, Any],
) -> SendResult:
    """What ``AsyncSMTPeter.send(..., idempotency_key=key)`` does."""
    return (await send_once_how_async(client, key, encoding, kwargs, client.idempotency))[0]


async def send_once_how_async(
    client: AsyncSMTPeter,
    key: str,
    encoding: Literal["json", "form"],
    kwargs: Mapping[str, Any],
    config: Idempotency,
) -> tuple[SendResult, How]:
    """The asyncio twin of :func:`send_once_how`."""
    body = _keyed_body(_check_key(key), kwargs)
    prepared = _prepared(client, body, encoding)
    fingerprint = _fingerprint_of(prepared, encoding)
    record = _new_record(config, key, fingerprint, body)
    existing = config.store.claim(record)
    if existing is not None:
        answer = _answer(existing, fingerprint)
        if answer is not None:
            return answer, "recorded"
        checked = (
            await reconcile_async(client, key, None, config=config) if config.reconcile else None
        )
        if checked is not None and checked.result is not None:
            return checked.result, "reconciled"
        raise _unknown(existing, checked)
    try:
        result = SendResult.from_parsed(await client._run(prepared))
    except APIError as exc:
        if not exc.may_have_been_sent:
            _failed(config, record, exc)
            raise
        unknown = record.with_state("unknown")
        config.store.complete(unknown)
        checked = (
            await reconcile_async(client, key, None, config=config) if config.reconcile else None
        )
        if checked is not None and checked.result is not None:
            return checked.result, "reconciled"
        raise _unknown(unknown, checked) from exc
    except BaseException:
        config.store.complete(record.with_state("unknown"))
        raise
    config.store.complete(record.with_state("sent", message_ids=dict(result.message_ids)))
    return result, "sent"


def _failed(config: Idempotency, record: Record, exc: APIError) -> None:
    """Certainly not sent: a lasting refusal is recorded, anything else frees the key."""
    if _definite_refusal(exc):
        assert isinstance(exc, APIStatusError)
        config.store.complete(record.with_state("refused", error=_error_of(exc)))
    else:
        config.store.release(record)
