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


def validate___definitions_dsn(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Dsn",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "notify" in data_keys:
            data_keys.remove("notify")
            data__notify = data["notify"]
            if not isinstance(data__notify, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".notify must be string",
                    value=data__notify,
                    name="" + (name_prefix or "data") + ".notify",
                    definition=("Dsn", "properties", "notify"),
                    rule="type",
                )
            if isinstance(data__notify, str):
                if not REGEX_PATTERNS[
                    "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$"
                ].search(data__notify):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".notify must match pattern ^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                        value=data__notify,
                        name="" + (name_prefix or "data") + ".notify",
                        definition=("Dsn", "properties", "notify"),
                        rule="pattern",
                    )
        if "ret" in data_keys:
            data_keys.remove("ret")
            data__ret = data["ret"]
            validate___definitions_dsnret(
                data__ret, custom_formats, (name_prefix or "data") + ".ret"
            )
        if "envid" in data_keys:
            data_keys.remove("envid")
            data__envid = data["envid"]
            if not isinstance(data__envid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envid must be string",
                    value=data__envid,
                    name="" + (name_prefix or "data") + ".envid",
                    definition=("Dsn", "properties", "envid"),
                    rule="type",
                )
            if isinstance(data__envid, str):
                if not REGEX_PATTERNS["^[!-~]+$"].search(data__envid):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".envid must match pattern ^[!-~]+$",
                        value=data__envid,
                        name="" + (name_prefix or "data") + ".envid",
                        definition=("Dsn", "properties", "envid"),
                        rule="pattern",
                    )
        if "orcpt" in data_keys:
            data_keys.remove("orcpt")
            data__orcpt = data["orcpt"]
            if not isinstance(data__orcpt, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".orcpt must be string",
                    value=data__orcpt,
                    name="" + (name_prefix or "data") + ".orcpt",
                    definition=("Dsn", "properties", "orcpt"),
                    rule="type",
                )
            if isinstance(data__orcpt, str):
                if not REGEX_PATTERNS["^[!-~]+$"].search(data__orcpt):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".orcpt must match pattern ^[!-~]+$",
                        value=data__orcpt,
                        name="" + (name_prefix or "data") + ".orcpt",
                        definition=("Dsn", "properties", "orcpt"),
                        rule="pattern",
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
                definition=("Dsn",),
                rule="additionalProperties",
            )
    return data


from .dsnret import validate___definitions_dsnret
