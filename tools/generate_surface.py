"""Post-generation step of `make generate`: what openapi-python-client cannot derive by itself.

Reads openapi.yaml and the package the generator just wrote, and adds to it:

- ``_compiled_schemas.py``: every request schema of the document (the component schemas and
  each operation's parameters) compiled to plain Python by fastjsonschema, one function per
  definition, in modules of ``_schemas/`` (one for the definitions the same request schemas
  use, see :func:`module_groups`). fastjsonschema is a generation-time tool only: the code runs on
  templates/_schema_runtime.py (copied), so the package needs nothing new at run time. The
  schema of each error is a pointer into ``_schema_document.py`` (the definitions as JSON).
- ``validation.py`` (copied from templates/): the typed front of that code (``validate_body``,
  ``validate_parameters``), with its tables in ``_validation_tables.py``.
- ``resources.py``: one class per tag, sync and async, with one method per operation (path
  parameters positional, query parameters and body properties keyword), a TypedDict of keyword
  arguments per request body, and an ``Operation`` record per operation describing how to call
  its generated functions. The methods do nothing themselves: they hand the call to a
  ``Runner`` (the smtpeter wrapper is one).

The Python values that keyword arguments accept besides JSON (a datetime for a UTC time, an
``EmailMessage`` for MIME, ...) are declared once, per schema name, in templates/surface.yaml.

Usage: python tools/generate_surface.py SPEC CONFIG PACKAGE_DIR
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

import fastjsonschema
import yaml
from ecma_patterns import python_pattern
from openapi_python_client.strings import PythonIdentifier, snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
ENCODINGS = {"application/json": "json", "application/x-www-form-urlencoded": "form"}
DRAFT7 = "http://json-schema.org/draft-07/schema#"
# Keywords that only annotate: a $ref with nothing but these beside it needs no allOf.
ANNOTATIONS = frozenset(
    {"description", "title", "examples", "example", "deprecated", "readOnly", "writeOnly"}
)

HEADER = '"""{doc}\n\nWritten by tools/generate_surface.py from openapi.yaml: do not edit."""\n\n'


# --- the document --------------------------------------------------------------------------


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return document


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][ref_name(schema["$ref"])]
    return schema


def ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SystemExit(f"only local schema references are supported, got {ref}")
    return ref[len(prefix) :]


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in document["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                parameters = [resolve_parameter(document, p) for p in shared]
                parameters += [
                    resolve_parameter(document, p) for p in operation.get("parameters", [])
                ]
                found.append(
                    {**operation, "method": method.upper(), "path": path, "parameters": parameters}
                )
    return found


def resolve_parameter(document: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in parameter:
        name = parameter["$ref"].rsplit("/", 1)[1]
        resolved: dict[str, Any] = document["components"]["parameters"][name]
        return resolved
    return parameter


# --- the compiled validator ----------------------------------------------------------------


def draft7(schema: Any) -> Any:
    """OpenAPI 3.1 (JSON Schema 2020-12) to draft 7, which fastjsonschema compiles.

    A $ref with validation keywords beside it (allowed in 2020-12, ignored in draft 7) is put in
    an allOf so that nothing beside it is lost; references point into ``definitions``.
    """
    if isinstance(schema, list):
        return [draft7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    converted = {key: draft7(value) for key, value in schema.items() if key != "examples"}
    if isinstance(converted.get("pattern"), str):
        converted["pattern"] = escape_class_dollars(converted["pattern"])
    if "$ref" in converted:
        converted["$ref"] = "#/definitions/" + ref_name(converted["$ref"])
        if set(converted) - ANNOTATIONS - {"$ref"}:
            converted = {"allOf": [{"$ref": converted.pop("$ref")}], **converted}
    return converted


def escape_class_dollars(pattern: str) -> str:
    """Escape a ``$`` inside a character class, where it is a plain character.

    fastjsonschema turns every unescaped ``$`` into ``\\Z`` (so that an anchored pattern does not
    accept a trailing newline, as Python's ``$`` would); inside a class that would break it.
    """
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif char == "$" and in_class:
            out.append("\\$")
        else:
            out.append(char)
    return "".join(out)


TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
# Hand-written modules copied into the package as they are (linted and type-checked where they
# live; the .pyi files beside them type what the generator writes for them).
COPIED = (
    "_formats.py",
    "_operation.py",
    "_redaction.py",
    "_schema_runtime.py",
    "auth.py",
    "validation.py",
)


def template_module(name: str) -> dict[str, Any]:
    """The names of a module of templates/, run on its own (it imports nothing relative)."""
    path = TEMPLATES / name
    namespace: dict[str, Any] = {"__name__": path.stem}
    exec(compile(path.read_text("utf-8"), str(path), "exec"), namespace)  # noqa: S102 - our own file
    return namespace


def translated_patterns(code: str) -> dict[str, str]:
    """Every pattern of the compiled code, with its ECMA-262 meaning in Python's syntax.

    fastjsonschema compiles a schema's pattern with Python's reading of it (``\\s`` takes
    U+0085, ``$`` a final newline, ...): each is compiled from ``python_pattern`` instead (see
    tools/ecma_patterns.py). The keys stay the spec's patterns, which the errors quote.
    """
    keys = re.search(r"^REGEX_PATTERNS = (\{.*?\})\n", code, flags=re.MULTILINE | re.DOTALL)
    if keys is None:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    patterns = sorted(
        re.findall(r"^\s*('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): re\.compile", keys[1], re.M)
    )
    if not patterns:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    translated = {}
    for literal in patterns:
        pattern = ast.literal_eval(literal)
        try:
            translated[pattern] = python_pattern(pattern)
            re.compile(translated[pattern])
        except (ValueError, re.error) as exc:
            raise SystemExit(f"openapi.yaml: {exc}") from exc
    return translated


def document_module(document: dict[str, Any]) -> str:
    """The document as data, for what reads it at run time (the sandbox): no YAML parser
    needed, and one JSON decode on first use."""
    text = json.dumps(document, ensure_ascii=True, separators=(",", ":"), sort_keys=False)
    return (
        HEADER.format(doc="openapi.yaml as data: ``document()`` (decoded once, on first use).")
        + "import functools\nimport json\nfrom typing import Any\n\n"
        + f"_JSON = {text!r}\n\n\n"
        + "@functools.cache\n"
        + "def document() -> dict[str, Any]:\n"
        + '    """The OpenAPI document (the one in the repository, before any derivation)."""\n'
        + "    decoded: dict[str, Any] = json.loads(_JSON)\n"
        + "    return decoded\n"
    )


def rules_module(document: dict[str, Any]) -> str:
    """The spec's rules that the hand-written layers need by name, so none is copied there:
    each named schema's pattern and each map's key pattern (in Python's syntax, with
    ECMA-262's meaning), and the send properties that become headers."""
    patterns: dict[str, str] = {}
    for name, schema in document["components"]["schemas"].items():
        if isinstance(schema.get("pattern"), str):
            patterns[name] = python_pattern(schema["pattern"])
        names = schema.get("propertyNames", {})
        if isinstance(names, dict) and isinstance(names.get("pattern"), str):
            patterns[f"{name}.propertyNames"] = python_pattern(names["pattern"])
    send = document["components"]["schemas"]["SendRequest"]
    headers = tuple(send["x-smtpeter-header-properties"])
    unknown = set(headers) - set(send["properties"])
    if unknown:
        raise SystemExit(f"x-smtpeter-header-properties: {sorted(unknown)} are not properties")
    names = patterns["PersonalizationData.propertyNames"]
    if not (names.startswith("^") and names.endswith("\\Z")):
        raise SystemExit("PersonalizationData.propertyNames: the pattern must be anchored")
    placeholder = names[1:-2]
    lines = "".join(f"    {name!r}: {python!r},\n" for name, python in patterns.items())
    return (
        HEADER.format(
            doc="The rules of openapi.yaml the hand-written code needs by name (the validator "
            "checks\nevery one of them itself): one copy, the spec's."
        )
        + "from __future__ import annotations\n\n"
        + "PATTERNS: dict[str, str] = {\n"
        + lines
        + "}\n"
        + '"""Each named schema\'s ``pattern`` (and ``<name>.propertyNames`` for a map\'s keys),\n'
        + 'as a Python pattern with the ECMA-262 meaning (tools/ecma_patterns.py)."""\n\n'
        + f"PLACEHOLDER_NAME: str = {placeholder!r}\n"
        + '"""A ``{$name}`` placeholder\'s name, unanchored: a key of the send\'s ``data`` '
        + '(``PersonalizationData.propertyNames``)."""\n\n'
        + f"HEADER_PROPERTIES: tuple[str, ...] = {headers!r}\n"
        + '"""The send properties that become headers of the message (``x-smtpeter-header-'
        + 'properties``)."""\n'
    )


def webhook_events_module(document: dict[str, Any]) -> str:
    """The webhook events of the document (its ``webhooks``) and the model of each."""
    events = {}
    for event, item in document.get("webhooks", {}).items():
        media = item["post"]["requestBody"]["content"]["application/json"]
        events[event] = ref_name(media["schema"]["$ref"])
    models = sorted(set(events.values()))
    return (
        HEADER.format(doc="The webhook events of openapi.yaml (its ``webhooks``), by type.")
        + "from __future__ import annotations\n\n"
        + f"from .models import {', '.join(models)}\n\n"
        + f"WebhookEvent = {' | '.join(models)}\n"
        + '"""Any webhook event; its ``type_`` tells which."""\n\n'
        + "WEBHOOK_EVENTS: dict[str, type[WebhookEvent]] = {\n"
        + "".join(f"    {event!r}: {model},\n" for event, model in events.items())
        + "}\n"
        + '"""Each webhook event type to the model of its body."""\n'
    )


def parameter_schema(operation: dict[str, Any]) -> dict[str, Any]:
    properties = {}
    required = []
    for parameter in operation["parameters"]:
        if parameter["in"] not in ("path", "query"):
            continue
        schema = parameter.get("schema", {})
        if "$ref" not in schema and "description" not in schema and "description" in parameter:
            # The words of a parameter's rule: its refusal quotes them beside the pattern.
            schema = {**schema, "description": parameter["description"]}
        properties[parameter["name"]] = schema
        if parameter.get("required"):
            required.append(parameter["name"])
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def function_name(definition: str) -> str:
    """The name fastjsonschema gives the function of ``#/definitions/<definition>``."""
    return "validate___definitions_" + re.sub(r"\W", "_", definition).lower()


class Fragments:
    """Where in the definitions each schema an error carries sits.

    fastjsonschema writes, at every rule, the schema it belongs to as a literal (references
    replaced by what they refer to, once): 55 % of its output, most of it the same literals
    over and over. Each becomes a pointer, the definition's name and the keys down to that
    schema, which _schema_runtime.fragment follows in one JSON copy of the definitions, and
    expands the same way, when a call is refused.
    """

    def __init__(self, definitions: dict[str, Any]) -> None:
        self.definitions = definitions
        self.indexes: dict[str, dict[str, tuple[str | int, ...]]] = {}

    def expand(self, node: Any) -> Any:
        """The schema as fastjsonschema writes it in an error (``_expand_refs``): each
        reference replaced by what it refers to, once (the replacement as it is)."""
        if isinstance(node, list):
            return [self.expand(item) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            return self.definitions[node["$ref"].rsplit("/", 1)[-1]]
        return {key: self.expand(value) for key, value in node.items()}

    def index(self, name: str) -> dict[str, tuple[str | int, ...]]:
        if name not in self.indexes:
            found: dict[str, tuple[str | int, ...]] = {}

            def walk(node: Any, path: tuple[str | int, ...]) -> None:
                if isinstance(node, dict):
                    found.setdefault(json.dumps(self.expand(node), sort_keys=True), path)
                    for key, value in node.items():
                        walk(value, (*path, key))
                elif isinstance(node, list):
                    for number, item in enumerate(node):
                        walk(item, (*path, number))

            walk(self.definitions[name], (name,))
            self.indexes[name] = found
        return self.indexes[name]

    def pointer(self, function: str, literal: Any) -> tuple[str | int, ...]:
        key = json.dumps(literal, sort_keys=True)
        names = [n for n in self.definitions if function_name(n) == function]
        for name in [*names, *self.definitions]:
            if key in self.index(name):
                return self.index(name)[key]
        raise SystemExit(f"{function}: a schema of its errors is in no definition")

    def replace(self, code: str) -> str:
        """``definition={...}`` of every error in ``code`` as ``definition=(name, key, ...)``."""
        tree = ast.parse(code)
        lines = code.splitlines(keepends=True)
        offsets = [0]
        for line in lines:
            offsets.append(offsets[-1] + len(line))
        edits = []
        for function in tree.body:
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.keyword) and node.arg == "definition":
                    value = node.value
                    assert value.end_lineno is not None and value.end_col_offset is not None
                    start = offsets[value.lineno - 1] + value.col_offset
                    end = offsets[value.end_lineno - 1] + value.end_col_offset
                    if function.name == "validate":  # the root: {name: value}, never refused
                        replacement = "None"
                    else:
                        pointer = self.pointer(function.name, ast.literal_eval(value))
                        replacement = repr(pointer)
                    edits.append((start, end, replacement))
        if not edits:
            raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
        for start, end, replacement in sorted(edits, reverse=True):
            code = code[:start] + replacement + code[end:]
        return code


def request_schemas(document: dict[str, Any]) -> list[str]:
    """The schemas a request can hold: each body's, each parameter's, and every schema they
    refer to (an answer's schemas are not checked: they need no compiled code)."""
    found: set[str] = set()
    pending: list[Any] = []
    for operation in operations(document):
        pending += [p.get("schema", {}) for p in operation["parameters"]]
        for media in operation.get("requestBody", {}).get("content", {}).values():
            pending.append(media.get("schema", {}))
    while pending:
        node = pending.pop()
        if isinstance(node, list):
            pending += node
        elif isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and ref_name(node["$ref"]) not in found:
                found.add(ref_name(node["$ref"]))
                pending.append(document["components"]["schemas"][ref_name(node["$ref"])])
            pending += [value for key, value in node.items() if key != "$ref"]
    return sorted(found)


def compiled_validator(document: dict[str, Any]) -> tuple[str, dict[str, str], str]:
    """The compiled validator: its shared module, the module of each definition's function
    (by module name), and the module of the definitions its errors point into."""
    schemas = document["components"]["schemas"]
    definitions = {name: schemas[name] for name in request_schemas(document)}
    for operation in operations(document):
        definitions[f"{operation['operationId']}.parameters"] = parameter_schema(operation)
    converted = draft7(definitions)
    # One schema whose properties are every request schema: validating {name: value} runs the
    # code of that one, and references shared between schemas are compiled once.
    root = {
        "$schema": DRAFT7,
        "definitions": converted,
        "type": "object",
        "properties": {name: {"$ref": f"#/definitions/{name}"} for name in definitions},
    }
    # Every format is checked by templates/_formats.py (copied next to this module): a format
    # it does not know fails here, as fastjsonschema refuses an unknown one.
    known_formats = template_module("_formats.py")
    code = fastjsonschema.compile_to_code(root, use_formats=True, formats=known_formats["FORMATS"])
    code = Fragments(converted).replace(code)
    code, count = re.subn(r"custom_formats=\{\}", "custom_formats=_FORMATS", code)
    if not count:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    runtime_import = "from fastjsonschema import JsonSchemaValueException\n"
    if runtime_import not in code:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    code = code.replace(
        runtime_import,
        "from ._formats import FORMATS as _FORMATS\n"
        "from ._formats import SHAPES as _SHAPES\n"
        "from ._schema_runtime import JsonSchemaValueException\n"
        "from ._schema_runtime import compile_patterns as _compile_patterns\n"
        "from ._schema_runtime import install_fast_paths as _install_fast_paths\n"
        "from ._schema_runtime import string_name as _string_name\n",
    )
    code = re.sub(r"^VERSION = .*\n", "", code, flags=re.MULTILINE)
    # fastjsonschema imports Decimal for its type checks of numbers; where that is all it is
    # used for, _schema_runtime.Decimal answers them without loading the decimal module.
    decimal_import = "from decimal import Decimal\n"
    if code.count("Decimal") == code.count("(int, float, Decimal)") + code.count(decimal_import):
        code = code.replace(decimal_import, "from ._schema_runtime import Decimal\n")
    # Where a value sits ("data.recipients.a@example.com") is built for every item of every
    # object and array, with str.format(**locals()) (a dict of all locals each time): an
    # f-string of the same text builds it at a fraction of the cost.
    code, count = re.subn(
        r'"([^"{}]*(?:\{[A-Za-z_][A-Za-z0-9_]*\}[^"{}]*)+)"\.format\(\*\*locals\(\)\)',
        r'f"\1"',
        code,
    )
    if ".format(**locals())" in code or not count:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    # additionalProperties walks the keys left after the named properties in set order, which
    # visits a large object's values in random memory order (a 100,000-recipient map took
    # twice as long per entry as a 1,000 one). When no key was taken out, walk the object
    # itself: the same keys, in their own order.
    code, count = re.subn(
        r"for (\w+)_key in (\w+)_keys:",
        lambda m: (
            f"for {m[1]}_key in ({m[2]} if len({m[2]}_keys) == len({m[2]}) else {m[2]}_keys):"
        ),
        code,
    )
    if not count:
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    # A propertyNames pattern applies "if the name is a string": a name of another type
    # breaks the rule instead (see _schema_runtime.string_name).
    code, count = re.subn(
        r"(for (\w+)_key in \w+:\n(\s+)try:\n\s+)if isinstance\(\2_key, str\):",
        r"\1if _string_name(\2_key):",
        code,
    )
    if not count or re.search(r"isinstance\(\w+_key, str\)", code):
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    code = drop_unused_key_sets(code)
    if "REGEX_PATTERNS = {" not in code or code.count("REGEX_PATTERNS[") != code.count(
        "if not REGEX_PATTERNS["
    ):
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    sources = translated_patterns(code)
    remembered = sorted(escape_class_dollars(p) for p in name_patterns(root))
    paths = {
        name: tuple(
            without_shaped_pattern(rules, sources, known_formats["SHAPES"])
            if isinstance(rules, tuple)
            else rules
            for rules in path
        )
        for name, path in fast_paths(definitions, document).items()
    }
    for path in paths.values():
        for pattern, format_name, *_lengths in (r for r in path[2:] if isinstance(r, tuple)):
            if pattern is not None and pattern not in sources:
                raise SystemExit(f"a fast path's pattern is not compiled: {pattern}")
            if format_name is not None and format_name not in known_formats["FORMATS"]:
                raise SystemExit(f"a fast path's format is unknown: {format_name}")
    # fastjsonschema's own table compiled Python's reading of every pattern at import, only for
    # it to be replaced: the table is the ECMA-262 one, compiled once.
    code = re.sub(
        r"^REGEX_PATTERNS = \{.*?\}\n",
        lambda _: (
            "# Every pattern with ECMA-262's meaning, as JSON Schema reads it "
            "(tools/ecma_patterns.py).\n"
            f"_PATTERN_SOURCES = {sources!r}\n"
            "# Patterns of property names, which repeat: their answers are remembered.\n"
            f"_NAME_PATTERNS = {remembered!r}\n"
            "REGEX_PATTERNS = _compile_patterns(_PATTERN_SOURCES, _NAME_PATTERNS)\n"
        ),
        code,
        count=1,
        flags=re.MULTILINE | re.DOTALL,
    )
    preamble, functions = split_functions(code)
    keys = {name: function_name(name).removeprefix(PREFIX) for name in definitions}
    if len(set(keys.values())) != len(keys) or set(keys.values()) != set(functions):
        raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    groups = module_groups({key: calls for key, (_, calls) in functions.items()})
    module_of = {key: module for module, members in groups.items() for key in members}
    modules = {name: (module_of[key], key) for name, key in keys.items()}
    doc = (
        "The request schemas of openapi.yaml compiled to Python by fastjsonschema "
        f"{fastjsonschema.VERSION}: what every definition's function shares.\n\n"
        "Use it through validation.py. The definitions' functions are modules of _schemas/, "
        "imported on first use\n(:func:`validator`): one module holds the definitions used by "
        "the same request schemas.\nThe code runs on _schema_runtime.py, and "
        "its errors point into _schema_document.py."
    )
    compiled = (
        "# mypy: ignore-errors\n# ruff: noqa\n"
        + HEADER.format(doc=doc)
        + "import importlib\n"
        + preamble
        + "\n\n# Large maps and lists of a simple shape (see _schema_runtime.install_fast_paths).\n"
        + f"_FAST_PATHS = {paths!r}\n\n"
        + "# The module of _schemas/ of each definition and its function's name there (without\n"
        + f"# {PREFIX}), by the definition's name.\n"
        + f"MODULES = {modules!r}\n\n\n"
        + VALIDATOR_LOADER
    )
    shared = ", ".join(
        sorted(
            (
                "Decimal",
                "JsonSchemaValueException",
                "NoneType",
                "REGEX_PATTERNS",
                "_FAST_PATHS",
                "_FORMATS",
                "_PATTERN_SOURCES",
                "_SHAPES",
                "_install_fast_paths",
                "_string_name",
            )
        )
    )
    module_texts = {}
    for module, members in groups.items():
        text = (
            "# mypy: ignore-errors\n# ruff: noqa\n"
            + HEADER.format(
                doc="The compiled validators of the definitions used by the same request schemas: "
                "see ../_compiled_schemas.py."
            )
            + f"from .._compiled_schemas import {shared}\n\n\n"
            + "\n\n".join(functions[key][0] for key in members)
            + "\n"
        )
        for key in members:
            name = PREFIX + key
            if name in paths:
                text += (
                    f"\n\n_install_fast_paths(globals(), {{{name!r}: _FAST_PATHS[{name!r}]}}, "
                    "_FORMATS, _SHAPES, _PATTERN_SOURCES)\n"
                )
        # At the end, so that definitions referring to each other import (each module's own
        # functions, and their fast paths, exist before it imports the others).
        calls = sorted(
            {call for key in members for call in functions[key][1]} - set(members),
            key=lambda call: (module_of[call], call),
        )
        text += "".join(f"\nfrom .{module_of[call]} import {PREFIX}{call}" for call in calls)
        module_texts[module] = text + ("\n" if calls else "")
    text = json.dumps(converted, ensure_ascii=True, separators=(",", ":"))
    document_module = (
        HEADER.format(
            doc="The request schemas of openapi.yaml (as draft 7, references into ``definitions``) "
            "as JSON.\n\nRead only to explain a refusal: each error of the compiled validator points "
            "at a schema in here."
        )
        + f"DEFINITIONS = {text!r}\n"
    )
    return compiled, module_texts, document_module


def module_groups(calls: dict[str, set[str]]) -> dict[str, list[str]]:
    """The definitions' functions grouped into modules: those reached from the same request
    schemas (the functions no other calls) share one, so that validating a send imports a few
    modules, not one for each of the 28 definitions it uses. A module is named after its first
    request schema, or else its first function."""
    called = set().union(*calls.values())
    roots = sorted(key for key in calls if key not in called)
    reach: dict[str, set[str]] = {key: set() for key in calls}
    for root in roots:
        stack, seen = [root], set()
        while stack:
            key = stack.pop()
            if key not in seen:
                seen.add(key)
                reach[key].add(root)
                stack.extend(calls[key])
    by_roots: dict[frozenset[str], list[str]] = {}
    for key in sorted(calls):
        by_roots.setdefault(frozenset(reach[key]), []).append(key)
    groups = {}
    for members in by_roots.values():
        named = [key for key in members if key in roots] or members
        groups[named[0]] = members
    return dict(sorted(groups.items()))


def without_shaped_pattern(
    rules: tuple[Any, ...], sources: dict[str, str], shapes: dict[str, Any]
) -> tuple[Any, ...]:
    """A fast path's string rules without their pattern where it is the format's widest shape
    written out (EmailAddress's is): the shape checks both, in one pass."""
    pattern, format_name, *lengths = rules
    variants = shapes.get(format_name, ()) if format_name is not None else ()
    if pattern is not None and variants and sources[pattern] == f"^{variants[-1][0]}\\Z":
        return (None, format_name, *lengths)
    return rules


PREFIX = "validate___definitions_"

VALIDATOR_LOADER = '''def validator(definition):
    """The compiled function of a definition (None for a name that is none), from its module
    of _schemas/, imported on first use: validating a send loads only what a send needs."""
    entry = MODULES.get(definition)
    if entry is None:
        return None
    module, function = entry
    loaded = importlib.import_module(f"{__package__}._schemas.{module}")
    return getattr(loaded, "validate___definitions_" + function)
'''


def split_functions(code: str) -> tuple[str, dict[str, tuple[str, set[str]]]]:
    """fastjsonschema's module as its preamble (imports, tables) and each definition's function
    (by the module name it gets: its name without the prefix) with the definitions it calls.
    The root function, which only hands each property to its definition's, is left out."""
    tree = ast.parse(code)
    lines = code.splitlines(keepends=True)
    first = next(node for node in tree.body if isinstance(node, ast.FunctionDef))
    preamble = "".join(lines[: first.lineno - 1])
    functions: dict[str, tuple[str, set[str]]] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            if node.name == "validate":
                continue
            if not node.name.startswith(PREFIX) or node.end_lineno is None:
                raise SystemExit(
                    "fastjsonschema's output changed: update tools/generate_surface.py"
                )
            calls = {
                name.id.removeprefix(PREFIX)
                for name in ast.walk(node)
                if isinstance(name, ast.Name)
                and name.id.startswith(PREFIX)
                and name.id != node.name
            }
            source = "".join(lines[node.lineno - 1 : node.end_lineno])
            functions[node.name.removeprefix(PREFIX)] = (source, calls)
        elif node.lineno > first.lineno:
            raise SystemExit("fastjsonschema's output changed: update tools/generate_surface.py")
    return preamble, functions


# Keywords that only annotate.
_INERT = frozenset({"description", "title", "examples", "example", "$comment"})


def _string_rules(
    document: dict[str, Any], schema: dict[str, Any]
) -> tuple[str | None, str | None, int, int | None] | None:
    """type string with only minLength/maxLength/pattern/format: the rules, else None."""
    schema = resolve(document, schema)
    rules = ("minLength", "maxLength", "pattern", "format")
    if schema.get("type") != "string" or set(schema) - _INERT - {"type", *rules}:
        return None
    pattern = schema.get("pattern")
    return (
        escape_class_dollars(pattern) if pattern is not None else None,
        schema.get("format"),
        schema.get("minLength", 0),
        schema.get("maxLength"),
    )


def fast_paths(definitions: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """The fast paths for large maps and lists whose shape is simple (see
    _schema_runtime.install_fast_paths), by the name of the compiled function they precede:

    - a map of string keys with string rules whose values are objects with patterned names
      and any values (RecipientDataMap);
    - a list of strings with string rules (RecipientList).

    Made from the spec's shapes, never for a named schema.
    """
    found: dict[str, Any] = {}
    for name, schema in definitions.items():
        kind = schema.get("type")
        if kind == "array" and not set(schema) - _INERT - {"type", "items", "minItems", "maxItems"}:
            items = _string_rules(document, schema.get("items", {}))
            if items is not None:
                found[function_name(name)] = (
                    "list",
                    schema.get("minItems", 0),
                    schema.get("maxItems"),
                    items,
                )
            continue
        if kind != "object" or set(schema) - _INERT - {
            "type",
            "minProperties",
            "propertyNames",
            "additionalProperties",
        }:
            continue
        raw_names, raw_values = schema.get("propertyNames"), schema.get("additionalProperties")
        if not isinstance(raw_names, dict) or not isinstance(raw_values, dict):
            continue
        keys = _string_rules(document, raw_names)
        values = resolve(document, raw_values)
        if keys is None or set(values) - _INERT - {"type", "propertyNames", "additionalProperties"}:
            continue
        value_names = values.get("propertyNames", {})
        if (
            values.get("type") != "object"
            or values.get("additionalProperties", True) is not True
            or set(value_names) - _INERT - {"pattern"}
            or "pattern" not in value_names
            or keys[0] is None
        ):
            continue
        found[function_name(name)] = (
            "map",
            schema.get("minProperties", 0),
            keys,
            escape_class_dollars(value_names["pattern"]),
        )
    return found


def name_patterns(schema: Any) -> set[str]:
    """The patterns given inline for property names (``propertyNames: {pattern: ...}``)."""
    found: set[str] = set()
    if isinstance(schema, dict):
        names = schema.get("propertyNames")
        if isinstance(names, dict) and isinstance(names.get("pattern"), str):
            found.add(names["pattern"])
        for value in schema.values():
            found |= name_patterns(value)
    elif isinstance(schema, list):
        for item in schema:
            found |= name_patterns(item)
    return found


def drop_unused_key_sets(code: str) -> str:
    """Remove ``x_keys = set(x.keys())`` where the function never reads ``x_keys`` (an
    object whose extra properties are all allowed builds that set for nothing)."""
    tree = ast.parse(code)
    drop: set[int] = set()
    for function in (node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)):
        loads = {
            node.id
            for node in ast.walk(function)
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)
        }
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id.endswith("_keys")
                and node.targets[0].id not in loads
                and ast.unparse(node.value).endswith(".keys())")
                and node.lineno == node.end_lineno
            ):
                drop.add(node.lineno)
    lines = code.splitlines(keepends=True)
    for number in drop:  # `pass` keeps a block that held nothing else valid
        line = lines[number - 1]
        lines[number - 1] = line[: len(line) - len(line.lstrip())] + "pass\n"
    return "".join(lines)


