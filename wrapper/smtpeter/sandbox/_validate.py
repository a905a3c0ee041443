"""Check requests against openapi.yaml itself, with openapi-core.

The document shipped next to this module is the only source of the rules: the operations the
sandbox routes, the parameters, the security scheme and the body schemas all come from it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

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


@dataclass
class _SpecRequest:
    """openapi-core's request protocol, filled from an ASGI request."""

    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    path_pattern: str
    """The routed operation's path template: openapi-core then validates against that
    operation rather than guessing among templates that match the same path."""


@functools.cache
def spec_document() -> dict[str, Any]:
    """The OpenAPI document, as plain data."""
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


@functools.cache
def _openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(SPEC_PATH))


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
    path: str,
    query: Sequence[tuple[str, str]],
    body: bytes,
    content_type: str | None,
) -> Validated:
    """Check one request against the document; raise :class:`RequestRejected` if it is not valid.

    ``path`` is the request's path as the client sent it, with the server's base path.
    """
    host_url, _ = _server()
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type == FORM and body:
        _check_form_keys(operation, body)
    headers = Headers()
    if content_type:
        headers["Content-Type"] = content_type
    request = _SpecRequest(
        host_url=host_url,
        path=path,
        method=operation.method,
        body=body if body or operation.method != "get" else None,
        content_type=content_type or "application/octet-stream",
        parameters=RequestParameters(
            query=ImmutableMultiDict(list(query)),
            header=headers,
            path=_path_variables(operation, path),
        ),
        path_pattern=operation.route,
    )
    result = _openapi().unmarshal_request(request)
    if result.errors:
        explanation = "; ".join(_explain(error) for error in result.errors)
        raise RequestRejected(400, _shorten(explanation))
    query_values = {**result.parameters.query, **_exploded_objects(operation, query)}
    return Validated(body=result.body, path=result.parameters.path, query=query_values)


def _exploded_objects(
    operation: Operation, query: Sequence[tuple[str, str]]
) -> dict[str, dict[str, str]]:
    """The query's `style: form, explode: true` object parameters, which openapi-core misses.

    OpenAPI spreads such an object over the query, one key per property
    (``?firstname=John&city=Leiden``); openapi-core looks for a key named after the parameter
    instead. The keys that are neither the token nor another parameter belong to the object;
    the rule for their names still comes from the document's schema.
    """
    declared = spec_document()["paths"][operation.path][operation.method].get("parameters", [])
    parameters = [_resolve(parameter) for parameter in declared]
    objects = [
        p
        for p in parameters
        if p.get("in") == "query"
        and p.get("style", "form") == "form"
        and p.get("explode", True)
        and _resolve(p.get("schema", {})).get("type") == "object"
    ]
    if not objects:
        return {}
    known = {p["name"] for p in parameters if p.get("in") == "query"} | {_token_parameter()}
    found: dict[str, str] = {}
    for key, value in query:
        if key not in known:
            found[key] = value
    names = _resolve(objects[0].get("schema", {})).get("propertyNames", {})
    for key in found:
        if "pattern" in names and re.search(names["pattern"], key) is None:
            raise RequestRejected(
                400, f"query parameter {key}: the name does not match {names['pattern']!r}"
            )
    return {objects[0]["name"]: found}


def _token_parameter() -> str:
    schemes: dict[str, Any] = spec_document()["components"]["securitySchemes"]
    return next(str(s["name"]) for s in schemes.values() if s.get("in") == "query")


def _path_variables(operation: Operation, path: str) -> dict[str, str]:
    """The path parameters of ``path`` under the operation's template (text, undecoded)."""
    pattern = "".join(
        f"(?P<{piece[1:-1]}>[^/]+?)" if piece.startswith("{") else re.escape(piece)
        for piece in re.split(r"(\{[^}]*\})", operation.route)
    )
    match = re.fullmatch(pattern, path)
    if match is None:  # pragma: no cover - the router matched this operation's route
        raise RequestRejected(404, f"{path} is not {operation.path}")
    return match.groupdict()


