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


def validate___definitions_messagepart(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MessagePart",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["rank", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MessagePart",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "rank" in data_keys:
            data_keys.remove("rank")
            data__rank = data["rank"]
            if (
                not isinstance(data__rank, (int))
                and not (isinstance(data__rank, float) and data__rank.is_integer())
                or isinstance(data__rank, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".rank must be integer",
                    value=data__rank,
                    name="" + (name_prefix or "data") + ".rank",
                    definition=("MessagePart", "properties", "rank"),
                    rule="type",
                )
            if isinstance(data__rank, (int, float, Decimal)):
                if data__rank < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".rank must be bigger than or equal to 0",
                        value=data__rank,
                        name="" + (name_prefix or "data") + ".rank",
                        definition=("MessagePart", "properties", "rank"),
                        rule="minimum",
                    )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("MessagePart", "properties", "name"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("MessagePart", "properties", "type"),
                    rule="type",
                )
        if "cid" in data_keys:
            data_keys.remove("cid")
            data__cid = data["cid"]
            if not isinstance(data__cid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".cid must be string",
                    value=data__cid,
                    name="" + (name_prefix or "data") + ".cid",
                    definition=("MessagePart", "properties", "cid"),
                    rule="type",
                )
    return data
