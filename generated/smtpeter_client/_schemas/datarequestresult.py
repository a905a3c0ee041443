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


def validate___definitions_datarequestresult(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestResult",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["info", "data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestResult",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "info" in data_keys:
            data_keys.remove("info")
            data__info = data["info"]
            validate___definitions_datarequestinfo(
                data__info, custom_formats, (name_prefix or "data") + ".info"
            )
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            try:
                if not isinstance(data__data, (list, tuple)):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".data must be array",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=("DataRequestResult", "properties", "data", "if"),
                        rule="type",
                    )
            except JsonSchemaValueException:
                validate___definitions_datanotavailable(
                    data__data, custom_formats, (name_prefix or "data") + ".data"
                )
            else:
                validate___definitions_datarequestrows(
                    data__data, custom_formats, (name_prefix or "data") + ".data"
                )
    return data


from .datanotavailable import validate___definitions_datanotavailable
from .datarequestinfo import validate___definitions_datarequestinfo
from .datarequestrows import validate___definitions_datarequestrows
