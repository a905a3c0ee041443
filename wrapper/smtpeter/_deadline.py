"""The overall time limit of one attempt: connecting, sending and reading the whole answer.

httpx's timeouts apply to each network operation: a server that trickles its answer a few
bytes at a time, each piece inside the read timeout, holds a call open for as long as it likes.
SMTPeter's clients give every attempt a deadline (:func:`attempt`, a context variable, so each
thread and each asyncio task has its own), and enforce it in two places:

- the network backend of the connections a client opens itself (_deadline_backends, put in
  place by :func:`install`): every connect, TLS handshake, read and write waits at most
  until the deadline, and one that starts after it raises the httpcore timeout of its phase
  (``ConnectTimeout`` before the request went out, ``WriteTimeout``/``ReadTimeout`` after).
- :func:`clamp_request`, for every request, whatever sends it (a caller's ``http_client=``
  too): the request's own timeouts are cut to the time left, and the answer's body is checked
  against the deadline between chunks.
"""

from __future__ import annotations

import contextvars
import time
import typing
from collections.abc import AsyncIterator, Iterator

import httpx

__all__ = [
    "async_checked",
    "checked",
    "clamp_request",
    "clamp_timeout",
    "enter",
    "install",
    "leave",
    "overall_seconds",
    "remaining",
]

_deadline: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "smtpeter_deadline", default=None
)


def overall_seconds(timeout: httpx.Timeout) -> float | None:
    """The overall limit of one attempt: the largest of the timeout's four values, or None
    (no overall limit) when any of them is None."""
    values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(value is None for value in values):
        return None
    return max(typing.cast(tuple[float, ...], values))


Token = contextvars.Token[tuple[float, float] | None]


def enter(seconds: float | None) -> Token | None:
    """Start one attempt with ``seconds`` for all of it (None: no overall limit); hand what
    it returns to :func:`leave` when the attempt is over."""
    if seconds is None:
        return None
    return _deadline.set((time.monotonic() + seconds, seconds))


def leave(token: Token | None) -> None:
    if token is not None:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left for the current attempt, or None outside one (or without a limit)."""
    current = _deadline.get()
    return None if current is None else current[0] - time.monotonic()


def _ran_out() -> str:
    current = _deadline.get()
    seconds = current[1] if current is not None else 0.0
    return f"the overall timeout of {seconds:g} s per attempt ran out"


def clamp_timeout(timeout: float | None, exc: type[Exception]) -> float | None:
    """A network operation's timeout cut to the time left (``exc`` raised if none is left)."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise exc(_ran_out())
    return left if timeout is None else min(timeout, left)


_T = typing.TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def install(transport: _T) -> _T:
    """Put the deadline backend under an httpx transport's connection pool.

    httpx has no argument for a network backend, so this reaches into the pool it builds
    (``_pool._network_backend``, read whenever the pool opens a connection). Should a future
    httpx or httpcore rename it, nothing breaks: the per-request checks of
    :func:`clamp_request` still hold, and tests/wrapper/test_deadline.py fails.
    """
    import httpcore  # loaded by httpx's transport already

    from ._deadline_backends import AsyncDeadlineBackend, DeadlineBackend

    pool = getattr(transport, "_pool", None)
    inner = getattr(pool, "_network_backend", None)
    if isinstance(inner, httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(inner)  # type: ignore[union-attr]
    elif isinstance(inner, httpcore.AsyncNetworkBackend):
        pool._network_backend = AsyncDeadlineBackend(inner)  # type: ignore[union-attr]
    return transport


# --- every request, whatever transport sends it ---------------------------------------------


def clamp_request(request: httpx.Request) -> None:
    """Cut the request's timeouts to the time left in the attempt."""
    left = remaining()
    if left is None:
        return
    if left <= 0:
        raise httpx.PoolTimeout(_ran_out(), request=request)
    timeouts = dict(request.extensions.get("timeout") or {})
    for phase in ("connect", "read", "write", "pool"):
        value = timeouts.get(phase)
        timeouts[phase] = left if value is None else min(value, left)
    request.extensions["timeout"] = timeouts


class _CheckedStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request
        self._deadline = _deadline.get()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            _check(self._deadline, self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _AsyncCheckedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request
        self._deadline = _deadline.get()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            _check(self._deadline, self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def _check(deadline: tuple[float, float] | None, request: httpx.Request) -> None:
    if deadline is not None and time.monotonic() > deadline[0]:
        raise httpx.ReadTimeout(_ran_out(), request=request)


def checked(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The response, its body checked against the attempt's deadline between chunks."""
    stream = response.stream
    if _deadline.get() is not None and isinstance(stream, httpx.SyncByteStream):
        response.stream = _CheckedStream(stream, request)
    return response


def async_checked(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """The asyncio twin of :func:`checked`."""
    stream = response.stream
    if _deadline.get() is not None and isinstance(stream, httpx.AsyncByteStream):
        response.stream = _AsyncCheckedStream(stream, request)
    return response
