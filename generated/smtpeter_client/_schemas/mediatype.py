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


def validate___definitions_mediatype(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MediaType",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MediaType",),
                rule="pattern",
            )
    return data
