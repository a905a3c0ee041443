"""A JSON body's bytes with orjson (the ``[speedups]`` extra) and without: the same bytes for
every body, and the same errors for what JSON cannot carry (see smtpeter/_json.py)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import tracemalloc
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smtpeter
from smtpeter import _json
from tests.support.properties import examples

pytestmark = pytest.mark.usefixtures("clean_env")

TOKEN = "tok-JSON-1"


@pytest.fixture(params=["orjson", "json"])
def encoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each way of writing JSON: orjson (installed with the dev tools), or the standard
    library's alone (as without the ``[speedups]`` extra)."""
    if request.param == "orjson":
        assert _json._orjson_dumps() is not None, "the dev tools install orjson"
    else:
        monkeypatch.setattr(_json, "_orjson_dumps", lambda: None)
    yield request.param


def _standard(value: Any) -> bytes:
    """What the SDK sent before orjson: json.dumps, compact, as UTF-8."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def _outcome(encode: Any, value: Any) -> tuple[str, Any]:
    try:
        return "bytes", encode(value)
    except (TypeError, ValueError) as exc:
        return type(exc).__name__, str(exc)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: orjson refuses those, json.dumps writes them
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(children, max_size=4).map(tuple)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=examples(300))
@given(_JSON)
def test_every_json_value_is_written_as_json_dumps_writes_it(value: Any) -> None:
    for orjson in (_json._orjson_dumps, lambda: None):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_json, "_orjson_dumps", orjson)
            assert _json.dumps(value) == _standard(value)


class _Colour(enum.Enum):
    RED = 1


class _Size(enum.IntEnum):
    SMALL = 1


class _Text(str):
    pass


class _Mapping(dict[Any, Any]):
    pass


@pytest.mark.parametrize(
    "value",
    [
        {"a": 1.5, "b": 1e-05, "c": 1e16, "d": -0.0},  # floats: json.dumps's spelling
        {"a": float("nan")},
        {"a": [float("inf")]},
        {1: "one", "1": "un"},
        {"a": [{None: 1}]},
        _Mapping({2: "two"}),
        {"a": _Mapping({"b": {True: 1}})},
        {"a": _Colour.RED},
        {"a": _Size.SMALL},
        {"a": _Text("text")},
        {"a": uuid.UUID(int=1)},
        {"a": dt.date(2026, 12, 7)},
        {"a": "lone \ud800 surrogate"},
        {"a": 2**70, "b": -(2**64)},
        {"a": b"bytes"},
    ],
    ids=repr,
)
def test_what_orjson_would_write_differently_goes_as_without_it(encoder: str, value: Any) -> None:
    expected = _outcome(_standard, value)
    if expected[0] == "bytes" and not all(isinstance(key, str) for key in _keys(value)):
        expected = ("TypeError", "a key that is not a string")
    assert _outcome(_json.dumps, value) == expected


def _keys(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _keys(item)


_ANY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary(),
    lambda children: (
        st.lists(children, max_size=3)
        | st.lists(children, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=3) | st.integers() | st.none(), children, max_size=3)
        | st.dictionaries(st.text(max_size=3), children, max_size=3).map(_Mapping)
    ),
    max_leaves=15,
)


def _reference_types(value: Any, keys: set[type], leaves: set[type]) -> None:
    if type(value) is dict:
        keys.update(type(key) for key in value)
        for item in value.values():
            _reference_types(item, keys, leaves)
    elif type(value) is list or type(value) is tuple:
        for item in value:
            _reference_types(item, keys, leaves)
    else:
        leaves.add(type(value))


@settings(max_examples=examples(300))
@given(_ANY)
def test_the_bulk_walk_finds_every_key_and_value_type(value: Any) -> None:
    keys: set[type] = set()
    leaves: set[type] = set()
    _reference_types(value, keys, leaves)
    assert _json._types(value) == (keys, leaves)


@settings(max_examples=examples(300))
@given(_ANY)
def test_the_keys_only_walk_finds_every_key_type(value: Any) -> None:
    """Without orjson only the keys matter: containers the garbage collector does not track
    are not looked into, and a mapping of dicts has its values' names from value_names (here
    for every such mapping, however small)."""
    keys: set[type] = set()
    leaves: set[type] = set()
    _reference_types(value, keys, leaves)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_json, "_MANY", 1)
        found_keys, found = _json._types(value, leaves=False)
    assert found_keys == keys and found <= leaves


def test_a_level_of_many_dicts_is_walked_in_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list of 1,000 dicts the collector tracks (a list in each) is one level, walked by bulk
    operations, not one Python call per dict asking whether it maps many dicts; only the few
    dicts above them are asked."""
    asked: list[int] = []
    skip = _json._skip_values_of_dicts

    def counting(mapping: dict[Any, Any], keys: set[type]) -> list[dict[Any, Any]]:
        asked.append(len(mapping))
        return skip(mapping, keys)

    monkeypatch.setattr(_json, "_skip_values_of_dicts", counting)
    rows: list[dict[Any, Any]] = [{"a": [i]} for i in range(1_000)]
    rows[7]["b"] = [{2: "x"}]
    keys, _ = _json._types({"text": "x", "data": {"rows": rows}}, leaves=False)
    assert keys == {str, int}
    assert len(asked) <= 3


