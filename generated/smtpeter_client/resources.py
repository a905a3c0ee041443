"""Every operation of openapi.yaml as a method: one class per tag, sync and async.

Each method hands its call to a Runner, which validates, sends and parses it with the
generated functions of ``api/``.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from __future__ import annotations

import datetime
import email.message
import importlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Protocol,
    Required,
    TypedDict,
    Unpack,
    cast,
)

if TYPE_CHECKING:
    import smtpeter

    from .models import EventRecord, MessageIdMap, MessagePart


@dataclass(frozen=True, repr=False)
class Operation:
    """How to call one operation: its generated functions and what its arguments are."""

    operation_id: str
    name: str
    tag: str
    method: str
    path: str
    module: str
    """The generated module of the operation, relative to this package (``api.<tag>.<name>``):
    imported on first use, so that importing this module loads no endpoint or model."""
    path_parameters: tuple[str, ...]
    query_parameters: Mapping[str, str]
    """Python keyword to parameter name."""
    bodies: Mapping[str, str]
    """Encoding (``json``, ``form``) to the name of its schema; empty without a body."""
    body_fields: Mapping[str, str]
    """Python keyword to property name (``from_`` to ``from``)."""
    conversions: Mapping[str, str] = field(default_factory=dict)
    """Property (``name``, or ``name[]`` for each item) to the schema whose Python values the
    runner converts (see templates/surface.yaml)."""
    date_parameters: tuple[str, ...] = ()
    form_types: Mapping[str, str] = field(default_factory=dict)
    """Property to its JSON type in the form body, where it is a list or a string (a runner
    sends one string as a one-item list, an id as text)."""
    idempotent: bool = False
    """Whether repeating the call is harmless (reads, PUT, DELETE), so that it may be retried."""
    result: str = "json"
    """What a success carries: ``json`` (a parsed model), ``text``, ``binary`` or ``none``."""

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"

    @cached_property
    def _module(self) -> ModuleType:
        return importlib.import_module(f"{__package__}.{self.module}")

    @cached_property
    def sync(self) -> Callable[..., Any]:
        """The generated ``sync_detailed`` function."""
        return cast("Callable[..., Any]", self._module.sync_detailed)

    @cached_property
    def asyncio(self) -> Callable[..., Awaitable[Any]]:
        """The generated ``asyncio_detailed`` function."""
        return cast("Callable[..., Awaitable[Any]]", self._module.asyncio_detailed)


class Runner(Protocol):
    """What the sync resource classes hand their calls to."""

    def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> Any: ...


class AsyncRunner(Protocol):
    """What the async resource classes hand their calls to."""

    async def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> Any: ...


class SendParams(TypedDict, total=False):
    """The keyword arguments of ``send()``: the properties of ``SendRequest`` (``from_`` for ``from``).

    A value of ``None`` counts as not given.
    """

    envelope: str | None
    """A bare address (`local@domain`) used for delivery, without a display name."""
    recipient: str | None
    """A bare address (`local@domain`) used for delivery, without a display name."""
    recipients: Sequence[str] | Mapping[str, Mapping[str, Any]] | None
    """Several delivery addresses, with or without per-recipient data. The personalization pages write the second form as `[ "a@x": {...} ]`, which is not JSON; it is read here as what it plainly means, an object mapping each address to its data."""
    mime: bytes | email.message.Message | str | None
    """A complete MIME message (headers, an empty line, the body), sent as it is."""
    from_: str | None
    """One header value of addresses: SMTPeter accepts display names and comma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`. No CR or LF: it becomes a header."""
    to: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    cc: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    replyto: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    subject: str | None
    """The subject line; no CR or LF."""
    text: str | None
    """The plain-text version."""
    html: str | None
    """The HTML version."""
    unsubscribe: Mapping[str, Any] | None
    """Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click)."""
    extra: Mapping[str, str] | None
    """Custom headers; every name starts with `x-` (in any case)."""
    attachments: Sequence[smtpeter.Attachment | Mapping[str, Any]] | None
    template: int | str | Mapping[str, Any] | None
    """A stored template by id or name, or a whole template document."""
    data: Mapping[str, Any] | None
    """Values for the `{$name}` placeholders in the message. Names are letters, digits, `-` and `_`, start with a letter, and are case sensitive; values may be any JSON, nested included."""
    patch: Sequence[Mapping[str, Any]] | None
    inlinecss: bool | None
    """Turn style sheets in the head into inline style attributes."""
    trackclicks: bool | None
    """Rewrite links to count clicks (SMTPeter's default is on)."""
    trackopens: bool | None
    """Count opens (default on)."""
    trackbounces: bool | None
    """Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself)."""
    preventscam: bool | None
    """Leave links whose text is their own address untouched."""
    tags: Sequence[str] | None
    maxdelivertime: datetime.datetime | str | None
    """A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it."""
    dsn: Mapping[str, Any] | None
    """What delivery status notifications to send to the `envelope` address."""
    images: Literal["hosted", "default"] | None
    """`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them."""


class ResendParams(TypedDict, total=False):
    """The keyword arguments of ``resend()``: the properties of ``ResendRequest``.

    A value of ``None`` counts as not given.
    """

    message: Required[str]
    """The id of the message to deliver again."""


GET_EVENTS_BY_MESSAGE = Operation(
    operation_id="getEventsByMessage",
    name="get_events_by_message",
    tag="events",
    method="GET",
    path="/events/messageid/{message_id}",
    module="api.events.get_events_by_message",
    path_parameters=("message_id",),
    query_parameters={"start": "start", "end": "end"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("start", "end"),
    form_types={},
    idempotent=True,
    result="json",
)


GET_EVENTS_BY_EMAIL = Operation(
    operation_id="getEventsByEmail",
    name="get_events_by_email",
    tag="events",
    method="GET",
    path="/events/email/{address}",
    module="api.events.get_events_by_email",
    path_parameters=("address",),
    query_parameters={"start": "start", "end": "end", "tags": "tags"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("start", "end"),
    form_types={},
    idempotent=True,
    result="json",
)


GET_EVENTS_BY_TEMPLATE = Operation(
    operation_id="getEventsByTemplate",
    name="get_events_by_template",
    tag="events",
    method="GET",
    path="/events/template/{template}",
    module="api.events.get_events_by_template",
    path_parameters=("template",),
    query_parameters={"start": "start", "end": "end", "tags": "tags"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("start", "end"),
    form_types={},
    idempotent=True,
    result="json",
)


GET_EVENTS_BY_TAGS = Operation(
    operation_id="getEventsByTags",
    name="get_events_by_tags",
    tag="events",
    method="GET",
    path="/events/tags/{tags}",
    module="api.events.get_events_by_tags",
    path_parameters=("tags",),
    query_parameters={"start": "start", "end": "end"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("start", "end"),
    form_types={},
    idempotent=True,
    result="json",
)


GET_RECIPIENT = Operation(
    operation_id="getRecipient",
    name="get_recipient",
    tag="messages",
    method="GET",
    path="/recipient/{message_id}",
    module="api.messages.get_recipient",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="text",
)


GET_ENVELOPE = Operation(
    operation_id="getEnvelope",
    name="get_envelope",
    tag="messages",
    method="GET",
    path="/envelope/{message_id}",
    module="api.messages.get_envelope",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="text",
)


GET_TEXT = Operation(
    operation_id="getText",
    name="get_text",
    tag="messages",
    method="GET",
    path="/text/{message_id}",
    module="api.messages.get_text",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="text",
)


GET_HTML = Operation(
    operation_id="getHtml",
    name="get_html",
    tag="messages",
    method="GET",
    path="/html/{message_id}",
    module="api.messages.get_html",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="text",
)


GET_HEADERS = Operation(
    operation_id="getHeaders",
    name="get_headers",
    tag="messages",
    method="GET",
    path="/headers/{message_id}",
    module="api.messages.get_headers",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="text",
)


LIST_ATTACHMENTS = Operation(
    operation_id="listAttachments",
    name="list_attachments",
    tag="messages",
    method="GET",
    path="/attachments/{message_id}",
    module="api.messages.list_attachments",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="json",
)


GET_ATTACHMENT = Operation(
    operation_id="getAttachment",
    name="get_attachment",
    tag="messages",
    method="GET",
    path="/attachments/{message_id}/{part}",
    module="api.messages.get_attachment",
    path_parameters=("message_id", "part"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="binary",
)


LIST_EMBEDS = Operation(
    operation_id="listEmbeds",
    name="list_embeds",
    tag="messages",
    method="GET",
    path="/embeds/{message_id}",
    module="api.messages.list_embeds",
    path_parameters=("message_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="json",
)


GET_EMBED = Operation(
    operation_id="getEmbed",
    name="get_embed",
    tag="messages",
    method="GET",
    path="/embeds/{message_id}/{part}",
    module="api.messages.get_embed",
    path_parameters=("message_id", "part"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    idempotent=True,
    result="binary",
)


SEND = Operation(
    operation_id="send",
    name="send",
    tag="sending",
    method="POST",
    path="/send",
    module="api.sending.send",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "SendRequest", "form": "SendForm"},
    body_fields={
        "envelope": "envelope",
        "recipient": "recipient",
        "recipients": "recipients",
        "mime": "mime",
        "from_": "from",
        "to": "to",
        "cc": "cc",
        "replyto": "replyto",
        "subject": "subject",
        "text": "text",
        "html": "html",
        "unsubscribe": "unsubscribe",
        "extra": "extra",
        "attachments": "attachments",
        "template": "template",
        "data": "data",
        "patch": "patch",
        "inlinecss": "inlinecss",
        "trackclicks": "trackclicks",
        "trackopens": "trackopens",
        "trackbounces": "trackbounces",
        "preventscam": "preventscam",
        "tags": "tags",
        "maxdelivertime": "maxdelivertime",
        "dsn": "dsn",
        "images": "images",
    },
    conversions={
        "mime": "MimeMessage",
        "attachments[]": "Attachment",
        "maxdelivertime": "MaxDeliverTime",
    },
    date_parameters=(),
    form_types={
        "envelope": "string",
        "recipient": "string",
        "recipients": "array",
        "mime": "string",
        "from": "string",
        "to": "array",
        "cc": "array",
        "replyto": "array",
        "subject": "string",
        "text": "string",
        "html": "string",
        "template": "string",
        "tags": "array",
        "maxdelivertime": "string",
        "images": "string",
    },
    idempotent=False,
    result="json",
)


RESEND = Operation(
    operation_id="resend",
    name="resend",
    tag="sending",
    method="POST",
    path="/resend",
    module="api.sending.resend",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "ResendRequest", "form": "ResendForm"},
    body_fields={"message": "message"},
    conversions={},
    date_parameters=(),
    form_types={"message": "string"},
    idempotent=False,
    result="json",
)


OPERATIONS: tuple[Operation, ...] = (
    SEND,
    RESEND,
    GET_RECIPIENT,
    GET_ENVELOPE,
    GET_TEXT,
    GET_HTML,
    GET_HEADERS,
    LIST_ATTACHMENTS,
    GET_ATTACHMENT,
    LIST_EMBEDS,
    GET_EMBED,
    GET_EVENTS_BY_MESSAGE,
    GET_EVENTS_BY_EMAIL,
    GET_EVENTS_BY_TEMPLATE,
    GET_EVENTS_BY_TAGS,
)
"""Every operation, in the order of the document."""


class Events:
    """What happened to messages after they were accepted."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_events_by_message(
        self,
        message_id: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
    ) -> list[EventRecord]:
        """Events of one message."""
        return cast(
            "list[EventRecord]",
            self._runner.call(
                GET_EVENTS_BY_MESSAGE, (message_id,), {"start": start, "end": end}
            ),
        )

    def get_events_by_email(
        self,
        address: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
        tags: str | None = None,
    ) -> list[EventRecord]:
        """Events of one recipient address."""
        return cast(
            "list[EventRecord]",
            self._runner.call(
                GET_EVENTS_BY_EMAIL,
                (address,),
                {"start": start, "end": end, "tags": tags},
            ),
        )

    def get_events_by_template(
        self,
        template: int,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
        tags: str | None = None,
    ) -> list[EventRecord]:
        """Events of the messages built from one template."""
        return cast(
            "list[EventRecord]",
            self._runner.call(
                GET_EVENTS_BY_TEMPLATE,
                (template,),
                {"start": start, "end": end, "tags": tags},
            ),
        )

    def get_events_by_tags(
        self,
        tags: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
    ) -> list[EventRecord]:
        """Events of the messages carrying one or more tags."""
        return cast(
            "list[EventRecord]",
            self._runner.call(
                GET_EVENTS_BY_TAGS, (tags,), {"start": start, "end": end}
            ),
        )


