"""The only rules the wrapper writes by hand: those openapi.yaml cannot express.

1. RFC 6902's conditionals: ``add``, ``replace`` and ``test`` need a ``value``; ``move`` and
   ``copy`` need a ``from`` (JSON Schema could say it with if/then, which several code
   generators and Redocly's example checks trip over, so the spec says it in words).
2. Header safety of personalized values: the spec refuses line breaks in header properties,
   but a ``{$name}`` placeholder in one of them is filled in by SMTPeter from ``data`` or the
   per-recipient data, and a ``patch`` can set a template's header fields. A value that would
   put a line break into a header that way is refused, or it could add headers (say a
   ``Bcc``). A line break is what Python's ``str.splitlines`` splits at (CR, LF, VT, FF,
   U+001C-U+001E, U+0085, U+2028, U+2029), as mail software may.

Every other rule is the spec's, checked by the validator compiled from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from itertools import repeat
from typing import Any

from smtpeter_client.spec_rules import HEADER_PROPERTIES, PLACEHOLDER_NAME

from ._exceptions import ValidationError

__all__ = ["check_body"]

# A placeholder's name is a key of the send's data (the spec's rule for those keys).
_NAME = PLACEHOLDER_NAME
_PLACEHOLDER = re.compile(r"\{\$(" + _NAME + ")")
# The properties that become headers of the message SMTPeter builds.
_HEADER_PROPERTIES = HEADER_PROPERTIES
# Template fields (by the last segment of a patch path) that become headers.
_HEADER_PATHS = frozenset(
    {"subject", "from", "to", "cc", "bcc", "replyto", "reply-to", "sender", "headers", "extra"}
)
_get: Callable[[Any, str], Any] = dict.get  # typed for map(): a value may be anything
_NEEDS = {"add": "value", "replace": "value", "test": "value", "move": "from", "copy": "from"}


def check_body(wire: Mapping[str, Any]) -> None:
    """Raise :class:`ValidationError` if the body breaks a rule the spec cannot express."""
    patch = wire.get("patch")
    if isinstance(patch, list):
        _check_patch(patch)
    names = _header_placeholders(wire)
    if not names:
        return
    data = wire.get("data")
    if isinstance(data, Mapping):
        _check_data("data", data, names)
    recipients = wire.get("recipients")
    if isinstance(recipients, Mapping) and not _plain_strings_fit(recipients, names):
        # Per recipient, to find the first culprit: the common value, a string, is checked in
        # place. (Personal data that is not a dict is the validator's to refuse.)
        for address, personal in recipients.items():
            if type(personal) is dict:
                for name in names:
                    value = personal.get(name)
                    if value is None or (type(value) is str and not _has_line_break(value)):
                        continue
                    _check_data(f"recipients[{address!r}]", personal, {name: names[name]})


def _plain_strings_fit(recipients: Mapping[str, Any], names: Mapping[str, str]) -> bool:
    """True when every recipient's data is a dict, and every value it has for ``names`` a
    string without a line break (or a value without strings: None, 0, an empty list): checked
    for all recipients at once, a few bulk operations instead of a Python loop over 100,000 of
    them. False says only "look closer"."""
    personals = recipients.values()
    for name in names:
        try:
            # dict.get refuses what is not a dict, and join what is not a string: first as
            # they are (every recipient has the name, a string), else without the falsy
            # values (None where one has not), which hold no string. NUL is no line break:
            # the joined text holds one exactly when a value does.
            try:
                text = "\0".join(map(_get, personals, repeat(name)))
            except TypeError:
                text = "\0".join(filter(None, map(_get, personals, repeat(name))))
        except TypeError:
            return False
        if _has_line_break(text):
            return False
    return True


def _header_placeholders(wire: Mapping[str, Any]) -> dict[str, str]:
    """Each placeholder name used in a header, mapped to the first header using it."""
    found: dict[str, str] = {}
    for prop in _HEADER_PROPERTIES:
        for text in _strings(wire.get(prop)):
            for name in _PLACEHOLDER.findall(text):
                found.setdefault(name, prop)
    extra = wire.get("extra")
    if isinstance(extra, Mapping):
        for header, value in extra.items():
            for name in _PLACEHOLDER.findall(value if isinstance(value, str) else ""):
                found.setdefault(name, f"extra[{header!r}]")
    return found


def _check_data(field: str, data: Mapping[str, Any], names: Mapping[str, str]) -> None:
    for name, header in names.items():
        for text in _strings(data.get(name)):
            if _has_line_break(text):
                raise ValidationError(
                    f"{field}.{name}",
                    f"may not contain a line break: it fills {{${name}}} in {header}, a header",
                )


def _check_patch(patch: list[Any]) -> None:
    for i, operation in enumerate(patch):
        if not isinstance(operation, Mapping):
            continue  # the spec's validator says what is wrong with it
        op = operation.get("op")
        needed = _NEEDS.get(op) if isinstance(op, str) else None
        if needed and needed not in operation:
            raise ValidationError(f"patch[{i}].{needed}", f"is required for op {op!r} (RFC 6902)")
        path = operation.get("path")
        segments = path.lower().split("/") if isinstance(path, str) else []
        if _HEADER_PATHS.intersection(segments):
            for text in _strings(operation.get("value")):
                if _has_line_break(text):
                    raise ValidationError(
                        f"patch[{i}].value", f"may not contain a line break: {path} is a header"
                    )


def _has_line_break(text: str) -> bool:
    """Whether ``text`` holds a line break, as ``str.splitlines`` (and mail software) reads it."""
    return bool(text) and text.splitlines() != [text]


def _strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
