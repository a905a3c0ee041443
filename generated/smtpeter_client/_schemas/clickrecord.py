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


def validate___definitions_clickrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ClickRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "headers",
                    "ip",
                    "url",
                    "destination",
                    "tags",
                    "recipient",
                    "city",
                    "countryname",
                    "countrycode",
                    "regioncode",
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
                definition=("ClickRecord",),
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
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "headers" in data_keys:
            data_keys.remove("headers")
            data__headers = data["headers"]
            if not isinstance(data__headers, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".headers must be string",
                    value=data__headers,
                    name="" + (name_prefix or "data") + ".headers",
                    definition=("ClickRecord", "properties", "headers"),
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
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "destination" in data_keys:
            data_keys.remove("destination")
            data__destination = data["destination"]
            if not isinstance(data__destination, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".destination must be string",
                    value=data__destination,
                    name="" + (name_prefix or "data") + ".destination",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "city" in data_keys:
            data_keys.remove("city")
            data__city = data["city"]
            if not isinstance(data__city, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".city must be string",
                    value=data__city,
                    name="" + (name_prefix or "data") + ".city",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "countryname" in data_keys:
            data_keys.remove("countryname")
            data__countryname = data["countryname"]
            if not isinstance(data__countryname, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countryname must be string",
                    value=data__countryname,
                    name="" + (name_prefix or "data") + ".countryname",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "countrycode" in data_keys:
            data_keys.remove("countrycode")
            data__countrycode = data["countrycode"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countrycode must be string",
                    value=data__countrycode,
                    name="" + (name_prefix or "data") + ".countrycode",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "regioncode" in data_keys:
            data_keys.remove("regioncode")
            data__regioncode = data["regioncode"]
            if not isinstance(data__regioncode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".regioncode must be string",
                    value=data__regioncode,
                    name="" + (name_prefix or "data") + ".regioncode",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
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
                definition=("ClickRecord",),
                rule="additionalProperties",
            )
    return data


from .logtags import validate___definitions_logtags
from .logtemplateid import validate___definitions_logtemplateid
from .logtime import validate___definitions_logtime
