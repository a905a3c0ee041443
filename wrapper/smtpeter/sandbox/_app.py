"""The sandbox's ASGI application: SMTPeter's v1 API as openapi.yaml describes it."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from smtpeter_client.answers import ANSWERS

from . import _parts
from ._admin import admin_routes
from ._datarequests import DataRequests
from ._dmarc import DmarcReports
from ._domains import DomainRegistry
from ._faults import WEBHOOK_OPERATION, FaultMiddleware, Faults
from ._inbox import Inbox
from ._logfiles import LogFiles
from ._mime import BuildError, build_message, template_id
from ._personalize import personal_data
from ._store import MessageStore, StoredMessage
from ._templates import TemplateStore
from ._validate import Operation, RequestRejected, Validated, operations, validate
from ._webhook_settings import WebhookSettings
from ._webhooks import SandboxWebhooks

__all__ = ["DEFAULT_MAX_MESSAGES", "DEFAULT_MAX_REQUEST_SIZE", "SandboxApp", "create_app"]

_TOKEN_PARAMETER = "access_token"  # noqa: S105 - a parameter name, not a secret
DEFAULT_MAX_REQUEST_SIZE = 50 * 1024 * 1024
"""Bytes of request body the sandbox reads at most; a larger request gets 413."""
DEFAULT_MAX_MESSAGES = 10_000
"""Messages the sandbox's archive keeps at most; the oldest go first."""

logger = logging.getLogger("smtpeter.sandbox")


