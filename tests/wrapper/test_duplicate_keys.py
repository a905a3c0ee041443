"""The SDK never sends a JSON object with a key twice: SMTPeter (and the sandbox, which refuses
one with 400) could not know which value was meant.

JSON keys are strings; ``json.dumps`` turns a key 1, True or None into "1", "true" or "null",
so a mapping holding both 1 and "1" would go out as two equal keys. Every body is parsed back
here with a hook that notices a repeated key.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import smtpeter
from smtpeter import _conversions
from smtpeter_client.resources import OPERATIONS, SEND, Operation
from tests.support.properties import examples
from tests.support.spec import arguments, cases, group

pytestmark = pytest.mark.usefixtures("clean_env")

TOKEN = "tok-DUPLICATE-KEYS-1"


class _Repeated(Exception):
    pass


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _Repeated(sorted({key for key in keys if keys.count(key) > 1}))
    return dict(pairs)


def _sent(operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[bytes]:
    """The bodies the sync client sends for one call (it gets a 404 back)."""
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(404, text="no such thing")

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with (
        smtpeter.SMTPeter(TOKEN, max_retries=0, http_client=http) as client,
        pytest.raises(smtpeter.NotFoundError),
    ):
        getattr(group(client, operation), operation.name)(*args, **kwargs)
    return bodies


JSON_CASES = [
    case for operation in OPERATIONS for case in cases(operation) if case.encoding == "json"
]


@pytest.mark.parametrize("case", JSON_CASES, ids=[case.id for case in JSON_CASES])
def test_no_operation_sends_a_key_twice(case: Any) -> None:
    args, kwargs = arguments(case)
    (body,) = _sent(case.operation, args, kwargs)
    json.loads(body, object_pairs_hook=_no_repeated_keys)


def _send(**body: Any) -> list[bytes]:
    return _sent(SEND, (), {"recipient": "john@example.com", "text": "x", **body})


@pytest.mark.parametrize(
    ("body", "field", "key_type"),
    [
        ({"data": {"order": {1: "first", "1": "one"}}}, "data.order.1", "int"),
        ({"data": {"flags": [{True: 1, "true": 2}]}}, "data.flags[0].True", "bool"),
        ({"template": {"subject": "s", None: "a", "null": "b"}}, "template.None", "NoneType"),
        (
            {"patch": [{"op": "add", "path": "/x", "value": {1.5: "a", "1.5": "b"}}]},
            "patch[0].value.1.5",
            "float",
        ),
        (
            {"recipient": None, "recipients": {"jane@example.com": {"kids": {2: "B", "2": "C"}}}},
            "recipients.jane@example.com.kids.2",
            "int",
        ),
    ],
    ids=["data", "in-a-list", "inline-template", "patch-value", "per-recipient"],
)
def test_a_key_that_would_repeat_another_once_encoded_is_refused(
    body: dict[str, Any], field: str, key_type: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        _send(**body)
    assert (caught.value.field, caught.value.rule) == (
        field,
        f"keys must be strings, not {key_type}",
    )


def test_a_key_that_is_not_a_string_is_refused_even_alone() -> None:
    # JSON would silently make it "1": the value the server sees is not the one given.
    with pytest.raises(smtpeter.ValidationError, match=r"data\.order\.1: keys must be strings"):
        _send(data={"order": {1: "first"}})


_KEYS = st.one_of(
    st.sampled_from(["1", "true", "null", "1.5", "a"]),
    st.integers(-2, 2),
    st.booleans(),
    st.none(),
    st.sampled_from([1.5, -0.5]),
)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=10,
)


@given(value=_VALUES)
@example(value={None: None, "null": None})
@settings(max_examples=examples(150))
def test_whatever_the_data_the_body_has_no_key_twice(value: Any) -> None:
    try:
        bodies = _send(data={"value": value})
    except smtpeter.ValidationError as exc:
        assert exc.rule.startswith("keys must be strings"), exc
        assert exc.field.startswith("data.value")
    else:
        json.loads(bodies[0], object_pairs_hook=_no_repeated_keys)


def test_two_keywords_for_one_property_are_refused() -> None:
    # No operation of the spec has one today: an open body (a template document takes any
    # property) with a renamed keyword (`from_` for `from`) would, and `from` would then be
    # given both as `from_` and as itself.
    open_with_rename = Operation(
        operation_id="x",
        name="x",
        tag="x",
        method="POST",
        path="/x",
        module="x",
        path_parameters=(),
        query_parameters={},
        bodies={"json": "TemplateDocument"},
        body_fields={"from_": "from"},
        open_body=True,
    )
    with pytest.raises(smtpeter.ValidationError) as caught:
        _conversions.wire_body(
            open_with_rename, {"from_": "a@example.com", "from": "b@example.com"}
        )
    assert caught.value.field == "from"
    assert "given twice" in caught.value.rule


def test_a_key_of_a_str_subclass_is_a_string() -> None:
    class Name(str):
        pass

    (body,) = _send(data={"order": {Name("first"): 1}})
    assert json.loads(body)["data"] == {"order": {"first": 1}}
