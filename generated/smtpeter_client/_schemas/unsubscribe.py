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


def validate___definitions_unsubscribe(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Unsubscribe",),
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
                definition=("Unsubscribe",),
                rule="minProperties",
            )
        data_keys = set(data.keys())
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            validate___definitions_emailaddress(
                data__email, custom_formats, (name_prefix or "data") + ".email"
            )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition=("Unsubscribe", "properties", "url"),
                    rule="type",
                )
            if isinstance(data__url, str):
                if not REGEX_PATTERNS["^https?://\\S+$"].search(data__url):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".url must match pattern ^https?://\\S+$",
                        value=data__url,
                        name="" + (name_prefix or "data") + ".url",
                        definition=("Unsubscribe", "properties", "url"),
                        rule="pattern",
                    )
                if not custom_formats["uri"](data__url):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".url must be uri",
                        value=data__url,
                        name="" + (name_prefix or "data") + ".url",
                        definition=("Unsubscribe", "properties", "url"),
                        rule="format",
                    )
        if "oneclick" in data_keys:
            data_keys.remove("oneclick")
            data__oneclick = data["oneclick"]
            if not isinstance(data__oneclick, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".oneclick must be boolean",
                    value=data__oneclick,
                    name="" + (name_prefix or "data") + ".oneclick",
                    definition=("Unsubscribe", "properties", "oneclick"),
                    rule="type",
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
                definition=("Unsubscribe",),
                rule="additionalProperties",
            )
    return data


from .emailaddress import validate___definitions_emailaddress
