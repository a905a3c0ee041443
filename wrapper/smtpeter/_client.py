"""The clients users import: :class:`SMTPeter` and :class:`AsyncSMTPeter`.

Every operation of openapi.yaml is a generated method (``client.<tag>.<operation>()``, from
``smtpeter_client.resources``) that hands its call to the client's ``call``. A call reads
straight through: keyword arguments → Python values converted (_conversions) → the validator
compiled from openapi.yaml, plus the two rules it cannot say (_rules) → the body encoded once →
one ``httpx.Request``, built by this client's httpx client from the generated operation's
``request_kwargs`` (base URL, default headers; no token) → sent by this client (the token added
on a copy by one ``httpx.Auth``, timeouts, transport) → read by the generated
``parse_response`` → the result, or the status as an exception (_errors). Retries happen here,
only where they are safe (_retry). Errors and ``smtpeter send --dry-run`` show that same request.

``client.stream(method, ...)`` runs a reading operation the same way up to the answer's
status, and hands its body over a piece at a time (see _download).
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import logging
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any, ParamSpec, Self, Unpack

import httpx

from smtpeter_client.auth import AccessTokenAuth
from smtpeter_client.resources import (
    AsyncMessages as _GeneratedAsyncMessages,
)
from smtpeter_client.resources import (
    AsyncResources,
    Operation,
    Resources,
    SendParams,
)
from smtpeter_client.resources import (
    Messages as _GeneratedMessages,
)
from smtpeter_client.types import ErrorMessage, RawBody
from smtpeter_client.validation import (
    RequestInvalid,
    shared_walks,
    validate_body,
    validate_parameters,
)

from . import _bounded, _conversions, _deadline, _errors, _rules
from ._attachments import StreamedBody
from ._config import ClientConfig, resolve_config
from ._constants import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._default_idempotency import IdempotencySlot
from ._exceptions import ValidationError
from ._redact import install_log_filter, remember_token
from ._retry import retry_delay, should_retry
from ._transport import AsyncTransport, Transport, async_client, sync_client
from ._types import NOT_GIVEN, Closing, Encoding, NotGiven, SendResult

if TYPE_CHECKING:
    # Loaded where used (send_many, stream, a keyed send, reconcile): a send needs none of them.
    from . import _bulk
    from ._download import AsyncDownload, Download
    from .idempotency import _core as _idempotency
    from .idempotency._records import IdempotencyStore

__all__ = ["AsyncMessages", "AsyncSMTPeter", "Messages", "SMTPeter"]

logger = logging.getLogger("smtpeter")

# Patched by tests so that backoff does not slow them down.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    import asyncio  # not at import: a sync client never needs it

    await asyncio.sleep(seconds)


_CONTENT_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
# The generated parser on a broken answer (RecursionError: JSON nested thousands deep).
_READ_FAILURES = (ValueError, KeyError, TypeError, RecursionError)
_P = ParamSpec("_P")
_URLS_KEPT = 512


class _Prepared:
    """A validated call: what every attempt builds its request from. (A plain class: a
    dataclass would cost half a millisecond of the first send, to be made.)"""

    __slots__ = ("args", "asynchronous", "content", "content_type", "operation", "params")

    def __init__(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: dict[str, Any],
        content: bytes | StreamedBody | None = None,
        content_type: str = "",
        asynchronous: bool = False,
    ) -> None:
        self.operation = operation
        self.args = args
        self.params = params
        """The query parameters, as the generated ``request_kwargs`` takes them."""
        self.content = content
        self.content_type = content_type
        self.asynchronous = asynchronous

    def request(
        self, http: httpx.Client | httpx.AsyncClient, urls: dict[str, httpx.URL]
    ) -> httpx.Request:
        """The request of one attempt, built by the client as httpx builds one (base URL,
        default headers) and without the token, which its auth adds to a copy when sending.
        A streamed body is produced anew each time (its files are read again from the start).
        ``urls`` keeps the client's URLs by path, for operations without a query.
        """
        kwargs = self.params
        if self.content is not None:
            if isinstance(self.content, StreamedBody):
                length = {"Content-Length": str(self.content.length)}
                stream = self.content.__aiter__() if self.asynchronous else iter(self.content)
                body = RawBody(content_type=self.content_type, content=stream, headers=length)
            else:
                body = RawBody(content_type=self.content_type, content=self.content)
            kwargs = {**kwargs, "body": body}
        built = self.operation.request_kwargs(*self.args, **kwargs)
        if "params" in built:  # a query: its URL is parsed anew
            return http.build_request(**built)
        # No query: the URL (base URL and path) is the same every time, parsed once.
        relative = built["url"]
        url = urls.get(relative)
        if url is not None:
            built["url"] = url
            return http.build_request(**built)
        request = http.build_request(**built)
        if len(urls) >= _URLS_KEPT:
            urls.clear()
        urls[relative] = request.url
        return request


def _validate_body(schema: str, wire: dict[str, Any], encoding: str) -> None:
    try:
        validate_body(schema, wire)
    except RequestInvalid as exc:
        hint = " (form data cannot carry it: use encoding='json')" if encoding == "form" else ""
        raise ValidationError(exc.field, exc.rule + hint) from None
    except (TypeError, AttributeError):  # the validator tripped on a non-JSON value
        raise _conversions.not_json(wire) or ValidationError("body", "is not JSON") from None


class _Attempt:
    """A ``with`` block for one attempt: its overall deadline and its answer's size limit."""

    __slots__ = ("_config", "_seconds", "_tokens")

    def __init__(self, seconds: float | None, config: ClientConfig) -> None:
        self._seconds = seconds
        self._config = config

    def __enter__(self) -> None:
        self._tokens = (
            _deadline.enter(self._seconds),
            _bounded.enter(self._config.max_response_size),
        )

    def __exit__(self, *exc_info: object) -> None:
        deadline, limit = self._tokens
        _bounded.leave(limit)
        _deadline.leave(deadline)


