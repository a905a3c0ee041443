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


def validate___definitions_addresses(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be string",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Addresses", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        validate___definitions_addresslist(
            data, custom_formats, (name_prefix or "data") + ""
        )
    else:
        validate___definitions_headeraddresses(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


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


def validate___definitions_headeraddresses(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("HeaderAddresses",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("HeaderAddresses",),
                rule="pattern",
            )
    return data


def validate___definitions_images(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Images",),
            rule="type",
        )
    if data not in ["hosted", "default"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['hosted', 'default']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Images",),
            rule="enum",
        )
    return data


def validate___definitions_maxdelivertime(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MaxDeliverTime",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MaxDeliverTime",),
                rule="pattern",
            )
    return data


def validate___definitions_mimemessage(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MimeMessage",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MimeMessage",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["\\S"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern \\S",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MimeMessage",),
                rule="pattern",
            )
    return data


def validate___definitions_recipientlist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("RecipientList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain at least 1 items",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("RecipientList",),
                rule="minItems",
            )
        for data_x, data_item in enumerate(data):
            validate___definitions_emailaddress(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_tag(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Tag",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Tag",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["^[^\\s;]+$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[^\\s;]+$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Tag",),
                rule="pattern",
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


_install_fast_paths(
    globals(),
    {
        "validate___definitions_recipientlist": _FAST_PATHS[
            "validate___definitions_recipientlist"
        ]
    },
    _FORMATS,
    _SHAPES,
    _PATTERN_SOURCES,
)

from .emailaddress import validate___definitions_emailaddress
