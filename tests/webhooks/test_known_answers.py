"""Known answers: the signing string the draft prescribes, and signatures over it."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization

import smtpeter.webhooks
from smtpeter.webhooks._headers import normalize_headers
from smtpeter.webhooks._keys import public_key_from_record
from smtpeter.webhooks._signature import parse_signature, signing_string
from tests.support.webhook_signer import WebhookSigner, draft_signing_string

from .conftest import NOW

# A request as SMTPeter's docs show one, and the signing string draft-cavage-11 builds for it
# (section 2.3: lower-cased names, "(request-target)" as "post /path?query", "\n" between
# lines, no trailing newline, repeated headers joined by ", ").
REQUEST_HEADERS = [
    ("Host", "hooks.example.com"),
    ("Date", "Mon, 06 Jan 2025 12:00:00 GMT"),
    ("X-Copernica-ID", "environment-1234"),
    ("Digest", "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE="),
    ("X-Nonce", " fsd9f2 "),
    ("X-Nonce", "second"),
]
COVERED = ("(request-target)", "host", "date", "x-copernica-id", "digest", "x-nonce")
EXPECTED = (
    "(request-target): post /path/to/your/script?x=1&y=%2F\n"
    "host: hooks.example.com\n"
    "date: Mon, 06 Jan 2025 12:00:00 GMT\n"
    "x-copernica-id: environment-1234\n"
    "digest: SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=\n"
    "x-nonce: fsd9f2, second"
)
# SMTPeter's docs' example header: folded over lines, names in mixed case, and no comma
# before `signature`.
DOCS_SIGNATURE = """keyId="one._domainkey.copernica.com",algorithm="rsa-sha256",
     headers="(request-target) Host Date Content-length Content-type
       X-Copernica-ID Digest X-nonce"
     signature="vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs
       8rgOp+63LEM3v+MFHB32NfpB2bEKBIvB1q52LaEUHFv120V01IL+TAD48XaERZF
       ukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH7s1dE=\""""


def test_the_sdk_builds_the_drafts_signing_string() -> None:
    built = signing_string(
        COVERED,
        method="POST",
        target="/path/to/your/script?x=1&y=%2F",
        headers=normalize_headers(REQUEST_HEADERS),
    )
    assert built == EXPECTED.encode()


def test_the_test_signer_builds_the_same_string() -> None:
    headers = {"Host": "hooks.example.com", "Date": "Mon, 06 Jan 2025 12:00:00 GMT",
               "X-Copernica-ID": "environment-1234",
               "Digest": "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
               "X-Nonce": "fsd9f2, second"}  # fmt: skip
    assert draft_signing_string(COVERED, "POST", "/path/to/your/script?x=1&y=%2F", headers) == (
        EXPECTED
    )


def test_a_signature_over_the_known_string_verifies(signer: WebhookSigner) -> None:
    body = b'{"id":"1cb1d9b0a1f4e7a2","type":"delivery","recipient":"ann@example.com"}'
    import hashlib

    digest = "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode()
    headers = dict(REQUEST_HEADERS[:3]) | {"Digest": digest, "X-Nonce": "fsd9f2, second"}
    text = EXPECTED.replace(REQUEST_HEADERS[3][1], digest)
    signature = base64.b64encode(signer.raw_signature(text)).decode()
    headers["Signature"] = (
        f'keyId="{signer.key_id}",algorithm="rsa-sha256",'
        f'headers="{" ".join(COVERED)}",signature="{signature}"'
    )
    event = smtpeter.webhooks.verify(
        "POST", "/path/to/your/script?x=1&y=%2F", headers, body,
        key_resolver=signer.resolver(), now=NOW,
    )  # fmt: skip
    assert isinstance(event, smtpeter.webhooks.DeliveryEvent)
    assert (event.id, event.recipient) == ("1cb1d9b0a1f4e7a2", "ann@example.com")


def test_the_docs_example_signature_header_is_read() -> None:
    parsed = parse_signature(DOCS_SIGNATURE)
    assert parsed.key_id == "one._domainkey.copernica.com"
    assert parsed.algorithm == "rsa-sha256"
    assert parsed.headers == ("(request-target)", "host", "date", "content-length",
                              "content-type", "x-copernica-id", "digest", "x-nonce")  # fmt: skip
    assert len(parsed.signature) == 128  # a 1024-bit RSA signature


def test_a_pkcs1_key_record_is_read_like_a_spki_one(signer: WebhookSigner) -> None:
    public = signer.key.public_key()
    pkcs1 = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
    record = "v=DKIM1; k=rsa; p=" + base64.b64encode(pkcs1).decode()
    assert public_key_from_record("x", record).public_numbers() == public.public_numbers()
    spaced = signer.record.replace("p=", "p= ").replace("A", "A ", 3)  # TXT folding
    assert public_key_from_record("x", spaced).public_numbers() == public.public_numbers()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("v=DKIM1; k=rsa; p=", "revoked"),
        ("v=DKIM1; k=ed25519; p=AAAA", "not an RSA key"),
        ("v=spf1 -all", "not a DKIM1 record"),
        ("v=DKIM1; p=%%%", "not base64"),
        ("v=DKIM1; p=AAAA", "no readable public key"),
    ],
)
def test_unusable_key_records_are_refused(record: str, message: str) -> None:
    with pytest.raises(smtpeter.webhooks.SignatureError, match=message) as caught:
        public_key_from_record("one._domainkey.copernica.com", record)
    assert caught.value.check == "key"


def test_a_form_encoded_call_gives_typed_values(signer: WebhookSigner) -> None:
    body = b"id=m1&type=failure&time=1736164800&code=550&extended=5.1.1&tags=a&tags=b&new=x"
    call = signer.sign(body, content_type="application/x-www-form-urlencoded", date=NOW)
    event = smtpeter.webhooks.verify(
        call.method, call.target, call.headers, call.body, key_resolver=signer.resolver(), now=NOW
    )
    assert isinstance(event, smtpeter.webhooks.FailureEvent)
    assert (event.time, event.code, event.extended) == (1736164800, 550, "5.1.1")
    assert event.tags == ["a", "b"]
    assert event.additional_properties == {"new": "x"}


@pytest.mark.parametrize(
    ("event", "cls"),
    [
        ({"id": "1", "type": "bounce", "envelope": "b@x", "mime": "..."}, "BounceEvent"),
        ({"id": "1", "type": "click", "original": "https://x/", "ip": "1.2.3.4"}, "ClickEvent"),
        ({"id": "1", "type": "open", "time": 5, "useragent": "UA"}, "OpenEvent"),
        ({"id": "1", "type": "abuse", "emailfrom": "fbl@isp"}, "AbuseEvent"),
        ({"id": "1", "type": "delivery", "code": 250, "tags": []}, "DeliveryEvent"),
    ],
)
def test_each_event_type_becomes_its_model(
    signer: WebhookSigner, event: dict[str, object], cls: str
) -> None:
    call = signer.sign(event, date=NOW)
    parsed = smtpeter.webhooks.verify(
        call.method, call.target, call.headers, call.body, key_resolver=signer.resolver(), now=NOW
    )
    assert type(parsed) is getattr(smtpeter.webhooks, cls)
    assert parsed.to_dict() == event


@pytest.mark.parametrize(
    ("body", "field", "rule"),
    [
        (b'{"id": "1", "type": "unsubscribe"}', "type", "not a known webhook type"),
        (b'{"id": "1"}', "type", "missing is not a known webhook type"),
        (b'{"type": "open"}', "id", "missing"),
        (b'{"id": "1", "type": "open", "time": "soon"}', "time", "must be an integer"),
        (b'{"id": "1", "type": "open", "tags": "a"}', "tags", "must be a list of strings"),
        (b'{"id": 7, "type": "open"}', "id", "must be a string"),
        (b"[1, 2]", "body", "not a JSON object"),
        (b"{nope", "body", "not valid JSON"),
    ],
)
def test_a_signed_body_that_is_no_event_is_refused(
    signer: WebhookSigner, body: bytes, field: str, rule: str
) -> None:
    call = signer.sign(body, date=NOW)
    with pytest.raises(smtpeter.webhooks.PayloadError) as caught:
        smtpeter.webhooks.verify(
            call.method, call.target, call.headers, call.body,
            key_resolver=signer.resolver(), now=NOW,
        )  # fmt: skip
    assert caught.value.field == field
    assert rule in caught.value.rule
