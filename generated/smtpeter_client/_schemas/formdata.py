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


def validate___definitions_formdata(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("FormData",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                try:
                    if not isinstance(data_value, (list, tuple)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must be array",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=("FormData", "additionalProperties", "if"),
                            rule="type",
                        )
                except JsonSchemaValueException:
                    if not isinstance(
                        data_value, (str, int, float, Decimal, int, bool)
                    ) and not (
                        isinstance(data_value, float) and data_value.is_integer()
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must be string or number or integer or boolean",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=(
                                "FormData",
                                "additionalProperties",
                                "then",
                                "items",
                            ),
                            rule="type",
                        )
                else:
                    data_value_is_list = isinstance(data_value, (list, tuple))
                    if data_value_is_list:
                        data_value_len = len(data_value)
                        for data_value_x, data_value_item in enumerate(data_value):
                            if not isinstance(
                                data_value_item, (str, int, float, Decimal, int, bool)
                            ) and not (
                                isinstance(data_value_item, float)
                                and data_value_item.is_integer()
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + f".{data_key}[{data_value_x}]"
                                    + " must be string or number or integer or boolean",
                                    value=data_value_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + f".{data_key}[{data_value_x}]"
                                    + "",
                                    definition=(
                                        "FormData",
                                        "additionalProperties",
                                        "then",
                                        "items",
                                    ),
                                    rule="type",
                                )
    return data
