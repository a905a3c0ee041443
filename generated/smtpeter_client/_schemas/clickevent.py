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


def validate___definitions_clickevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ClickEvent",),
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
                definition=("ClickEvent",),
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
                    definition=("ClickEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "click":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: click",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("ClickEvent", "properties", "type"),
                    rule="const",
                )
        if "timestamp" in data_keys:
            data_keys.remove("timestamp")
            data__timestamp = data["timestamp"]
            validate___definitions_webhooktimestamp(
                data__timestamp, custom_formats, (name_prefix or "data") + ".timestamp"
            )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("ClickEvent", "properties", "recipient"),
                    rule="type",
                )
        if "ip" in data_keys:
            data_keys.remove("ip")
            data__ip = data["ip"]
            if not isinstance(data__ip, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ip must be string",
                    value=data__ip,
                    name="" + (name_prefix or "data") + ".ip",
                    definition=("ClickEvent", "properties", "ip"),
                    rule="type",
                )
        if "original" in data_keys:
            data_keys.remove("original")
            data__original = data["original"]
            if not isinstance(data__original, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".original must be string",
                    value=data__original,
                    name="" + (name_prefix or "data") + ".original",
                    definition=("ClickEvent", "properties", "original"),
                    rule="type",
                )
        if "useragent" in data_keys:
            data_keys.remove("useragent")
            data__useragent = data["useragent"]
            if not isinstance(data__useragent, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".useragent must be string",
                    value=data__useragent,
                    name="" + (name_prefix or "data") + ".useragent",
                    definition=("ClickEvent", "properties", "useragent"),
                    rule="type",
                )
        if "referer" in data_keys:
            data_keys.remove("referer")
            data__referer = data["referer"]
            if not isinstance(data__referer, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".referer must be string",
                    value=data__referer,
                    name="" + (name_prefix or "data") + ".referer",
                    definition=("ClickEvent", "properties", "referer"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


from .webhooktags import validate___definitions_webhooktags
from .webhooktime import validate___definitions_webhooktime
from .webhooktimestamp import validate___definitions_webhooktimestamp