class AsyncEvents:
    """What happened to messages after they were accepted."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_events_by_message(
        self,
        message_id: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
    ) -> list[EventRecord]:
        """Events of one message."""
        return cast(
            "list[EventRecord]",
            await self._runner.call(
                GET_EVENTS_BY_MESSAGE, (message_id,), {"start": start, "end": end}
            ),
        )

    async def get_events_by_email(
        self,
        address: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
        tags: str | None = None,
    ) -> list[EventRecord]:
        """Events of one recipient address."""
        return cast(
            "list[EventRecord]",
            await self._runner.call(
                GET_EVENTS_BY_EMAIL,
                (address,),
                {"start": start, "end": end, "tags": tags},
            ),
        )

    async def get_events_by_template(
        self,
        template: int,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
        tags: str | None = None,
    ) -> list[EventRecord]:
        """Events of the messages built from one template."""
        return cast(
            "list[EventRecord]",
            await self._runner.call(
                GET_EVENTS_BY_TEMPLATE,
                (template,),
                {"start": start, "end": end, "tags": tags},
            ),
        )

    async def get_events_by_tags(
        self,
        tags: str,
        *,
        start: datetime.date | None = None,
        end: datetime.date | None = None,
    ) -> list[EventRecord]:
        """Events of the messages carrying one or more tags."""
        return cast(
            "list[EventRecord]",
            await self._runner.call(
                GET_EVENTS_BY_TAGS, (tags,), {"start": start, "end": end}
            ),
        )


class Messages:
    """Read back the archived parts of a message that was sent."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_recipient(self, message_id: str) -> str:
        """The address a message was delivered to."""
        return cast("str", self._runner.call(GET_RECIPIENT, (message_id,), {}))

    def get_envelope(self, message_id: str) -> str:
        """The envelope address a message was submitted with.

        Empty when the message was submitted without an envelope.
        """
        return cast("str", self._runner.call(GET_ENVELOPE, (message_id,), {}))

    def get_text(self, message_id: str) -> str:
        """The plain-text version of a message."""
        return cast("str", self._runner.call(GET_TEXT, (message_id,), {}))

    def get_html(self, message_id: str) -> str:
        """The HTML version of a message."""
        return cast("str", self._runner.call(GET_HTML, (message_id,), {}))

    def get_headers(self, message_id: str) -> str:
        """The header section of a message, as sent.

        The docs name this method both `headers` and `header`; the table
        of all calls says `headers`, so that is the one described.
        """
        return cast("str", self._runner.call(GET_HEADERS, (message_id,), {}))

    def list_attachments(self, message_id: str) -> list[MessagePart]:
        """The attachments of a message, by rank and name."""
        return cast(
            "list[MessagePart]", self._runner.call(LIST_ATTACHMENTS, (message_id,), {})
        )

    def get_attachment(self, message_id: str, part: str) -> bytes:
        """One attachment's content."""
        return cast(
            "bytes",
            self._runner.call(
                GET_ATTACHMENT,
                (
                    message_id,
                    part,
                ),
                {},
            ),
        )

    def list_embeds(self, message_id: str) -> list[MessagePart]:
        """The embedded content of a message, by rank and name."""
        return cast(
            "list[MessagePart]", self._runner.call(LIST_EMBEDS, (message_id,), {})
        )

    def get_embed(self, message_id: str, part: str) -> bytes:
        """One embedded item's content."""
        return cast(
            "bytes",
            self._runner.call(
                GET_EMBED,
                (
                    message_id,
                    part,
                ),
                {},
            ),
        )


