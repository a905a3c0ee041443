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


def validate___definitions_logprefix(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogPrefix",),
            rule="type",
        )
    if data not in [
        "abuses",
        "attempts",
        "bounces",
        "clicks",
        "deliveries",
        "dmarc",
        "failures",
        "opens",
        "responses",
    ]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['abuses', 'attempts', 'bounces', 'clicks', 'deliveries', 'dmarc', 'failures', 'opens', 'responses']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogPrefix",),
            rule="enum",
        )
    return data
