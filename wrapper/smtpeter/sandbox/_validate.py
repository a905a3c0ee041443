"""Check requests against openapi.yaml, with the validator compiled from it.

The rules are the spec's, in one copy: the operations the sandbox routes and their parameters
come from the document shipped next to this module, and bodies and parameters are checked by
``smtpeter_client.validation``, which `make generate` compiles from the same document (the one
the SDK checks its requests with before sending them).
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from smtpeter_client.validation import RequestInvalid, validate_body, validate_parameters

from ._json import JsonRefused, read_json

__all__ = [
    "FORM",
    "Operation",
    "RequestRejected",
    "Validated",
    "operations",
    "spec_document",
    "validate",
]

SPEC_PATH = Path(__file__).with_name("openapi.yaml")
FORM = "application/x-www-form-urlencoded"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class RequestRejected(Exception):
    """A request the API refuses: ``status`` and the text/plain ``explanation``."""

    def __init__(self, status: int, explanation: str) -> None:
        super().__init__(explanation)
        self.status = status
        self.explanation = explanation


@dataclass(frozen=True)
class Operation:
    """One operation of the document: where it is routed and what it is called."""

    operation_id: str
    method: str
    path: str
    """The path template under the server URL, e.g. ``/text/{message_id}``."""
    route: str
    """The full path template the sandbox serves, e.g. ``/v1/text/{message_id}``."""


@dataclass(frozen=True)
class Validated:
    """What a valid request carried, unmarshalled as the document types it."""

    body: Any
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)


@functools.cache
def spec_document() -> dict[str, Any]:
    """The OpenAPI document, as plain data."""
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def _server() -> tuple[str, str]:
    """The host URL and base path of the document's first server."""
    url = urlsplit(spec_document()["servers"][0]["url"])
    return f"{url.scheme}://{url.netloc}", url.path.rstrip("/")


def operations() -> list[Operation]:
    """Every operation the document describes."""
    _, base = _server()
    found = []
    for path, item in spec_document()["paths"].items():
        for method in _HTTP_METHODS:
            if method in item:
                found.append(Operation(item[method]["operationId"], method, path, base + path))
    return found


def validate(
    operation: Operation,
    *,
    path: Mapping[str, str],
    query: Sequence[tuple[str, str]],
    body: bytes,
    content_type: str | None,
) -> Validated:
    """Check one request against the document; raise :class:`RequestRejected` if it is not valid.

    ``path`` holds the path parameters as routed, ``query`` the query string's pairs.
    """
    details = _details(operation.operation_id)
    parameters: dict[str, Any] = {}
    for name, value in path.items():
        parameters[name] = _typed(details.parameters.get(name, {}), value)
    seen: set[str] = set()
    for name, value in query:
        if name == "access_token":
            continue
        if details.locations.get(name) != "query" and details.exploded is not None:
            # An object parameter of style form, explode: one query key per property
            # (``?firstname=John``); the rule for the names is the schema's propertyNames.
            parameters.setdefault(details.exploded, {})[name] = value
            continue
        if name not in details.parameters or details.locations.get(name) != "query":
            raise RequestRejected(400, f"{name}: unknown query parameter")
        if name in seen:
            raise RequestRejected(400, f"{name}: given more than once, but it takes one value")
        seen.add(name)
        parameters[name] = _typed(details.parameters[name], value)
    try:
        validate_parameters(operation.operation_id, parameters)
    except RequestInvalid as exc:
        raise RequestRejected(400, f"parameter {exc}") from None
    for name in details.dates:
        if name in parameters:
            parameters[name] = _date(name, parameters[name])
    parsed = _body(operation, details, body, content_type)
    return Validated(
        body=parsed,
        path={k: v for k, v in parameters.items() if details.locations[k] == "path"},
        query={k: v for k, v in parameters.items() if details.locations[k] == "query"},
    )


@dataclass(frozen=True)
class _Details:
    parameters: dict[str, dict[str, Any]]
    """Parameter name to its (resolved) schema."""
    locations: dict[str, str]
    dates: tuple[str, ...]
    bodies: dict[str, str]
    """Media type to the name of its schema."""
    required_body: bool
    form_schema: str = ""
    """The document's schema of the form body (its properties type the form's text)."""
    exploded: str | None = None
    """The query parameter that is an object spread over the query, if there is one."""


@functools.cache
def _generated_bodies() -> dict[str, Mapping[str, str]]:
    from smtpeter_client.resources import OPERATIONS

    return {operation.operation_id: operation.bodies for operation in OPERATIONS}


