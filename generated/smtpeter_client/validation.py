"""Checking request bodies and parameters against the rules of openapi.yaml, before sending.

>>> validate_body("ResendRequest", {"message": "abc"})
>>> validate_body("ResendRequest", {})
Traceback (most recent call last):
...
smtpeter_client.validation.RequestInvalid: message: is required

Copied into the generated package from templates/validation.py by tools/generate_surface.py,
which writes the code it runs (``_compiled_schemas.py``, compiled from openapi.yaml, loaded on
the first check) and the tables it reads (``_validation_tables.py``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from ._formats import FORMATS
from ._schema_runtime import (
    JsonSchemaValueException,
    fragment,
    shared_walks,
    value_names,
)
from ._validation_tables import CHOICES as _CHOICES
from ._validation_tables import SCHEMAS
from ._validation_tables import UNION_TYPES as _UNION_TYPES

__all__ = [
    "SCHEMAS",
    "RequestInvalid",
    "shared_walks",
    "validate_body",
    "validate_parameters",
    "value_names",
]

# Read only from an error (re.search caches its compiled form).
_REQUIRED = r"must contain \[(.*)\] properties"


@cache
def _validator(name: str) -> Callable[..., Any] | None:
    """The compiled function of schema ``name``: the compiled validator is imported on the
    first check (not with this module), and each definition's code on its first use."""
    compiled = importlib.import_module(f"{__package__}._compiled_schemas")
    function: Callable[..., Any] | None = compiled.validator(name)
    return function


def _run(name: str, value: Any) -> None:
    """Check ``value`` against schema ``name``; errors name it as ``data.<name>...``."""
    function = _validator(name)
    if (
        function is not None
    ):  # a name of no schema has no rules (an operation without any)
        function(value, FORMATS, f"data.{name}")


class RequestInvalid(ValueError):
    """A value broke a rule of openapi.yaml.

    ``field`` says where (``recipients[2]``, ``unsubscribe.email``; empty for the whole body)
    and ``rule`` which rule, in words.
    """

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}" if field else rule)


def validate_body(schema: str, value: Any) -> None:
    """Raise :class:`RequestInvalid` unless ``value`` is valid JSON data for ``schema``."""
    if schema not in SCHEMAS:
        raise KeyError(f"no schema named {schema!r}")
    _validate(schema, value)


def validate_parameters(operation_id: str, parameters: dict[str, Any]) -> None:
    """Raise :class:`RequestInvalid` unless the path and query parameters (by their names in
    the document, values as they go in the URL) are valid for the operation."""
    _validate(f"{operation_id}.parameters", parameters)


def _validate(name: str, value: Any) -> None:
    try:
        _run(name, value)
    except JsonSchemaValueException as exc:
        raise _invalid(name, exc) from None


def _invalid(name: str, exc: JsonSchemaValueException) -> RequestInvalid:
    prefix = f"data.{name}"
    where = str(exc.name or "")
    field = where[len(prefix) :].lstrip(".") if where.startswith(prefix) else where
    message = str(exc.message)
    rule = message[len(where) :].strip() if message.startswith(where) else message
    definition = _definition(exc)
    choice = _choice(name, field, exc.rule or "", definition)
    if choice is not None:
        return choice
    if exc.rule == "required" and (required := re.search(_REQUIRED, rule)):
        missing = required.group(1).replace("'", "").split(", ")[0]
        return RequestInvalid(_join(field, missing), "is required")
    if exc.rule == "additionalProperties" and isinstance(exc.value, dict):
        known = set(definition.get("properties", {}))
        unknown = sorted(str(key) for key in exc.value if key not in known)
        if unknown:
            return RequestInvalid(_join(field, unknown[0]), "is not a known property")
    if exc.rule in ("oneOf", "anyOf"):
        members = definition.get(exc.rule, [])
        # A member that requires one property and otherwise only names properties (the one
        # it requires, the ones it rules out) states "this one": name them, not the body.
        names = [
            m["required"][0]
            for m in members
            if len(m.get("required", [])) == 1 and set(m) <= {"required", "properties"}
        ]
        if names and len(names) == len(members):
            field = _join(field, ", ".join(names))
            if exc.rule == "oneOf":
                return RequestInvalid(field, "exactly one of these is required")
            return RequestInvalid(field, "at least one of these is required")
        # Every member of a union is titled with its schema's name (see openapi.yaml).
        titles = [
            str(m.get("title") or m.get("$ref", "").rsplit("/", 1)[-1]) for m in members
        ]
        if all(titles) and all(t in SCHEMAS for t in titles) and "(0 matches" in rule:
            closest = _closest(field, titles, exc.value)
            if closest is not None:
                return closest
        if all(titles):
            return RequestInvalid(
                field, "must match exactly one of " + ", ".join(titles)
            )
    if exc.rule == "type" and definition.get("title") in _UNION_TYPES:
        return RequestInvalid(field, "must be " + _UNION_TYPES[definition["title"]])
    if exc.rule == "propertyNames":
        names = definition.get("propertyNames", {})
        shape = names.get("pattern") or str(names.get("$ref", "")).rsplit("/", 1)[-1]
        words = " ".join(str(names.get("description", "")).split()).rstrip(".")
        return RequestInvalid(
            field, f"every name must match {shape}" + (f" ({words})" if words else "")
        )
    description = " ".join(str(definition.get("description", "")).split())
    if exc.rule == "pattern" and description:
        rule = f"{rule} ({description.rstrip('.')})"
    return RequestInvalid(field, rule)


def _choice(name: str, field: str, rule: str, definition: Any) -> RequestInvalid | None:
    """The body broke an exclusive or an inclusive choice of properties: name them all."""
    exactly_one, at_least_one = _CHOICES.get(name, ((), ()))
    if field or not isinstance(definition, dict):
        return None
    negated = definition.get("not", {}) if rule == "not" else {}
    if exactly_one and [exactly_one[-1]] in (
        negated.get("required"),  # then: not both
        negated.get("not", {}).get("required"),  # else: the other one
    ):
        return RequestInvalid(
            ", ".join(exactly_one), "exactly one of these is required"
        )
    if (
        at_least_one
        and rule == "not"
        and "anyOf" in definition.get("not", {}).get("not", {})
    ):
        return RequestInvalid(
            ", ".join(at_least_one), "at least one of these is required"
        )
    return None


def _closest(field: str, members: list[str], value: Any) -> RequestInvalid | None:
    """Of the alternatives a value matched none of, the failure of the one it came closest to:
    the same JSON type first, then the deepest place of failure."""
    failures = []
    for member in members:
        try:
            _run(member, value)
        except JsonSchemaValueException as exc:
            failure = _invalid(member, exc)
            score = (
                exc.rule != "type" or bool(failure.field),
                failure.rule != "is required",
                failure.field.count(".") + failure.field.count("["),
            )
            failures.append((score, failure))
        except (TypeError, AttributeError):
            continue
    if not failures:
        return None
    best = max(failures, key=lambda item: item[0])[1]
    if best.field.startswith("[") or not best.field:
        return RequestInvalid(field + best.field, best.rule)
    return RequestInvalid(_join(field, best.field), best.rule)


def _join(field: str, name: str) -> str:
    return f"{field}.{name}" if field else name


def _definition(exc: JsonSchemaValueException) -> dict[str, Any]:
    """The schema whose rule ``exc`` reports, from the spec's definitions (read on error only)."""
    from ._schema_document import DEFINITIONS

    return fragment(exc.definition, DEFINITIONS)
