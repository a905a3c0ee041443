"""What the compiled validator (``_compiled_schemas.py``) runs on besides its own code.

Copied into the generated package by tools/generate_surface.py, which writes the compiled
validator with fastjsonschema and then points it here: the exception it raises, its patterns
with their ECMA-262 meaning, the answers it remembers, the fast paths for large maps and
lists, and where in the spec each rule it reports sits. fastjsonschema itself is a
generation-time tool only: nothing here imports it.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, MutableMapping
from functools import cache
from typing import Any

__all__ = [
    "Decimal",
    "JsonSchemaValueException",
    "MemoPattern",
    "Patterns",
    "all_match",
    "compile_patterns",
    "fragment",
    "install_fast_paths",
    "sealed",
    "shared_walks",
    "string_name",
    "strings_check",
    "value_names",
]


class JsonSchemaValueException(ValueError):
    """A value broke a rule of the schema: ``name`` is where, ``rule`` which keyword, and
    ``definition`` where in the spec that rule sits (see :func:`fragment`)."""

    def __init__(
        self,
        message: str,
        value: Any = None,
        name: str | None = None,
        definition: tuple[str | int, ...] | None = None,
        rule: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule


class _AnyDecimal(type):
    def __instancecheck__(cls, value: object) -> bool:
        decimal = sys.modules.get("decimal")
        return decimal is not None and isinstance(value, decimal.Decimal)


class Decimal(metaclass=_AnyDecimal):
    """What the compiled code's ``isinstance(value, (int, float, Decimal))`` asks of a number,
    without importing decimal (which costs more to load than the validator): a value can be a
    ``decimal.Decimal`` only once something has imported decimal."""


def string_name(name: object) -> bool:
    """True for a string name; a name of any other type is refused (JSON has none).

    A propertyNames rule applies "if the name is a string": in JSON every name is one, but a
    Python dict may hold 2 or None as a key, which json.dumps would quietly turn into "2" or
    "null" and send unchecked.
    """
    if isinstance(name, str):
        return True
    raise JsonSchemaValueException(
        f"names must be strings, not {type(name).__name__}", value=name, rule="propertyNames"
    )


class MemoPattern:
    """A compiled pattern whose search answers whether it matched, remembered for short
    strings (at most 1024 of them, none longer than 64 characters).

    The compiled code only asks whether a pattern matched (``if not ....search(value)``), so
    the answer can be kept: done for the patterns of property names, which repeat in a large
    map's values (``{"name": ...}`` for each of 100,000 recipients).
    """

    __slots__ = ("_known", "_regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self._regex = regex
        self._known: dict[str, bool] = {}

    @property
    def pattern(self) -> str:
        return self._regex.pattern

    def search(self, text: str) -> bool:
        known = self._known.get(text)
        if known is None:
            known = self._regex.search(text) is not None
            if len(text) <= 64 and len(self._known) < 1024:
                self._known[text] = known
        return known


class Patterns(dict[str, "re.Pattern[str] | MemoPattern"]):
    """Each pattern of the spec (the key, as the errors quote it), compiled from its Python
    equivalent (tools/ecma_patterns.py) when first asked for: a send compiles the few it
    checks, not all of them. Those in ``remembered`` answer with a memory (MemoPattern)."""

    def __init__(self, sources: Mapping[str, str], remembered: Iterable[str]) -> None:
        super().__init__()
        self._sources = dict(sources)
        self._remembered = frozenset(remembered)

    def __missing__(self, key: str) -> re.Pattern[str] | MemoPattern:
        regex = re.compile(self._sources[key])
        compiled = MemoPattern(regex) if key in self._remembered else regex
        self[key] = compiled
        return compiled

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._sources else default

    def __contains__(self, key: object) -> bool:
        return key in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def items(self) -> Any:
        return {key: self[key] for key in self._sources}.items()

    def values(self) -> Any:
        return [self[key] for key in self._sources]

    def keys(self) -> Any:
        return self._sources.keys()


def compile_patterns(sources: Mapping[str, str], remembered: Iterable[str]) -> Patterns:
    """The spec's patterns by their text, each compiled on first use (see :class:`Patterns`)."""
    return Patterns(sources, remembered)


# --- fast paths ----------------------------------------------------------------------------

StringRules = tuple[str | None, str | None, int, int | None]
"""A string schema's rules: its pattern's key, its format, minLength, maxLength (or None).
The generator leaves the pattern out where it is the format's shape itself."""

Shapes = Mapping[str, tuple[tuple[str, int], ...]]


