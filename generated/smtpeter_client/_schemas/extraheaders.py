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


def validate___definitions_extraheaders(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ExtraHeaders",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + f".{data_key}"
                        + " must be string",
                        value=data_value,
                        name="" + (name_prefix or "data") + f".{data_key}" + "",
                        definition=("ExtraHeaders", "additionalProperties"),
                        rule="type",
                    )
                if isinstance(data_value, str):
                    if not REGEX_PATTERNS[
                        "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
                    ].search(data_value):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=("ExtraHeaders", "additionalProperties"),
                            rule="pattern",
                        )
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if _string_name(data_key):
                        if not REGEX_PATTERNS["^[Xx]-[!-9;-~]+$"].search(data_key):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[Xx]-[!-9;-~]+$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=("ExtraHeaders", "propertyNames"),
                                rule="pattern",
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
                    definition=("ExtraHeaders",),
                    rule="propertyNames",
                )
    return data
