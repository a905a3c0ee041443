# mypy: ignore-errors
# ruff: noqa
"""The compiled validator of one definition: see ../_compiled_schemas.py.

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


def validate___definitions_maxdelivertime(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MaxDeliverTime",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MaxDeliverTime",),
                rule="pattern",
            )
    return data
