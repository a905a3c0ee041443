"""Every way a call can be forged, replayed or damaged is refused, with the failed check named."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from datetime import timedelta
from email.utils import format_datetime

import pytest

import smtpeter.webhooks
from smtpeter.webhooks import SignatureError, WebhookRequest
from tests.support.webhook_signer import COVERED, SignedCall, WebhookSigner

from .conftest import NOW

EVENT = {"id": "1cb1d9b0a1f4e7a2", "type": "delivery", "recipient": "ann@example.com"}
ACCOUNT = "environment-1234"


def verify(call: SignedCall, signer: WebhookSigner, **options: object) -> object:
    options.setdefault("key_resolver", signer.resolver())
    options.setdefault("now", NOW)
    return smtpeter.webhooks.verify(
        call.method,
        call.target,
        call.headers,
        call.body,
        **options,  # type: ignore[arg-type]
    )


def sha256(body: bytes) -> str:
    return "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()


def truncated(call: SignedCall) -> SignedCall:
    header = call.header("Signature")
    head, _, encoded = header.partition('signature="')
    raw = base64.b64decode(encoded.rstrip('"'))
    return call.with_header(
        "Signature", f'{head}signature="{base64.b64encode(raw[:128]).decode()}"'
    )


Tamper = Callable[[SignedCall, WebhookSigner], tuple[SignedCall, dict[str, object]]]


def same(call: SignedCall, signer: WebhookSigner) -> tuple[SignedCall, dict[str, object]]:
    return call, {}


def case(build: Callable[[SignedCall], SignedCall], **options: object) -> Tamper:
    return lambda call, signer: (build(call), options)


def resigned(**sign_options: object) -> Tamper:
    sign_options.setdefault("date", NOW)
    return lambda call, signer: (signer.sign(EVENT, **sign_options), {})  # type: ignore[arg-type]


def failing_resolver(key_id: str) -> str:
    raise RuntimeError("resolver.internal secret-42")


# (case id, tampering, failed check, words of the message)
MATRIX: list[tuple[str, Tamper, str, str]] = [
    (
        "body changed",
        case(lambda c: c.with_body(c.body.replace(b"ann", b"bob"))),
        "digest",
        "the Digest (SHA-256) does not match the body",
    ),
    (
        "body and Digest changed together",
        case(
            lambda c: c.with_body(b'{"id":"x","type":"open"}').with_header(
                "Digest", sha256(b'{"id":"x","type":"open"}')
            )
        ),
        "signature",
        "does not verify",
    ),
    (
        "Host changed",
        case(lambda c: c.with_header("Host", "evil.example.com")),
        "signature",
        "does not verify",
    ),
    (
        "host= is not the signed host",
        case(lambda c: c, host="other.example.com"),
        "signature",
        "does not verify",
    ),
    (
        "Date changed",
        case(
            lambda c: c.with_header(
                "Date", format_datetime(NOW - timedelta(seconds=1), usegmt=True)
            )
        ),
        "signature",
        "does not verify",
    ),
    (
        "X-Copernica-ID changed",
        case(lambda c: c.with_header("X-Copernica-ID", "environment-99")),
        "signature",
        "does not verify",
    ),
    (
        "Content-Type changed",
        case(lambda c: c.with_header("Content-Type", "text/plain")),
        "signature",
        "does not verify",
    ),
    (
        "request target changed",
        case(lambda c: SignedCall(c.method, "/hooks/other", c.headers, c.body)),
        "signature",
        "does not verify",
    ),
    (
        "query string changed",
        case(lambda c: SignedCall(c.method, c.target + "&x=1", c.headers, c.body)),
        "signature",
        "does not verify",
    ),
    (
        "method changed",
        case(lambda c: SignedCall("PUT", c.target, c.headers, c.body)),
        "signature",
        "does not verify",
    ),
    (
        "Signature missing",
        case(lambda c: c.without_header("Signature")),
        "signature",
        "the Signature header is missing",
    ),
    (
        "Host missing",
        case(lambda c: c.without_header("Host")),
        "host",
        "the Host header is missing",
    ),
    (
        "Date missing",
        case(lambda c: c.without_header("Date")),
        "headers",
        "the date header is covered by the signature but missing",
    ),
    (
        "X-Copernica-ID missing",
        case(lambda c: c.without_header("X-Copernica-ID")),
        "headers",
        "the x-copernica-id header is covered by the signature but missing",
    ),
    (
        "Digest missing",
        case(lambda c: c.without_header("Digest")),
        "headers",
        "the digest header is covered by the signature but missing",
    ),
    (
        "Content-Type missing",
        case(lambda c: c.without_header("Content-Type")),
        "headers",
        "the content-type header is covered by the signature but missing",
    ),
    *[
        (
            f"header list without {name}",
            resigned(covered=[h for h in COVERED if h != name]),
            "headers",
            f"the signature does not cover {name}",
        )
        for name in ("(request-target)", "host", "date", "x-copernica-id", "digest")
    ],
    (
        "no header list",
        case(
            lambda c: c.with_header(
                "Signature", c.header("Signature").replace(f'headers="{" ".join(COVERED)}",', "")
            )
        ),
        "headers",
        "the signature names no headers",
    ),
    *[
        (
            f"keyId {key_id}",
            resigned(key_id=key_id),
            "key_id",
            f"keyId '{key_id}' is not a host name under copernica.com",
        )
        for key_id in (
            "one._domainkey.evil.example",
            "copernica.com",
            "evilcopernica.com",
            "one.copernica.com.evil.org",
            "one..copernica.com",
            "a b.copernica.com",
        )
    ],
    (
        "Date too old",
        resigned(date=NOW - timedelta(seconds=301)),
        "date",
        "the call is too old: its Date is 301 s ago (at most 300 s)",
    ),
    (
        "Date too old for a smaller max_age",
        lambda c, s: (s.sign(EVENT, date=NOW - timedelta(seconds=31)), {"max_age": 30}),
        "date",
        "the call is too old: its Date is 31 s ago (at most 30 s)",
    ),
    (
        "Date in the future",
        resigned(date=NOW + timedelta(seconds=120)),
        "date",
        "the call's Date is 120 s in the future (at most 60 s)",
    ),
    (
        "Date not a date",
        case(lambda c: c.with_header("Date", "yesterday")),
        "date",
        "the Date header is not an HTTP date",
    ),
    (
        "Digest algorithm unknown",
        resigned(digest="MD5=Q2hlY2sgSW50ZWdyaXR5IQ=="),
        "digest",
        "the Digest header has no supported algorithm (it has MD5; supported: SHA-256, SHA-512)",
    ),
    (
        "Digest SHA-1 only",
        resigned(digest="SHA=thvDyvhfIqlvFe+A9MYgxAfm1q4="),
        "digest",
        "no supported algorithm (it has SHA;",
    ),
    (
        "Digest mismatching",
        resigned(digest=sha256(b"another body")),
        "digest",
        "the Digest (SHA-256) does not match the body",
    ),
    (
        "Digest SHA-512 mismatching next to a matching SHA-256",
        lambda c, s: (
            s.sign(
                EVENT,
                date=NOW,
                digest=sha256(c.body)
                + ", SHA-512="
                + base64.b64encode(hashlib.sha512(b"x").digest()).decode(),
            ),
            {},
        ),
        "digest",
        "the Digest (SHA-512) does not match the body",
    ),
    (
        "signature truncated",
        case(truncated),
        "signature",
        "the signature does not verify with the key of 'test._domainkey.copernica.com'",
    ),
    (
        "signature not base64",
        case(
            lambda c: c.with_header(
                "Signature", c.header("Signature").replace('signature="', 'signature="%')
            )
        ),
        "signature",
        "the signature is not valid base64",
    ),
    (
        "algorithm not rsa-sha256",
        resigned(algorithm="hmac-sha256"),
        "signature",
        "algorithm 'hmac-sha256' is not supported",
    ),
    (
        "Signature header garbled",
        case(lambda c: c.with_header("Signature", "Bearer abc")),
        "signature",
        "the Signature header is malformed",
    ),
    (
        "wrong key",
        lambda c, s: (c, {"key_resolver": WebhookSigner.generate().resolver()}),
        "signature",
        "does not verify",
    ),
    (
        "no key published",
        lambda c, s: (
            c,
            {"key_resolver": WebhookSigner.generate("other._domainkey.copernica.com").resolver()},
        ),
        "key",
        "no key for keyId 'test._domainkey.copernica.com': no record for",
    ),
    (
        "key lookup broken",
        lambda c, s: (c, {"key_resolver": failing_resolver}),
        "key",
        "no key for keyId 'test._domainkey.copernica.com': RuntimeError",
    ),
]


@pytest.mark.parametrize(
    ("tamper", "check", "message"),
    [pytest.param(t, check, message, id=name) for name, t, check, message in MATRIX],
)
def test_tampered_calls_are_refused(
    signer: WebhookSigner, tamper: Tamper, check: str, message: str
) -> None:
    call, options = tamper(signer.sign(EVENT, date=NOW), signer)
    with pytest.raises(SignatureError) as caught:
        verify(call, signer, **options)
    assert caught.value.check == check
    assert message in str(caught.value)
    # What a failure tells never includes the account, the signature or the body.
    shown = str(caught.value) + repr(caught.value)
    assert ACCOUNT not in shown
    assert "ann@example.com" not in shown
    assert "secret-42" not in shown
    signature = call.headers.get("Signature", "").rpartition('signature="')[2][:40]
    assert not signature or signature not in shown


def test_the_untouched_call_passes(signer: WebhookSigner) -> None:
    call = signer.sign(EVENT, date=NOW)
    assert verify(call, signer).recipient == "ann@example.com"  # type: ignore[attr-defined]


@pytest.mark.parametrize("seconds", [-300, 0, 59])
def test_dates_inside_the_window_pass(signer: WebhookSigner, seconds: int) -> None:
    call = signer.sign(EVENT, date=NOW + timedelta(seconds=seconds))
    assert verify(call, signer).id == EVENT["id"]  # type: ignore[attr-defined]


def test_header_names_may_come_in_any_case(signer: WebhookSigner) -> None:
    call = signer.sign(EVENT, date=NOW)
    shouted = {name.upper(): value for name, value in call.headers.items()}
    assert verify(SignedCall(call.method, call.target, shouted, call.body), signer)


def test_host_argument_replaces_a_host_rewritten_by_a_proxy(signer: WebhookSigner) -> None:
    call = signer.sign(EVENT, date=NOW).with_header("Host", "backend:8000")
    assert verify(call, signer, host="hooks.example.com")
    assert verify(call.without_header("Host"), signer, host="HOOKS.example.com")


def test_a_digest_algorithm_name_is_case_insensitive(signer: WebhookSigner) -> None:
    body_call = signer.sign(EVENT, date=NOW)
    call = signer.sign(EVENT, date=NOW, digest=sha256(body_call.body).replace("SHA-256", "sha-256"))
    assert verify(call, signer)


class RotatingResolver:
    """A caching resolver: holds the old key until asked to refresh."""

    def __init__(self, cached: str, fresh: str) -> None:
        self.cached, self.fresh = cached, fresh
        self.refreshes = 0

    def __call__(self, key_id: str) -> str:
        return self.cached

    def refresh(self, key_id: str) -> str:
        self.refreshes += 1
        self.cached = self.fresh
        return self.fresh


def test_a_rotated_key_is_fetched_again_once(
    signer: WebhookSigner, other_signer: WebhookSigner
) -> None:
    resolver = RotatingResolver(cached=signer.record, fresh=other_signer.record)
    call = other_signer.sign(EVENT, date=NOW)  # signed with the new key
    assert verify(call, signer, key_resolver=resolver)
    assert resolver.refreshes == 1
    assert verify(call, signer, key_resolver=resolver)
    assert resolver.refreshes == 1  # the new key is the cached one now


def test_a_refresh_that_brings_no_new_key_still_refuses(
    signer: WebhookSigner, other_signer: WebhookSigner
) -> None:
    resolver = RotatingResolver(cached=signer.record, fresh=signer.record)
    with pytest.raises(SignatureError, match="does not verify"):
        verify(other_signer.sign(EVENT, date=NOW), signer, key_resolver=resolver)
    assert resolver.refreshes == 1


def test_the_key_is_not_looked_up_for_a_key_id_outside_copernica(signer: WebhookSigner) -> None:
    asked: list[str] = []

    def resolver(key_id: str) -> str:
        asked.append(key_id)
        return signer.record

    call = signer.sign(EVENT, date=NOW, key_id="one._domainkey.evil.example")
    with pytest.raises(SignatureError):
        verify(call, signer, key_resolver=resolver)
    assert asked == []


def test_verify_request_refuses_plain_http(signer: WebhookSigner) -> None:
    call = signer.sign(EVENT, date=NOW)
    request = WebhookRequest(call.method, call.target, call.headers, call.body, scheme="http")
    with pytest.raises(SignatureError, match="the call came over http, not HTTPS") as caught:
        smtpeter.webhooks.verify_request(request, key_resolver=signer.resolver(), now=NOW)
    assert caught.value.check == "https"
    secure = WebhookRequest(call.method, call.target, call.headers, call.body, scheme="https")
    assert smtpeter.webhooks.verify_request(secure, key_resolver=signer.resolver(), now=NOW)
