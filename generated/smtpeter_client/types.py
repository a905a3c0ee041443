"""Contains some shared types for properties"""

from collections.abc import AsyncIterable, Iterable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class _Record:
    """smtpeter: what attrs' ``@define`` gave these classes (as the generator writes them):
    their fields as slots, a repr and an equality of the fields, no hash. Written out, because
    every request and answer of the SDK goes through RawBody and ErrorMessage, and attrs (or a
    dataclass) costs more to load or define than a first send."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name) for name in self.__slots__
        )

    __hash__ = None  # type: ignore[assignment]


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


class File(_Record):
    """Contains information for file uploads"""

    __slots__ = ("payload", "file_name", "mime_type")

    def __init__(
        self,
        payload: BinaryIO,
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class RawBody(_Record):
    """A request body that is already encoded, sent as it is instead of a model's ``to_dict()``.

    Give the bytes (or an iterable of byte chunks, for a streamed body) and one of the content
    types the operation accepts; ``headers`` may add e.g. a ``Content-Length`` for a stream.

    >>> RawBody(content_type="application/json", content=b'{"message": "abc"}').content_type
    'application/json'
    """

    __slots__ = ("content_type", "content", "headers")

    def __init__(
        self,
        content_type: str,
        content: bytes | Iterable[bytes] | AsyncIterable[bytes],
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.content_type = content_type
        self.content = content
        self.headers: Mapping[str, str] = {} if headers is None else headers


class ErrorMessage(_Record):
    """An error answer the API documents: its status and SMTPeter's explanation in words.

    Returned instead of raising, so that an error is told apart from a success by its type.
    """

    __slots__ = ("status_code", "text")

    def __init__(self, status_code: int, text: str) -> None:
        self.status_code = status_code
        self.text = text

    def __str__(self) -> str:
        return f"{self.status_code}: {self.text}"


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)`` where Python knows the code; the bare number otherwise (e.g. 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


class Response(_Record, Generic[T]):
    """A response from an endpoint

    ``status_code``: the status, as an ``HTTPStatus`` where Python knows the code, else the
    bare number.
    """

    __slots__ = ("status_code", "content", "headers", "parsed")

    def __init__(
        self,
        status_code: HTTPStatus | int,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
    ) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed


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
