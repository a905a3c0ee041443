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

import gc
import json
from collections.abc import Callable, Collection
from functools import cache
from itertools import chain, repeat
from typing import Any

from smtpeter_client.validation import value_names

__all__ = ["dumps"]

_SCALARS = frozenset({str, int, float, bool, type(None)})
# What orjson writes as json.dumps does (no float: see the module's docstring).
_ORJSON_SCALARS = _SCALARS - {float}
_CONTAINERS = frozenset({dict, list, tuple})
_DICT = frozenset({dict})
_STR = frozenset({str})
# A mapping with at least this many values has the names of its values worked out in bulk.
_MANY = 256


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
    keys, values = types or _types(wire, leaves=False)  # after dumps: no cycle
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


def _types(value: Any, *, leaves: bool = True) -> tuple[set[type], set[type]]:
    """The types of the keys of every ``dict`` in ``value``, and of every value in it that is
    not exactly a ``dict``, ``list`` or ``tuple`` (a subclass is not looked into).

    Level by level, each level's work done by a few bulk operations (``map``, ``chain``, a set
    union) rather than a Python loop over its items: a body of 100,000 recipients with their
    data is mostly one level of small dicts. ``value`` must hold no cycle.

    With ``leaves=False`` only the keys are wanted: the values of a container the garbage
    collector does not track are left unseen. CPython leaves a dict or tuple untracked only
    while it holds no object that could hold others (no dict, list or instance of a class:
    its collector relies on that to find every cycle), so such a container holds no key; the
    scalars in it are what ``json.dumps`` itself decides on. A container that is tracked (or a
    Python that tracks everything) is looked into as before.
    """
    keys: set[type] = set()
    found: set[type] = set()
    level: list[Any] = [value]
    types = {type(value)}
    while True:
        found.update(types - _CONTAINERS)
        if _CONTAINERS.isdisjoint(types):
            return keys, found
        if types <= _DICT:
            dicts, lists = level, []
        else:
            dicts = [item for item in level if type(item) is dict]
            lists = [item for item in level if type(item) is list or type(item) is tuple]
        if dicts:
            # One dict: its keys as they are; many: their set of names (they repeat).
            names = dicts[0] if len(dicts) == 1 else set().union(*dicts)
            keys.update(map(type, names) if leaves else _key_types(names))
        if not leaves:
            dicts, lists = [*filter(gc.is_tracked, dicts)], [*filter(gc.is_tracked, lists)]
            if len(dicts) < _MANY:  # few: one may be a mapping of many dicts (the recipients)
                dicts = [*chain.from_iterable(map(_skip_values_of_dicts, dicts, repeat(keys)))]
        level = [*chain.from_iterable(map(dict.values, dicts)), *chain.from_iterable(lists)]
        types = set(map(type, level))


def _skip_values_of_dicts(mapping: dict[Any, Any], keys: set[type]) -> list[dict[Any, Any]]:
    """``[mapping]``, or for a mapping of many dicts (the recipients and their data) the tracked
    ones among them, their keys' types added to ``keys`` from :func:`value_names` (worked out
    once with the validator, which asks too)."""
    if len(mapping) < _MANY:
        return [mapping]
    names = value_names(mapping)
    if names is None:
        return [mapping]
    keys.update(_key_types(names))
    return [*filter(gc.is_tracked, mapping.values())]


def _key_types(names: Collection[Any]) -> Collection[type]:
    """``{str}`` when each of ``names`` is a ``str`` (or a subclass, which ``json.dumps`` writes as
    one), else their types: one ``join``, half the time of a set of their types."""
    try:
        "".join(names)
    except TypeError:
        return set(map(type, names))
    return _STR if names else frozenset()


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
