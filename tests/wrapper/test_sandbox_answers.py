"""What the sandbox answers for an operation it does not simulate: the documented success answer.

``smtpeter_client.answers`` (written by tools/generate_answers.py) holds, per operation, its
first documented success status and a body: the spec's example, or a value built from the
answer's schema. Here every one is checked against openapi.yaml with jsonschema (an oracle
independent of the generator) and read back by the client, so that whichever operation is new
answers something the client takes. tests/generated/test_regeneration.py adds an operation to
the spec and calls it through the sandbox.
"""

from __future__ import annotations

import fnmatch
import json
from typing import Any

import httpx
import pytest

import smtpeter
from smtpeter.sandbox._app import _documented_answer
from smtpeter.sandbox._validate import Operation as RoutedOperation
from smtpeter.sandbox._validate import Validated, operations
from smtpeter_client.answers import ANSWERS
from smtpeter_client.resources import OPERATIONS, Operation
from tests.support.spec import arguments, cases, group, resolve, schema_problems, spec_operation

pytestmark = pytest.mark.usefixtures("clean_env")

IDS = [operation.operation_id for operation in OPERATIONS]


def _documented_success(operation_id: str) -> tuple[int, dict[str, Any]]:
    status, response = next(
        (int(code), resolve(response))
        for code, response in spec_operation(operation_id)["responses"].items()
        if str(code).startswith("2")
    )
    return status, response


def _first_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    return next((resolve(e).get("value") for e in media.get("examples", {}).values()), None)


def test_every_operation_has_an_answer() -> None:
    assert list(ANSWERS) == IDS


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_the_answer_is_the_first_documented_success_and_valid(operation: Operation) -> None:
    answer = ANSWERS[operation.operation_id]
    status, response = _documented_success(operation.operation_id)
    assert answer.status == status
    content = response.get("content", {})
    if not content:
        assert (answer.media_type, answer.body) == (None, b"")
        return
    media_type = next(iter(content))
    # A range (`*/*`: a file of any type) is answered with a type of that range.
    assert answer.media_type is not None and fnmatch.fnmatchcase(answer.media_type, media_type)
    schema = content[media_type]["schema"]
    value = json.loads(answer.body) if media_type.endswith("json") else answer.body.decode()
    assert schema_problems(schema, value) == []
    example = _first_example(content[media_type])
    if example is not None and schema_problems(schema, example) == []:
        assert value == example  # the spec's own example comes first


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_the_client_reads_the_answer(operation: Operation) -> None:
    answer = ANSWERS[operation.operation_id]

    def send(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": answer.media_type} if answer.media_type else {}
        return httpx.Response(answer.status, headers=headers, content=answer.body)

    args, kwargs = arguments(next(cases(operation)))
    with smtpeter.SMTPeter(
        "tok-ANSWERS-1", http_client=httpx.Client(transport=httpx.MockTransport(send))
    ) as client:
        result = getattr(group(client, operation), operation.name)(*args, **kwargs)
    if operation.result == "text":
        assert result == answer.body.decode()
    elif operation.result == "binary":
        assert result == answer.body
    elif operation.result == "none":
        assert result is None


@pytest.mark.parametrize("operation", operations(), ids=lambda op: op.operation_id)
def test_the_sandbox_answers_it_as_generated(operation: RoutedOperation) -> None:
    handler = _documented_answer(operation)
    assert handler is not None
    response = handler(Validated(body=None))
    answer = ANSWERS[operation.operation_id]
    assert response.status_code == answer.status
    assert response.body == answer.body
    if answer.media_type:
        assert response.headers["content-type"].split(";")[0] == answer.media_type


def test_an_operation_not_generated_yet_has_no_answer() -> None:
    assert _documented_answer(RoutedOperation("notGeneratedYet", "get", "/new", "/v1/new")) is None
