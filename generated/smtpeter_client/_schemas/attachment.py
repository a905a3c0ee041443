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


def validate___definitions_attachment(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count5 = 0
    if data_one_of_count5 < 2:
        try:
            validate___definitions_urlattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count5 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count5 < 2:
        try:
            validate___definitions_dataattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count5 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count5 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count5) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Attachment",),
            rule="oneOf",
        )
    return data


from .dataattachment import validate___definitions_dataattachment
from .urlattachment import validate___definitions_urlattachment
