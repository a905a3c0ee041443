"""A real HTTP server on loopback that records what it receives and answers as scripted."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.spec import schema_problems


@dataclass(frozen=True)
class Received:
    """One request as it arrived on the socket."""

    method: str
    target: str  # the request target exactly as sent, e.g. "/v1/send?access_token=..."
    headers: tuple[tuple[str, str], ...]  # every header line, in order, names as sent
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.raw_query, keep_blank_values=True, strict_parsing=False)

    def header(self, name: str) -> list[str]:
        """Every value sent for the header `name` (case-insensitive), in order."""
        return [value for key, value in self.headers if key.lower() == name.lower()]


@dataclass
class Reply:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b"1"


@dataclass
class RecordingServer:
    """What the fixture hands a test: the base URL, the requests so far, the next reply."""

    base_url: str
    received: list[Received] = field(default_factory=list)
    reply: Reply = field(default_factory=Reply)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, status: int, content_type: str, body: bytes) -> None:
        """Answer every following request like this."""
        with self.lock:
            self.reply = Reply(status, content_type, body)

    def only(self) -> Received:
        """The one request received so far (fails if there were none or several)."""
        with self.lock:
            assert len(self.received) == 1, self.received
            return self.received[0]

    def reset(self) -> None:
        with self.lock:
            self.received.clear()
            self.reply = Reply()


def _handler_for(state: RecordingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                body = self._read_chunked()
            else:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with state.lock:
                state.received.append(
                    Received(
                        method=self.command,
                        target=self.path,
                        headers=tuple(self.headers.items()),
                        body=body,
                    )
                )
                reply = state.reply
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def _read_chunked(self) -> bytes:
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture(scope="session")
def _recording_server() -> Iterator[RecordingServer]:
    """An HTTP server on 127.0.0.1 (a free port), serving from a thread for the session."""
    state = RecordingServer(base_url="")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(state))
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    state.base_url = f"http://{host!s}:{port}/v1"
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="recording-server"
    )
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def server(_recording_server: RecordingServer) -> RecordingServer:
    """The recording server, with nothing received yet and the default reply (200, `1`)."""
    _recording_server.reset()
    return _recording_server


SpecProblems = Callable[[str, object], list[str]]


@pytest.fixture(scope="session")
def spec_problems() -> SpecProblems:
    """`spec_problems(name, instance)`: why openapi.yaml's schema `name` refuses `instance`."""
    return schema_problems
