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


def validate___definitions_gettemplatemime_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplateMime.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["template"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getTemplateMime.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            validate___definitions_templatekey(
                data__template, custom_formats, (name_prefix or "data") + ".template"
            )
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_templatequerydata(
                data__data, custom_formats, (name_prefix or "data") + ".data"
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
                definition=("getTemplateMime.parameters",),
                rule="additionalProperties",
            )
    return data


from .templatekey import validate___definitions_templatekey
from .templatequerydata import validate___definitions_templatequerydata
