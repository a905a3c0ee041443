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


from .addresses import validate___definitions_addresses
from .attachment import validate___definitions_attachment
from .dsn import validate___definitions_dsn
from .emailaddress import validate___definitions_emailaddress
from .extraheaders import validate___definitions_extraheaders
from .headeraddresses import validate___definitions_headeraddresses
from .images import validate___definitions_images
from .maxdelivertime import validate___definitions_maxdelivertime
from .mimemessage import validate___definitions_mimemessage
from .patchoperation import validate___definitions_patchoperation
from .personalizationdata import validate___definitions_personalizationdata
from .recipients import validate___definitions_recipients
from .tag import validate___definitions_tag
from .template import validate___definitions_template
from .unsubscribe import validate___definitions_unsubscribe
