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


def validate___definitions_attachment(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count5 = 0
    if data_one_of_count5 < 2:
        try:
            validate___definitions_urlattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count5 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count5 < 2:
        try:
            validate___definitions_dataattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count5 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count5 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count5) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Attachment",),
            rule="oneOf",
        )
    return data


def validate___definitions_attachmentname(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AttachmentName",),
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
                definition=("AttachmentName",),
                rule="minLength",
            )
        if not REGEX_PATTERNS[
            "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("AttachmentName",),
                rule="pattern",
            )
    return data


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


def validate___definitions_dsnret(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DsnRet",),
            rule="type",
        )
    if data not in ["FULL", "HDRS"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['FULL', 'HDRS']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DsnRet",),
            rule="enum",
        )
    return data


def validate___definitions_extraheaders(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ExtraHeaders",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + f".{data_key}"
                        + " must be string",
                        value=data_value,
                        name="" + (name_prefix or "data") + f".{data_key}" + "",
                        definition=("ExtraHeaders", "additionalProperties"),
                        rule="type",
                    )
                if isinstance(data_value, str):
                    if not REGEX_PATTERNS[
                        "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
                    ].search(data_value):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=("ExtraHeaders", "additionalProperties"),
                            rule="pattern",
                        )
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if _string_name(data_key):
                        if not REGEX_PATTERNS["^[Xx]-[!-9;-~]+$"].search(data_key):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[Xx]-[!-9;-~]+$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=("ExtraHeaders", "propertyNames"),
                                rule="pattern",
                            )
                except JsonSchemaValueException:
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must be named by propertyName definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("ExtraHeaders",),
                    rule="propertyNames",
                )
    return data


def validate___definitions_inlinetemplate(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("InlineTemplate",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        pass
    return data


def validate___definitions_mediatype(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MediaType",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MediaType",),
                rule="pattern",
            )
    return data


def validate___definitions_patchop(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("PatchOp",),
            rule="type",
        )
    if data not in ["add", "remove", "replace", "move", "copy", "test"]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['add', 'remove', 'replace', 'move', 'copy', 'test']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("PatchOp",),
            rule="enum",
        )
    return data


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


