"""Post-generation step of `make generate`: the documented success answer of every operation.

Writes ``answers.py`` into the generated package: per operation, the first success status its
responses list, the first content type of that answer and a body for it, so that a stand-in of
the API (the sandbox) can answer an operation it does not simulate the moment it is generated,
with no YAML read at run time. The body is the first example the document gives that its
schema accepts (the media type's ``example`` or ``examples``, then the schema's), else a value
built from the schema (every property it names, one item per list); either way it is checked
against the schema here, and generation stops, naming the operation, when nothing valid can be
found (then give the answer an example).

Usage: python tools/generate_answers.py SPEC PACKAGE_DIR
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")
# Strings tried, in order, for a string schema with no example, format or enum.
STRING_CANDIDATES = ("example", "example.com", "user@example.com", "Example", "a", "0", "x")
FORMATS = {
    "date": "2024-01-31",
    "date-time": "2024-01-31T12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "",
    "byte": "",
}
MAX_DEPTH = 24

MODULE = '''"""The documented success answer of every operation, for stand-ins of the API.

Each is the first success status the operation's responses list, with the first content type
of that answer and a body: the document's example, or else a value built from its schema
(checked against the schema when generated). The sandbox answers with it every
operation it does not simulate.

Written by tools/generate_answers.py from openapi.yaml: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ANSWERS", "Answer"]


@dataclass(frozen=True)
class Answer:
    """One documented success answer, ready to send."""

    status: int
    media_type: str | None = None
    """The content type of the body; None for an answer without one."""
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    """The headers the answer must carry (those its responses entry marks required)."""


