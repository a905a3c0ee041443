"""A request checked against openapi.yaml, the way a contract proxy (Prism) checks it.

Independent of the SDK: it reads only the spec (tests/support/spec.py) and validates with
jsonschema, not with the validator the SDK compiles from the same spec. Given an operation id
and a request as it went out, :func:`request_problems` lists everything the spec refuses:

- the method, and the path against the operation's template (and no more literal template of
  the same method that would route it elsewhere);
- path and query parameters under their schemas (text typed by the schema first: an integer,
  a boolean), required ones present, none unknown; an object parameter exploded over the
  query takes the keys that are left; the access token in the query, once;
- the Content-Type among the operation's request media types, and no body where it has none;
- the body parsed as its media type says (JSON; form data: repeated keys to a list where the
  schema has an array, text typed by the schema) and valid under that media type's schema.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

from .spec import SPEC, resolve, schema_problems, spec_operation

__all__ = ["request_body", "request_problems"]

_BASE_PATH = urlsplit(SPEC["servers"][0]["url"]).path.rstrip("/")
_TOKEN = next(
    scheme["name"]
    for scheme in SPEC["components"]["securitySchemes"].values()
    if scheme["type"] == "apiKey" and scheme["in"] == "query"
)
_FORM = "application/x-www-form-urlencoded"


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"{regex}\\Z")


def _routes(method: str) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (path, _pattern(path)) for path, item in SPEC["paths"].items() if method.lower() in item
    ]


def _types(schema: dict[str, Any]) -> set[str]:
    schema = resolve(schema)
    kind = schema.get("type")
    found = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    for combinator in ("oneOf", "anyOf", "allOf"):
        for member in schema.get(combinator, []):
            found |= _types(member)
    for branch in ("then", "else"):  # a union by JSON type
        if branch in schema:
            found |= _types(schema[branch])
    return found


def _typed(text: str, schema: dict[str, Any]) -> Any:
    """Text from a path, query or form, as the JSON value the schema describes."""
    kinds = _types(schema)
    if "integer" in kinds and re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    if "number" in kinds and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?", text):
        return float(text)
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


def _property(schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    schema = resolve(schema)
    found: dict[str, Any] | None = schema.get("properties", {}).get(name)
    if found:
        return found
    for combinator in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(combinator, []):
            found = _property(member, name)
            if found:
                return found
    return found


def _form(content: bytes, schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    try:
        text = content.decode("ascii")
        pairs = parse_qs(text, keep_blank_values=True, strict_parsing=True)
    except ValueError as exc:
        return {}, [f"body: not form data ({exc})"]
    problems: list[str] = []
    body: dict[str, Any] = {}
    for name, values in pairs.items():
        prop = _property(schema, name) or {}
        if "array" in _types(prop):
            items = resolve(prop).get("items", {})
            body[name] = [_typed(value, items) for value in values]
        elif len(values) == 1:
            body[name] = _typed(values[0], prop)
        else:
            problems.append(f"body: {name} is repeated but its schema has no array")
            body[name] = values
    return body, problems


def _operation_at(path: str, method: str) -> dict[str, Any]:
    return spec_operation(SPEC["paths"][path][method.lower()]["operationId"])


def _path_problems(spec: dict[str, Any], match: re.Match[str]) -> list[str]:
    return [
        f"path parameter {parameter['name']}: {problem}"
        for parameter in spec["parameters"]
        if parameter["in"] == "path"
        for problem in schema_problems(
            parameter["schema"], _typed(unquote(match[parameter["name"]]), parameter["schema"])
        )
    ]


def request_problems(operation_id: str, request: httpx.Request) -> list[str]:
    """Everything openapi.yaml refuses about ``request`` as a call of ``operation_id``."""
    spec = spec_operation(operation_id)
    problems: list[str] = []
    if request.method != spec["method"]:
        problems.append(f"method: {request.method}, not {spec['method']}")

    raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
    if not raw_path.startswith(_BASE_PATH + "/"):
        return [*problems, f"path: {raw_path} is not under {_BASE_PATH}"]
    path = raw_path.removeprefix(_BASE_PATH)
    match = _pattern(spec["path"]).match(path)
    if match is None:
        return [*problems, f"path: {path} does not match {spec['path']}"]
    # Another template of the method that takes this path as well (its parameters valid) and
    # is as literal or more (no more parameters) would route it elsewhere, or ambiguously.
    ours = spec["path"].count("{")
    problems += [
        f"path: {path} would be routed to {other}"
        for other, pattern in _routes(spec["method"])
        if other != spec["path"]
        and other.count("{") <= ours
        and (found := pattern.match(path)) is not None
        and not _path_problems(_operation_at(other, spec["method"]), found)
    ]

    parameters = spec["parameters"]
    problems += _path_problems(spec, match)

    query = parse_qs(request.url.query.decode("ascii"), keep_blank_values=True)
    if len(query.pop(_TOKEN, [])) != 1:
        problems.append(f"query: {_TOKEN} must be given once")
    spread = None
    for parameter in (p for p in parameters if p["in"] == "query"):
        schema = parameter["schema"]
        if "object" in _types(schema) and parameter.get("explode", True):
            spread = parameter  # takes the keys no other parameter names, below
            continue
        values = query.pop(parameter["name"], None)
        if values is None:
            if parameter.get("required"):
                problems.append(f"query parameter {parameter['name']}: required")
            continue
        if len(values) != 1:
            problems.append(f"query parameter {parameter['name']}: repeated")
        problems += [
            f"query parameter {parameter['name']}: {problem}"
            for problem in schema_problems(schema, _typed(values[0], schema))
        ]
    if spread is not None and query:
        schema = spread["schema"]
        spread_value = {
            key: _typed(values[0], _property(schema, key) or {}) for key, values in query.items()
        }
        problems += [
            f"query parameter {spread['name']}: {problem}"
            for problem in schema_problems(schema, spread_value)
        ]
        problems += [f"query parameter {key}: repeated" for key, v in query.items() if len(v) > 1]
    elif query:
        problems.append(f"query: unknown parameters {sorted(query)}")

    return problems + _body(spec, request)[1]


def request_body(operation_id: str, request: httpx.Request) -> Any:
    """The request's body as JSON values, parsed as its Content-Type says (form data typed by
    the schema); None without one."""
    body, problems = _body(spec_operation(operation_id), request)
    assert not problems, problems
    return body


def _body(spec: dict[str, Any], request: httpx.Request) -> tuple[Any, list[str]]:
    content = request.content
    content_type = request.headers.get("content-type")
    if "requestBody" not in spec:
        if content or content_type:
            return None, [f"body: {spec['operationId']} takes none, got {content_type!r}"]
        return None, []
    if not content_type:
        return None, ["body: required, none sent"] if spec["requestBody"].get("required") else []
    media_type = content_type.split(";", 1)[0].strip().lower()
    media = spec["requestBody"]["content"].get(media_type)
    if media is None:
        accepted = sorted(spec["requestBody"]["content"])
        return None, [f"content-type: {content_type}, not one of {accepted}"]
    schema = media["schema"]
    problems: list[str] = []
    if media_type == _FORM:
        body, problems = _form(content, schema)
    else:
        try:
            body = json.loads(content)
        except ValueError as exc:
            return None, [f"body: not JSON ({exc})"]
    problems += [f"body: {problem}" for problem in schema_problems(schema, body)]
    return body, problems
