"""Resolving a client's settings from arguments and the environment, and checking them."""

from __future__ import annotations

import ipaddress
import os
from typing import NamedTuple

import httpx

from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, TOKEN_ENV
from ._exceptions import SMTPeterError

__all__ = ["ClientConfig", "resolve_config"]


class ClientConfig(NamedTuple):
    # A named tuple, read-only as a frozen dataclass is and a fifth of the cost to define.
    token: str
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    max_response_size: int | None

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, max_retries={self.max_retries}, "
            f"max_response_size={self.max_response_size})"
        )


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """HTTPS only; plain HTTP is allowed to loopback so local sandboxes work."""
    url = httpx.URL(base_url)
    if url.scheme == "https" and url.host:
        return base_url.rstrip("/")
    if url.scheme == "http" and is_loopback(url.host):
        return base_url.rstrip("/")
    shown = str(url.copy_with(query=None))
    raise ValueError(f"base_url must use https:// (plain http:// only to loopback), got {shown!r}")


def coerce_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def resolve_config(
    token: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    max_response_size: int | None,
) -> ClientConfig:
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not token or not token.strip():
        raise SMTPeterError(
            f"No access token: pass token=... or set the {TOKEN_ENV} environment variable."
        )
    if any(ch.isspace() or not ch.isprintable() for ch in token):
        raise SMTPeterError("The access token contains white space or control characters.")
    base_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError("max_retries must be a whole number of 0 or more")
    if max_response_size is not None and (
        isinstance(max_response_size, bool)
        or not isinstance(max_response_size, int)
        or max_response_size < 1
    ):
        raise ValueError("max_response_size must be a number of bytes of 1 or more, or None")
    return ClientConfig(
        token=token,
        base_url=check_base_url(base_url),
        timeout=coerce_timeout(timeout),
        max_retries=max_retries,
        max_response_size=max_response_size,
    )