def _request_schema(operation: Operation, media_type: str) -> dict[str, Any] | None:
    body = spec_document()["paths"][operation.path][operation.method].get("requestBody", {})
    schema = body.get("content", {}).get(media_type, {}).get("schema")
    return None if schema is None else _resolve(schema)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec_document()
        for key in schema["$ref"].removeprefix("#/").split("/"):
            node = node[key]
        schema = node
    return schema


def _check_form_keys(operation: Operation, body: bytes) -> None:
    """What openapi-core lets through in form bodies: unknown and repeated keys, booleans.

    Its form deserializer keeps only the schema's properties, takes one of several values of a
    scalar, and names no field when a boolean fails to cast; the rules still come from the
    document's schema for the form.
    """
    schema = _request_schema(operation, FORM)
    if schema is None:
        return  # openapi-core refuses the media type itself
    properties: dict[str, Any] = schema.get("properties", {})
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestRejected(400, f"the form body cannot be parsed: {exc}") from exc
    seen: set[str] = set()
    for key, value in pairs:
        if key not in properties:
            if schema.get("additionalProperties") is False:
                raise RequestRejected(400, f"{key}: unknown property '{key}'")
            continue
        kind = _resolve(properties[key]).get("type")
        if key in seen and kind != "array":
            raise RequestRejected(400, f"{key}: given more than once, but it takes one value")
        seen.add(key)
        if kind == "boolean" and value not in ("true", "false"):
            raise RequestRejected(400, f"{key}: {value!r} is not a boolean (true or false)")


def _explain(error: Exception) -> str:
    """The text/plain explanation of one openapi-core error, naming the field."""
    cause = error.__cause__
    schema_errors: Iterable[Any] = getattr(cause, "schema_errors", ())
    prefix = _where(error)
    details = [_explain_schema_error(e, prefix) for e in schema_errors]
    if details:
        return "; ".join(details)
    mimetype = getattr(cause, "mimetype", None)
    if type(cause).__name__ == "MediaTypeDeserializeError" and mimetype:
        return f"{prefix}: cannot be read as {mimetype}"
    if cause is not None:
        return f"{prefix}: {cause}"
    return str(error)


def _where(error: Exception) -> str:
    name = getattr(error, "name", None)
    location = getattr(error, "location", None)
    if name is not None and location is not None:
        return f"{location} parameter {name}"
    return "body"


def _field(error: Any, prefix: str) -> str:
    text = "" if prefix == "body" else prefix
    for step in error.absolute_path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or prefix


def _explain_schema_error(error: Any, prefix: str) -> str:
    where = _field(error, prefix)
    alternatives = _required_alternatives(error)
    if alternatives is not None:
        # A rule like "recipient or recipients": say which names, not the whole body.
        if error.context:
            return f"{where}: one of {', '.join(alternatives)} is required"
        return f"{where}: give only one of {', '.join(alternatives)}"
    if error.context:
        # oneOf/anyOf: the deepest failures say the most about what is wrong.
        deepest = max(len(e.absolute_path) for e in error.context)
        if deepest > len(error.absolute_path):
            chosen = [e for e in error.context if len(e.absolute_path) == deepest]
            return "; ".join(dict.fromkeys(_explain_schema_error(e, prefix) for e in chosen))
        reasons = " / ".join(dict.fromkeys(e.message for e in error.context))
        return f"{where}: {error.message} ({reasons})"
    return f"{where}: {error.message}"


def _required_alternatives(error: Any) -> list[str] | None:
    """The names of a oneOf/anyOf whose every branch only requires one property, else None."""
    branches = error.validator_value
    if error.validator not in ("oneOf", "anyOf") or not isinstance(branches, list):
        return None
    names = []
    for branch in branches:
        required = branch.get("required") if isinstance(branch, dict) else None
        if set(branch) != {"required"} or not isinstance(required, list) or len(required) != 1:
            return None
        names.append(str(required[0]))
    return names


def _shorten(text: str, limit: int = 2000) -> str:
    """Schema messages quote the offending value, which may be a whole attachment."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
