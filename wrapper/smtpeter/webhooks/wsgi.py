"""Read a webhook call from a WSGI environ (Flask, Bottle, Pyramid, plain WSGI).

>>> from smtpeter.webhooks import verify_request
>>> from smtpeter.webhooks.wsgi import request_from_environ
>>> def app(environ, start_response):                     # doctest: +SKIP
...     event = verify_request(request_from_environ(environ), host="hooks.example.com")

Behind a reverse proxy, pass ``trust_forwarded=True`` when the proxy sets
``X-Forwarded-Proto``, ``X-Forwarded-Host`` and ``X-Forwarded-Prefix`` (and strips any a client
sent), or give ``host=`` to :func:`~smtpeter.webhooks.verify_request`.
"""

from __future__ import annotations

import io
import urllib.parse
from collections.abc import Mapping
from typing import Any

from ._forwarded import build_request
from ._verify import WebhookRequest

__all__ = ["request_from_environ", "request_target"]

# What quote() must leave alone in a path: RFC 3986's pchar and "/".
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"


def request_from_environ(
    environ: dict[str, Any], *, trust_forwarded: bool = False
) -> WebhookRequest:
    """The call in ``environ``: its method, original target, headers and raw body.

    Reads ``wsgi.input`` (``CONTENT_LENGTH`` bytes) and puts the bytes back as a new stream,
    so the application can still read the body afterwards.
    """
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    environ["wsgi.input"] = io.BytesIO(body)
    return build_request(
        method=environ["REQUEST_METHOD"],
        target=request_target(environ),
        headers=_headers(environ),
        body=body,
        scheme=environ.get("wsgi.url_scheme", "http"),
        trust_forwarded=trust_forwarded,
    )


def request_target(environ: Mapping[str, Any]) -> str:
    """The path and query as the client sent them.

    Servers that keep the raw request line say so (gunicorn's ``RAW_URI``, uWSGI's and
    mod_wsgi's ``REQUEST_URI``); otherwise it is rebuilt from ``SCRIPT_NAME``, ``PATH_INFO``
    and ``QUERY_STRING`` (an escape such as ``%2F`` written by the client then reads ``/``).
    """
    for key in ("RAW_URI", "REQUEST_URI"):
        raw = environ.get(key)
        if raw:
            parts = urllib.parse.urlsplit(raw)
            if parts.scheme:  # absolute form: keep path and query only
                return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            return str(raw)
    path = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")) or "/"
    target = urllib.parse.quote(path.encode("latin-1"), safe=_PATH_SAFE)
    query = environ.get("QUERY_STRING", "")
    return f"{target}?{query}" if query else target


def _headers(environ: Mapping[str, Any]) -> list[tuple[str, str]]:
    pairs = [
        (key[5:].replace("_", "-"), str(value))
        for key, value in environ.items()
        if key.startswith("HTTP_")
    ]
    for key, name in (("CONTENT_TYPE", "content-type"), ("CONTENT_LENGTH", "content-length")):
        if environ.get(key):
            pairs.append((name, str(environ[key])))
    return pairs