@functools.cache
def _details(operation_id: str) -> _Details:
    document = spec_document()
    for item in document["paths"].values():
        for method in _HTTP_METHODS:
            spec = item.get(method)
            if spec is None or spec.get("operationId") != operation_id:
                continue
            parameters, locations = {}, {}
            for parameter in [*item.get("parameters", []), *spec.get("parameters", [])]:
                parameter = _resolve(parameter)
                parameters[parameter["name"]] = _resolve(parameter.get("schema", {}))
                locations[parameter["name"]] = parameter["in"]
            content = spec.get("requestBody", {}).get("content", {})
            # A form body shares its schema with JSON in the document; the validator holds its
            # derived form copy under the name the generated operation table gives it.
            generated = _generated_bodies().get(operation_id, {})
            # A form schema is the JSON one, or it and FormData (no nesting) in an allOf.
            refs = {
                media: (media_spec["schema"].get("allOf") or [media_spec["schema"]])[0]["$ref"]
                for media, media_spec in content.items()
            }
            return _Details(
                parameters=parameters,
                locations=locations,
                dates=tuple(n for n, s in parameters.items() if s.get("format") == "date"),
                bodies={
                    media: generated.get("form" if media == FORM else "json")
                    or ref.rsplit("/", 1)[1]
                    for media, ref in refs.items()
                },
                form_schema=refs.get(FORM, ""),
                required_body=bool(spec.get("requestBody", {}).get("required")),
                exploded=next(
                    (
                        name
                        for name, schema in parameters.items()
                        if locations[name] == "query" and schema.get("type") == "object"
                    ),
                    None,
                ),
            )
    raise KeyError(operation_id)


# A number as JSON writes it (ASCII digits), with an exponent small enough to expand.
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]{1,2})?")


def _typed(schema: Mapping[str, Any], text: str) -> Any:
    """A parameter or form value as the schema types it (the wire carries only text)."""
    kind = schema.get("type")
    if kind == "integer" and len(text) <= 100 and _NUMBER.fullmatch(text):
        # JSON Schema's integers are numbers without a fraction: 3, and also 3.0 or 3e2.
        number = decimal.Decimal(text)
        if number == number.to_integral_value():
            return int(number)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _date(name: str, value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RequestRejected(400, f"parameter {name}: must be a date (YYYY-MM-DD)") from None


def _body(operation: Operation, details: _Details, body: bytes, content_type: str | None) -> Any:
    media_type = (content_type or "").split(";")[0].strip().lower()
    if not details.bodies:
        return None
    if not body and not details.required_body:
        return None
    schema = details.bodies.get(media_type)
    if schema is None:
        accepted = " or ".join(details.bodies)
        raise RequestRejected(400, f"body: send it as {accepted}, not {media_type or 'nothing'}")
    if media_type == FORM:
        parsed: Any = _form(details.form_schema, body)
    else:
        try:
            parsed = read_json(body)
        except JsonRefused as exc:
            raise RequestRejected(400, f"body: {exc}") from None
        except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            raise RequestRejected(400, f"body: cannot be read as {media_type}: {exc}") from None
    try:
        validate_body(schema, parsed)
    except RequestInvalid as exc:
        raise RequestRejected(400, f"body {exc}" if exc.field else f"body: {exc.rule}") from None
    except (TypeError, AttributeError):
        raise RequestRejected(400, "body: holds values JSON schemas cannot check") from None
    return parsed


def _form(schema_ref: str, body: bytes) -> dict[str, Any]:
    """A form body as data: repeated keys make a list where the schema wants one; values are
    typed by the schema. Unknown keys are kept, so that the validator refuses them."""
    properties: dict[str, Any] = _resolve({"$ref": schema_ref}).get("properties", {})
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestRejected(400, f"the form body cannot be parsed: {exc}") from exc
    parsed: dict[str, Any] = {}
    for key, value in pairs:
        schema = _resolve(properties.get(key, {}))
        # Form data has no objects: of a union by JSON type, the branches it can carry.
        branches = [b for b in _branches(schema) if b.get("type") != "object"] or [schema]
        array = next((b for b in branches if b.get("type") == "array"), None)
        if array is not None and (key in parsed or len(branches) == 1):
            # A list; or, for a union by JSON type that also takes one value, a repeated key.
            if key in parsed and not isinstance(parsed[key], list):
                parsed[key] = [parsed[key]]
            parsed.setdefault(key, []).append(_typed(_resolve(array.get("items", {})), value))
        elif key in parsed:
            raise RequestRejected(400, f"{key}: given more than once, but it takes one value")
        else:
            scalars = [b for b in branches if b.get("type") != "array"] or branches
            parsed[key] = _typed(scalars[0], value) if len(scalars) == 1 else value
    return parsed


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schemas of a union by JSON type (if/then/else, see openapi.yaml), or ``[schema]``."""
    if "then" in schema and "else" in schema:
        return [*_branches(_resolve(schema["then"])), *_branches(_resolve(schema["else"]))]
    return [schema]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec_document()
        for key in schema["$ref"].removeprefix("#/").split("/"):
            node = node[key]
        schema = node
    return schema
