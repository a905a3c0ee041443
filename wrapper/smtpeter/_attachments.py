"""Attachments as Python values: bytes or a file in, base64 on the wire.

A file (a path, or a binary file object) is not read when the attachment is made, nor when
the call is checked: its base64 is produced in chunks while the request body is written, and
produced again from the start if the request is retried. So is large ``content``. The
validator sees a stand-in for the data (:class:`StreamedData`), see there.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

__all__ = ["Attachment", "StreamedData", "encoded_length"]

# Bytes read (and encoded) at a time: a multiple of 3, so that chunks encode without padding.
CHUNK = 3 * 64 * 1024
# ``content`` at least this large is encoded while the body is written, not beforehand.
STREAM_THRESHOLD = 256 * 1024
# How much of the data the validator's stand-in holds.
_SAMPLE = 48


def encoded_length(size: int) -> int:
    """The length of the base64 of ``size`` bytes (with padding, without line breaks)."""
    return 4 * ((size + 2) // 3)


@dataclass(frozen=True)
class Attachment:
    """A file to attach to a message: its bytes, a file, or a URL SMTPeter downloads.

    >>> Attachment(name="report.txt", content=b"hello").type
    'text/plain'
    >>> Attachment(url="https://example.com/terms.pdf").to_wire()
    {'url': 'https://example.com/terms.pdf'}

    The type is guessed from the name when not given. Use :meth:`from_path` for a file on
    disk, or ``file=`` for a binary file object (it must be seekable, since a retried request
    reads it again from where it stood when the call was made). A file is read in chunks
    while the request is sent, never whole.
    """

    name: str | None = None
    content: bytes | None = field(default=None, repr=False)
    type: str | None = None
    url: str | None = None
    file: str | os.PathLike[str] | IO[bytes] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from ._exceptions import ValidationError

        for name in ("name", "type", "url"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise ValidationError(
                    "attachments", f"{name} must be a string, not {type(value).__name__}"
                )
        given = sum(source is not None for source in (self.content, self.url, self.file))
        if given != 1:
            raise ValidationError("attachments", "give exactly one of content=, file= or url=")
        if self.content is not None and not isinstance(self.content, bytes | bytearray):
            raise ValidationError("attachments", "content must be bytes")
        if isinstance(self.file, str | os.PathLike) and self.name is None:
            object.__setattr__(self, "name", Path(self.file).name)
        if self.type is None and self.name:
            guessed, _ = mimetypes.guess_type(self.name, strict=False)
            if guessed:
                object.__setattr__(self, "type", guessed)

    @classmethod
    def from_path(
        cls, path: str | os.PathLike[str], *, name: str | None = None, type: str | None = None
    ) -> Attachment:
        """A file on disk, read when the message is sent; its name (and, from that, its
        type) come from the path. Raises :class:`OSError` now if it is not a readable file."""
        file = Path(path)
        with file.open("rb"):
            pass
        return cls(name=name or file.name, file=file, type=type)

    def __repr__(self) -> str:
        if self.url is not None:
            source = f"url={self.url!r}"
        elif self.file is not None:
            source = f"file={self.file!r}"
        else:
            source = f"{len(self.content or b'')} bytes"
        return f"Attachment(name={self.name!r}, type={self.type!r}, {source})"

    def to_wire(self) -> dict[str, Any]:
        """The JSON object SMTPeter expects (``data`` base64-encoded, or ``url``).

        This reads a file whole; a send streams it instead.
        """
        if self.url is not None:
            return self._with_names({"url": self.url})
        return self._with_names({"data": b"".join(self._source().chunks()).decode("ascii")})

    def wire_for_send(self) -> dict[str, Any]:
        """The JSON object for a request: a file, or large content, as a :class:`StreamedData`
        stand-in that the body encoder replaces with base64 produced while it is sent."""
        if self.url is not None or (
            self.content is not None and len(self.content) < STREAM_THRESHOLD
        ):
            return self.to_wire()
        return self._with_names({"data": StreamedData.of(self._source())})

    def _with_names(self, wire: dict[str, Any]) -> dict[str, Any]:
        if self.name is not None:
            wire["name"] = self.name
        if self.type is not None:
            wire["type"] = self.type
        return wire

    def _source(self) -> _Source:
        if self.content is not None:
            return _BytesSource(bytes(self.content))
        if isinstance(self.file, str | os.PathLike):
            return _PathSource(Path(self.file))
        assert self.file is not None
        return _FileSource(self.file)


class _Source:
    """Where an attachment's bytes come from; :meth:`chunks` may be called once per attempt."""

    size: int

    def read_chunks(self) -> Iterator[bytes]:
        raise NotImplementedError

    def head(self, count: int) -> bytes:
        raise NotImplementedError

    def chunks(self) -> Iterator[bytes]:
        """The base64 of the data, in chunks; refuses data whose size changed since."""
        from ._exceptions import SMTPeterError

        total = 0
        rest = b""
        for block in self.read_chunks():
            total += len(block)
            if total > self.size:
                break
            if rest:
                block = rest + block
            cut = len(block) - len(block) % 3
            rest = block[cut:]
            if cut:
                yield base64.b64encode(block[:cut] if rest else block)
        if total != self.size:
            raise SMTPeterError(
                f"An attachment changed size while it was being sent ({self.size} bytes "
                f"when the call was checked, {'more' if total > self.size else total} now); "
                "the request was not completed."
            )
        if rest:
            yield base64.b64encode(rest)