def validate___definitions_personalizationdata(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("PersonalizationData",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        pass
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if _string_name(data_key):
                        if not REGEX_PATTERNS["^[A-Za-z][A-Za-z0-9_-]*$"].search(
                            data_key
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[A-Za-z][A-Za-z0-9_-]*$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=("PersonalizationData", "propertyNames"),
                                rule="pattern",
                            )
                except JsonSchemaValueException:
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must be named by propertyName definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("PersonalizationData",),
                    rule="propertyNames",
                )
    return data


def validate___definitions_recipientdatamap(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("RecipientDataMap",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain at least 1 properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("RecipientDataMap",),
                rule="minProperties",
            )
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                validate___definitions_personalizationdata(
                    data_value, custom_formats, (name_prefix or "data") + f".{data_key}"
                )
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    validate___definitions_emailaddress(
                        data_key, custom_formats, (name_prefix or "data") + ""
                    )
                except JsonSchemaValueException:
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must be named by propertyName definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("RecipientDataMap",),
                    rule="propertyNames",
                )
    return data


def validate___definitions_recipients(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (list, tuple)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be array",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Recipients", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        validate___definitions_recipientdatamap(
            data, custom_formats, (name_prefix or "data") + ""
        )
    else:
        validate___definitions_recipientlist(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


def validate___definitions_sendrequest(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendRequest",),
            rule="type",
        )
    try:
        try:
            data_any_of_count3 = 0
            if not data_any_of_count3:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(["mime"]) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must contain "
                                + (str(sorted(data__missing_keys)) + " properties"),
                                value=data,
                                name="" + (name_prefix or "data") + "",
                                definition=("SendRequest", "not", "not", "anyOf", 0),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "mime" in data_keys:
                            data_keys.remove("mime")
                            data__mime = data["mime"]
                    data_any_of_count3 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count3:
                try:
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
                                definition=("SendRequest", "not", "not", "anyOf", 1),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "template" in data_keys:
                            data_keys.remove("template")
                            data__template = data["template"]
                    data_any_of_count3 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count3:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(["text"]) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must contain "
                                + (str(sorted(data__missing_keys)) + " properties"),
                                value=data,
                                name="" + (name_prefix or "data") + "",
                                definition=("SendRequest", "not", "not", "anyOf", 2),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "text" in data_keys:
                            data_keys.remove("text")
                            data__text = data["text"]
                    data_any_of_count3 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count3:
                try:
                    data_is_dict = isinstance(data, dict)
                    if data_is_dict:
                        data__missing_keys = set(["html"]) - data.keys()
                        if data__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must contain "
                                + (str(sorted(data__missing_keys)) + " properties"),
                                value=data,
                                name="" + (name_prefix or "data") + "",
                                definition=("SendRequest", "not", "not", "anyOf", 3),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "html" in data_keys:
                            data_keys.remove("html")
                            data__html = data["html"]
                    data_any_of_count3 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count3:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " cannot be validated by any definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("SendRequest", "not", "not"),
                    rule="anyOf",
                )
        except JsonSchemaValueException:
            pass
        else:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must NOT match a disallowed definition",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SendRequest", "not"),
                rule="not",
            )
    except JsonSchemaValueException:
        pass
    else:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must NOT match a disallowed definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendRequest",),
            rule="not",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            validate___definitions_emailaddress(
                data__envelope, custom_formats, (name_prefix or "data") + ".envelope"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            validate___definitions_emailaddress(
                data__recipient, custom_formats, (name_prefix or "data") + ".recipient"
            )
        if "recipients" in data_keys:
            data_keys.remove("recipients")
            data__recipients = data["recipients"]
            validate___definitions_recipients(
                data__recipients,
                custom_formats,
                (name_prefix or "data") + ".recipients",
            )
        if "mime" in data_keys:
            data_keys.remove("mime")
            data__mime = data["mime"]
            validate___definitions_mimemessage(
                data__mime, custom_formats, (name_prefix or "data") + ".mime"
            )
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            validate___definitions_headeraddresses(
                data__from, custom_formats, (name_prefix or "data") + ".from"
            )
        if "to" in data_keys:
            data_keys.remove("to")
            data__to = data["to"]
            validate___definitions_addresses(
                data__to, custom_formats, (name_prefix or "data") + ".to"
            )
        if "cc" in data_keys:
            data_keys.remove("cc")
            data__cc = data["cc"]
            validate___definitions_addresses(
                data__cc, custom_formats, (name_prefix or "data") + ".cc"
            )
        if "replyto" in data_keys:
            data_keys.remove("replyto")
            data__replyto = data["replyto"]
            validate___definitions_addresses(
                data__replyto, custom_formats, (name_prefix or "data") + ".replyto"
            )
        if "subject" in data_keys:
            data_keys.remove("subject")
            data__subject = data["subject"]
            if not isinstance(data__subject, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".subject must be string",
                    value=data__subject,
                    name="" + (name_prefix or "data") + ".subject",
                    definition=("SendRequest", "properties", "subject"),
                    rule="type",
                )
            if isinstance(data__subject, str):
                if not REGEX_PATTERNS[
                    "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
                ].search(data__subject):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".subject must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                        value=data__subject,
                        name="" + (name_prefix or "data") + ".subject",
                        definition=("SendRequest", "properties", "subject"),
                        rule="pattern",
                    )
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".text must be string",
                    value=data__text,
                    name="" + (name_prefix or "data") + ".text",
                    definition=("SendRequest", "properties", "text"),
                    rule="type",
                )
        if "html" in data_keys:
            data_keys.remove("html")
            data__html = data["html"]
            if not isinstance(data__html, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".html must be string",
                    value=data__html,
                    name="" + (name_prefix or "data") + ".html",
                    definition=("SendRequest", "properties", "html"),
                    rule="type",
                )
        if "unsubscribe" in data_keys:
            data_keys.remove("unsubscribe")
            data__unsubscribe = data["unsubscribe"]
            validate___definitions_unsubscribe(
                data__unsubscribe,
                custom_formats,
                (name_prefix or "data") + ".unsubscribe",
            )
        if "extra" in data_keys:
            data_keys.remove("extra")
            data__extra = data["extra"]
            validate___definitions_extraheaders(
                data__extra, custom_formats, (name_prefix or "data") + ".extra"
            )
        if "attachments" in data_keys:
            data_keys.remove("attachments")
            data__attachments = data["attachments"]
            if not isinstance(data__attachments, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attachments must be array",
                    value=data__attachments,
                    name="" + (name_prefix or "data") + ".attachments",
                    definition=("SendRequest", "properties", "attachments"),
                    rule="type",
                )
            data__attachments_is_list = isinstance(data__attachments, (list, tuple))
            if data__attachments_is_list:
                data__attachments_len = len(data__attachments)
                for data__attachments_x, data__attachments_item in enumerate(
                    data__attachments
                ):
                    validate___definitions_attachment(
                        data__attachments_item,
                        custom_formats,
                        (name_prefix or "data")
                        + f".attachments[{data__attachments_x}]",
                    )
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            validate___definitions_template(
                data__template, custom_formats, (name_prefix or "data") + ".template"
            )
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            validate___definitions_personalizationdata(
                data__data, custom_formats, (name_prefix or "data") + ".data"
            )
        if "patch" in data_keys:
            data_keys.remove("patch")
            data__patch = data["patch"]
            if not isinstance(data__patch, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".patch must be array",
                    value=data__patch,
                    name="" + (name_prefix or "data") + ".patch",
                    definition=("SendRequest", "properties", "patch"),
                    rule="type",
                )
            data__patch_is_list = isinstance(data__patch, (list, tuple))
            if data__patch_is_list:
                data__patch_len = len(data__patch)
                for data__patch_x, data__patch_item in enumerate(data__patch):
                    validate___definitions_patchoperation(
                        data__patch_item,
                        custom_formats,
                        (name_prefix or "data") + f".patch[{data__patch_x}]",
                    )
        if "inlinecss" in data_keys:
            data_keys.remove("inlinecss")
            data__inlinecss = data["inlinecss"]
            if not isinstance(data__inlinecss, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".inlinecss must be boolean",
                    value=data__inlinecss,
                    name="" + (name_prefix or "data") + ".inlinecss",
                    definition=("SendRequest", "properties", "inlinecss"),
                    rule="type",
                )
        if "trackclicks" in data_keys:
            data_keys.remove("trackclicks")
            data__trackclicks = data["trackclicks"]
            if not isinstance(data__trackclicks, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".trackclicks must be boolean",
                    value=data__trackclicks,
                    name="" + (name_prefix or "data") + ".trackclicks",
                    definition=("SendRequest", "properties", "trackclicks"),
                    rule="type",
                )
        if "trackopens" in data_keys:
            data_keys.remove("trackopens")
            data__trackopens = data["trackopens"]
            if not isinstance(data__trackopens, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".trackopens must be boolean",
                    value=data__trackopens,
                    name="" + (name_prefix or "data") + ".trackopens",
                    definition=("SendRequest", "properties", "trackopens"),
                    rule="type",
                )
        if "trackbounces" in data_keys:
            data_keys.remove("trackbounces")
            data__trackbounces = data["trackbounces"]
            if not isinstance(data__trackbounces, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".trackbounces must be boolean",
                    value=data__trackbounces,
                    name="" + (name_prefix or "data") + ".trackbounces",
                    definition=("SendRequest", "properties", "trackbounces"),
                    rule="type",
                )
        if "preventscam" in data_keys:
            data_keys.remove("preventscam")
            data__preventscam = data["preventscam"]
            if not isinstance(data__preventscam, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".preventscam must be boolean",
                    value=data__preventscam,
                    name="" + (name_prefix or "data") + ".preventscam",
                    definition=("SendRequest", "properties", "preventscam"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be array",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=("SendRequest", "properties", "tags"),
                    rule="type",
                )
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                data__tags_len = len(data__tags)
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    validate___definitions_tag(
                        data__tags_item,
                        custom_formats,
                        (name_prefix or "data") + f".tags[{data__tags_x}]",
                    )
        if "maxdelivertime" in data_keys:
            data_keys.remove("maxdelivertime")
            data__maxdelivertime = data["maxdelivertime"]
            validate___definitions_maxdelivertime(
                data__maxdelivertime,
                custom_formats,
                (name_prefix or "data") + ".maxdelivertime",
            )
        if "dsn" in data_keys:
            data_keys.remove("dsn")
            data__dsn = data["dsn"]
            validate___definitions_dsn(
                data__dsn, custom_formats, (name_prefix or "data") + ".dsn"
            )
        if "images" in data_keys:
            data_keys.remove("images")
            data__images = data["images"]
            validate___definitions_images(
                data__images, custom_formats, (name_prefix or "data") + ".images"
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
                definition=("SendRequest",),
                rule="additionalProperties",
            )
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(["recipient"]) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must contain "
                    + (str(sorted(data__missing_keys)) + " properties"),
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("SendRequest", "if"),
                    rule="required",
                )
            data_keys = set(data.keys())
            if "recipient" in data_keys:
                data_keys.remove("recipient")
                data__recipient = data["recipient"]
    except JsonSchemaValueException:
        try:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(["recipients"]) - data.keys()
                    if data__missing_keys:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + " must contain "
                            + (str(sorted(data__missing_keys)) + " properties"),
                            value=data,
                            name="" + (name_prefix or "data") + "",
                            definition=("SendRequest", "then", "not"),
                            rule="required",
                        )
                    data_keys = set(data.keys())
                    if "recipients" in data_keys:
                        data_keys.remove("recipients")
                        data__recipients = data["recipients"]
            except JsonSchemaValueException:
                pass
            else:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must NOT match a disallowed definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("SendRequest", "then"),
                    rule="not",
                )
        except JsonSchemaValueException:
            pass
        else:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must NOT match a disallowed definition",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SendRequest", "else"),
                rule="not",
            )
    else:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["recipients"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition=("SendRequest", "then", "not"),
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "recipients" in data_keys:
                    data_keys.remove("recipients")
                    data__recipients = data["recipients"]
        except JsonSchemaValueException:
            pass
        else:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must NOT match a disallowed definition",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SendRequest", "then"),
                rule="not",
            )
    return data


