"""Every operation of openapi.yaml as a method: one class per tag, sync and async.

Each method hands its call to a Runner, which validates, sends and parses it with the
generated functions of ``api/``.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from __future__ import annotations

import datetime
import email.message
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack, cast

from ._operation import AsyncRunner as AsyncRunner
from ._operation import Operation as Operation
from ._operation import Runner as Runner

if TYPE_CHECKING:
    import smtpeter

    from .models import (
        AbuseRecord,
        AttemptRecord,
        ClickRecord,
        DataRequestCreated,
        DataRequestResult,
        DataRequestStatus,
        DeliveryRecord,
        DkimKey,
        DmarcRecord,
        DnsRecord,
        DnsStatus,
        EventRecord,
        FailureRecord,
        MessagePart,
        OpenRecord,
        ReturnedMailRecord,
        SenderDomain,
        SpfRecord,
        TemplateCreated,
        TemplateDocument,
        TemplateSummary,
        Webhook,
    )


class CreateDataRequestParams(TypedDict, total=False):
    """The keyword arguments of ``create_data_request()``: the properties of ``DataRequest``.

    A value of ``None`` counts as not given.
    """

    email: Required[str]
    """A bare address (`local@domain`) used for delivery, without a display name."""
    monitor: str | None
    """A URL SMTPeter posts the data to, or an address it mails the data to, when ready."""


class CreateDkimKeyParams(TypedDict, total=False):
    """The keyword arguments of ``create_dkim_key()``: the properties of ``DkimKeyRequest``.

    A value of ``None`` counts as not given.
    """

    selector: str | None
    """The DNS label the key is published under (`SELECTOR._domainkey.DOMAIN`)."""


class AddDomainParams(TypedDict, total=False):
    """The keyword arguments of ``add_domain()``: the properties of ``DomainSettings``.

    A value of ``None`` counts as not given.
    """

    bounces: str | None
    """A fully qualified domain name without the final dot, e.g. `example.com`."""
    tracking: str | None
    """A fully qualified domain name without the final dot, e.g. `example.com`."""
    https: bool | None
    policy: Literal["none", "quarantine", "reject"] | None
    """What receivers should do with mail that fails DMARC."""
    percentage: int | None
    startdate: datetime.date | None
    enddate: datetime.date | None
    address: str | None
    """A bare address (`local@domain`) used for delivery, without a display name."""


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
    """One header value of addresses: SMTPeter accepts display names and comma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`. It holds no line break (CR, LF, or another character that mail software takes for one: VT, FF, U+001C-U+001E, U+0085, U+2028, U+2029): it becomes a header."""
    to: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    cc: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    replyto: str | Sequence[str] | None
    """One header value, or a list of them that SMTPeter joins."""
    subject: str | None
    """The subject line; no line break (see `HeaderAddresses`)."""
    text: str | None
    """The plain-text version."""
    html: str | None
    """The HTML version."""
    unsubscribe: Mapping[str, Any] | None
    """Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click)."""
    extra: Mapping[str, str] | None
    """Custom headers; every name starts with `x-` (in any case)."""
    attachments: Sequence[smtpeter.Attachment | Mapping[str, Any]] | None
    template: Mapping[str, Any] | str | int | None
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


class CreateSpfParams(TypedDict, total=False):
    """The keyword arguments of ``create_spf()``: the properties of ``SpfSettings``.

    A value of ``None`` counts as not given.
    """

    ips: Sequence[str] | None
    includes: Sequence[str] | None


class UpdateTemplateParams(TypedDict, total=False):
    """The keyword arguments of ``update_template()``: the properties of ``TemplateUpdate``.

    A value of ``None`` counts as not given.
    """

    id: int | None
    name: str | None


class CreateTemplateParams(TypedDict, total=False):
    """The keyword arguments of ``create_template()``: the properties of ``TemplateCreate``.

    A value of ``None`` counts as not given.
    """

    name: Required[str]
    """The template's name; keep names unique to address templates by name."""


class ConfigureWebhookParams(TypedDict, total=False):
    """The keyword arguments of ``configure_webhook()``: the properties of ``WebhookRequest`` (``type_`` for ``type``).

    A value of ``None`` counts as not given.
    """

    type_: Required[Literal["abuse", "bounce", "click", "delivery", "failure", "open"]]
    """The kind of event a webhook receives."""
    url: Required[str]
    """The address SMTPeter posts events to, an http or https URL."""


CREATE_DATA_REQUEST = Operation(
    operation_id="createDataRequest",
    name="create_data_request",
    tag="datarequests",
    method="POST",
    path="/datarequest",
    module="api.datarequests.create_data_request",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "DataRequest", "form": "DataRequestForm"},
    body_fields={"email": "email", "monitor": "monitor"},
    conversions={},
    date_parameters=(),
    form_types={"email": "string", "monitor": "string"},
    open_body=False,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


GET_DATA_REQUEST_STATUS = Operation(
    operation_id="getDataRequestStatus",
    name="get_data_request_status",
    tag="datarequests",
    method="GET",
    path="/datarequest/{request_id}/status",
    module="api.datarequests.get_data_request_status",
    path_parameters=("request_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_DATA_REQUEST = Operation(
    operation_id="getDataRequest",
    name="get_data_request",
    tag="datarequests",
    method="GET",
    path="/datarequest/{request_id}",
    module="api.datarequests.get_data_request",
    path_parameters=("request_id",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_DKIM_KEY = Operation(
    operation_id="getDkimKey",
    name="get_dkim_key",
    tag="dkim",
    method="GET",
    path="/dkimkey/{domain}",
    module="api.dkim.get_dkim_key",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


CREATE_DKIM_KEY = Operation(
    operation_id="createDkimKey",
    name="create_dkim_key",
    tag="dkim",
    method="POST",
    path="/dkimkey/{domain}",
    module="api.dkim.create_dkim_key",
    path_parameters=("domain",),
    query_parameters={},
    bodies={"json": "DkimKeyRequest", "form": "DkimKeyForm"},
    body_fields={"selector": "selector"},
    conversions={},
    date_parameters=(),
    form_types={"selector": "string"},
    open_body=False,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


GET_DKIM_PUBLIC_KEY = Operation(
    operation_id="getDkimPublicKey",
    name="get_dkim_public_key",
    tag="dkim",
    method="GET",
    path="/dkimkey/{domain}/publickey",
    module="api.dkim.get_dkim_public_key",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/plain",),
    idempotent=True,
    result="text",
)


GET_DKIM_ALGORITHM = Operation(
    operation_id="getDkimAlgorithm",
    name="get_dkim_algorithm",
    tag="dkim",
    method="GET",
    path="/dkimkey/{domain}/algorithm",
    module="api.dkim.get_dkim_algorithm",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/plain",),
    idempotent=True,
    result="text",
)


GET_DKIM_SELECTOR = Operation(
    operation_id="getDkimSelector",
    name="get_dkim_selector",
    tag="dkim",
    method="GET",
    path="/dkimkey/{domain}/selector",
    module="api.dkim.get_dkim_selector",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/plain",),
    idempotent=True,
    result="text",
)


DELETE_DKIM_KEY = Operation(
    operation_id="deleteDkimKey",
    name="delete_dkim_key",
    tag="dkim",
    method="DELETE",
    path="/dkimkey/{domain}/{selector}",
    module="api.dkim.delete_dkim_key",
    path_parameters=("domain", "selector"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="none",
)


LIST_DKIM_KEYS = Operation(
    operation_id="listDkimKeys",
    name="list_dkim_keys",
    tag="dkim",
    method="GET",
    path="/dkimkeys/{domain}",
    module="api.dkim.list_dkim_keys",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


LIST_DMARC_DATES = Operation(
    operation_id="listDmarcDates",
    name="list_dmarc_dates",
    tag="dmarc",
    method="GET",
    path="/dmarc",
    module="api.dmarc.list_dmarc_dates",
    path_parameters=(),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_DMARC_REPORT = Operation(
    operation_id="getDmarcReport",
    name="get_dmarc_report",
    tag="dmarc",
    method="GET",
    path="/dmarc/{date}/{reporter}/{domain}",
    module="api.dmarc.get_dmarc_report",
    path_parameters=("date", "reporter", "domain"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="binary",
)


GET_DMARC_REPORT_BY_INDEX = Operation(
    operation_id="getDmarcReportByIndex",
    name="get_dmarc_report_by_index",
    tag="dmarc",
    method="GET",
    path="/dmarc/{date}/{reporter}/{domain}/{index}",
    module="api.dmarc.get_dmarc_report_by_index",
    path_parameters=("date", "reporter", "domain", "index"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="binary",
)


GET_RECOMMENDED_DNS = Operation(
    operation_id="getRecommendedDns",
    name="get_recommended_dns",
    tag="dns",
    method="GET",
    path="/dns/{domain}/recommended",
    module="api.dns.get_recommended_dns",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_SELFHOSTED_DNS = Operation(
    operation_id="getSelfhostedDns",
    name="get_selfhosted_dns",
    tag="dns",
    method="GET",
    path="/dns/{domain}/selfhosted",
    module="api.dns.get_selfhosted_dns",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_DNS_STATUS = Operation(
    operation_id="getDnsStatus",
    name="get_dns_status",
    tag="dns",
    method="GET",
    path="/dns/{domain}/status",
    module="api.dns.get_dns_status",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


LIST_DOMAINS = Operation(
    operation_id="listDomains",
    name="list_domains",
    tag="domains",
    method="GET",
    path="/domains",
    module="api.domains.list_domains",
    path_parameters=(),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_DOMAIN = Operation(
    operation_id="getDomain",
    name="get_domain",
    tag="domains",
    method="GET",
    path="/domain/{domain}",
    module="api.domains.get_domain",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


ADD_DOMAIN = Operation(
    operation_id="addDomain",
    name="add_domain",
    tag="domains",
    method="POST",
    path="/domain/{domain}",
    module="api.domains.add_domain",
    path_parameters=("domain",),
    query_parameters={},
    bodies={"json": "DomainSettings", "form": "DomainSettingsForm"},
    body_fields={
        "bounces": "bounces",
        "tracking": "tracking",
        "https": "https",
        "policy": "policy",
        "percentage": "percentage",
        "startdate": "startdate",
        "enddate": "enddate",
        "address": "address",
    },
    conversions={"startdate": "date", "enddate": "date"},
    date_parameters=(),
    form_types={
        "bounces": "string",
        "tracking": "string",
        "policy": "string",
        "startdate": "string",
        "enddate": "string",
        "address": "string",
    },
    open_body=False,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


DELETE_DOMAIN = Operation(
    operation_id="deleteDomain",
    name="delete_domain",
    tag="domains",
    method="DELETE",
    path="/domain/{domain}",
    module="api.domains.delete_domain",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="none",
)


DELETE_DOMAIN_REPORT_ADDRESS = Operation(
    operation_id="deleteDomainReportAddress",
    name="delete_domain_report_address",
    tag="domains",
    method="DELETE",
    path="/domain/{domain}/{address}",
    module="api.domains.delete_domain_report_address",
    path_parameters=("domain", "address"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="none",
)


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
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


LIST_LOG_DATES = Operation(
    operation_id="listLogDates",
    name="list_log_dates",
    tag="logfiles",
    method="GET",
    path="/logfiles",
    module="api.logfiles.list_log_dates",
    path_parameters=(),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


LIST_LOG_FILES = Operation(
    operation_id="listLogFiles",
    name="list_log_files",
    tag="logfiles",
    method="GET",
    path="/logfiles/{date}",
    module="api.logfiles.list_log_files",
    path_parameters=("date",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_LOG_FILE = Operation(
    operation_id="getLogFile",
    name="get_log_file",
    tag="logfiles",
    method="GET",
    path="/logfiles/{prefix}.{date}.log",
    module="api.logfiles.get_log_file",
    path_parameters=("prefix", "date"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=("text/csv",),
    idempotent=True,
    result="text",
)


GET_LOG_FILE_WITH_HEADER = Operation(
    operation_id="getLogFileWithHeader",
    name="get_log_file_with_header",
    tag="logfiles",
    method="GET",
    path="/logfiles/{prefix}.{date}.log/header",
    module="api.logfiles.get_log_file_with_header",
    path_parameters=("prefix", "date"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=("text/csv",),
    idempotent=True,
    result="text",
)


GET_LOG_FILE_JSON = Operation(
    operation_id="getLogFileJson",
    name="get_log_file_json",
    tag="logfiles",
    method="GET",
    path="/logfiles/{prefix}.{date}.log/json",
    module="api.logfiles.get_log_file_json",
    path_parameters=("prefix", "date"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_LOG_FILE_XML = Operation(
    operation_id="getLogFileXml",
    name="get_log_file_xml",
    tag="logfiles",
    method="GET",
    path="/logfiles/{prefix}.{date}.log/xml",
    module="api.logfiles.get_log_file_xml",
    path_parameters=("prefix", "date"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=("date",),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="binary",
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
    open_body=False,
    media_types=("text/plain",),
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
    open_body=False,
    media_types=("text/plain",),
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
    open_body=False,
    media_types=("text/plain",),
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
    open_body=False,
    media_types=("text/plain",),
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
    open_body=False,
    media_types=("text/plain",),
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
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=(),
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
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=(),
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
        "subject": "string",
        "text": "string",
        "html": "string",
        "tags": "array",
        "maxdelivertime": "string",
        "images": "string",
    },
    open_body=False,
    media_types=("application/json",),
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
    open_body=False,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


GET_SPF = Operation(
    operation_id="getSpf",
    name="get_spf",
    tag="spf",
    method="GET",
    path="/spf/{domain}",
    module="api.spf.get_spf",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


CREATE_SPF = Operation(
    operation_id="createSpf",
    name="create_spf",
    tag="spf",
    method="POST",
    path="/spf/{domain}",
    module="api.spf.create_spf",
    path_parameters=("domain",),
    query_parameters={},
    bodies={"json": "SpfSettings", "form": "SpfSettingsForm"},
    body_fields={"ips": "ips", "includes": "includes"},
    conversions={},
    date_parameters=(),
    form_types={"ips": "array", "includes": "array"},
    open_body=False,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


DELETE_SPF = Operation(
    operation_id="deleteSpf",
    name="delete_spf",
    tag="spf",
    method="DELETE",
    path="/spf/{domain}",
    module="api.spf.delete_spf",
    path_parameters=("domain",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="none",
)


LIST_TEMPLATES = Operation(
    operation_id="listTemplates",
    name="list_templates",
    tag="templates",
    method="GET",
    path="/templates",
    module="api.templates.list_templates",
    path_parameters=(),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


LIST_TEMPLATES_PAGE = Operation(
    operation_id="listTemplatesPage",
    name="list_templates_page",
    tag="templates",
    method="GET",
    path="/templates/{start}/{length}",
    module="api.templates.list_templates_page",
    path_parameters=("start", "length"),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


GET_TEMPLATE = Operation(
    operation_id="getTemplate",
    name="get_template",
    tag="templates",
    method="GET",
    path="/template/{template}",
    module="api.templates.get_template",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


DELETE_TEMPLATE = Operation(
    operation_id="deleteTemplate",
    name="delete_template",
    tag="templates",
    method="DELETE",
    path="/template/{template}",
    module="api.templates.delete_template",
    path_parameters=("template",),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="none",
)


GET_TEMPLATE_HTML = Operation(
    operation_id="getTemplateHtml",
    name="get_template_html",
    tag="templates",
    method="GET",
    path="/template/{template}/html",
    module="api.templates.get_template_html",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/html",),
    idempotent=True,
    result="text",
)


GET_TEMPLATE_WEBVERSION = Operation(
    operation_id="getTemplateWebversion",
    name="get_template_webversion",
    tag="templates",
    method="GET",
    path="/template/{template}/webversion",
    module="api.templates.get_template_webversion",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/html",),
    idempotent=True,
    result="text",
)


GET_TEMPLATE_MIME = Operation(
    operation_id="getTemplateMime",
    name="get_template_mime",
    tag="templates",
    method="GET",
    path="/template/{template}/mime",
    module="api.templates.get_template_mime",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="binary",
)


GET_TEMPLATE_EMBEDDED = Operation(
    operation_id="getTemplateEmbedded",
    name="get_template_embedded",
    tag="templates",
    method="GET",
    path="/template/{template}/embedded",
    module="api.templates.get_template_embedded",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=(),
    idempotent=True,
    result="binary",
)


GET_TEMPLATE_TEXT = Operation(
    operation_id="getTemplateText",
    name="get_template_text",
    tag="templates",
    method="GET",
    path="/template/{template}/text",
    module="api.templates.get_template_text",
    path_parameters=("template",),
    query_parameters={"data": "data"},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("text/plain",),
    idempotent=True,
    result="text",
)


UPDATE_TEMPLATE = Operation(
    operation_id="updateTemplate",
    name="update_template",
    tag="templates",
    method="PUT",
    path="/template/html",
    module="api.templates.update_template",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "TemplateUpdate"},
    body_fields={"id": "id", "name": "name"},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=True,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


CREATE_TEMPLATE = Operation(
    operation_id="createTemplate",
    name="create_template",
    tag="templates",
    method="POST",
    path="/template/html",
    module="api.templates.create_template",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "TemplateCreate"},
    body_fields={"name": "name"},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=True,
    media_types=("application/json",),
    idempotent=False,
    result="json",
)


LIST_WEBHOOKS = Operation(
    operation_id="listWebhooks",
    name="list_webhooks",
    tag="webhooks",
    method="GET",
    path="/webhooks",
    module="api.webhooks.list_webhooks",
    path_parameters=(),
    query_parameters={},
    bodies={},
    body_fields={},
    conversions={},
    date_parameters=(),
    form_types={},
    open_body=False,
    media_types=("application/json",),
    idempotent=True,
    result="json",
)


CONFIGURE_WEBHOOK = Operation(
    operation_id="configureWebhook",
    name="configure_webhook",
    tag="webhooks",
    method="POST",
    path="/webhook",
    module="api.webhooks.configure_webhook",
    path_parameters=(),
    query_parameters={},
    bodies={"json": "WebhookRequest", "form": "WebhookForm"},
    body_fields={"type_": "type", "url": "url"},
    conversions={},
    date_parameters=(),
    form_types={"type": "string", "url": "string"},
    open_body=False,
    media_types=("application/json",),
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
    LIST_TEMPLATES,
    LIST_TEMPLATES_PAGE,
    GET_TEMPLATE,
    DELETE_TEMPLATE,
    GET_TEMPLATE_HTML,
    GET_TEMPLATE_WEBVERSION,
    GET_TEMPLATE_MIME,
    GET_TEMPLATE_EMBEDDED,
    GET_TEMPLATE_TEXT,
    UPDATE_TEMPLATE,
    CREATE_TEMPLATE,
    LIST_DOMAINS,
    GET_DOMAIN,
    ADD_DOMAIN,
    DELETE_DOMAIN,
    DELETE_DOMAIN_REPORT_ADDRESS,
    GET_RECOMMENDED_DNS,
    GET_SELFHOSTED_DNS,
    GET_DNS_STATUS,
    GET_DKIM_KEY,
    CREATE_DKIM_KEY,
    GET_DKIM_PUBLIC_KEY,
    GET_DKIM_ALGORITHM,
    GET_DKIM_SELECTOR,
    DELETE_DKIM_KEY,
    LIST_DKIM_KEYS,
    GET_SPF,
    CREATE_SPF,
    DELETE_SPF,
    LIST_DMARC_DATES,
    GET_DMARC_REPORT,
    GET_DMARC_REPORT_BY_INDEX,
    LIST_LOG_DATES,
    LIST_LOG_FILES,
    GET_LOG_FILE,
    GET_LOG_FILE_WITH_HEADER,
    GET_LOG_FILE_JSON,
    GET_LOG_FILE_XML,
    CREATE_DATA_REQUEST,
    GET_DATA_REQUEST_STATUS,
    GET_DATA_REQUEST,
    LIST_WEBHOOKS,
    CONFIGURE_WEBHOOK,
)
"""Every operation, in the order of the document."""


class Datarequests:
    """Everything SMTPeter stores about one email address, gathered on request."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def create_data_request(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateDataRequestParams],
    ) -> DataRequestCreated:
        """Ask for everything SMTPeter stores about an email address.

        Gathering the data takes a while: poll `getDataRequestStatus`, then
        read `getDataRequest`. With `monitor`, SMTPeter also posts the data
        to that URL, or mails it to that address, when it is ready.
        """
        return cast(
            "DataRequestCreated",
            self._runner.call(CREATE_DATA_REQUEST, (), {}, body, encoding),
        )

    def get_data_request_status(self, request_id: str) -> DataRequestStatus:
        """Whether a data request is done."""
        return cast(
            "DataRequestStatus",
            self._runner.call(GET_DATA_REQUEST_STATUS, (request_id,), {}),
        )

    def get_data_request(self, request_id: str) -> DataRequestResult:
        """The data a data request gathered.

        Until the request is done, `data` is the text `Data not available (yet).`.
        """
        return cast(
            "DataRequestResult", self._runner.call(GET_DATA_REQUEST, (request_id,), {})
        )


class AsyncDatarequests:
    """Everything SMTPeter stores about one email address, gathered on request."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def create_data_request(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateDataRequestParams],
    ) -> DataRequestCreated:
        """Ask for everything SMTPeter stores about an email address.

        Gathering the data takes a while: poll `getDataRequestStatus`, then
        read `getDataRequest`. With `monitor`, SMTPeter also posts the data
        to that URL, or mails it to that address, when it is ready.
        """
        return cast(
            "DataRequestCreated",
            await self._runner.call(CREATE_DATA_REQUEST, (), {}, body, encoding),
        )

    async def get_data_request_status(self, request_id: str) -> DataRequestStatus:
        """Whether a data request is done."""
        return cast(
            "DataRequestStatus",
            await self._runner.call(GET_DATA_REQUEST_STATUS, (request_id,), {}),
        )

    async def get_data_request(self, request_id: str) -> DataRequestResult:
        """The data a data request gathered.

        Until the request is done, `data` is the text `Data not available (yet).`.
        """
        return cast(
            "DataRequestResult",
            await self._runner.call(GET_DATA_REQUEST, (request_id,), {}),
        )


class Dkim:
    """The DKIM keys SMTPeter signs a sender domain's mail with (public parts only)."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_dkim_key(self, domain: str) -> DkimKey:
        """The DKIM key in use for a sender domain.

        The selector, algorithm and public key; the private key never leaves SMTPeter.
        """
        return cast("DkimKey", self._runner.call(GET_DKIM_KEY, (domain,), {}))

    def create_dkim_key(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateDkimKeyParams],
    ) -> DkimKey:
        """Make a new DKIM key for a sender domain.

        SMTPeter makes a new RSA key pair, keeps the private key and signs
        the domain's mail with the new key from now on. SMTPeter's docs
        list this call without its parameters; this document takes an
        optional `selector` (by default SMTPeter picks one).
        """
        return cast(
            "DkimKey", self._runner.call(CREATE_DKIM_KEY, (domain,), {}, body, encoding)
        )

    def get_dkim_public_key(self, domain: str) -> str:
        """The public key of the DKIM key in use, as PEM text."""
        return cast("str", self._runner.call(GET_DKIM_PUBLIC_KEY, (domain,), {}))

    def get_dkim_algorithm(self, domain: str) -> str:
        """The hash algorithm of the DKIM key in use, as text."""
        return cast("str", self._runner.call(GET_DKIM_ALGORITHM, (domain,), {}))

    def get_dkim_selector(self, domain: str) -> str:
        """The selector of the DKIM key in use, as text."""
        return cast("str", self._runner.call(GET_DKIM_SELECTOR, (domain,), {}))

    def delete_dkim_key(self, domain: str, selector: str) -> None:
        """Delete one DKIM key of a sender domain.

        SMTPeter's docs list this call without its address; a domain can
        have several keys, so this document names the key by its selector.
        Deleting the key in use makes the newest remaining key current.
        """
        return cast(
            "None",
            self._runner.call(
                DELETE_DKIM_KEY,
                (
                    domain,
                    selector,
                ),
                {},
            ),
        )

    def list_dkim_keys(self, domain: str) -> list[DkimKey]:
        """Every DKIM key of a sender domain.

        Oldest first; the last one is the key in use.
        """
        return cast("list[DkimKey]", self._runner.call(LIST_DKIM_KEYS, (domain,), {}))


class AsyncDkim:
    """The DKIM keys SMTPeter signs a sender domain's mail with (public parts only)."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_dkim_key(self, domain: str) -> DkimKey:
        """The DKIM key in use for a sender domain.

        The selector, algorithm and public key; the private key never leaves SMTPeter.
        """
        return cast("DkimKey", await self._runner.call(GET_DKIM_KEY, (domain,), {}))

    async def create_dkim_key(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateDkimKeyParams],
    ) -> DkimKey:
        """Make a new DKIM key for a sender domain.

        SMTPeter makes a new RSA key pair, keeps the private key and signs
        the domain's mail with the new key from now on. SMTPeter's docs
        list this call without its parameters; this document takes an
        optional `selector` (by default SMTPeter picks one).
        """
        return cast(
            "DkimKey",
            await self._runner.call(CREATE_DKIM_KEY, (domain,), {}, body, encoding),
        )

    async def get_dkim_public_key(self, domain: str) -> str:
        """The public key of the DKIM key in use, as PEM text."""
        return cast("str", await self._runner.call(GET_DKIM_PUBLIC_KEY, (domain,), {}))

    async def get_dkim_algorithm(self, domain: str) -> str:
        """The hash algorithm of the DKIM key in use, as text."""
        return cast("str", await self._runner.call(GET_DKIM_ALGORITHM, (domain,), {}))

    async def get_dkim_selector(self, domain: str) -> str:
        """The selector of the DKIM key in use, as text."""
        return cast("str", await self._runner.call(GET_DKIM_SELECTOR, (domain,), {}))

    async def delete_dkim_key(self, domain: str, selector: str) -> None:
        """Delete one DKIM key of a sender domain.

        SMTPeter's docs list this call without its address; a domain can
        have several keys, so this document names the key by its selector.
        Deleting the key in use makes the newest remaining key current.
        """
        return cast(
            "None",
            await self._runner.call(
                DELETE_DKIM_KEY,
                (
                    domain,
                    selector,
                ),
                {},
            ),
        )

    async def list_dkim_keys(self, domain: str) -> list[DkimKey]:
        """Every DKIM key of a sender domain.

        Oldest first; the last one is the key in use.
        """
        return cast(
            "list[DkimKey]", await self._runner.call(LIST_DKIM_KEYS, (domain,), {})
        )


class Dmarc:
    """DMARC aggregate reports that receivers sent about the customer's domains."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_dmarc_dates(self) -> list[datetime.date]:
        """The days that may have DMARC reports.

        SMTPeter advises to read the `dmarc` log file of a day (see
        `getLogFileJson`) for the reporters and domains of its reports.
        """
        return cast("list[datetime.date]", self._runner.call(LIST_DMARC_DATES, (), {}))

    def get_dmarc_report(
        self, date: datetime.date, reporter: str, domain: str
    ) -> bytes:
        """The first DMARC aggregate report of a day, reporter and domain."""
        return cast(
            "bytes",
            self._runner.call(
                GET_DMARC_REPORT,
                (
                    date,
                    reporter,
                    domain,
                ),
                {},
            ),
        )

    def get_dmarc_report_by_index(
        self, date: datetime.date, reporter: str, domain: str, index: int
    ) -> bytes:
        """One of several DMARC aggregate reports of a day, reporter and domain."""
        return cast(
            "bytes",
            self._runner.call(
                GET_DMARC_REPORT_BY_INDEX,
                (
                    date,
                    reporter,
                    domain,
                    index,
                ),
                {},
            ),
        )


class AsyncDmarc:
    """DMARC aggregate reports that receivers sent about the customer's domains."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_dmarc_dates(self) -> list[datetime.date]:
        """The days that may have DMARC reports.

        SMTPeter advises to read the `dmarc` log file of a day (see
        `getLogFileJson`) for the reporters and domains of its reports.
        """
        return cast(
            "list[datetime.date]", await self._runner.call(LIST_DMARC_DATES, (), {})
        )

    async def get_dmarc_report(
        self, date: datetime.date, reporter: str, domain: str
    ) -> bytes:
        """The first DMARC aggregate report of a day, reporter and domain."""
        return cast(
            "bytes",
            await self._runner.call(
                GET_DMARC_REPORT,
                (
                    date,
                    reporter,
                    domain,
                ),
                {},
            ),
        )

    async def get_dmarc_report_by_index(
        self, date: datetime.date, reporter: str, domain: str, index: int
    ) -> bytes:
        """One of several DMARC aggregate reports of a day, reporter and domain."""
        return cast(
            "bytes",
            await self._runner.call(
                GET_DMARC_REPORT_BY_INDEX,
                (
                    date,
                    reporter,
                    domain,
                    index,
                ),
                {},
            ),
        )


class Dns:
    """The DNS records a sender domain needs, and whether they are in place."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_recommended_dns(self, domain: str) -> list[DnsRecord]:
        """The DNS records to publish, pointing at SMTPeter's records.

        Mostly CNAME records that refer to records SMTPeter hosts, so that
        it can rotate DKIM keys and roll out the DMARC policy without the
        customer touching DNS again.
        """
        return cast(
            "list[DnsRecord]", self._runner.call(GET_RECOMMENDED_DNS, (domain,), {})
        )

    def get_selfhosted_dns(self, domain: str) -> list[DnsRecord]:
        """The DNS records to publish, without CNAME records.

        The same records as `getRecommendedDns`, with the values themselves instead of references.
        """
        return cast(
            "list[DnsRecord]", self._runner.call(GET_SELFHOSTED_DNS, (domain,), {})
        )

    def get_dns_status(self, domain: str) -> DnsStatus:
        """Check a sender domain's published DNS records."""
        return cast("DnsStatus", self._runner.call(GET_DNS_STATUS, (domain,), {}))


class AsyncDns:
    """The DNS records a sender domain needs, and whether they are in place."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_recommended_dns(self, domain: str) -> list[DnsRecord]:
        """The DNS records to publish, pointing at SMTPeter's records.

        Mostly CNAME records that refer to records SMTPeter hosts, so that
        it can rotate DKIM keys and roll out the DMARC policy without the
        customer touching DNS again.
        """
        return cast(
            "list[DnsRecord]",
            await self._runner.call(GET_RECOMMENDED_DNS, (domain,), {}),
        )

    async def get_selfhosted_dns(self, domain: str) -> list[DnsRecord]:
        """The DNS records to publish, without CNAME records.

        The same records as `getRecommendedDns`, with the values themselves instead of references.
        """
        return cast(
            "list[DnsRecord]",
            await self._runner.call(GET_SELFHOSTED_DNS, (domain,), {}),
        )

    async def get_dns_status(self, domain: str) -> DnsStatus:
        """Check a sender domain's published DNS records."""
        return cast("DnsStatus", await self._runner.call(GET_DNS_STATUS, (domain,), {}))


class Domains:
    """Sender domains - validation, bounce and tracking hosts, DMARC policy."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_domains(self) -> list[SenderDomain]:
        """List every sender domain with its settings."""
        return cast("list[SenderDomain]", self._runner.call(LIST_DOMAINS, (), {}))

    def get_domain(self, domain: str) -> SenderDomain:
        """Read one sender domain's settings."""
        return cast("SenderDomain", self._runner.call(GET_DOMAIN, (domain,), {}))

    def add_domain(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[AddDomainParams],
    ) -> DnsRecord:
        """Add a sender domain, or change its settings.

        The first call adds the domain and answers the DNS record that
        proves the customer controls it. Once that record is published, the
        same call approves the domain; any call may also set the bounce and
        tracking host names, HTTPS for rewritten links, the DMARC policy
        and its gradual roll-out, and add a DMARC reporting address (only
        for an approved domain). Settings left out keep their value (or
        their default, for a new domain).
        """
        return cast(
            "DnsRecord", self._runner.call(ADD_DOMAIN, (domain,), {}, body, encoding)
        )

    def delete_domain(self, domain: str) -> None:
        """Delete a sender domain."""
        return cast("None", self._runner.call(DELETE_DOMAIN, (domain,), {}))

    def delete_domain_report_address(self, domain: str, address: str) -> None:
        """Stop sending a sender domain's DMARC reports to an address.

        Removes a reporting address added with `addDomain`; SMTPeter's own address stays.
        """
        return cast(
            "None",
            self._runner.call(
                DELETE_DOMAIN_REPORT_ADDRESS,
                (
                    domain,
                    address,
                ),
                {},
            ),
        )


class AsyncDomains:
    """Sender domains - validation, bounce and tracking hosts, DMARC policy."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_domains(self) -> list[SenderDomain]:
        """List every sender domain with its settings."""
        return cast("list[SenderDomain]", await self._runner.call(LIST_DOMAINS, (), {}))

    async def get_domain(self, domain: str) -> SenderDomain:
        """Read one sender domain's settings."""
        return cast("SenderDomain", await self._runner.call(GET_DOMAIN, (domain,), {}))

    async def add_domain(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[AddDomainParams],
    ) -> DnsRecord:
        """Add a sender domain, or change its settings.

        The first call adds the domain and answers the DNS record that
        proves the customer controls it. Once that record is published, the
        same call approves the domain; any call may also set the bounce and
        tracking host names, HTTPS for rewritten links, the DMARC policy
        and its gradual roll-out, and add a DMARC reporting address (only
        for an approved domain). Settings left out keep their value (or
        their default, for a new domain).
        """
        return cast(
            "DnsRecord",
            await self._runner.call(ADD_DOMAIN, (domain,), {}, body, encoding),
        )

    async def delete_domain(self, domain: str) -> None:
        """Delete a sender domain."""
        return cast("None", await self._runner.call(DELETE_DOMAIN, (domain,), {}))

    async def delete_domain_report_address(self, domain: str, address: str) -> None:
        """Stop sending a sender domain's DMARC reports to an address.

        Removes a reporting address added with `addDomain`; SMTPeter's own address stays.
        """
        return cast(
            "None",
            await self._runner.call(
                DELETE_DOMAIN_REPORT_ADDRESS,
                (
                    domain,
                    address,
                ),
                {},
            ),
        )


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


class Logfiles:
    """Daily log files of every event, as CSV, JSON or XML."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_log_dates(self) -> list[datetime.date]:
        """The days (UTC) that have log files."""
        return cast("list[datetime.date]", self._runner.call(LIST_LOG_DATES, (), {}))

    def list_log_files(self, date: datetime.date) -> list[str]:
        """The log files of one day.

        Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
        call and the file download below as `/logfiles/DATE` and
        `/logfiles/FILENAME`, which one path template cannot tell apart;
        this document spells the file name as `{prefix}.{date}.log`.
        """
        return cast("list[str]", self._runner.call(LIST_LOG_FILES, (date,), {}))

    def get_log_file(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> str:
        """Download a log file as CSV, without a header line.

        The fields of each record, in the order the log file's page lists them. Fields may hold line breaks.
        """
        return cast(
            "str",
            self._runner.call(
                GET_LOG_FILE,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    def get_log_file_with_header(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> str:
        """Download a log file as CSV, field names on the first line."""
        return cast(
            "str",
            self._runner.call(
                GET_LOG_FILE_WITH_HEADER,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    def get_log_file_json(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> list[
        AbuseRecord
        | AttemptRecord
        | ClickRecord
        | DeliveryRecord
        | DmarcRecord
        | FailureRecord
        | OpenRecord
        | ReturnedMailRecord
    ]:
        """Download a log file as JSON records."""
        return cast(
            "list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord]",
            self._runner.call(
                GET_LOG_FILE_JSON,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    def get_log_file_xml(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> bytes:
        """Download a log file as XML.

        A `records` element holding one `record` element per record, with one child element per field.
        """
        return cast(
            "bytes",
            self._runner.call(
                GET_LOG_FILE_XML,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )


class AsyncLogfiles:
    """Daily log files of every event, as CSV, JSON or XML."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_log_dates(self) -> list[datetime.date]:
        """The days (UTC) that have log files."""
        return cast(
            "list[datetime.date]", await self._runner.call(LIST_LOG_DATES, (), {})
        )

    async def list_log_files(self, date: datetime.date) -> list[str]:
        """The log files of one day.

        Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
        call and the file download below as `/logfiles/DATE` and
        `/logfiles/FILENAME`, which one path template cannot tell apart;
        this document spells the file name as `{prefix}.{date}.log`.
        """
        return cast("list[str]", await self._runner.call(LIST_LOG_FILES, (date,), {}))

    async def get_log_file(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> str:
        """Download a log file as CSV, without a header line.

        The fields of each record, in the order the log file's page lists them. Fields may hold line breaks.
        """
        return cast(
            "str",
            await self._runner.call(
                GET_LOG_FILE,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    async def get_log_file_with_header(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> str:
        """Download a log file as CSV, field names on the first line."""
        return cast(
            "str",
            await self._runner.call(
                GET_LOG_FILE_WITH_HEADER,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    async def get_log_file_json(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> list[
        AbuseRecord
        | AttemptRecord
        | ClickRecord
        | DeliveryRecord
        | DmarcRecord
        | FailureRecord
        | OpenRecord
        | ReturnedMailRecord
    ]:
        """Download a log file as JSON records."""
        return cast(
            "list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord]",
            await self._runner.call(
                GET_LOG_FILE_JSON,
                (
                    prefix,
                    date,
                ),
                {},
            ),
        )

    async def get_log_file_xml(
        self,
        prefix: Literal[
            "abuses",
            "attempts",
            "bounces",
            "clicks",
            "deliveries",
            "dmarc",
            "failures",
            "opens",
            "responses",
        ],
        date: datetime.date,
    ) -> bytes:
        """Download a log file as XML.

        A `records` element holding one `record` element per record, with one child element per field.
        """
        return cast(
            "bytes",
            await self._runner.call(
                GET_LOG_FILE_XML,
                (
                    prefix,
                    date,
                ),
                {},
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
    ) -> dict[str, str] | Literal[1]:
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
        properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
        `dsn`, an inline template and per-recipient data need JSON).
        """
        return cast(
            "dict[str, str] | Literal[1]",
            self._runner.call(SEND, (), {}, body, encoding),
        )

    def resend(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ResendParams],
    ) -> dict[str, str] | Literal[1]:
        """Deliver an archived message again.

        Rebuilds a message from everything it was first sent with and
        delivers it again under a new message id; later changes to its
        template do not apply.
        """
        return cast(
            "dict[str, str] | Literal[1]",
            self._runner.call(RESEND, (), {}, body, encoding),
        )


class AsyncSending:
    """Submit messages for delivery, or deliver an archived one again."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def send(
        self, *, encoding: Literal["json", "form"] = "json", **body: Unpack[SendParams]
    ) -> dict[str, str] | Literal[1]:
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
        properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
        `dsn`, an inline template and per-recipient data need JSON).
        """
        return cast(
            "dict[str, str] | Literal[1]",
            await self._runner.call(SEND, (), {}, body, encoding),
        )

    async def resend(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ResendParams],
    ) -> dict[str, str] | Literal[1]:
        """Deliver an archived message again.

        Rebuilds a message from everything it was first sent with and
        delivers it again under a new message id; later changes to its
        template do not apply.
        """
        return cast(
            "dict[str, str] | Literal[1]",
            await self._runner.call(RESEND, (), {}, body, encoding),
        )


class Spf:
    """The SPF record SMTPeter publishes for a sender domain."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_spf(self, domain: str) -> SpfRecord:
        """The SPF record SMTPeter publishes for a sender domain."""
        return cast("SpfRecord", self._runner.call(GET_SPF, (domain,), {}))

    def create_spf(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateSpfParams],
    ) -> SpfRecord:
        """Publish an SPF record for a sender domain, with extra senders.

        SMTPeter hosts an SPF record that allows its own servers; this adds
        the other addresses and domains the customer sends mail from.
        SMTPeter's docs list the call without its parameters: this
        document takes `ips` (addresses or networks) and `includes`
        (domains whose SPF record is included). A second call replaces the
        lists.
        """
        return cast(
            "SpfRecord", self._runner.call(CREATE_SPF, (domain,), {}, body, encoding)
        )

    def delete_spf(self, domain: str) -> None:
        """Stop publishing the SPF record for a sender domain."""
        return cast("None", self._runner.call(DELETE_SPF, (domain,), {}))


class AsyncSpf:
    """The SPF record SMTPeter publishes for a sender domain."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_spf(self, domain: str) -> SpfRecord:
        """The SPF record SMTPeter publishes for a sender domain."""
        return cast("SpfRecord", await self._runner.call(GET_SPF, (domain,), {}))

    async def create_spf(
        self,
        domain: str,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[CreateSpfParams],
    ) -> SpfRecord:
        """Publish an SPF record for a sender domain, with extra senders.

        SMTPeter hosts an SPF record that allows its own servers; this adds
        the other addresses and domains the customer sends mail from.
        SMTPeter's docs list the call without its parameters: this
        document takes `ips` (addresses or networks) and `includes`
        (domains whose SPF record is included). A second call replaces the
        lists.
        """
        return cast(
            "SpfRecord",
            await self._runner.call(CREATE_SPF, (domain,), {}, body, encoding),
        )

    async def delete_spf(self, domain: str) -> None:
        """Stop publishing the SPF record for a sender domain."""
        return cast("None", await self._runner.call(DELETE_SPF, (domain,), {}))


class Templates:
    """Stored templates - create, read in each format, replace, delete, list."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_templates(self) -> list[TemplateSummary]:
        """List every stored template.

        The id and name of every template in the account, in SMTPeter's order.
        """
        return cast("list[TemplateSummary]", self._runner.call(LIST_TEMPLATES, (), {}))

    def list_templates_page(self, start: int, length: int) -> list[TemplateSummary]:
        """List one page of the stored templates.

        At most `length` entries of the list `listTemplates` answers,
        beginning at position `start` (counted from zero). A page past the
        end is an empty list.
        """
        return cast(
            "list[TemplateSummary]",
            self._runner.call(
                LIST_TEMPLATES_PAGE,
                (
                    start,
                    length,
                ),
                {},
            ),
        )

    def get_template(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> TemplateDocument:
        """Read a stored template as its JSON document.

        The template's responsiveemail.com document, SMTPeter's default
        format (the same as asking for the `json` format). Extra query
        parameters are personalization variables, filled in before the
        document is returned.
        """
        return cast(
            "TemplateDocument",
            self._runner.call(GET_TEMPLATE, (template,), {"data": data}),
        )

    def delete_template(self, template: int | str) -> None:
        """Delete a stored template.

        Messages already sent from it keep their archived copies.
        """
        return cast("None", self._runner.call(DELETE_TEMPLATE, (template,), {}))

    def get_template_html(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read a stored template as HTML for email clients."""
        return cast(
            "str", self._runner.call(GET_TEMPLATE_HTML, (template,), {"data": data})
        )

    def get_template_webversion(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read a stored template as an HTML page for browsers."""
        return cast(
            "str",
            self._runner.call(GET_TEMPLATE_WEBVERSION, (template,), {"data": data}),
        )

    def get_template_mime(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> bytes:
        """Read a stored template as a MIME message linking to hosted images."""
        return cast(
            "bytes", self._runner.call(GET_TEMPLATE_MIME, (template,), {"data": data})
        )

    def get_template_embedded(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> bytes:
        """Read a stored template as a MIME message with its images embedded."""
        return cast(
            "bytes",
            self._runner.call(GET_TEMPLATE_EMBEDDED, (template,), {"data": data}),
        )

    def get_template_text(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read the plain-text version of a stored template."""
        return cast(
            "str", self._runner.call(GET_TEMPLATE_TEXT, (template,), {"data": data})
        )

    def update_template(self, **body: Any) -> TemplateCreated:
        """Replace a stored template.

        Replaces the document of the template named by the body's `id`
        (or, when template names are unique, its `name`).

        The table of all calls does not list this method, but the
        templates page documents it with an example (contradiction 5 of
        the docs' README). It is described here because the page shows
        both the request and the answer, and the table leaves out other
        documented calls too. As with `createTemplate`, the one documented
        address is `/template/html`.
        """
        return cast(
            "TemplateCreated", self._runner.call(UPDATE_TEMPLATE, (), {}, body, "json")
        )

    def create_template(self, **body: Any) -> TemplateCreated:
        """Store a new template.

        Stores a responsiveemail.com template document under a new id.

        SMTPeter's page writes this call as `POST /template/{format}` but
        shows only `html` as the format and does not say what the segment
        changes: the body is JSON either way, and the answer's `Location`
        header links to the new template in that format. This document
        therefore describes the one documented address, `/template/html`.
        """
        return cast(
            "TemplateCreated", self._runner.call(CREATE_TEMPLATE, (), {}, body, "json")
        )


class AsyncTemplates:
    """Stored templates - create, read in each format, replace, delete, list."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_templates(self) -> list[TemplateSummary]:
        """List every stored template.

        The id and name of every template in the account, in SMTPeter's order.
        """
        return cast(
            "list[TemplateSummary]", await self._runner.call(LIST_TEMPLATES, (), {})
        )

    async def list_templates_page(
        self, start: int, length: int
    ) -> list[TemplateSummary]:
        """List one page of the stored templates.

        At most `length` entries of the list `listTemplates` answers,
        beginning at position `start` (counted from zero). A page past the
        end is an empty list.
        """
        return cast(
            "list[TemplateSummary]",
            await self._runner.call(
                LIST_TEMPLATES_PAGE,
                (
                    start,
                    length,
                ),
                {},
            ),
        )

    async def get_template(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> TemplateDocument:
        """Read a stored template as its JSON document.

        The template's responsiveemail.com document, SMTPeter's default
        format (the same as asking for the `json` format). Extra query
        parameters are personalization variables, filled in before the
        document is returned.
        """
        return cast(
            "TemplateDocument",
            await self._runner.call(GET_TEMPLATE, (template,), {"data": data}),
        )

    async def delete_template(self, template: int | str) -> None:
        """Delete a stored template.

        Messages already sent from it keep their archived copies.
        """
        return cast("None", await self._runner.call(DELETE_TEMPLATE, (template,), {}))

    async def get_template_html(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read a stored template as HTML for email clients."""
        return cast(
            "str",
            await self._runner.call(GET_TEMPLATE_HTML, (template,), {"data": data}),
        )

    async def get_template_webversion(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read a stored template as an HTML page for browsers."""
        return cast(
            "str",
            await self._runner.call(
                GET_TEMPLATE_WEBVERSION, (template,), {"data": data}
            ),
        )

    async def get_template_mime(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> bytes:
        """Read a stored template as a MIME message linking to hosted images."""
        return cast(
            "bytes",
            await self._runner.call(GET_TEMPLATE_MIME, (template,), {"data": data}),
        )

    async def get_template_embedded(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> bytes:
        """Read a stored template as a MIME message with its images embedded."""
        return cast(
            "bytes",
            await self._runner.call(GET_TEMPLATE_EMBEDDED, (template,), {"data": data}),
        )

    async def get_template_text(
        self, template: int | str, *, data: Mapping[str, str] | None = None
    ) -> str:
        """Read the plain-text version of a stored template."""
        return cast(
            "str",
            await self._runner.call(GET_TEMPLATE_TEXT, (template,), {"data": data}),
        )

    async def update_template(self, **body: Any) -> TemplateCreated:
        """Replace a stored template.

        Replaces the document of the template named by the body's `id`
        (or, when template names are unique, its `name`).

        The table of all calls does not list this method, but the
        templates page documents it with an example (contradiction 5 of
        the docs' README). It is described here because the page shows
        both the request and the answer, and the table leaves out other
        documented calls too. As with `createTemplate`, the one documented
        address is `/template/html`.
        """
        return cast(
            "TemplateCreated",
            await self._runner.call(UPDATE_TEMPLATE, (), {}, body, "json"),
        )

    async def create_template(self, **body: Any) -> TemplateCreated:
        """Store a new template.

        Stores a responsiveemail.com template document under a new id.

        SMTPeter's page writes this call as `POST /template/{format}` but
        shows only `html` as the format and does not say what the segment
        changes: the body is JSON either way, and the answer's `Location`
        header links to the new template in that format. This document
        therefore describes the one documented address, `/template/html`.
        """
        return cast(
            "TemplateCreated",
            await self._runner.call(CREATE_TEMPLATE, (), {}, body, "json"),
        )


class Webhooks:
    """Where SMTPeter posts events as they happen: the settings of those calls."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def list_webhooks(self) -> list[Webhook]:
        """The configured webhooks."""
        return cast("list[Webhook]", self._runner.call(LIST_WEBHOOKS, (), {}))

    def configure_webhook(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ConfigureWebhookParams],
    ) -> Webhook:
        """Set the URL SMTPeter posts one type of event to.

        SMTPeter's docs list this call without its parameters. This
        document takes the event `type` and the `url`; a type has one URL,
        so a second call for the same type replaces it. (The dashboard
        also asks to verify the URL with a file; the REST docs say
        nothing about that.)
        """
        return cast(
            "Webhook", self._runner.call(CONFIGURE_WEBHOOK, (), {}, body, encoding)
        )


class AsyncWebhooks:
    """Where SMTPeter posts events as they happen: the settings of those calls."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def list_webhooks(self) -> list[Webhook]:
        """The configured webhooks."""
        return cast("list[Webhook]", await self._runner.call(LIST_WEBHOOKS, (), {}))

    async def configure_webhook(
        self,
        *,
        encoding: Literal["json", "form"] = "json",
        **body: Unpack[ConfigureWebhookParams],
    ) -> Webhook:
        """Set the URL SMTPeter posts one type of event to.

        SMTPeter's docs list this call without its parameters. This
        document takes the event `type` and the `url`; a type has one URL,
        so a second call for the same type replaces it. (The dashboard
        also asks to verify the URL with a file; the REST docs say
        nothing about that.)
        """
        return cast(
            "Webhook",
            await self._runner.call(CONFIGURE_WEBHOOK, (), {}, body, encoding),
        )


class Resources:
    """Every operation of the API, grouped by tag: ``resources.<tag>.<operation>()``."""

    datarequests: Datarequests
    dkim: Dkim
    dmarc: Dmarc
    dns: Dns
    domains: Domains
    events: Events
    logfiles: Logfiles
    messages: Messages
    sending: Sending
    spf: Spf
    templates: Templates
    webhooks: Webhooks

    def bind_resources(self, runner: Runner) -> None:
        self.datarequests = Datarequests(runner)
        self.dkim = Dkim(runner)
        self.dmarc = Dmarc(runner)
        self.dns = Dns(runner)
        self.domains = Domains(runner)
        self.events = Events(runner)
        self.logfiles = Logfiles(runner)
        self.messages = Messages(runner)
        self.sending = Sending(runner)
        self.spf = Spf(runner)
        self.templates = Templates(runner)
        self.webhooks = Webhooks(runner)


class AsyncResources:
    """Every operation of the API, grouped by tag: ``resources.<tag>.<operation>()``."""

    datarequests: AsyncDatarequests
    dkim: AsyncDkim
    dmarc: AsyncDmarc
    dns: AsyncDns
    domains: AsyncDomains
    events: AsyncEvents
    logfiles: AsyncLogfiles
    messages: AsyncMessages
    sending: AsyncSending
    spf: AsyncSpf
    templates: AsyncTemplates
    webhooks: AsyncWebhooks

    def bind_resources(self, runner: AsyncRunner) -> None:
        self.datarequests = AsyncDatarequests(runner)
        self.dkim = AsyncDkim(runner)
        self.dmarc = AsyncDmarc(runner)
        self.dns = AsyncDns(runner)
        self.domains = AsyncDomains(runner)
        self.events = AsyncEvents(runner)
        self.logfiles = AsyncLogfiles(runner)
        self.messages = AsyncMessages(runner)
        self.sending = AsyncSending(runner)
        self.spf = AsyncSpf(runner)
        self.templates = AsyncTemplates(runner)
        self.webhooks = AsyncWebhooks(runner)
