"""Checking a send's keyword arguments and turning them into the generated request model.

Everything here runs before a byte is sent. Each rule that SMTPeter documents is checked with
a :class:`ValidationError` naming the field and the rule; values are converted from Python
(datetimes, bytes, ``EmailMessage``, :class:`Attachment`) into what the API expects.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from email.message import EmailMessage, Message
from email.policy import SMTP
from typing import Any, Literal, TypedDict

from smtpeter_client.models import SendForm, SendRequest

from ._attachments import Attachment
from ._exceptions import ValidationError

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
_ADDRESS = re.compile(r"[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\.][^\s@<>(),;:\"\[\]\\]*")
_VARIABLE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
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


def _fail(field: str, rule: str) -> ValidationError:
    return ValidationError(field, rule)


def _string(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise _fail(field, f"must be a string, not {type(value).__name__}")
    return value


def _header_value(field: str, value: object) -> str:
    text = _string(field, value)
    if "\r" in text or "\n" in text:
        raise _fail(field, "may not contain CR or LF (header injection)")
    return text


def _address(field: str, value: object) -> str:
    text = _string(field, value)
    if not _ADDRESS.fullmatch(text):
        raise _fail(field, f"{text!r} is not a bare email address like name@example.com")
    return text


def _addresses(field: str, value: object) -> str | list[str]:
    """A header of addresses: a string, or a list of strings SMTPeter joins."""
    if isinstance(value, str):
        return _header_value(field, value)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        items = [_header_value(f"{field}[{i}]", item) for i, item in enumerate(value)]
        if not items:
            raise _fail(field, "may not be an empty list")
        return items
    raise _fail(field, "must be a string or a list of strings")


def _json(field: str, value: object) -> Any:
    """A copy of ``value`` made of JSON types only (str keys, finite numbers)."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _fail(field, "numbers must be finite")
        return value
    if isinstance(value, Mapping):
        copy: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _fail(field, f"keys must be strings, not {type(key).__name__}")
            copy[key] = _json(f"{field}[{key!r}]", item)
        return copy
    if isinstance(value, list | tuple):
        return [_json(f"{field}[{i}]", item) for i, item in enumerate(value)]
    raise _fail(field, f"{type(value).__name__} is not a JSON value")


