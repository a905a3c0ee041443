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


def validate___definitions_dnsstatus(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DnsStatus",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(["dmarc", "dkim", "spf", "mx", "a", "caa", "validation"]) - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DnsStatus",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "dmarc" in data_keys:
            data_keys.remove("dmarc")
            data__dmarc = data["dmarc"]
            validate___definitions_dnscheck(
                data__dmarc, custom_formats, (name_prefix or "data") + ".dmarc"
            )
        if "dkim" in data_keys:
            data_keys.remove("dkim")
            data__dkim = data["dkim"]
            validate___definitions_dnscheck(
                data__dkim, custom_formats, (name_prefix or "data") + ".dkim"
            )
        if "spf" in data_keys:
            data_keys.remove("spf")
            data__spf = data["spf"]
            validate___definitions_dnscheck(
                data__spf, custom_formats, (name_prefix or "data") + ".spf"
            )
        if "mx" in data_keys:
            data_keys.remove("mx")
            data__mx = data["mx"]
            validate___definitions_dnscheck(
                data__mx, custom_formats, (name_prefix or "data") + ".mx"
            )
        if "a" in data_keys:
            data_keys.remove("a")
            data__a = data["a"]
            validate___definitions_dnscheck(
                data__a, custom_formats, (name_prefix or "data") + ".a"
            )
        if "caa" in data_keys:
            data_keys.remove("caa")
            data__caa = data["caa"]
            validate___definitions_dnscheck(
                data__caa, custom_formats, (name_prefix or "data") + ".caa"
            )
        if "validation" in data_keys:
            data_keys.remove("validation")
            data__validation = data["validation"]
            validate___definitions_dnscheck(
                data__validation,
                custom_formats,
                (name_prefix or "data") + ".validation",
            )
    return data


from .dnscheck import validate___definitions_dnscheck
