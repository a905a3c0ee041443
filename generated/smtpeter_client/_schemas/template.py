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


def validate___definitions_template(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be object",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Template", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("Template", "else", "if"),
                    rule="type",
                )
        except JsonSchemaValueException:
            validate___definitions_templateid(
                data, custom_formats, (name_prefix or "data") + ""
            )
        else:
            validate___definitions_templatename(
                data, custom_formats, (name_prefix or "data") + ""
            )
    else:
        validate___definitions_inlinetemplate(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


from .inlinetemplate import validate___definitions_inlinetemplate
from .templateid import validate___definitions_templateid
from .templatename import validate___definitions_templatename
