"""openapi.yaml for tests: the document, its operations, schema validation with jsonschema, and
arguments for every operation derived from the spec (its examples where it has them).

Nothing here names an operation: a new operation of the spec gets arguments by regenerating.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from smtpeter_client.resources import Operation

__all__ = [
    "SPEC",
    "SPEC_PATH",
    "Case",
    "arguments",
    "body_on_the_wire",
    "cases",
    "group",
    "parameter",
    "resolve",
    "sample",
    "schema_problems",
    "spec_operation",
    "success_answer",
]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
_URI = SPEC_PATH.as_uri()
_REGISTRY: Registry[Any] = Registry().with_resource(_URI, DRAFT202012.create_resource(SPEC))
_METHODS = ("get", "put", "post", "delete", "patch")


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a local ``$ref`` points to (followed until there is none)."""
    while "$ref" in schema:
        schema = SPEC["components"][_kind(schema["$ref"])][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _kind(ref: str) -> str:
    return ref.split("/")[2]  # "#/components/<kind>/<name>"


def parameter(item: dict[str, Any]) -> dict[str, Any]:
    """A parameter object, its ``$ref`` followed."""
    return resolve(item)


def spec_operation(operation_id: str) -> dict[str, Any]:
    """The spec's operation object by id, with ``method``, ``path`` and every parameter (the
    path item's and its own, references followed) filled in."""
    for path, item in SPEC["paths"].items():
        for method in _METHODS:
            spec = item.get(method)
            if spec is not None and spec["operationId"] == operation_id:
                parameters = [*item.get("parameters", []), *spec.get("parameters", [])]
                return {
                    **spec,
                    "method": method.upper(),
                    "path": path,
                    "parameters": [parameter(p) for p in parameters],
                }
    raise KeyError(operation_id)


@cache
def _validator(pointer: str) -> Any:
    return Draft202012Validator(
        {"$ref": f"{_URI}#{pointer}"}, registry=_REGISTRY, format_checker=FormatChecker()
    )


def schema_problems(schema: dict[str, Any] | str, instance: object) -> list[str]:
    """Why ``instance`` is invalid under ``schema`` (a schema object of the spec, or the name of
    one of its components), as ``where: message`` lines; empty when it is valid."""
    if isinstance(schema, str):
        validator = _validator(f"/components/schemas/{schema}")
    else:
        validator = Draft202012Validator(
            _absolute(schema), registry=_REGISTRY, format_checker=FormatChecker()
        )
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def _absolute(schema: Any) -> Any:
    """A schema lifted out of the document, its local references made absolute."""
    if isinstance(schema, dict):
        return {
            key: f"{_URI}{value}" if key == "$ref" and value.startswith("#") else _absolute(value)
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute(item) for item in schema]
    return schema


_CANDIDATES = (
    "abc",
    "a",
    "1",
    "x-a",
    "example.com",
    "john@example.com",
    "https://example.com/a",
    "2026-11-01",
)


def sample(schema: dict[str, Any]) -> Any:
    """A value the schema accepts, as the Python value the client takes (its first example
    where it has one)."""
    schema = resolve(schema)
    if schema.get("format") == "date":
        return dt.date(2026, 11, 1)
    if schema.get("examples"):
        return schema["examples"][0]
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if "then" in schema:  # a union by JSON type: its first branch
        return sample(schema["then"])
    kind = schema.get("type")
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema.get("items", {}))]
    if kind == "object":
        return {"firstname": "John"}  # personalization data: string values
    if schema.get("format") == "email":
        return "john@example.com"
    pattern = schema.get("pattern")
    for candidate in _CANDIDATES:
        if pattern is None or re.search(pattern.replace("$", r"\Z"), candidate):
            return candidate
    raise AssertionError(f"no sample for {schema}")


@dataclass(frozen=True)
class Case:
    """One way to call an operation: its body's encoding and where the body came from."""

    operation: Operation
    encoding: str  # "json", "form", or "" without a body
    source: str  # "example:<name>", or "generated"

    @property
    def id(self) -> str:
        return "-".join(filter(None, (self.operation.operation_id, self.encoding, self.source)))


