"""The most an answer may hold, enforced while it is read, its compression undone here.

httpx reads a whole answer into memory and inflates it with ``zlib`` in one call per network
chunk, so 1 MB of gzip that inflates to 1 GB costs 2 GB before anything can look at it. A
client's :class:`~smtpeter._transport.Transport` hands every answer to :func:`bounded` instead:

- the body is decoded here (``gzip``, ``deflate``, the only encodings the clients ask for),
  never more than :data:`PIECE` bytes out of ``zlib`` at a time, and the ``Content-Encoding``
  header is removed, so httpx passes the decoded bytes through as they are;
- the attempt's limit (:func:`limit`, a context variable, set by the client around each
  attempt from ``max_response_size``) is checked against the bytes received and the bytes
  decoded so far, and :class:`AnswerTooLarge` is raised as soon as either passes it.

A streamed download's success answer (``client.stream()``) has no limit: it is read a piece at
a time by the caller. Its decoding is bounded the same way, so its memory stays flat.
"""

from __future__ import annotations

import contextvars
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

__all__ = [
    "ACCEPT_ENCODING",
    "PIECE",
    "STREAMED",
    "AnswerTooLarge",
    "bounded",
    "enter",
    "leave",
    "streamed",
]

ACCEPT_ENCODING = "gzip, deflate"
"""The encodings the clients ask for: those decoded here."""

PIECE = 64 * 1024
"""The most ``zlib`` inflates in one step."""

STREAMED = "smtpeter.streamed"
"""A request extension: a success answer to this request is read by the caller in pieces, not
held in memory, so it has no size limit and no overall deadline (each read keeps its own)."""

# Encodings httpx can decode with an optional package; the clients never ask for them.
_UNREQUESTED = frozenset({"br", "zstd", "compress", "x-compress"})

_limit: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "smtpeter_max_response_size", default=None
)


class AnswerTooLarge(Exception):
    """An answer passed the attempt's limit (the client raises ResponseTooLargeError)."""

    def __init__(self, limit: int, status_code: int) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit
        self.status_code = status_code


Token = contextvars.Token[int | None]


def enter(size: int | None) -> Token:
    """Answers received until :func:`leave` may hold at most ``size`` bytes (None: any)."""
    return _limit.set(size)


def leave(token: Token) -> None:
    _limit.reset(token)


class _Inflater:
    """One ``gzip`` or ``deflate`` layer, inflating at most PIECE bytes per step (one the
    clients never ask for, such as ``br``, is refused when the body is read)."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._deflate = encoding == "deflate"
        self._first = True
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))

    def _refuse_unrequested(self) -> None:
        if self._encoding in _UNREQUESTED:
            raise httpx.DecodingError(
                f"the answer's Content-Encoding is {self._encoding}, which was not asked for"
            )

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._refuse_unrequested()
        first, self._first = self._first, False
        try:
            piece = self._zlib.decompress(data, PIECE)
        except zlib.error as exc:
            if not (first and self._deflate):
                raise httpx.DecodingError(f"the answer's compression is broken ({exc})") from exc
            # "deflate" is sent both with and without zlib's header: as httpx does, try raw.
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            yield from self.feed(data)
            return
        while True:
            if piece:
                yield piece
            tail = self._zlib.unconsumed_tail
            if not tail:
                return
            try:
                piece = self._zlib.decompress(tail, PIECE)
            except zlib.error as exc:
                raise httpx.DecodingError(f"the answer's compression is broken ({exc})") from exc

    def flush(self) -> Iterator[bytes]:
        self._refuse_unrequested()
        try:
            rest = self._zlib.flush()
        except zlib.error as exc:  # pragma: no cover (zlib keeps its errors for decompress)
            raise httpx.DecodingError(f"the answer's compression is broken ({exc})") from exc
        if rest:
            yield rest


class _Decoder:
    """Undoes a ``Content-Encoding`` (layers in reverse order) and counts what passes."""

    def __init__(self, encodings: list[str], limit: int | None, status_code: int) -> None:
        self._layers = [_Inflater(name) for name in reversed(encodings)]
        self._limit = limit
        self._status_code = status_code
        self._received = 0
        self._decoded = 0

    def feed(self, raw: bytes) -> Iterator[bytes]:
        self._received += len(raw)
        self._check(self._received)
        yield from self._counted(self._through(0, raw))

    def flush(self) -> Iterator[bytes]:
        yield from self._counted(self._flushed(0))

    def _through(self, depth: int, data: bytes) -> Iterator[bytes]:
        if depth == len(self._layers):
            yield data
            return
        for piece in self._layers[depth].feed(data):
            yield from self._through(depth + 1, piece)

    def _flushed(self, depth: int) -> Iterator[bytes]:
        if depth == len(self._layers):
            return
        for piece in self._layers[depth].flush():
            yield from self._through(depth + 1, piece)
        yield from self._flushed(depth + 1)

    def _counted(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            self._decoded += len(piece)
            self._check(self._decoded)
            yield piece

    def _check(self, size: int) -> None:
        if self._limit is not None and size > self._limit:
            raise AnswerTooLarge(self._limit, self._status_code)


class _BoundedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, decoder: _Decoder) -> None:
        self._inner = inner
        self._decoder = decoder

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._inner:
            yield from self._decoder.feed(raw)
        yield from self._decoder.flush()

    def close(self) -> None:
        self._inner.close()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, decoder: _Decoder) -> None:
        self._inner = inner
        self._decoder = decoder

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for raw in self._inner:
            for piece in self._decoder.feed(raw):
                yield piece
        for piece in self._decoder.flush():
            yield piece

    async def aclose(self) -> None:
        await self._inner.aclose()


def streamed(request: httpx.Request, response: httpx.Response) -> bool:
    """Whether the caller reads this answer in pieces (see :data:`STREAMED`)."""
    return bool(request.extensions.get(STREAMED)) and response.is_success


def bounded(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The response, its body decoded here and limited to the attempt's size (see above)."""
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return response  # already in memory (made with content=): nothing left to bound
    encodings = [
        name
        for name in (part.strip().lower() for part in response.headers.get_list("content-encoding"))
        if name in ("gzip", "x-gzip", "deflate") or name in _UNREQUESTED
    ]
    size = None if streamed(request, response) else _limit.get()
    if not encodings and size is None:
        return response
    decoder = _Decoder(
        ["gzip" if name == "x-gzip" else name for name in encodings], size, response.status_code
    )
    if encodings:
        del response.headers["content-encoding"]
        response.headers.pop("content-length", None)
    if isinstance(stream, httpx.SyncByteStream):
        response.stream = _BoundedStream(stream, decoder)
    elif isinstance(stream, httpx.AsyncByteStream):
        response.stream = _AsyncBoundedStream(stream, decoder)
    return response
