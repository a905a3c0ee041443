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


def validate___definitions_patchoperation(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("PatchOperation",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["op", "path"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("PatchOperation",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            validate___definitions_patchop(
                data__op, custom_formats, (name_prefix or "data") + ".op"
            )
        if "path" in data_keys:
            data_keys.remove("path")
            data__path = data["path"]
            if not isinstance(data__path, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".path must be string",
                    value=data__path,
                    name="" + (name_prefix or "data") + ".path",
                    definition=("PatchOperation", "properties", "path"),
                    rule="type",
                )
            if isinstance(data__path, str):
                if not REGEX_PATTERNS["^(/[^/]*)*$"].search(data__path):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".path must match pattern ^(/[^/]*)*$",
                        value=data__path,
                        name="" + (name_prefix or "data") + ".path",
                        definition=("PatchOperation", "properties", "path"),
                        rule="pattern",
                    )
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".from must be string",
                    value=data__from,
                    name="" + (name_prefix or "data") + ".from",
                    definition=("PatchOperation", "properties", "from"),
                    rule="type",
                )
            if isinstance(data__from, str):
                if not REGEX_PATTERNS["^(/[^/]*)*$"].search(data__from):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".from must match pattern ^(/[^/]*)*$",
                        value=data__from,
                        name="" + (name_prefix or "data") + ".from",
                        definition=("PatchOperation", "properties", "from"),
                        rule="pattern",
                    )
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("PatchOperation",),
                rule="additionalProperties",
            )
    return data


from .patchop import validate___definitions_patchop
