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


def validate___definitions_spfsettingsform(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SpfSettingsForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SpfSettingsForm", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    validate___definitions_spfmechanismaddress(
                        data__ips_item,
                        custom_formats,
                        (name_prefix or "data") + f".ips[{data__ips_x}]",
                    )
        if "includes" in data_keys:
            data_keys.remove("includes")
            data__includes = data["includes"]
            if not isinstance(data__includes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".includes must be array",
                    value=data__includes,
                    name="" + (name_prefix or "data") + ".includes",
                    definition=("SpfSettingsForm", "properties", "includes"),
                    rule="type",
                )
            data__includes_is_list = isinstance(data__includes, (list, tuple))
            if data__includes_is_list:
                data__includes_len = len(data__includes)
                for data__includes_x, data__includes_item in enumerate(data__includes):
                    validate___definitions_domainname(
                        data__includes_item,
                        custom_formats,
                        (name_prefix or "data") + f".includes[{data__includes_x}]",
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
                definition=("SpfSettingsForm",),
                rule="additionalProperties",
            )
    return data


from .domainname import validate___definitions_domainname
from .spfmechanismaddress import validate___definitions_spfmechanismaddress