class _BytesSource(_Source):
    def __init__(self, content: bytes) -> None:
        self._content = content
        self.size = len(content)

    def read_chunks(self) -> Iterator[bytes]:
        view = memoryview(self._content)
        for start in range(0, self.size, CHUNK):
            yield bytes(view[start : start + CHUNK])

    def head(self, count: int) -> bytes:
        return self._content[:count]


class _PathSource(_Source):
    def __init__(self, path: Path) -> None:
        self._path = path
        self.size = path.stat().st_size

    def read_chunks(self) -> Iterator[bytes]:
        with self._path.open("rb") as file:
            while block := file.read(CHUNK):
                yield block

    def head(self, count: int) -> bytes:
        with self._path.open("rb") as file:
            return file.read(count)


class _FileSource(_Source):
    def __init__(self, file: IO[bytes]) -> None:
        from ._exceptions import ValidationError

        if not (hasattr(file, "seekable") and file.seekable()):
            raise ValidationError(
                "attachments", "file= must be seekable (a retry reads it again); pass content="
            )
        self._file = file
        self._start = file.tell()
        self.size = file.seek(0, os.SEEK_END) - self._start
        file.seek(self._start)

    def read_chunks(self) -> Iterator[bytes]:
        self._file.seek(self._start)
        while block := self._file.read(CHUNK):
            yield block

    def head(self, count: int) -> bytes:
        self._file.seek(self._start)
        try:
            return self._file.read(count)
        finally:
            self._file.seek(self._start)


class StreamedData(str):
    """What the validator sees in place of an attachment's base64 while the real data waits
    in its file: the base64 of the data's first bytes, with the same padding as the whole
    (so every character class and anchor of a pattern is tried on real output of the same
    encoder), and ``len()`` giving the length of the whole encoded data (so a ``minLength``
    or ``maxLength`` would see the real size). Nothing else is known about data not yet read,
    and the one rule the spec has for it, its base64 alphabet, holds for any bytes.
    """

    source: _Source
    encoded_size: int

    @classmethod
    def of(cls, source: _Source) -> StreamedData:
        size = source.size
        sample_size = min(size, _SAMPLE + size % 3)  # the same remainder: the same padding
        sample = base64.b64encode(source.head(sample_size)).decode("ascii")
        value = cls(sample)
        value.source = source
        value.encoded_size = encoded_length(size)
        return value

    def __len__(self) -> int:
        return self.encoded_size


class StreamedBody:
    """A JSON body with streamed attachments: fixed parts and base64 streams in turn.

    Iterate it (or ``async for``) once per attempt: each pass reads the files again.
    """

    def __init__(self, parts: list[bytes | _Source]) -> None:
        self._parts = parts
        self.length = sum(
            len(part) if isinstance(part, bytes) else encoded_length(part.size) + 2
            for part in parts
        )

    def __iter__(self) -> Iterator[bytes]:
        for part in self._parts:
            if isinstance(part, bytes):
                yield part
            else:
                yield b'"'
                yield from part.chunks()
                yield b'"'

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # A chunk is read from the file in the event loop's thread: a short, bounded wait.
        for chunk in self:
            yield chunk

    def read(self) -> bytes:
        """The whole body at once (for a dry run)."""
        return b"".join(self)