ANSWERS: Mapping[str, Answer] = {answers}
"""Operation id to its documented success answer, in the order of the document."""
'''


class CannotBuild(Exception):
    pass


def concrete(media_range: str) -> str:
    """A content type an answer can carry for a documented media range (``*/*`` for a file
    of any type): text/plain for ``text/*``, application/octet-stream for the others."""
    if not media_range.endswith("/*"):
        return media_range
    return "text/plain" if media_range == "text/*" else "application/octet-stream"


class Answers:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document.get("components", {})

    # --- checking ----------------------------------------------------------------------------

    def valid(self, schema: Any, value: Any) -> bool:
        """Whether ``value`` is valid for ``schema`` (its references into the document's
        components resolved), as JSON Schema 2020-12 says; formats annotate only."""
        if isinstance(schema, bool):
            return schema
        root = {**schema, "components": self.components}
        return bool(jsonschema.Draft202012Validator(root).is_valid(value))

    # --- examples ----------------------------------------------------------------------------

    def examples(self, media: dict[str, Any]) -> Iterator[Any]:
        """The examples the document gives for a media type, its own first."""
        if "example" in media:
            yield media["example"]
        for example in media.get("examples", {}).values():
            if "$ref" in example:
                example = self.components["examples"][example["$ref"].rsplit("/", 1)[1]]
            if "value" in example:
                yield example["value"]
        yield from self.schema_examples(media.get("schema", {}))

    def schema_examples(self, schema: Any) -> Iterator[Any]:
        seen = 0
        while isinstance(schema, dict) and seen < MAX_DEPTH:
            yield from schema.get("examples", [])
            if "example" in schema:
                yield schema["example"]
            if "$ref" not in schema:
                return
            schema, seen = self.resolve(schema["$ref"]), seen + 1

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SystemExit(f"only local references are supported, got {ref}")
        node: Any = self.document
        for key in ref[2:].split("/"):
            node = node[key.replace("~1", "/").replace("~0", "~")]
        return node

    # --- building ----------------------------------------------------------------------------

    def build(self, schema: Any, depth: int = 0) -> Any:
        """A value ``schema`` accepts, as far as a simple walk can find one (see ``valid``)."""
        if depth > MAX_DEPTH or schema is False:
            raise CannotBuild("nested too deep, or a schema that accepts nothing")
        if schema is True or not schema:
            return "example"
        for example in self.schema_examples(schema):
            if self.valid(schema, example):
                return example
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return schema["enum"][0]
        if "$ref" in schema:
            value = self.build(self.resolve(schema["$ref"]), depth + 1)
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            if rest and not self.valid(schema, value):
                value = self.build(rest, depth + 1)
            return value
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                for member in schema[combinator]:
                    try:
                        value = self.build(member, depth + 1)
                    except CannotBuild:
                        continue
                    if self.valid(schema, value):
                        return value
                raise CannotBuild(f"no member of {combinator} could be built")
        if "allOf" in schema:
            parts = [self.build(member, depth + 1) for member in schema["allOf"]]
            if all(isinstance(part, dict) for part in parts):
                merged: dict[str, Any] = {}
                for part in parts:
                    merged.update(part)
                return merged
            return parts[0]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema or "required" in schema else "string"
        builder = getattr(self, f"build_{kind}", None)
        if builder is None:
            raise CannotBuild(f"type {kind!r}")
        return builder(schema, depth)

    def build_object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """Every property the schema names, or if that breaks a rule, the required ones."""
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        for names in (list(dict.fromkeys([*properties, *required])), required):
            try:
                value = {name: self.build(properties.get(name, {}), depth + 1) for name in names}
                value = self.fill(schema, value, depth)
            except CannotBuild:
                if names is required:
                    raise
                continue
            if self.valid(schema, value) or names is required:
                return value
        raise AssertionError("unreachable")

    def fill(self, schema: dict[str, Any], value: dict[str, Any], depth: int) -> dict[str, Any]:
        """Add properties to ``value`` up to the schema's minProperties."""
        extra = schema.get("additionalProperties", {})
        names = self.names(schema.get("propertyNames", {}))
        while len(value) < schema.get("minProperties", 0):
            name = next(names)
            if name not in value:
                value[name] = self.build(schema.get("properties", {}).get(name, extra), depth + 1)
        return value

    def names(self, rules: dict[str, Any]) -> Iterator[str]:
        for number in range(1, 1000):
            for name in (f"name{number}", f"user{number}@example.com", f"x-name{number}"):
                if self.valid(rules, name):
                    yield name
        raise CannotBuild("no property name its propertyNames accept")

    def build_array(self, schema: dict[str, Any], depth: int) -> list[Any]:
        """One item (or minItems), or none if one cannot be built and none is allowed."""
        low, high = schema.get("minItems", 0), schema.get("maxItems")
        count = max(low, 1) if high is None or high > 0 else 0
        prefix = schema.get("prefixItems", [])
        try:
            return [self.build(prefix[i] if i < len(prefix) else schema.get("items", {}), depth + 1)
                    for i in range(count)]  # fmt: skip
        except CannotBuild:
            if low:
                raise
            return []

    def build_string(self, schema: dict[str, Any], depth: int) -> str:
        low, high = schema.get("minLength", 0), schema.get("maxLength")
        candidates = [FORMATS[schema["format"]]] if schema.get("format") in FORMATS else []
        candidates += STRING_CANDIDATES
        for candidate in candidates:
            candidate = candidate + "x" * max(0, low - len(candidate))
            if high is not None and len(candidate) > high:
                continue
            if self.valid(schema, candidate):
                return candidate
        raise CannotBuild(f"no string matching {schema.get('pattern', 'its rules')!r}")

    def build_integer(self, schema: dict[str, Any], depth: int) -> int:
        value = 0
        if "minimum" in schema:
            value = max(value, math.ceil(schema["minimum"]))
        if "exclusiveMinimum" in schema:
            value = max(value, math.floor(schema["exclusiveMinimum"]) + 1)
        if "maximum" in schema:
            value = min(value, math.floor(schema["maximum"]))
        if "exclusiveMaximum" in schema:
            value = min(value, math.ceil(schema["exclusiveMaximum"]) - 1)
        return value

    def build_number(self, schema: dict[str, Any], depth: int) -> int:
        return self.build_integer(schema, depth)

    def build_boolean(self, schema: dict[str, Any], depth: int) -> bool:
        return True

    def build_null(self, schema: dict[str, Any], depth: int) -> None:
        return None

    # --- answers -----------------------------------------------------------------------------

    def answer(self, operation_id: str, operation: dict[str, Any]) -> str:
        successes = [
            (str(status), response)
            for status, response in operation.get("responses", {}).items()
            if re.fullmatch(r"2(\d\d|XX)", str(status))
        ]
        if not successes:
            raise SystemExit(f"{operation_id}: no success answer (2xx) is documented")
        status, response = successes[0]
        if "$ref" in response:
            response = self.resolve(response["$ref"])
        code = 200 if status == "2XX" else int(status)
        headers = {
            name: self.text(self.header_value(operation_id, name, header))
            for name, header in response.get("headers", {}).items()
            if self.resolve_header(header).get("required")
        }
        content = response.get("content", {})
        if not content:
            return f"Answer(status={code}, headers={headers!r})"
        media_range, media = next(iter(content.items()))
        media_type = concrete(media_range)
        body = self.body(operation_id, media_type, media)
        return (
            f"Answer(status={code}, media_type={media_type!r}, body={body!r}, headers={headers!r})"
        )

    def body(self, operation_id: str, media_type: str, media: dict[str, Any]) -> bytes:
        schema = media.get("schema", {})
        value = next((e for e in self.examples(media) if self.valid(schema, e)), None)
        if value is None:
            try:
                value = self.build(schema)
            except CannotBuild as exc:
                raise SystemExit(
                    f"{operation_id}: no example of its {media_type} answer, and none can be "
                    f"built from its schema ({exc}): give the answer an example"
                ) from None
            if not self.valid(schema, value):
                raise SystemExit(
                    f"{operation_id}: the {media_type} answer built from its schema ({value!r}) "
                    "does not match it: give the answer an example"
                )
        if JSON_MEDIA.match(media_type):
            return json.dumps(value).encode("utf-8")
        return self.text(value).encode("utf-8")

    def resolve_header(self, header: dict[str, Any]) -> dict[str, Any]:
        resolved: dict[str, Any] = self.resolve(header["$ref"]) if "$ref" in header else header
        return resolved

    def header_value(self, operation_id: str, name: str, header: dict[str, Any]) -> Any:
        header = self.resolve_header(header)
        schema = header.get("schema", {})
        examples = [header["example"]] if "example" in header else []
        for example in [*examples, *self.schema_examples(schema)]:
            if self.valid(schema, example):
                return example
        try:
            return self.build(schema)
        except CannotBuild as exc:
            raise SystemExit(f"{operation_id}: header {name}: {exc}: give it an example") from None

    @staticmethod
    def text(value: Any) -> str:
        return value if isinstance(value, str) else json.dumps(value)

    def module(self) -> str:
        entries = []
        for item in self.document.get("paths", {}).values():
            for method in HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    operation_id = operation["operationId"]
                    entries.append(f"{operation_id!r}: {self.answer(operation_id, operation)}")
        return MODULE.replace("{answers}", "{" + ", ".join(entries) + "}")


def main() -> None:
    spec, package_dir = (Path(arg) for arg in sys.argv[1:3])
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    (package_dir / "answers.py").write_text(Answers(document).module(), "utf-8")


if __name__ == "__main__":
    main()