class _Base:
    _config: ClientConfig
    _owns_http: bool
    _http: httpx.Client | httpx.AsyncClient
    _idempotency_slot: IdempotencySlot

    def __init__(
        self,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        max_response_size: int | None,
    ) -> None:
        self._config = resolve_config(token, base_url, timeout, max_retries, max_response_size)
        self._urls: dict[str, httpx.URL] = {}
        remember_token(self._config.token, self)
        install_log_filter()

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def idempotency(self) -> _idempotency.Idempotency:
        """How this client keeps idempotency keys (made when first used, if not given)."""
        return self._idempotency_slot.get()

    @idempotency.setter
    def idempotency(self, value: _idempotency.Idempotency) -> None:
        self._idempotency_slot = IdempotencySlot(value)

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def max_response_size(self) -> int | None:
        """The most an answer may hold, in bytes once decoded (None: no limit)."""
        return self._config.max_response_size

    def _attempt(self) -> _Attempt:
        """The overall deadline of one attempt (see _deadline), and its answer's size limit."""
        return _Attempt(_deadline.overall_seconds(self._config.timeout), self._config)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _httpx_arguments(self) -> dict[str, Any]:
        return {
            "base_url": self._config.base_url,
            "auth": AccessTokenAuth(self._config.token),
            "timeout": self._config.timeout,
            "follow_redirects": False,
            "trust_env": False,  # proxies and CA files from the environment: see _transport
            "headers": {"Accept-Encoding": _bounded.ACCEPT_ENCODING},  # what _bounded decodes
        }

    def _options(
        self,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int | NotGiven,
        max_response_size: int | NotGiven | None,
    ) -> Self:
        clone = copy.copy(self)
        config = self._config
        clone._config = resolve_config(
            config.token,
            config.base_url,
            config.timeout if isinstance(timeout, NotGiven) else timeout,
            config.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            config.max_response_size
            if isinstance(max_response_size, NotGiven)
            else max_response_size,
        )
        clone._owns_http = False  # the pool stays with the original
        remember_token(self._config.token, clone)
        return clone

    def _prepare(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: dict[str, Any] | Any,
        body: dict[str, Any] | Any,
        encoding: str,
    ) -> _Prepared:
        """Convert and validate a call; raises ValidationError before anything is sent."""
        try:
            return self._checked(operation, args, params, body, encoding)
        except RecursionError:
            # Nested thousands deep, or containing itself: the culprit, found without recursion.
            error = _conversions.too_deep({**dict(params), **dict(body or {})})
            if error is None:
                raise
            raise error from None

    def _checked(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: dict[str, Any] | Any,
        body: dict[str, Any] | Any,
        encoding: str,
    ) -> _Prepared:
        by_name, generated, args = _conversions.parameters(operation, args, params)
        try:
            validate_parameters(operation.operation_id, by_name)
        except RequestInvalid as exc:
            raise ValidationError(exc.field, exc.rule) from None
        # What the validator lets through but a URL cannot carry (a lone surrogate, an integer
        # of 5,000 digits); without a body's size, so checked every time.
        unfit = _conversions.not_json(by_name)
        if unfit is not None:
            raise unfit
        if not operation.bodies:
            return _Prepared(operation, args, generated)
        if encoding not in operation.bodies:
            choices = " or ".join(repr(e) for e in operation.bodies)
            raise ValidationError("encoding", f"must be {choices}")
        wire = _conversions.wire_body(operation, body)
        if encoding == "form":
            wire = _conversions.form_values(operation, wire)
        _rules.check_body(wire)
        with shared_walks():  # the validator and the JSON writer walk large mappings once
            _validate_body(operation.bodies[encoding], wire, encoding)
            content = _conversions.encode_body(wire, encoding)
        asynchronous = isinstance(self, AsyncSMTPeter)
        return _Prepared(
            operation, args, generated, content, _CONTENT_TYPES[encoding], asynchronous
        )

    def _delay_or_raise(
        self, prepared: _Prepared, attempt: int, outcome: httpx.Response | Exception
    ) -> float:
        """Seconds to wait before the next attempt, or raise the failure as our exception."""
        idempotent = prepared.operation.idempotent
        if not (should_retry(outcome, idempotent=idempotent) and attempt < self.max_retries):
            if isinstance(outcome, httpx.Response):
                raise _errors.status_error(outcome, idempotent=idempotent)
            error = _errors.connection_error(outcome, idempotent=idempotent)
            raise error from outcome
        headers = outcome.headers if isinstance(outcome, httpx.Response) else None
        delay = retry_delay(attempt, headers)
        logger.info(
            "Retrying %s (attempt %d) in %.2f s", prepared.operation.method, attempt + 1, delay
        )
        return delay

    @staticmethod
    def _result(operation: Operation, response: httpx.Response) -> Any:
        """A success answer as the operation documents it (read by the generated parser)."""
        unexpected = _errors.unexpected_answer(operation, response)
        if unexpected is not None:
            raise unexpected
        if operation.result == "binary":
            return response.content
        if operation.result == "none":
            return None
        try:
            parsed = operation.parse_response(response)
        except _READ_FAILURES as exc:
            raise _errors.unreadable(operation, exc) from exc
        if parsed is None or isinstance(parsed, ErrorMessage):
            what = f"{response.status_code}, which it does not document as a success"
            raise _errors.invalid_answer(operation, response, what)
        return parsed

    def _stream_request(
        self, prepared: _Prepared, http: httpx.Client | httpx.AsyncClient
    ) -> httpx.Request:
        """The request of a streamed call. Its success answer is not held in memory (see
        _bounded)."""
        request = prepared.request(http, self._urls)
        request.extensions[_bounded.STREAMED] = True
        return request

    def _broken_stream(self, prepared: _Prepared, exc: Exception) -> Exception:
        """The SDK's exception for an httpx error while a streamed body was read."""
        if isinstance(exc, httpx.DecodingError):
            return _errors.unreadable(prepared.operation, exc)
        return _errors.connection_error(exc, idempotent=True)

    def _build_request(
        self,
        operation: Operation,
        args: tuple[Any, ...] = (),
        params: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> httpx.Request:
        """The request a call would send, exactly as :meth:`call` sends it but without the
        token (what ``smtpeter send --dry-run`` prints); it is validated, and not sent.
        A streamed body is read into it."""
        prepared = self._prepare(operation, args, dict(params or {}), dict(body or {}), encoding)
        if isinstance(prepared.content, StreamedBody):
            prepared.content = prepared.content.read()  # (prepared here, for this request)
        request = prepared.request(self._http, self._urls)
        request.read()
        return request


class SMTPeter(_Base, Resources, Closing):
    """A client for SMTPeter's REST API.

    >>> client = SMTPeter("my-token")                            # doctest: +SKIP
    >>> client.send(recipient="john@example.com", from_="me@example.com",
    ...             subject="Hello", text="Hi John")             # doctest: +SKIP
    SendResult(message_ids={'1cb1d9b0a1f4e7a2': 'john@example.com'})

    Every operation of the API is a method of a group named after its tag:
    ``client.events.get_events_by_message(message_id)``,
    ``client.messages.get_attachment(message_id, part)`` and so on.

    The token comes from ``token`` or the ``SMTPETER_TOKEN`` environment variable, the base
    URL from ``base_url`` or ``SMTPETER_BASE_URL``. Use it as a context manager, or call
    :meth:`close`, to release its connections. One client may be shared by many threads.
    """

    messages: Messages
    _http: httpx.Client

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.Client | None = None,
        idempotency: _idempotency.Idempotency | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries, max_response_size)
        self._idempotency_slot = IdempotencySlot(idempotency)
        self._owns_http = True
        self._transport = Transport(self._config.base_url, http_client)
        self._bind()

    def _bind(self) -> None:
        self._http = sync_client(self._transport, **self._httpx_arguments())
        self.bind_resources(self)
        self.messages = Messages(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
    ) -> SMTPeter:
        """A client with other settings that shares this one's connection pool.

        ``timeout=None`` means no timeout, ``max_response_size=None`` no size limit; leave an
        argument out to keep this client's value.
        """
        clone = self._options(timeout, max_retries, max_response_size)
        clone._bind()
        return clone

    def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            self._http.close()

    def send(
        self,
        *,
        encoding: Encoding = "json",
        idempotency_key: str | None = None,
        **kwargs: Unpack[SendParams],
    ) -> SendResult:
        """Send a message; keyword arguments are the API's properties (``from_`` for ``from``).

        Raises :class:`ValidationError` before sending anything if the input breaks a rule,
        an :class:`APIStatusError` subclass for an error answer, or
        :class:`APIConnectionError` when no answer came back. With ``idempotency_key`` it is
        sent at most once per key (see :mod:`smtpeter.idempotency`).
        """
        if idempotency_key is not None:
            from .idempotency import _core as _idempotency

            return _idempotency.send_once(self, idempotency_key, encoding, kwargs)
        return SendResult.from_parsed(self.sending.send(encoding=encoding, **kwargs))

    def reconcile(
        self, key: str, *, wait: float | None = None, release: bool = False
    ) -> _idempotency.Reconciliation:
        """Look up in SMTPeter's events, for up to ``wait`` seconds, whether the send with
        this idempotency key went out; ``release=True`` frees the key when it was not seen."""
        from .idempotency import _core as _idempotency

        return _idempotency.reconcile(self, key, wait, release)

    def send_many(
        self,
        messages: Iterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_progress: _bulk.ProgressCallback | None = None,
        store: IdempotencyStore | None = None,
    ) -> _bulk.SendManyResults:
        """Send many messages, ``concurrency`` at a time, from threads sharing this client.

        ``messages`` holds one dict of :meth:`send` arguments per message (a generator is
        read lazily). Iterating the answer sends them and yields one result per message, in
        input order: its :class:`SendResult`, or the exception its send raised. Nothing is
        raised half-way and nothing is retried beyond what :meth:`send` does.
        ``on_progress(done, total)`` is called as each send finishes. With ``store`` (an
        idempotency store) the job is resumable: see :mod:`smtpeter.idempotency._resume`.
        """
        from . import _bulk

        if store is not None:
            from .idempotency import _resume

            return _resume.ResumableResults(self, messages, concurrency, on_progress, store)
        return _bulk.send_many(self.send, messages, concurrency, on_progress)

    def resend(self, message_id: str) -> SendResult:
        """Deliver an archived message again, under a new message id."""
        return SendResult.from_parsed(self.sending.resend(message=message_id))

    @contextlib.contextmanager
    def stream(
        self, method: Callable[_P, object], /, *args: _P.args, **kwargs: _P.kwargs
    ) -> Iterator[Download]:
        """Run a reading operation and read its answer a piece at a time, in flat memory.

        ``method`` is one of this client's operation methods, followed by its arguments:

        >>> with client.stream(client.logfiles.get_log_file, "deliveries", day) as download:
        ...     download.save("deliveries.csv")   # or: for chunk in download.iter_bytes()
        ...                                                    # doctest: +SKIP

        Opening it is retried like the operation itself; an error answer raises as it would.
        The answer has no ``max_response_size``: it is never held whole. A connection that
        breaks while the body is read raises :class:`APIConnectionError` from the iteration.
        """
        from . import _download

        call = _download.recorded_call(self, method, args, kwargs)
        prepared = self._prepare(call.operation, call.args, call.params, None, "json")
        response = self._open_stream(prepared)
        try:
            yield _download.Download(response, lambda exc: self._broken_stream(prepared, exc))
        finally:
            response.close()

    def _open_stream(self, prepared: _Prepared) -> httpx.Response:
        for attempt in itertools.count():
            request = self._stream_request(prepared, self._http)
            try:
                with self._attempt():
                    response = self._http.send(request, stream=True)
                    response.request = request  # the one without the token
                    if not response.is_success:
                        with contextlib.closing(response):
                            response.read()  # an error answer: within the size limit, deadline
            except _bounded.AnswerTooLarge as exc:
                raise _errors.too_large(prepared.operation, exc) from None
            except httpx.DecodingError as exc:
                raise _errors.unreadable(prepared.operation, exc) from exc
            except httpx.HTTPError as exc:
                _sleep(self._delay_or_raise(prepared, attempt, exc))
                continue
            if response.is_success:
                refusal = _errors.refused_stream(prepared.operation, response)
                if refusal is None:
                    return response
                response.close()
                raise refusal
            _sleep(self._delay_or_raise(prepared, attempt, response))
        raise AssertionError("unreachable")

    def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Any,
        body: Any = None,
        encoding: str = "json",
    ) -> Any:
        """Run one operation (what the generated resource methods call)."""
        return self._run(self._prepare(operation, args, params, body, encoding))

    def _run(self, prepared: _Prepared) -> Any:
        """Send a validated call, retrying where that is safe, and read its answer."""
        operation = prepared.operation
        for attempt in itertools.count():
            request = prepared.request(self._http, self._urls)
            try:
                with self._attempt():
                    response = self._http.send(request)
            except _bounded.AnswerTooLarge as exc:
                raise _errors.too_large(operation, exc) from None
            except httpx.DecodingError as exc:
                raise _errors.unreadable(operation, exc) from exc
            except httpx.HTTPError as exc:
                _sleep(self._delay_or_raise(prepared, attempt, exc))
                continue
            response.request = request  # the one without the token
            if response.is_success:
                return self._result(operation, response)
            _sleep(self._delay_or_raise(prepared, attempt, response))
        raise AssertionError("unreachable")


