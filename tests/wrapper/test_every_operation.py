"""Every operation of openapi.yaml is a method of both clients, generated, and goes out right.

Nothing here names an operation: the list comes from the generated ``OPERATIONS``, and the
arguments from the spec itself (examples where it has them), so a new operation in the spec is
covered by regenerating.
"""

from __future__ import annotations

import inspect
import json
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
import pytest

import smtpeter
from smtpeter_client.resources import OPERATIONS, Operation
from tests.support.spec import SPEC, arguments, cases, group, spec_operation, success_answer

pytestmark = pytest.mark.usefixtures("clean_env")

TOKEN = "tok-EVERY-OP-123"


def _arguments(operation: Operation) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments of the operation's first case (its first JSON example, where it has one)."""
    return arguments(next(cases(operation)))


def _expected_target(operation: Operation, args: tuple[Any, ...]) -> str:
    values = dict(zip(operation.path_parameters, args, strict=True))
    return "/v1" + operation.path.format(**{k: quote(str(v), safe="") for k, v in values.items()})


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, text="no such thing")

    return httpx.MockTransport(answer)


RESULT_TYPES: dict[str, type] = {"binary": bytes, "text": str, "none": type(None)}
IDS = [operation.operation_id for operation in OPERATIONS]


def test_the_spec_has_operations() -> None:
    assert {op.operation_id for op in OPERATIONS} == {
        spec["operationId"]
        for item in SPEC["paths"].values()
        for method, spec in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    }


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_each_operation_is_a_documented_method_of_both_clients(operation: Operation) -> None:
    for client_class in (smtpeter.SMTPeter, smtpeter.AsyncSMTPeter):
        client = client_class(TOKEN)
        method = getattr(group(client, operation), operation.name)
        assert (
            method.__doc__
            and spec_operation(operation.operation_id)["summary"].rstrip(".") in method.__doc__
        )
        assert inspect.iscoroutinefunction(method) == (client_class is smtpeter.AsyncSMTPeter)
        positional = [
            p.name
            for p in inspect.signature(method).parameters.values()
            if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        assert len(positional) == len(operation.path_parameters)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
def test_each_operation_goes_out_as_the_spec_says_sync(operation: Operation) -> None:
    seen: list[httpx.Request] = []
    args, kwargs = _arguments(operation)
    http = httpx.Client(transport=_transport(seen))
    client = smtpeter.SMTPeter(TOKEN, max_retries=0, http_client=http)
    with client, pytest.raises(smtpeter.NotFoundError) as caught:
        getattr(group(client, operation), operation.name)(*args, **kwargs)
    _check(operation, args, kwargs, seen)
    assert TOKEN not in str(caught.value) + repr(caught.value)


@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
async def test_each_operation_goes_out_as_the_spec_says_async(operation: Operation) -> None:
    seen: list[httpx.Request] = []
    args, kwargs = _arguments(operation)

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, text="no such thing")

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with smtpeter.AsyncSMTPeter(TOKEN, max_retries=0, http_client=http) as client:
        with pytest.raises(smtpeter.NotFoundError):
            await getattr(group(client, operation), operation.name)(*args, **kwargs)
    _check(operation, args, kwargs, seen)


def _check(
    operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any], seen: list[httpx.Request]
) -> None:
    # A read may be retried; with max_retries=0 it is sent exactly once either way.
    assert len(seen) == 1
    request = seen[0]
    assert request.method == operation.method
    assert request.url.raw_path.decode().split("?")[0] == _expected_target(operation, args)
    query = parse_qs(request.url.query.decode())
    assert query.pop("access_token") == [TOKEN]
    for keyword, name in operation.query_parameters.items():
        value = kwargs[keyword]
        if isinstance(value, dict):  # an object spread over the query, one key a property
            assert {key: query.pop(key) for key in value} == {k: [v] for k, v in value.items()}
        else:
            shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
            assert query.pop(name) == [shown]
    assert query == {}
    if operation.bodies:
        assert request.headers["Content-Type"] == "application/json"
        body = json.loads(request.content)
        sent = {
            operation.body_fields.get(k, k) for k in kwargs if k not in operation.query_parameters
        }
        assert set(body) == sent
    else:
        assert request.content == b""


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=IDS)
async def test_reads_are_retried_and_writes_are_not_repeated(
    operation: Operation, mode: str, sleeps: list[float]
) -> None:
    """A 502 may come after the server acted: GET, PUT and DELETE are safe to repeat and are
    tried once more; a POST is not repeated, and says it may have been carried out."""
    status, content_type, body = success_answer(operation)
    answers = [
        httpx.Response(502, text="Bad Gateway"),
        httpx.Response(
            status, headers={"Content-Type": content_type} if body else {}, content=body
        ),
    ]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[len(seen) - 1]

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    args, kwargs = _arguments(operation)
    repeatable = operation.method in ("GET", "PUT", "DELETE")
    assert operation.method in ("GET", "PUT", "DELETE", "POST")
    outcome: Any
    try:
        if mode == "sync":
            with smtpeter.SMTPeter(
                TOKEN,
                max_retries=1,
                http_client=httpx.Client(transport=httpx.MockTransport(answer)),
            ) as client:
                outcome = getattr(group(client, operation), operation.name)(*args, **kwargs)
        else:
            transport = httpx.MockTransport(answer_async)
            async with smtpeter.AsyncSMTPeter(
                TOKEN, max_retries=1, http_client=httpx.AsyncClient(transport=transport)
            ) as async_client:
                method = getattr(group(async_client, operation), operation.name)
                outcome = await method(*args, **kwargs)
    except smtpeter.APIError as exc:
        outcome = exc

    if repeatable:
        assert len(seen) == 2
        assert seen[1].url == seen[0].url and seen[1].content == seen[0].content
        assert len(sleeps) == 1
        assert not isinstance(outcome, Exception), outcome
        expected = RESULT_TYPES.get(operation.result)
        if expected is not None:
            assert isinstance(outcome, expected)
        else:
            assert outcome is not None
    else:
        assert len(seen) == 1
        assert sleeps == []
        assert isinstance(outcome, smtpeter.InternalServerError)
        assert outcome.status_code == 502
        assert outcome.may_have_been_sent is True
