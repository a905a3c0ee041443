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
network operation.
"""

from __future__ import annotations

import urllib.request

import httpx

from . import _deadline, _hooks
from ._config import is_loopback
from ._constants import DEFAULT_CONNECTION_LIMITS

__all__ = ["AsyncTransport", "Transport"]


def _proxy(base_url: str) -> str | None:
    url = httpx.URL(base_url)
    if is_loopback(url.host):
        return None
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    if urllib.request.proxy_bypass(host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")


class _ClientTransport(httpx.BaseTransport):
    """Sends through a caller's ``httpx.Client``, without following redirects."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class Transport(httpx.BaseTransport):
    """The transport of a sync client (see the module's docstring)."""

    def __init__(self, base_url: str, http_client: httpx.Client | None) -> None:
        self._reroutable = http_client is None
        self._inner: httpx.BaseTransport = (
            _ClientTransport(http_client)
            if http_client is not None
            else _deadline.install(
                httpx.HTTPTransport(proxy=_proxy(base_url), limits=DEFAULT_CONNECTION_LIMITS)
            )
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        override = _hooks.sync_transport() if self._reroutable else None
        _deadline.clamp_request(request)
        response = (override or self._inner).handle_request(request)
        return _deadline.checked(response, request)

    def close(self) -> None:
        if self._reroutable:  # never the caller's client: that is theirs to close
            self._inner.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """The transport of an async client (see the module's docstring)."""

    def __init__(self, base_url: str, http_client: httpx.AsyncClient | None) -> None:
        self._reroutable = http_client is None
        self._inner: httpx.AsyncBaseTransport = (
            _AsyncClientTransport(http_client)
            if http_client is not None
            else _deadline.install(
                httpx.AsyncHTTPTransport(proxy=_proxy(base_url), limits=DEFAULT_CONNECTION_LIMITS)
            )
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        override = _hooks.async_transport() if self._reroutable else None
        _deadline.clamp_request(request)
        response = await (override or self._inner).handle_async_request(request)
        return _deadline.async_checked(response, request)

    async def aclose(self) -> None:
        if self._reroutable:
            await self._inner.aclose()
