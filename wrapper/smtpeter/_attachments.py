"""Attachments as Python values: bytes or a file in, base64 on the wire."""

from __future__ import annotations

import base64
import mimetypes
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Attachment"]


@dataclass(frozen=True)
class Attachment:
    """A file to attach to a message: its bytes, or a URL SMTPeter downloads.

    >>> Attachment(name="report.txt", content=b"hello").type
    'text/plain'
    >>> Attachment(url="https://example.com/terms.pdf").to_wire()
    {'url': 'https://example.com/terms.pdf'}

    The type is guessed from the name when not given. Use :meth:`from_path` for a file.
    """

    name: str | None = None
    content: bytes | None = field(default=None, repr=False)
    type: str | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        from ._exceptions import ValidationError

        for name in ("name", "type", "url"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValidationError(
                    "attachments", f"{name} must be a string, not {type(value).__name__}"
                )
        if (self.content is None) == (self.url is None):
            raise ValidationError("attachments", "give exactly one of content= or url=")
        if self.content is not None and not isinstance(self.content, bytes | bytearray):
            raise ValidationError("attachments", "content must be bytes")
        if self.type is None and self.name:
            guessed, _ = mimetypes.guess_type(self.name, strict=False)
            if guessed:
                object.__setattr__(self, "type", guessed)

    @classmethod
    def from_path(
        cls, path: str | os.PathLike[str], *, name: str | None = None, type: str | None = None
    ) -> Attachment:
        """Read a file; its name (and, from that, its type) come from the path."""
        file = Path(path)
        return cls(name=name or file.name, content=file.read_bytes(), type=type)

    def __repr__(self) -> str:
        source = (
            f"url={self.url!r}" if self.url is not None else f"{len(self.content or b'')} bytes"
        )
        return f"Attachment(name={self.name!r}, type={self.type!r}, {source})"

    def to_wire(self) -> dict[str, Any]:
        """The JSON object SMTPeter expects (``data`` base64-encoded, or ``url``)."""
        wire: dict[str, Any] = {}
        if self.url is not None:
            wire["url"] = self.url
        else:
            wire["data"] = base64.b64encode(bytes(self.content or b"")).decode("ascii")
        if self.name is not None:
            wire["name"] = self.name
        if self.type is not None:
            wire["type"] = self.type
        return wire
