"""Answers read a piece at a time: ``client.stream(client.logfiles.get_log_file, ...)``.

An ordinary call holds its whole answer in memory (at most ``max_response_size``). A log file,
an attachment or a MIME source can be larger than memory should hold, so any reading (GET)
operation can also be streamed: ``client.stream(method, *args, **kwargs)`` takes one of the
client's own operation methods with that method's arguments, and opens the answer as a
:class:`Download` (or :class:`AsyncDownload`) to iterate or save, holding one piece at a time.

Which operation a method runs is the generated resource classes' to say, so this module asks
them: it calls the method on a copy of its resource group whose runner records the call
instead of running it (:func:`recorded_call`).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

import httpx

from smtpeter_client.resources import Operation

__all__ = ["AsyncDownload", "Download", "RecordedCall", "async_recorded_call", "recorded_call"]

Failure = Callable[[Exception], Exception]
"""Turns an httpx error raised while the body is read into the SDK's exception."""

File = str | os.PathLike[str] | IO[bytes]


@dataclass(frozen=True)
class RecordedCall:
    """What an operation method handed to its runner."""

    operation: Operation
    args: tuple[Any, ...]
    params: Mapping[str, Any]


class _Recorder:
    """A runner that keeps the call instead of running it."""

    recorded: RecordedCall | None = None

    def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> None:
        self.recorded = RecordedCall(operation, args, params)


class _AsyncRecorder(_Recorder):
    async def call(  # type: ignore[override]
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> None:
        self.recorded = RecordedCall(operation, args, params)


def _group_copy(client: object, method: Callable[..., Any], recorder: _Recorder) -> Any:
    group = getattr(method, "__self__", None)
    if group is None or not any(group is value for value in vars(client).values()):
        raise TypeError(
            "stream() takes an operation method of this client, such as "
            "client.logfiles.get_log_file, and that method's arguments"
        )
    return getattr(type(group)(recorder), method.__name__)


def _reading(recorded: RecordedCall | None, method: Callable[..., Any]) -> RecordedCall:
    if recorded is None:
        raise TypeError(f"{method.__name__}() is not an operation of the API")
    if recorded.operation.method != "GET":
        raise TypeError(
            f"{recorded.operation.name}() sends something; only reading (GET) operations "
            "can be streamed"
        )
    return recorded


def recorded_call(
    client: object, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> RecordedCall:
    """The operation and arguments ``method(*args, **kwargs)`` would run (a sync client's)."""
    recorder = _Recorder()
    _group_copy(client, method, recorder)(*args, **kwargs)
    return _reading(recorder.recorded, method)


async def async_recorded_call(
    client: object, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> RecordedCall:
    """The asyncio twin of :func:`recorded_call`."""
    recorder = _AsyncRecorder()
    result = _group_copy(client, method, recorder)(*args, **kwargs)
    if isinstance(result, Awaitable):
        await result
    return _reading(recorder.recorded, method)


@contextlib.contextmanager
def _destination(file: File) -> Iterator[IO[bytes]]:
    """The file to write to; a file named by path is removed if the download fails."""
    if not isinstance(file, str | os.PathLike):
        yield file
        return
    with open(file, "wb") as opened:
        try:
            yield opened
        except BaseException:
            opened.close()
            with contextlib.suppress(OSError):
                os.unlink(file)
            raise


class Download:
    """An answer being received: iterate it with :meth:`iter_bytes`, or :meth:`save` it.

    >>> with client.stream(client.logfiles.get_log_file, "deliveries", day) as download:
    ...     download.save("deliveries.csv")                  # doctest: +SKIP
    18734522
    """

    def __init__(self, response: httpx.Response, failure: Failure) -> None:
        self._response = response
        self._failure = failure

    @property
    def content_type(self) -> str:
        """The answer's ``Content-Type`` (``text/csv; charset=utf-8``), or empty."""
        return str(self._response.headers.get("content-type", ""))

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, decoded (gzip undone), in pieces (of ``chunk_size`` bytes if given)."""
        try:
            yield from self._response.iter_bytes(chunk_size)
        except httpx.HTTPError as exc:
            raise self._failure(exc) from exc

    def save(self, file: File) -> int:
        """Write the body to a path (removed again if the download fails) or a binary file
        object; returns the number of bytes written."""
        written = 0
        with _destination(file) as out:
            for chunk in self.iter_bytes():
                out.write(chunk)
                written += len(chunk)
        return written

    def __repr__(self) -> str:
        return f"<Download {self._response.status_code} {self.content_type!r}>"


class AsyncDownload:
    """The asyncio twin of :class:`Download`: ``async for chunk in download.aiter_bytes()``,
    or ``await download.save(path)`` (which writes each piece as it arrives)."""

    def __init__(self, response: httpx.Response, failure: Failure) -> None:
        self._response = response
        self._failure = failure

    @property
    def content_type(self) -> str:
        """The answer's ``Content-Type``, or empty."""
        return str(self._response.headers.get("content-type", ""))

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, decoded (gzip undone), in pieces (of ``chunk_size`` bytes if given)."""
        try:
            async for chunk in self._response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as exc:
            raise self._failure(exc) from exc

    async def save(self, file: File) -> int:
        """See :meth:`Download.save`."""
        written = 0
        with _destination(file) as out:
            async for chunk in self.aiter_bytes():
                out.write(chunk)
                written += len(chunk)
        return written

    def __repr__(self) -> str:
        return f"<AsyncDownload {self._response.status_code} {self.content_type!r}>"
