"""The compiled validator's fast paths for large maps and lists give the same verdict as the
code fastjsonschema compiled from the spec, which they stand in front of (tools/generate_surface.py
writes one for every map and list schema of a simple enough shape), and each format's shape
(the one regular expression a fast path checks addresses with) accepts only what the format's
own check accepts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtpeter_client import _compiled_schemas, _formats
from smtpeter_client._schema_runtime import (
    JsonSchemaValueException,
    StringRules,
    all_match,
    sealed,
    strings_check,
)
from tests.support.properties import examples


_MODULE_OF = {function: module for module, function in _compiled_schemas.MODULES.values()}


def module(name: str) -> Any:
    """The module of _schemas/ holding the compiled function ``name`` (and its ``_slow_``)."""
    key = name.removeprefix("validate___definitions_")
    return importlib.import_module(f"smtpeter_client._schemas.{_MODULE_OF[key]}")


ALL_FAST_PATHS = sorted(
    name
    for name in _compiled_schemas._FAST_PATHS
    if hasattr(module(name), f"_slow_{name}")  # installed where the function is
)
FAST_PATHS = [n for n in ALL_FAST_PATHS if _compiled_schemas._FAST_PATHS[n][0] == "map"]
LIST_PATHS = [n for n in ALL_FAST_PATHS if _compiled_schemas._FAST_PATHS[n][0] == "list"]

NAMES = st.sampled_from(["name", "firstName", "x-1", "a_b", "1st", "", "na me", "ünï", "_x"])
ADDRESSES = st.sampled_from(
    ["john@example.com", "a@b", "ab", "x@", "@x.y", "jo hn@x.y", "a@b.c\n", "\na@b.c", "é@x.y"]
)
KEYS = ADDRESSES | st.text(max_size=8) | st.integers() | st.none()
VALUES = st.dictionaries(NAMES | st.integers(), st.integers() | st.text(max_size=3), max_size=3)
MAPS = st.dictionaries(KEYS, VALUES | st.lists(st.integers(), max_size=1) | st.text(max_size=2))


def verdict(function: Callable[..., Any], data: Any) -> bool:
    try:
        function(data)
    except JsonSchemaValueException:
        return False
    return True


def test_there_is_a_fast_path() -> None:
    assert FAST_PATHS  # the spec's recipients map has the shape


@pytest.mark.parametrize("name", FAST_PATHS)
@settings(max_examples=examples(300))
@given(data=MAPS)
def test_fast_and_compiled_code_agree(name: str, data: dict[Any, Any]) -> None:
    fast = getattr(module(name), name)
    slow = getattr(module(name), f"_slow_{name}")
    assert verdict(fast, data) == verdict(slow, data)


@pytest.mark.parametrize("name", FAST_PATHS)
def test_a_non_string_name_is_refused(name: str) -> None:
    fast = getattr(module(name), name)
    assert not verdict(fast, {"john@example.com": {2: "two"}})
    assert verdict(fast, {"john@example.com": {"two": 2}})


# --- lists and shapes ----------------------------------------------------------------------

# Addresses of every kind: common ones (which the shape takes), the forms only the full checks
# take (quoted local part, address literal), near misses and strings of no shape at all.
EDGE_ADDRESSES = st.sampled_from(
    [
        "john@example.com",
        "a.b+c@x-y.example",
        '"a b"@example.com',
        "a@[192.0.2.1]",
        "a@[IPv6:2001:db8::1]",
        "a@b",
        "a..b@x.y",
        ".a@x.y",
        "a@-x.y",
        "a@x-.y",
        "a@x..y",
        "a@b.c\n",
        "é@x.y",
        "a@é.y",
        "x" * 64 + "@x.y",
        "x" * 65 + "@x.y",
        "a@" + ".".join(["x" * 63] * 4),
        "a@" + "x" * 64 + ".y",
    ]
)
ADDRESS_TEXT = (
    st.emails()
    | EDGE_ADDRESSES
    | st.text(alphabet='ab.@-_"[]: é\n', max_size=12)
    | st.builds(lambda a, b: f"{a}@{b}", st.text(max_size=70), st.text(max_size=260))
)
ITEMS = ADDRESS_TEXT | st.integers() | st.none() | st.dates().map(str)
LISTS = st.lists(ITEMS, max_size=4) | st.tuples(ITEMS) | st.text(max_size=2) | st.none()


def test_there_is_a_list_fast_path_for_the_recipients() -> None:
    assert "validate___definitions_recipientlist" in LIST_PATHS


@pytest.mark.parametrize("name", LIST_PATHS)
@settings(max_examples=examples(300))
@given(data=LISTS)
def test_fast_and_compiled_code_agree_on_lists(name: str, data: Any) -> None:
    fast = getattr(module(name), name)
    slow = getattr(module(name), f"_slow_{name}")
    assert verdict(fast, data) == verdict(slow, data)


def _item_check(name: str) -> Callable[[str], bool]:
    """The fast path's check of the items of list ``name``, one string at a time."""
    rules = cast(StringRules, _compiled_schemas._FAST_PATHS[name][3])
    check = strings_check(
        rules, _compiled_schemas._PATTERN_SOURCES, _formats.FORMATS, _formats.SHAPES
    )
    return lambda text: check([text])