class AsyncMessages:
    """Read back the archived parts of a message that was sent."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_recipient(self, message_id: str) -> str:
        """The address a message was delivered to."""
        return cast("str", await self._runner.call(GET_RECIPIENT, (message_id,), {}))

    async def get_envelope(self, message_id: str) -> str:
        """The envelope address a message was submitted with.

        Empty when the message was submitted without an envelope.
        """
        return cast("str", await self._runner.call(GET_ENVELOPE, (message_id,), {}))

    async def get_text(self, message_id: str) -> str:
        """The plain-text version of a message."""
        return cast("str", await self._runner.call(GET_TEXT, (message_id,), {}))

    async def get_html(self, message_id: str) -> str:
        """The HTML version of a message."""
        return cast("str", await self._runner.call(GET_HTML, (message_id,), {}))

    async def get_headers(self, message_id: str) -> str:
        """The header section of a message, as sent.

        The docs name this method both `headers` and `header`; the table
        of all calls says `headers`, so that is the one described.
        """
        return cast("str", await self._runner.call(GET_HEADERS, (message_id,), {}))

    async def list_attachments(self, message_id: str) -> list[MessagePart]:
        """The attachments of a message, by rank and name."""
        return cast(
            "list[MessagePart]",
            await self._runner.call(LIST_ATTACHMENTS, (message_id,), {}),
        )

    async def get_attachment(self, message_id: str, part: str) -> bytes:
        """One attachment's content."""
        return cast(
            "bytes",
            await self._runner.call(
                GET_ATTACHMENT,
                (
                    message_id,
                    part,
                ),
                {},
            ),
        )

    async def list_embeds(self, message_id: str) -> list[MessagePart]:
        """The embedded content of a message, by rank and name."""
        return cast(
            "list[MessagePart]", await self._runner.call(LIST_EMBEDS, (message_id,), {})
        )

    async def get_embed(self, message_id: str, part: str) -> bytes:
        """One embedded item's content."""
        return cast(
            "bytes",
            await self._runner.call(
                GET_EMBED,
                (
                    message_id,
                    part,
                ),
                {},
            ),
        )


