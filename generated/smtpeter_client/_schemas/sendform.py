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


def validate___definitions_sendform(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendForm",),
            rule="type",
        )
    try:
        try:
            data_any_of_count4 = 0
            if not data_any_of_count4:
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
                                definition=("SendForm", "not", "not", "anyOf", 0),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "mime" in data_keys:
                            data_keys.remove("mime")
                            data__mime = data["mime"]
                    data_any_of_count4 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count4:
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
                                definition=("SendForm", "not", "not", "anyOf", 1),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "template" in data_keys:
                            data_keys.remove("template")
                            data__template = data["template"]
                    data_any_of_count4 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count4:
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
                                definition=("SendForm", "not", "not", "anyOf", 2),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "text" in data_keys:
                            data_keys.remove("text")
                            data__text = data["text"]
                    data_any_of_count4 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count4:
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
                                definition=("SendForm", "not", "not", "anyOf", 3),
                                rule="required",
                            )
                        data_keys = set(data.keys())
                        if "html" in data_keys:
                            data_keys.remove("html")
                            data__html = data["html"]
                    data_any_of_count4 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count4:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " cannot be validated by any definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition=("SendForm", "not", "not"),
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
                definition=("SendForm", "not"),
                rule="not",
            )
    except JsonSchemaValueException:
        pass
    else:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must NOT match a disallowed definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendForm",),
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
            validate___definitions_recipientlist(
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
                    definition=("SendForm", "properties", "subject"),
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
                        definition=("SendForm", "properties", "subject"),
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
                    definition=("SendForm", "properties", "text"),
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
                    definition=("SendForm", "properties", "html"),
                    rule="type",
                )
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            try:
                if not isinstance(data__template, (str)):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".template must be string",
                        value=data__template,
                        name="" + (name_prefix or "data") + ".template",
                        definition=("SendForm", "properties", "template", "if"),
                        rule="type",
                    )
            except JsonSchemaValueException:
                validate___definitions_templateid(
                    data__template,
                    custom_formats,
                    (name_prefix or "data") + ".template",
                )
            else:
                validate___definitions_templatename(
                    data__template,
                    custom_formats,
                    (name_prefix or "data") + ".template",
                )
        if "inlinecss" in data_keys:
            data_keys.remove("inlinecss")
            data__inlinecss = data["inlinecss"]
            if not isinstance(data__inlinecss, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".inlinecss must be boolean",
                    value=data__inlinecss,
                    name="" + (name_prefix or "data") + ".inlinecss",
                    definition=("SendForm", "properties", "inlinecss"),
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
                    definition=("SendForm", "properties", "trackclicks"),
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
                    definition=("SendForm", "properties", "trackopens"),
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
                    definition=("SendForm", "properties", "trackbounces"),
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
                    definition=("SendForm", "properties", "preventscam"),
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
                    definition=("SendForm", "properties", "tags"),
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
                definition=("SendForm",),
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
                    definition=("SendForm", "if"),
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
                            definition=("SendForm", "then", "not"),
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
                    definition=("SendForm", "then"),
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
                definition=("SendForm", "else"),
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
                        definition=("SendForm", "then", "not"),
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
                definition=("SendForm", "then"),
                rule="not",
            )
    return data


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
