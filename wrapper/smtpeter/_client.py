"""The clients users import: :class:`SMTPeter` and :class:`AsyncSMTPeter`.

A call reads straight through: keyword arguments are validated into the generated request
model, the generated endpoint builds the request, this module sends it (token added, with
retries where they are safe), and the generated parser reads the answer into a result, or the
status into an exception.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import logging
import time
from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar, Unpack

import httpx

from smtpeter_client import Client as GeneratedClient
from smtpeter_client.api.messages import (
    get_envelope,
    get_headers,
    get_html,
    get_recipient,
    get_text,
)
from smtpeter_client.api.sending import resend, send
from smtpeter_client.models import ResendRequest

from . import _bulk, _hooks
from ._config import ClientConfig, coerce_timeout, resolve_config
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import APIError, ValidationError
from ._redact import remember_token
from ._retry import connection_failure, retry_delay, status_failure
from ._types import SendResult
from ._validation import Encoding, SendParams, build_send_body

__all__ = ["AsyncSMTPeter", "SMTPeter"]

logger = logging.getLogger("smtpeter")
_T = TypeVar("_T")

# Patched by tests so that backoff does not slow them down.
_sleep = time.sleep
_async_sleep = asyncio.sleep


class _Base:
    _config: ClientConfig
    _owns_http: bool

    def __init__(
        self,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
    ) -> None:
        self._config = resolve_config(token, base_url, timeout, max_retries)
        remember_token(self._config.token, self)
        # Used only to parse answers; it never sends and never holds the token.
        self._parser = GeneratedClient(base_url=self._config.base_url)

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _copy(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        clone = copy.copy(self)
        clone._config = resolve_config(
            self._config.token,
            self._config.base_url,
            self._config.timeout if timeout is None else coerce_timeout(timeout),
            self._config.max_retries if max_retries is None else max_retries,
        )
        clone._owns_http = False  # the pool stays with the original
        remember_token(self._config.token, clone)
        return clone

    def _prepare(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        kwargs["url"] = self._config.base_url + kwargs["url"]
        kwargs["params"] = {**kwargs.get("params", {}), "access_token": self._config.token}
        kwargs["timeout"] = self._config.timeout
        return kwargs

    def _retry_or_raise(
        self,
        kwargs: dict[str, Any],
        attempt: int,
        outcome: httpx.Response | httpx.TransportError,
        idempotent: bool,
    ) -> float:
        """Seconds to wait before trying again, or raise the failure as our exception."""
        error: APIError
        if isinstance(outcome, httpx.TransportError):
            retryable, error = connection_failure(outcome, idempotent=idempotent)
        else:
            retryable, error = status_failure(outcome, idempotent=idempotent)
        if not (retryable and attempt < self.max_retries):
            if isinstance(outcome, Exception):
                raise error from outcome
            raise error
        headers = outcome.headers if isinstance(outcome, httpx.Response) else None
        delay = retry_delay(attempt, headers)
        method = kwargs["method"].upper()
        logger.info("Retrying %s (attempt %d) in %.2f s", method, attempt + 1, delay)
        return delay

    def _send_result(self, module: ModuleType, response: httpx.Response) -> SendResult:
        return self._parse(module, response, SendResult.from_parsed)

    def _parse(
        self, module: ModuleType, response: httpx.Response, convert: Callable[[Any], _T]
    ) -> _T:
        try:
            return convert(module._parse_response(client=self._parser, response=response))
        except ValueError as exc:  # JSONDecodeError included
            raise APIError(
                f"SMTPeter answered {response.status_code} with a body that could not be read "
                f"({type(exc).__name__}); the request was accepted.",
                may_have_been_sent=True,
            ) from None

    @staticmethod
    def _send_body(kwargs: SendParams, encoding: Encoding) -> dict[str, Any]:
        body = build_send_body(kwargs, encoding)
        request_kwargs: dict[str, Any] = send._get_kwargs(body=body)
        return request_kwargs

    @staticmethod
    def _resend_body(message_id: str) -> dict[str, Any]:
        if not isinstance(message_id, str) or not message_id:
            raise ValidationError("message_id", "must be a non-empty string")
        request_kwargs: dict[str, Any] = resend._get_kwargs(body=ResendRequest(message=message_id))
        return request_kwargs

    @staticmethod
    def _message_path(module: ModuleType, message_id: str) -> dict[str, Any]:
        if not isinstance(message_id, str) or not message_id:
            raise ValidationError("message_id", "must be a non-empty string")
        request_kwargs: dict[str, Any] = module._get_kwargs(message_id)
        return request_kwargs


class SMTPeter(_Base):
    """A client for SMTPeter's REST API.

    >>> client = SMTPeter("my-token")                            # doctest: +SKIP
    >>> client.send(recipient="john@example.com", from_="me@example.com",
    ...             subject="Hello", text="Hi John")             # doctest: +SKIP
    SendResult(message_ids={'1cb1d9b0a1f4e7a2': 'john@example.com'})

    The token comes from ``token`` or the ``SMTPETER_TOKEN`` environment variable, the base
    URL from ``base_url`` or ``SMTPETER_BASE_URL``. Use it as a context manager, or call
    :meth:`close`, to release its connections.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=_hooks.sync_transport())
        self.messages = Messages(self)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> SMTPeter:
        """A client with other settings that shares this one's connection pool."""
        clone = self._copy(timeout, max_retries)
        clone.messages = Messages(clone)
        return clone

    def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def send(self, *, encoding: Encoding = "json", **kwargs: Unpack[SendParams]) -> SendResult:
        """Send a message; keyword arguments are the API's properties (``from_`` for ``from``).

        Raises :class:`ValidationError` before sending anything if the input breaks a rule,
        an :class:`APIStatusError` subclass for an error answer, or
        :class:`APIConnectionError` when no answer came back.
        """
        request = self._send_body(kwargs, encoding)
        return self._send_result(send, self._request(request, False))

    def send_many(
        self,
        messages: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = _bulk.DEFAULT_CONCURRENCY,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.SendManyResults:
        """Send many messages, ``concurrency`` at a time, from threads sharing this client.

        ``messages`` holds one dict of :meth:`send` arguments per message (a generator is
        read lazily). Iterating the answer sends them and yields one result per message, in
        input order: its :class:`SendResult`, or the exception its send raised. Nothing is
        raised half-way and nothing is retried beyond what :meth:`send` does.
        ``on_progress(done, total)`` is called as each send finishes.
        """
        return _bulk.send_many(self.send, messages, concurrency, on_progress)

    def resend(self, message_id: str) -> SendResult:
        """Deliver an archived message again, under a new message id."""
        request = self._resend_body(message_id)
        return self._send_result(resend, self._request(request, False))

    def _request(self, kwargs: dict[str, Any], idempotent: bool) -> httpx.Response:
        kwargs = self._prepare(kwargs)
        for attempt in itertools.count():
            try:
                response = self._http.request(**kwargs)
            except httpx.TransportError as exc:
                _sleep(self._retry_or_raise(kwargs, attempt, exc, idempotent))
                continue
            if response.is_success:
                return response
            _sleep(self._retry_or_raise(kwargs, attempt, response, idempotent))
        raise AssertionError("unreachable")


class AsyncSMTPeter(_Base):
    """The asyncio twin of :class:`SMTPeter`: the same arguments, awaitable calls."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=_hooks.async_transport())
        self.messages = AsyncMessages(self)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncSMTPeter:
        """A client with other settings that shares this one's connection pool."""
        clone = self._copy(timeout, max_retries)
        clone.messages = AsyncMessages(clone)
        return clone

    async def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def send(
        self, *, encoding: Encoding = "json", **kwargs: Unpack[SendParams]
    ) -> SendResult:
        """Send a message; see :meth:`SMTPeter.send`."""
        request = self._send_body(kwargs, encoding)
        return self._send_result(send, await self._request(request, False))

    def send_many(
        self,
        messages: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int = _bulk.DEFAULT_CONCURRENCY,
        on_progress: _bulk.ProgressCallback | None = None,
    ) -> _bulk.AsyncSendManyResults:
        """Send many messages, ``concurrency`` at a time, as tasks sharing this client.

        ``async for result in client.send_many(messages)``: see :meth:`SMTPeter.send_many`;
        ``messages`` may also be an async iterable.
        """
        return _bulk.send_many_async(self.send, messages, concurrency, on_progress)

    async def resend(self, message_id: str) -> SendResult:
        """Deliver an archived message again, under a new message id."""
        request = self._resend_body(message_id)
        return self._send_result(resend, await self._request(request, False))

    async def _request(self, kwargs: dict[str, Any], idempotent: bool) -> httpx.Response:
        kwargs = self._prepare(kwargs)
        for attempt in itertools.count():
            try:
                response = await self._http.request(**kwargs)
            except httpx.TransportError as exc:
                await _async_sleep(self._retry_or_raise(kwargs, attempt, exc, idempotent))
                continue
            if response.is_success:
                return response
            await _async_sleep(self._retry_or_raise(kwargs, attempt, response, idempotent))
        raise AssertionError("unreachable")


_PARTS: dict[str, ModuleType] = {
    "recipient": get_recipient,
    "envelope": get_envelope,
    "text": get_text,
    "html": get_html,
    "headers": get_headers,
}


class Messages:
    """Reading back archived messages: ``client.messages.text(message_id)`` and friends."""

    def __init__(self, client: SMTPeter) -> None:
        self._client = client

    def _get(self, part: str, message_id: str) -> str:
        module = _PARTS[part]
        response = self._client._request(self._client._message_path(module, message_id), True)
        return self._client._parse(module, response, str)

    def recipient(self, message_id: str) -> str:
        """The address the message was delivered to."""
        return self._get("recipient", message_id)

    def envelope(self, message_id: str) -> str:
        """The envelope address it was submitted with (empty if none)."""
        return self._get("envelope", message_id)

    def text(self, message_id: str) -> str:
        """Its plain-text version."""
        return self._get("text", message_id)

    def html(self, message_id: str) -> str:
        """Its HTML version."""
        return self._get("html", message_id)

    def headers(self, message_id: str) -> str:
        """Its header section, as sent."""
        return self._get("headers", message_id)


class AsyncMessages:
    """The asyncio twin of :class:`Messages`."""

    def __init__(self, client: AsyncSMTPeter) -> None:
        self._client = client

    async def _get(self, part: str, message_id: str) -> str:
        module = _PARTS[part]
        request = self._client._message_path(module, message_id)
        response = await self._client._request(request, True)
        return self._client._parse(module, response, str)

    async def recipient(self, message_id: str) -> str:
        """The address the message was delivered to."""
        return await self._get("recipient", message_id)

    async def envelope(self, message_id: str) -> str:
        """The envelope address it was submitted with (empty if none)."""
        return await self._get("envelope", message_id)

    async def text(self, message_id: str) -> str:
        """Its plain-text version."""
        return await self._get("text", message_id)

    async def html(self, message_id: str) -> str:
        """Its HTML version."""
        return await self._get("html", message_id)

    async def headers(self, message_id: str) -> str:
        """Its header section, as sent."""
        return await self._get("headers", message_id)
