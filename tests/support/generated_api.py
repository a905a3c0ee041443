"""Drive the generated client against a running sandbox, synchronously or asynchronously.

Tests are written once as ``async def`` and call ``await api.call(endpoint_module, ...)``; the
``api`` fixture runs each test twice, once through every module's ``sync_detailed`` and once
through its ``asyncio_detailed``, over real HTTPS with the sandbox's token and CA.
"""

from __future__ import annotations

import uuid
from collections.abc import MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from types import ModuleType
from typing import Any, Literal

from smtpeter.sandbox import RunningSandbox
from smtpeter_client import Client
from smtpeter_client.types import ErrorMessage, Response

__all__ = ["Answer", "GeneratedApi", "generated_client", "unique"]


def generated_client(sandbox: RunningSandbox) -> Client:
    """The generated (unauthenticated) client, carrying the token as a default query parameter."""
    return Client(
        base_url=sandbox.base_url,
        verify_ssl=sandbox.ssl_context(),
        httpx_args={"params": {"access_token": sandbox.token}},
    )


@dataclass(frozen=True)
class GeneratedApi:
    """One generated client and the way this test run calls it."""

    client: Client
    mode: Literal["sync", "async"]

    async def call(self, endpoint: ModuleType, *args: Any, **kwargs: Any) -> Answer:
        """The endpoint's detailed answer: ``sync_detailed`` or ``asyncio_detailed``."""
        if self.mode == "sync":
            response: Response[Any] = endpoint.sync_detailed(*args, client=self.client, **kwargs)
        else:
            response = await endpoint.asyncio_detailed(*args, client=self.client, **kwargs)
        parsed = response.parsed
        if isinstance(parsed, ErrorMessage):
            # A documented error answer has its own type; tests read its explanation.
            assert parsed.status_code == response.status_code >= 400
            parsed = parsed.text
        return Answer(response.status_code, response.headers, response.content, parsed)


@dataclass(frozen=True)
class Answer:
    """A generated ``Response``, with ``parsed`` typed loosely: each test knows what it expects
    (a model, a list, text, a ``File``) and asserts on it."""

    status_code: HTTPStatus | int
    headers: MutableMapping[str, str]
    content: bytes
    parsed: Any


def unique(name: str) -> str:
    """A name no other test of the session uses (tests share one sandbox)."""
    return f"{name}-{uuid.uuid4().hex[:8]}"
