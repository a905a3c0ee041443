"""The form schemas openapi-python-client needs, derived from openapi.yaml.

openapi.yaml gives a request body one schema, which its JSON and its form media type share:
each property is written once. openapi-python-client cannot generate an operation whose two
media types name one schema (upstream issue 1276: the JSON body is sent as form data too), and
form data has no nesting. So `make generate` hands the generator, and the compiled validator,
a copy of the document in which each such form media type (the JSON body's schema, or that
and ``FormData``, form data's limit, in an ``allOf``) names a schema of its own,
``<Name>Form`` (``SendRequest`` -> ``SendForm``): the body's schema with only the properties
form data can carry (scalars, lists of scalars, and of a union by JSON type the branches that
are one of those). Whatever else the body's schema says (required properties, its rules
across properties, no unknown property) stays as it is.

Usage: python tools/derive_forms.py SPEC OUT
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

FORM = "application/x-www-form-urlencoded"
SCHEMAS = "#/components/schemas/"
SCALARS = frozenset({"string", "integer", "number", "boolean"})


def form_name(name: str, schema: dict[str, Any] | None = None) -> str:
    """``SendRequest`` -> ``SendForm``, ``DomainSettings`` -> ``DomainSettingsForm``; a schema
    whose name is a noun ending in Request (``DataRequest``) names its form in ``x-form-name``."""
    if schema is not None and "x-form-name" in schema:
        return str(schema["x-form-name"])
    return name.removesuffix("Request") + "Form"


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].removeprefix(SCHEMAS)]
    return schema


def form_value(document: dict[str, Any], prop: dict[str, Any]) -> dict[str, Any] | None:
    """``prop`` as far as form data can carry it, or None when it cannot at all."""
    schema = _resolve(document, prop)
    if "then" in schema and "else" in schema:  # a union by JSON type
        branches = [form_value(document, schema[key]) for key in ("then", "else")]
        if None not in branches:
            return prop
        return next((branch for branch in branches if branch is not None), None)
    kind = schema.get("type")
    if kind in SCALARS:
        return prop
    if kind == "array":
        items = _resolve(document, schema.get("items", {}))
        return prop if items.get("type") in SCALARS else None
    return None


def form_schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    schema = copy.deepcopy(document["components"]["schemas"][name])
    carried, left = {}, []
    for key, prop in schema.get("properties", {}).items():
        value = form_value(document, prop)
        if value is None:
            left.append(key)
        else:
            carried[key] = value
    schema["properties"] = carried
    if "required" in schema:
        schema["required"] = [key for key in schema["required"] if key in carried]
    if left:
        note = (
            f"Form-encoded {name}: form data has no nesting, so "
            + ", ".join(f"`{key}`" for key in left)
            + " can only go as JSON."
        )
        schema["description"] = (schema.get("description", "").rstrip() + "\n\n" + note).strip()
    schema["title"] = form_name(name, schema)
    schema.pop("x-form-name", None)
    return schema


def derive(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` in which every form body shared with JSON has its own schema."""
    document = copy.deepcopy(document)
    schemas = document["components"]["schemas"]
    derived: dict[str, dict[str, Any]] = {}
    for item in document.get("paths", {}).values():
        for operation in item.values():
            content = (
                operation.get("requestBody", {}).get("content", {})
                if isinstance(operation, dict)
                else {}
            )
            form = content.get(FORM, {}).get("schema", {})
            json = content.get("application/json", {}).get("schema", {})
            # The JSON schema itself, or it and FormData (form data's no nesting) in an allOf.
            if form.get("allOf", [{}])[1:] == [{"$ref": SCHEMAS + "FormData"}]:
                form = form["allOf"][0]
            if "$ref" not in form or form.get("$ref") != json.get("$ref"):
                continue
            name = form["$ref"].removeprefix(SCHEMAS)
            derived_name = form_name(name, schemas[name])
            if derived_name in schemas:
                raise SystemExit(f"{derived_name} is derived from {name}: rename the schema")
            derived.setdefault(derived_name, form_schema(document, name))
            content[FORM]["schema"] = {"$ref": SCHEMAS + derived_name}
    schemas.update(derived)
    return document


def main() -> None:
    spec, out = (Path(arg) for arg in sys.argv[1:3])
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    out.write_text(
        yaml.safe_dump(derive(document), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