class AsyncSMTPeter(_Base, AsyncResources):
    """The asyncio twin of :class:`SMTPeter`: the same arguments, awaitable calls."""

    messages: AsyncMessages
    _http: httpx.AsyncClient

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.AsyncClient | None = None,
        idempotency: _idempotency.Idempotency | None = None,
    ) -> None:
        super().__init__(token, base_url, timeout, max_retries, max_response_size)
        self._idempotency_slot = IdempotencySlot(idempotency)
        self._owns_http = True
        self._transport = AsyncTransport(self._config.base_url, http_client)
        self._bind()

    def _bind(self) -> None:
        self._http = async_client(self._transport, **self._httpx_arguments())
        self.bind_resources(self)
        self.messages = AsyncMessages(self)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
    ) -> AsyncSMTPeter:
        """A client with other settings that shares this one's connection pool."""
        clone = self._options(timeout, max_retries, max_response_size)
        clone._bind()
        return clone

    async def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send(
        self,
        *,
        encoding: Encoding = "json",
        idempotency_key: str | None = None,
        **kwargs: Unpack[SendParams],
    ) -> SendResult:
        """Send a message; see :meth:`SMTPeter.send`."""
        if idempotency_key is not None:
            from .idempotency import _core as _idempotency

            return await _idempotency.send_once_async(self, idempotency_key, encoding, kwargs)
        return SendResult.from_parsed(await self.sending.send(encoding=encoding, **kwargs))

    async def reconcile(
        self, key: str, *, wait: float | None = None, release: bool = False
    ) -> _idempotency.Reconciliation:
        """See :meth:`SMTPeter.reconcile`."""
        from .idempotency import _core as _idempotency

        return await _idempotency.reconcile_async(self, key, wait, release)

    def send_many(
        self,
        messages: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        on_progress: _bulk.ProgressCallback | None = None,
        store: IdempotencyStore | None = None,
    ) -> _bulk.AsyncSendManyResults:
        """Send many messages, ``concurrency`` at a time, as tasks sharing this client.

        ``async for result in client.send_many(messages)``: see :meth:`SMTPeter.send_many`;
        ``messages`` may also be an async iterable.
        """
        from . import _bulk

        if store is not None:
            from .idempotency import _resume

            return _resume.AsyncResumableResults(self, messages, concurrency, on_progress, store)
        return _bulk.send_many_async(self.send, messages, concurrency, on_progress)

    async def resend(self, message_id: str) -> SendResult:
        """Deliver an archived message again, under a new message id."""
        return SendResult.from_parsed(await self.sending.resend(message=message_id))

    @contextlib.asynccontextmanager
    async def stream(
        self, method: Callable[_P, Awaitable[object]], /, *args: _P.args, **kwargs: _P.kwargs
    ) -> AsyncIterator[AsyncDownload]:
        """``async with client.stream(client.logfiles.get_log_file, ...) as download``: see
        :meth:`SMTPeter.stream`."""
        from . import _download

        call = await _download.async_recorded_call(self, method, args, kwargs)
        prepared = self._prepare(call.operation, call.args, call.params, None, "json")
        response = await self._open_stream(prepared)
        try:
            yield _download.AsyncDownload(response, lambda exc: self._broken_stream(prepared, exc))
        finally:
            await response.aclose()

    async def _open_stream(self, prepared: _Prepared) -> httpx.Response:
        for attempt in itertools.count():
            request = self._stream_request(prepared, self._http)
            try:
                with self._attempt():
                    response = await self._http.send(request, stream=True)
                    response.request = request  # the one without the token
                    if not response.is_success:
                        try:
                            await response.aread()
                        finally:
                            await response.aclose()
            except _bounded.AnswerTooLarge as exc:
                raise _errors.too_large(prepared.operation, exc) from None
            except httpx.DecodingError as exc:
                raise _errors.unreadable(prepared.operation, exc) from exc
            except httpx.HTTPError as exc:
                await _async_sleep(self._delay_or_raise(prepared, attempt, exc))
                continue
            if response.is_success:
                refusal = _errors.refused_stream(prepared.operation, response)
                if refusal is None:
                    return response
                await response.aclose()
                raise refusal
            await _async_sleep(self._delay_or_raise(prepared, attempt, response))
        raise AssertionError("unreachable")

    async def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Any,
        body: Any = None,
        encoding: str = "json",
    ) -> Any:
        """Run one operation (what the generated resource methods call)."""
        return await self._run(self._prepare(operation, args, params, body, encoding))

    async def _run(self, prepared: _Prepared) -> Any:
        """Send a validated call, retrying where that is safe, and read its answer."""
        operation = prepared.operation
        for attempt in itertools.count():
            request = prepared.request(self._http, self._urls)
            try:
                with self._attempt():
                    response = await self._http.send(request)
            except _bounded.AnswerTooLarge as exc:
                raise _errors.too_large(operation, exc) from None
            except httpx.DecodingError as exc:
                raise _errors.unreadable(operation, exc) from exc
            except httpx.HTTPError as exc:
                await _async_sleep(self._delay_or_raise(prepared, attempt, exc))
                continue
            response.request = request  # the one without the token
            if response.is_success:
                return self._result(operation, response)
            await _async_sleep(self._delay_or_raise(prepared, attempt, response))
        raise AssertionError("unreachable")


