# mypy: ignore-errors
# ruff: noqa
"""The compiled validators of the definitions used by the same request schemas: see ../_compiled_schemas.py.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from .._compiled_schemas import (
    Decimal,
    JsonSchemaValueException,
    NoneType,
    REGEX_PATTERNS,
    _FAST_PATHS,
    _FORMATS,
    _PATTERN_SOURCES,
    _SHAPES,
    _install_fast_paths,
    _string_name,
)


def validate___definitions_geteventsbytags_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEventsByTags.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["tags"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEventsByTags.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=("getEventsByTags.parameters", "properties", "tags"),
                    rule="type",
                )
            if isinstance(data__tags, str):
                if not REGEX_PATTERNS["^[^\\s;]+(;[^\\s;]+)*$"].search(data__tags):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".tags must match pattern ^[^\\s;]+(;[^\\s;]+)*$",
                        value=data__tags,
                        name="" + (name_prefix or "data") + ".tags",
                        definition=("getEventsByTags.parameters", "properties", "tags"),
                        rule="pattern",
                    )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("getEventsByTags.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, str):
                if not custom_formats["date"](data__start):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".start must be date",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "getEventsByTags.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=("getEventsByTags.parameters", "properties", "end"),
                    rule="type",
                )
            if isinstance(data__end, str):
                if not custom_formats["date"](data__end):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".end must be date",
                        value=data__end,
                        name="" + (name_prefix or "data") + ".end",
                        definition=("getEventsByTags.parameters", "properties", "end"),
                        rule="format",
                    )
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEventsByTags.parameters",),
                rule="additionalProperties",
            )
    return data
