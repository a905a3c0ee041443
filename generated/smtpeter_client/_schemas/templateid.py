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


def validate___definitions_templateid(data, custom_formats=_FORMATS, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateId",),
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 1",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("TemplateId",),
                rule="minimum",
            )
    return data
