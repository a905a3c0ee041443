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


def validate___definitions_templatekey(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            validate___definitions_templateid(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_templatename(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count2) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateKey",),
            rule="oneOf",
        )
    return data


from .templateid import validate___definitions_templateid
from .templatename import validate___definitions_templatename