def _deep(value: Any) -> dict[str, Any]:
    recipients = {f"user{i}@example.com": {"name": f"User {i}"} for i in range(300)}
    recipients["user150@example.com"]["extra"] = value
    return recipients


@pytest.mark.parametrize(
    ("recipients", "field", "rule"),
    [
        (_deep({"a": {2: "x"}}), "recipients.user150@example.com.extra.a.2", "not int"),
        (_deep(({3: "x"},)), "recipients.user150@example.com.extra[0].3", "not int"),
        (_deep([{None: "x"}]), "recipients.user150@example.com.extra[0].None", "not NoneType"),
        (_deep((("a", {1.5: "x"}),)), "recipients.user150@example.com.extra[0][1].1.5", "float"),
    ],
)
def test_a_key_that_is_not_a_string_deep_in_many_recipients_is_refused(
    encoder: str, recipients: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        _sent(from_="shop@example.com", subject="Hi", text="x", recipients=recipients)
    assert caught.value.field == field
    assert "keys must be strings" in caught.value.rule and rule in caught.value.rule


def _sent(**body: Any) -> bytes:
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(200, json={"1cb1d9b0a1f4e7a2": "user0@example.com"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    smtpeter.SMTPeter(TOKEN, max_retries=0, http_client=http).send(**body)
    (sent,) = bodies
    return sent


def test_a_large_send_goes_out_byte_for_byte_as_json_dumps_writes_it(encoder: str) -> None:
    recipients = {f"user{i}@example.com": {"name": f"User {i}", "n": i} for i in range(2_000)}
    recipients["user7@example.com"]["tags"] = ["a", ("b", None, True)]
    sent = _sent(from_="shop@example.com", subject="Hi {$name}", text="x", recipients=recipients)
    expected = {"from": "shop@example.com", "subject": "Hi {$name}", "text": "x"}
    assert sent == _standard({**expected, "recipients": recipients})


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"order": {1: "first"}}, "data.order.1", "keys must be strings, not int"),
        ({"price": float("nan")}, "data.price", "numbers must be finite"),
        ({"colour": _Colour.RED}, "data.colour", "_Colour is not a JSON value"),
        ({"id": uuid.UUID(int=1)}, "data.id", "UUID is not a JSON value"),
        ({"name": "x\udc00"}, "data.name", "must be valid Unicode (it holds a lone surrogate)"),
    ],
)
def test_a_value_json_cannot_carry_is_refused_alike(
    encoder: str, data: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        _sent(recipient="user0@example.com", text="x", data=data)
    assert (caught.value.field, caught.value.rule) == (field, rule)


def _cycle() -> list[Any]:
    cycle: list[Any] = []
    cycle.append(cycle)
    return cycle


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        ({"loop": _cycle()}, "data", "contains itself"),
        # json.dumps writes a lone surrogate, so only its check for a cycle stops it; then the
        # first value JSON cannot carry is named, as before the check was left to the end.
        ({"name": "x\ud800", "loop": _cycle()}, "data.name", "must be valid Unicode"),
        ({"n": 10**5000, "loop": _cycle()}, "data.n", "more than 4300 digits"),
    ],
)
def test_data_containing_itself_is_refused_as_without_orjson(
    encoder: str, data: dict[str, Any], field: str, rule: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        _sent(recipient="user0@example.com", text="x", data=data)
    assert caught.value.field == field and rule in caught.value.rule


def test_a_body_holds_no_more_memory_than_its_length(encoder: str) -> None:
    # orjson's own bytes keep the room it reserved while writing: some six times the body.
    value = {"html": "<p>" + "x" * 100_000 + "</p>", "tags": ["a", "b"]}
    _json.dumps(value)  # anything imported or cached on first use, before counting
    tracemalloc.start()
    try:
        body = _json.dumps(value)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 1.5 * len(body)
