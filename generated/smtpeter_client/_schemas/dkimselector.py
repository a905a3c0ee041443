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


def validate___definitions_dkimselector(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimSelector",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimSelector",),
                rule="minLength",
            )
        if data_len > 63:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be shorter than or equal to 63 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimSelector",),
                rule="maxLength",
            )
        if not REGEX_PATTERNS["^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimSelector",),
                rule="pattern",
            )
    return data
