"""Read a webhook call from an ASGI scope (any ASGI framework, or a bare ASGI app).

>>> from smtpeter.webhooks import verify_request
>>> from smtpeter.webhooks.asgi import receive_request
>>> async def app(scope, receive, send):                  # doctest: +SKIP
...     call = await receive_request(scope, receive)
...     event = verify_request(call, host="hooks.example.com")  # in a thread: it may use DNS

``trust_forwarded=True`` reads ``X-Forwarded-Proto``, ``X-Forwarded-Host`` and
``X-Forwarded-Prefix`` from a proxy you trust (see :mod:`smtpeter.webhooks.wsgi`). uvicorn's
``--proxy-headers`` already sets the scheme from ``X-Forwarded-Proto``.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from ._forwarded import build_request
from ._verify import WebhookRequest

__all__ = ["receive_request", "request_from_scope", "request_target"]

_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def request_from_scope(
    scope: Mapping[str, Any], body: bytes, *, trust_forwarded: bool = False
) -> WebhookRequest:
    """The call described by an HTTP ``scope``, with the ``body`` already read."""
    headers = [
        (name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]
    ]
    return build_request(
        method=scope["method"],
        target=request_target(scope),
        headers=headers,
        body=body,
        scheme=scope.get("scheme", "http"),
        trust_forwarded=trust_forwarded,
    )


async def receive_request(
    scope: Mapping[str, Any],
    receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
    *,
    trust_forwarded: bool = False,
) -> WebhookRequest:
    """Read the whole body from ``receive``, then as :func:`request_from_scope`."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return request_from_scope(scope, b"".join(chunks), trust_forwarded=trust_forwarded)


def request_target(scope: Mapping[str, Any]) -> str:
    """The path and query as the client sent them: ``raw_path`` when the server gives it.

    Without ``raw_path``, ``path`` is escaped again (``root_path`` put before it unless it
    already starts with it, as the ASGI spec now asks).
    """
    raw = scope.get("raw_path")
    if raw:
        target = raw.decode("latin-1")
    else:
        root, path = scope.get("root_path", ""), scope["path"]
        if not path.startswith(root):
            path = root + path
        target = urllib.parse.quote(path, safe=_PATH_SAFE)
    query = scope.get("query_string", b"").decode("latin-1")
    return f"{target}?{query}" if query else target