def _variables(field: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(field, "must be a mapping of variable names to values")
    for name in value:
        if not isinstance(name, str) or not _VARIABLE.fullmatch(name):
            raise _fail(
                f"{field}[{name!r}]",
                "variable names are letters, digits, '-' and '_', starting with a letter",
            )
    copy: dict[str, Any] = _json(field, value)
    return copy


def _recipients(value: object) -> list[str] | dict[str, dict[str, Any]]:
    if isinstance(value, Mapping):
        if not value:
            raise _fail("recipients", "may not be empty")
        return {
            _address("recipients", address): _variables(f"recipients[{address!r}]", data)
            for address, data in value.items()
        }
    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        if not value:
            raise _fail("recipients", "may not be empty")
        return [_address(f"recipients[{i}]", item) for i, item in enumerate(value)]
    raise _fail("recipients", "must be a list of addresses or a mapping of address to data")


def _mime(value: object) -> str:
    if isinstance(value, Message):
        policy = SMTP if isinstance(value, EmailMessage) else SMTP.clone(cte_type="8bit")
        value = value.as_bytes(policy=policy)
    if isinstance(value, bytes | bytearray):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise _fail("mime", "bytes must be UTF-8 (or 7-bit) encoded") from None
    text = _string("mime", value)
    if not text.strip():
        raise _fail("mime", "may not be empty")
    return text


def _url(field: str, value: object) -> str:
    text = _string(field, value)
    if not re.match(r"https?://\S+$", text):
        raise _fail(field, "must be an http:// or https:// URL")
    return text


def _unsubscribe(value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping) or not value:
        raise _fail("unsubscribe", "must be a mapping with email, url and/or oneclick")
    wire: dict[str, Any] = {}
    for key, item in value.items():
        if key == "email":
            wire[key] = _address("unsubscribe.email", item)
        elif key == "url":
            wire[key] = _url("unsubscribe.url", item)
        elif key == "oneclick":
            wire[key] = _boolean("unsubscribe.oneclick", item)
        else:
            raise _fail(f"unsubscribe.{key}", "unknown; use email, url or oneclick")
    return wire


def _extra(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail("extra", "must be a mapping of header name to value")
    wire: dict[str, str] = {}
    for name, item in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise _fail(f"extra[{name!r}]", "header names must start with 'x-' (no spaces or ':')")
        wire[name] = _header_value(f"extra[{name!r}]", item)
    return wire


def _attachment(field: str, value: object) -> dict[str, Any]:
    if isinstance(value, Attachment):
        wire = value.to_wire()
    elif isinstance(value, Mapping):
        wire = dict(value)
        if set(wire) - {"url", "data", "name", "type"} or ("url" in wire) == ("data" in wire):
            raise _fail(
                field, "a mapping needs exactly one of url or data, plus optional name, type"
            )
        if "data" in wire and not _BASE64.fullmatch(_string(f"{field}.data", wire["data"])):
            raise _fail(f"{field}.data", "must be base64 (or use Attachment(content=bytes))")
    else:
        raise _fail(field, "must be an smtpeter.Attachment")
    if "url" in wire:
        _url(f"{field}.url", wire["url"])
    if "name" in wire:
        name = _header_value(f"{field}.name", wire["name"])
        if not name:
            raise _fail(f"{field}.name", "may not be empty")
    if "type" in wire and not _MEDIA_TYPE.fullmatch(_string(f"{field}.type", wire["type"])):
        raise _fail(f"{field}.type", "must be a media type like application/pdf")
    return wire


def _template(value: object) -> int | str | dict[str, Any]:
    if isinstance(value, bool):
        raise _fail("template", "must be an id, a name or a template document")
    if isinstance(value, int):
        if value < 1:
            raise _fail("template", "ids are positive integers")
        return value
    if isinstance(value, str):
        if not value:
            raise _fail("template", "the name may not be empty")
        return value
    if isinstance(value, Mapping):
        document: dict[str, Any] = _json("template", value)
        return document
    raise _fail("template", "must be an id, a name or a template document")


def _patch(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, Sequence) or isinstance(value, str | bytes | bytearray):
        raise _fail("patch", "must be a list of RFC 6902 operations")
    operations = []
    for i, op in enumerate(value):
        field = f"patch[{i}]"
        if not isinstance(op, Mapping):
            raise _fail(field, "must be a mapping with op and path")
        if set(op) - {"op", "path", "from", "value"}:
            raise _fail(field, "only op, path, from and value are allowed")
        if not isinstance(op.get("op"), str) or op["op"] not in _PATCH_OPS:
            raise _fail(f"{field}.op", f"must be one of {', '.join(sorted(_PATCH_OPS))}")
        needs = {"move": ("path", "from"), "copy": ("path", "from")}.get(op["op"], ("path",))
        for key in ("path", "from"):
            if key in needs and key not in op:
                raise _fail(f"{field}.{key}", f"is required for op {op['op']!r}")
            if key in op:
                pointer = _string(f"{field}.{key}", op[key])
                if pointer and not pointer.startswith("/"):
                    raise _fail(f"{field}.{key}", "must be a JSON pointer starting with '/'")
        if op["op"] in ("add", "replace", "test") and "value" not in op:
            raise _fail(f"{field}.value", f"is required for op {op['op']!r}")
        operations.append(_json(field, op))
    return operations


def _tags(value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise _fail("tags", "must be a list of strings")
    for i, tag in enumerate(value):
        if not _TAG.fullmatch(_string(f"tags[{i}]", tag)):
            raise _fail(f"tags[{i}]", "tags are not empty and have no white space or semicolons")
    return list(value)


def _deliver_time(value: object) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise _fail("maxdelivertime", "needs a timezone-aware datetime (e.g. tzinfo=UTC)")
        try:
            utc = value.astimezone(dt.UTC)
        except OverflowError:
            raise _fail("maxdelivertime", "is out of range once converted to UTC") from None
        # Not strftime: it does not pad years before 1000 to four digits on every platform.
        return f"{utc.year:04d}-{utc:%m-%d %H:%M:%S}"
    text = _string("maxdelivertime", value)
    if not _DELIVER_TIME.fullmatch(text):
        raise _fail("maxdelivertime", "must be a datetime or a UTC time as 'YYYY-MM-DD hh:mm:ss'")
    return text


def _dsn(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail("dsn", "must be a mapping with notify, ret, envid and/or orcpt")
    wire: dict[str, str] = {}
    for key, item in value.items():
        if key == "notify":
            parts = item.split(",") if isinstance(item, str) else item
            if not isinstance(parts, list | tuple) or not parts:
                raise _fail("dsn.notify", "must be a string or a list of strings")
            for part in parts:
                if not isinstance(part, str) or part not in _DSN_NOTIFY:
                    raise _fail("dsn.notify", f"values are {', '.join(sorted(_DSN_NOTIFY))}")
            wire[key] = ",".join(parts)
        elif key == "ret":
            if not isinstance(item, str) or item not in _DSN_RET:
                raise _fail("dsn.ret", "must be FULL or HDRS")
            wire[key] = item
        elif key in ("envid", "orcpt"):
            text = _string(f"dsn.{key}", item)
            if not re.fullmatch(r"[!-~]+", text):
                raise _fail(f"dsn.{key}", "must be printable ASCII without spaces")
            wire[key] = text
        else:
            raise _fail(f"dsn.{key}", "unknown; use notify, ret, envid or orcpt")
    return wire


def _boolean(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _fail(field, "must be True or False")
    return value


def _images(value: object) -> str:
    if not isinstance(value, str) or value not in _IMAGES:
        raise _fail("images", "must be 'hosted' or 'default'")
    return str(value)


_CONVERTERS: dict[str, Any] = {
    "envelope": lambda v: _address("envelope", v),
    "recipient": lambda v: _address("recipient", v),
    "recipients": _recipients,
    "mime": _mime,
    "from": lambda v: _header_value("from_", v),
    "to": lambda v: _addresses("to", v),
    "cc": lambda v: _addresses("cc", v),
    "replyto": lambda v: _addresses("replyto", v),
    "subject": lambda v: _header_value("subject", v),
    "text": lambda v: _string("text", v),
    "html": lambda v: _string("html", v),
    "unsubscribe": _unsubscribe,
    "extra": _extra,
    "attachments": lambda v: [
        _attachment(f"attachments[{i}]", a) for i, a in enumerate(_list("attachments", v))
    ],
    "template": _template,
    "data": lambda v: _variables("data", v),
    "patch": _patch,
    "tags": _tags,
    "maxdelivertime": _deliver_time,
    "dsn": _dsn,
    "images": _images,
    **{name: (lambda n: lambda v: _boolean(n, v))(name) for name in _BOOLEANS},
}


def _list(field: str, value: object) -> Sequence[object]:
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Sequence):
        raise _fail(field, "must be a list")
    return value


def _to_form(wire: dict[str, Any]) -> dict[str, Any]:
    for name in _JSON_ONLY:
        if name in wire:
            raise _fail(name, "form data cannot carry nested objects; use encoding='json'")
    if isinstance(wire.get("recipients"), dict):
        raise _fail("recipients", "per-recipient data needs encoding='json'")
    if isinstance(wire.get("template"), dict):
        raise _fail("template", "an inline template document needs encoding='json'")
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
        raise _fail("encoding", "must be 'json' or 'form'")
    wire: dict[str, Any] = {}
    for keyword, value in params.items():
        name = "from" if keyword == "from_" else keyword
        if name not in _CONVERTERS or keyword == "from":
            raise TypeError(f"send() got an unexpected keyword argument {keyword!r}")
        if value is not None:
            wire[name] = _CONVERTERS[name](value)
    if ("recipient" in wire) == ("recipients" in wire):
        raise _fail("recipient", "give exactly one of recipient= or recipients=")
    if not any(name in wire for name in _CONTENT):
        raise _fail("content", "give mime=, template=, text= or html=")
    if encoding == "form":
        return SendForm.from_dict(_to_form(wire))
    return SendRequest.from_dict(wire)
