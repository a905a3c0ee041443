# mypy: ignore-errors
# ruff: noqa
"""The request schemas of openapi.yaml compiled to Python by fastjsonschema 2.21.2.

Use it through validation.py; it runs on _schema_runtime.py, and its errors point into _schema_document.py.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from decimal import Decimal
import re
from ._formats import FORMATS as _FORMATS
from ._formats import SHAPES as _SHAPES
from ._schema_runtime import JsonSchemaValueException
from ._schema_runtime import compile_patterns as _compile_patterns
from ._schema_runtime import install_fast_paths as _install_fast_paths
from ._schema_runtime import string_name as _string_name


# Every pattern with ECMA-262's meaning, as JSON Schema reads it (tools/ecma_patterns.py).
_PATTERN_SOURCES = {
    "^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$": "^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\Z",
    "\\S": "[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
    "^(/[^/]*)*$": "^(/[^/]*)*\\Z",
    "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?|(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$": "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?|(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)\\Z",
    "^(?:(?:[\\r\\n]*[A-Za-z0-9+/]){4})*(?:[\\r\\n]*[A-Za-z0-9+/][\\r\\n]*[A-Za-z0-9+/][\\r\\n]*(?:[A-Za-z0-9+/][\\r\\n]*=|=[\\r\\n]*=))?[\\r\\n]*$": "^(?:(?:[\\r\\n]*[A-Za-z0-9+/]){4})*(?:[\\r\\n]*[A-Za-z0-9+/][\\r\\n]*[A-Za-z0-9+/][\\r\\n]*(?:[A-Za-z0-9+/][\\r\\n]*=|=[\\r\\n]*=))?[\\r\\n]*\\Z",
    "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*\\Z",
    "^([A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$": "^([A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\Z",
    "^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$": "^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log\\Z",
    "^(https?://\\S+|[^\\s@]+@[^\\s@]+)$": "^(https?://[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+|[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff@]+@[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff@]+)\\Z",
    "^[!-~]+$": "^[!-~]+\\Z",
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\Z",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\Z",
    "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$": "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\Z",
    "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*\\Z",
    "^[A-Za-z][A-Za-z0-9_-]*$": "^[A-Za-z][A-Za-z0-9_-]*\\Z",
    "^[Xx]-[!-9;-~]+$": "^[Xx]-[!-9;-~]+\\Z",
    "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$": "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*\\Z",
    "^[^\\s;]+$": "^[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff;]+\\Z",
    "^[^\\s;]+(;[^\\s;]+)*$": "^[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff;]+(;[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff;]+)*\\Z",
    "^https?://": "^https?://",
    "^https?://\\S+$": "^https?://[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+\\Z",
}
# Patterns of property names, which repeat: their answers are remembered.
_NAME_PATTERNS = ["^[A-Za-z][A-Za-z0-9_-]*$", "^[Xx]-[!-9;-~]+$"]
REGEX_PATTERNS = _compile_patterns(_PATTERN_SOURCES, _NAME_PATTERNS)

NoneType = type(None)


def validate(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=None,
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "FormData" in data_keys:
            data_keys.remove("FormData")
            data__FormData = data["FormData"]
            validate___definitions_formdata(
                data__FormData, custom_formats, (name_prefix or "data") + ".FormData"
            )
        if "ErrorText" in data_keys:
            data_keys.remove("ErrorText")
            data__ErrorText = data["ErrorText"]
            validate___definitions_errortext(
                data__ErrorText, custom_formats, (name_prefix or "data") + ".ErrorText"
            )
        if "EmailAddress" in data_keys:
            data_keys.remove("EmailAddress")
            data__EmailAddress = data["EmailAddress"]
            validate___definitions_emailaddress(
                data__EmailAddress,
                custom_formats,
                (name_prefix or "data") + ".EmailAddress",
            )
        if "HeaderAddresses" in data_keys:
            data_keys.remove("HeaderAddresses")
            data__HeaderAddresses = data["HeaderAddresses"]
            validate___definitions_headeraddresses(
                data__HeaderAddresses,
                custom_formats,
                (name_prefix or "data") + ".HeaderAddresses",
            )
        if "AddressList" in data_keys:
            data_keys.remove("AddressList")
            data__AddressList = data["AddressList"]
            validate___definitions_addresslist(
                data__AddressList,
                custom_formats,
                (name_prefix or "data") + ".AddressList",
            )
        if "Addresses" in data_keys:
            data_keys.remove("Addresses")
            data__Addresses = data["Addresses"]
            validate___definitions_addresses(
                data__Addresses, custom_formats, (name_prefix or "data") + ".Addresses"
            )
        if "RecipientList" in data_keys:
            data_keys.remove("RecipientList")
            data__RecipientList = data["RecipientList"]
            validate___definitions_recipientlist(
                data__RecipientList,
                custom_formats,
                (name_prefix or "data") + ".RecipientList",
            )
        if "PersonalizationData" in data_keys:
            data_keys.remove("PersonalizationData")
            data__PersonalizationData = data["PersonalizationData"]
            validate___definitions_personalizationdata(
                data__PersonalizationData,
                custom_formats,
                (name_prefix or "data") + ".PersonalizationData",
            )
        if "RecipientDataMap" in data_keys:
            data_keys.remove("RecipientDataMap")
            data__RecipientDataMap = data["RecipientDataMap"]
            validate___definitions_recipientdatamap(
                data__RecipientDataMap,
                custom_formats,
                (name_prefix or "data") + ".RecipientDataMap",
            )
        if "Recipients" in data_keys:
            data_keys.remove("Recipients")
            data__Recipients = data["Recipients"]
            validate___definitions_recipients(
                data__Recipients,
                custom_formats,
                (name_prefix or "data") + ".Recipients",
            )
        if "Unsubscribe" in data_keys:
            data_keys.remove("Unsubscribe")
            data__Unsubscribe = data["Unsubscribe"]
            validate___definitions_unsubscribe(
                data__Unsubscribe,
                custom_formats,
                (name_prefix or "data") + ".Unsubscribe",
            )
        if "ExtraHeaders" in data_keys:
            data_keys.remove("ExtraHeaders")
            data__ExtraHeaders = data["ExtraHeaders"]
            validate___definitions_extraheaders(
                data__ExtraHeaders,
                custom_formats,
                (name_prefix or "data") + ".ExtraHeaders",
            )
        if "UrlAttachment" in data_keys:
            data_keys.remove("UrlAttachment")
            data__UrlAttachment = data["UrlAttachment"]
            validate___definitions_urlattachment(
                data__UrlAttachment,
                custom_formats,
                (name_prefix or "data") + ".UrlAttachment",
            )
        if "DataAttachment" in data_keys:
            data_keys.remove("DataAttachment")
            data__DataAttachment = data["DataAttachment"]
            validate___definitions_dataattachment(
                data__DataAttachment,
                custom_formats,
                (name_prefix or "data") + ".DataAttachment",
            )
        if "AttachmentName" in data_keys:
            data_keys.remove("AttachmentName")
            data__AttachmentName = data["AttachmentName"]
            validate___definitions_attachmentname(
                data__AttachmentName,
                custom_formats,
                (name_prefix or "data") + ".AttachmentName",
            )
        if "MediaType" in data_keys:
            data_keys.remove("MediaType")
            data__MediaType = data["MediaType"]
            validate___definitions_mediatype(
                data__MediaType, custom_formats, (name_prefix or "data") + ".MediaType"
            )
        if "Attachment" in data_keys:
            data_keys.remove("Attachment")
            data__Attachment = data["Attachment"]
            validate___definitions_attachment(
                data__Attachment,
                custom_formats,
                (name_prefix or "data") + ".Attachment",
            )
        if "TemplateId" in data_keys:
            data_keys.remove("TemplateId")
            data__TemplateId = data["TemplateId"]
            validate___definitions_templateid(
                data__TemplateId,
                custom_formats,
                (name_prefix or "data") + ".TemplateId",
            )
        if "TemplateName" in data_keys:
            data_keys.remove("TemplateName")
            data__TemplateName = data["TemplateName"]
            validate___definitions_templatename(
                data__TemplateName,
                custom_formats,
                (name_prefix or "data") + ".TemplateName",
            )
        if "InlineTemplate" in data_keys:
            data_keys.remove("InlineTemplate")
            data__InlineTemplate = data["InlineTemplate"]
            validate___definitions_inlinetemplate(
                data__InlineTemplate,
                custom_formats,
                (name_prefix or "data") + ".InlineTemplate",
            )
        if "Template" in data_keys:
            data_keys.remove("Template")
            data__Template = data["Template"]
            validate___definitions_template(
                data__Template, custom_formats, (name_prefix or "data") + ".Template"
            )
        if "PatchOperation" in data_keys:
            data_keys.remove("PatchOperation")
            data__PatchOperation = data["PatchOperation"]
            validate___definitions_patchoperation(
                data__PatchOperation,
                custom_formats,
                (name_prefix or "data") + ".PatchOperation",
            )
        if "PatchOp" in data_keys:
            data_keys.remove("PatchOp")
            data__PatchOp = data["PatchOp"]
            validate___definitions_patchop(
                data__PatchOp, custom_formats, (name_prefix or "data") + ".PatchOp"
            )
        if "Tag" in data_keys:
            data_keys.remove("Tag")
            data__Tag = data["Tag"]
            validate___definitions_tag(
                data__Tag, custom_formats, (name_prefix or "data") + ".Tag"
            )
        if "MaxDeliverTime" in data_keys:
            data_keys.remove("MaxDeliverTime")
            data__MaxDeliverTime = data["MaxDeliverTime"]
            validate___definitions_maxdelivertime(
                data__MaxDeliverTime,
                custom_formats,
                (name_prefix or "data") + ".MaxDeliverTime",
            )
        if "Dsn" in data_keys:
            data_keys.remove("Dsn")
            data__Dsn = data["Dsn"]
            validate___definitions_dsn(
                data__Dsn, custom_formats, (name_prefix or "data") + ".Dsn"
            )
        if "DsnRet" in data_keys:
            data_keys.remove("DsnRet")
            data__DsnRet = data["DsnRet"]
            validate___definitions_dsnret(
                data__DsnRet, custom_formats, (name_prefix or "data") + ".DsnRet"
            )
        if "MimeMessage" in data_keys:
            data_keys.remove("MimeMessage")
            data__MimeMessage = data["MimeMessage"]
            validate___definitions_mimemessage(
                data__MimeMessage,
                custom_formats,
                (name_prefix or "data") + ".MimeMessage",
            )
        if "Images" in data_keys:
            data_keys.remove("Images")
            data__Images = data["Images"]
            validate___definitions_images(
                data__Images, custom_formats, (name_prefix or "data") + ".Images"
            )
        if "SendRequest" in data_keys:
            data_keys.remove("SendRequest")
            data__SendRequest = data["SendRequest"]
            validate___definitions_sendrequest(
                data__SendRequest,
                custom_formats,
                (name_prefix or "data") + ".SendRequest",
            )
        if "MessageIdMap" in data_keys:
            data_keys.remove("MessageIdMap")
            data__MessageIdMap = data["MessageIdMap"]
            validate___definitions_messageidmap(
                data__MessageIdMap,
                custom_formats,
                (name_prefix or "data") + ".MessageIdMap",
            )
        if "SendAccepted" in data_keys:
            data_keys.remove("SendAccepted")
            data__SendAccepted = data["SendAccepted"]
            validate___definitions_sendaccepted(
                data__SendAccepted,
                custom_formats,
                (name_prefix or "data") + ".SendAccepted",
            )
        if "SendResponse" in data_keys:
            data_keys.remove("SendResponse")
            data__SendResponse = data["SendResponse"]
            validate___definitions_sendresponse(
                data__SendResponse,
                custom_formats,
                (name_prefix or "data") + ".SendResponse",
            )
        if "ResendRequest" in data_keys:
            data_keys.remove("ResendRequest")
            data__ResendRequest = data["ResendRequest"]
            validate___definitions_resendrequest(
                data__ResendRequest,
                custom_formats,
                (name_prefix or "data") + ".ResendRequest",
            )
        if "MessagePart" in data_keys:
            data_keys.remove("MessagePart")
            data__MessagePart = data["MessagePart"]
            validate___definitions_messagepart(
                data__MessagePart,
                custom_formats,
                (name_prefix or "data") + ".MessagePart",
            )
        if "EventType" in data_keys:
            data_keys.remove("EventType")
            data__EventType = data["EventType"]
            validate___definitions_eventtype(
                data__EventType, custom_formats, (name_prefix or "data") + ".EventType"
            )
        if "Event" in data_keys:
            data_keys.remove("Event")
            data__Event = data["Event"]
            validate___definitions_event(
                data__Event, custom_formats, (name_prefix or "data") + ".Event"
            )
        if "WebhookTime" in data_keys:
            data_keys.remove("WebhookTime")
            data__WebhookTime = data["WebhookTime"]
            validate___definitions_webhooktime(
                data__WebhookTime,
                custom_formats,
                (name_prefix or "data") + ".WebhookTime",
            )
        if "WebhookTimestamp" in data_keys:
            data_keys.remove("WebhookTimestamp")
            data__WebhookTimestamp = data["WebhookTimestamp"]
            validate___definitions_webhooktimestamp(
                data__WebhookTimestamp,
                custom_formats,
                (name_prefix or "data") + ".WebhookTimestamp",
            )
        if "WebhookTags" in data_keys:
            data_keys.remove("WebhookTags")
            data__WebhookTags = data["WebhookTags"]
            validate___definitions_webhooktags(
                data__WebhookTags,
                custom_formats,
                (name_prefix or "data") + ".WebhookTags",
            )
        if "BounceEvent" in data_keys:
            data_keys.remove("BounceEvent")
            data__BounceEvent = data["BounceEvent"]
            validate___definitions_bounceevent(
                data__BounceEvent,
                custom_formats,
                (name_prefix or "data") + ".BounceEvent",
            )
        if "FailureEvent" in data_keys:
            data_keys.remove("FailureEvent")
            data__FailureEvent = data["FailureEvent"]
            validate___definitions_failureevent(
                data__FailureEvent,
                custom_formats,
                (name_prefix or "data") + ".FailureEvent",
            )
        if "DeliveryEvent" in data_keys:
            data_keys.remove("DeliveryEvent")
            data__DeliveryEvent = data["DeliveryEvent"]
            validate___definitions_deliveryevent(
                data__DeliveryEvent,
                custom_formats,
                (name_prefix or "data") + ".DeliveryEvent",
            )
        if "ClickEvent" in data_keys:
            data_keys.remove("ClickEvent")
            data__ClickEvent = data["ClickEvent"]
            validate___definitions_clickevent(
                data__ClickEvent,
                custom_formats,
                (name_prefix or "data") + ".ClickEvent",
            )
        if "OpenEvent" in data_keys:
            data_keys.remove("OpenEvent")
            data__OpenEvent = data["OpenEvent"]
            validate___definitions_openevent(
                data__OpenEvent, custom_formats, (name_prefix or "data") + ".OpenEvent"
            )
        if "AbuseEvent" in data_keys:
            data_keys.remove("AbuseEvent")
            data__AbuseEvent = data["AbuseEvent"]
            validate___definitions_abuseevent(
                data__AbuseEvent,
                custom_formats,
                (name_prefix or "data") + ".AbuseEvent",
            )
        if "TemplateKey" in data_keys:
            data_keys.remove("TemplateKey")
            data__TemplateKey = data["TemplateKey"]
            validate___definitions_templatekey(
                data__TemplateKey,
                custom_formats,
                (name_prefix or "data") + ".TemplateKey",
            )
        if "TemplateQueryData" in data_keys:
            data_keys.remove("TemplateQueryData")
            data__TemplateQueryData = data["TemplateQueryData"]
            validate___definitions_templatequerydata(
                data__TemplateQueryData,
                custom_formats,
                (name_prefix or "data") + ".TemplateQueryData",
            )
        if "TemplateSummary" in data_keys:
            data_keys.remove("TemplateSummary")
            data__TemplateSummary = data["TemplateSummary"]
            validate___definitions_templatesummary(
                data__TemplateSummary,
                custom_formats,
                (name_prefix or "data") + ".TemplateSummary",
            )
        if "TemplateList" in data_keys:
            data_keys.remove("TemplateList")
            data__TemplateList = data["TemplateList"]
            validate___definitions_templatelist(
                data__TemplateList,
                custom_formats,
                (name_prefix or "data") + ".TemplateList",
            )
        if "TemplateDocument" in data_keys:
            data_keys.remove("TemplateDocument")
            data__TemplateDocument = data["TemplateDocument"]
            validate___definitions_templatedocument(
                data__TemplateDocument,
                custom_formats,
                (name_prefix or "data") + ".TemplateDocument",
            )
        if "TemplateCreate" in data_keys:
            data_keys.remove("TemplateCreate")
            data__TemplateCreate = data["TemplateCreate"]
            validate___definitions_templatecreate(
                data__TemplateCreate,
                custom_formats,
                (name_prefix or "data") + ".TemplateCreate",
            )
        if "TemplateUpdate" in data_keys:
            data_keys.remove("TemplateUpdate")
            data__TemplateUpdate = data["TemplateUpdate"]
            validate___definitions_templateupdate(
                data__TemplateUpdate,
                custom_formats,
                (name_prefix or "data") + ".TemplateUpdate",
            )
        if "TemplateCreated" in data_keys:
            data_keys.remove("TemplateCreated")
            data__TemplateCreated = data["TemplateCreated"]
            validate___definitions_templatecreated(
                data__TemplateCreated,
                custom_formats,
                (name_prefix or "data") + ".TemplateCreated",
            )
        if "MimeDocument" in data_keys:
            data_keys.remove("MimeDocument")
            data__MimeDocument = data["MimeDocument"]
            validate___definitions_mimedocument(
                data__MimeDocument,
                custom_formats,
                (name_prefix or "data") + ".MimeDocument",
            )
        if "XmlDocument" in data_keys:
            data_keys.remove("XmlDocument")
            data__XmlDocument = data["XmlDocument"]
            validate___definitions_xmldocument(
                data__XmlDocument,
                custom_formats,
                (name_prefix or "data") + ".XmlDocument",
            )
        if "DomainName" in data_keys:
            data_keys.remove("DomainName")
            data__DomainName = data["DomainName"]
            validate___definitions_domainname(
                data__DomainName,
                custom_formats,
                (name_prefix or "data") + ".DomainName",
            )
        if "DmarcPolicy" in data_keys:
            data_keys.remove("DmarcPolicy")
            data__DmarcPolicy = data["DmarcPolicy"]
            validate___definitions_dmarcpolicy(
                data__DmarcPolicy,
                custom_formats,
                (name_prefix or "data") + ".DmarcPolicy",
            )
        if "Percentage" in data_keys:
            data_keys.remove("Percentage")
            data__Percentage = data["Percentage"]
            validate___definitions_percentage(
                data__Percentage,
                custom_formats,
                (name_prefix or "data") + ".Percentage",
            )
        if "SenderDomain" in data_keys:
            data_keys.remove("SenderDomain")
            data__SenderDomain = data["SenderDomain"]
            validate___definitions_senderdomain(
                data__SenderDomain,
                custom_formats,
                (name_prefix or "data") + ".SenderDomain",
            )
        if "SenderDomainList" in data_keys:
            data_keys.remove("SenderDomainList")
            data__SenderDomainList = data["SenderDomainList"]
            validate___definitions_senderdomainlist(
                data__SenderDomainList,
                custom_formats,
                (name_prefix or "data") + ".SenderDomainList",
            )
        if "DomainSettings" in data_keys:
            data_keys.remove("DomainSettings")
            data__DomainSettings = data["DomainSettings"]
            validate___definitions_domainsettings(
                data__DomainSettings,
                custom_formats,
                (name_prefix or "data") + ".DomainSettings",
            )
        if "DnsRecord" in data_keys:
            data_keys.remove("DnsRecord")
            data__DnsRecord = data["DnsRecord"]
            validate___definitions_dnsrecord(
                data__DnsRecord, custom_formats, (name_prefix or "data") + ".DnsRecord"
            )
        if "DnsRecordList" in data_keys:
            data_keys.remove("DnsRecordList")
            data__DnsRecordList = data["DnsRecordList"]
            validate___definitions_dnsrecordlist(
                data__DnsRecordList,
                custom_formats,
                (name_prefix or "data") + ".DnsRecordList",
            )
        if "DnsCheck" in data_keys:
            data_keys.remove("DnsCheck")
            data__DnsCheck = data["DnsCheck"]
            validate___definitions_dnscheck(
                data__DnsCheck, custom_formats, (name_prefix or "data") + ".DnsCheck"
            )
        if "DnsStatus" in data_keys:
            data_keys.remove("DnsStatus")
            data__DnsStatus = data["DnsStatus"]
            validate___definitions_dnsstatus(
                data__DnsStatus, custom_formats, (name_prefix or "data") + ".DnsStatus"
            )
        if "DkimSelector" in data_keys:
            data_keys.remove("DkimSelector")
            data__DkimSelector = data["DkimSelector"]
            validate___definitions_dkimselector(
                data__DkimSelector,
                custom_formats,
                (name_prefix or "data") + ".DkimSelector",
            )
        if "DkimKey" in data_keys:
            data_keys.remove("DkimKey")
            data__DkimKey = data["DkimKey"]
            validate___definitions_dkimkey(
                data__DkimKey, custom_formats, (name_prefix or "data") + ".DkimKey"
            )
        if "DkimKeyList" in data_keys:
            data_keys.remove("DkimKeyList")
            data__DkimKeyList = data["DkimKeyList"]
            validate___definitions_dkimkeylist(
                data__DkimKeyList,
                custom_formats,
                (name_prefix or "data") + ".DkimKeyList",
            )
        if "DkimKeyRequest" in data_keys:
            data_keys.remove("DkimKeyRequest")
            data__DkimKeyRequest = data["DkimKeyRequest"]
            validate___definitions_dkimkeyrequest(
                data__DkimKeyRequest,
                custom_formats,
                (name_prefix or "data") + ".DkimKeyRequest",
            )
        if "SpfMechanismAddress" in data_keys:
            data_keys.remove("SpfMechanismAddress")
            data__SpfMechanismAddress = data["SpfMechanismAddress"]
            validate___definitions_spfmechanismaddress(
                data__SpfMechanismAddress,
                custom_formats,
                (name_prefix or "data") + ".SpfMechanismAddress",
            )
        if "SpfSettings" in data_keys:
            data_keys.remove("SpfSettings")
            data__SpfSettings = data["SpfSettings"]
            validate___definitions_spfsettings(
                data__SpfSettings,
                custom_formats,
                (name_prefix or "data") + ".SpfSettings",
            )
        if "SpfRecord" in data_keys:
            data_keys.remove("SpfRecord")
            data__SpfRecord = data["SpfRecord"]
            validate___definitions_spfrecord(
                data__SpfRecord, custom_formats, (name_prefix or "data") + ".SpfRecord"
            )
        if "DateList" in data_keys:
            data_keys.remove("DateList")
            data__DateList = data["DateList"]
            validate___definitions_datelist(
                data__DateList, custom_formats, (name_prefix or "data") + ".DateList"
            )
        if "LogPrefix" in data_keys:
            data_keys.remove("LogPrefix")
            data__LogPrefix = data["LogPrefix"]
            validate___definitions_logprefix(
                data__LogPrefix, custom_formats, (name_prefix or "data") + ".LogPrefix"
            )
        if "LogFileName" in data_keys:
            data_keys.remove("LogFileName")
            data__LogFileName = data["LogFileName"]
            validate___definitions_logfilename(
                data__LogFileName,
                custom_formats,
                (name_prefix or "data") + ".LogFileName",
            )
        if "LogFileNameList" in data_keys:
            data_keys.remove("LogFileNameList")
            data__LogFileNameList = data["LogFileNameList"]
            validate___definitions_logfilenamelist(
                data__LogFileNameList,
                custom_formats,
                (name_prefix or "data") + ".LogFileNameList",
            )
        if "LogTime" in data_keys:
            data_keys.remove("LogTime")
            data__LogTime = data["LogTime"]
            validate___definitions_logtime(
                data__LogTime, custom_formats, (name_prefix or "data") + ".LogTime"
            )
        if "LogTemplateId" in data_keys:
            data_keys.remove("LogTemplateId")
            data__LogTemplateId = data["LogTemplateId"]
            validate___definitions_logtemplateid(
                data__LogTemplateId,
                custom_formats,
                (name_prefix or "data") + ".LogTemplateId",
            )
        if "LogTags" in data_keys:
            data_keys.remove("LogTags")
            data__LogTags = data["LogTags"]
            validate___definitions_logtags(
                data__LogTags, custom_formats, (name_prefix or "data") + ".LogTags"
            )
        if "FailureRecord" in data_keys:
            data_keys.remove("FailureRecord")
            data__FailureRecord = data["FailureRecord"]
            validate___definitions_failurerecord(
                data__FailureRecord,
                custom_formats,
                (name_prefix or "data") + ".FailureRecord",
            )
        if "DeliveryRecord" in data_keys:
            data_keys.remove("DeliveryRecord")
            data__DeliveryRecord = data["DeliveryRecord"]
            validate___definitions_deliveryrecord(
                data__DeliveryRecord,
                custom_formats,
                (name_prefix or "data") + ".DeliveryRecord",
            )
        if "ClickRecord" in data_keys:
            data_keys.remove("ClickRecord")
            data__ClickRecord = data["ClickRecord"]
            validate___definitions_clickrecord(
                data__ClickRecord,
                custom_formats,
                (name_prefix or "data") + ".ClickRecord",
            )
        if "OpenRecord" in data_keys:
            data_keys.remove("OpenRecord")
            data__OpenRecord = data["OpenRecord"]
            validate___definitions_openrecord(
                data__OpenRecord,
                custom_formats,
                (name_prefix or "data") + ".OpenRecord",
            )
        if "AttemptRecord" in data_keys:
            data_keys.remove("AttemptRecord")
            data__AttemptRecord = data["AttemptRecord"]
            validate___definitions_attemptrecord(
                data__AttemptRecord,
                custom_formats,
                (name_prefix or "data") + ".AttemptRecord",
            )
        if "ReturnedMailRecord" in data_keys:
            data_keys.remove("ReturnedMailRecord")
            data__ReturnedMailRecord = data["ReturnedMailRecord"]
            validate___definitions_returnedmailrecord(
                data__ReturnedMailRecord,
                custom_formats,
                (name_prefix or "data") + ".ReturnedMailRecord",
            )
        if "AbuseRecord" in data_keys:
            data_keys.remove("AbuseRecord")
            data__AbuseRecord = data["AbuseRecord"]
            validate___definitions_abuserecord(
                data__AbuseRecord,
                custom_formats,
                (name_prefix or "data") + ".AbuseRecord",
            )
        if "DmarcRecord" in data_keys:
            data_keys.remove("DmarcRecord")
            data__DmarcRecord = data["DmarcRecord"]
            validate___definitions_dmarcrecord(
                data__DmarcRecord,
                custom_formats,
                (name_prefix or "data") + ".DmarcRecord",
            )
        if "LogRecord" in data_keys:
            data_keys.remove("LogRecord")
            data__LogRecord = data["LogRecord"]
            validate___definitions_logrecord(
                data__LogRecord, custom_formats, (name_prefix or "data") + ".LogRecord"
            )
        if "LogRecordList" in data_keys:
            data_keys.remove("LogRecordList")
            data__LogRecordList = data["LogRecordList"]
            validate___definitions_logrecordlist(
                data__LogRecordList,
                custom_formats,
                (name_prefix or "data") + ".LogRecordList",
            )
        if "DataRequest" in data_keys:
            data_keys.remove("DataRequest")
            data__DataRequest = data["DataRequest"]
            validate___definitions_datarequest(
                data__DataRequest,
                custom_formats,
                (name_prefix or "data") + ".DataRequest",
            )
        if "DataRequestMonitor" in data_keys:
            data_keys.remove("DataRequestMonitor")
            data__DataRequestMonitor = data["DataRequestMonitor"]
            validate___definitions_datarequestmonitor(
                data__DataRequestMonitor,
                custom_formats,
                (name_prefix or "data") + ".DataRequestMonitor",
            )
        if "DataRequestCreated" in data_keys:
            data_keys.remove("DataRequestCreated")
            data__DataRequestCreated = data["DataRequestCreated"]
            validate___definitions_datarequestcreated(
                data__DataRequestCreated,
                custom_formats,
                (name_prefix or "data") + ".DataRequestCreated",
            )
        if "DataRequestState" in data_keys:
            data_keys.remove("DataRequestState")
            data__DataRequestState = data["DataRequestState"]
            validate___definitions_datarequeststate(
                data__DataRequestState,
                custom_formats,
                (name_prefix or "data") + ".DataRequestState",
            )
        if "DataRequestStatus" in data_keys:
            data_keys.remove("DataRequestStatus")
            data__DataRequestStatus = data["DataRequestStatus"]
            validate___definitions_datarequeststatus(
                data__DataRequestStatus,
                custom_formats,
                (name_prefix or "data") + ".DataRequestStatus",
            )
        if "DataRequestInfo" in data_keys:
            data_keys.remove("DataRequestInfo")
            data__DataRequestInfo = data["DataRequestInfo"]
            validate___definitions_datarequestinfo(
                data__DataRequestInfo,
                custom_formats,
                (name_prefix or "data") + ".DataRequestInfo",
            )
        if "DataRequestRows" in data_keys:
            data_keys.remove("DataRequestRows")
            data__DataRequestRows = data["DataRequestRows"]
            validate___definitions_datarequestrows(
                data__DataRequestRows,
                custom_formats,
                (name_prefix or "data") + ".DataRequestRows",
            )
        if "DataNotAvailable" in data_keys:
            data_keys.remove("DataNotAvailable")
            data__DataNotAvailable = data["DataNotAvailable"]
            validate___definitions_datanotavailable(
                data__DataNotAvailable,
                custom_formats,
                (name_prefix or "data") + ".DataNotAvailable",
            )
        if "DataRequestResult" in data_keys:
            data_keys.remove("DataRequestResult")
            data__DataRequestResult = data["DataRequestResult"]
            validate___definitions_datarequestresult(
                data__DataRequestResult,
                custom_formats,
                (name_prefix or "data") + ".DataRequestResult",
            )
        if "WebhookType" in data_keys:
            data_keys.remove("WebhookType")
            data__WebhookType = data["WebhookType"]
            validate___definitions_webhooktype(
                data__WebhookType,
                custom_formats,
                (name_prefix or "data") + ".WebhookType",
            )
        if "WebhookUrl" in data_keys:
            data_keys.remove("WebhookUrl")
            data__WebhookUrl = data["WebhookUrl"]
            validate___definitions_webhookurl(
                data__WebhookUrl,
                custom_formats,
                (name_prefix or "data") + ".WebhookUrl",
            )
        if "Webhook" in data_keys:
            data_keys.remove("Webhook")
            data__Webhook = data["Webhook"]
            validate___definitions_webhook(
                data__Webhook, custom_formats, (name_prefix or "data") + ".Webhook"
            )
        if "WebhookList" in data_keys:
            data_keys.remove("WebhookList")
            data__WebhookList = data["WebhookList"]
            validate___definitions_webhooklist(
                data__WebhookList,
                custom_formats,
                (name_prefix or "data") + ".WebhookList",
            )
        if "WebhookRequest" in data_keys:
            data_keys.remove("WebhookRequest")
            data__WebhookRequest = data["WebhookRequest"]
            validate___definitions_webhookrequest(
                data__WebhookRequest,
                custom_formats,
                (name_prefix or "data") + ".WebhookRequest",
            )
        if "SendForm" in data_keys:
            data_keys.remove("SendForm")
            data__SendForm = data["SendForm"]
            validate___definitions_sendform(
                data__SendForm, custom_formats, (name_prefix or "data") + ".SendForm"
            )
        if "ResendForm" in data_keys:
            data_keys.remove("ResendForm")
            data__ResendForm = data["ResendForm"]
            validate___definitions_resendform(
                data__ResendForm,
                custom_formats,
                (name_prefix or "data") + ".ResendForm",
            )
        if "DomainSettingsForm" in data_keys:
            data_keys.remove("DomainSettingsForm")
            data__DomainSettingsForm = data["DomainSettingsForm"]
            validate___definitions_domainsettingsform(
                data__DomainSettingsForm,
                custom_formats,
                (name_prefix or "data") + ".DomainSettingsForm",
            )
        if "DkimKeyForm" in data_keys:
            data_keys.remove("DkimKeyForm")
            data__DkimKeyForm = data["DkimKeyForm"]
            validate___definitions_dkimkeyform(
                data__DkimKeyForm,
                custom_formats,
                (name_prefix or "data") + ".DkimKeyForm",
            )
        if "SpfSettingsForm" in data_keys:
            data_keys.remove("SpfSettingsForm")
            data__SpfSettingsForm = data["SpfSettingsForm"]
            validate___definitions_spfsettingsform(
                data__SpfSettingsForm,
                custom_formats,
                (name_prefix or "data") + ".SpfSettingsForm",
            )
        if "DataRequestForm" in data_keys:
            data_keys.remove("DataRequestForm")
            data__DataRequestForm = data["DataRequestForm"]
            validate___definitions_datarequestform(
                data__DataRequestForm,
                custom_formats,
                (name_prefix or "data") + ".DataRequestForm",
            )
        if "WebhookForm" in data_keys:
            data_keys.remove("WebhookForm")
            data__WebhookForm = data["WebhookForm"]
            validate___definitions_webhookform(
                data__WebhookForm,
                custom_formats,
                (name_prefix or "data") + ".WebhookForm",
            )
        if "send.parameters" in data_keys:
            data_keys.remove("send.parameters")
            data__sendparameters = data["send.parameters"]
            validate___definitions_send_parameters(
                data__sendparameters,
                custom_formats,
                (name_prefix or "data") + ".send.parameters",
            )
        if "resend.parameters" in data_keys:
            data_keys.remove("resend.parameters")
            data__resendparameters = data["resend.parameters"]
            validate___definitions_resend_parameters(
                data__resendparameters,
                custom_formats,
                (name_prefix or "data") + ".resend.parameters",
            )
        if "getRecipient.parameters" in data_keys:
            data_keys.remove("getRecipient.parameters")
            data__getRecipientparameters = data["getRecipient.parameters"]
            validate___definitions_getrecipient_parameters(
                data__getRecipientparameters,
                custom_formats,
                (name_prefix or "data") + ".getRecipient.parameters",
            )
        if "getEnvelope.parameters" in data_keys:
            data_keys.remove("getEnvelope.parameters")
            data__getEnvelopeparameters = data["getEnvelope.parameters"]
            validate___definitions_getenvelope_parameters(
                data__getEnvelopeparameters,
                custom_formats,
                (name_prefix or "data") + ".getEnvelope.parameters",
            )
        if "getText.parameters" in data_keys:
            data_keys.remove("getText.parameters")
            data__getTextparameters = data["getText.parameters"]
            validate___definitions_gettext_parameters(
                data__getTextparameters,
                custom_formats,
                (name_prefix or "data") + ".getText.parameters",
            )
        if "getHtml.parameters" in data_keys:
            data_keys.remove("getHtml.parameters")
            data__getHtmlparameters = data["getHtml.parameters"]
            validate___definitions_gethtml_parameters(
                data__getHtmlparameters,
                custom_formats,
                (name_prefix or "data") + ".getHtml.parameters",
            )
        if "getHeaders.parameters" in data_keys:
            data_keys.remove("getHeaders.parameters")
            data__getHeadersparameters = data["getHeaders.parameters"]
            validate___definitions_getheaders_parameters(
                data__getHeadersparameters,
                custom_formats,
                (name_prefix or "data") + ".getHeaders.parameters",
            )
        if "listAttachments.parameters" in data_keys:
            data_keys.remove("listAttachments.parameters")
            data__listAttachmentsparameters = data["listAttachments.parameters"]
            validate___definitions_listattachments_parameters(
                data__listAttachmentsparameters,
                custom_formats,
                (name_prefix or "data") + ".listAttachments.parameters",
            )
        if "getAttachment.parameters" in data_keys:
            data_keys.remove("getAttachment.parameters")
            data__getAttachmentparameters = data["getAttachment.parameters"]
            validate___definitions_getattachment_parameters(
                data__getAttachmentparameters,
                custom_formats,
                (name_prefix or "data") + ".getAttachment.parameters",
            )
        if "listEmbeds.parameters" in data_keys:
            data_keys.remove("listEmbeds.parameters")
            data__listEmbedsparameters = data["listEmbeds.parameters"]
            validate___definitions_listembeds_parameters(
                data__listEmbedsparameters,
                custom_formats,
                (name_prefix or "data") + ".listEmbeds.parameters",
            )
        if "getEmbed.parameters" in data_keys:
            data_keys.remove("getEmbed.parameters")
            data__getEmbedparameters = data["getEmbed.parameters"]
            validate___definitions_getembed_parameters(
                data__getEmbedparameters,
                custom_formats,
                (name_prefix or "data") + ".getEmbed.parameters",
            )
        if "getEventsByMessage.parameters" in data_keys:
            data_keys.remove("getEventsByMessage.parameters")
            data__getEventsByMessageparameters = data["getEventsByMessage.parameters"]
            validate___definitions_geteventsbymessage_parameters(
                data__getEventsByMessageparameters,
                custom_formats,
                (name_prefix or "data") + ".getEventsByMessage.parameters",
            )
        if "getEventsByEmail.parameters" in data_keys:
            data_keys.remove("getEventsByEmail.parameters")
            data__getEventsByEmailparameters = data["getEventsByEmail.parameters"]
            validate___definitions_geteventsbyemail_parameters(
                data__getEventsByEmailparameters,
                custom_formats,
                (name_prefix or "data") + ".getEventsByEmail.parameters",
            )
        if "getEventsByTemplate.parameters" in data_keys:
            data_keys.remove("getEventsByTemplate.parameters")
            data__getEventsByTemplateparameters = data["getEventsByTemplate.parameters"]
            validate___definitions_geteventsbytemplate_parameters(
                data__getEventsByTemplateparameters,
                custom_formats,
                (name_prefix or "data") + ".getEventsByTemplate.parameters",
            )
        if "getEventsByTags.parameters" in data_keys:
            data_keys.remove("getEventsByTags.parameters")
            data__getEventsByTagsparameters = data["getEventsByTags.parameters"]
            validate___definitions_geteventsbytags_parameters(
                data__getEventsByTagsparameters,
                custom_formats,
                (name_prefix or "data") + ".getEventsByTags.parameters",
            )
        if "listTemplates.parameters" in data_keys:
            data_keys.remove("listTemplates.parameters")
            data__listTemplatesparameters = data["listTemplates.parameters"]
            validate___definitions_listtemplates_parameters(
                data__listTemplatesparameters,
                custom_formats,
                (name_prefix or "data") + ".listTemplates.parameters",
            )
        if "listTemplatesPage.parameters" in data_keys:
            data_keys.remove("listTemplatesPage.parameters")
            data__listTemplatesPageparameters = data["listTemplatesPage.parameters"]
            validate___definitions_listtemplatespage_parameters(
                data__listTemplatesPageparameters,
                custom_formats,
                (name_prefix or "data") + ".listTemplatesPage.parameters",
            )
        if "getTemplate.parameters" in data_keys:
            data_keys.remove("getTemplate.parameters")
            data__getTemplateparameters = data["getTemplate.parameters"]
            validate___definitions_gettemplate_parameters(
                data__getTemplateparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplate.parameters",
            )
        if "deleteTemplate.parameters" in data_keys:
            data_keys.remove("deleteTemplate.parameters")
            data__deleteTemplateparameters = data["deleteTemplate.parameters"]
            validate___definitions_deletetemplate_parameters(
                data__deleteTemplateparameters,
                custom_formats,
                (name_prefix or "data") + ".deleteTemplate.parameters",
            )
        if "getTemplateHtml.parameters" in data_keys:
            data_keys.remove("getTemplateHtml.parameters")
            data__getTemplateHtmlparameters = data["getTemplateHtml.parameters"]
            validate___definitions_gettemplatehtml_parameters(
                data__getTemplateHtmlparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplateHtml.parameters",
            )
        if "getTemplateWebversion.parameters" in data_keys:
            data_keys.remove("getTemplateWebversion.parameters")
            data__getTemplateWebversionparameters = data[
                "getTemplateWebversion.parameters"
            ]
            validate___definitions_gettemplatewebversion_parameters(
                data__getTemplateWebversionparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplateWebversion.parameters",
            )
        if "getTemplateMime.parameters" in data_keys:
            data_keys.remove("getTemplateMime.parameters")
            data__getTemplateMimeparameters = data["getTemplateMime.parameters"]
            validate___definitions_gettemplatemime_parameters(
                data__getTemplateMimeparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplateMime.parameters",
            )
        if "getTemplateEmbedded.parameters" in data_keys:
            data_keys.remove("getTemplateEmbedded.parameters")
            data__getTemplateEmbeddedparameters = data["getTemplateEmbedded.parameters"]
            validate___definitions_gettemplateembedded_parameters(
                data__getTemplateEmbeddedparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplateEmbedded.parameters",
            )
        if "getTemplateText.parameters" in data_keys:
            data_keys.remove("getTemplateText.parameters")
            data__getTemplateTextparameters = data["getTemplateText.parameters"]
            validate___definitions_gettemplatetext_parameters(
                data__getTemplateTextparameters,
                custom_formats,
                (name_prefix or "data") + ".getTemplateText.parameters",
            )
        if "updateTemplate.parameters" in data_keys:
            data_keys.remove("updateTemplate.parameters")
            data__updateTemplateparameters = data["updateTemplate.parameters"]
            validate___definitions_updatetemplate_parameters(
                data__updateTemplateparameters,
                custom_formats,
                (name_prefix or "data") + ".updateTemplate.parameters",
            )
        if "createTemplate.parameters" in data_keys:
            data_keys.remove("createTemplate.parameters")
            data__createTemplateparameters = data["createTemplate.parameters"]
            validate___definitions_createtemplate_parameters(
                data__createTemplateparameters,
                custom_formats,
                (name_prefix or "data") + ".createTemplate.parameters",
            )
        if "listDomains.parameters" in data_keys:
            data_keys.remove("listDomains.parameters")
            data__listDomainsparameters = data["listDomains.parameters"]
            validate___definitions_listdomains_parameters(
                data__listDomainsparameters,
                custom_formats,
                (name_prefix or "data") + ".listDomains.parameters",
            )
        if "getDomain.parameters" in data_keys:
            data_keys.remove("getDomain.parameters")
            data__getDomainparameters = data["getDomain.parameters"]
            validate___definitions_getdomain_parameters(
                data__getDomainparameters,
                custom_formats,
                (name_prefix or "data") + ".getDomain.parameters",
            )
        if "addDomain.parameters" in data_keys:
            data_keys.remove("addDomain.parameters")
            data__addDomainparameters = data["addDomain.parameters"]
            validate___definitions_adddomain_parameters(
                data__addDomainparameters,
                custom_formats,
                (name_prefix or "data") + ".addDomain.parameters",
            )
        if "deleteDomain.parameters" in data_keys:
            data_keys.remove("deleteDomain.parameters")
            data__deleteDomainparameters = data["deleteDomain.parameters"]
            validate___definitions_deletedomain_parameters(
                data__deleteDomainparameters,
                custom_formats,
                (name_prefix or "data") + ".deleteDomain.parameters",
            )
        if "deleteDomainReportAddress.parameters" in data_keys:
            data_keys.remove("deleteDomainReportAddress.parameters")
            data__deleteDomainReportAddressparameters = data[
                "deleteDomainReportAddress.parameters"
            ]
            validate___definitions_deletedomainreportaddress_parameters(
                data__deleteDomainReportAddressparameters,
                custom_formats,
                (name_prefix or "data") + ".deleteDomainReportAddress.parameters",
            )
        if "getRecommendedDns.parameters" in data_keys:
            data_keys.remove("getRecommendedDns.parameters")
            data__getRecommendedDnsparameters = data["getRecommendedDns.parameters"]
            validate___definitions_getrecommendeddns_parameters(
                data__getRecommendedDnsparameters,
                custom_formats,
                (name_prefix or "data") + ".getRecommendedDns.parameters",
            )
        if "getSelfhostedDns.parameters" in data_keys:
            data_keys.remove("getSelfhostedDns.parameters")
            data__getSelfhostedDnsparameters = data["getSelfhostedDns.parameters"]
            validate___definitions_getselfhosteddns_parameters(
                data__getSelfhostedDnsparameters,
                custom_formats,
                (name_prefix or "data") + ".getSelfhostedDns.parameters",
            )
        if "getDnsStatus.parameters" in data_keys:
            data_keys.remove("getDnsStatus.parameters")
            data__getDnsStatusparameters = data["getDnsStatus.parameters"]
            validate___definitions_getdnsstatus_parameters(
                data__getDnsStatusparameters,
                custom_formats,
                (name_prefix or "data") + ".getDnsStatus.parameters",
            )
        if "getDkimKey.parameters" in data_keys:
            data_keys.remove("getDkimKey.parameters")
            data__getDkimKeyparameters = data["getDkimKey.parameters"]
            validate___definitions_getdkimkey_parameters(
                data__getDkimKeyparameters,
                custom_formats,
                (name_prefix or "data") + ".getDkimKey.parameters",
            )
        if "createDkimKey.parameters" in data_keys:
            data_keys.remove("createDkimKey.parameters")
            data__createDkimKeyparameters = data["createDkimKey.parameters"]
            validate___definitions_createdkimkey_parameters(
                data__createDkimKeyparameters,
                custom_formats,
                (name_prefix or "data") + ".createDkimKey.parameters",
            )
        if "getDkimPublicKey.parameters" in data_keys:
            data_keys.remove("getDkimPublicKey.parameters")
            data__getDkimPublicKeyparameters = data["getDkimPublicKey.parameters"]
            validate___definitions_getdkimpublickey_parameters(
                data__getDkimPublicKeyparameters,
                custom_formats,
                (name_prefix or "data") + ".getDkimPublicKey.parameters",
            )
        if "getDkimAlgorithm.parameters" in data_keys:
            data_keys.remove("getDkimAlgorithm.parameters")
            data__getDkimAlgorithmparameters = data["getDkimAlgorithm.parameters"]
            validate___definitions_getdkimalgorithm_parameters(
                data__getDkimAlgorithmparameters,
                custom_formats,
                (name_prefix or "data") + ".getDkimAlgorithm.parameters",
            )
        if "getDkimSelector.parameters" in data_keys:
            data_keys.remove("getDkimSelector.parameters")
            data__getDkimSelectorparameters = data["getDkimSelector.parameters"]
            validate___definitions_getdkimselector_parameters(
                data__getDkimSelectorparameters,
                custom_formats,
                (name_prefix or "data") + ".getDkimSelector.parameters",
            )
        if "deleteDkimKey.parameters" in data_keys:
            data_keys.remove("deleteDkimKey.parameters")
            data__deleteDkimKeyparameters = data["deleteDkimKey.parameters"]
            validate___definitions_deletedkimkey_parameters(
                data__deleteDkimKeyparameters,
                custom_formats,
                (name_prefix or "data") + ".deleteDkimKey.parameters",
            )
        if "listDkimKeys.parameters" in data_keys:
            data_keys.remove("listDkimKeys.parameters")
            data__listDkimKeysparameters = data["listDkimKeys.parameters"]
            validate___definitions_listdkimkeys_parameters(
                data__listDkimKeysparameters,
                custom_formats,
                (name_prefix or "data") + ".listDkimKeys.parameters",
            )
        if "getSpf.parameters" in data_keys:
            data_keys.remove("getSpf.parameters")
            data__getSpfparameters = data["getSpf.parameters"]
            validate___definitions_getspf_parameters(
                data__getSpfparameters,
                custom_formats,
                (name_prefix or "data") + ".getSpf.parameters",
            )
        if "createSpf.parameters" in data_keys:
            data_keys.remove("createSpf.parameters")
            data__createSpfparameters = data["createSpf.parameters"]
            validate___definitions_createspf_parameters(
                data__createSpfparameters,
                custom_formats,
                (name_prefix or "data") + ".createSpf.parameters",
            )
        if "deleteSpf.parameters" in data_keys:
            data_keys.remove("deleteSpf.parameters")
            data__deleteSpfparameters = data["deleteSpf.parameters"]
            validate___definitions_deletespf_parameters(
                data__deleteSpfparameters,
                custom_formats,
                (name_prefix or "data") + ".deleteSpf.parameters",
            )
        if "listDmarcDates.parameters" in data_keys:
            data_keys.remove("listDmarcDates.parameters")
            data__listDmarcDatesparameters = data["listDmarcDates.parameters"]
            validate___definitions_listdmarcdates_parameters(
                data__listDmarcDatesparameters,
                custom_formats,
                (name_prefix or "data") + ".listDmarcDates.parameters",
            )
        if "getDmarcReport.parameters" in data_keys:
            data_keys.remove("getDmarcReport.parameters")
            data__getDmarcReportparameters = data["getDmarcReport.parameters"]
            validate___definitions_getdmarcreport_parameters(
                data__getDmarcReportparameters,
                custom_formats,
                (name_prefix or "data") + ".getDmarcReport.parameters",
            )
        if "getDmarcReportByIndex.parameters" in data_keys:
            data_keys.remove("getDmarcReportByIndex.parameters")
            data__getDmarcReportByIndexparameters = data[
                "getDmarcReportByIndex.parameters"
            ]
            validate___definitions_getdmarcreportbyindex_parameters(
                data__getDmarcReportByIndexparameters,
                custom_formats,
                (name_prefix or "data") + ".getDmarcReportByIndex.parameters",
            )
        if "listLogDates.parameters" in data_keys:
            data_keys.remove("listLogDates.parameters")
            data__listLogDatesparameters = data["listLogDates.parameters"]
            validate___definitions_listlogdates_parameters(
                data__listLogDatesparameters,
                custom_formats,
                (name_prefix or "data") + ".listLogDates.parameters",
            )
        if "listLogFiles.parameters" in data_keys:
            data_keys.remove("listLogFiles.parameters")
            data__listLogFilesparameters = data["listLogFiles.parameters"]
            validate___definitions_listlogfiles_parameters(
                data__listLogFilesparameters,
                custom_formats,
                (name_prefix or "data") + ".listLogFiles.parameters",
            )
        if "getLogFile.parameters" in data_keys:
            data_keys.remove("getLogFile.parameters")
            data__getLogFileparameters = data["getLogFile.parameters"]
            validate___definitions_getlogfile_parameters(
                data__getLogFileparameters,
                custom_formats,
                (name_prefix or "data") + ".getLogFile.parameters",
            )
        if "getLogFileWithHeader.parameters" in data_keys:
            data_keys.remove("getLogFileWithHeader.parameters")
            data__getLogFileWithHeaderparameters = data[
                "getLogFileWithHeader.parameters"
            ]
            validate___definitions_getlogfilewithheader_parameters(
                data__getLogFileWithHeaderparameters,
                custom_formats,
                (name_prefix or "data") + ".getLogFileWithHeader.parameters",
            )
        if "getLogFileJson.parameters" in data_keys:
            data_keys.remove("getLogFileJson.parameters")
            data__getLogFileJsonparameters = data["getLogFileJson.parameters"]
            validate___definitions_getlogfilejson_parameters(
                data__getLogFileJsonparameters,
                custom_formats,
                (name_prefix or "data") + ".getLogFileJson.parameters",
            )
        if "getLogFileXml.parameters" in data_keys:
            data_keys.remove("getLogFileXml.parameters")
            data__getLogFileXmlparameters = data["getLogFileXml.parameters"]
            validate___definitions_getlogfilexml_parameters(
                data__getLogFileXmlparameters,
                custom_formats,
                (name_prefix or "data") + ".getLogFileXml.parameters",
            )
        if "createDataRequest.parameters" in data_keys:
            data_keys.remove("createDataRequest.parameters")
            data__createDataRequestparameters = data["createDataRequest.parameters"]
            validate___definitions_createdatarequest_parameters(
                data__createDataRequestparameters,
                custom_formats,
                (name_prefix or "data") + ".createDataRequest.parameters",
            )
        if "getDataRequestStatus.parameters" in data_keys:
            data_keys.remove("getDataRequestStatus.parameters")
            data__getDataRequestStatusparameters = data[
                "getDataRequestStatus.parameters"
            ]
            validate___definitions_getdatarequeststatus_parameters(
                data__getDataRequestStatusparameters,
                custom_formats,
                (name_prefix or "data") + ".getDataRequestStatus.parameters",
            )
        if "getDataRequest.parameters" in data_keys:
            data_keys.remove("getDataRequest.parameters")
            data__getDataRequestparameters = data["getDataRequest.parameters"]
            validate___definitions_getdatarequest_parameters(
                data__getDataRequestparameters,
                custom_formats,
                (name_prefix or "data") + ".getDataRequest.parameters",
            )
        if "listWebhooks.parameters" in data_keys:
            data_keys.remove("listWebhooks.parameters")
            data__listWebhooksparameters = data["listWebhooks.parameters"]
            validate___definitions_listwebhooks_parameters(
                data__listWebhooksparameters,
                custom_formats,
                (name_prefix or "data") + ".listWebhooks.parameters",
            )
        if "configureWebhook.parameters" in data_keys:
            data_keys.remove("configureWebhook.parameters")
            data__configureWebhookparameters = data["configureWebhook.parameters"]
            validate___definitions_configurewebhook_parameters(
                data__configureWebhookparameters,
                custom_formats,
                (name_prefix or "data") + ".configureWebhook.parameters",
            )
    return data


def validate___definitions_configurewebhook_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("configureWebhook.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("configureWebhook.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("configureWebhook.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listwebhooks_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listWebhooks.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listWebhooks.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listWebhooks.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdatarequest_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDataRequest.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["request_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDataRequest.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "request_id" in data_keys:
            data_keys.remove("request_id")
            data__requestid = data["request_id"]
            if not isinstance(data__requestid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".request_id must be string",
                    value=data__requestid,
                    name="" + (name_prefix or "data") + ".request_id",
                    definition=(
                        "getDataRequest.parameters",
                        "properties",
                        "request_id",
                    ),
                    rule="type",
                )
            if isinstance(data__requestid, str):
                data__requestid_len = len(data__requestid)
                if data__requestid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".request_id must be longer than or equal to 1 characters",
                        value=data__requestid,
                        name="" + (name_prefix or "data") + ".request_id",
                        definition=(
                            "getDataRequest.parameters",
                            "properties",
                            "request_id",
                        ),
                        rule="minLength",
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
                definition=("getDataRequest.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdatarequeststatus_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDataRequestStatus.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["request_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDataRequestStatus.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "request_id" in data_keys:
            data_keys.remove("request_id")
            data__requestid = data["request_id"]
            if not isinstance(data__requestid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".request_id must be string",
                    value=data__requestid,
                    name="" + (name_prefix or "data") + ".request_id",
                    definition=(
                        "getDataRequestStatus.parameters",
                        "properties",
                        "request_id",
                    ),
                    rule="type",
                )
            if isinstance(data__requestid, str):
                data__requestid_len = len(data__requestid)
                if data__requestid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".request_id must be longer than or equal to 1 characters",
                        value=data__requestid,
                        name="" + (name_prefix or "data") + ".request_id",
                        definition=(
                            "getDataRequestStatus.parameters",
                            "properties",
                            "request_id",
                        ),
                        rule="minLength",
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
                definition=("getDataRequestStatus.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_createdatarequest_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("createDataRequest.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createDataRequest.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createDataRequest.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getlogfilexml_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getLogFileXml.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["prefix", "date"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getLogFileXml.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "prefix" in data_keys:
            data_keys.remove("prefix")
            data__prefix = data["prefix"]
            validate___definitions_logprefix(
                data__prefix, custom_formats, (name_prefix or "data") + ".prefix"
            )
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=("getLogFileXml.parameters", "properties", "date"),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=("getLogFileXml.parameters", "properties", "date"),
                        rule="format",
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
                definition=("getLogFileXml.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getlogfilejson_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getLogFileJson.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["prefix", "date"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getLogFileJson.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "prefix" in data_keys:
            data_keys.remove("prefix")
            data__prefix = data["prefix"]
            validate___definitions_logprefix(
                data__prefix, custom_formats, (name_prefix or "data") + ".prefix"
            )
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=("getLogFileJson.parameters", "properties", "date"),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=("getLogFileJson.parameters", "properties", "date"),
                        rule="format",
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
                definition=("getLogFileJson.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getlogfilewithheader_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getLogFileWithHeader.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["prefix", "date"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getLogFileWithHeader.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "prefix" in data_keys:
            data_keys.remove("prefix")
            data__prefix = data["prefix"]
            validate___definitions_logprefix(
                data__prefix, custom_formats, (name_prefix or "data") + ".prefix"
            )
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=(
                        "getLogFileWithHeader.parameters",
                        "properties",
                        "date",
                    ),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=(
                            "getLogFileWithHeader.parameters",
                            "properties",
                            "date",
                        ),
                        rule="format",
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
                definition=("getLogFileWithHeader.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getlogfile_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getLogFile.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["prefix", "date"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getLogFile.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "prefix" in data_keys:
            data_keys.remove("prefix")
            data__prefix = data["prefix"]
            validate___definitions_logprefix(
                data__prefix, custom_formats, (name_prefix or "data") + ".prefix"
            )
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=("getLogFile.parameters", "properties", "date"),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=("getLogFile.parameters", "properties", "date"),
                        rule="format",
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
                definition=("getLogFile.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listlogfiles_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listLogFiles.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["date"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listLogFiles.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=("listLogFiles.parameters", "properties", "date"),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=("listLogFiles.parameters", "properties", "date"),
                        rule="format",
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
                definition=("listLogFiles.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listlogdates_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listLogDates.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listLogDates.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listLogDates.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdmarcreportbyindex_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDmarcReportByIndex.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["date", "reporter", "domain", "index"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDmarcReportByIndex.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=(
                        "getDmarcReportByIndex.parameters",
                        "properties",
                        "date",
                    ),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=(
                            "getDmarcReportByIndex.parameters",
                            "properties",
                            "date",
                        ),
                        rule="format",
                    )
        if "reporter" in data_keys:
            data_keys.remove("reporter")
            data__reporter = data["reporter"]
            validate___definitions_domainname(
                data__reporter, custom_formats, (name_prefix or "data") + ".reporter"
            )
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
            )
        if "index" in data_keys:
            data_keys.remove("index")
            data__index = data["index"]
            if (
                not isinstance(data__index, (int))
                and not (isinstance(data__index, float) and data__index.is_integer())
                or isinstance(data__index, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".index must be integer",
                    value=data__index,
                    name="" + (name_prefix or "data") + ".index",
                    definition=(
                        "getDmarcReportByIndex.parameters",
                        "properties",
                        "index",
                    ),
                    rule="type",
                )
            if isinstance(data__index, (int, float, Decimal)):
                if data__index < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".index must be bigger than or equal to 0",
                        value=data__index,
                        name="" + (name_prefix or "data") + ".index",
                        definition=(
                            "getDmarcReportByIndex.parameters",
                            "properties",
                            "index",
                        ),
                        rule="minimum",
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
                definition=("getDmarcReportByIndex.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdmarcreport_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDmarcReport.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["date", "reporter", "domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDmarcReport.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    definition=("getDmarcReport.parameters", "properties", "date"),
                    rule="type",
                )
            if isinstance(data__date, str):
                if not custom_formats["date"](data__date):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be date",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        definition=("getDmarcReport.parameters", "properties", "date"),
                        rule="format",
                    )
        if "reporter" in data_keys:
            data_keys.remove("reporter")
            data__reporter = data["reporter"]
            validate___definitions_domainname(
                data__reporter, custom_formats, (name_prefix or "data") + ".reporter"
            )
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDmarcReport.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listdmarcdates_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listDmarcDates.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listDmarcDates.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listDmarcDates.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deletespf_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("deleteSpf.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("deleteSpf.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("deleteSpf.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_createspf_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("createSpf.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createSpf.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("createSpf.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getspf_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getSpf.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getSpf.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getSpf.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listdkimkeys_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listDkimKeys.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listDkimKeys.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("listDkimKeys.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deletedkimkey_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("deleteDkimKey.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain", "selector"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("deleteDkimKey.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
            )
        if "selector" in data_keys:
            data_keys.remove("selector")
            data__selector = data["selector"]
            validate___definitions_dkimselector(
                data__selector, custom_formats, (name_prefix or "data") + ".selector"
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
                definition=("deleteDkimKey.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdkimselector_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDkimSelector.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDkimSelector.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDkimSelector.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdkimalgorithm_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDkimAlgorithm.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDkimAlgorithm.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDkimAlgorithm.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdkimpublickey_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDkimPublicKey.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDkimPublicKey.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDkimPublicKey.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_createdkimkey_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("createDkimKey.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createDkimKey.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("createDkimKey.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdkimkey_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDkimKey.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDkimKey.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDkimKey.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdnsstatus_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDnsStatus.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDnsStatus.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDnsStatus.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getselfhosteddns_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getSelfhostedDns.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getSelfhostedDns.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getSelfhostedDns.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getrecommendeddns_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getRecommendedDns.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getRecommendedDns.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getRecommendedDns.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deletedomainreportaddress_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("deleteDomainReportAddress.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain", "address"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("deleteDomainReportAddress.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
            )
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            validate___definitions_emailaddress(
                data__address, custom_formats, (name_prefix or "data") + ".address"
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
                definition=("deleteDomainReportAddress.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deletedomain_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("deleteDomain.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("deleteDomain.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("deleteDomain.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_adddomain_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("addDomain.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("addDomain.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("addDomain.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getdomain_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getDomain.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getDomain.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
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
                definition=("getDomain.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listdomains_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listDomains.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listDomains.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listDomains.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_createtemplate_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("createTemplate.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createTemplate.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("createTemplate.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_updatetemplate_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("updateTemplate.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("updateTemplate.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("updateTemplate.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettemplatetext_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplateText.parameters",),
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
                definition=("getTemplateText.parameters",),
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
                definition=("getTemplateText.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettemplateembedded_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplateEmbedded.parameters",),
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
                definition=("getTemplateEmbedded.parameters",),
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
                definition=("getTemplateEmbedded.parameters",),
                rule="additionalProperties",
            )
    return data


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


def validate___definitions_gettemplatewebversion_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplateWebversion.parameters",),
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
                definition=("getTemplateWebversion.parameters",),
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
                definition=("getTemplateWebversion.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettemplatehtml_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplateHtml.parameters",),
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
                definition=("getTemplateHtml.parameters",),
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
                definition=("getTemplateHtml.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deletetemplate_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("deleteTemplate.parameters",),
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
                definition=("deleteTemplate.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            validate___definitions_templatekey(
                data__template, custom_formats, (name_prefix or "data") + ".template"
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
                definition=("deleteTemplate.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettemplate_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getTemplate.parameters",),
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
                definition=("getTemplate.parameters",),
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
                definition=("getTemplate.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listtemplatespage_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listTemplatesPage.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["start", "length"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listTemplatesPage.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if (
                not isinstance(data__start, (int))
                and not (isinstance(data__start, float) and data__start.is_integer())
                or isinstance(data__start, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be integer",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("listTemplatesPage.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, (int, float, Decimal)):
                if data__start < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".start must be bigger than or equal to 0",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "listTemplatesPage.parameters",
                            "properties",
                            "start",
                        ),
                        rule="minimum",
                    )
        if "length" in data_keys:
            data_keys.remove("length")
            data__length = data["length"]
            if (
                not isinstance(data__length, (int))
                and not (isinstance(data__length, float) and data__length.is_integer())
                or isinstance(data__length, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".length must be integer",
                    value=data__length,
                    name="" + (name_prefix or "data") + ".length",
                    definition=("listTemplatesPage.parameters", "properties", "length"),
                    rule="type",
                )
            if isinstance(data__length, (int, float, Decimal)):
                if data__length < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".length must be bigger than or equal to 1",
                        value=data__length,
                        name="" + (name_prefix or "data") + ".length",
                        definition=(
                            "listTemplatesPage.parameters",
                            "properties",
                            "length",
                        ),
                        rule="minimum",
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
                definition=("listTemplatesPage.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listtemplates_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listTemplates.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listTemplates.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listTemplates.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbytags_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEventsByTags.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["tags"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEventsByTags.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=("getEventsByTags.parameters", "properties", "tags"),
                    rule="type",
                )
            if isinstance(data__tags, str):
                if not REGEX_PATTERNS["^[^\\s;]+(;[^\\s;]+)*$"].search(data__tags):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".tags must match pattern ^[^\\s;]+(;[^\\s;]+)*$",
                        value=data__tags,
                        name="" + (name_prefix or "data") + ".tags",
                        definition=("getEventsByTags.parameters", "properties", "tags"),
                        rule="pattern",
                    )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("getEventsByTags.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, str):
                if not custom_formats["date"](data__start):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".start must be date",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "getEventsByTags.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=("getEventsByTags.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__end, str):
                if not custom_formats["date"](data__end):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".end must be date",
                        value=data__end,
                        name="" + (name_prefix or "data") + ".end",
                        definition=(
                            "getEventsByTags.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
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
                definition=("getEventsByTags.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbytemplate_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEventsByTemplate.parameters",),
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
                definition=("getEventsByTemplate.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if (
                not isinstance(data__template, (int))
                and not (
                    isinstance(data__template, float) and data__template.is_integer()
                )
                or isinstance(data__template, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".template must be integer",
                    value=data__template,
                    name="" + (name_prefix or "data") + ".template",
                    definition=(
                        "getEventsByTemplate.parameters",
                        "properties",
                        "template",
                    ),
                    rule="type",
                )
            if isinstance(data__template, (int, float, Decimal)):
                if data__template < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".template must be bigger than or equal to 1",
                        value=data__template,
                        name="" + (name_prefix or "data") + ".template",
                        definition=(
                            "getEventsByTemplate.parameters",
                            "properties",
                            "template",
                        ),
                        rule="minimum",
                    )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=(
                        "getEventsByTemplate.parameters",
                        "properties",
                        "start",
                    ),
                    rule="type",
                )
            if isinstance(data__start, str):
                if not custom_formats["date"](data__start):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".start must be date",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "getEventsByTemplate.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=(
                        "getEventsByTemplate.parameters",
                        "properties",
                        "start",
                    ),
                    rule="type",
                )
            if isinstance(data__end, str):
                if not custom_formats["date"](data__end):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".end must be date",
                        value=data__end,
                        name="" + (name_prefix or "data") + ".end",
                        definition=(
                            "getEventsByTemplate.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=("getEventsByTemplate.parameters", "properties", "tags"),
                    rule="type",
                )
            if isinstance(data__tags, str):
                if not REGEX_PATTERNS["^[^\\s;]+(;[^\\s;]+)*$"].search(data__tags):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".tags must match pattern ^[^\\s;]+(;[^\\s;]+)*$",
                        value=data__tags,
                        name="" + (name_prefix or "data") + ".tags",
                        definition=(
                            "getEventsByTemplate.parameters",
                            "properties",
                            "tags",
                        ),
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
                definition=("getEventsByTemplate.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbyemail_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEventsByEmail.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["address"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEventsByEmail.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            validate___definitions_emailaddress(
                data__address, custom_formats, (name_prefix or "data") + ".address"
            )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("getEventsByEmail.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, str):
                if not custom_formats["date"](data__start):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".start must be date",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "getEventsByEmail.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=("getEventsByEmail.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__end, str):
                if not custom_formats["date"](data__end):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".end must be date",
                        value=data__end,
                        name="" + (name_prefix or "data") + ".end",
                        definition=(
                            "getEventsByEmail.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=("getEventsByEmail.parameters", "properties", "tags"),
                    rule="type",
                )
            if isinstance(data__tags, str):
                if not REGEX_PATTERNS["^[^\\s;]+(;[^\\s;]+)*$"].search(data__tags):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".tags must match pattern ^[^\\s;]+(;[^\\s;]+)*$",
                        value=data__tags,
                        name="" + (name_prefix or "data") + ".tags",
                        definition=(
                            "getEventsByEmail.parameters",
                            "properties",
                            "tags",
                        ),
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
                definition=("getEventsByEmail.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbymessage_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEventsByMessage.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEventsByMessage.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=(
                        "getEventsByMessage.parameters",
                        "properties",
                        "message_id",
                    ),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getEventsByMessage.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
                    )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=("getEventsByMessage.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__start, str):
                if not custom_formats["date"](data__start):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".start must be date",
                        value=data__start,
                        name="" + (name_prefix or "data") + ".start",
                        definition=(
                            "getEventsByMessage.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
                    )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=("getEventsByMessage.parameters", "properties", "start"),
                    rule="type",
                )
            if isinstance(data__end, str):
                if not custom_formats["date"](data__end):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".end must be date",
                        value=data__end,
                        name="" + (name_prefix or "data") + ".end",
                        definition=(
                            "getEventsByMessage.parameters",
                            "properties",
                            "start",
                        ),
                        rule="format",
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
                definition=("getEventsByMessage.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getembed_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEmbed.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id", "part"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEmbed.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getEmbed.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=("getEmbed.parameters", "properties", "message_id"),
                        rule="minLength",
                    )
        if "part" in data_keys:
            data_keys.remove("part")
            data__part = data["part"]
            if not isinstance(data__part, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".part must be string",
                    value=data__part,
                    name="" + (name_prefix or "data") + ".part",
                    definition=("getEmbed.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__part, str):
                data__part_len = len(data__part)
                if data__part_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".part must be longer than or equal to 1 characters",
                        value=data__part,
                        name="" + (name_prefix or "data") + ".part",
                        definition=("getEmbed.parameters", "properties", "message_id"),
                        rule="minLength",
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
                definition=("getEmbed.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listembeds_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listEmbeds.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listEmbeds.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("listEmbeds.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "listEmbeds.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("listEmbeds.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getattachment_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getAttachment.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id", "part"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getAttachment.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getAttachment.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getAttachment.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
                    )
        if "part" in data_keys:
            data_keys.remove("part")
            data__part = data["part"]
            if not isinstance(data__part, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".part must be string",
                    value=data__part,
                    name="" + (name_prefix or "data") + ".part",
                    definition=("getAttachment.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__part, str):
                data__part_len = len(data__part)
                if data__part_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".part must be longer than or equal to 1 characters",
                        value=data__part,
                        name="" + (name_prefix or "data") + ".part",
                        definition=(
                            "getAttachment.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("getAttachment.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_listattachments_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("listAttachments.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("listAttachments.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=(
                        "listAttachments.parameters",
                        "properties",
                        "message_id",
                    ),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "listAttachments.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("listAttachments.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getheaders_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getHeaders.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getHeaders.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getHeaders.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getHeaders.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("getHeaders.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gethtml_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getHtml.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getHtml.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getHtml.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=("getHtml.parameters", "properties", "message_id"),
                        rule="minLength",
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
                definition=("getHtml.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettext_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getText.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getText.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getText.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=("getText.parameters", "properties", "message_id"),
                        rule="minLength",
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
                definition=("getText.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getenvelope_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getEnvelope.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getEnvelope.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getEnvelope.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getEnvelope.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("getEnvelope.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_getrecipient_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("getRecipient.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("getRecipient.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition=("getRecipient.parameters", "properties", "message_id"),
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition=(
                            "getRecipient.parameters",
                            "properties",
                            "message_id",
                        ),
                        rule="minLength",
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
                definition=("getRecipient.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_resend_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("resend.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("resend.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("resend.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_send_parameters(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("send.parameters",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("send.parameters",),
                rule="required",
            )
        data_keys = set(data.keys())
        if data_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must not contain "
                + str(data_keys)
                + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("send.parameters",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_webhookform(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookForm",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate___definitions_webhooktype(
                data__type, custom_formats, (name_prefix or "data") + ".type"
            )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate___definitions_webhookurl(
                data__url, custom_formats, (name_prefix or "data") + ".url"
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
                definition=("WebhookForm",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_datarequestform(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["email"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestForm",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            validate___definitions_emailaddress(
                data__email, custom_formats, (name_prefix or "data") + ".email"
            )
        if "monitor" in data_keys:
            data_keys.remove("monitor")
            data__monitor = data["monitor"]
            validate___definitions_datarequestmonitor(
                data__monitor, custom_formats, (name_prefix or "data") + ".monitor"
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
                definition=("DataRequestForm",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_spfsettingsform(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SpfSettingsForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SpfSettingsForm", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    validate___definitions_spfmechanismaddress(
                        data__ips_item,
                        custom_formats,
                        (name_prefix or "data") + f".ips[{data__ips_x}]",
                    )
        if "includes" in data_keys:
            data_keys.remove("includes")
            data__includes = data["includes"]
            if not isinstance(data__includes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".includes must be array",
                    value=data__includes,
                    name="" + (name_prefix or "data") + ".includes",
                    definition=("SpfSettingsForm", "properties", "includes"),
                    rule="type",
                )
            data__includes_is_list = isinstance(data__includes, (list, tuple))
            if data__includes_is_list:
                data__includes_len = len(data__includes)
                for data__includes_x, data__includes_item in enumerate(data__includes):
                    validate___definitions_domainname(
                        data__includes_item,
                        custom_formats,
                        (name_prefix or "data") + f".includes[{data__includes_x}]",
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
                definition=("SpfSettingsForm",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_dkimkeyform(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimKeyForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "selector" in data_keys:
            data_keys.remove("selector")
            data__selector = data["selector"]
            validate___definitions_dkimselector(
                data__selector, custom_formats, (name_prefix or "data") + ".selector"
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
                definition=("DkimKeyForm",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_domainsettingsform(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DomainSettingsForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bounces" in data_keys:
            data_keys.remove("bounces")
            data__bounces = data["bounces"]
            validate___definitions_domainname(
                data__bounces, custom_formats, (name_prefix or "data") + ".bounces"
            )
        if "tracking" in data_keys:
            data_keys.remove("tracking")
            data__tracking = data["tracking"]
            validate___definitions_domainname(
                data__tracking, custom_formats, (name_prefix or "data") + ".tracking"
            )
        if "https" in data_keys:
            data_keys.remove("https")
            data__https = data["https"]
            if not isinstance(data__https, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".https must be boolean",
                    value=data__https,
                    name="" + (name_prefix or "data") + ".https",
                    definition=("DomainSettingsForm", "properties", "https"),
                    rule="type",
                )
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            validate___definitions_dmarcpolicy(
                data__policy, custom_formats, (name_prefix or "data") + ".policy"
            )
        if "percentage" in data_keys:
            data_keys.remove("percentage")
            data__percentage = data["percentage"]
            validate___definitions_percentage(
                data__percentage,
                custom_formats,
                (name_prefix or "data") + ".percentage",
            )
        if "startdate" in data_keys:
            data_keys.remove("startdate")
            data__startdate = data["startdate"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".startdate must be string",
                    value=data__startdate,
                    name="" + (name_prefix or "data") + ".startdate",
                    definition=("DomainSettingsForm", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__startdate, str):
                if not custom_formats["date"](data__startdate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".startdate must be date",
                        value=data__startdate,
                        name="" + (name_prefix or "data") + ".startdate",
                        definition=("DomainSettingsForm", "properties", "startdate"),
                        rule="format",
                    )
        if "enddate" in data_keys:
            data_keys.remove("enddate")
            data__enddate = data["enddate"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".enddate must be string",
                    value=data__enddate,
                    name="" + (name_prefix or "data") + ".enddate",
                    definition=("DomainSettingsForm", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__enddate, str):
                if not custom_formats["date"](data__enddate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".enddate must be date",
                        value=data__enddate,
                        name="" + (name_prefix or "data") + ".enddate",
                        definition=("DomainSettingsForm", "properties", "startdate"),
                        rule="format",
                    )
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            validate___definitions_emailaddress(
                data__address, custom_formats, (name_prefix or "data") + ".address"
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
                definition=("DomainSettingsForm",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_resendform(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ResendForm",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("ResendForm",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition=("ResendForm", "properties", "message"),
                    rule="type",
                )
            if isinstance(data__message, str):
                data__message_len = len(data__message)
                if data__message_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message must be longer than or equal to 1 characters",
                        value=data__message,
                        name="" + (name_prefix or "data") + ".message",
                        definition=("ResendForm", "properties", "message"),
                        rule="minLength",
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
                definition=("ResendForm",),
                rule="additionalProperties",
            )
    return data


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
            data_any_of_count1 = 0
            if not data_any_of_count1:
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
                    data_any_of_count1 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count1:
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
                    data_any_of_count1 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count1:
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
                    data_any_of_count1 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count1:
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
                    data_any_of_count1 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count1:
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


def validate___definitions_webhookrequest(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookRequest",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookRequest",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate___definitions_webhooktype(
                data__type, custom_formats, (name_prefix or "data") + ".type"
            )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate___definitions_webhookurl(
                data__url, custom_formats, (name_prefix or "data") + ".url"
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
                definition=("WebhookRequest",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_webhooklist(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_webhook(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_webhook(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Webhook",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Webhook",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            validate___definitions_webhooktype(
                data__type, custom_formats, (name_prefix or "data") + ".type"
            )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            validate___definitions_webhookurl(
                data__url, custom_formats, (name_prefix or "data") + ".url"
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


def validate___definitions_datanotavailable(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataNotAvailable",),
            rule="type",
        )
    return data


def validate___definitions_datarequestrows(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestRows",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + f"[{data_x}]" + " must be array",
                    value=data_item,
                    name="" + (name_prefix or "data") + f"[{data_x}]" + "",
                    definition=("DataRequestRows", "items"),
                    rule="type",
                )
            data_item_is_list = isinstance(data_item, (list, tuple))
            if data_item_is_list:
                data_item_len = len(data_item)
    return data


def validate___definitions_datarequestinfo(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestInfo",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestInfo",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("DataRequestInfo", "properties", "type"),
                    rule="type",
                )
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("DataRequestInfo", "properties", "id"),
                    rule="type",
                )
    return data


def validate___definitions_datarequeststatus(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestStatus",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["status"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestStatus",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("DataRequestStatus", "properties", "id"),
                    rule="type",
                )
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            validate___definitions_datarequeststate(
                data__status, custom_formats, (name_prefix or "data") + ".status"
            )
    return data


def validate___definitions_datarequeststate(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestState",),
            rule="type",
        )
    if data not in ["pending", "done"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['pending', 'done']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestState",),
            rule="enum",
        )
    return data


def validate___definitions_datarequestcreated(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestCreated",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestCreated",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("DataRequestCreated", "properties", "id"),
                    rule="type",
                )
    return data


def validate___definitions_datarequestmonitor(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequestMonitor",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 3:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 3 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestMonitor",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["^(https?://\\S+|[^\\s@]+@[^\\s@]+)$"].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(https?://\\S+|[^\\s@]+@[^\\s@]+)$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequestMonitor",),
                rule="pattern",
            )
    return data


def validate___definitions_datarequest(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DataRequest",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["email"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DataRequest",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            validate___definitions_emailaddress(
                data__email, custom_formats, (name_prefix or "data") + ".email"
            )
        if "monitor" in data_keys:
            data_keys.remove("monitor")
            data__monitor = data["monitor"]
            validate___definitions_datarequestmonitor(
                data__monitor, custom_formats, (name_prefix or "data") + ".monitor"
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
                definition=("DataRequest",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_logrecordlist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogRecordList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_logrecord(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_logrecord(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
        try:
            validate___definitions_failurerecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_deliveryrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_clickrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_openrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_attemptrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_returnedmailrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_abuserecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
        try:
            validate___definitions_dmarcrecord(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count2) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogRecord",),
            rule="oneOf",
        )
    return data


def validate___definitions_dmarcrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DmarcRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "time",
                    "organizationName",
                    "email",
                    "reportId",
                    "begin",
                    "end",
                    "domain",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DmarcRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "organizationName" in data_keys:
            data_keys.remove("organizationName")
            data__organizationName = data["organizationName"]
            if not isinstance(data__organizationName, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".organizationName must be string",
                    value=data__organizationName,
                    name="" + (name_prefix or "data") + ".organizationName",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "email" in data_keys:
            data_keys.remove("email")
            data__email = data["email"]
            if not isinstance(data__email, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".email must be string",
                    value=data__email,
                    name="" + (name_prefix or "data") + ".email",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "reportId" in data_keys:
            data_keys.remove("reportId")
            data__reportId = data["reportId"]
            if not isinstance(data__reportId, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reportId must be string",
                    value=data__reportId,
                    name="" + (name_prefix or "data") + ".reportId",
                    definition=("DmarcRecord", "properties", "organizationName"),
                    rule="type",
                )
        if "begin" in data_keys:
            data_keys.remove("begin")
            data__begin = data["begin"]
            validate___definitions_logtime(
                data__begin, custom_formats, (name_prefix or "data") + ".begin"
            )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            validate___definitions_logtime(
                data__end, custom_formats, (name_prefix or "data") + ".end"
            )
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            if not isinstance(data__domain, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".domain must be string",
                    value=data__domain,
                    name="" + (name_prefix or "data") + ".domain",
                    definition=("DmarcRecord", "properties", "domain"),
                    rule="type",
                )
        if "sendingDomain" in data_keys:
            data_keys.remove("sendingDomain")
            data__sendingDomain = data["sendingDomain"]
            if not isinstance(data__sendingDomain, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sendingDomain must be string",
                    value=data__sendingDomain,
                    name="" + (name_prefix or "data") + ".sendingDomain",
                    definition=("DmarcRecord", "properties", "sendingDomain"),
                    rule="type",
                )
        if "messages" in data_keys:
            data_keys.remove("messages")
            data__messages = data["messages"]
            if (
                not isinstance(data__messages, (int))
                and not (
                    isinstance(data__messages, float) and data__messages.is_integer()
                )
                or isinstance(data__messages, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".messages must be integer",
                    value=data__messages,
                    name="" + (name_prefix or "data") + ".messages",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__messages, (int, float, Decimal)):
                if data__messages < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".messages must be bigger than or equal to 0",
                        value=data__messages,
                        name="" + (name_prefix or "data") + ".messages",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
                    )
        if "failedSpf" in data_keys:
            data_keys.remove("failedSpf")
            data__failedSpf = data["failedSpf"]
            if (
                not isinstance(data__failedSpf, (int))
                and not (
                    isinstance(data__failedSpf, float) and data__failedSpf.is_integer()
                )
                or isinstance(data__failedSpf, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".failedSpf must be integer",
                    value=data__failedSpf,
                    name="" + (name_prefix or "data") + ".failedSpf",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__failedSpf, (int, float, Decimal)):
                if data__failedSpf < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".failedSpf must be bigger than or equal to 0",
                        value=data__failedSpf,
                        name="" + (name_prefix or "data") + ".failedSpf",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
                    )
        if "failedDkim" in data_keys:
            data_keys.remove("failedDkim")
            data__failedDkim = data["failedDkim"]
            if (
                not isinstance(data__failedDkim, (int))
                and not (
                    isinstance(data__failedDkim, float)
                    and data__failedDkim.is_integer()
                )
                or isinstance(data__failedDkim, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".failedDkim must be integer",
                    value=data__failedDkim,
                    name="" + (name_prefix or "data") + ".failedDkim",
                    definition=("DmarcRecord", "properties", "messages"),
                    rule="type",
                )
            if isinstance(data__failedDkim, (int, float, Decimal)):
                if data__failedDkim < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".failedDkim must be bigger than or equal to 0",
                        value=data__failedDkim,
                        name="" + (name_prefix or "data") + ".failedDkim",
                        definition=("DmarcRecord", "properties", "messages"),
                        rule="minimum",
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
                definition=("DmarcRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_abuserecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AbuseRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(["id", "time", "envelope", "recipient", "tags", "templateid"])
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("AbuseRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("AbuseRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("AbuseRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("AbuseRecord", "properties", "id"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("AbuseRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_returnedmailrecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ReturnedMailRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(["id", "time", "envelope", "recipient", "mime", "tags", "templateid"])
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("ReturnedMailRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("ReturnedMailRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("ReturnedMailRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("ReturnedMailRecord", "properties", "id"),
                    rule="type",
                )
        if "mime" in data_keys:
            data_keys.remove("mime")
            data__mime = data["mime"]
            if not isinstance(data__mime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mime must be string",
                    value=data__mime,
                    name="" + (name_prefix or "data") + ".mime",
                    definition=("ReturnedMailRecord", "properties", "mime"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("ReturnedMailRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_attemptrecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AttemptRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "envelope",
                    "recipient",
                    "properties",
                    "tags",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("AttemptRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("AttemptRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("AttemptRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("AttemptRecord", "properties", "id"),
                    rule="type",
                )
        if "properties" in data_keys:
            data_keys.remove("properties")
            data__properties = data["properties"]
            if not isinstance(data__properties, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".properties must be string",
                    value=data__properties,
                    name="" + (name_prefix or "data") + ".properties",
                    definition=("AttemptRecord", "properties", "properties"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("AttemptRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_openrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("OpenRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "headers",
                    "ip",
                    "protocol",
                    "tags",
                    "recipient",
                    "city",
                    "countryname",
                    "countrycode",
                    "regioncode",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("OpenRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "headers" in data_keys:
            data_keys.remove("headers")
            data__headers = data["headers"]
            if not isinstance(data__headers, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".headers must be string",
                    value=data__headers,
                    name="" + (name_prefix or "data") + ".headers",
                    definition=("OpenRecord", "properties", "headers"),
                    rule="type",
                )
        if "ip" in data_keys:
            data_keys.remove("ip")
            data__ip = data["ip"]
            if not isinstance(data__ip, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ip must be string",
                    value=data__ip,
                    name="" + (name_prefix or "data") + ".ip",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "protocol" in data_keys:
            data_keys.remove("protocol")
            data__protocol = data["protocol"]
            if not isinstance(data__protocol, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".protocol must be string",
                    value=data__protocol,
                    name="" + (name_prefix or "data") + ".protocol",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "city" in data_keys:
            data_keys.remove("city")
            data__city = data["city"]
            if not isinstance(data__city, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".city must be string",
                    value=data__city,
                    name="" + (name_prefix or "data") + ".city",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "countryname" in data_keys:
            data_keys.remove("countryname")
            data__countryname = data["countryname"]
            if not isinstance(data__countryname, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countryname must be string",
                    value=data__countryname,
                    name="" + (name_prefix or "data") + ".countryname",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "countrycode" in data_keys:
            data_keys.remove("countrycode")
            data__countrycode = data["countrycode"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countrycode must be string",
                    value=data__countrycode,
                    name="" + (name_prefix or "data") + ".countrycode",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "regioncode" in data_keys:
            data_keys.remove("regioncode")
            data__regioncode = data["regioncode"]
            if not isinstance(data__regioncode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".regioncode must be string",
                    value=data__regioncode,
                    name="" + (name_prefix or "data") + ".regioncode",
                    definition=("OpenRecord", "properties", "id"),
                    rule="type",
                )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("OpenRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_clickrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ClickRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "headers",
                    "ip",
                    "url",
                    "destination",
                    "tags",
                    "recipient",
                    "city",
                    "countryname",
                    "countrycode",
                    "regioncode",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("ClickRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "headers" in data_keys:
            data_keys.remove("headers")
            data__headers = data["headers"]
            if not isinstance(data__headers, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".headers must be string",
                    value=data__headers,
                    name="" + (name_prefix or "data") + ".headers",
                    definition=("ClickRecord", "properties", "headers"),
                    rule="type",
                )
        if "ip" in data_keys:
            data_keys.remove("ip")
            data__ip = data["ip"]
            if not isinstance(data__ip, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ip must be string",
                    value=data__ip,
                    name="" + (name_prefix or "data") + ".ip",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "destination" in data_keys:
            data_keys.remove("destination")
            data__destination = data["destination"]
            if not isinstance(data__destination, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".destination must be string",
                    value=data__destination,
                    name="" + (name_prefix or "data") + ".destination",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "city" in data_keys:
            data_keys.remove("city")
            data__city = data["city"]
            if not isinstance(data__city, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".city must be string",
                    value=data__city,
                    name="" + (name_prefix or "data") + ".city",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "countryname" in data_keys:
            data_keys.remove("countryname")
            data__countryname = data["countryname"]
            if not isinstance(data__countryname, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countryname must be string",
                    value=data__countryname,
                    name="" + (name_prefix or "data") + ".countryname",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "countrycode" in data_keys:
            data_keys.remove("countrycode")
            data__countrycode = data["countrycode"]
            if not isinstance(data__countrycode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".countrycode must be string",
                    value=data__countrycode,
                    name="" + (name_prefix or "data") + ".countrycode",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "regioncode" in data_keys:
            data_keys.remove("regioncode")
            data__regioncode = data["regioncode"]
            if not isinstance(data__regioncode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".regioncode must be string",
                    value=data__regioncode,
                    name="" + (name_prefix or "data") + ".regioncode",
                    definition=("ClickRecord", "properties", "id"),
                    rule="type",
                )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("ClickRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_deliveryrecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DeliveryRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "envelope",
                    "recipient",
                    "from",
                    "to",
                    "attempt",
                    "tags",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DeliveryRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("DeliveryRecord", "properties", "id"),
                    rule="type",
                )
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".from must be string",
                    value=data__from,
                    name="" + (name_prefix or "data") + ".from",
                    definition=("DeliveryRecord", "properties", "from"),
                    rule="type",
                )
        if "to" in data_keys:
            data_keys.remove("to")
            data__to = data["to"]
            if not isinstance(data__to, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".to must be string",
                    value=data__to,
                    name="" + (name_prefix or "data") + ".to",
                    definition=("DeliveryRecord", "properties", "to"),
                    rule="type",
                )
        if "attempt" in data_keys:
            data_keys.remove("attempt")
            data__attempt = data["attempt"]
            if (
                not isinstance(data__attempt, (int))
                and not (
                    isinstance(data__attempt, float) and data__attempt.is_integer()
                )
                or isinstance(data__attempt, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attempt must be integer",
                    value=data__attempt,
                    name="" + (name_prefix or "data") + ".attempt",
                    definition=("DeliveryRecord", "properties", "attempt"),
                    rule="type",
                )
            if isinstance(data__attempt, (int, float, Decimal)):
                if data__attempt < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".attempt must be bigger than or equal to 0",
                        value=data__attempt,
                        name="" + (name_prefix or "data") + ".attempt",
                        definition=("DeliveryRecord", "properties", "attempt"),
                        rule="minimum",
                    )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("DeliveryRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_failurerecord(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("FailureRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = (
            set(
                [
                    "id",
                    "time",
                    "envelope",
                    "recipient",
                    "attempt",
                    "from",
                    "to",
                    "type",
                    "code",
                    "status",
                    "description",
                    "state",
                    "tags",
                    "templateid",
                ]
            )
            - data.keys()
        )
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("FailureRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("FailureRecord", "properties", "id"),
                    rule="type",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_logtime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("FailureRecord", "properties", "id"),
                    rule="type",
                )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("FailureRecord", "properties", "id"),
                    rule="type",
                )
        if "attempt" in data_keys:
            data_keys.remove("attempt")
            data__attempt = data["attempt"]
            if (
                not isinstance(data__attempt, (int))
                and not (
                    isinstance(data__attempt, float) and data__attempt.is_integer()
                )
                or isinstance(data__attempt, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attempt must be integer",
                    value=data__attempt,
                    name="" + (name_prefix or "data") + ".attempt",
                    definition=("FailureRecord", "properties", "attempt"),
                    rule="type",
                )
            if isinstance(data__attempt, (int, float, Decimal)):
                if data__attempt < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".attempt must be bigger than or equal to 0",
                        value=data__attempt,
                        name="" + (name_prefix or "data") + ".attempt",
                        definition=("FailureRecord", "properties", "attempt"),
                        rule="minimum",
                    )
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".from must be string",
                    value=data__from,
                    name="" + (name_prefix or "data") + ".from",
                    definition=("FailureRecord", "properties", "from"),
                    rule="type",
                )
        if "to" in data_keys:
            data_keys.remove("to")
            data__to = data["to"]
            if not isinstance(data__to, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".to must be string",
                    value=data__to,
                    name="" + (name_prefix or "data") + ".to",
                    definition=("FailureRecord", "properties", "to"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("FailureRecord", "properties", "type"),
                    rule="type",
                )
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if (
                not isinstance(data__code, (int))
                and not (isinstance(data__code, float) and data__code.is_integer())
                or isinstance(data__code, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition=("FailureRecord", "properties", "code"),
                    rule="type",
                )
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not isinstance(data__status, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".status must be string",
                    value=data__status,
                    name="" + (name_prefix or "data") + ".status",
                    definition=("FailureRecord", "properties", "status"),
                    rule="type",
                )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".description must be string",
                    value=data__description,
                    name="" + (name_prefix or "data") + ".description",
                    definition=("FailureRecord", "properties", "id"),
                    rule="type",
                )
        if "state" in data_keys:
            data_keys.remove("state")
            data__state = data["state"]
            if not isinstance(data__state, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".state must be string",
                    value=data__state,
                    name="" + (name_prefix or "data") + ".state",
                    definition=("FailureRecord", "properties", "state"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_logtags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
        if "templateid" in data_keys:
            data_keys.remove("templateid")
            data__templateid = data["templateid"]
            validate___definitions_logtemplateid(
                data__templateid,
                custom_formats,
                (name_prefix or "data") + ".templateid",
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
                definition=("FailureRecord",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_logtags(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogTags",),
            rule="type",
        )
    return data


def validate___definitions_logtemplateid(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogTemplateId",),
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 0:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("LogTemplateId",),
                rule="minimum",
            )
    return data


def validate___definitions_logtime(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogTime",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("LogTime",),
                rule="pattern",
            )
    return data


def validate___definitions_logfilenamelist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogFileNameList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_logfilename(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_logfilename(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogFileName",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("LogFileName",),
                rule="pattern",
            )
    return data


def validate___definitions_logprefix(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogPrefix",),
            rule="type",
        )
    if data not in [
        "abuses",
        "attempts",
        "bounces",
        "clicks",
        "deliveries",
        "dmarc",
        "failures",
        "opens",
        "responses",
    ]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['abuses', 'attempts', 'bounces', 'clicks', 'deliveries', 'dmarc', 'failures', 'opens', 'responses']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("LogPrefix",),
            rule="enum",
        )
    return data


def validate___definitions_datelist(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DateList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + f"[{data_x}]" + " must be string",
                    value=data_item,
                    name="" + (name_prefix or "data") + f"[{data_x}]" + "",
                    definition=("DateList", "items"),
                    rule="type",
                )
            if isinstance(data_item, str):
                if not custom_formats["date"](data_item):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + f"[{data_x}]" + " must be date",
                        value=data_item,
                        name="" + (name_prefix or "data") + f"[{data_x}]" + "",
                        definition=("DateList", "items"),
                        rule="format",
                    )
    return data


def validate___definitions_spfrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SpfRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["domain", "ips", "includes", "record"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SpfRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "domain" in data_keys:
            data_keys.remove("domain")
            data__domain = data["domain"]
            validate___definitions_domainname(
                data__domain, custom_formats, (name_prefix or "data") + ".domain"
            )
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SpfRecord", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    validate___definitions_spfmechanismaddress(
                        data__ips_item,
                        custom_formats,
                        (name_prefix or "data") + f".ips[{data__ips_x}]",
                    )
        if "includes" in data_keys:
            data_keys.remove("includes")
            data__includes = data["includes"]
            if not isinstance(data__includes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".includes must be array",
                    value=data__includes,
                    name="" + (name_prefix or "data") + ".includes",
                    definition=("SpfRecord", "properties", "includes"),
                    rule="type",
                )
            data__includes_is_list = isinstance(data__includes, (list, tuple))
            if data__includes_is_list:
                data__includes_len = len(data__includes)
                for data__includes_x, data__includes_item in enumerate(data__includes):
                    validate___definitions_domainname(
                        data__includes_item,
                        custom_formats,
                        (name_prefix or "data") + f".includes[{data__includes_x}]",
                    )
        if "record" in data_keys:
            data_keys.remove("record")
            data__record = data["record"]
            if not isinstance(data__record, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".record must be string",
                    value=data__record,
                    name="" + (name_prefix or "data") + ".record",
                    definition=("SpfRecord", "properties", "record"),
                    rule="type",
                )
    return data


def validate___definitions_spfsettings(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SpfSettings",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SpfSettings", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    validate___definitions_spfmechanismaddress(
                        data__ips_item,
                        custom_formats,
                        (name_prefix or "data") + f".ips[{data__ips_x}]",
                    )
        if "includes" in data_keys:
            data_keys.remove("includes")
            data__includes = data["includes"]
            if not isinstance(data__includes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".includes must be array",
                    value=data__includes,
                    name="" + (name_prefix or "data") + ".includes",
                    definition=("SpfSettings", "properties", "includes"),
                    rule="type",
                )
            data__includes_is_list = isinstance(data__includes, (list, tuple))
            if data__includes_is_list:
                data__includes_len = len(data__includes)
                for data__includes_x, data__includes_item in enumerate(data__includes):
                    validate___definitions_domainname(
                        data__includes_item,
                        custom_formats,
                        (name_prefix or "data") + f".includes[{data__includes_x}]",
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
                definition=("SpfSettings",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_spfmechanismaddress(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SpfMechanismAddress",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?|(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?|(?:(?:[0-9A-Fa-f]{1,4}:){6}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|::(?:[0-9A-Fa-f]{1,4}:){5}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){4}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,1}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){3}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:){2}(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}:(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})?::(?:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}|(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})|(?:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})?::[0-9A-Fa-f]{1,4}|(?:(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})?::)(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SpfMechanismAddress",),
                rule="pattern",
            )
    return data


def validate___definitions_dkimkeyrequest(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimKeyRequest",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "selector" in data_keys:
            data_keys.remove("selector")
            data__selector = data["selector"]
            validate___definitions_dkimselector(
                data__selector, custom_formats, (name_prefix or "data") + ".selector"
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
                definition=("DkimKeyRequest",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_dkimkeylist(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimKeyList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_dkimkey(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


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


def validate___definitions_dkimselector(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DkimSelector",),
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
                definition=("DkimSelector",),
                rule="minLength",
            )
        if data_len > 63:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be shorter than or equal to 63 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimSelector",),
                rule="maxLength",
            )
        if not REGEX_PATTERNS["^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DkimSelector",),
                rule="pattern",
            )
    return data


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


def validate___definitions_dnscheck(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DnsCheck",),
            rule="type",
        )
    if data not in ["ok", "error"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['ok', 'error']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DnsCheck",),
            rule="enum",
        )
    return data


def validate___definitions_dnsrecordlist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DnsRecordList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_dnsrecord(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_dnsrecord(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DnsRecord",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name", "type", "value"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DnsRecord",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("DnsRecord", "properties", "name"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("DnsRecord", "properties", "type"),
                    rule="type",
                )
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".value must be string",
                    value=data__value,
                    name="" + (name_prefix or "data") + ".value",
                    definition=("DnsRecord", "properties", "value"),
                    rule="type",
                )
    return data


def validate___definitions_domainsettings(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DomainSettings",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "bounces" in data_keys:
            data_keys.remove("bounces")
            data__bounces = data["bounces"]
            validate___definitions_domainname(
                data__bounces, custom_formats, (name_prefix or "data") + ".bounces"
            )
        if "tracking" in data_keys:
            data_keys.remove("tracking")
            data__tracking = data["tracking"]
            validate___definitions_domainname(
                data__tracking, custom_formats, (name_prefix or "data") + ".tracking"
            )
        if "https" in data_keys:
            data_keys.remove("https")
            data__https = data["https"]
            if not isinstance(data__https, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".https must be boolean",
                    value=data__https,
                    name="" + (name_prefix or "data") + ".https",
                    definition=("DomainSettings", "properties", "https"),
                    rule="type",
                )
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            validate___definitions_dmarcpolicy(
                data__policy, custom_formats, (name_prefix or "data") + ".policy"
            )
        if "percentage" in data_keys:
            data_keys.remove("percentage")
            data__percentage = data["percentage"]
            validate___definitions_percentage(
                data__percentage,
                custom_formats,
                (name_prefix or "data") + ".percentage",
            )
        if "startdate" in data_keys:
            data_keys.remove("startdate")
            data__startdate = data["startdate"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".startdate must be string",
                    value=data__startdate,
                    name="" + (name_prefix or "data") + ".startdate",
                    definition=("DomainSettings", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__startdate, str):
                if not custom_formats["date"](data__startdate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".startdate must be date",
                        value=data__startdate,
                        name="" + (name_prefix or "data") + ".startdate",
                        definition=("DomainSettings", "properties", "startdate"),
                        rule="format",
                    )
        if "enddate" in data_keys:
            data_keys.remove("enddate")
            data__enddate = data["enddate"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".enddate must be string",
                    value=data__enddate,
                    name="" + (name_prefix or "data") + ".enddate",
                    definition=("DomainSettings", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__enddate, str):
                if not custom_formats["date"](data__enddate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".enddate must be date",
                        value=data__enddate,
                        name="" + (name_prefix or "data") + ".enddate",
                        definition=("DomainSettings", "properties", "startdate"),
                        rule="format",
                    )
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            validate___definitions_emailaddress(
                data__address, custom_formats, (name_prefix or "data") + ".address"
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
                definition=("DomainSettings",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_senderdomainlist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SenderDomainList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_senderdomain(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_senderdomain(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SenderDomain",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name", "approved"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SenderDomain",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_domainname(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "approved" in data_keys:
            data_keys.remove("approved")
            data__approved = data["approved"]
            if not isinstance(data__approved, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".approved must be boolean",
                    value=data__approved,
                    name="" + (name_prefix or "data") + ".approved",
                    definition=("SenderDomain", "properties", "approved"),
                    rule="type",
                )
        if "bounces" in data_keys:
            data_keys.remove("bounces")
            data__bounces = data["bounces"]
            validate___definitions_domainname(
                data__bounces, custom_formats, (name_prefix or "data") + ".bounces"
            )
        if "tracking" in data_keys:
            data_keys.remove("tracking")
            data__tracking = data["tracking"]
            validate___definitions_domainname(
                data__tracking, custom_formats, (name_prefix or "data") + ".tracking"
            )
        if "https" in data_keys:
            data_keys.remove("https")
            data__https = data["https"]
            if not isinstance(data__https, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".https must be boolean",
                    value=data__https,
                    name="" + (name_prefix or "data") + ".https",
                    definition=("SenderDomain", "properties", "https"),
                    rule="type",
                )
        if "ips" in data_keys:
            data_keys.remove("ips")
            data__ips = data["ips"]
            if not isinstance(data__ips, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ips must be array",
                    value=data__ips,
                    name="" + (name_prefix or "data") + ".ips",
                    definition=("SenderDomain", "properties", "ips"),
                    rule="type",
                )
            data__ips_is_list = isinstance(data__ips, (list, tuple))
            if data__ips_is_list:
                data__ips_len = len(data__ips)
                for data__ips_x, data__ips_item in enumerate(data__ips):
                    if not isinstance(data__ips_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".ips[{data__ips_x}]"
                            + " must be string",
                            value=data__ips_item,
                            name=""
                            + (name_prefix or "data")
                            + f".ips[{data__ips_x}]"
                            + "",
                            definition=("SenderDomain", "properties", "ips", "items"),
                            rule="type",
                        )
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            validate___definitions_dmarcpolicy(
                data__policy, custom_formats, (name_prefix or "data") + ".policy"
            )
        if "percentage" in data_keys:
            data_keys.remove("percentage")
            data__percentage = data["percentage"]
            validate___definitions_percentage(
                data__percentage,
                custom_formats,
                (name_prefix or "data") + ".percentage",
            )
        if "startdate" in data_keys:
            data_keys.remove("startdate")
            data__startdate = data["startdate"]
            if not isinstance(data__startdate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".startdate must be string",
                    value=data__startdate,
                    name="" + (name_prefix or "data") + ".startdate",
                    definition=("SenderDomain", "properties", "startdate"),
                    rule="type",
                )
            if isinstance(data__startdate, str):
                if not custom_formats["date"](data__startdate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".startdate must be date",
                        value=data__startdate,
                        name="" + (name_prefix or "data") + ".startdate",
                        definition=("SenderDomain", "properties", "startdate"),
                        rule="format",
                    )
        if "enddate" in data_keys:
            data_keys.remove("enddate")
            data__enddate = data["enddate"]
            if not isinstance(data__enddate, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".enddate must be string",
                    value=data__enddate,
                    name="" + (name_prefix or "data") + ".enddate",
                    definition=("SenderDomain", "properties", "enddate"),
                    rule="type",
                )
            if isinstance(data__enddate, str):
                if not custom_formats["date"](data__enddate):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".enddate must be date",
                        value=data__enddate,
                        name="" + (name_prefix or "data") + ".enddate",
                        definition=("SenderDomain", "properties", "enddate"),
                        rule="format",
                    )
        if "addresses" in data_keys:
            data_keys.remove("addresses")
            data__addresses = data["addresses"]
            if not isinstance(data__addresses, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".addresses must be array",
                    value=data__addresses,
                    name="" + (name_prefix or "data") + ".addresses",
                    definition=("SenderDomain", "properties", "addresses"),
                    rule="type",
                )
            data__addresses_is_list = isinstance(data__addresses, (list, tuple))
            if data__addresses_is_list:
                data__addresses_len = len(data__addresses)
                for data__addresses_x, data__addresses_item in enumerate(
                    data__addresses
                ):
                    validate___definitions_emailaddress(
                        data__addresses_item,
                        custom_formats,
                        (name_prefix or "data") + f".addresses[{data__addresses_x}]",
                    )
    return data


def validate___definitions_percentage(data, custom_formats=_FORMATS, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Percentage",),
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 0:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Percentage",),
                rule="minimum",
            )
        if data > 100:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be smaller than or equal to 100",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Percentage",),
                rule="maximum",
            )
    return data


def validate___definitions_dmarcpolicy(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DmarcPolicy",),
            rule="type",
        )
    if data not in ["none", "quarantine", "reject"]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['none', 'quarantine', 'reject']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DmarcPolicy",),
            rule="enum",
        )
    return data


def validate___definitions_domainname(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DomainName",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 3:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 3 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DomainName",),
                rule="minLength",
            )
        if data_len > 253:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be shorter than or equal to 253 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DomainName",),
                rule="maxLength",
            )
        if not REGEX_PATTERNS[
            "^([A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^([A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DomainName",),
                rule="pattern",
            )
    return data


def validate___definitions_xmldocument(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("XmlDocument",),
            rule="type",
        )
    if isinstance(data, str):
        if not custom_formats["binary"](data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be binary",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("XmlDocument",),
                rule="format",
            )
    return data


def validate___definitions_mimedocument(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MimeDocument",),
            rule="type",
        )
    if isinstance(data, str):
        if not custom_formats["binary"](data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be binary",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MimeDocument",),
                rule="format",
            )
    return data


def validate___definitions_templatecreated(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateCreated",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("TemplateCreated",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_templateid(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
    return data


def validate___definitions_templateupdate(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateUpdate",),
            rule="type",
        )
    data_any_of_count3 = 0
    if not data_any_of_count3:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["id"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition=("TemplateUpdate", "allOf", 0, "anyOf", 0),
                        rule="required",
                    )
            data_any_of_count3 += 1
        except JsonSchemaValueException:
            pass
    if not data_any_of_count3:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["name"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition=("TemplateUpdate", "allOf", 0, "anyOf", 1),
                        rule="required",
                    )
            data_any_of_count3 += 1
        except JsonSchemaValueException:
            pass
    if not data_any_of_count3:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateUpdate", "allOf", 0),
            rule="anyOf",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_templateid(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("TemplateUpdate", "properties", "name"),
                    rule="type",
                )
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".name must be longer than or equal to 1 characters",
                        value=data__name,
                        name="" + (name_prefix or "data") + ".name",
                        definition=("TemplateUpdate", "properties", "name"),
                        rule="minLength",
                    )
    return data


def validate___definitions_templatecreate(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateCreate",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("TemplateCreate",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("TemplateCreate", "properties", "name"),
                    rule="type",
                )
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".name must be longer than or equal to 1 characters",
                        value=data__name,
                        name="" + (name_prefix or "data") + ".name",
                        definition=("TemplateCreate", "properties", "name"),
                        rule="minLength",
                    )
    return data


def validate___definitions_templatedocument(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateDocument",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("TemplateDocument", "properties", "name"),
                    rule="type",
                )
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".name must be longer than or equal to 1 characters",
                        value=data__name,
                        name="" + (name_prefix or "data") + ".name",
                        definition=("TemplateDocument", "properties", "name"),
                        rule="minLength",
                    )
    return data


def validate___definitions_templatelist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_templatesummary(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_templatesummary(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateSummary",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("TemplateSummary",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_templateid(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("TemplateSummary", "properties", "name"),
                    rule="type",
                )
    return data


def validate___definitions_templatequerydata(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateQueryData",),
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
                        definition=("TemplateQueryData", "additionalProperties"),
                        rule="type",
                    )
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
                                definition=("TemplateQueryData", "propertyNames"),
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
                    definition=("TemplateQueryData",),
                    rule="propertyNames",
                )
    return data


def validate___definitions_templatekey(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count4 = 0
    if data_one_of_count4 < 2:
        try:
            validate___definitions_templateid(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count4 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count4 < 2:
        try:
            validate___definitions_templatename(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count4 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count4 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count4) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateKey",),
            rule="oneOf",
        )
    return data


def validate___definitions_abuseevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AbuseEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("AbuseEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("AbuseEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "abuse":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: abuse",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("AbuseEvent", "properties", "type"),
                    rule="const",
                )
        if "emailfrom" in data_keys:
            data_keys.remove("emailfrom")
            data__emailfrom = data["emailfrom"]
            if not isinstance(data__emailfrom, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".emailfrom must be string",
                    value=data__emailfrom,
                    name="" + (name_prefix or "data") + ".emailfrom",
                    definition=("AbuseEvent", "properties", "emailfrom"),
                    rule="type",
                )
        if "mime" in data_keys:
            data_keys.remove("mime")
            data__mime = data["mime"]
            if not isinstance(data__mime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mime must be string",
                    value=data__mime,
                    name="" + (name_prefix or "data") + ".mime",
                    definition=("AbuseEvent", "properties", "mime"),
                    rule="type",
                )
    return data


def validate___definitions_openevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("OpenEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("OpenEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("OpenEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "open":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: open",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("OpenEvent", "properties", "type"),
                    rule="const",
                )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("OpenEvent", "properties", "recipient"),
                    rule="type",
                )
        if "ip" in data_keys:
            data_keys.remove("ip")
            data__ip = data["ip"]
            if not isinstance(data__ip, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ip must be string",
                    value=data__ip,
                    name="" + (name_prefix or "data") + ".ip",
                    definition=("OpenEvent", "properties", "ip"),
                    rule="type",
                )
        if "useragent" in data_keys:
            data_keys.remove("useragent")
            data__useragent = data["useragent"]
            if not isinstance(data__useragent, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".useragent must be string",
                    value=data__useragent,
                    name="" + (name_prefix or "data") + ".useragent",
                    definition=("OpenEvent", "properties", "useragent"),
                    rule="type",
                )
        if "referer" in data_keys:
            data_keys.remove("referer")
            data__referer = data["referer"]
            if not isinstance(data__referer, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".referer must be string",
                    value=data__referer,
                    name="" + (name_prefix or "data") + ".referer",
                    definition=("OpenEvent", "properties", "referer"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_clickevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ClickEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("ClickEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("ClickEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "click":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: click",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("ClickEvent", "properties", "type"),
                    rule="const",
                )
        if "timestamp" in data_keys:
            data_keys.remove("timestamp")
            data__timestamp = data["timestamp"]
            validate___definitions_webhooktimestamp(
                data__timestamp, custom_formats, (name_prefix or "data") + ".timestamp"
            )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("ClickEvent", "properties", "recipient"),
                    rule="type",
                )
        if "ip" in data_keys:
            data_keys.remove("ip")
            data__ip = data["ip"]
            if not isinstance(data__ip, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ip must be string",
                    value=data__ip,
                    name="" + (name_prefix or "data") + ".ip",
                    definition=("ClickEvent", "properties", "ip"),
                    rule="type",
                )
        if "original" in data_keys:
            data_keys.remove("original")
            data__original = data["original"]
            if not isinstance(data__original, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".original must be string",
                    value=data__original,
                    name="" + (name_prefix or "data") + ".original",
                    definition=("ClickEvent", "properties", "original"),
                    rule="type",
                )
        if "useragent" in data_keys:
            data_keys.remove("useragent")
            data__useragent = data["useragent"]
            if not isinstance(data__useragent, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".useragent must be string",
                    value=data__useragent,
                    name="" + (name_prefix or "data") + ".useragent",
                    definition=("ClickEvent", "properties", "useragent"),
                    rule="type",
                )
        if "referer" in data_keys:
            data_keys.remove("referer")
            data__referer = data["referer"]
            if not isinstance(data__referer, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".referer must be string",
                    value=data__referer,
                    name="" + (name_prefix or "data") + ".referer",
                    definition=("ClickEvent", "properties", "referer"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_deliveryevent(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("DeliveryEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("DeliveryEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("DeliveryEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "delivery":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: delivery",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("DeliveryEvent", "properties", "type"),
                    rule="const",
                )
        if "timestamp" in data_keys:
            data_keys.remove("timestamp")
            data__timestamp = data["timestamp"]
            validate___definitions_webhooktimestamp(
                data__timestamp, custom_formats, (name_prefix or "data") + ".timestamp"
            )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("DeliveryEvent", "properties", "recipient"),
                    rule="type",
                )
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if (
                not isinstance(data__code, (int))
                and not (isinstance(data__code, float) and data__code.is_integer())
                or isinstance(data__code, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition=("DeliveryEvent", "properties", "code"),
                    rule="type",
                )
            if isinstance(data__code, (int, float, Decimal)):
                if data__code < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".code must be bigger than or equal to 0",
                        value=data__code,
                        name="" + (name_prefix or "data") + ".code",
                        definition=("DeliveryEvent", "properties", "code"),
                        rule="minimum",
                    )
        if "extended" in data_keys:
            data_keys.remove("extended")
            data__extended = data["extended"]
            if not isinstance(data__extended, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".extended must be string",
                    value=data__extended,
                    name="" + (name_prefix or "data") + ".extended",
                    definition=("DeliveryEvent", "properties", "extended"),
                    rule="type",
                )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".description must be string",
                    value=data__description,
                    name="" + (name_prefix or "data") + ".description",
                    definition=("DeliveryEvent", "properties", "description"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_failureevent(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("FailureEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("FailureEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("FailureEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "failure":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: failure",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("FailureEvent", "properties", "type"),
                    rule="const",
                )
        if "timestamp" in data_keys:
            data_keys.remove("timestamp")
            data__timestamp = data["timestamp"]
            validate___definitions_webhooktimestamp(
                data__timestamp, custom_formats, (name_prefix or "data") + ".timestamp"
            )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("FailureEvent", "properties", "recipient"),
                    rule="type",
                )
        if "action" in data_keys:
            data_keys.remove("action")
            data__action = data["action"]
            if not isinstance(data__action, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".action must be string",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition=("FailureEvent", "properties", "action"),
                    rule="type",
                )
            if data__action not in ["failure", "failed"]:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".action must be one of ['failure', 'failed']",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition=("FailureEvent", "properties", "action"),
                    rule="enum",
                )
        if "state" in data_keys:
            data_keys.remove("state")
            data__state = data["state"]
            if not isinstance(data__state, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".state must be string",
                    value=data__state,
                    name="" + (name_prefix or "data") + ".state",
                    definition=("FailureEvent", "properties", "state"),
                    rule="type",
                )
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if (
                not isinstance(data__code, (int))
                and not (isinstance(data__code, float) and data__code.is_integer())
                or isinstance(data__code, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".code must be integer",
                    value=data__code,
                    name="" + (name_prefix or "data") + ".code",
                    definition=("FailureEvent", "properties", "code"),
                    rule="type",
                )
            if isinstance(data__code, (int, float, Decimal)):
                if data__code < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".code must be bigger than or equal to 0",
                        value=data__code,
                        name="" + (name_prefix or "data") + ".code",
                        definition=("FailureEvent", "properties", "code"),
                        rule="minimum",
                    )
        if "extended" in data_keys:
            data_keys.remove("extended")
            data__extended = data["extended"]
            if not isinstance(data__extended, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".extended must be string",
                    value=data__extended,
                    name="" + (name_prefix or "data") + ".extended",
                    definition=("FailureEvent", "properties", "extended"),
                    rule="type",
                )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            if not isinstance(data__description, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".description must be string",
                    value=data__description,
                    name="" + (name_prefix or "data") + ".description",
                    definition=("FailureEvent", "properties", "description"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_bounceevent(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("BounceEvent",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("BounceEvent",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition=("BounceEvent", "properties", "id"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if data__type != "bounce":
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be same as const definition: bounce",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("BounceEvent", "properties", "type"),
                    rule="const",
                )
        if "timestamp" in data_keys:
            data_keys.remove("timestamp")
            data__timestamp = data["timestamp"]
            validate___definitions_webhooktimestamp(
                data__timestamp, custom_formats, (name_prefix or "data") + ".timestamp"
            )
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate___definitions_webhooktime(
                data__time, custom_formats, (name_prefix or "data") + ".time"
            )
        if "recipient" in data_keys:
            data_keys.remove("recipient")
            data__recipient = data["recipient"]
            if not isinstance(data__recipient, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipient must be string",
                    value=data__recipient,
                    name="" + (name_prefix or "data") + ".recipient",
                    definition=("BounceEvent", "properties", "recipient"),
                    rule="type",
                )
        if "envelope" in data_keys:
            data_keys.remove("envelope")
            data__envelope = data["envelope"]
            if not isinstance(data__envelope, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".envelope must be string",
                    value=data__envelope,
                    name="" + (name_prefix or "data") + ".envelope",
                    definition=("BounceEvent", "properties", "envelope"),
                    rule="type",
                )
        if "mime" in data_keys:
            data_keys.remove("mime")
            data__mime = data["mime"]
            if not isinstance(data__mime, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mime must be string",
                    value=data__mime,
                    name="" + (name_prefix or "data") + ".mime",
                    definition=("BounceEvent", "properties", "mime"),
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_webhooktags(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookTags",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_tag(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_webhooktimestamp(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookTimestamp",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookTimestamp",),
                rule="pattern",
            )
    return data


def validate___definitions_webhooktime(data, custom_formats=_FORMATS, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("WebhookTime",),
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 0:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("WebhookTime",),
                rule="minimum",
            )
    return data


def validate___definitions_event(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Event",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["event", "data"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Event",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "event" in data_keys:
            data_keys.remove("event")
            data__event = data["event"]
            validate___definitions_eventtype(
                data__event, custom_formats, (name_prefix or "data") + ".event"
            )
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            if not isinstance(data__data, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".data must be object",
                    value=data__data,
                    name="" + (name_prefix or "data") + ".data",
                    definition=("Event", "properties", "data"),
                    rule="type",
                )
            data__data_is_dict = isinstance(data__data, dict)
            if data__data_is_dict:
                pass
    return data


def validate___definitions_eventtype(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("EventType",),
            rule="type",
        )
    if data not in [
        "attempt",
        "bounce",
        "click",
        "delivery",
        "failure",
        "open",
        "response",
    ]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['attempt', 'bounce', 'click', 'delivery', 'failure', 'open', 'response']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("EventType",),
            rule="enum",
        )
    return data


def validate___definitions_messagepart(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MessagePart",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["rank", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MessagePart",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "rank" in data_keys:
            data_keys.remove("rank")
            data__rank = data["rank"]
            if (
                not isinstance(data__rank, (int))
                and not (isinstance(data__rank, float) and data__rank.is_integer())
                or isinstance(data__rank, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".rank must be integer",
                    value=data__rank,
                    name="" + (name_prefix or "data") + ".rank",
                    definition=("MessagePart", "properties", "rank"),
                    rule="type",
                )
            if isinstance(data__rank, (int, float, Decimal)):
                if data__rank < 0:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".rank must be bigger than or equal to 0",
                        value=data__rank,
                        name="" + (name_prefix or "data") + ".rank",
                        definition=("MessagePart", "properties", "rank"),
                        rule="minimum",
                    )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition=("MessagePart", "properties", "name"),
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition=("MessagePart", "properties", "type"),
                    rule="type",
                )
        if "cid" in data_keys:
            data_keys.remove("cid")
            data__cid = data["cid"]
            if not isinstance(data__cid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".cid must be string",
                    value=data__cid,
                    name="" + (name_prefix or "data") + ".cid",
                    definition=("MessagePart", "properties", "cid"),
                    rule="type",
                )
    return data


def validate___definitions_resendrequest(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ResendRequest",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must contain "
                + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("ResendRequest",),
                rule="required",
            )
        data_keys = set(data.keys())
        if "message" in data_keys:
            data_keys.remove("message")
            data__message = data["message"]
            if not isinstance(data__message, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message must be string",
                    value=data__message,
                    name="" + (name_prefix or "data") + ".message",
                    definition=("ResendRequest", "properties", "message"),
                    rule="type",
                )
            if isinstance(data__message, str):
                data__message_len = len(data__message)
                if data__message_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".message must be longer than or equal to 1 characters",
                        value=data__message,
                        name="" + (name_prefix or "data") + ".message",
                        definition=("ResendRequest", "properties", "message"),
                        rule="minLength",
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
                definition=("ResendRequest",),
                rule="additionalProperties",
            )
    return data


def validate___definitions_sendresponse(
    data, custom_formats=_FORMATS, name_prefix=None
):
    try:
        if not isinstance(data, (dict)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be object",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("SendResponse", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        validate___definitions_sendaccepted(
            data, custom_formats, (name_prefix or "data") + ""
        )
    else:
        validate___definitions_messageidmap(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


def validate___definitions_sendaccepted(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendAccepted",),
            rule="type",
        )
    if data != 1:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be same as const definition: 1",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("SendAccepted",),
            rule="const",
        )
    return data


def validate___definitions_messageidmap(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MessageIdMap",),
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
                        definition=("MessageIdMap", "additionalProperties"),
                        rule="type",
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
            data_any_of_count5 = 0
            if not data_any_of_count5:
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
                    data_any_of_count5 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count5:
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
                    data_any_of_count5 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count5:
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
                    data_any_of_count5 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count5:
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
                    data_any_of_count5 += 1
                except JsonSchemaValueException:
                    pass
            if not data_any_of_count5:
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


def validate___definitions_images(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Images",),
            rule="type",
        )
    if data not in ["hosted", "default"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['hosted', 'default']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Images",),
            rule="enum",
        )
    return data


def validate___definitions_mimemessage(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MimeMessage",),
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
                definition=("MimeMessage",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["\\S"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern \\S",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MimeMessage",),
                rule="pattern",
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


def validate___definitions_maxdelivertime(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("MaxDeliverTime",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("MaxDeliverTime",),
                rule="pattern",
            )
    return data


def validate___definitions_tag(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Tag",),
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
                definition=("Tag",),
                rule="minLength",
            )
        if not REGEX_PATTERNS["^[^\\s;]+$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[^\\s;]+$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Tag",),
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


def validate___definitions_templatename(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateName",),
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
                definition=("TemplateName",),
                rule="minLength",
            )
    return data


def validate___definitions_templateid(data, custom_formats=_FORMATS, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("TemplateId",),
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 1",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("TemplateId",),
                rule="minimum",
            )
    return data


def validate___definitions_attachment(data, custom_formats=_FORMATS, name_prefix=None):
    data_one_of_count6 = 0
    if data_one_of_count6 < 2:
        try:
            validate___definitions_urlattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count6 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count6 < 2:
        try:
            validate___definitions_dataattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count6 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count6 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count6) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("Attachment",),
            rule="oneOf",
        )
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


def validate___definitions_recipientlist(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("RecipientList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain at least 1 items",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("RecipientList",),
                rule="minItems",
            )
        for data_x, data_item in enumerate(data):
            validate___definitions_emailaddress(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_addresses(data, custom_formats=_FORMATS, name_prefix=None):
    try:
        if not isinstance(data, (str)):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be string",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("Addresses", "if"),
                rule="type",
            )
    except JsonSchemaValueException:
        validate___definitions_addresslist(
            data, custom_formats, (name_prefix or "data") + ""
        )
    else:
        validate___definitions_headeraddresses(
            data, custom_formats, (name_prefix or "data") + ""
        )
    return data


def validate___definitions_addresslist(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("AddressList",),
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_headeraddresses(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_headeraddresses(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("HeaderAddresses",),
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS[
            "^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("HeaderAddresses",),
                rule="pattern",
            )
    return data


def validate___definitions_emailaddress(
    data, custom_formats=_FORMATS, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("EmailAddress",),
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 3:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be longer than or equal to 3 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="minLength",
            )
        if data_len > 254:
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must be shorter than or equal to 254 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="maxLength",
            )
        if not REGEX_PATTERNS[
            "^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(?=[^@]{1,64}@)[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#\\$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="pattern",
            )
        if not custom_formats["email"](data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be email",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=("EmailAddress",),
                rule="format",
            )
    return data


def validate___definitions_errortext(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("ErrorText",),
            rule="type",
        )
    return data


def validate___definitions_formdata(data, custom_formats=_FORMATS, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=("FormData",),
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data if len(data_keys) == len(data) else data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                try:
                    if not isinstance(data_value, (list, tuple)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must be array",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=("FormData", "additionalProperties", "if"),
                            rule="type",
                        )
                except JsonSchemaValueException:
                    if not isinstance(
                        data_value, (str, int, float, Decimal, int, bool)
                    ) and not (
                        isinstance(data_value, float) and data_value.is_integer()
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must be string or number or integer or boolean",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=(
                                "FormData",
                                "additionalProperties",
                                "then",
                                "items",
                            ),
                            rule="type",
                        )
                else:
                    data_value_is_list = isinstance(data_value, (list, tuple))
                    if data_value_is_list:
                        data_value_len = len(data_value)
                        for data_value_x, data_value_item in enumerate(data_value):
                            if not isinstance(
                                data_value_item, (str, int, float, Decimal, int, bool)
                            ) and not (
                                isinstance(data_value_item, float)
                                and data_value_item.is_integer()
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + f".{data_key}[{data_value_x}]"
                                    + " must be string or number or integer or boolean",
                                    value=data_value_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + f".{data_key}[{data_value_x}]"
                                    + "",
                                    definition=(
                                        "FormData",
                                        "additionalProperties",
                                        "then",
                                        "items",
                                    ),
                                    rule="type",
                                )
    return data


# Large maps and lists of a simple shape (see _schema_runtime.install_fast_paths).
_FAST_PATHS = {
    "validate___definitions_addresslist": (
        "list",
        0,
        None,
        ("^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$", None, 0, None),
    ),
    "validate___definitions_recipientlist": ("list", 1, None, (None, "email", 3, 254)),
    "validate___definitions_recipientdatamap": (
        "map",
        1,
        (None, "email", 3, 254),
        "^[A-Za-z][A-Za-z0-9_-]*$",
    ),
    "validate___definitions_webhooktags": (
        "list",
        0,
        None,
        ("^[^\\s;]+$", None, 1, None),
    ),
    "validate___definitions_datelist": ("list", 0, None, (None, "date", 0, None)),
    "validate___definitions_logfilenamelist": (
        "list",
        0,
        None,
        (
            "^(abuses|attempts|bounces|clicks|deliveries|dmarc|failures|opens|responses)\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\.log$",
            None,
            0,
            None,
        ),
    ),
}
_install_fast_paths(globals(), _FAST_PATHS, _FORMATS, _SHAPES, _PATTERN_SOURCES)
