"""Private hook through which :mod:`smtpeter.testing` reroutes clients.

Clients built without ``http_client=`` ask this module for a transport when they are
constructed. Normally there is none and httpx opens real connections; inside
``smtpeter.testing.outbox()`` the transports below deliver every request to the in-process
sandbox instead, whatever base URL or token the client was given.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx

__all__ = ["async_transport", "override_transports", "sync_transport"]

_sync: httpx.BaseTransport | None = None
_async: httpx.AsyncBaseTransport | None = None


def sync_transport() -> httpx.BaseTransport | None:
    """The transport new sync clients should use, or None for httpx's default."""
    return _sync


def async_transport() -> httpx.AsyncBaseTransport | None:
    """The transport new async clients should use, or None for httpx's default."""
    return _async


@contextlib.contextmanager
def override_transports(
    sync: httpx.BaseTransport, asynchronous: httpx.AsyncBaseTransport
) -> Iterator[None]:
    """Route clients created inside the block to the given transports."""
    global _sync, _async
    previous = (_sync, _async)
    _sync, _async = sync, asynchronous
    try:
        yield
    finally:
        _sync, _async = previous
