"""A plain-HTTP loopback server that reads each request body in pieces and keeps none of it.

For measuring a client's memory: the server runs in the test process, so it must not hold
what it receives (the body the client sends would count as the client's). It answers every
request with a send's answer.

>>> with SinkServer() as sink:                             # doctest: +SKIP
...     ...                                                # point a client at sink.base_url
...     sink.received                                      # [(content-length, bytes read)]
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

__all__ = ["SinkServer"]

_ANSWER = b'{"1cb1d9b0a1f4e7a2":"john@example.com"}'


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        declared = int(self.headers.get("Content-Length") or 0)
        remaining, read = declared, 0
        while remaining:
            piece = self.rfile.read(min(remaining, 1 << 16))
            if not piece:
                break
            read += len(piece)
            remaining -= len(piece)
        self.server.received.append((declared, read))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(_ANSWER)))
        self.end_headers()
        self.wfile.write(_ANSWER)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    received: list[tuple[int, int]]


class SinkServer:
    """Serves on a free loopback port in a background thread while the block runs."""

    def __init__(self) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.received = []
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def received(self) -> list[tuple[int, int]]:
        """Each request's declared Content-Length and the number of body bytes read."""
        return list(self._server.received)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