class Sending:
    """Submit messages for delivery, or deliver an archived one again."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def send(
        self, *, encoding: Literal["json", "form"] = "json", **body: Unpack[SendParams]
    ) -> Literal[1] | MessageIdMap:
        """Send a message.

        Submits one message for one or more recipients. Give the
        addresses to deliver to in `recipient` (one) or `recipients`
        (several; never both), and the content as a ready MIME message
        (`mime`), a template (`template`) or properties SMTPeter turns
        into a message (`subject`, `text`, `html` and the headers).

        The header properties (`from`, `to`, `cc`, `replyto`) only shape
        the message; delivery goes to `recipient`/`recipients` alone,
        which is how a blind copy works.

        The JSON body can carry everything; the form body only the flat
        properties (see `SendForm`).
        """
        return cast(
            "Literal[1] | MessageIdMap", self._runner.call(SEND, (), {}, body, encoding)
        )

    def resend(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ResendParams],
    ) -> Literal[1] | MessageIdMap:
        """Deliver an archived message again.

        Rebuilds a message from everything it was first sent with and
        delivers it again under a new message id; later changes to its
        template do not apply.
        """
        return cast(
            "Literal[1] | MessageIdMap",
            self._runner.call(RESEND, (), {}, body, encoding),
        )


class AsyncSending:
    """Submit messages for delivery, or deliver an archived one again."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def send(
        self, *, encoding: Literal["json", "form"] = "json", **body: Unpack[SendParams]
    ) -> Literal[1] | MessageIdMap:
        """Send a message.

        Submits one message for one or more recipients. Give the
        addresses to deliver to in `recipient` (one) or `recipients`
        (several; never both), and the content as a ready MIME message
        (`mime`), a template (`template`) or properties SMTPeter turns
        into a message (`subject`, `text`, `html` and the headers).

        The header properties (`from`, `to`, `cc`, `replyto`) only shape
        the message; delivery goes to `recipient`/`recipients` alone,
        which is how a blind copy works.

        The JSON body can carry everything; the form body only the flat
        properties (see `SendForm`).
        """
        return cast(
            "Literal[1] | MessageIdMap",
            await self._runner.call(SEND, (), {}, body, encoding),
        )

    async def resend(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ResendParams],
    ) -> Literal[1] | MessageIdMap:
        """Deliver an archived message again.

        Rebuilds a message from everything it was first sent with and
        delivers it again under a new message id; later changes to its
        template do not apply.
        """
        return cast(
            "Literal[1] | MessageIdMap",
            await self._runner.call(RESEND, (), {}, body, encoding),
        )


class Resources:
    """Every operation of the API, grouped by tag: ``resources.<tag>.<operation>()``."""

    events: Events
    messages: Messages
    sending: Sending

    def bind_resources(self, runner: Runner) -> None:
        self.events = Events(runner)
        self.messages = Messages(runner)
        self.sending = Sending(runner)


class AsyncResources:
    """Every operation of the API, grouped by tag: ``resources.<tag>.<operation>()``."""

    events: AsyncEvents
    messages: AsyncMessages
    sending: AsyncSending

    def bind_resources(self, runner: AsyncRunner) -> None:
        self.events = AsyncEvents(runner)
        self.messages = AsyncMessages(runner)
        self.sending = AsyncSending(runner)