class Messages(_GeneratedMessages):
    """Archived messages: every generated method, plus short names for the five most read
    parts (``client.messages.text(message_id)`` is ``get_text``, and so are ``html``,
    ``headers``, ``recipient`` and ``envelope``)."""

    def recipient(self, message_id: str) -> str:
        """The address the message was delivered to."""
        return self.get_recipient(message_id)

    def envelope(self, message_id: str) -> str:
        """The envelope address it was submitted with (empty if none)."""
        return self.get_envelope(message_id)

    def text(self, message_id: str) -> str:
        """Its plain-text version."""
        return self.get_text(message_id)

    def html(self, message_id: str) -> str:
        """Its HTML version."""
        return self.get_html(message_id)

    def headers(self, message_id: str) -> str:
        """Its header section, as sent."""
        return self.get_headers(message_id)


class AsyncMessages(_GeneratedAsyncMessages):
    """The asyncio twin of :class:`Messages`."""

    async def recipient(self, message_id: str) -> str:
        """The address the message was delivered to."""
        return await self.get_recipient(message_id)

    async def envelope(self, message_id: str) -> str:
        """The envelope address it was submitted with (empty if none)."""
        return await self.get_envelope(message_id)

    async def text(self, message_id: str) -> str:
        """Its plain-text version."""
        return await self.get_text(message_id)

    async def html(self, message_id: str) -> str:
        """Its HTML version."""
        return await self.get_html(message_id)

    async def headers(self, message_id: str) -> str:
        """Its header section, as sent."""
        return await self.get_headers(message_id)
