"""An HTTPS server on loopback that misbehaves at the byte level, for the fault matrix.

Unlike :mod:`tests.support.https_server` (a well-behaved ``http.server``), this one writes raw
bytes on the socket: it can refuse to finish the TLS handshake, reset the connection before or
after reading the request's body, close without answering, send half an answer, wait before
its headers, trickle an answer a few bytes at a time, or send any bytes at all.

>>> import trustme
>>> with FaultServer(trustme.CA()) as server:              # doctest: +SKIP
...     server.script(Answer.http(503), Answer.http(200, b'{"id": "a@example.com"}'))
...     ...                                                 # point a client at server.base_url
...     server.bodies_received                              # how many bodies it read whole

Each request takes the next :class:`Answer` of the script; when the script is used up the
server repeats :attr:`FaultServer.default`. ``handshake`` decides what happens to every new
connection before HTTP starts: ``"ok"``, ``"abort"`` (close the TCP connection at once) or
``"silent"`` (keep it open and never answer the TLS handshake).
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import struct
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Literal, Self

import trustme

__all__ = ["Answer", "FaultServer", "Received"]

_REASONS = {200: "OK", 429: "Too Many Requests", 500: "Internal Server Error"}


@dataclass(frozen=True)
class Answer:
    """What the server does with one request, once it has read its head."""

    data: bytes = b""
    """Raw bytes written as the answer (status line, headers, body: whatever they are)."""
    read_body: bool = True
    """False: act right after the request's head, without reading its body."""
    delay: float = 0.0
    """Seconds to wait before writing anything."""
    pieces: int = 1
    """Write ``data`` in this many pieces..."""
    gap: float = 0.0
    """...this many seconds apart."""
    end: Literal["keep", "close", "reset"] = "keep"
    """After writing: keep the connection for the next request, close it, or reset it (RST)."""

    @classmethod
    def http(
        cls,
        status: int,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
        **options: object,
    ) -> Answer:
        """A well-formed HTTP/1.1 answer (Content-Length added unless given)."""
        fields = {"Content-Length": str(len(body)), **(headers or {})}
        head = f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in fields.items())
        return cls(data=head.encode("latin-1") + b"\r\n" + body, **options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Received:
    """A request as the server read it."""

    head: bytes
    body: bytes | None
    """None when the server did not read the body (``read_body=False``)."""

    @property
    def target(self) -> str:
        return self.head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")


class FaultServer:
    """The server, on 127.0.0.1 (port chosen by the OS), one thread per connection."""

    def __init__(
        self,
        ca: trustme.CA,
        *,
        handshake: Literal["ok", "abort", "silent"] = "ok",
        default: Answer | None = None,
    ) -> None:
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(self._context)
        self.handshake = handshake
        self.default = default or Answer.http(500, b"unscripted")
        self.connections = 0
        self._script: deque[Answer] = deque()
        self._received: list[Received] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self.base_url = f"https://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._accept, name="fault-server", daemon=True)
        self._thread.start()

    def script(self, *answers: Answer) -> None:
        """Answer the next requests with these, in order (then :attr:`default`)."""
        with self._lock:
            self._script = deque(answers)

    @property
    def received(self) -> list[Received]:
        """Every request whose head was read, oldest first."""
        with self._lock:
            return list(self._received)

    @property
    def bodies_received(self) -> int:
        """How many requests were read whole, body included (what a server could process)."""
        return sum(1 for request in self.received if request.body is not None)

    # --- life cycle ------------------------------------------------------------------------

    def close(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- the server's threads --------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._sockets.add(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            raw.settimeout(20)
            if self.handshake == "abort":
                return
            if self.handshake == "silent":
                self._stopping.wait(20)
                return
            with self._context.wrap_socket(raw, server_side=True) as tls:
                self._track(tls)
                self._exchange(tls)
        except (OSError, ValueError):
            pass  # a client that hung up, or a failed handshake: part of the tests
        finally:
            with self._lock:
                self._sockets.discard(raw)
            with contextlib.suppress(OSError):
                raw.close()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _exchange(self, tls: ssl.SSLSocket) -> None:
        buffer = b""
        while True:
            while b"\r\n\r\n" not in buffer:
                chunk = tls.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, buffer = buffer.split(b"\r\n\r\n", 1)
            with self._lock:
                answer = self._script.popleft() if self._script else self.default
            body: bytes | None = None
            if answer.read_body:
                length = _content_length(head)
                while len(buffer) < length:
                    chunk = tls.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                body, buffer = buffer[:length], buffer[length:]
            with self._lock:
                self._received.append(Received(head, body))
            if answer.delay and self._stopping.wait(answer.delay):
                return
            self._write(tls, answer)
            if answer.end == "reset":
                # SO_LINGER 0: close() sends RST instead of FIN.
                tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            if answer.end == "close" or not answer.read_body:
                return

    def _write(self, tls: ssl.SSLSocket, answer: Answer) -> None:
        if not answer.data:
            return
        size = max(1, -(-len(answer.data) // answer.pieces))
        for start in range(0, len(answer.data), size):
            if start and answer.gap and self._stopping.wait(answer.gap):
                return
            tls.sendall(answer.data[start : start + size])


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0
