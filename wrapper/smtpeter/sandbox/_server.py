"""Serve the sandbox over HTTPS on loopback with uvicorn, in the foreground or a thread."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import shlex
import signal
import socket
import ssl
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._app import DEFAULT_MAX_MESSAGES, DEFAULT_MAX_REQUEST_SIZE, SandboxApp, create_app
from ._faults import TRANSPORT_EXTENSION, Faults, parse_fault_spec
from ._inbox import beyond_loopback_warning, inbox_url, is_loopback_host
from ._store import MessageStore
from ._tls import TlsFiles, default_state_dir, prepare_tls
from ._webhooks import KEY_FILE_NAME

if TYPE_CHECKING:
    import uvicorn

__all__ = ["RunningSandbox", "run_sandbox", "running_sandbox", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8465
_STARTUP_TIMEOUT = 15.0


@dataclass(frozen=True)
class RunningSandbox:
    """A sandbox serving HTTPS in the background: where it is and how to trust it."""

    base_url: str
    """E.g. ``https://127.0.0.1:40123/v1``."""
    ca_file: Path
    """The PEM file of the CA that signed the server's certificate."""
    token: str
    """The access token the sandbox accepts."""
    app: SandboxApp

    @property
    def store(self) -> MessageStore:
        """The archive of everything sent to this sandbox."""
        return self.app.store

    @property
    def faults(self) -> Faults:
        """The sandbox's fault rules: ``faults.add(operation="send", nth=1, action="status",
        status=503)``, ``faults.clear()``, ``faults.log``."""
        return self.app.faults

    def ssl_context(self) -> ssl.SSLContext:
        """A client SSL context trusting the sandbox's CA (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.ca_file))


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    mail_dir: Path | None = None,
    token: str | None = None,
    *,
    state_dir: Path | None = None,
    out: TextIO | None = None,
    webhooks: Sequence[str] = (),
    webhook_ca_file: Path | None = None,
    faults: Sequence[str] = (),
) -> None:
    """Run the sandbox over HTTPS in the foreground until SIGINT or SIGTERM.

    ``port`` 0 picks a free port. Without ``token`` a random one is made. The CA is kept in
    ``state_dir`` (default :func:`default_state_dir`) so its file stays the same across
    restarts. Prints the base URL, token, CA file and shell exports to ``out`` (stdout) before
    serving (once it answers), and one line per request (method, path with control characters
    percent-encoded, status; never the query) after.
    ``webhooks`` are URLs that get a signed event for every message accepted (see
    :func:`configure_webhooks`), with one line per call. ``faults`` are fault rules in the
    spec of ``--fault`` (see :func:`add_fault_specs`). Raises OSError when the address
    cannot be bound.
    """
    out = out or sys.stdout
    with _StopOnSignals() as stopper:
        token = token or secrets.token_urlsafe(24)
        sock = _bind(host, port)
        app: SandboxApp | None = None
        try:
            tls = prepare_tls(state_dir or default_state_dir(), [host])
            app = create_app(token=token, mail_dir=mail_dir.resolve() if mail_dir else None)
            configure_webhooks(app, webhooks, tls.ca_file, webhook_ca_file)
            add_fault_specs(app, faults)
            app.inbox.allow_remote = not is_loopback_host(host)
            if app.inbox.allow_remote:
                print(beyond_loopback_warning(host), file=sys.stderr, flush=True)
            app.webhooks.report = lambda line: print(line, file=out, flush=True)
            base_url = _base_url(host, sock.getsockname()[1])
            banner = _banner(base_url, token, tls.ca_file, app.store.mail_dir, _webhook_lines(app))
            # Printed once the server answers, so that whoever waits for it can connect at once.
            server = _server(
                _RequestLog(app, out),
                tls,
                log_config=True,
                on_started=lambda: print(banner, file=out, flush=True),
            )
            stopper.attach(server)
            server.run(sockets=[sock])
        finally:
            sock.close()
            if app is not None:
                app.webhooks.close()
    print("sandbox stopped", file=out, flush=True)


def _banner(
    base_url: str,
    token: str,
    ca_file: Path,
    mail_dir: Path | None,
    more: Sequence[str] = (),
) -> str:
    lines = [
        f"SMTPeter sandbox listening on {base_url}",
        f"access token:   {token}",
        f"CA certificate: {ca_file}",
    ]
    if mail_dir is not None:
        lines.append(f"mail folder:    {mail_dir}")
    lines.append(f"Inbox:          {inbox_url(base_url)}")
    lines += more
    lines += [
        "",
        f"export SMTPETER_BASE_URL={shlex.quote(base_url)}",
        f"export SSL_CERT_FILE={shlex.quote(str(ca_file))}",
        f"export SMTPETER_TOKEN={shlex.quote(token)}",
        "",
        "Stop with Ctrl-C.",
    ]
    return "\n".join(lines)


def configure_webhooks(
    app: SandboxApp, urls: Sequence[str], sandbox_ca: Path, ca_file: Path | None
) -> None:
    """Register webhook ``urls`` on ``app``; endpoints are trusted by ``ca_file`` if given,
    else by the sandbox's own CA (for a local endpoint) and the system's CAs. The signing
    key is kept next to the CA (see :meth:`SandboxWebhooks.use_key_file`)."""
    app.webhooks.use_key_file(sandbox_ca.parent / KEY_FILE_NAME)
    if ca_file is not None:
        app.webhooks.trust(ca_file)
    else:
        app.webhooks.trust(sandbox_ca, with_system_cas=True)
    for url in urls:
        app.webhooks.add(url)


def _webhook_lines(app: SandboxApp) -> list[str]:
    faults = [
        f"fault rule:     {rule.id}: {_rule_text(rule.as_json())}" for rule in app.faults.rules
    ]
    if not app.webhooks.urls:
        return faults
    lines = [f"webhook:        {url}" for url in app.webhooks.urls]
    return [*lines, f"webhook keyId:  {app.webhooks.key_id}", *faults]


def add_fault_specs(app: SandboxApp, specs: Sequence[str]) -> None:
    """Add the fault rules of ``smtpeter sandbox --fault SPEC`` (see ``parse_fault_spec``);
    a bad one raises :class:`~smtpeter.sandbox._faults.FaultError` (a ValueError)."""
    for spec in specs:
        app.faults.add(**parse_fault_spec(spec))


def _rule_text(rule: dict[str, Any]) -> str:
    skip = {"id", "calls", "applied"}
    return " ".join(f"{k}={v}" for k, v in rule.items() if v is not None and k not in skip)


def run_sandbox(
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    mail_dir: Path | None = None,
    token: str | None = None,
    state_dir: Path | None = None,
    webhooks: Sequence[str] = (),
    webhook_ca_file: Path | None = None,
    faults: Sequence[str] = (),
) -> int:
    """The ``smtpeter sandbox`` command: serve, and return the exit status (0 after a stop)."""
    try:
        serve(
            host,
            port,
            mail_dir,
            token,
            state_dir=state_dir,
            webhooks=webhooks,
            webhook_ca_file=webhook_ca_file,
            faults=faults,
        )
    except OSError as exc:
        print(f"smtpeter sandbox: cannot serve on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    return 0


@contextlib.contextmanager
def running_sandbox(
    *,
    mail_dir: Path | None = None,
    token: str | None = None,
    state_dir: Path | None = None,
    host: str = DEFAULT_HOST,
    webhooks: Sequence[str] = (),
    webhook_ca_file: Path | None = None,
    max_request_size: int = DEFAULT_MAX_REQUEST_SIZE,
    max_messages: int | None = DEFAULT_MAX_MESSAGES,
    event_delay: float = 0.0,
) -> Iterator[RunningSandbox]:
    """Serve the sandbox over HTTPS on a free port in a background thread for the block.

    Without ``state_dir`` the CA lives in a temporary folder removed afterwards; without
    ``token`` a random one is made. ``webhooks`` and ``webhook_ca_file`` are as for
    :func:`serve`; webhook calls still under way when the block ends are finished first.
    ``max_request_size``, ``max_messages`` and ``event_delay`` are as for :func:`create_app`.
    """
    token = token or secrets.token_urlsafe(24)
    with contextlib.ExitStack() as stack:
        if state_dir is None:
            state_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="smtpeter-")))
        sock = stack.enter_context(_bind(host, 0))
        tls = prepare_tls(state_dir, [host])
        app = create_app(
            token=token,
            mail_dir=mail_dir,
            max_request_size=max_request_size,
            max_messages=max_messages,
            event_delay=event_delay,
        )
        configure_webhooks(app, webhooks, tls.ca_file, webhook_ca_file)
        stack.callback(app.webhooks.close)
        server = _server(app, tls, log_config=False)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="smtpeter-sandbox", daemon=True
        )
        thread.start()
        stack.callback(thread.join, _STARTUP_TIMEOUT)
        stack.callback(setattr, server, "should_exit", True)
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        base_url = _base_url(host, sock.getsockname()[1])
        yield RunningSandbox(base_url=base_url, ca_file=tls.ca_file, token=token, app=app)


class _RequestLog:
    """Prints ``METHOD /path STATUS`` per request; the query (with the token) never."""

    def __init__(self, app: ASGIApp, out: TextIO) -> None:
        self.app = app
        self.out = out

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        await self.app(scope, receive, record)
        print(f"{scope['method']} {_printable(scope['path'])} {status}", file=self.out, flush=True)


def _printable(path: str) -> str:
    """The path with control characters (CR, LF...) and spaces percent-encoded, so that a
    request cannot forge a line of the log."""
    return "".join(
        ch if ch.isprintable() and not ch.isspace() else quote(ch, safe="") for ch in path
    )


def _server(
    app: ASGIApp,
    tls: TlsFiles,
    *,
    log_config: bool,
    on_started: Callable[[], None] | None = None,
) -> uvicorn.Server:
    import uvicorn

    class Server(uvicorn.Server):
        """Leaves signals alone: :func:`serve` stops it, and nothing re-raises them after.
        Calls ``on_started`` once it accepts requests."""

        on_started: Callable[[], None] | None = None

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started and self.on_started is not None:
                self.on_started()

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            # uvicorn closes idle keep-alive connections, but a TLS close then waits for the
            # client's reply until the graceful timeout; drop the ones already closing.
            closing = asyncio.ensure_future(super().shutdown(sockets))
            while not closing.done():
                await asyncio.sleep(0.05)
                for connection in list(self.server_state.connections):
                    transport = getattr(connection, "transport", None)
                    if transport is not None and transport.is_closing():
                        transport.abort()
            await closing

    options: dict[str, Any] = {} if log_config else {"log_config": None}
    config = uvicorn.Config(
        app,
        http=_protocol_with_transport(),
        interface="asgi3",
        lifespan="off",
        ssl_certfile=str(tls.cert_file),
        ssl_keyfile=str(tls.key_file),
        log_level="warning",
        access_log=False,  # its lines would carry the query string, token included
        timeout_graceful_shutdown=2,
        **options,
    )
    server = Server(config)
    server.on_started = on_started
    return server


def _protocol_with_transport() -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol, putting each connection's transport in the scope's extensions
    (``TRANSPORT_EXTENSION``): a fault rule resets the connection through it. ASGI gives an app
    no socket, and uvicorn closes (FIN) rather than resets when an app fails."""
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    class Protocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
        def connection_made(self, transport: asyncio.Transport) -> None:
            super().connection_made(transport)
            app: ASGIApp = self.app  # type: ignore[has-type]

            async def with_transport(scope: Scope, receive: Receive, send: Send) -> None:
                scope.setdefault("extensions", {})[TRANSPORT_EXTENSION] = transport
                await app(scope, receive, send)

            self.app = with_transport

    return Protocol


class _StopOnSignals:
    """SIGINT/SIGTERM stop the server (a second SIGINT forces it), even before it runs."""

    def __init__(self) -> None:
        self._server: uvicorn.Server | None = None
        self._signals: list[int] = []
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _StopOnSignals:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc_info: object) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)

    def attach(self, server: uvicorn.Server) -> None:
        self._server = server
        if self._signals:
            server.should_exit = True

    def _handle(self, sig: int, frame: FrameType | None) -> None:
        self._signals.append(sig)
        if self._server is not None:
            if self._server.should_exit and sig == signal.SIGINT:
                self._server.force_exit = True
            self._server.should_exit = True


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)  # connections wait in the backlog until uvicorn serves them
    except OSError:
        sock.close()
        raise
    return sock


def _base_url(host: str, port: int) -> str:
    return f"https://{f'[{host}]' if ':' in host else host}:{port}/v1"
