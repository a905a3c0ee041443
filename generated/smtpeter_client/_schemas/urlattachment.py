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


def validate___definitions_urlattachment(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("UrlAttachment",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("UrlAttachment",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition=("UrlAttachment", "properties", "url"),
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
                        definition=("UrlAttachment", "properties", "url"),
                        rule="pattern",
                    )
                if not custom_formats["uri"](data__url):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".url must be uri",
                        value=data__url,
                        name="" + (name_prefix or "data") + ".url",
                        definition=("UrlAttachment", "properties", "url"),
                        rule="format",
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
                definition=("UrlAttachment",),
                rule="additionalProperties",
            )
    return data


from .attachmentname import validate___definitions_attachmentname
from .mediatype import validate___definitions_mediatype
