"""How the sandbox reads a JSON body over HTTPS: a bounded depth, no duplicate keys, and
numbers as JSON Schema counts them (``3.0`` is the integer 3)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from smtpeter.sandbox._json import MAX_JSON_DEPTH
from smtpeter.sandbox._validate import operations, spec_document

JSON = {"content-type": "application/json"}
TOO_DEEP = f"body: JSON nested deeper than {MAX_JSON_DEPTH} levels"


def _json_operations() -> list[tuple[str, str, str]]:
    """(operationId, method, path under /v1) of every operation that takes a JSON body."""
    found = []
    for op in operations():
        spec = spec_document()["paths"][op.path][op.method]
        if "application/json" in spec.get("requestBody", {}).get("content", {}):
            # The only path parameter of these operations is a domain name.
            found.append((op.operation_id, op.method, op.path.replace("{domain}", "example.com")))
    return found


JSON_OPERATIONS = _json_operations()


def nested(levels: int) -> str:
    """JSON arrays nested ``levels`` deep (one level is ``[]``)."""
    return "[" * levels + "]" * levels


@pytest.mark.parametrize("levels", [MAX_JSON_DEPTH + 1, 500, 5000])
@pytest.mark.parametrize(
    ("operation_id", "method", "path"), JSON_OPERATIONS, ids=[o[0] for o in JSON_OPERATIONS]
)
def test_a_body_nested_deeper_than_the_limit_is_refused_by_every_operation(
    http: httpx.Client, operation_id: str, method: str, path: str, levels: int
) -> None:
    # One level is the body's own object: the value adds levels - 1.
    body = '{"deep": ' + nested(levels - 1) + "}"
    answer = http.request(method, path, content=body, headers=JSON)
    assert (answer.status_code, answer.text) == (400, TOO_DEEP)


def test_a_body_nested_to_the_limit_is_read(http: httpx.Client) -> None:
    # body (1) > data (2) > "a" (3) > arrays: the deepest array is level MAX_JSON_DEPTH.
    inner = "[" * (MAX_JSON_DEPTH - 3) + "7" + "]" * (MAX_JSON_DEPTH - 3)
    body = '{"recipient": "a@example.com", "text": "{$a}", "data": {"a": ' + inner + "}}"
    answer = http.post("/send", content=body, headers=JSON)
    assert answer.status_code == 200, answer.text
    (message_id,) = answer.json()
    assert http.get(f"/text/{message_id}").text.strip() == "[" * (
        MAX_JSON_DEPTH - 3
    ) + "7" + "]" * (MAX_JSON_DEPTH - 3)


@pytest.mark.parametrize(
    "body",
    ["[" * 5000, '{"a":' * 5000, '{"recipient": "a@example.com", "data": ' + "[{" * 3000],
    ids=["arrays", "objects", "mixed"],
)
def test_a_truncated_deep_body_is_refused_without_recursing(http: httpx.Client, body: str) -> None:
    answer = http.post("/send", content=body, headers=JSON)
    assert (answer.status_code, answer.text) == (400, TOO_DEEP)


def test_brackets_inside_strings_do_not_count_as_nesting(http: httpx.Client) -> None:
    text = "[{" * 3000 + '\\" [ \\\\' + "]}" * 10
    answer = http.post("/send", json={"recipient": "a@example.com", "text": text})
    assert answer.status_code == 200, answer.text
    (message_id,) = answer.json()
    assert http.get(f"/text/{message_id}").text.strip() == text


# --- integers written as 3.0 ---------------------------------------------------------------


def _template(http: httpx.Client) -> int:
    name = f"float-ids-{uuid.uuid4().hex[:8]}"
    created = http.post("/template/html", json={"name": name, "subject": "From the template"})
    assert created.status_code == 201, created.text
    template_id: int = created.json()["id"]
    return template_id


def test_a_template_id_written_as_a_float_is_that_template(http: httpx.Client) -> None:
    template_id = _template(http)
    body = f'{{"recipient": "a@example.com", "text": "x", "template": {template_id}.0}}'
    answer = http.post("/send", content=body, headers=JSON)
    assert answer.status_code == 200, answer.text
    (message_id,) = answer.json()
    assert "Subject: From the template" in http.get(f"/headers/{message_id}").text


def test_a_template_replaced_by_an_id_written_as_a_float(http: httpx.Client) -> None:
    template_id = _template(http)
    body = f'{{"id": {template_id}.0, "name": "renamed-{template_id}", "subject": "New"}}'
    answer = http.put("/template/html", content=body, headers=JSON)
    assert (answer.status_code, answer.json()) == (201, {"id": template_id})
    assert http.get(f"/template/{template_id}").json()["subject"] == "New"


def test_an_id_written_in_exponent_form_is_an_integer(http: httpx.Client) -> None:
    template_id = _template(http)
    body = f'{{"recipient": "a@example.com", "text": "x", "template": {template_id}e0}}'
    assert http.post("/send", content=body, headers=JSON).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "named"),
    [
        (
            "post",
            "/send",
            '{"recipient": "a@example.com", "text": "x", "template": 3.5}',
            "template",
        ),
        ("put", "/template/html", '{"id": 3.5, "subject": "x"}', "id"),
    ],
)
def test_a_fractional_id_is_still_refused(
    http: httpx.Client, method: str, path: str, body: str, named: str
) -> None:
    answer = http.request(method, path, content=body, headers=JSON)
    assert answer.status_code == 400
    assert named in answer.text


def test_an_integral_float_in_personal_data_is_rendered_as_an_integer(http: httpx.Client) -> None:
    body = '{"recipient": "a@example.com", "text": "{$n} {$x}", "data": {"n": 3.0, "x": 2.5}}'
    answer = http.post("/send", content=body, headers=JSON)
    assert answer.status_code == 200, answer.text
    (message_id,) = answer.json()
    assert http.get(f"/text/{message_id}").text.strip() == "3 2.5"


# --- duplicate keys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('{"recipient": "a@example.com", "recipient": "b@example.com", "text": "x"}', "recipient"),
        ('{"recipient": "a@example.com", "text": "x", "data": {"n": 1, "n": 2}}', "n"),
        (
            '{"recipients": {"a@example.com": {}, "a@example.com": {}}, "text": "x"}',
            "a@example.com",
        ),
        (
            '{"recipient": "a@example.com", "text": "x",'
            ' "attachments": [{"name": "a.txt", "data": "eA==", "name": "b.txt"}]}',
            "name",
        ),
        ('{"recipient": "a@example.com", "text": "x", "data": {"k": [{"é": 1, "é": 2}]}}', "é"),
    ],
    ids=["top", "data", "recipients", "attachment", "deep"],
)
def test_a_key_given_twice_in_one_object_is_refused(
    http: httpx.Client, body: str, key: str
) -> None:
    answer = http.post("/send", content=body.encode(), headers=JSON)
    assert answer.status_code == 400
    assert answer.text == f'body: the key "{key}" appears twice in one object'


@pytest.mark.parametrize(
    ("operation_id", "method", "path"), JSON_OPERATIONS, ids=[o[0] for o in JSON_OPERATIONS]
)
def test_every_operation_refuses_a_duplicate_key(
    http: httpx.Client, operation_id: str, method: str, path: str
) -> None:
    answer = http.request(method, path, content='{"twice": 1, "twice": 2}', headers=JSON)
    assert (answer.status_code, answer.text) == (
        400,
        'body: the key "twice" appears twice in one object',
    )


def test_the_same_key_in_different_objects_is_fine(http: httpx.Client) -> None:
    body = {"recipient": "a@example.com", "text": "{$a.a}", "data": {"a": {"a": "inner"}}}
    answer = http.post("/send", json=body)
    assert answer.status_code == 200, answer.text