# --- the resources -------------------------------------------------------------------------


class Surface:
    def __init__(self, document: dict[str, Any], config: dict[str, Any], package: str) -> None:
        self.document = document
        self.widenings: dict[str, list[str]] = config.get("widenings", {})
        self.imports: set[str] = set(config.get("imports", []))
        self.type_checking_imports: set[str] = set(config.get("type_checking_imports", []))
        self.package = package
        self.model_imports: set[str] = set()

    # Python input types for a JSON schema: what a keyword argument accepts.
    def input_type(self, schema: dict[str, Any]) -> str:
        if "$ref" in schema:
            name = ref_name(schema["$ref"])
            inner = self.input_type(self.document["components"]["schemas"][name])
            return union([*self.widenings.get(name, []), inner])
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return union([self.input_type(member) for member in schema[combinator]])
        if "then" in schema and "else" in schema:  # a union by JSON type (see openapi.yaml)
            return union([self.input_type(schema["then"]), self.input_type(schema["else"])])
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(value) for value in schema["enum"]) + "]"
        kind = schema.get("type")
        if kind == "string":
            return {
                "date": "datetime.date",
                "date-time": "datetime.datetime",
                "binary": "bytes",
            }.get(schema.get("format", ""), "str")
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            return f"Sequence[{self.input_type(schema.get('items', {}))}]"
        if kind == "object":
            values = schema.get("additionalProperties")
            if isinstance(values, dict) and values and not schema.get("properties"):
                return f"Mapping[str, {self.input_type(values)}]"
            return "Mapping[str, Any]"
        return "Any"

    def return_type(self, module: types.ModuleType, operation: dict[str, Any]) -> tuple[str, str]:
        """The success type of an operation as source, and how the runner should read it."""
        hints = typing.get_type_hints(module.sync)
        members = [m for m in typing.get_args(hints["return"]) if m is not type(None)]
        members = [m for m in members if getattr(m, "__name__", "") != "ErrorMessage"]
        if any(getattr(m, "__name__", "") == "File" for m in members):
            return "bytes", "binary"
        if not members or all(m is typing.Any for m in members):
            schema = self.json_answer(operation)
            if schema is not None:  # a union by JSON type, which the generator reads as Any
                source = self.input_type(schema)
                return source.replace("Mapping[", "dict[").replace("Sequence[", "list["), "json"
            return "None", "none"  # a success without a body
        source = union([self.type_source(m) for m in members])
        return source, "text" if source == "str" else "json"

    def type_source(self, hint: Any) -> str:
        origin = typing.get_origin(hint)
        if origin is typing.Literal:
            return "Literal[" + ", ".join(repr(a) for a in typing.get_args(hint)) + "]"
        if origin in (types.UnionType, typing.Union):
            return union([self.type_source(a) for a in typing.get_args(hint)])
        if origin is not None:
            args = ", ".join(self.type_source(a) for a in typing.get_args(hint))
            return f"{origin.__name__}[{args}]"
        if hint is typing.Any:
            return "Any"
        if hint.__module__ == "builtins":
            return str(hint.__name__)
        if hint.__module__.startswith(f"{self.package}.models"):
            self.model_imports.add(hint.__name__)
            return str(hint.__name__)
        self.imports.add(f"import {hint.__module__}")
        return f"{hint.__module__}.{hint.__qualname__}"

    def generate(self, package_dir: Path) -> str:
        sys.path.insert(0, str(package_dir.parent))
        by_tag: dict[str, list[dict[str, Any]]] = {}
        for operation in operations(self.document):
            by_tag.setdefault(operation["tags"][0], []).append(operation)
        tag_docs = {
            tag["name"]: tag.get("description", "") for tag in self.document.get("tags", [])
        }

        records, typed_dicts, classes = [], [], []
        index = []
        for tag in sorted(by_tag):
            tag_module = str(PythonIdentifier(tag, prefix="tag"))
            class_name = "".join(word.capitalize() for word in tag_module.split("_"))
            sync_methods, async_methods = [], []
            for operation in by_tag[tag]:
                method_name = snake_case(operation["operationId"])
                module_path = f"{self.package}.api.{tag_module}.{method_name}"
                module = importlib.import_module(module_path)
                record, typed_dict, signature, call = self.operation(
                    operation, module, f"api.{tag_module}.{method_name}"
                )
                records.append(record)
                if typed_dict:
                    typed_dicts.append(typed_dict)
                returns, _ = self.return_type(module, operation)
                doc = docstring(operation)
                record_name = constant(operation["operationId"])
                sync_methods.append(
                    f"    def {method_name}({signature}) -> {returns}:\n{doc}"
                    f"        return cast({returns!r}, self._runner.call({record_name}, {call}))\n"
                )
                async_methods.append(
                    f"    async def {method_name}({signature}) -> {returns}:\n{doc}"
                    f"        return cast({returns!r}, await self._runner.call({record_name}, {call}))\n"
                )
            description = tag_docs.get(tag, f"The {tag} operations.")
            for prefix, runner, methods in (
                ("", "Runner", sync_methods),
                ("Async", "AsyncRunner", async_methods),
            ):
                classes.append(
                    f"class {prefix}{class_name}:\n"
                    f'    """{description.strip()}"""\n\n'
                    f"    def __init__(self, runner: {runner}) -> None:\n"
                    f"        self._runner = runner\n\n" + "\n".join(methods)
                )
            index.append((tag_module, class_name, tag_docs.get(tag, "")))

        resources = []
        for prefix, runner in (("", "Runner"), ("Async", "AsyncRunner")):
            attributes = "".join(f"    {attr}: {prefix}{cls}\n" for attr, cls, _ in index)
            assignments = "".join(
                f"        self.{attr} = {prefix}{cls}(runner)\n" for attr, cls, _ in index
            )
            resources.append(
                f"class {prefix}Resources:\n"
                f'    """Every operation of the API, grouped by tag: ``resources.<tag>.<operation>()``."""\n\n'
                f"{attributes}\n"
                f"    def bind_resources(self, runner: {runner}) -> None:\n"
                f"{assignments}"
            )

        imports = sorted(self.imports)
        # Models appear only in annotations and casts (strings): imported for type checkers
        # only, like the generated api modules, which each Operation imports on first use.
        checking_lines = set(self.type_checking_imports) | {"import httpx"}
        if self.model_imports:
            checking_lines.add(f"from .models import {', '.join(sorted(self.model_imports))}")
        checking = "".join(f"    {line}\n" for line in sorted(checking_lines))
        body = (
            HEADER.format(
                doc="Every operation of openapi.yaml as a method: one class per tag, sync "
                "and async.\n\nEach method hands its call to a Runner, which validates, "
                "sends and parses it with the\ngenerated functions of ``api/``."
            )
            + "from __future__ import annotations\n\n"
            + "\n".join(imports)
            + "\n"
            + "from collections.abc import Mapping, Sequence\n"
            + "from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict, Unpack, cast\n"
            + "\n"
            + "from ._operation import AsyncRunner as AsyncRunner\n"
            + "from ._operation import Operation as Operation\n"
            + "from ._operation import Runner as Runner\n"
            + (f"\nif TYPE_CHECKING:\n{checking}" if checking else "")
            + "\n\n"
            + "\n\n".join(typed_dicts)
            + "\n\n"
            + "\n\n".join(records)
            + "\n\n"
            + "OPERATIONS: tuple[Operation, ...] = ("
            + ", ".join(constant(op["operationId"]) for op in operations(self.document))
            + ",)\n"
            + '"""Every operation, in the order of the document."""\n\n\n'
            + "\n\n".join(classes)
            + "\n\n"
            + "\n\n".join(resources)
        )
        return body

    def operation(
        self, operation: dict[str, Any], module: types.ModuleType, module_name: str
    ) -> tuple[str, str, str, str]:
        record_name = constant(operation["operationId"])
        path_parameters = [p for p in operation["parameters"] if p["in"] == "path"]
        query_parameters = [p for p in operation["parameters"] if p["in"] == "query"]
        arguments = ["self"]
        path_names = []
        for parameter in path_parameters:
            name = str(PythonIdentifier(parameter["name"], prefix="param_"))
            path_names.append(name)
            arguments.append(f"{name}: {self.input_type(parameter.get('schema', {}))}")
        keyword_only = False
        query_map = {}
        for parameter in query_parameters:
            name = str(PythonIdentifier(parameter["name"], prefix="param_"))
            query_map[name] = parameter["name"]
            if not keyword_only:
                arguments.append("*")
                keyword_only = True
            kind = self.input_type(parameter.get("schema", {}))
            if parameter.get("required"):
                arguments.append(f"{name}: {kind}")
            else:
                arguments.append(f"{name}: {kind} | None = None")

        bodies = {}
        open_body = False
        body_fields: dict[str, str] = {}
        conversions: dict[str, str] = {}
        typed_dict = ""
        content = operation.get("requestBody", {}).get("content", {})
        for media_type, media in content.items():
            if media_type not in ENCODINGS:
                raise SystemExit(f"{operation['operationId']}: unsupported body {media_type}")
            bodies[ENCODINGS[media_type]] = ref_name(media["schema"]["$ref"])
        if bodies:
            first = bodies.get("json") or next(iter(bodies.values()))
            schema = self.document["components"]["schemas"][first]
            params_name = f"{pascal(operation['operationId'])}Params"
            required = set(schema.get("required", []))
            lines = []
            for wire, prop in schema.get("properties", {}).items():
                name = str(PythonIdentifier(wire, prefix="field_"))
                body_fields[name] = wire
                kind = self.input_type(prop)
                conversions.update(self.conversions(wire, prop))
                if wire in required:
                    lines.append(f"    {name}: Required[{kind}]")
                else:
                    lines.append(f"    {name}: {kind} | None")
                description = resolve(self.document, prop).get("description") or prop.get(
                    "description"
                )
                if description:
                    lines.append(
                        '    """' + " ".join(description.split()).replace('"""', "'''") + '"""'
                    )
            renamed = "".join(
                f" (``{name}`` for ``{wire}``)"
                for name, wire in body_fields.items()
                if name != wire
            )
            doc = (
                f"The keyword arguments of ``{snake_case(operation['operationId'])}()``: the "
                f"properties of ``{first}``{renamed}.\n\n"
                "    A value of ``None`` counts as not given."
            )
            typed_dict = (
                f"class {params_name}(TypedDict, total=False):\n"
                f'    """{doc}\n    """\n\n' + "\n".join(lines) + "\n"
            )
            if len(bodies) > 1:
                choices = ", ".join(repr(e) for e in bodies)
                arguments.append("*" if not keyword_only else "")
                arguments.append(f'encoding: Literal[{choices}] = "json"')
            if schema.get("additionalProperties", True) is False:
                arguments.append(f"**body: Unpack[{params_name}]")
            else:  # an open document (a template): any property goes, as the spec allows
                arguments.append("**body: Any")
                open_body = True
        arguments = [a for a in arguments if a]
        if arguments.count("*") > 1:
            arguments.remove("*")

        _returns, result = self.return_type(module, operation)
        record = (
            f"{record_name} = Operation(\n"
            f"    operation_id={operation['operationId']!r},\n"
            f"    name={snake_case(operation['operationId'])!r},\n"
            f"    tag={operation['tags'][0]!r},\n"
            f"    method={operation['method']!r},\n"
            f"    path={operation['path']!r},\n"
            f"    module={module_name!r},\n"
            f"    path_parameters={tuple(p['name'] for p in path_parameters)!r},\n"
            f"    query_parameters={query_map!r},\n"
            f"    bodies={bodies!r},\n"
            f"    body_fields={body_fields!r},\n"
            f"    conversions={conversions!r},\n"
            f"    date_parameters={self.date_parameters(operation)!r},\n"
            f"    form_types={self.form_types(bodies)!r},\n"
            f"    open_body={open_body!r},\n"
            f"    media_types={self.media_types(operation, result)!r},\n"
            f"    idempotent={operation['method'] in IDEMPOTENT_METHODS!r},\n"
            f"    result={result!r},\n"
            f")\n"
        )
        call_parts = ["(" + "".join(f"{n}, " for n in path_names) + ")"]
        call_parts.append("{" + ", ".join(f"{n!r}: {n}" for n in query_map) + "}")
        if bodies:
            call_parts.append("body")
            call_parts.append("encoding" if len(bodies) > 1 else repr(next(iter(bodies))))
        return record, typed_dict, ", ".join(arguments), ", ".join(call_parts)

    def conversions(self, wire: str, prop: dict[str, Any]) -> dict[str, str]:
        """Which properties hold a widened schema: ``name`` itself or ``name[]`` (each item).
        A property of ``format: date`` takes a ``datetime.date``: its conversion is ``date``."""
        found = {}
        if "$ref" in prop and ref_name(prop["$ref"]) in self.widenings:
            found[wire] = ref_name(prop["$ref"])
        elif resolve(self.document, prop).get("format") == "date":
            found[wire] = "date"
        items = resolve(self.document, prop).get("items", {})
        if "$ref" in items and ref_name(items["$ref"]) in self.widenings:
            found[f"{wire}[]"] = ref_name(items["$ref"])
        return found

    def json_answer(self, operation: dict[str, Any]) -> dict[str, Any] | None:
        """The schema of the first JSON success answer, if any."""
        for status, answer in sorted(operation.get("responses", {}).items()):
            if not str(status).startswith("2"):
                continue
            if "$ref" in answer:
                answer = self.document["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
            schema = answer.get("content", {}).get("application/json", {}).get("schema")
            if schema is not None:
                return dict(schema)
        return None

    def media_types(self, operation: dict[str, Any], result: str) -> tuple[str, ...]:
        if result in ("binary", "none"):
            return ()  # a file's type is its own (the Content-Type tells); no body has none
        found = set()
        for status, answer in operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            if "$ref" in answer:
                answer = self.document["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
            found.update(answer.get("content", {}))
        return tuple(sorted(found))

    def form_types(self, bodies: dict[str, str]) -> dict[str, str]:
        if "form" not in bodies:
            return {}
        schema = self.document["components"]["schemas"][bodies["form"]]
        found = {}
        for name, prop in schema.get("properties", {}).items():
            kind = resolve(self.document, prop).get("type")
            if kind in ("array", "string"):
                found[name] = kind
        return found

    def date_parameters(self, operation: dict[str, Any]) -> tuple[str, ...]:
        return tuple(
            p["name"]
            for p in operation["parameters"]
            if resolve(self.document, p.get("schema", {})).get("format") == "date"
        )


def union(members: list[str]) -> str:
    seen: list[str] = []
    for member in members:
        for part in split_union(member):
            if part not in seen:
                seen.append(part)
    return " | ".join(seen)


def split_union(source: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in source:
        depth += char in "[("
        depth -= char in "])"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def union_types(document: dict[str, Any]) -> dict[str, str]:
    """For each union by JSON type (``if: {type: T}``, then a schema of T, else the rest), the
    title of its last branch and every JSON type the union takes (``array or object``)."""
    found: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
            return
        if not isinstance(node, dict):
            return
        if isinstance(node.get("if"), dict) and set(node["if"]) == {"type"} and "else" in node:
            kinds, branch = [], node
            while isinstance(branch.get("if"), dict) and "else" in branch:
                kinds.append(branch["if"]["type"])
                branch = resolve(document, branch["else"])
            kinds.append(branch.get("type", ""))
            if branch.get("title") and all(kinds):
                found.setdefault(branch["title"], ", ".join(kinds[:-1]) + " or " + kinds[-1])
        for value in node.values():
            walk(value)

    walk(document)
    return dict(sorted(found.items()))


def choices(schemas: dict[str, Any]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The schemas written as "if A then not B else B" (exactly one of A, B) and "not: none of
    these properties" (at least one of them), with those properties."""
    found = {}
    for name, schema in sorted(schemas.items()):
        exactly_one: tuple[str, ...] = ()
        at_least_one: tuple[str, ...] = ()
        first = schema.get("if", {}).get("required", [])
        second = schema.get("else", {}).get("not", {}).get("not", {}).get("required", [])
        if (
            len(first) == len(second) == 1
            and schema.get("then", {}).get("not", {}).get("required") == second
        ):
            exactly_one = (first[0], second[0])
        members = schema.get("not", {}).get("not", {}).get("anyOf", [])
        if members and all(len(m.get("required", ())) == 1 for m in members):
            at_least_one = tuple(m["required"][0] for m in members)
        if exactly_one or at_least_one:
            found[name] = (exactly_one, at_least_one)
    return found


def constant(operation_id: str) -> str:
    return snake_case(operation_id).upper()


def pascal(operation_id: str) -> str:
    return operation_id[0].upper() + operation_id[1:]


def docstring(operation: dict[str, Any]) -> str:
    text = operation.get("summary", "").strip().rstrip(".") + "."
    description = operation.get("description", "").strip()
    if description:
        text += "\n\n" + description
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    lines = "\n".join(("        " + line).rstrip() for line in text.splitlines())
    return f'        """{lines.strip()}\n        """\n'


def move_wire_modules(package_dir: Path) -> None:
    """Each tag's request and answer functions, from the tag's ``__init__.py`` (what
    templates/endpoint_init.py.jinja renders, once per tag) to its ``_wire.py``: ruff drops the
    imports a tag does not use there, and importing an endpoint module runs no more code."""
    for init in sorted((package_dir / "api").glob("*/__init__.py")):
        wire = init.read_text("utf-8")
        for endpoint in sorted(init.parent.glob("*.py")):
            if (
                endpoint.name != "__init__.py"
                and f"def {endpoint.stem}_request_kwargs(" not in wire
            ):
                raise SystemExit(f"{init}: no {endpoint.stem}_request_kwargs: update the templates")
        (init.parent / "_wire.py").write_text(wire, "utf-8")
        init.write_text('"""Contains endpoint functions for accessing the API"""\n', "utf-8")


def main() -> None:
    spec, config_path, package_dir = (Path(arg) for arg in sys.argv[1:4])
    move_wire_modules(package_dir)
    document = load(spec)
    config = load(config_path)
    package = package_dir.name
    compiled, modules, definitions = compiled_validator(document)
    (package_dir / "_compiled_schemas.py").write_text(compiled, "utf-8")
    (package_dir / "_schemas").mkdir()
    (package_dir / "_schemas" / "__init__.py").write_text(
        '"""The compiled validator, a module for the definitions the same request schemas use: '
        'see ../_compiled_schemas.py."""\n',
        "utf-8",
    )
    for module, text in modules.items():
        (package_dir / "_schemas" / f"{module}.py").write_text(text, "utf-8")
    (package_dir / "_schema_document.py").write_text(definitions, "utf-8")
    for name in COPIED:
        (package_dir / name).write_text((TEMPLATES / name).read_text("utf-8"), "utf-8")
    original = Path(sys.argv[4]) if len(sys.argv) > 4 else spec
    (package_dir / "_document.py").write_text(document_module(load(original)), "utf-8")
    (package_dir / "spec_rules.py").write_text(rules_module(document), "utf-8")
    (package_dir / "webhook_events.py").write_text(webhook_events_module(document), "utf-8")
    schemas = request_schemas(document)
    (package_dir / "_validation_tables.py").write_text(
        HEADER.format(doc="The tables validation.py reads, from openapi.yaml.")
        + "from __future__ import annotations\n\n"
        + f"SCHEMAS: frozenset[str] = frozenset({schemas!r})\n"
        + '"""The names of the schemas that can be validated."""\n\n'
        + f"UNION_TYPES: dict[str, str] = {union_types(document)!r}\n"
        + '"""The last branch of each union by JSON type (if/then/else, see openapi.yaml), by '
        + "title, to\nthe JSON types the whole union takes: a value of none of them is told so, "
        + 'not the last one."""\n\n'
        + "CHOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = "
        + f"{choices(document['components']['schemas'])!r}\n"
        + '"""Per body schema, the properties of which exactly one is required and those of '
        + "which at\nleast one is (the schema's if/then/else and not, see openapi.yaml), to name "
        + 'them together."""\n',
        "utf-8",
    )
    surface = Surface(document, config, package)
    (package_dir / "resources.py").write_text(surface.generate(package_dir), "utf-8")


if __name__ == "__main__":
    main()
