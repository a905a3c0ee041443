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


def validate___definitions_templatequerydata(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateQueryData",),
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
                        definition=("TemplateQueryData", "additionalProperties"),
                        rule="type",
                    )
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
                                definition=("TemplateQueryData", "propertyNames"),
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
                    definition=("TemplateQueryData",),
                    rule="propertyNames",
                )
    return data
