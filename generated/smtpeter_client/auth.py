"""The token as the ``access_token`` query parameter: the one ``httpx.Auth`` of every client.

Copied into the generated package by tools/generate_surface.py; ``client.py`` re-exports it
(``smtpeter_client.client.AccessTokenAuth``, what ``AuthenticatedClient`` sends with). Its own
module, which imports neither attrs nor the generated clients, so that the smtpeter wrapper
authenticates with it without loading them.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._redaction import ACCESS_TOKEN_PARAMETER, REDACTED

__all__ = ["AccessTokenAuth"]


class AccessTokenAuth(httpx.Auth):
    """Adds the token to every request as the ``access_token`` query parameter, and no header.

    The token goes on a copy of the request, the one the transport sends: the request the
    caller built (and sees again on the response, in an error or a dry run) never holds it.
    """

    _KEPT = 512
    """How many URLs with their token it keeps: a send asks for the same one every time, and
    parsing a URL again costs more than the rest of adding the token."""

    def __init__(self, token: str) -> None:
        self._token = token
        self._urls: dict[str, httpx.URL] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={REDACTED!r})"

    def auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        yield httpx.Request(
            request.method,
            self._with_token(request.url),
            headers=request.headers,
            stream=request.stream,
            extensions=request.extensions,
        )

    def _with_token(self, url: httpx.URL) -> httpx.URL:
        key = str(url)
        found = self._urls.get(key)
        if found is None:
            found = url.copy_merge_params({ACCESS_TOKEN_PARAMETER: self._token})
            if len(self._urls) >= self._KEPT:
                self._urls.clear()
            self._urls[key] = found
        return found
