"""A webhook call's body, read into the event model that openapi.yaml names for its type.

The models are generated from the spec (``smtpeter_client.models``); which model belongs to
which ``type``, and each field's type, are read from them, so nothing here restates the spec.
A form body carries every value as text: a field the spec types as an integer is converted,
and a list field takes every repeat of its name.
"""

from __future__ import annotations

import json
import typing
import urllib.parse
from typing import Any

import attrs

from smtpeter_client.types import Unset
from smtpeter_client.webhook_events import WEBHOOK_EVENTS, WebhookEvent

from ._errors import PayloadError
from ._signature import shown

__all__ = ["EVENT_CLASSES", "WebhookEvent", "parse_event"]

EVENT_CLASSES: tuple[type[WebhookEvent], ...] = typing.get_args(WebhookEvent)
"""The model of each webhook event of the document (its ``webhooks``)."""


# Each model's field types as generated from the spec, and the model for each event type.
_HINTS: dict[type[WebhookEvent], dict[str, Any]] = {
    cls: typing.get_type_hints(cls) for cls in EVENT_CLASSES
}
_BY_TYPE: dict[str, type[WebhookEvent]] = WEBHOOK_EVENTS


def parse_event(body: bytes, content_type: str | None) -> WebhookEvent:
    """The event in a JSON or form-encoded body; :class:`PayloadError` when there is none.

    Without a ``Content-Type``, a body starting with ``{`` is read as JSON, any other as a
    form. Variables the spec does not name are kept in the model's ``additional_properties``.
    """
    media_type = (content_type or "").split(";")[0].strip().lower()
    if not media_type:
        media_type = "application/json" if body.lstrip().startswith(b"{") else "form"
    if media_type == "application/json" or media_type.endswith("+json"):
        fields, repeats = _json_fields(body), False
    elif media_type in ("application/x-www-form-urlencoded", "form"):
        fields, repeats = _form_fields(body), True
    else:
        raise PayloadError(
            "Content-Type",
            f"{shown(media_type)!r} is not application/json or application/x-www-form-urlencoded",
        )
    kind = fields.get("type")
    if repeats and isinstance(kind, list):
        kind = kind[0] if len(kind) == 1 else None
    cls = _BY_TYPE.get(kind) if isinstance(kind, str) else None
    if cls is None:
        known = ", ".join(sorted(_BY_TYPE))
        got = "missing" if kind is None else f"{shown(str(kind))!r}"
        raise PayloadError("type", f"{got} is not a known webhook type ({known})")
    if repeats:
        fields = _single_values(cls, fields)
    try:
        event = cls.from_dict(fields)
    except KeyError as missing:
        raise PayloadError(str(missing.args[0]), "missing") from None
    except (TypeError, ValueError) as exc:
        raise PayloadError("body", shown(str(exc), 200)) from None
    _check_types(event)
    return event


def _json_fields(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PayloadError("body", "is not valid JSON") from None
    if not isinstance(value, dict):
        raise PayloadError("body", "is not a JSON object")
    return value


def _form_fields(body: bytes) -> dict[str, Any]:
    try:
        text = body.decode("utf-8")
        pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text))
    except (UnicodeDecodeError, ValueError):
        raise PayloadError("body", "is not a valid form body") from None
    fields: dict[str, list[str]] = {}
    for name, value in pairs:
        fields.setdefault(name, []).append(value)
    return dict(fields)


def _single_values(cls: type[WebhookEvent], fields: dict[str, Any]) -> dict[str, Any]:
    """Form fields: a list for list-typed fields, else the one value given."""
    hints = _HINTS[cls]
    result: dict[str, Any] = {}
    for name, values in fields.items():
        hint = hints.get(name, hints.get(name + "_"))
        if hint is not None and _accepts(hint, list):
            result[name] = values
        elif len(values) == 1:
            result[name] = values[0]
        else:
            raise PayloadError(name, "is given more than once")
    return result


def _check_types(event: WebhookEvent) -> None:
    """Hold each field to the type the generated model declares (the spec's type)."""
    hints = _HINTS[type(event)]
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        hint = hints[field.name]
        name = field.name.rstrip("_")
        if field.name == "additional_properties" or isinstance(value, Unset):
            continue
        if _accepts(hint, int) and not isinstance(value, bool):
            if isinstance(value, str) and value.isascii() and value.isdigit():
                value = int(value)
                setattr(event, field.name, value)
            if not isinstance(value, int):
                raise PayloadError(name, "must be an integer")
            continue
        if _accepts(hint, list):
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise PayloadError(name, "must be a list of strings")
            continue
        if not isinstance(value, str):
            raise PayloadError(name, "must be a string")


def _accepts(hint: Any, kind: type) -> bool:
    members = (
        typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, _UnionType) else (hint,)
    )
    return any(member is kind or typing.get_origin(member) is kind for member in members)


_UnionType = type(int | str)
