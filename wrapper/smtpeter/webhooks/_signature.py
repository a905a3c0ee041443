"""The ``Signature`` header of draft-cavage-http-signatures-11: parsing and signing strings.

The draft is small and no maintained Python library implements this version of it (the
maintained ones follow RFC 9421, its incompatible successor), so it is written out here.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ._errors import SignatureError

__all__ = [
    "ALGORITHM",
    "REQUIRED_HEADERS",
    "ParsedSignature",
    "format_signature",
    "parse_signature",
    "signing_string",
]

ALGORITHM = "rsa-sha256"
# What SMTPeter's docs require a signature to cover, at least.
REQUIRED_HEADERS = ("(request-target)", "host", "date", "x-copernica-id", "digest")

# One parameter: name="quoted value" or name=digits ((created) and (expires) are numbers).
_PARAMETER = re.compile(r'\s*([A-Za-z]+)\s*=\s*(?:"([^"]*)"|([0-9]+(?:\.[0-9]+)?))\s*(,)?')
_SAFE = re.compile(r"[^\x20-\x7e]")  # printable ASCII only: no control characters


@dataclass(frozen=True)
class ParsedSignature:
    """The parameters of a ``Signature`` header."""

    key_id: str
    algorithm: str
    headers: tuple[str, ...]
    signature: bytes
    created: str | None = None
    expires: str | None = None


def shown(text: str, limit: int = 80) -> str:
    """A value from the request made safe to put in a message: plain characters, short."""
    cleaned = _SAFE.sub("?", text)
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + "..."


def parse_signature(header: str) -> ParsedSignature:
    """Read a ``Signature`` header's parameters; raise :class:`SignatureError` if malformed.

    Parameters are comma-separated; a missing comma (as in the folded example of SMTPeter's
    docs) is tolerated, a parameter given twice is not. Unknown parameters are ignored, as
    the draft says.
    """
    params: dict[str, str] = {}
    position = 0
    text = header.strip()
    while position < len(text):
        match = _PARAMETER.match(text, position)
        if match is None:
            raise SignatureError("signature", "the Signature header is malformed")
        name = match.group(1)
        if name in params:
            raise SignatureError("signature", f"the Signature header repeats {shown(name)!r}")
        params[name] = match.group(2) if match.group(2) is not None else match.group(3)
        position = match.end()
    for name in ("keyId", "signature"):
        if not params.get(name):
            raise SignatureError("signature", f"the Signature header has no {name}")
    algorithm = params.get("algorithm", "")
    if algorithm.lower() != ALGORITHM:
        raise SignatureError(
            "signature",
            f"algorithm {shown(algorithm)!r} is not supported (SMTPeter signs with {ALGORITHM})",
        )
    if "headers" not in params:
        raise SignatureError(
            "headers",
            "the signature names no headers; it must cover " + " ".join(REQUIRED_HEADERS),
        )
    covered = tuple(name.lower() for name in params["headers"].split())
    try:
        signature = base64.b64decode("".join(params["signature"].split()), validate=True)
    except binascii.Error:
        raise SignatureError("signature", "the signature is not valid base64") from None
    return ParsedSignature(
        key_id=params["keyId"],
        algorithm=algorithm.lower(),
        headers=covered,
        signature=signature,
        created=params.get("created"),
        expires=params.get("expires"),
    )


def signing_string(
    covered: Sequence[str],
    *,
    method: str,
    target: str,
    headers: Mapping[str, str],
    created: str | None = None,
    expires: str | None = None,
) -> bytes:
    """The string that is signed (draft-cavage-http-signatures-11, section 2.3).

    One line per covered name, in the signature's order, joined by ``\\n``: ``name: value``
    with the name lower-cased; ``(request-target)`` is the lower-cased method, a space and
    the target (path and query as sent). ``headers`` must be normalized
    (:func:`normalize_headers`). A covered header that is absent raises
    :class:`SignatureError`.
    """
    lines = []
    for name in covered:
        if name == "(request-target)":
            value = f"{method.lower()} {target}"
        elif name in ("(created)", "(expires)"):
            given = created if name == "(created)" else expires
            if given is None:
                raise SignatureError("headers", f"the signature covers {name} but has no value")
            value = given
        elif name in headers:
            value = headers[name]
        else:
            raise SignatureError(
                "headers",
                f"the {shown(name)} header is covered by the signature but missing",
            )
        lines.append(f"{name}: {value}")
    return "\n".join(lines).encode("utf-8")


def format_signature(key_id: str, covered: Sequence[str], signature: bytes) -> str:
    """A ``Signature`` header value (used by the sandbox, which signs like SMTPeter)."""
    encoded = base64.b64encode(signature).decode("ascii")
    return (
        f'keyId="{key_id}",algorithm="{ALGORITHM}",'
        f'headers="{" ".join(covered)}",signature="{encoded}"'
    )
