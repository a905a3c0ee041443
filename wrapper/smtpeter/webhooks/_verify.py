"""Checking a webhook call the way SMTPeter's docs ask, then reading its event."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ._errors import PayloadError, SignatureError
from ._events import WebhookEvent, parse_event
from ._headers import HeaderInput, normalize_headers
from ._keys import KeyResolver, default_key_resolver, public_key_from_record
from ._signature import (
    REQUIRED_HEADERS,
    ParsedSignature,
    parse_signature,
    shown,
    signing_string,
)
from ._steps import HTTPS_WHY, Step, Steps, explain_digest, explain_signature

__all__ = [
    "DEFAULT_MAX_AGE",
    "FUTURE_SKEW",
    "KEY_DOMAIN",
    "WebhookRequest",
    "diagnose",
    "verify",
    "verify_request",
]

DEFAULT_MAX_AGE = 300  # seconds a call's Date may lie in the past
FUTURE_SKEW = 60  # seconds a call's Date may lie in the future (clocks differ)
KEY_DOMAIN = "copernica.com"

# RFC 3230 names, compared case-insensitively; RFC 5843 adds SHA-256 and SHA-512. The older
# MD5 and SHA (SHA-1) are not accepted: a forger could match them.
_DIGESTS = {"sha-256": hashlib.sha256, "sha-512": hashlib.sha512}
_LABEL = re.compile(r"^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$")


@dataclass(frozen=True)
class WebhookRequest:
    """A received call, as a framework adapter read it.

    ``target`` is the path and query as the sender wrote them; ``scheme`` is ``"https"`` or
    ``"http"`` as the call reached your site (after any trusted proxy headers); ``host`` the
    host name it was sent to when a trusted proxy said so (``X-Forwarded-Host``), else None.
    """

    method: str
    target: str
    headers: HeaderInput
    body: bytes
    scheme: str
    host: str | None = None


def verify_request(
    request: WebhookRequest,
    *,
    key_resolver: KeyResolver | None = None,
    host: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    require_https: bool = True,
    now: datetime | None = None,
) -> WebhookEvent:
    """:func:`verify` for an adapter's :class:`WebhookRequest`, with the HTTPS check first.

    ``host`` wins over ``request.host``; ``require_https=False`` is for local tests only.
    """
    if require_https and request.scheme.lower() != "https":
        error = SignatureError("https", f"the call came over {shown(request.scheme)}, not HTTPS")
        Steps().fail(error, HTTPS_WHY)
        raise error
    return verify(
        request.method,
        request.target,
        request.headers,
        request.body,
        key_resolver=key_resolver,
        host=host or request.host,
        max_age=max_age,
        now=now,
    )


def verify(
    method: str,
    target: str,
    headers: HeaderInput,
    body: bytes,
    *,
    key_resolver: KeyResolver | None = None,
    host: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    now: datetime | None = None,
) -> WebhookEvent:
    """Check that a webhook call comes from SMTPeter, unchanged and recent; return its event.

    ``method`` and ``target`` (the path with its query string, exactly as received) come from
    the request line, ``headers`` is any mapping of the request's headers (names in any case)
    and ``body`` the raw bytes, before any parsing. ``host`` is your host name as SMTPeter
    calls it, when a proxy changed the ``Host`` header; ``max_age`` the most seconds the
    ``Date`` may lie in the past (it may lie at most :data:`FUTURE_SKEW` seconds ahead);
    ``now`` stands in for the current time. ``key_resolver`` returns the key record for a
    ``keyId`` (default: DNS, cached for the record's TTL).

    The checks, in order: a ``Signature`` header with ``rsa-sha256`` covering at least
    ``(request-target) host date x-copernica-id digest``; a ``keyId`` under copernica.com;
    each covered header present; a recent ``Date``; a ``Host`` (or ``host``); a ``Digest``
    (SHA-256 or SHA-512) matching the body; the signature verifying with the published key
    (fetched once more if it fails, in case the key was rotated). Any failure raises
    :class:`SignatureError` naming the check. (That the call came over HTTPS only the web
    server knows: the adapters and :func:`verify_request` check it.)

    Returns the body as the event model of its ``type``; raises :class:`PayloadError` when
    a correctly signed body is not a known event.

    >>> event = smtpeter.webhooks.verify(
    ...     "POST", "/hooks/smtpeter", request_headers, raw_body
    ... )  # doctest: +SKIP
    >>> event.type_, event.id  # doctest: +SKIP
    ('delivery', '1cb1d9b0a1f4e7a2')
    """
    steps = Steps()
    event = _verify_steps(steps, method, target, headers, body, key_resolver, host, max_age, now)
    assert event is not None  # without keep_going, a failed step raises
    return event


def diagnose(
    method: str,
    target: str,
    headers: HeaderInput,
    body: bytes,
    *,
    key_resolver: KeyResolver | None = None,
    host: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    now: datetime | None = None,
) -> list[Step]:
    """The steps of :func:`verify`, each passed or failed with why, never raising for a failed
    check: after a failed Date or Digest the signature is still checked (so a body changed
    after signing is told from a forgery). What ``smtpeter webhooks check`` prints."""
    steps = Steps(keep_going=True)
    try:
        event = _verify_steps(
            steps, method, target, headers, body, key_resolver, host, max_age, now
        )
    except SignatureError:
        return list(steps)
    except PayloadError as exc:
        return [*steps, Step("event", False, str(exc), "signed correctly, but not an event")]
    if event is not None:
        return [*steps, Step("event", True, f"a {event.type_} event")]
    return list(steps)


def _verify_steps(
    steps: Steps,
    method: str,
    target: str,
    headers: HeaderInput,
    body: bytes,
    key_resolver: KeyResolver | None,
    host: str | None,
    max_age: float,
    now: datetime | None,
    /,
) -> WebhookEvent | None:
    """The checks of :func:`verify`, in order, each recorded in ``steps`` (which, kept going,
    records a failure and goes on instead of raising)."""
    fields = normalize_headers(headers)
    with steps.step("signature", "a Signature header with rsa-sha256"):
        if "signature" not in fields:
            raise SignatureError("signature", "the Signature header is missing")
        parsed = parse_signature(fields["signature"])
    with steps.step("headers", "it covers " + " ".join(parsed.headers)):
        missing = [name for name in REQUIRED_HEADERS if name not in parsed.headers]
        if missing:
            raise SignatureError(
                "headers",
                f"the signature does not cover {', '.join(missing)} "
                f"(it must cover {' '.join(REQUIRED_HEADERS)})",
            )
    with steps.step("key_id", f"keyId {shown(parsed.key_id)!r} is under {KEY_DOMAIN}"):
        _check_key_id(parsed.key_id)
    received_host = fields.get("host")
    with steps.step(
        "host", "host= given (the host SMTPeter called)" if host else "the Host header"
    ):
        if host is not None:
            fields["host"] = _signed_host(received_host, host)
        elif not received_host:
            raise SignatureError("host", "the Host header is missing")
    with steps.step("headers", "every covered header is present"):
        signed = signing_string(
            parsed.headers,
            method=method,
            target=target,
            headers=fields,
            created=parsed.created,
            expires=parsed.expires,
        )
    moment = now or datetime.now(UTC)
    with steps.step("date", f"the Date is recent (at most {max_age:g} s old)", independent=True):
        _check_date(fields["date"], moment, max_age)
    with steps.step("digest", "the Digest matches the body", independent=True) as digest_step:
        digest_step.explanation = explain_digest
        _check_digest(fields["digest"], body)
    resolver = key_resolver or default_key_resolver()
    with steps.step("key", f"the key of {shown(parsed.key_id)!r} was fetched"):
        record = _resolve(resolver, parsed.key_id)
    with steps.step("signature", "the signature verifies with that key") as signature_step:
        signature_step.explanation = lambda error: explain_signature(
            _signature_hints(parsed, method, target, fields, received_host, host, record)
        )
        _check_signature(parsed, signed, resolver, record)
    if not steps.passed:
        return None
    return parse_event(body, fields.get("content-type"))


def _signature_hints(
    parsed: ParsedSignature,
    method: str,
    target: str,
    fields: dict[str, str],
    received_host: str | None,
    host: str | None,
    record: str,
) -> list[str]:
    """What else would have verified: tried with the key already fetched, nothing new asked."""

    def verifies(*, with_host: str | None = None, with_target: str | None = None) -> bool:
        changed = dict(fields)
        if with_host is not None:
            changed["host"] = with_host
        try:
            text = signing_string(
                parsed.headers,
                method=method,
                target=with_target if with_target is not None else target,
                headers=changed,
                created=parsed.created,
                expires=parsed.expires,
            )
            return _valid(parsed, text, record)
        except SignatureError:
            return False

    hints = []
    forwarded = (fields.get("x-forwarded-host") or "").split(",")[0].strip()
    used = fields.get("host", "")
    if forwarded and forwarded != used and verifies(with_host=forwarded):
        hints.append(
            "Host seen behind a proxy: the signature verifies with the host of "
            "X-Forwarded-Host, not with the Host your server saw; pass host= your public host "
            "name (or trust_forwarded=True in the adapter, if your proxy sets the header)"
        )
    elif (
        host is not None
        and received_host
        and received_host != used
        and verifies(with_host=received_host)
    ):
        hints.append("host= is not the host SMTPeter signed: the received Host header verifies")
    else:
        bare = used.rsplit(":", 1)[0] if used.endswith((":443", ":80")) else None
        for variant in {used.lower(), used.upper(), bare or "", f"{used}:443"} - {used, ""}:
            if verifies(with_host=variant):
                hints.append(
                    "header canonicalisation: the signed Host differs from the one used only "
                    "in case or port (SMTPeter signs it as it sent it); pass host= as SMTPeter "
                    "calls you"
                )
                break
    path, sep, query = target.partition("?")
    prefix = (fields.get("x-forwarded-prefix") or "").split(",")[0].strip().rstrip("/")
    targets = {
        unquote(target): "the request target was percent-decoded after signing "
        "(pass the raw target, as sent)",
        quote(path, safe="/%:@!$&'()*+,;=-._~") + sep + query: "the request target was "
        "percent-encoded differently after signing (pass the raw target, as sent)",
    }
    if prefix:
        targets[prefix + target] = (
            "a proxy removed the path prefix of X-Forwarded-Prefix: the signature covers the "
            "full path (pass the original target, or trust_forwarded=True)"
        )
    for variant, hint in targets.items():
        if variant != target and verifies(with_target=variant):
            hints.append(hint)
            break
    return hints


def _check_key_id(key_id: str) -> None:
    name = key_id.lower().rstrip(".")
    labels = name.split(".")
    under = name.endswith("." + KEY_DOMAIN) and len(labels) > 2
    if not under or not all(_LABEL.match(label) for label in labels):
        raise SignatureError(
            "key_id", f"keyId {shown(key_id)!r} is not a host name under {KEY_DOMAIN}"
        )


def _signed_host(header: str | None, host: str) -> str:
    """The host the signature must cover: yours, in the case SMTPeter wrote it if it did.

    Without a matching header it is lower-cased, as HTTP clients send it.
    """
    if header is not None and header.lower() == host.lower():
        return header
    return host.lower()


def _check_date(value: str, now: datetime, max_age: float) -> None:
    try:
        sent = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        raise SignatureError("date", "the Date header is not an HTTP date") from None
    if sent.tzinfo is None:  # "-0000": a time in UTC from a source that won't say more
        sent = sent.replace(tzinfo=UTC)
    age = (now - sent).total_seconds()
    if age > max_age:
        raise SignatureError(
            "date", f"the call is too old: its Date is {age:.0f} s ago (at most {max_age:g} s)"
        )
    if age < -FUTURE_SKEW:
        raise SignatureError(
            "date", f"the call's Date is {-age:.0f} s in the future (at most {FUTURE_SKEW} s)"
        )


def _check_digest(value: str, body: bytes) -> None:
    known: list[tuple[str, str]] = []
    names: list[str] = []
    for instance in value.split(","):
        name, sep, encoded = instance.strip().partition("=")
        names.append(shown(name.strip(), 20))
        if sep and name.strip().lower() in _DIGESTS:
            known.append((name.strip().lower(), encoded.strip()))
    if not known:
        raise SignatureError(
            "digest",
            f"the Digest header has no supported algorithm (it has {', '.join(names)}; "
            "supported: SHA-256, SHA-512)",
        )
    for name, encoded in known:
        expected = base64.b64encode(_DIGESTS[name](body).digest()).decode("ascii")
        if not hmac.compare_digest(expected.encode(), encoded.encode("ascii", "replace")):
            raise SignatureError("digest", f"the Digest ({name.upper()}) does not match the body")


def _check_signature(
    parsed: ParsedSignature, signed: bytes, resolver: KeyResolver, record: str
) -> None:
    if _valid(parsed, signed, record):
        return
    refresh = getattr(resolver, "refresh", None)
    if callable(refresh):  # the key may have been rotated since it was cached
        fresh = _resolve(refresh, parsed.key_id)
        if fresh != record and _valid(parsed, signed, fresh):
            return
    raise SignatureError(
        "signature",
        f"the signature does not verify with the key of {shown(parsed.key_id)!r}",
    )


def _resolve(resolver: KeyResolver, key_id: str) -> str:
    try:
        return resolver(key_id)
    except SignatureError:
        raise
    except Exception as exc:
        # A lookup failure says what it looked up; anything else shows only its kind.
        detail = str(exc) if isinstance(exc, LookupError) else type(exc).__name__
        raise SignatureError(
            "key", f"no key for keyId {shown(key_id)!r}: {shown(detail, 160)}"
        ) from None


def _valid(parsed: ParsedSignature, signed: bytes, record: str) -> bool:
    key: rsa.RSAPublicKey = public_key_from_record(parsed.key_id, record)
    try:
        key.verify(parsed.signature, signed, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
