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


def validate___definitions_recipients(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (list, tuple)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be array",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Recipients", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        validate___definitions_recipientdatamap(
            data, custom_formats, (name_prefix or "data") + ""
        )
    else:
        validate___definitions_recipientlist(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


from .recipientdatamap import validate___definitions_recipientdatamap
from .recipientlist import validate___definitions_recipientlist
