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


def validate___definitions_dataattachment(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataAttachment",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataAttachment",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            if not isinstance(data__data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".data must be string",
                    value=data__data,
                    name="" + (name_prefix or "data") + ".data",
                    definition=("DataAttachment", "properties", "data"),
                    rule="type",
                )
            if isinstance(data__data, str):
                if not REGEX_PATTERNS[
                    "^(?:(?:[\\r\\n]*[A-Za-z0-9+/]){4})*(?:[\\r\\n]*[A-Za-z0-9+/][\\r\\n]*[A-Za-z0-9+/][\\r\\n]*(?:[A-Za-z0-9+/][\\r\\n]*=|=[\\r\\n]*=))?[\\r\\n]*$"
                ].search(data__data):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".data must match pattern ^(?:(?:[\\r\\n]*[A-Za-z0-9+/]){4})*(?:[\\r\\n]*[A-Za-z0-9+/][\\r\\n]*[A-Za-z0-9+/][\\r\\n]*(?:[A-Za-z0-9+/][\\r\\n]*=|=[\\r\\n]*=))?[\\r\\n]*$",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=("DataAttachment", "properties", "data"),
                        rule="pattern",
                    )
                try:
                    import base64

                    data__data = base64.b64decode(data__data)
                except Exception:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".data must be encoded by base64",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=("DataAttachment", "properties", "data"),
                        rule=None,
                    )
                if data__data == "":
                    raise JsonSchemaValueException(
                        "contentEncoding must be base64",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=("DataAttachment", "properties", "data"),
                        rule=None,
                    )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_attachmentname(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate___definitions_mediatype(
                data__type, custom_formats, (name_prefix or "data") + ".type"
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
                definition=("DataAttachment",),
                rule="additionalProperties",
            )
    return data


from .attachmentname import validate___definitions_attachmentname
from .mediatype import validate___definitions_mediatype
