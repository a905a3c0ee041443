"""Python values in, JSON out: what a request needs before the spec's validator sees it.

The rules themselves (patterns, enums, bounds, which properties exist) are openapi.yaml's, and
the validator compiled from it checks them. This module only turns the Python values that
templates/surface.yaml declares for a schema (a ``datetime`` for ``MaxDeliverTime``, an
``EmailMessage`` for ``MimeMessage``, an :class:`Attachment`) into JSON, maps keyword names to
property names, and encodes the body, finding the culprit when a value is not JSON.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from email.message import EmailMessage, Message
from typing import Any
from urllib.parse import quote_plus

from smtpeter_client.resources import Operation

from . import _json
from ._attachments import Attachment, StreamedBody, StreamedData
from ._exceptions import ValidationError

__all__ = ["encode_body", "form_values", "parameters", "wire_body"]


def _deliver_time(field: str, value: Any) -> Any:
    if not isinstance(value, dt.datetime):
        return value  # a string: the spec's pattern checks it
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "needs a timezone-aware datetime (e.g. tzinfo=UTC)")
    try:
        utc = value.astimezone(dt.UTC)
    except OverflowError:
        raise ValidationError(field, "is out of range once converted to UTC") from None
    # Not strftime: it does not pad years before 1000 to four digits on every platform.
    return f"{utc.year:04d}-{utc:%m-%d %H:%M:%S}"


def _mime(field: str, value: Any) -> Any:
    if isinstance(value, Message):
        from email.policy import SMTP  # its header registry costs more than the rest of a send

        policy = SMTP if isinstance(value, EmailMessage) else SMTP.clone(cte_type="8bit")
        value = value.as_bytes(policy=policy)
    if isinstance(value, bytes | bytearray):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(field, "bytes must be UTF-8 (or 7-bit) encoded") from None
    return value


def _attachment(field: str, value: Any) -> Any:
    if isinstance(value, Attachment):
        return value.wire_for_send()
    return value


def _date_text(field: str, value: Any) -> str:
    return _date(field, value).isoformat()


# Schema name (templates/surface.yaml's widenings), or ``date`` for a property of format date,
# to its converter.
CONVERTERS: dict[str, Callable[[str, Any], Any]] = {
    "date": _date_text,
    "MaxDeliverTime": _deliver_time,
    "MimeMessage": _mime,
    "Attachment": _attachment,
}


def wire_body(operation: Operation, body: Mapping[str, Any]) -> dict[str, Any]:
    """The body as the API names it, Python values converted; ``None`` means not given."""
    wire: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for keyword, value in body.items():
        name = operation.body_fields.get(keyword)
        if name is None and operation.open_body:
            name = keyword
        elif name is None:
            raise ValidationError(keyword, f"is not a property of {operation.name}()'s body")
        if value is None:
            continue
        if name in given_as:  # a renamed keyword (`from_`) and the name itself, in an open body
            raise ValidationError(name, f"is given twice, as {given_as[name]} and as {keyword}")
        given_as[name] = keyword
        converter = operation.conversions.get(name)
        item_converter = operation.conversions.get(f"{name}[]")
        if converter is not None:
            value = CONVERTERS[converter](name, value)
        elif item_converter is not None and _is_list(value):
            convert = CONVERTERS[item_converter]
            value = [convert(f"{name}[{i}]", item) for i, item in enumerate(value)]
        elif isinstance(value, Mapping) and not isinstance(value, dict):
            value = dict(value)
        wire[name] = value
    return wire


def form_values(operation: Operation, wire: dict[str, Any]) -> dict[str, Any]:
    """Adapt flat JSON values to the form schema: one string where it wants a list, and an
    id where it wants a string. Anything it cannot carry is left for the validator to refuse."""
    for name, value in wire.items():
        kind = operation.form_types.get(name)
        if kind == "array" and isinstance(value, str):
            wire[name] = [value]
        elif kind == "string" and isinstance(value, int) and not isinstance(value, bool):
            error = _int_error(name, value)
            if error is not None:
                raise error
            wire[name] = str(value)
    return wire


def parameters(
    operation: Operation, args: Sequence[Any], params: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], tuple[Any, ...]]:
    """Path and query parameters: as the spec names them (for the validator, dates as text),
    and as the generated functions take them (query by Python name, and the path arguments;
    dates as ``datetime.date``)."""
    if len(args) != len(operation.path_parameters):
        raise TypeError(f"{operation.name}() takes {len(operation.path_parameters)} path arguments")
    by_spec_name: dict[str, Any] = {}
    path_values = []
    for name, value in zip(operation.path_parameters, args, strict=True):
        by_spec_name[name], converted = _parameter(operation, name, value)
        path_values.append(converted)
    generated: dict[str, Any] = {}
    for keyword, value in params.items():
        if value is not None:
            name = operation.query_parameters[keyword]
            by_spec_name[name], generated[keyword] = _parameter(operation, name, value)
    return by_spec_name, generated, tuple(path_values)


def _parameter(operation: Operation, name: str, value: Any) -> tuple[Any, Any]:
    """One parameter: the value the validator sees, and the one the generated function takes."""
    if name in operation.date_parameters:
        day = _date(name, value)
        return day.isoformat(), day
    if isinstance(value, Mapping):
        # An object spread over the query (style form, explode): the generated function
        # takes anything with to_dict(), the validator the plain mapping.
        values = dict(value)
        return values, _QueryObject(values)
    return value, value


class _QueryObject:
    """A mapping given for an object query parameter, as the generated function reads one."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def to_dict(self) -> dict[str, Any]:
        return self._values


