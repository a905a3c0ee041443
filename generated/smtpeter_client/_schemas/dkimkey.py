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


def validate___definitions_dkimkey(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimKey",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["selector", "algorithm", "public"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimKey",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "selector" in data_keys:
            data_keys.remove("selector")
            data__selector = data["selector"]
            validate___definitions_dkimselector(
                data__selector, custom_formats, (name_prefix or "data") + ".selector"
            )
        if "algorithm" in data_keys:
            data_keys.remove("algorithm")
            data__algorithm = data["algorithm"]
            if not isinstance(data__algorithm, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".algorithm must be string",
                    value=data__algorithm,
                    name="" + (name_prefix or "data") + ".algorithm",
                    definition=("DkimKey", "properties", "algorithm"),
                    rule="type",
                )
        if "public" in data_keys:
            data_keys.remove("public")
            data__public = data["public"]
            if not isinstance(data__public, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".public must be string",
                    value=data__public,
                    name="" + (name_prefix or "data") + ".public",
                    definition=("DkimKey", "properties", "public"),
                    rule="type",
                )
    return data


from .dkimselector import validate___definitions_dkimselector
