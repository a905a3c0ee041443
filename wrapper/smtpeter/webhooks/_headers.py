"""Case-insensitive access to request headers, joining repeated ones as HTTP Signatures do."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["HeaderInput", "normalize_headers"]

HeaderInput = Mapping[str, str] | Iterable[tuple[str, str]]


def normalize_headers(headers: HeaderInput) -> dict[str, str]:
    """Lower-cased names to values, repeats joined with ``", "`` in order, whitespace trimmed.

    Accepts any mapping (a ``dict``, Django's ``request.headers``, Starlette's or httpx's
    ``Headers``) or a sequence of ``(name, value)`` pairs. Repeated names are joined the way
    draft-cavage-http-signatures-11 (section 2.3) builds a signing string.
    """
    pairs: Iterable[tuple[str, str]]
    if isinstance(headers, Mapping):
        multi = getattr(headers, "multi_items", None)  # httpx.Headers keeps each repeat apart here
        pairs = multi() if callable(multi) else headers.items()
    else:
        pairs = headers
    joined: dict[str, list[str]] = {}
    for name, value in pairs:
        joined.setdefault(name.strip().lower(), []).append(value.strip())
    return {name: ", ".join(values) for name, values in joined.items()}
