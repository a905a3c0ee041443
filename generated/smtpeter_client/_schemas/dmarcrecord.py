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


def validate___definitions_dmarcrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DmarcRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "time",
                    "organizationName",
                    "email",
                    "reportId",
                    "begin",
                    "end",
                    "domain",
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
                definition=("DmarcRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "organizationName" in data_keys:
            data_keys.remove("organizationName")
            data__organizationName = data["organizationName"]
            if not isinstance(data__organizationName, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".organizationName must be string",
                    value=data__organizationName,
                    name="" + (name_prefix or "data") + ".organizationName",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".email must be string",
                    value=data__email,
                    name="" + (name_prefix or "data") + ".email",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "reportId" in data_keys:
            data_keys.remove("reportId")
            data__reportId = data["reportId"]
            if not isinstance(data__reportId, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reportId must be string",
                    value=data__reportId,
                    name="" + (name_prefix or "data") + ".reportId",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "begin" in data_keys:
            data_keys.remove("begin")
            data__begin = data["begin"]
            validate___definitions_logtime(
                data__begin, custom_formats, (name_prefix or "data") + ".begin"
            )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            validate___definitions_logtime(
                data__end, custom_formats, (name_prefix or "data") + ".end"
            )
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            if not isinstance(data__domain, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".domain must be string",
                    value=data__domain,
                    name="" + (name_prefix or "data") + ".domain",
                    definition=("DmarcRecord", "properties", "domain"),
                    rule="type",
                )
        if "sendingDomain" in data_keys:
            data_keys.remove("sendingDomain")
            data__sendingDomain = data["sendingDomain"]
            if not isinstance(data__sendingDomain, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sendingDomain must be string",
                    value=data__sendingDomain,
                    name="" + (name_prefix or "data") + ".sendingDomain",
                    definition=("DmarcRecord", "properties", "sendingDomain"),
                    rule="type",
                )
        if "messages" in data_keys:
            data_keys.remove("messages")
            data__messages = data["messages"]
            if (
                not isinstance(data__messages, (int))
                and not (
                    isinstance(data__messages, float) and data__messages.is_integer()
                )
                or isinstance(data__messages, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".messages must be integer",
                    value=data__messages,
                    name="" + (name_prefix or "data") + ".messages",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__messages, (int, float, Decimal)):
                if data__messages < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".messages must be bigger than or equal to 0",
                        value=data__messages,
                        name="" + (name_prefix or "data") + ".messages",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
                    )
        if "failedSpf" in data_keys:
            data_keys.remove("failedSpf")
            data__failedSpf = data["failedSpf"]
            if (
                not isinstance(data__failedSpf, (int))
                and not (
                    isinstance(data__failedSpf, float) and data__failedSpf.is_integer()
                )
                or isinstance(data__failedSpf, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".failedSpf must be integer",
                    value=data__failedSpf,
                    name="" + (name_prefix or "data") + ".failedSpf",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__failedSpf, (int, float, Decimal)):
                if data__failedSpf < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".failedSpf must be bigger than or equal to 0",
                        value=data__failedSpf,
                        name="" + (name_prefix or "data") + ".failedSpf",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
                    )
        if "failedDkim" in data_keys:
            data_keys.remove("failedDkim")
            data__failedDkim = data["failedDkim"]
            if (
                not isinstance(data__failedDkim, (int))
                and not (
                    isinstance(data__failedDkim, float)
                    and data__failedDkim.is_integer()
                )
                or isinstance(data__failedDkim, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".failedDkim must be integer",
                    value=data__failedDkim,
                    name="" + (name_prefix or "data") + ".failedDkim",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__failedDkim, (int, float, Decimal)):
                if data__failedDkim < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".failedDkim must be bigger than or equal to 0",
                        value=data__failedDkim,
                        name="" + (name_prefix or "data") + ".failedDkim",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
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
                definition=("DmarcRecord",),
                rule="additionalProperties",
            )
    return data


from .logtime import validate___definitions_logtime