@pytest.mark.parametrize("name", LIST_PATHS)
@settings(max_examples=examples(500))
@given(text=ADDRESS_TEXT)
def test_a_fast_check_accepts_only_what_the_full_checks_accept(name: str, text: str) -> None:
    """The bulk check says "valid" only where the compiled checks (length, pattern, format,
    each on its own) say so too; else the compiled code runs and decides."""
    slow = getattr(module(name), f"_slow_{name}")
    if _item_check(name)(text):
        assert verdict(slow, [text])


@settings(max_examples=examples(500))
@given(text=ADDRESS_TEXT)
def test_the_recipients_fast_check_is_the_full_checks(text: str) -> None:
    """For the spec's delivery address the one pass is exactly pattern + format + lengths:
    none of the 100,000 addresses of a large send falls back to the slow checks."""
    slow = getattr(
        module("validate___definitions_recipientlist"), "_slow_validate___definitions_recipientlist"
    )
    assert _item_check("validate___definitions_recipientlist")(text) == verdict(slow, [text])


@settings(max_examples=examples(300))
@given(texts=st.lists(ADDRESS_TEXT, max_size=5))
def test_the_recipients_bulk_check_is_the_full_checks(texts: list[str]) -> None:
    """Many at once (the shape is chosen by the longest): the same verdict as one by one."""
    slow = getattr(
        module("validate___definitions_recipientlist"), "_slow_validate___definitions_recipientlist"
    )
    rules = cast(
        StringRules, _compiled_schemas._FAST_PATHS["validate___definitions_recipientlist"][3]
    )
    check = strings_check(
        rules, _compiled_schemas._PATTERN_SOURCES, _formats.FORMATS, _formats.SHAPES
    )
    assert check(texts) == (not texts or verdict(slow, texts))


@settings(max_examples=examples(500))
@given(text=st.emails())
def test_common_addresses_take_the_fast_path(text: str) -> None:
    assert _item_check("validate___definitions_recipientlist")(text)


@pytest.mark.parametrize("format_name", sorted(_formats.SHAPES))
@settings(max_examples=examples(1000))
@given(text=ADDRESS_TEXT)
def test_a_shape_holds_only_values_of_its_format(format_name: str, text: str) -> None:
    """Each shape, up to its length: a match passes the format's check, and the shapes agree."""
    shapes = _formats.SHAPES[format_name]
    widest = re.compile(shapes[-1][0])
    for shape, bound in shapes:
        if len(text) <= bound:
            matched = re.fullmatch(shape, text) is not None
            assert matched == (widest.fullmatch(text) is not None)
            if matched:
                assert _formats.FORMATS[format_name](text)


