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


def validate___definitions_failureevent(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("FailureEvent",),
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
                definition=("FailureEvent",),
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
                    definition=("FailureEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "failure":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: failure",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("FailureEvent", "properties", "type"),
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
                    definition=("FailureEvent", "properties", "recipient"),
                    rule="type",
                )
        if "action" in data_keys:
            data_keys.remove("action")
            data__action = data["action"]
            if not isinstance(data__action, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".action must be string",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition=("FailureEvent", "properties", "action"),
                    rule="type",
                )
            if data__action not in ["failure", "failed"]:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".action must be one of ['failure', 'failed']",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition=("FailureEvent", "properties", "action"),
                    rule="enum",
                )
        if "state" in data_keys:
            data_keys.remove("state")
            data__state = data["state"]
            if not isinstance(data__state, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".state must be string",
                    value=data__state,
                    name="" + (name_prefix or "data") + ".state",
                    definition=("FailureEvent", "properties", "state"),
                    rule="type",
                )
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if (
                not isinstance(data__code, (int))
                and not (isinstance(data__code, float) and data__code.is_integer())
                or isinstance(data__code, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition=("FailureEvent", "properties", "code"),
                    rule="type",
                )
            if isinstance(data__code, (int, float, Decimal)):
                if data__code < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".code must be bigger than or equal to 0",
                        value=data__code,
                        name="" + (name_prefix or "data") + ".code",
                        definition=("FailureEvent", "properties", "code"),
                        rule="minimum",
                    )
        if "extended" in data_keys:
            data_keys.remove("extended")
            data__extended = data["extended"]
            if not isinstance(data__extended, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".extended must be string",
                    value=data__extended,
                    name="" + (name_prefix or "data") + ".extended",
                    definition=("FailureEvent", "properties", "extended"),
                    rule="type",
                )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".description must be string",
                    value=data__description,
                    name="" + (name_prefix or "data") + ".description",
                    definition=("FailureEvent", "properties", "description"),
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
