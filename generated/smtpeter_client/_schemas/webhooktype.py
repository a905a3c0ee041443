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


def validate___definitions_webhooktype(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookType",),
            rule="type",
        )
    if data not in ["abuse", "bounce", "click", "delivery", "failure", "open"]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['abuse', 'bounce', 'click', 'delivery', 'failure', 'open']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookType",),
            rule="enum",
        )
    return data


def validate___definitions_webhookurl(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookUrl",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS["^https?://"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^https?://",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookUrl",),
                rule="pattern",
            )
        if not custom_formats["uri"](data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be uri",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookUrl",),
                rule="format",
            )
    return data
