"""The building blocks of input validation: each returns the value checked, or raises.

Every failure is a :class:`ValidationError` naming the field and the rule it broke.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import ValidationError

__all__ = [
    "address",
    "addresses",
    "boolean",
    "fail",
    "header_value",
    "json_value",
    "list_of",
    "string",
    "url",
    "variables",
]

# A bare delivery address: local@domain, nothing that belongs to a display name or a list.
_ADDRESS = re.compile(r"[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\.][^\s@<>(),;:\"\[\]\\]*")
_VARIABLE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def fail(field: str, rule: str) -> ValidationError:
    return ValidationError(field, rule)


def string(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise fail(field, f"must be a string, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(field, "must be valid Unicode (it holds a lone surrogate)") from None
    return value


def header_value(field: str, value: object) -> str:
    text = string(field, value)
    if "\r" in text or "\n" in text:
        raise fail(field, "may not contain CR or LF (header injection)")
    return text


def address(field: str, value: object) -> str:
    text = string(field, value)
    if not _ADDRESS.fullmatch(text):
        raise fail(field, f"{text!r} is not a bare email address like name@example.com")
    return text


def addresses(field: str, value: object) -> str | list[str]:
    """A header of addresses: a string, or a list of strings SMTPeter joins."""
    if isinstance(value, str):
        return header_value(field, value)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        items = [header_value(f"{field}[{i}]", item) for i, item in enumerate(value)]
        if not items:
            raise fail(field, "may not be an empty list")
        return items
    raise fail(field, "must be a string or a list of strings")


def json_value(field: str, value: object) -> Any:
    """A copy of ``value`` made of JSON types only (str keys, finite numbers)."""
    if isinstance(value, str):
        return string(field, value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise fail(field, "numbers must be finite")
        return value
    if isinstance(value, Mapping):
        copy: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise fail(field, f"keys must be strings, not {type(key).__name__}")
            copy[string(field, key)] = json_value(f"{field}[{key!r}]", item)
        return copy
    if isinstance(value, list | tuple):
        return [json_value(f"{field}[{i}]", item) for i, item in enumerate(value)]
    raise fail(field, f"{type(value).__name__} is not a JSON value")


def variables(field: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise fail(field, "must be a mapping of variable names to values")
    for name in value:
        if not isinstance(name, str) or not _VARIABLE.fullmatch(name):
            raise fail(
                f"{field}[{name!r}]",
                "variable names are letters, digits, '-' and '_', starting with a letter",
            )
    copy: dict[str, Any] = json_value(field, value)
    return copy


def url(field: str, value: object) -> str:
    text = string(field, value)
    if not re.fullmatch(r"https?://\S+", text):
        raise fail(field, "must be an http:// or https:// URL")
    return text


def boolean(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise fail(field, "must be True or False")
    return value


def list_of(field: str, value: object) -> Sequence[object]:
    if isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Sequence):
        raise fail(field, "must be a list")
    return value
