"""What a trusted reverse proxy says about the original request (``X-Forwarded-*``)."""

from __future__ import annotations

from ._headers import HeaderInput, normalize_headers
from ._verify import WebhookRequest

__all__ = ["build_request"]


def build_request(
    *,
    method: str,
    target: str,
    headers: HeaderInput,
    body: bytes,
    scheme: str,
    trust_forwarded: bool,
) -> WebhookRequest:
    """A :class:`WebhookRequest`, corrected by the proxy's headers when they are trusted.

    With ``trust_forwarded``: ``X-Forwarded-Proto`` gives the scheme, ``X-Forwarded-Host`` the
    host SMTPeter called, and ``X-Forwarded-Prefix`` the path prefix the proxy removed. Only
    trust them when your proxy sets them and drops any a client sent: otherwise anyone can.
    With several proxies in a row, the first (leftmost) value is the client's.
    """
    host = None
    if trust_forwarded:
        fields = normalize_headers(headers)
        scheme = _first(fields.get("x-forwarded-proto")) or scheme
        host = _first(fields.get("x-forwarded-host"))
        prefix = _first(fields.get("x-forwarded-prefix"))
        if prefix:
            target = prefix.rstrip("/") + target
    return WebhookRequest(
        method=method, target=target, headers=headers, body=body, scheme=scheme, host=host
    )


def _first(value: str | None) -> str | None:
    if not value:
        return None
    return value.split(",")[0].strip() or None
