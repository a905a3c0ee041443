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


def validate___definitions_returnedmailrecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ReturnedMailRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(["id", "time", "envelope", "recipient", "mime", "tags", "templateid"])
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
                definition=("ReturnedMailRecord",),
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
                    definition=("ReturnedMailRecord", "properties", "id"),
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
                    definition=("ReturnedMailRecord", "properties", "id"),
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
                    definition=("ReturnedMailRecord", "properties", "id"),
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
                    definition=("ReturnedMailRecord", "properties", "mime"),
                    rule="type",
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
                definition=("ReturnedMailRecord",),
                rule="additionalProperties",
            )
    return data


from .logtags import validate___definitions_logtags
from .logtemplateid import validate___definitions_logtemplateid
from .logtime import validate___definitions_logtime
