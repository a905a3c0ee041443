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


def validate___definitions_listtemplatespage_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listTemplatesPage.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["start", "length"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listTemplatesPage.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if (
                not isinstance(data__start, (int))
                and not (isinstance(data__start, float) and data__start.is_integer())
                or isinstance(data__start, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be integer",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("listTemplatesPage.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, (int, float, Decimal)):
                if data__start < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".start must be bigger than or equal to 0",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "listTemplatesPage.parameters",
                            "properties",
                            "start",
                        ),
                        rule="minimum",
                    )
        if "length" in data_keys:
            data_keys.remove("length")
            data__length = data["length"]
            if (
                not isinstance(data__length, (int))
                and not (isinstance(data__length, float) and data__length.is_integer())
                or isinstance(data__length, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".length must be integer",
                    value=data__length,
                    name="" + (name_prefix or "data") + ".length",
                    definition=("listTemplatesPage.parameters", "properties", "length"),
                    rule="type",
                )
            if isinstance(data__length, (int, float, Decimal)):
                if data__length < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".length must be bigger than or equal to 1",
                        value=data__length,
                        name="" + (name_prefix or "data") + ".length",
                        definition=(
                            "listTemplatesPage.parameters",
                            "properties",
                            "length",
                        ),
                        rule="minimum",
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
                definition=("listTemplatesPage.parameters",),
                rule="additionalProperties",
            )
    return data
