"""The sandbox's reading of SMTPeter's `{$name}` placeholders.

Only variables are understood: ``{$name}``, ``{$name.key}``, ``{$name[2]}`` and their
combinations, plus ``{ldelim}`` and ``{rdelim}`` for literal braces. Modifiers, arithmetic
and control structures are left in the text untouched, so a test sees they were not applied.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from smtpeter_client.spec_rules import PLACEHOLDER_NAME

__all__ = ["personal_data", "render"]

# A variable's name is a key of the send's data (the spec's rule for those keys).
_NAME = PLACEHOLDER_NAME
_TOKEN = re.compile(
    r"\{\$(?P<path>" + _NAME + r"(?:\.[A-Za-z0-9_-]+|\[[0-9]+\])*)\}|\{(?P<delim>ldelim|rdelim)\}"
)
_STEP = re.compile(r"\.([A-Za-z0-9_-]+)|\[([0-9]+)\]")
_MISSING = object()


def personal_data(request: Mapping[str, Any], recipient: str) -> dict[str, Any]:
    """The variables a message for ``recipient`` is personalized with.

    The request's ``data``, overlaid with the recipient's own entry when ``recipients`` maps
    addresses to data, plus ``recipient`` and ``envelope``, which are always available.
    """
    data: dict[str, Any] = dict(request.get("data") or {})
    recipients = request.get("recipients")
    if isinstance(recipients, Mapping):
        data.update(recipients.get(recipient) or {})
    data["recipient"] = recipient
    data["envelope"] = request.get("envelope") or ""
    return data


def render(template: str, data: Mapping[str, Any]) -> str:
    """Replace the placeholders in ``template`` with values from ``data``.

    Unknown variables become empty text, as SMTPeter prints them.
    """

    def replace(match: re.Match[str]) -> str:
        delim = match.group("delim")
        if delim is not None:
            return "{" if delim == "ldelim" else "}"
        return _format(_lookup(match.group("path"), data))

    return _TOKEN.sub(replace, template)


def _lookup(path: str, data: Mapping[str, Any]) -> Any:
    head = re.match(_NAME, path)
    assert head is not None  # the token pattern guarantees a leading name
    value: Any = data.get(head.group(0), _MISSING)
    for step in _STEP.finditer(path, head.end()):
        key, index = step.groups()
        value = _step(value, key, None if index is None else int(index))
        if value is _MISSING:
            break
    return value


def _step(value: Any, key: str | None, index: int | None) -> Any:
    if isinstance(value, Mapping):
        if key is not None:
            return value.get(key, _MISSING)
        # An object can still be indexed by position.
        values = list(value.values())
        return values[index] if index is not None and index < len(values) else _MISSING
    if isinstance(value, list) and index is not None:
        return value[index] if index < len(value) else _MISSING
    return _MISSING


def _format(value: Any) -> str:
    if value is _MISSING or value is None or value is False:
        return ""
    if value is True:
        return "1"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
