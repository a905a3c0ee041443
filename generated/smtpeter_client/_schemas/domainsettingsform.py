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


def validate___definitions_domainsettingsform(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DomainSettingsForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bounces" in data_keys:
            data_keys.remove("bounces")
            data__bounces = data["bounces"]
            validate___definitions_domainname(
                data__bounces, custom_formats, (name_prefix or "data") + ".bounces"
            )
        if "tracking" in data_keys:
            data_keys.remove("tracking")
            data__tracking = data["tracking"]
            validate___definitions_domainname(
                data__tracking, custom_formats, (name_prefix or "data") + ".tracking"
            )
        if "https" in data_keys:
            data_keys.remove("https")
            data__https = data["https"]
            if not isinstance(data__https, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".https must be boolean",
                    value=data__https,
                    name="" + (name_prefix or "data") + ".https",
                    definition=("DomainSettingsForm", "properties", "https"),
                    rule="type",
                )
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            validate___definitions_dmarcpolicy(
                data__policy, custom_formats, (name_prefix or "data") + ".policy"
            )
        if "percentage" in data_keys:
            data_keys.remove("percentage")
            data__percentage = data["percentage"]
            validate___definitions_percentage(
                data__percentage,
                custom_formats,
                (name_prefix or "data") + ".percentage",
            )
        if "startdate" in data_keys:
            data_keys.remove("startdate")
            data__startdate = data["startdate"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".startdate must be string",
                    value=data__startdate,
                    name="" + (name_prefix or "data") + ".startdate",
                    definition=("DomainSettingsForm", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__startdate, str):
                if not custom_formats["date"](data__startdate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".startdate must be date",
                        value=data__startdate,
                        name="" + (name_prefix or "data") + ".startdate",
                        definition=("DomainSettingsForm", "properties", "startdate"),
                        rule="format",
                    )
        if "enddate" in data_keys:
            data_keys.remove("enddate")
            data__enddate = data["enddate"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".enddate must be string",
                    value=data__enddate,
                    name="" + (name_prefix or "data") + ".enddate",
                    definition=("DomainSettingsForm", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__enddate, str):
                if not custom_formats["date"](data__enddate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".enddate must be date",
                        value=data__enddate,
                        name="" + (name_prefix or "data") + ".enddate",
                        definition=("DomainSettingsForm", "properties", "startdate"),
                        rule="format",
                    )
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            validate___definitions_emailaddress(
                data__address, custom_formats, (name_prefix or "data") + ".address"
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
                definition=("DomainSettingsForm",),
                rule="additionalProperties",
            )
    return data


from .dmarcpolicy import validate___definitions_dmarcpolicy
from .dmarcpolicy import validate___definitions_percentage
from .domainname import validate___definitions_domainname
from .emailaddress import validate___definitions_emailaddress
