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


def validate___definitions_abuseevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AbuseEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("AbuseEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("AbuseEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "abuse":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: abuse",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("AbuseEvent", "properties", "type"),
                    rule="const",
                )
        if "emailfrom" in data_keys:
            data_keys.remove("emailfrom")
            data__emailfrom = data["emailfrom"]
            if not isinstance(data__emailfrom, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".emailfrom must be string",
                    value=data__emailfrom,
                    name="" + (name_prefix or "data") + ".emailfrom",
                    definition=("AbuseEvent", "properties", "emailfrom"),
                    rule="type",
                )
        if "mime" in data_keys:
            data_keys.remove("mime")
            data__mime = data["mime"]
            if not isinstance(data__mime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mime must be string",
                    value=data__mime,
                    name="" + (name_prefix or "data") + ".mime",
                    definition=("AbuseEvent", "properties", "mime"),
                    rule="type",
                )
    return data
