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


def validate___definitions_logfilename(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogFileName",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("LogFileName",),
                rule="pattern",
            )
    return data
