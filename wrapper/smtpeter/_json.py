"""A JSON body's bytes: what ``json.dumps`` writes (compact, UTF-8, no NaN), refusing keys that
are not strings, and written by orjson when the ``[speedups]`` extra installed it.

The same bytes either way: orjson is given a body only when it is plain JSON, every key a
``str``, every value exactly a ``dict``, ``list``, ``tuple``, ``str``, ``int``, ``bool`` or
``None``. For those the two write the same text (tests/wrapper/test_json.py holds them to it).
Everything else (a float, which orjson may write in another form, ``1e-05`` as ``0.00001``; a
subclass; an Enum or a UUID, which orjson writes and ``json.dumps`` refuses; an integer beyond
64 bits or a lone surrogate, which orjson refuses) goes through ``json.dumps``, so it is sent,
or refused with the same error, as without orjson.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from itertools import chain
from typing import Any

__all__ = ["dumps"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
# What orjson writes as json.dumps does (no float: see the module's docstring).
_ORJSON_SCALARS = _SCALARS - {float}
_CONTAINERS = frozenset({dict, list, tuple})
_DICT = frozenset({dict})
_STR = frozenset({str})


def dumps(wire: Any) -> bytes:
    """``wire`` as JSON bytes; raises what ``json.dumps`` (or UTF-8) raises for what JSON cannot
    carry, and TypeError for a key that is not a string."""
    types = None
    fast = _orjson_dumps()
    if fast is not None:
        try:
            text = fast(wire)  # first: it refuses a cycle (and nesting past 255 levels)
        except TypeError:  # orjson.JSONEncodeError: json.dumps decides
            pass
        else:
            types = keys, values = _types(wire)
            if keys <= _STR and values <= _ORJSON_SCALARS:
                # A copy of exactly its length: orjson's own keeps the room it reserved while
                # writing (up to four bytes a character, some six times the body), for as long
                # as the request is held.
                return bytes(memoryview(text))
    try:
        # Without json.dumps's check for a cycle (a dict of ids kept for every container: a
        # seventh of its time for a large send), which the recursion limit stands in for...
        encoded = _standard(wire, check_circular=False)
    except RecursionError:
        # ...and then the check, with the error it gives for a cycle (or, for a body merely
        # nested too deeply, the same RecursionError again).
        encoded = _standard(wire, check_circular=True)
    keys, values = types or _types(wire)  # after dumps: no cycle
    if not (keys <= _STR and values <= _SCALARS) and _has_key_not_a_string(wire):
        raise TypeError("a key that is not a string")
    return encoded.encode("utf-8")


def _standard(wire: Any, *, check_circular: bool) -> str:
    return json.dumps(
        wire,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
        check_circular=check_circular,
    )


@cache
def _orjson_dumps() -> Callable[[Any], bytes] | None:
    """orjson's dumps if it is installed (imported on first use, not with smtpeter)."""
    try:
        import orjson
    except ImportError:
        return None
    return orjson.dumps


def _types(value: Any) -> tuple[set[type], set[type]]:
    """The types of the keys of every ``dict`` in ``value``, and of every value in it that is
    not exactly a ``dict``, ``list`` or ``tuple`` (a subclass is not looked into).

    Level by level, each level's work done by a few bulk operations (``map``, ``chain``, a set
    union) rather than a Python loop over its items: a body of 100,000 recipients with their
    data is mostly one level of small dicts. ``value`` must hold no cycle.
    """
    keys: set[type] = set()
    leaves: set[type] = set()
    level: list[Any] = [value]
    types = {type(value)}
    while True:
        leaves.update(types - _CONTAINERS)
        if _CONTAINERS.isdisjoint(types):
            return keys, leaves
        if types <= _DICT:
            dicts, lists = level, []
        else:
            dicts = [item for item in level if type(item) is dict]
            lists = [item for item in level if type(item) is list or type(item) is tuple]
        if dicts:
            # One dict: its keys as they are; many: their set of names (they repeat).
            names = dicts[0] if len(dicts) == 1 else set().union(*dicts)
            keys.update(map(type, names))
        level = [*chain.from_iterable(map(dict.values, dicts)), *chain.from_iterable(lists)]
        types = set(map(type, level))


def _has_key_not_a_string(value: Any) -> bool:
    """Whether a mapping anywhere in ``value`` has a key that is not a string.

    json.dumps writes such a key as text (1 as "1", True as "true", None as "null") without a
    word, so ``{1: "a", "1": "b"}`` would go out as two equal keys, of which the server keeps
    one. Without recursion. Run only where :func:`_types` saw such a key or cannot tell (in a
    subclass of dict, which it does not look into).
    """
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if type(key) is not str and not isinstance(key, str):  # fast path first
                    return True
                if type(child) not in _SCALARS:
                    push(child)
        elif isinstance(item, list | tuple):
            for child in item:
                if type(child) not in _SCALARS:
                    push(child)
    return False