def strings_check(
    rules: StringRules,
    sources: Mapping[str, str],
    formats: Mapping[str, Callable[[str], bool]],
    shapes: Shapes,
) -> Callable[[Collection[str]], bool]:
    """A check of many strings at once: True when each is a ``str`` that meets every rule of
    ``rules`` (False for anything else in them).

    Each rule is one bulk operation over all the strings (``min``/``max`` of their lengths,
    one ``map()`` of a regular expression), not a Python call per string. Where the format has
    shapes (see ``_formats.SHAPES``), the one that holds for the longest string checks the
    format; a string of the format outside its shapes (a quoted local part, an address
    literal) makes the check False, and the caller runs the full checks, which decide.
    """
    pattern, format_name, min_length, max_length = rules
    source = sources[pattern] if pattern is not None else None
    bounds = shapes.get(format_name, ()) if format_name is not None else ()
    check = formats[format_name] if format_name is not None and not bounds else None
    high = max_length if max_length is not None else float("inf")
    # Compiled on the first check, not when the validator loads: a send that has no such list
    # (one recipient) compiles none of them.
    search: Callable[[str], object] | None = None
    variants: list[tuple[Callable[[Collection[str]], bool], int]] | None = None

    def checked(strings: Collection[str]) -> bool:
        try:
            return checked_strings(strings)
        except TypeError:  # len() of a number, or a pattern given what is not a string
            return False

    def checked_strings(strings: Collection[str]) -> bool:
        nonlocal search, variants
        if not strings:
            return True
        if variants is None:
            search = re.compile(source).search if source is not None else None
            variants = [(all_match(shape), bound) for shape, bound in bounds]
        if not (variants or search) and not set(map(type, strings)) <= {str}:
            return False  # no pattern to refuse what is not a string: the format check won't
        lengths = set(map(len, strings))  # few distinct ones: one pass, then min and max
        longest = max(lengths)
        if longest > high or min(lengths) < min_length:
            return False
        if variants:
            all_of_shape = next((f for f, bound in variants if longest <= bound), None)
            if all_of_shape is None or not all_of_shape(strings):
                return False
        if search is not None and not all(map(search, strings)):
            return False
        return check is None or all(map(check, strings))

    return checked


def all_match(shape: str) -> Callable[[Collection[str]], bool]:
    """A check that every one of many strings matches ``shape`` whole: one ``fullmatch`` per
    string, or, for a shape that :func:`sealed` says is so, one ``fullmatch`` of all of them
    joined by line feeds (about a third less time for 100,000 addresses)."""
    fullmatch = re.compile(shape).fullmatch

    def each(strings: Collection[str]) -> bool:
        return all(map(fullmatch, strings))

    if not sealed(shape):
        return each
    joined = re.compile(f"(?:{shape})(?:\n(?:{shape}))*").fullmatch

    def at_once(strings: Collection[str]) -> bool:
        text = "\n".join(strings)
        if text.count("\n") != len(strings) - 1:  # a string holds a line feed itself
            return each(strings)
        return joined(text) is not None

    return at_once


def sealed(shape: str) -> bool:
    """Whether no match of ``shape`` can hold a line feed, nor depend on the text around it.

    Then strings without a line feed each match ``shape`` whole exactly when, joined by line
    feeds, they match it repeated with line feeds between: every line feed of the joined text
    is one of those between, and no match sees past its own string. Read from the parsed
    pattern: only literals and classes without a line feed, non-capturing groups, repeats and
    alternatives; an anchor, a lookaround, a back reference, a flag, a negated class or an
    escape such as ``\\s`` (which may match one) makes the answer False.
    """
    try:
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        parsed = parser.parse(shape)
    except (ImportError, re.error):  # a Python without it: one fullmatch per string
        return False
    if parsed.state.flags & ~re.UNICODE:
        return False
    return _sealed_nodes(parsed, constants)


_LINE_FEED = ord("\n")


def _sealed_nodes(nodes: Any, c: Any) -> bool:
    for op, argument in nodes:
        if op == c.LITERAL:
            sealed_node = argument != _LINE_FEED
        elif op == c.IN:
            sealed_node = all(
                (kind == c.LITERAL and value != _LINE_FEED)
                or (kind == c.RANGE and not value[0] <= _LINE_FEED <= value[1])
                for kind, value in argument
            )
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sealed_node = _sealed_nodes(argument[2], c)
        elif op == c.SUBPATTERN:
            group, added, removed, pattern = argument
            sealed_node = group is None and not added and not removed
            sealed_node = sealed_node and _sealed_nodes(pattern, c)
        elif op == c.ATOMIC_GROUP:
            sealed_node = _sealed_nodes(argument, c)
        elif op == c.BRANCH:
            sealed_node = all(_sealed_nodes(branch, c) for branch in argument[1])
        else:
            sealed_node = False
        if not sealed_node:
            return False
    return True


FastPath = tuple[Any, ...]
"""``("map", min_properties, key rules, key of the values' name pattern)`` or
``("list", min_items, max_items or None, item rules)``."""


