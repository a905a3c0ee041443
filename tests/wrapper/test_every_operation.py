"""Every operation of openapi.yaml is a method of both clients, generated, and goes out right.

Nothing here names an operation: the list comes from the generated ``OPERATIONS``, and the
arguments from the spec itself (examples where it has them), so a new operation in the spec is
covered by regenerating.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
import pytest
import yaml

import smtpeter
from smtpeter_client.resources import OPERATIONS, Operation

pytestmark = pytest.mark.usefixtures("clean_env")

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi.yaml").read_text())
TOKEN = "tok-EVERY-OP-123"


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _spec_operation(operation: Operation) -> dict[str, Any]:
    item = SPEC["paths"][operation.path]
    spec: dict[str, Any] = item[operation.method.lower()]
    return {**spec, "parameters": [*item.get("parameters", []), *spec.get("parameters", [])]}


def _parameter(parameter: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in parameter:
        parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
    return parameter


def _sample(schema: dict[str, Any]) -> Any:
    """A value the schema accepts, as a Python value the client takes."""
    schema = _resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if schema.get("format") == "date":
        return dt.date(2026, 11, 1)
    if kind == "object":
        return {"firstname": "John"}
    if schema.get("format") == "email":
        return "john@example.com"
    pattern = schema.get("pattern")
    candidates = ("abc", "a", "1", "x-a", "example.com", "https://example.com/a", "2026-11-01")
    for candidate in candidates:
        if pattern is None or re.search(pattern.replace("$", r"\Z"), candidate):
            return candidate
    raise AssertionError(f"no sample for {schema}")


def _arguments(operation: Operation) -> tuple[tuple[Any, ...], dict[str, Any]]:
    spec = _spec_operation(operation)
    parameters = {p["name"]: p for p in map(_parameter, spec["parameters"])}
    args = tuple(_sample(parameters[name].get("schema", {})) for name in operation.path_parameters)
    kwargs: dict[str, Any] = {
        keyword: _sample(parameters[name].get("schema", {}))
        for keyword, name in operation.query_parameters.items()
    }
    if operation.bodies:
        content = spec["requestBody"]["content"]
        media = content.get("application/json") or next(iter(content.values()))
        example = media.get("example")
        if example is None and media.get("examples"):
            example = next(iter(media["examples"].values()))["value"]
        if example is None:
            schema = _resolve(media["schema"])
            example = {name: _sample(schema["properties"][name]) for name in schema["required"]}
        by_wire = {wire: keyword for keyword, wire in operation.body_fields.items()}
        kwargs.update({by_wire.get(name, name): value for name, value in example.items()})
    return args, kwargs


def _expected_target(operation: Operation, args: tuple[Any, ...]) -> str:
    values = dict(zip(operation.path_parameters, args, strict=True))
    return "/v1" + operation.path.format(**{k: quote(str(v), safe="") for k, v in values.items()})


def _group(client: object, operation: Operation) -> Any:
    return getattr(client, re.sub(r"\W", "_", operation.tag).lower())


def _transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, text="no such thing")

    return httpx.MockTransport(answer)


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
        method = getattr(_group(client, operation), operation.name)
        assert (
            method.__doc__ and _spec_operation(operation)["summary"].rstrip(".") in method.__doc__
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
        getattr(_group(client, operation), operation.name)(*args, **kwargs)
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
            await getattr(_group(client, operation), operation.name)(*args, **kwargs)
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