def validate___definitions_template(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be object",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Template", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("Template", "else", "if"),
                    rule="type",
                )
        except JsonSchemaValueException:
            validate___definitions_templateid(
                data, custom_formats, (name_prefix or "data") + ""
            )
        else:
            validate___definitions_templatename(
                data, custom_formats, (name_prefix or "data") + ""
            )
    else:
        validate___definitions_inlinetemplate(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


def validate___definitions_unsubscribe(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Unsubscribe",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain at least 1 properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Unsubscribe",),
                rule="minProperties",
            )
        data_keys = set(data.keys())
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            validate___definitions_emailaddress(
                data__email, custom_formats, (name_prefix or "data") + ".email"
            )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition=("Unsubscribe", "properties", "url"),
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
                        definition=("Unsubscribe", "properties", "url"),
                        rule="pattern",
                    )
                if not custom_formats["uri"](data__url):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".url must be uri",
                        value=data__url,
                        name="" + (name_prefix or "data") + ".url",
                        definition=("Unsubscribe", "properties", "url"),
                        rule="format",
                    )
        if "oneclick" in data_keys:
            data_keys.remove("oneclick")
            data__oneclick = data["oneclick"]
            if not isinstance(data__oneclick, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".oneclick must be boolean",
                    value=data__oneclick,
                    name="" + (name_prefix or "data") + ".oneclick",
                    definition=("Unsubscribe", "properties", "oneclick"),
                    rule="type",
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
                definition=("Unsubscribe",),
                rule="additionalProperties",
            )
    return data


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


_install_fast_paths(
    globals(),
    {
        "validate___definitions_recipientdatamap": _FAST_PATHS[
            "validate___definitions_recipientdatamap"
        ]
    },
    _FORMATS,
    _SHAPES,
    _PATTERN_SOURCES,
)

from .addresses import validate___definitions_addresses
from .addresses import validate___definitions_headeraddresses
from .addresses import validate___definitions_images
from .addresses import validate___definitions_maxdelivertime
from .addresses import validate___definitions_mimemessage
from .addresses import validate___definitions_recipientlist
from .addresses import validate___definitions_tag
from .emailaddress import validate___definitions_emailaddress
from .templateid import validate___definitions_templateid
from .templatename import validate___definitions_templatename