def install_fast_paths(
    namespace: MutableMapping[str, Any],
    paths: Mapping[str, FastPath],
    formats: Mapping[str, Callable[[str], bool]],
    shapes: Shapes,
    sources: Mapping[str, str],
) -> None:
    """Put a fast path in front of each compiled function named in ``paths``.

    For large maps and lists of a simple shape (the recipients, as a map to their data or a
    list): a few bulk operations over all items (see :func:`strings_check`, and one set of
    every value's names) instead of a Python function call per item. A fast path only ever
    says "valid": on anything else the compiled function runs and raises its precise error,
    so the rules are exactly the compiled ones. The compiled function stays in ``namespace``
    as ``_slow_<name>``.
    """
    patterns = namespace["REGEX_PATTERNS"]
    for name, path in paths.items():
        slow = namespace[name]
        namespace[f"_slow_{name}"] = slow
        if path[0] == "map":
            keys = strings_check(path[2], sources, formats, shapes)
            namespace[name] = _fast_map(slow, formats, path[1], keys, patterns[path[3]].search)
        elif path[0] == "list":
            items = strings_check(path[3], sources, formats, shapes)
            namespace[name] = _fast_list(slow, formats, path[1], path[2], items)
        else:
            raise ValueError(f"unknown fast path {path[0]!r}")


Validator = Callable[..., Any]

# --- work shared by the checks of one call --------------------------------------------------

_SHARED = threading.local()  # .memo: the current block's, if any


class shared_walks:  # lower case: used as a function, ``with shared_walks():``
    """Around one call's checks: inside it, :func:`value_names` of the same mapping is worked
    out once, however many checks ask (the validator's fast path, and the wrapper's JSON
    writer, which looks for keys that are not strings, both want the names of 100,000
    recipients' data). Each thread has its own; nothing is kept after it. A block holds no
    ``await`` (the checks are synchronous), so no other task can run inside one."""

    __slots__ = ("_outer",)

    def __enter__(self) -> None:
        self._outer = getattr(_SHARED, "memo", None)
        _SHARED.memo = {}

    def __exit__(self, *exc_info: object) -> None:
        _SHARED.memo = self._outer


def value_names(mapping: Mapping[Any, Any]) -> frozenset[Any] | None:
    """Every key of every value of ``mapping``, if each value is exactly a ``dict``; else None.

    Two bulk operations (the values' types, the union of their keys); within
    :class:`shared_walks`, done once per mapping.
    """
    memo: dict[int, tuple[Any, frozenset[Any] | None]] | None = getattr(_SHARED, "memo", None)
    if memo is not None:
        known = memo.get(id(mapping))
        if known is not None and known[0] is mapping:
            return known[1]
    values = mapping.values()
    names = frozenset().union(*values) if set(map(type, values)) <= {dict} else None
    if memo is not None:
        memo[id(mapping)] = (mapping, names)  # the mapping held: its id is not reused
    return names


def _fast_map(
    slow: Validator,
    formats: Any,
    min_properties: int,
    keys_check: Callable[[Collection[str]], bool],
    name_check: Callable[[str], object],
) -> Validator:
    def validate(data: Any, custom_formats: Any = formats, name_prefix: str | None = None) -> Any:
        if (
            type(data) is dict
            and len(data) >= min_properties
            and keys_check(data.keys())  # False for a key that is not a string
            and (names := value_names(data)) is not None
            and set(map(type, names)) <= {str}
            and all(map(name_check, names))
        ):
            return data
        return slow(data, custom_formats, name_prefix)

    return validate


def _fast_list(
    slow: Validator,
    formats: Any,
    min_items: int,
    max_items: int | None,
    items_check: Callable[[Collection[str]], bool],
) -> Validator:
    high = max_items if max_items is not None else float("inf")

    def validate(data: Any, custom_formats: Any = formats, name_prefix: str | None = None) -> Any:
        if (
            (type(data) is list or type(data) is tuple)
            and min_items <= len(data) <= high
            and items_check(data)  # False for an item that is not a string
        ):
            return data
        return slow(data, custom_formats, name_prefix)

    return validate


# --- where a rule sits ---------------------------------------------------------------------


def fragment(pointer: tuple[str | int, ...] | None, document: str) -> dict[str, Any]:
    """The schema a rule belongs to, as fastjsonschema wrote it in its error: ``pointer`` is
    the name of a definition and the keys down to the schema, in ``document`` (the spec's
    definitions as JSON); each reference in it is replaced by what it refers to, once. Only
    read when a call is refused."""
    if pointer is None:
        return {}
    definitions = _definitions(document)
    node: Any = definitions[str(pointer[0])]
    for key in pointer[1:]:
        node = node[key]
    result: dict[str, Any] = _expand(definitions, node)
    return result


@cache
def _definitions(document: str) -> dict[str, Any]:
    definitions: dict[str, Any] = json.loads(document)
    return definitions


def _expand(definitions: Mapping[str, Any], node: Any) -> Any:
    if isinstance(node, list):
        return [_expand(definitions, item) for item in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        return definitions[node["$ref"].rsplit("/", 1)[-1]]
    return {key: _expand(definitions, value) for key, value in node.items()}