def _media(operation: Operation, encoding: str) -> dict[str, Any]:
    content = spec_operation(operation.operation_id)["requestBody"]["content"]
    wanted = "application/json" if encoding == "json" else "application/x-www-form-urlencoded"
    media: dict[str, Any] = content[wanted]
    return media


def _examples(media: dict[str, Any]) -> dict[str, Any]:
    if "example" in media:
        return {"example": media["example"]}
    return {name: example["value"] for name, example in media.get("examples", {}).items()}


def _flat(schema: dict[str, Any]) -> bool:
    # Rules across properties (a union, an if/then/else, a not) make "every property" invalid.
    return "properties" in schema and not {"allOf", "oneOf", "anyOf", "if", "not"} & set(schema)


def cases(operation: Operation) -> Iterator[Case]:
    """Every example body of each encoding, plus one body generated from the schema (every
    property, for a flat schema; else the required ones, when there is no example)."""
    if not operation.bodies:
        yield Case(operation, "", "")
        return
    for encoding in operation.bodies:
        media = _media(operation, encoding)
        examples = _examples(media)
        for name in examples:
            yield Case(operation, encoding, f"example:{name}")
        if _flat(resolve(media["schema"])) or not examples:
            yield Case(operation, encoding, "generated")


def _body(case: Case) -> dict[str, Any]:
    media = _media(case.operation, case.encoding)
    if case.source.startswith("example:"):
        body: dict[str, Any] = _examples(media)[case.source.removeprefix("example:")]
        return body
    schema = resolve(media["schema"])
    names = schema["properties"] if _flat(schema) else schema.get("required", [])
    return {name: sample(schema["properties"][name]) for name in names}


def body_on_the_wire(case: Case) -> dict[str, Any]:
    """The body ``case`` should put on the wire, as JSON values (dates as ISO text)."""
    return {
        name: value.isoformat() if isinstance(value, dt.date) else value
        for name, value in _body(case).items()
    }


def arguments(case: Case) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Positional and keyword arguments of the client's method for ``case``: every path and
    query parameter sampled, the body's properties by their keyword names."""
    operation = case.operation
    by_name = {p["name"]: p for p in spec_operation(operation.operation_id)["parameters"]}
    args = tuple(sample(by_name[name].get("schema", {})) for name in operation.path_parameters)
    kwargs: dict[str, Any] = {
        keyword: sample(by_name[name].get("schema", {}))
        for keyword, name in operation.query_parameters.items()
    }
    if case.encoding:
        by_wire = {wire: keyword for keyword, wire in operation.body_fields.items()}
        kwargs.update({by_wire.get(name, name): value for name, value in _body(case).items()})
        if case.encoding != "json":
            kwargs["encoding"] = case.encoding
    return args, kwargs


def group(client: object, operation: Operation) -> Any:
    """The client's group of methods for the operation's tag (``client.dkim``...)."""
    return getattr(client, re.sub(r"\W", "_", operation.tag).lower())


def _json_sample(schema: dict[str, Any]) -> Any:
    schema = resolve(schema)
    for key in ("examples", "example"):
        if key in schema:
            return schema[key][0] if key == "examples" else schema[key]
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return _json_sample(schema[combinator][0])
    if "then" in schema:  # a union by JSON type: its first branch
        return _json_sample(schema["then"])
    kind = schema.get("type")
    if kind == "array":
        return []
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _json_sample(properties[name]) for name in schema.get("required", [])}
    value = sample(schema)
    return value.isoformat() if isinstance(value, dt.date) else value


def success_answer(operation: Operation) -> tuple[int, str, bytes]:
    """A documented success answer: status, content type and a body valid under its schema
    (the spec's example where it has one)."""
    status, response = next(
        (int(code), resolve(response))
        for code, response in spec_operation(operation.operation_id)["responses"].items()
        if str(code).startswith("2")
    )
    content = response.get("content")
    if not content:
        return status, "", b""
    content_type, media = next(iter(content.items()))
    if content_type != "application/json":
        return status, content_type, b"<x>sample</x>"
    examples = _examples(media)
    value = next(iter(examples.values())) if examples else _json_sample(media["schema"])
    assert schema_problems(media["schema"], value) == [], (operation, value)
    return status, content_type, json.dumps(value).encode()
