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


def validate___definitions_datarequestmonitor(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestMonitor",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 3:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 3 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestMonitor",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["^(https?://\\S+|[^\\s@]+@[^\\s@]+)$"].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(https?://\\S+|[^\\s@]+@[^\\s@]+)$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestMonitor",),
                rule="pattern",
            )
    return data
