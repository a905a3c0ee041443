"""Where a client's requests go: one transport per client, sync and async.

Every request of a client passes through :class:`Transport` (or :class:`AsyncTransport`), so
this is the one place that decides, at the moment of sending:

- inside ``smtpeter.testing.outbox()``, the in-process sandbox takes it, whenever the client
  was made (clients built without ``http_client=``);
- with ``http_client=``, the caller's httpx client sends it (its TLS settings, proxies, event
  hooks), but never follows a redirect: a redirect would carry the mail and the token to
  another host;
- otherwise httpx's own transport, with proxies from the environment, except for a loopback
  base URL (a local sandbox), which never goes through a proxy.

Either way the attempt's overall deadline (see _deadline) is applied here: to the request's
timeouts, to the body of the answer, and, for the connections a client opens itself, to every
network operation. So is the most an answer may hold (see _bounded), while it is read; a
streamed download's success answer (read by the caller a piece at a time) has neither.

A client's own connections belong to the process that opened them. After ``os.fork()``
(Celery's prefork pool, gunicorn, multiprocessing) parent and child would share every open TLS
connection, and the first request each sends on one breaks it for both, or gets the other's
answer. So the transport remembers the process it was made in, and the first request in
another process drops the inherited pool (never closing it: that could write on sockets the
parent still uses) and opens fresh connections, with the same settings.
"""

from __future__ import annotations

import os
import threading
import urllib.request
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from . import _bounded, _deadline, _hooks
from ._config import is_loopback
from ._constants import DEFAULT_CONNECTION_LIMITS

__all__ = ["AsyncTransport", "Transport", "async_client", "sync_client"]


def _proxy(base_url: str) -> str | None:
    url = httpx.URL(base_url)
    if is_loopback(url.host):
        return None
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")


def _plain(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether sending through ``client`` adds nothing to sending through its transport: no
    auth, no event hooks, open. Its cookie jar is left alone (the client that built the
    request sent no cookies of it; SMTPeter sets none)."""
    hooks = client.event_hooks
    return (
        client.auth is None
        and not hooks["request"]
        and not hooks["response"]
        and (not client.is_closed)
    )


class _ClientTransport(httpx.BaseTransport):
    """Sends through a caller's ``httpx.Client``, without following redirects: through its
    transport for the URL (its mounts and proxies, its TLS settings) when the client adds
    nothing else, else through the client itself (its auth, its event hooks)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        client = self._client
        if _plain(client):
            return client._transport_for_url(request.url).handle_request(request)
        return client.send(request, stream=True, follow_redirects=False)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        client = self._client
        if _plain(client):
            return await client._transport_for_url(request.url).handle_async_request(request)
        return await self._client.send(request, stream=True, follow_redirects=False)


class _NoCookies(httpx.Cookies):
    """The cookie jar of the clients the SDK makes: it keeps none. SMTPeter's API is
    authenticated by its token and sets no cookies, and reading every answer for
    ``Set-Cookie`` costs a send more than its auth."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


def sync_client(transport: Transport, **arguments: Any) -> httpx.Client:
    """The SDK's httpx client over ``transport``: ``arguments`` as httpx takes them."""
    made = httpx.Client(transport=transport, **arguments)
    made._cookies = _NoCookies()  # httpx copies what its setter is given into a plain jar
    return made


def async_client(transport: AsyncTransport, **arguments: Any) -> httpx.AsyncClient:
    """The asyncio twin of :func:`sync_client`."""
    made = httpx.AsyncClient(transport=transport, **arguments)
    made._cookies = _NoCookies()
    return made


_T = TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)

# Inherited pools, kept so that the garbage collector does not close them in a child either.
_abandoned: list[object] = []
_renewing = threading.Lock()
_fork_handler_registered = False


def _after_fork_in_child() -> None:
    global _renewing
    _renewing = threading.Lock()  # a thread of the parent may have held it at the fork


class _PerProcess(Generic[_T]):
    """A transport of the client's own connections, made anew (by ``make``) in a forked child.

    The inherited one is dropped, never closed: closing it in the child could write on the
    parent's connections (TLS ``close_notify``) or wait for a lock held at the fork.
    """

    def __init__(self, make: Callable[[], _T]) -> None:
        global _fork_handler_registered
        self._make: Callable[[], _T] = make
        self._pid = os.getpid()
        self._transport: _T = make()
        # Registered with the first client, not at import; Windows has no fork.
        if not _fork_handler_registered and hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=_after_fork_in_child)
            _fork_handler_registered = True

    def current(self) -> _T:
        """The transport of this process."""
        if self._pid != os.getpid():
            with _renewing:
                if self._pid != os.getpid():
                    _abandoned.append(self._transport)
                    self._transport = self._make()
                    self._pid = os.getpid()
        return self._transport


def _own_transport(base_url: str) -> _PerProcess[httpx.HTTPTransport]:
    # The CA settings (SSL_CERT_FILE...) and proxies are read from the environment once, as
    # httpx would read them, so that a child's fresh pool trusts what the first one did.
    context, proxy = httpx.create_ssl_context(), _proxy(base_url)
    return _PerProcess(
        lambda: _deadline.install(
            httpx.HTTPTransport(verify=context, proxy=proxy, limits=DEFAULT_CONNECTION_LIMITS)
        )
    )


def _own_async_transport(base_url: str) -> _PerProcess[httpx.AsyncHTTPTransport]:
    context, proxy = httpx.create_ssl_context(), _proxy(base_url)
    return _PerProcess(
        lambda: _deadline.install(
            httpx.AsyncHTTPTransport(verify=context, proxy=proxy, limits=DEFAULT_CONNECTION_LIMITS)
        )
    )


class Transport(httpx.BaseTransport):
    """The transport of a sync client (see the module's docstring)."""

    def __init__(self, base_url: str, http_client: httpx.Client | None) -> None:
        self._reroutable = http_client is None
        self._caller = _ClientTransport(http_client) if http_client is not None else None
        self._own = _own_transport(base_url) if http_client is None else None

    @property
    def _inner(self) -> httpx.BaseTransport:
        if self._own is not None:
            return self._own.current()
        assert self._caller is not None
        return self._caller

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        override = _hooks.sync_transport() if self._reroutable else None
        _deadline.clamp_request(request)
        response = (override or self._inner).handle_request(request)
        if not _bounded.streamed(request, response):
            response = _deadline.checked(response, request)
        return _bounded.bounded(response, request)

    def close(self) -> None:
        if self._reroutable:  # never the caller's client: that is theirs to close
            self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """The transport of an async client (see the module's docstring)."""

    def __init__(self, base_url: str, http_client: httpx.AsyncClient | None) -> None:
        self._reroutable = http_client is None
        self._caller = _AsyncClientTransport(http_client) if http_client is not None else None
        self._own = _own_async_transport(base_url) if http_client is None else None

    @property
    def _inner(self) -> httpx.AsyncBaseTransport:
        if self._own is not None:
            return self._own.current()
        assert self._caller is not None
        return self._caller

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        override = _hooks.async_transport() if self._reroutable else None
        _deadline.clamp_request(request)
        response = await (override or self._inner).handle_async_request(request)
        if not _bounded.streamed(request, response):
            response = _deadline.async_checked(response, request)
        return _bounded.bounded(response, request)

    async def aclose(self) -> None:
        if self._reroutable:
            await self._inner.aclose()
