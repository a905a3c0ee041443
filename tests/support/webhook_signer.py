"""Signs webhook calls the way SMTPeter documents it, for tests of the verifier.

The signing string is built here independently of ``smtpeter.webhooks`` (straight from
draft-cavage-http-signatures-11, section 2.3), so a mistake in the SDK's version shows up as
a failed verification instead of being repeated on both sides.

>>> signer = WebhookSigner.generate()
>>> call = signer.sign({"id": "abc", "type": "delivery"})
>>> smtpeter.webhooks.verify(call.method, call.target, call.headers, call.body,
...                          key_resolver=signer.resolver())          # doctest: +SKIP
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

__all__ = ["COVERED", "SignedCall", "WebhookSigner", "dkim_txt", "draft_signing_string"]

COVERED = ("(request-target)", "host", "date", "x-copernica-id", "digest", "content-type")


def draft_signing_string(
    covered: Sequence[str], method: str, target: str, headers: Mapping[str, str]
) -> str:
    """The draft's signing string: ``name: value`` lines, ``(request-target)`` first-class."""
    lower = {name.lower(): value for name, value in headers.items()}
    lines = []
    for name in covered:
        if name == "(request-target)":
            lines.append(f"(request-target): {method.lower()} {target}")
        else:
            lines.append(f"{name}: {lower[name].strip()}")
    return "\n".join(lines)


def dkim_txt(public_key: rsa.RSAPublicKey) -> str:
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


@dataclass(frozen=True)
class SignedCall:
    """A signed request: what a receiving framework would see."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    def with_header(self, name: str, value: str) -> SignedCall:
        """The same call with one header replaced (or added), not signed again."""
        headers = {k: v for k, v in self.headers.items() if k.lower() != name.lower()}
        headers[name] = value
        return dataclasses.replace(self, headers=headers)

    def without_header(self, name: str) -> SignedCall:
        headers = {k: v for k, v in self.headers.items() if k.lower() != name.lower()}
        return dataclasses.replace(self, headers=headers)

    def with_body(self, body: bytes) -> SignedCall:
        return dataclasses.replace(self, body=body)

    def header(self, name: str) -> str:
        return next(v for k, v in self.headers.items() if k.lower() == name.lower())


class WebhookSigner:
    """An RSA key and a keyId, signing calls like SMTPeter."""

    def __init__(
        self, key: rsa.RSAPrivateKey, key_id: str = "test._domainkey.copernica.com"
    ) -> None:
        self.key = key
        self.key_id = key_id

    @classmethod
    def generate(cls, key_id: str = "test._domainkey.copernica.com") -> WebhookSigner:
        return cls(rsa.generate_private_key(public_exponent=65537, key_size=2048), key_id)

    @property
    def record(self) -> str:
        """The DNS TXT record that publishes this signer's public key."""
        return dkim_txt(self.key.public_key())

    def resolver(self) -> Any:
        """A key resolver that knows only this signer's keyId."""
        records = {self.key_id: self.record}

        def resolve(key_id: str) -> str:
            if key_id not in records:
                raise LookupError(f"no record for {key_id}")
            return records[key_id]

        return resolve

    def raw_signature(self, text: str) -> bytes:
        return self.key.sign(text.encode(), padding.PKCS1v15(), hashes.SHA256())

    def sign(
        self,
        event: Mapping[str, Any] | bytes,
        *,
        method: str = "POST",
        target: str = "/hooks/smtpeter?source=smtpeter",
        host: str = "hooks.example.com",
        date: datetime | None = None,
        account: str = "environment-1234",
        covered: Sequence[str] = COVERED,
        content_type: str = "application/json",
        digest: str | None = None,
        key_id: str | None = None,
        algorithm: str = "rsa-sha256",
    ) -> SignedCall:
        body = event if isinstance(event, bytes) else json.dumps(event).encode()
        headers = {
            "Host": host,
            "Date": format_datetime(date or datetime.now(UTC), usegmt=True),
            "X-Copernica-ID": account,
            "Digest": digest
            or "SHA-256=" + base64.b64encode(hashlib.sha256(body).digest()).decode(),
            "Content-Type": content_type,
            "Content-Length": str(len(body)),
        }
        text = draft_signing_string(covered, method, target, headers)
        signature = base64.b64encode(self.raw_signature(text)).decode()
        headers["Signature"] = (
            f'keyId="{key_id or self.key_id}",algorithm="{algorithm}",'
            f'headers="{" ".join(covered)}",signature="{signature}"'
        )
        return SignedCall(method=method, target=target, headers=headers, body=body)