def _date(field: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        raise ValidationError(field, "must be a date, not a datetime (use .date())")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(field, "must be a datetime.date or a 'YYYY-MM-DD' string")


def encode_body(wire: dict[str, Any], encoding: str) -> bytes | StreamedBody:
    """The request body's bytes, JSON or form-encoded (lists as repeated keys).

    A JSON body with streamed attachments (see _attachments) is a :class:`StreamedBody`:
    the same bytes, with each attachment's base64 produced while it is sent. Only JSON
    carries attachments (the spec's form bodies have none), so only JSON streams.
    """
    streamed = _streamed(wire)
    if streamed:
        if encoding != "json":
            raise ValidationError("attachments", "only a JSON body can carry attachments")
        return _streamed_body(wire, streamed)
    try:
        if encoding == "json":
            return _json.dumps(wire)
        return "&".join(
            f"{quote_plus(name)}={quote_plus(_form_text(item))}"
            for name, value in wire.items()
            for item in (value if isinstance(value, list | tuple) else [value])
        ).encode("ascii")
    except (TypeError, ValueError) as exc:  # UnicodeEncodeError is a ValueError
        raise _not_json(wire) or ValidationError("body", f"cannot be encoded ({exc})") from None


def _streamed(wire: dict[str, Any]) -> list[tuple[dict[str, Any], StreamedData]]:
    """The attachment objects (a property's value, or an item of it) with streamed data."""
    found = []
    for value in wire.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and isinstance(item.get("data"), StreamedData):
                found.append((item, item["data"]))
    return found


def _streamed_body(
    wire: dict[str, Any], streamed: list[tuple[dict[str, Any], StreamedData]]
) -> StreamedBody:
    # Encode with a unique marker in each streamed string's place, then cut the text there.
    import uuid

    marker = f"smtpeter-streamed-{uuid.uuid4().hex}"
    for i, (item, _data) in enumerate(streamed):
        item["data"] = f"{marker}-{i}"
    try:
        text = encode_body(wire, "json")
    finally:
        for item, data in streamed:
            item["data"] = data
    assert isinstance(text, bytes)
    parts: list[Any] = []
    for i, (_item, data) in enumerate(streamed):
        before, text = text.split(f'"{marker}-{i}"'.encode(), 1)
        parts += [before, data.source]
    parts.append(text)
    return StreamedBody(parts)


def _form_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int):
        return str(value)
    raise TypeError(f"{type(value).__name__} in form data")


def _not_json(value: Any, field: str = "") -> ValidationError | None:
    """The first value that JSON (and UTF-8) cannot carry, as a ValidationError."""
    for where, item in _walk(value, field):
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return ValidationError(where, "must be valid Unicode (it holds a lone surrogate)")
        elif isinstance(item, _Key):
            return ValidationError(where, f"keys must be strings, not {type(item.key).__name__}")
        elif isinstance(item, float) and not math.isfinite(item):
            return ValidationError(where, "numbers must be finite")
        elif isinstance(item, int) and (error := _int_error(where, item)) is not None:
            return error
        elif not (item is None or isinstance(item, bool | int | float | dict | list | tuple)):
            return ValidationError(where, f"{type(item).__name__} is not a JSON value")
    return None


class _Key:
    """A mapping key that is not a string (JSON would silently turn it into one)."""

    def __init__(self, key: object) -> None:
        self.key = key


def _walk(value: Any, field: str) -> Iterator[tuple[str, Any]]:
    yield field or "body", value
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{field}.{key}" if field else str(key)
            if not isinstance(key, str):
                yield where, _Key(key)
            yield from _walk(item, where)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{field}[{i}]")


def _int_error(field: str, value: int) -> ValidationError | None:
    """An integer too long for Python to write as text (so as JSON or form data)."""
    try:
        str(value)
    except ValueError:
        limit = sys.get_int_max_str_digits()
        return ValidationError(
            field, f"is an integer of more than {limit} digits: too long to send"
        )
    return None


def not_json(value: Any) -> ValidationError | None:
    """The culprit, when the validator itself trips on a value (a key that is not a string)."""
    return _not_json(value)


def _is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray)


def too_deep(values: Mapping[str, Any]) -> ValidationError | None:
    """The argument that nests too deeply to check or encode (where Python's recursion gave
    out), or that contains itself; None if none does."""
    deepest, culprit = 0, ""
    for name, value in values.items():
        depth = _depth(value)
        if depth is None:
            return ValidationError(
                name, "contains itself (a reference cycle): JSON cannot encode it"
            )
        if depth > deepest:
            deepest, culprit = depth, name
    if deepest < _DEEP:
        return None  # the caller's own stack was deep: not the input's doing
    limit = sys.getrecursionlimit()
    return ValidationError(
        culprit,
        f"is nested {deepest} levels deep: more than can be checked and encoded within "
        f"Python's recursion limit ({limit})",
    )


_DEEP = 100  # levels; far beyond any real document
_END = object()


def _depth(value: Any) -> int | None:
    """How many lists and mappings deep a value goes (without recursion), None for a cycle."""
    deepest = 0
    path: list[tuple[int, Iterator[Any]]] = []
    on_path: set[int] = set()
    item = value
    while True:
        if isinstance(item, Mapping | list | tuple):
            if id(item) in on_path:
                return None
            on_path.add(id(item))
            path.append((id(item), iter(item.values() if isinstance(item, Mapping) else item)))
            deepest = max(deepest, len(path))
        while path:
            item = next(path[-1][1], _END)
            if item is not _END:
                break
            on_path.discard(path.pop()[0])
        else:
            return deepest
