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


def validate___definitions_personalizationdata(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("PersonalizationData",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        pass
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if _string_name(data_key):
                        if not REGEX_PATTERNS["^[A-Za-z][A-Za-z0-9_-]*$"].search(
                            data_key
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[A-Za-z][A-Za-z0-9_-]*$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=("PersonalizationData", "propertyNames"),
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
                    definition=("PersonalizationData",),
                    rule="propertyNames",
                )
    return data
