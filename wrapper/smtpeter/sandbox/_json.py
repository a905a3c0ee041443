"""Reading a JSON request body as the sandbox's handlers need it.

Three things ``json.loads`` alone gets wrong for a server:

- nesting: it recurses once per level, and so do the checks and handlers after it
  (``copy.deepcopy``, jsonpatch, rendering), so a deep body would end in a RecursionError;
  a body nested deeper than :data:`MAX_JSON_DEPTH` is refused before it is parsed;
- duplicate keys: it keeps the last one silently, where the API cannot know which one the
  client meant; a body with one is refused, naming the key;
- numbers: JSON Schema counts ``3.0`` as an integer (the validator accepts it where the spec
  says ``integer``), so the handlers get it as the ``int`` 3, never as a float. A number is
  a number in JSON's data model: ``3.0`` and ``3`` are the same value everywhere in a body.
"""

from __future__ import annotations

import json
from itertools import accumulate
from typing import Any

__all__ = ["MAX_JSON_DEPTH", "JsonRefused", "read_json"]

MAX_JSON_DEPTH = 100
"""Levels of arrays and objects a JSON body may nest at most; a deeper one gets 400.

No SMTPeter body needs more than a handful; 100 keeps every recursive step after the parse
(about three frames a level for ``copy.deepcopy``) far from Python's limit of 1000 frames.
"""

# Depth is all that counts, not which kind of bracket: braces become brackets, and every byte
# that is neither a bracket nor a quote goes (UTF-8's multi-byte sequences hold no ASCII).
_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")
_NOT_STRUCTURE = bytes(range(256)).translate(None, b'[]{}"')
_STEP = tuple(1 if byte == ord("[") else -1 if byte == ord("]") else 0 for byte in range(256))
_QUICK_PASSES = 4


class JsonRefused(ValueError):
    """A body that is JSON, but one the sandbox does not read: the reason, in words."""


def read_json(body: bytes) -> Any:
    """The body as data; raises :class:`JsonRefused`, or ValueError if it is not JSON.

    >>> read_json(b'{"template": 3.0, "rate": 0.5}')
    {'template': 3, 'rate': 0.5}
    """
    encoding = json.detect_encoding(body)  # what json.loads reads bytes as: UTF-8, -16 or -32
    if not encoding.startswith("utf-8"):
        body = body.decode(encoding, "surrogatepass").encode("utf-8", "surrogatepass")
    too_deep = JsonRefused(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    if _nested_too_deep(body):
        raise too_deep
    try:
        return json.loads(body, object_pairs_hook=_unique_keys, parse_float=_number)
    except RecursionError:  # not JSON, but opening many levels before its error
        raise too_deep from None


def _nested_too_deep(text: bytes) -> bool:
    """Whether JSON text (UTF-8) nests deeper than MAX_JSON_DEPTH levels, without recursing.

    Linear, and mostly at C speed: strings are cut out, the brackets left are counted.
    """
    if text.count(b"[") + text.count(b"{") <= MAX_JSON_DEPTH:
        return False  # the common case: too few brackets to nest that deep
    if b"\\" in text:  # escapes first, so that an escaped quote does not end a string
        text = text.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = text.translate(_AS_BRACKETS, _NOT_STRUCTURE)
    if b'"' in brackets:  # every other piece between quotes is inside a string
        brackets = b"".join(brackets.split(b'"')[::2])
    # A few passes that take out the innermost pairs (one level each) empty most bodies fast.
    levels_removed = 0
    while brackets and levels_removed < _QUICK_PASSES:
        reduced = brackets.replace(b"[]", b"")
        if reduced == brackets:
            break  # unbalanced: not JSON; the count below still bounds json.loads' recursion
        brackets, levels_removed = reduced, levels_removed + 1
    depths = accumulate(map(_STEP.__getitem__, brackets))
    return next(filter((MAX_JSON_DEPTH - levels_removed).__lt__, depths), None) is not None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                quoted = json.dumps(key, ensure_ascii=False)
                raise JsonRefused(f"the key {quoted} appears twice in one object")
            seen.add(key)
    return found


def _number(text: str) -> int | float:
    """A number written with a fraction or an exponent: an int when it is integral."""
    value = float(text)
    return int(value) if value.is_integer() else value
