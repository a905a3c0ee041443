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


def validate___definitions_senderdomain(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SenderDomain",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name", "approved"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SenderDomain",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_domainname(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "approved" in data_keys:
            data_keys.remove("approved")
            data__approved = data["approved"]
            if not isinstance(data__approved, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".approved must be boolean",
                    value=data__approved,
                    name="" + (name_prefix or "data") + ".approved",
                    definition=("SenderDomain", "properties", "approved"),
                    rule="type",
                )
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
                    definition=("SenderDomain", "properties", "https"),
                    rule="type",
                )
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SenderDomain", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    if not isinstance(data__ips_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".ips[{data__ips_x}]"
                            + " must be string",
                            value=data__ips_item,
                            name=""
                            + (name_prefix or "data")
                            + f".ips[{data__ips_x}]"
                            + "",
                            definition=("SenderDomain", "properties", "ips", "items"),
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
                    definition=("SenderDomain", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__startdate, str):
                if not custom_formats["date"](data__startdate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".startdate must be date",
                        value=data__startdate,
                        name="" + (name_prefix or "data") + ".startdate",
                        definition=("SenderDomain", "properties", "startdate"),
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
                    definition=("SenderDomain", "properties", "enddate"),
                    rule="type",
                )
            if isinstance(data__enddate, str):
                if not custom_formats["date"](data__enddate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".enddate must be date",
                        value=data__enddate,
                        name="" + (name_prefix or "data") + ".enddate",
                        definition=("SenderDomain", "properties", "enddate"),
                        rule="format",
                    )
        if "addresses" in data_keys:
            data_keys.remove("addresses")
            data__addresses = data["addresses"]
            if not isinstance(data__addresses, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".addresses must be array",
                    value=data__addresses,
                    name="" + (name_prefix or "data") + ".addresses",
                    definition=("SenderDomain", "properties", "addresses"),
                    rule="type",
                )
            data__addresses_is_list = isinstance(data__addresses, (list, tuple))
            if data__addresses_is_list:
                data__addresses_len = len(data__addresses)
                for data__addresses_x, data__addresses_item in enumerate(
                    data__addresses
                ):
                    validate___definitions_emailaddress(
                        data__addresses_item,
                        custom_formats,
                        (name_prefix or "data") + f".addresses[{data__addresses_x}]",
                    )
    return data


from .dmarcpolicy import validate___definitions_dmarcpolicy
from .domainname import validate___definitions_domainname
from .emailaddress import validate___definitions_emailaddress
from .percentage import validate___definitions_percentage
