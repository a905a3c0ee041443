"""Contains some shared types for properties"""

from collections.abc import AsyncIterable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

# smtpeter: dataclasses, not attrs (as the generator writes them): every request and answer of
# the SDK goes through RawBody and ErrorMessage, and attrs is the largest part of the cost of
# importing the modules a first send needs. Same fields, equality, repr and slots.


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


@dataclass(slots=True)
class RawBody:
    """A request body that is already encoded, sent as it is instead of a model's ``to_dict()``.

    Give the bytes (or an iterable of byte chunks, for a streamed body) and one of the content
    types the operation accepts; ``headers`` may add e.g. a ``Content-Length`` for a stream.

    >>> RawBody(content_type="application/json", content=b'{"message": "abc"}').content_type
    'application/json'
    """

    content_type: str
    content: bytes | Iterable[bytes] | AsyncIterable[bytes]
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ErrorMessage:
    """An error answer the API documents: its status and SMTPeter's explanation in words.

    Returned instead of raising, so that an error is told apart from a success by its type.
    """

    status_code: int
    text: str

    def __str__(self) -> str:
        return f"{self.status_code}: {self.text}"


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` where Python knows the code; the bare number otherwise (e.g. 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """The status, as an ``HTTPStatus`` where Python knows the code, else the bare number."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "ErrorMessage",
    "File",
    "FileTypes",
    "RawBody",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
]
