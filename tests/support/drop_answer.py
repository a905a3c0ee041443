"""An httpx transport that sends each request to the real server, then loses chosen answers:
the request went out whole and the server acted on it, but the client sees the connection
break (what a reset after the body went out looks like)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

__all__ = ["DropAnswers"]


class DropAnswers(httpx.BaseTransport):
    """Drops the answer of every request for which ``drop(number)`` is true (1-based count of
    POST /send requests)."""

    def __init__(self, inner: httpx.BaseTransport, drop: Callable[[int], bool]) -> None:
        self._inner = inner
        self._drop = drop
        self._lock = threading.Lock()
        self.sends = 0
        self.dropped = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        if request.method != "POST" or not request.url.path.endswith("/send"):
            return response
        with self._lock:
            self.sends += 1
            number = self.sends
        if not self._drop(number):
            return response
        response.read()
        response.close()
        with self._lock:
            self.dropped += 1
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")

    def close(self) -> None:
        self._inner.close()
