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


def validate___definitions_emailaddress(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("EmailAddress",),
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
                definition=("EmailAddress",),
                rule="minLength",
            )
        if data_len > 254:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be shorter than or equal to 254 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="maxLength",
            )
        if not REGEX_PATTERNS[
            "^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="pattern",
            )
        if not custom_formats["email"](data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be email",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="format",
            )
    return data
