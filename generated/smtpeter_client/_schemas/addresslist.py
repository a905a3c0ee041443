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


def validate___definitions_addresslist(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AddressList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_headeraddresses(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


_install_fast_paths(
    globals(),
    {
        "validate___definitions_addresslist": _FAST_PATHS[
            "validate___definitions_addresslist"
        ]
    },
    _FORMATS,
    _SHAPES,
    _PATTERN_SOURCES,
)

from .headeraddresses import validate___definitions_headeraddresses
