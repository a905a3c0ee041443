"""Checking a send's keyword arguments and turning them into the generated request model.

Everything here runs before a byte is sent. Each rule that SMTPeter documents is checked with
a :class:`ValidationError` naming the field and the rule; values are converted from Python
(datetimes, bytes, ``EmailMessage``, :class:`Attachment`) into what the API expects.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from email.message import EmailMessage, Message
from email.policy import SMTP
from typing import Any, Literal, TypedDict

from smtpeter_client.models import SendForm, SendRequest

from . import _checks as check
from ._attachments import Attachment

__all__ = ["Encoding", "SendParams", "build_send_body"]

Encoding = Literal["json", "form"]


class SendParams(TypedDict, total=False):
    """The keyword arguments of ``send``: the API's property names (``from_`` for ``from``).

    A value of ``None`` counts as not given.
    """

    envelope: str | None
    recipient: str | None
    recipients: Sequence[str] | Mapping[str, Mapping[str, Any]] | None
    mime: str | bytes | Message | None
    from_: str | None
    to: str | Sequence[str] | None
    cc: str | Sequence[str] | None
    replyto: str | Sequence[str] | None
    subject: str | None
    text: str | None
    html: str | None
    unsubscribe: Mapping[str, Any] | None
    extra: Mapping[str, str] | None
    attachments: Sequence[Attachment | Mapping[str, Any]] | None
    template: int | str | Mapping[str, Any] | None
    data: Mapping[str, Any] | None
    patch: Sequence[Mapping[str, Any]] | None
    tags: Sequence[str] | None
    inlinecss: bool | None
    trackclicks: bool | None
    trackopens: bool | None
    trackbounces: bool | None
    preventscam: bool | None
    maxdelivertime: dt.datetime | str | None
    dsn: Mapping[str, Any] | None
    images: Literal["hosted", "default"] | None


# A bare delivery address: local@domain, nothing that belongs to a display name or a list.
_HEADER_NAME = re.compile(r"[Xx]-[!-9;-~]+")
_TAG = re.compile(r"[^\s;]+")
_MEDIA_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*")
_DELIVER_TIME = re.compile(
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
)
_BASE64 = re.compile(r"[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*")
_PATCH_OPS = frozenset({"add", "remove", "replace", "move", "copy", "test"})
_DSN_NOTIFY = frozenset({"NEVER", "SUCCESS", "FAILURE", "DELAY"})
_DSN_RET = frozenset({"FULL", "HDRS"})
_IMAGES = frozenset({"hosted", "default"})
_BOOLEANS = ("inlinecss", "trackclicks", "trackopens", "trackbounces", "preventscam")
_CONTENT = ("mime", "template", "text", "html")
# What form data cannot carry: nested objects.
_JSON_ONLY = ("unsubscribe", "extra", "attachments", "data", "patch", "dsn")


def _recipients(value: object) -> list[str] | dict[str, dict[str, Any]]:
    if isinstance(value, Mapping):
        if not value:
            raise check.fail("recipients", "may not be empty")
        return {
            check.address("recipients", address): check.variables(f"recipients[{address!r}]", data)
            for address, data in value.items()
        }
    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        if not value:
            raise check.fail("recipients", "may not be empty")
        return [check.address(f"recipients[{i}]", item) for i, item in enumerate(value)]
    raise check.fail("recipients", "must be a list of addresses or a mapping of address to data")


def _mime(value: object) -> str:
    if isinstance(value, Message):
        policy = SMTP if isinstance(value, EmailMessage) else SMTP.clone(cte_type="8bit")
        value = value.as_bytes(policy=policy)
    if isinstance(value, bytes | bytearray):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise check.fail("mime", "bytes must be UTF-8 (or 7-bit) encoded") from None
    text = check.string("mime", value)
    if not text.strip():
        raise check.fail("mime", "may not be empty")
    return text


def _unsubscribe(value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not value:
        raise check.fail("unsubscribe", "must be a mapping with email, url and/or oneclick")
    wire: dict[str, Any] = {}
    for key, item in value.items():
        if key == "email":
            wire[key] = check.address("unsubscribe.email", item)
        elif key == "url":
            wire[key] = check.url("unsubscribe.url", item)
        elif key == "oneclick":
            wire[key] = check.boolean("unsubscribe.oneclick", item)
        else:
            raise check.fail(f"unsubscribe.{key}", "unknown; use email, url or oneclick")
    return wire


def _extra(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise check.fail("extra", "must be a mapping of header name to value")
    wire: dict[str, str] = {}
    for name, item in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise check.fail(
                f"extra[{name!r}]", "header names must start with 'x-' (no spaces or ':')"
            )
        wire[name] = check.header_value(f"extra[{name!r}]", item)
    return wire


def _attachment(field: str, value: object) -> dict[str, Any]:
    if isinstance(value, Attachment):
        wire = value.to_wire()
    elif isinstance(value, Mapping):
        wire = dict(value)
        if set(wire) - {"url", "data", "name", "type"} or ("url" in wire) == ("data" in wire):
            raise check.fail(
                field, "a mapping needs exactly one of url or data, plus optional name, type"
            )
        if "data" in wire and not _BASE64.fullmatch(check.string(f"{field}.data", wire["data"])):
            raise check.fail(f"{field}.data", "must be base64 (or use Attachment(content=bytes))")
    else:
        raise check.fail(field, "must be an smtpeter.Attachment")
    if "url" in wire:
        check.url(f"{field}.url", wire["url"])
    if "name" in wire:
        name = check.header_value(f"{field}.name", wire["name"])
        if not name:
            raise check.fail(f"{field}.name", "may not be empty")
    if "type" in wire and not _MEDIA_TYPE.fullmatch(check.string(f"{field}.type", wire["type"])):
        raise check.fail(f"{field}.type", "must be a media type like application/pdf")
    return wire


def _template(value: object) -> int | str | dict[str, Any]:
    if isinstance(value, bool):
        raise check.fail("template", "must be an id, a name or a template document")
    if isinstance(value, int):
        if value < 1:
            raise check.fail("template", "ids are positive integers")
        return value
    if isinstance(value, str):
        if not value:
            raise check.fail("template", "the name may not be empty")
        return check.string("template", value)
    if isinstance(value, Mapping):
        document: dict[str, Any] = check.json_value("template", value)
        return document
    raise check.fail("template", "must be an id, a name or a template document")


def _patch(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, Sequence) or isinstance(value, str | bytes | bytearray):
        raise check.fail("patch", "must be a list of RFC 6902 operations")
    operations = []
    for i, op in enumerate(value):
        field = f"patch[{i}]"
        if not isinstance(op, Mapping):
            raise check.fail(field, "must be a mapping with op and path")
        if set(op) - {"op", "path", "from", "value"}:
            raise check.fail(field, "only op, path, from and value are allowed")
        if not isinstance(op.get("op"), str) or op["op"] not in _PATCH_OPS:
            raise check.fail(f"{field}.op", f"must be one of {', '.join(sorted(_PATCH_OPS))}")
        needs = {"move": ("path", "from"), "copy": ("path", "from")}.get(op["op"], ("path",))
        for key in ("path", "from"):
            if key in needs and key not in op:
                raise check.fail(f"{field}.{key}", f"is required for op {op['op']!r}")
            if key in op:
                pointer = check.string(f"{field}.{key}", op[key])
                if pointer and not pointer.startswith("/"):
                    raise check.fail(f"{field}.{key}", "must be a JSON pointer starting with '/'")
        if op["op"] in ("add", "replace", "test") and "value" not in op:
            raise check.fail(f"{field}.value", f"is required for op {op['op']!r}")
        operations.append(check.json_value(field, op))
    return operations


def _tags(value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise check.fail("tags", "must be a list of strings")
    for i, tag in enumerate(value):
        if not _TAG.fullmatch(check.string(f"tags[{i}]", tag)):
            raise check.fail(
                f"tags[{i}]", "tags are not empty and have no white space or semicolons"
            )
    return list(value)


def _deliver_time(value: object) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise check.fail("maxdelivertime", "needs a timezone-aware datetime (e.g. tzinfo=UTC)")
        try:
            utc = value.astimezone(dt.UTC)
        except OverflowError:
            raise check.fail("maxdelivertime", "is out of range once converted to UTC") from None
        # Not strftime: it does not pad years before 1000 to four digits on every platform.
        return f"{utc.year:04d}-{utc:%m-%d %H:%M:%S}"
    text = check.string("maxdelivertime", value)
    if not _DELIVER_TIME.fullmatch(text):
        raise check.fail(
            "maxdelivertime", "must be a datetime or a UTC time as 'YYYY-MM-DD hh:mm:ss'"
        )
    return text


def _dsn(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise check.fail("dsn", "must be a mapping with notify, ret, envid and/or orcpt")
    wire: dict[str, str] = {}
    for key, item in value.items():
        if key == "notify":
            parts = item.split(",") if isinstance(item, str) else item
            if not isinstance(parts, list | tuple) or not parts:
                raise check.fail("dsn.notify", "must be a string or a list of strings")
            for part in parts:
                if not isinstance(part, str) or part not in _DSN_NOTIFY:
                    raise check.fail("dsn.notify", f"values are {', '.join(sorted(_DSN_NOTIFY))}")
            wire[key] = ",".join(parts)
        elif key == "ret":
            if not isinstance(item, str) or item not in _DSN_RET:
                raise check.fail("dsn.ret", "must be FULL or HDRS")
            wire[key] = item
        elif key in ("envid", "orcpt"):
            text = check.string(f"dsn.{key}", item)
            if not re.fullmatch(r"[!-~]+", text):
                raise check.fail(f"dsn.{key}", "must be printable ASCII without spaces")
            wire[key] = text
        else:
            raise check.fail(f"dsn.{key}", "unknown; use notify, ret, envid or orcpt")
    return wire


def _images(value: object) -> str:
    if not isinstance(value, str) or value not in _IMAGES:
        raise check.fail("images", "must be 'hosted' or 'default'")
    return str(value)


_CONVERTERS: dict[str, Any] = {
    "envelope": lambda v: check.address("envelope", v),
    "recipient": lambda v: check.address("recipient", v),
    "recipients": _recipients,
    "mime": _mime,
    "from": lambda v: check.header_value("from_", v),
    "to": lambda v: check.addresses("to", v),
    "cc": lambda v: check.addresses("cc", v),
    "replyto": lambda v: check.addresses("replyto", v),
    "subject": lambda v: check.header_value("subject", v),
    "text": lambda v: check.string("text", v),
    "html": lambda v: check.string("html", v),
    "unsubscribe": _unsubscribe,
    "extra": _extra,
    "attachments": lambda v: [
        _attachment(f"attachments[{i}]", a) for i, a in enumerate(check.list_of("attachments", v))
    ],
    "template": _template,
    "data": lambda v: check.variables("data", v),
    "patch": _patch,
    "tags": _tags,
    "maxdelivertime": _deliver_time,
    "dsn": _dsn,
    "images": _images,
    **{name: (lambda n: lambda v: check.boolean(n, v))(name) for name in _BOOLEANS},
}


def _to_form(wire: dict[str, Any]) -> dict[str, Any]:
    for name in _JSON_ONLY:
        if name in wire:
            raise check.fail(name, "form data cannot carry nested objects; use encoding='json'")
    if isinstance(wire.get("recipients"), dict):
        raise check.fail("recipients", "per-recipient data needs encoding='json'")
    if isinstance(wire.get("template"), dict):
        raise check.fail("template", "an inline template document needs encoding='json'")
    if "template" in wire:
        wire["template"] = str(wire["template"])
    for name in ("to", "cc", "replyto"):
        if isinstance(wire.get(name), str):
            wire[name] = [wire[name]]
    return wire


def build_send_body(params: Mapping[str, Any], encoding: str) -> SendRequest | SendForm:
    """Validate a send's keyword arguments (:class:`SendParams`) into a request body.

    Only the properties given are sent: SMTPeter's own defaults apply to the rest.
    """
    if encoding not in ("json", "form"):
        raise check.fail("encoding", "must be 'json' or 'form'")
    wire: dict[str, Any] = {}
    for keyword, value in params.items():
        name = "from" if keyword == "from_" else keyword
        if name not in _CONVERTERS or keyword == "from":
            raise TypeError(f"send() got an unexpected keyword argument {keyword!r}")
        if value is not None:
            wire[name] = _CONVERTERS[name](value)
    if ("recipient" in wire) == ("recipients" in wire):
        raise check.fail("recipient", "give exactly one of recipient= or recipients=")
    if not any(name in wire for name in _CONTENT):
        raise check.fail("content", "give mime=, template=, text= or html=")
    if encoding == "form":
        return SendForm.from_dict(_to_form(wire))
    return SendRequest.from_dict(wire)
