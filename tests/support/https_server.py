"""A real HTTPS server on loopback that answers from a script and records every request.

It is a plain :class:`http.server.ThreadingHTTPServer` whose connections are wrapped in TLS
with a certificate from a test CA (``trustme``), so clients talk to it exactly as they talk to
SMTPeter: over TCP, through a TLS handshake that verifies the certificate, in HTTP/1.1 with
keep-alive.

>>> import trustme
>>> ca = trustme.CA()
>>> with ScriptedHTTPSServer(ca) as server:               # doctest: +SKIP
...     server.script(Reply.json({"id": "a@example.com"}), Reply.text("boom", status=500))
...     ...                                                # point a client at server.base_url
...     server.requests[0].json()

Each request takes the next :class:`Reply` of the script; when the script is used up the
server answers with ``responder(request)`` if one was given, else with
:attr:`ScriptedHTTPSServer.default`. ``record=False`` keeps no requests (for long runs whose
memory is measured). A reply may wait (``delay``) before
answering, or ``drop`` the connection after reading the request without answering at all.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import ssl
import sys
import threading
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import trustme

__all__ = ["RecordedRequest", "Reply", "ScriptedHTTPSServer", "refused_port"]


@dataclass(frozen=True)
class Reply:
    """One scripted answer."""

    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (or dropping)
    drop: bool = False  # close the connection after reading the request, answer nothing

    @classmethod
    def json(
        cls,
        value: Any,
        status: int = 200,
        *,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        return cls(
            status=status,
            body=json.dumps(value).encode(),
            headers={"Content-Type": "application/json", **(headers or {})},
            delay=delay,
        )

    @classmethod
    def text(
        cls,
        text: str,
        status: int = 200,
        *,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        return cls(
            status=status,
            body=text.encode(),
            headers={"Content-Type": "text/plain; charset=utf-8", **(headers or {})},
            delay=delay,
        )

    @classmethod
    def dropped(cls, *, delay: float = 0.0) -> Reply:
        return cls(drop=True, delay=delay)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server read it."""

    method: str
    path: str  # without the query
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    target: str  # the request target exactly as sent (path and query)

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        return urllib.parse.parse_qs(self.body.decode("ascii"), keep_blank_values=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection gives up its thread after this
    server: _TLSServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        body = self._read_body()
        parsed = urllib.parse.urlsplit(self.path)
        owner = self.server.owner
        reply = owner._record(
            RecordedRequest(
                method=self.command,
                path=parsed.path,
                query=urllib.parse.parse_qs(parsed.query, keep_blank_values=True),
                headers={name.lower(): value for name, value in self.headers.items()},
                body=body,
                target=self.path,
            )
        )
        if reply.delay and owner._stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _handle


class _TLSServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: ScriptedHTTPSServer

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look the host name up in DNS; loopback needs no name.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def finish_request(self, request: Any, client_address: Any) -> None:
        raw: socket.socket = request
        raw.settimeout(10)
        # Headers and body go out in separate writes; without this, Nagle's algorithm and the
        # client's delayed ACK hold every answer back by some 40 ms.
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        tls = self.owner._server_context.wrap_socket(raw, server_side=True)
        self.owner._track(tls, True)
        try:
            _Handler(tls, client_address, self)
        finally:
            self.owner._track(tls, False)
            with contextlib.suppress(OSError):
                tls.shutdown(socket.SHUT_RDWR)
            tls.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Failed handshakes and clients that hang up early are part of the tests.
        self.owner.errors.append(sys.exc_info()[1])


class ScriptedHTTPSServer:
    """An HTTPS server on 127.0.0.1 (port chosen by the OS) in a background thread.

    Its certificate is issued by ``ca`` (a new CA if none is given) for ``hostnames``.
    ``listen=False`` binds the port without listening, so connections are refused until
    :meth:`listen` is called.
    """

    def __init__(
        self,
        ca: trustme.CA | None = None,
        *,
        listen: bool = True,
        default: Reply | None = None,
        hostnames: Sequence[str] = ("127.0.0.1", "localhost"),
        responder: Callable[[RecordedRequest], Reply] | None = None,
        record: bool = True,
    ) -> None:
        self.ca = ca or trustme.CA()
        self._server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.ca.issue_cert(*hostnames).configure_cert(self._server_context)
        self.default = default or Reply.json({"1cb1d9b0a1f4e7a2": "john@example.com"})
        self.responder = responder
        self.record = record
        self.errors: list[BaseException | None] = []
        self._lock = threading.Lock()
        self._script: deque[Reply] = deque()
        self._requests: list[RecordedRequest] = []
        self._connections: set[ssl.SSLSocket] = set()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._httpd = _TLSServer(("127.0.0.1", 0), _Handler, bind_and_activate=False)
        self._httpd.owner = self
        try:
            self._httpd.server_bind()
        except BaseException:
            self._httpd.server_close()
            raise
        self.port: int = self._httpd.server_port
        self.origin = f"https://127.0.0.1:{self.port}"
        self.base_url = f"{self.origin}/v1"
        if listen:
            self.listen()

    # --- scripting -------------------------------------------------------------------------

    def script(self, *replies: Reply) -> None:
        """Answer the next requests with these replies, in order (replacing any left)."""
        with self._lock:
            self._script = deque(replies)

    def extend(self, replies: Iterable[Reply]) -> None:
        with self._lock:
            self._script.extend(replies)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def client_context(self) -> ssl.SSLContext:
        """A client-side SSL context that trusts this server's CA."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies, checks host names
        self.ca.configure_trust(context)
        return context

    def write_ca_pem(self, path: Path) -> Path:
        self.ca.cert_pem.write_to_path(str(path))
        return path

    # --- life cycle --------------------------------------------------------------------------

    def listen(self) -> None:
        """Start accepting connections (once)."""
        if self._thread is not None:
            return
        self._httpd.server_activate()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.01},
            name=f"scripted-https-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- called from handler threads -----------------------------------------------------------

    def _record(self, request: RecordedRequest) -> Reply:
        with self._lock:
            if self.record:
                self._requests.append(request)
            if self._script:
                return self._script.popleft()
        return self.default if self.responder is None else self.responder(request)

    def _track(self, connection: ssl.SSLSocket, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)


def refused_port() -> socket.socket:
    """A socket bound to a loopback port that does not listen: connecting to it is refused.

    Keep it open for as long as the port must stay refused (no one else can take it).
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock
