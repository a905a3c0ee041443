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


def validate___definitions_getattachment_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getAttachment.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id", "part"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getAttachment.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getAttachment.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getAttachment.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
                    )
        if "part" in data_keys:
            data_keys.remove("part")
            data__part = data["part"]
            if not isinstance(data__part, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".part must be string",
                    value=data__part,
                    name="" + (name_prefix or "data") + ".part",
                    definition=("getAttachment.parameters", "properties", "part"),
                    rule="type",
                )
            if isinstance(data__part, str):
                data__part_len = len(data__part)
                if data__part_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".part must be longer than or equal to 1 characters",
                        value=data__part,
                        name="" + (name_prefix or "data") + ".part",
                        definition=("getAttachment.parameters", "properties", "part"),
                        rule="minLength",
                    )
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getAttachment.parameters",),
                rule="additionalProperties",
            )
    return data
