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


def validate___definitions_logrecord(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            validate___definitions_failurerecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_deliveryrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_clickrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_openrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_attemptrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_returnedmailrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_abuserecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_dmarcrecord(
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
            definition=("LogRecord",),
            rule="oneOf",
        )
    return data


from .abuserecord import validate___definitions_abuserecord
from .attemptrecord import validate___definitions_attemptrecord
from .clickrecord import validate___definitions_clickrecord
from .deliveryrecord import validate___definitions_deliveryrecord
from .dmarcrecord import validate___definitions_dmarcrecord
from .failurerecord import validate___definitions_failurerecord
from .openrecord import validate___definitions_openrecord
from .returnedmailrecord import validate___definitions_returnedmailrecord