def test_the_recipients_pattern_is_checked_by_the_shape() -> None:
    """EmailAddress's pattern is the widest email shape written out, so the generator left it
    out of the fast path (one pass instead of two); any other pattern stays in."""
    rules = _compiled_schemas._FAST_PATHS["validate___definitions_recipientlist"][3]
    assert rules[0] is None and rules[1] == "email"
    assert _compiled_schemas._FAST_PATHS["validate___definitions_addresslist"][3][0] is not None


# --- many strings against one shape at once ---------------------------------------------------


def test_the_common_address_shape_is_matched_all_at_once() -> None:
    """The shape of addresses up to 65 characters is sealed (so 100,000 of them are one
    fullmatch of their joined text); the widest one looks ahead, and is matched one by one."""
    (short, _), (widest, _) = _formats.SHAPES["email"]
    assert sealed(short)
    assert not sealed(widest)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"[a-z]+(?:\.[a-z]+)*", True),
        (r"a|ab", True),
        (r"(?>a+)b", True),
        (r"x++y*+", True),
        (r"[^@]+", False),  # a negated class matches a line feed
        (r".+", False),
        (r"\s", False),
        (r"[\s]", False),
        (r"\d", False),  # a category: not read, so not vouched for
        (r"[\x00-\x7f]", False),
        ("a\nb", False),
        (r"(?=a)a", False),
        (r"a(?!b)", False),
        (r"(?<=a)b", False),
        (r"a$", False),
        (r"^a", False),
        (r"\ba", False),
        (r"(a)", False),
        (r"(?P<n>a)", False),
        (r"(a)\1", False),
        (r"(?i)a", False),
        (r"(?s:.)", False),
        (r"[", False),
    ],
)
def test_only_a_shape_that_sees_nothing_past_its_match_is_sealed(
    pattern: str, expected: bool
) -> None:
    assert sealed(pattern) is expected


SEALED = st.sampled_from([r"a|ab", r"(?:a|ab)(?:c|bc)", r"[a-c]++(?:\.[a-c]++)*+@[a-c]+", r"a*b?"])


@settings(max_examples=examples(500))
@given(pattern=SEALED, texts=st.lists(st.text(alphabet="abc.@\n", max_size=6), max_size=5))
def test_strings_match_a_sealed_shape_at_once_as_one_by_one(
    pattern: str, texts: list[str]
) -> None:
    assert sealed(pattern)
    one_by_one = all(re.fullmatch(pattern, text) for text in texts)
    assert all_match(pattern)(texts) == one_by_one


class _Text(str):
    """A subclass of str: written and matched as the string it is."""


def test_a_bulk_check_says_false_for_what_is_not_a_string() -> None:
    """The map fast path no longer looks at its keys' types first: the bulk check must refuse
    them itself (and the compiled code then decides), and take a subclass of str as one."""
    check = _item_check("validate___definitions_recipientlist")
    many = strings_check(
        cast(StringRules, _compiled_schemas._FAST_PATHS["validate___definitions_recipientlist"][3]),
        _compiled_schemas._PATTERN_SOURCES,
        _formats.FORMATS,
        _formats.SHAPES,
    )
    assert check("john@example.com") and check(_Text("john@example.com"))
    for other in (7, None, ("a@b.co",), b"john@example.com", ["john@example.com"]):
        assert not check(other)  # type: ignore[arg-type]
        assert not many(["john@example.com", other])  # type: ignore[list-item]


@pytest.mark.parametrize("name", FAST_PATHS)
def test_a_map_with_a_key_that_is_not_a_string_goes_to_the_compiled_code(name: str) -> None:
    fast = getattr(module(name), name)
    valid = {f"u{i}@example.com": {"name": "x"} for i in range(300)}
    assert verdict(fast, valid)
    for key in (7, None, ("u@example.com",), b"u@example.com"):
        assert not verdict(fast, {**valid, key: {"name": "x"}})
