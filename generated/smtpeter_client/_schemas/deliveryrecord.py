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


def validate___definitions_deliveryrecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DeliveryRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "envelope",
                    "recipient",
                    "from",
                    "to",
                    "attempt",
                    "tags",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DeliveryRecord",),
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
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".from must be string",
                    value=data__from,
                    name="" + (name_prefix or "data") + ".from",
                    definition=("DeliveryRecord", "properties", "from"),
                    rule="type",
                )
        if "to" in data_keys:
            data_keys.remove("to")
            data__to = data["to"]
            if not isinstance(data__to, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".to must be string",
                    value=data__to,
                    name="" + (name_prefix or "data") + ".to",
                    definition=("DeliveryRecord", "properties", "to"),
                    rule="type",
                )
        if "attempt" in data_keys:
            data_keys.remove("attempt")
            data__attempt = data["attempt"]
            if (
                not isinstance(data__attempt, (int))
                and not (
                    isinstance(data__attempt, float) and data__attempt.is_integer()
                )
                or isinstance(data__attempt, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attempt must be integer",
                    value=data__attempt,
                    name="" + (name_prefix or "data") + ".attempt",
                    definition=("DeliveryRecord", "properties", "attempt"),
                    rule="type",
                )
            if isinstance(data__attempt, (int, float, Decimal)):
                if data__attempt < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".attempt must be bigger than or equal to 0",
                        value=data__attempt,
                        name="" + (name_prefix or "data") + ".attempt",
                        definition=("DeliveryRecord", "properties", "attempt"),
                        rule="minimum",
                    )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("DeliveryRecord",),
                rule="additionalProperties",
            )
    return data


from .logtags import validate___definitions_logtags
from .logtemplateid import validate___definitions_logtemplateid
from .logtime import validate___definitions_logtime
