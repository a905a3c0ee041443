"""The compiled validator's fast paths for large maps give the same verdict as the code
fastjsonschema compiled from the spec, which they stand in front of (tools/generate_surface.py
writes one for every map schema of a simple enough shape)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtpeter_client import _compiled_schemas
from tests.support.properties import examples

FAST_PATHS = sorted(
    name.removeprefix("_slow_") for name in vars(_compiled_schemas) if name.startswith("_slow_")
)

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
    except _compiled_schemas.JsonSchemaValueException:
        return False
    return True


def test_there_is_a_fast_path() -> None:
    assert FAST_PATHS  # the spec's recipients map has the shape


@pytest.mark.parametrize("name", FAST_PATHS)
@settings(max_examples=examples(300))
@given(data=MAPS)
def test_fast_and_compiled_code_agree(name: str, data: dict[Any, Any]) -> None:
    fast = getattr(_compiled_schemas, name)
    slow = getattr(_compiled_schemas, f"_slow_{name}")
    assert verdict(fast, data) == verdict(slow, data)


@pytest.mark.parametrize("name", FAST_PATHS)
def test_a_non_string_name_is_refused(name: str) -> None:
    fast = getattr(_compiled_schemas, name)
    assert not verdict(fast, {"john@example.com": {2: "two"}})
    assert verdict(fast, {"john@example.com": {"two": 2}})