class SandboxApp:
    """An ASGI application speaking SMTPeter's API, with the archive it fills.

    ``token`` is the access token it accepts; None accepts any non-empty token.
    ``webhooks`` posts a signed event to its URLs for every message accepted.
    A request body larger than ``max_request_size`` bytes gets 413 (and is not read); a JSON
    body nested deeper than ``MAX_JSON_DEPTH`` (100) levels, or with a key twice in one
    object, gets 400 (see ``_json``). The archive keeps the newest ``max_messages`` messages
    (None: no limit); a message's events are returned ``event_delay`` seconds after it was
    accepted (default 0: at once), as SMTPeter's own logs lag. A failure inside the sandbox
    answers 500 with a one-line explanation, never a traceback.
    """

    def __init__(
        self,
        *,
        token: str | None,
        mail_dir: Path | None,
        max_request_size: int = DEFAULT_MAX_REQUEST_SIZE,
        max_messages: int | None = DEFAULT_MAX_MESSAGES,
        event_delay: float = 0.0,
    ) -> None:
        self.token = token
        self.max_request_size = max_request_size
        self.store = MessageStore(mail_dir, max_messages=max_messages, event_delay=event_delay)
        self.templates = TemplateStore()
        self.domains = DomainRegistry()
        self.dmarc = DmarcReports(self.store, self.domains)
        self.logfiles = LogFiles(self.store, self.dmarc)
        self.data_requests = DataRequests(self.store)
        self.webhook_settings = WebhookSettings()
        """The webhooks configured through the API (POST /webhook)."""
        self.webhooks = SandboxWebhooks(configured=self.webhook_settings.urls_for)
        handlers: Mapping[str, Callable[[Validated], Response]] = {
            "send": self._send,
            "resend": self._resend,
            "getRecipient": lambda call: _text(self._message(call).recipient),
            "getEnvelope": lambda call: _text(self._message(call).envelope),
            "getText": lambda call: _text(_parts.body_text(self._message(call).message, "plain")),
            "getHtml": lambda call: _text(_parts.body_text(self._message(call).message, "html")),
            "getHeaders": lambda call: _text(_parts.header_section(self._message(call).raw)),
            "listAttachments": lambda call: self._listing(call, _parts.attachments),
            "getAttachment": lambda call: self._part(call, _parts.attachments),
            "listEmbeds": lambda call: self._listing(call, _parts.embeds),
            "getEmbed": lambda call: self._part(call, _parts.embeds),
            "getEventsByMessage": lambda call: self._events(call, message_id="message_id"),
            "getEventsByEmail": lambda call: self._events(call, email_address="address"),
            "getEventsByTemplate": lambda call: self._events(call, template_id="template"),
            "getEventsByTags": lambda call: self._events(call, tags="tags"),
            **self.templates.handlers(),
            **self.domains.handlers(),
            **self.dmarc.handlers(),
            **self.logfiles.handlers(),
            **self.data_requests.handlers(),
            **self.webhook_settings.handlers(),
        }
        self.operation_ids = frozenset(handlers)
        """The operations the sandbox simulates. The others get their documented success answer
        once their request is valid (see ``_documented_answer``)."""
        # One route per path, holding all its methods: another method gets 405 with an Allow
        # header that lists every one the path has.
        by_route: dict[str, dict[str, Callable[[Request], Awaitable[Response]]]] = {}
        for op in sorted(operations(), key=_route_order):
            handler = handlers.get(op.operation_id) or _documented_answer(op)
            by_route.setdefault(op.route, {})[op.method.upper()] = self._endpoint(op, handler)
        routes = [
            Route(route, _by_method(endpoints), methods=list(endpoints))
            for route, endpoints in by_route.items()
        ]
        self.inbox = Inbox(self)
        """The web inbox (``/inbox/``) and its JSON (``/_sandbox/...``); see ``_inbox``."""
        self.starlette = Starlette(routes=[*routes, *admin_routes(self), *self.inbox.routes()])
        self.faults = Faults(op.operation_id for op in operations())
        """The fault rules applied to the API's calls and webhooks (see ``_faults``), also
        set through the admin API (``/_sandbox/faults``)."""
        self.webhooks.fault_hook = lambda: self.faults.hit(WEBHOOK_OPERATION)
        self._with_faults = FaultMiddleware(self.starlette, self.faults)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._with_faults(scope, receive, send)

    def _endpoint(
        self, operation: Operation, handler: Callable[[Validated], Response] | None
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                self._authorize(request.query_params.get(_TOKEN_PARAMETER))
                if handler is None:
                    raise RequestRejected(
                        501,
                        f"the sandbox knows {operation.operation_id} from openapi.yaml, but the "
                        "generated client does not yet: run make generate",
                    )
                call = validate(
                    operation,
                    path=request.path_params,
                    query=request.query_params.multi_items(),
                    body=await self._body(request),
                    content_type=request.headers.get("content-type"),
                )
                return _absolute_location(handler(call), request)
            except RequestRejected as rejected:
                return PlainTextResponse(rejected.explanation, status_code=rejected.status)
            except Exception as exc:  # a sandbox bug: say so in one line, keep the details here
                logger.error("%s failed: %s", operation.operation_id, type(exc).__name__)
                return PlainTextResponse(
                    f"the sandbox failed on {operation.operation_id} ({type(exc).__name__})",
                    status_code=500,
                )

        endpoint.__name__ = operation.operation_id
        return endpoint

    def _authorize(self, given: str | None) -> None:
        if not given:
            raise RequestRejected(401, "missing access token (the access_token parameter)")
        # Compared as bytes: compare_digest refuses str with characters beyond ASCII.
        if self.token is not None and not secrets.compare_digest(
            given.encode("utf-8", "surrogateescape"), self.token.encode("utf-8")
        ):
            raise RequestRejected(401, "invalid access token")

    async def _body(self, request: Request) -> bytes:
        """The request body, read in chunks and refused (413) once it passes the limit."""
        limit = self.max_request_size
        too_large = RequestRejected(413, f"the request body is larger than {limit} bytes")
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise too_large
        return bytes(body)

    def _message(self, call: Validated) -> StoredMessage:
        message = self.store.get(call.path["message_id"])
        if message is None:
            raise RequestRejected(404, f"no message with id {call.path['message_id']}")
        return message

    def _send(self, call: Validated) -> Response:
        # openapi.yaml already requires exactly one of recipient/recipients and some content.
        request: dict[str, Any] = self.templates.expand_send(dict(call.body))
        recipients = (
            [request["recipient"]] if "recipient" in request else list(request["recipients"])
        )
        now = datetime.now(UTC)
        built = []
        for recipient in recipients:
            message_id = secrets.token_hex(16)
            data = personal_data(request, recipient)
            try:
                raw = build_message(request, data, message_id, now)
            except BuildError as exc:
                raise RequestRejected(400, str(exc)) from exc
            built.append(_stored(message_id, recipient, raw, request, data, now))
        for message in built:
            self._accept(message)
        return JSONResponse({m.message_id: m.recipient for m in built})

    def _resend(self, call: Validated) -> Response:
        original_id: str = call.body["message"]
        original = self.store.get(original_id)
        if original is None:
            raise RequestRejected(404, f"no message with id {original_id}")
        now = datetime.now(UTC)
        message_id = secrets.token_hex(16)
        try:
            raw = build_message(original.request, original.data, message_id, now)
        except BuildError as exc:  # pragma: no cover - it was built once already
            raise RequestRejected(400, str(exc)) from exc
        message = _stored(message_id, original.recipient, raw, original.request, original.data, now)
        message.resent_from = original_id
        self._accept(message)
        return JSONResponse({message_id: original.recipient})

    def _accept(self, message: StoredMessage) -> None:
        """Archive a message SMTPeter would accept, and tell the webhooks about it."""
        self.store.add(message)
        self.webhooks.message_accepted(message)

    def _listing(
        self, call: Validated, select: Callable[[EmailMessage], list[_parts.Part]]
    ) -> Response:
        return JSONResponse([part.listing() for part in select(self._message(call).message)])

    def _part(
        self, call: Validated, select: Callable[[EmailMessage], list[_parts.Part]]
    ) -> Response:
        found = _parts.find_part(select(self._message(call).message), call.path["part"])
        if found is None:
            raise RequestRejected(404, f"the message has no item {call.path['part']!r}")
        return Response(found.content, media_type=found.type)

    def _events(self, call: Validated, **by_parameter: str) -> Response:
        """Events filtered by the path parameters named in ``by_parameter`` and the query."""
        filters: dict[str, Any] = {key: call.path[name] for key, name in by_parameter.items()}
        tags = [*filters.pop("tags", "").split(";"), *call.query.get("tags", "").split(";")]
        found = self.store.events(
            tags=[tag for tag in tags if tag],
            start=call.query.get("start"),
            end=call.query.get("end"),
            **filters,
        )
        return JSONResponse(found)


def create_app(
    *,
    token: str | None = "sandbox-token",  # noqa: S107 - the sandbox's well-known test token
    mail_dir: Path | None = None,
    max_request_size: int = DEFAULT_MAX_REQUEST_SIZE,
    max_messages: int | None = DEFAULT_MAX_MESSAGES,
    event_delay: float = 0.0,
) -> SandboxApp:
    """A new sandbox application with an empty archive.

    ``token`` is the one access token accepted (None accepts any non-empty token);
    ``mail_dir``, when given, receives every message as ``<message_id>.eml``. A request body
    over ``max_request_size`` bytes (50 MB by default) gets 413; the archive keeps the newest
    ``max_messages`` messages (10,000 by default; None keeps all).
    """
    return SandboxApp(
        token=token,
        mail_dir=mail_dir,
        max_request_size=max_request_size,
        max_messages=max_messages,
        event_delay=event_delay,
    )


def _documented_answer(operation: Operation) -> Callable[[Validated], Response] | None:
    """An operation the sandbox does not simulate answers as its responses document: the first
    success status with the example of its answer, or a value built from the answer's schema
    (generated into ``smtpeter_client.answers`` by tools/generate_answers.py). So an operation
    added to openapi.yaml can be tried here the moment it is generated. None: not generated."""
    answer = ANSWERS.get(operation.operation_id)
    if answer is None:
        return None
    return lambda call: Response(
        answer.body,
        status_code=answer.status,
        media_type=answer.media_type,
        headers=dict(answer.headers),
    )


def _by_method(
    endpoints: Mapping[str, Callable[[Request], Awaitable[Response]]],
) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of a path: each method's own (HEAD is answered as GET, as Starlette does)."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await endpoints[method](request)

    # What the fault rules match (see _faults): the operation of each method.
    endpoint.operation_ids = {  # type: ignore[attr-defined]
        method: handler.__name__ for method, handler in endpoints.items()
    }
    return endpoint


def _absolute_location(response: Response, request: Request) -> Response:
    """A ``Location`` given as a path becomes an absolute URL (the spec says ``format: uri``)."""
    location = response.headers.get("location")
    if location is not None and location.startswith("/"):
        base = request.base_url
        response.headers["location"] = f"{base.scheme}://{base.netloc}{location}"
    return response


def _route_order(operation: Operation) -> int:
    """Routes with more fixed characters first: `/template/html` before `/template/{template}`,
    `/logfiles/{prefix}.{date}.log` before `/logfiles/{date}` (Starlette takes the first match)."""
    return -len(re.sub(r"\{[^}]*\}", "", operation.path))


def _text(content: str) -> Response:
    return PlainTextResponse(content)


def _stored(
    message_id: str,
    recipient: str,
    raw: bytes,
    request: dict[str, Any],
    data: dict[str, Any],
    now: datetime,
) -> StoredMessage:
    return StoredMessage(
        message_id=message_id,
        recipient=recipient,
        envelope=request.get("envelope") or "",
        raw=raw,
        request=request,
        data=data,
        received=now,
        tags=tuple(request.get("tags") or ()),
        template_id=template_id(request),
    )
