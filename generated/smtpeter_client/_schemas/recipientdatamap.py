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


def validate___definitions_recipientdatamap(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("RecipientDataMap",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain at least 1 properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("RecipientDataMap",),
                rule="minProperties",
            )
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                validate___definitions_personalizationdata(
                    data_value, custom_formats, (name_prefix or "data") + f".{data_key}"
                )
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    validate___definitions_emailaddress(
                        data_key, custom_formats, (name_prefix or "data") + ""
                    )
                except JsonSchemaValueException:
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must be named by propertyName definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("RecipientDataMap",),
                    rule="propertyNames",
                )
    return data


_install_fast_paths(
    globals(),
    {
        "validate___definitions_recipientdatamap": _FAST_PATHS[
            "validate___definitions_recipientdatamap"
        ]
    },
    _FORMATS,
    _SHAPES,
    _PATTERN_SOURCES,
)

from .emailaddress import validate___definitions_emailaddress
from .personalizationdata import validate___definitions_personalizationdata
