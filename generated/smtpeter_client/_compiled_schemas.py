# mypy: ignore-errors
# ruff: noqa
"""The request schemas of openapi.yaml compiled to Python by fastjsonschema 2.21.2.

Use it through validation.py.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from decimal import Decimal
import re


class JsonSchemaValueException(ValueError):
    """A value broke a rule of the schema: ``name`` is where, ``rule`` which keyword."""

    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.message = message
        self.value = value
        self.name = name
        self.definition = definition
        self.rule = rule


REGEX_PATTERNS = {
    "^[^\\s;]+(;[^\\s;]+)*$": re.compile("^[^\\s;]+(;[^\\s;]+)*\\Z"),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$": re.compile(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\Z"
    ),
    "^[^\\r\\n]*$": re.compile("^[^\\r\\n]*\\Z"),
    "\\S": re.compile("\\S"),
    "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$": re.compile(
        "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*\\Z"
    ),
    "^[!-~]+$": re.compile("^[!-~]+\\Z"),
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$": re.compile(
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\Z"
    ),
    "^[^\\s;]+$": re.compile("^[^\\s;]+\\Z"),
    "^(/[^/]*)*$": re.compile("^(/[^/]*)*\\Z"),
    "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$": re.compile(
        "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*\\Z"
    ),
    "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$": re.compile(
        "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*\\Z"
    ),
    "^https?://\\S+$": re.compile("^https?://\\S+\\Z"),
    "^[Xx]-[!-9;-~]+$": re.compile("^[Xx]-[!-9;-~]+\\Z"),
    "^[A-Za-z][A-Za-z0-9_-]*$": re.compile("^[A-Za-z][A-Za-z0-9_-]*\\Z"),
    '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$': re.compile(
        '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+\\Z'
    ),
}


class _Pattern:
    """A compiled pattern whose search answers whether it matched, remembered for short
    strings (at most 1024 of them, none longer than 64 characters)."""

    __slots__ = ("_regex", "_known")

    def __init__(self, regex):
        self._regex = regex
        self._known = {}

    def search(self, text):
        known = self._known.get(text)
        if known is None:
            known = self._regex.search(text) is not None
            if len(text) <= 64 and len(self._known) < 1024:
                self._known[text] = known
        return known


REGEX_PATTERNS.update(
    {
        key: _Pattern(REGEX_PATTERNS[key])
        for key in ["^[A-Za-z][A-Za-z0-9_-]*$", "^[Xx]-[!-9;-~]+$"]
    }
)

NoneType = type(None)


def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "$schema": "http://json-schema.org/draft-07/schema#",
                "definitions": {
                    "ErrorText": {
                        "type": "string",
                        "description": "SMTPeter's explanation of what went wrong, in words.",
                    },
                    "EmailAddress": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "HeaderAddresses": {
                        "title": "HeaderAddresses",
                        "type": "string",
                        "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                        "pattern": "^[^\\r\\n]*$",
                    },
                    "AddressList": {
                        "title": "AddressList",
                        "type": "array",
                        "items": {
                            "title": "HeaderAddresses",
                            "type": "string",
                            "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                            "pattern": "^[^\\r\\n]*$",
                        },
                    },
                    "Addresses": {
                        "description": "One header value, or a list of them that SMTPeter joins.",
                        "oneOf": [
                            {
                                "title": "HeaderAddresses",
                                "type": "string",
                                "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                                "pattern": "^[^\\r\\n]*$",
                            },
                            {
                                "title": "AddressList",
                                "type": "array",
                                "items": {"$ref": "#/definitions/HeaderAddresses"},
                            },
                        ],
                    },
                    "RecipientList": {
                        "title": "RecipientList",
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                    },
                    "PersonalizationData": {
                        "title": "PersonalizationData",
                        "type": "object",
                        "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                        "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                        "additionalProperties": True,
                    },
                    "RecipientDataMap": {
                        "title": "RecipientDataMap",
                        "type": "object",
                        "description": "Each delivery address mapped to its own personalization data.",
                        "minProperties": 1,
                        "propertyNames": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "additionalProperties": {
                            "title": "PersonalizationData",
                            "type": "object",
                            "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                            "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                            "additionalProperties": True,
                        },
                    },
                    "Recipients": {
                        "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                        "oneOf": [
                            {
                                "title": "RecipientList",
                                "type": "array",
                                "minItems": 1,
                                "items": {"$ref": "#/definitions/EmailAddress"},
                            },
                            {
                                "title": "RecipientDataMap",
                                "type": "object",
                                "description": "Each delivery address mapped to its own personalization data.",
                                "minProperties": 1,
                                "propertyNames": {"$ref": "#/definitions/EmailAddress"},
                                "additionalProperties": {
                                    "$ref": "#/definitions/PersonalizationData"
                                },
                            },
                        ],
                    },
                    "Unsubscribe": {
                        "type": "object",
                        "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                        "additionalProperties": False,
                        "minProperties": 1,
                        "properties": {
                            "email": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "oneclick": {
                                "type": "boolean",
                                "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                            },
                        },
                    },
                    "ExtraHeaders": {
                        "type": "object",
                        "description": "Custom headers; every name starts with `x-` (in any case).",
                        "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                        "additionalProperties": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                        },
                    },
                    "UrlAttachment": {
                        "title": "UrlAttachment",
                        "type": "object",
                        "description": "An attachment SMTPeter downloads itself.",
                        "additionalProperties": False,
                        "required": ["url"],
                        "properties": {
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "name": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The file name the recipient sees; no CR or LF.",
                            },
                            "type": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                                "description": "The attachment's media type, e.g. `application/pdf`.",
                            },
                        },
                    },
                    "DataAttachment": {
                        "title": "DataAttachment",
                        "type": "object",
                        "description": "An attachment whose content travels in the request, base64-encoded.",
                        "additionalProperties": False,
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "string",
                                "contentEncoding": "base64",
                                "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                            },
                            "name": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The file name the recipient sees; no CR or LF.",
                            },
                            "type": {
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                                "description": "The attachment's media type, e.g. `application/pdf`.",
                            },
                        },
                    },
                    "AttachmentName": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The file name the recipient sees; no CR or LF.",
                    },
                    "MediaType": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                        "description": "The attachment's media type, e.g. `application/pdf`.",
                    },
                    "Attachment": {
                        "oneOf": [
                            {
                                "title": "UrlAttachment",
                                "type": "object",
                                "description": "An attachment SMTPeter downloads itself.",
                                "additionalProperties": False,
                                "required": ["url"],
                                "properties": {
                                    "url": {
                                        "type": "string",
                                        "format": "uri",
                                        "pattern": "^https?://\\S+$",
                                    },
                                    "name": {"$ref": "#/definitions/AttachmentName"},
                                    "type": {"$ref": "#/definitions/MediaType"},
                                },
                            },
                            {
                                "title": "DataAttachment",
                                "type": "object",
                                "description": "An attachment whose content travels in the request, base64-encoded.",
                                "additionalProperties": False,
                                "required": ["data"],
                                "properties": {
                                    "data": {
                                        "type": "string",
                                        "contentEncoding": "base64",
                                        "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                                    },
                                    "name": {"$ref": "#/definitions/AttachmentName"},
                                    "type": {"$ref": "#/definitions/MediaType"},
                                },
                            },
                        ]
                    },
                    "TemplateId": {
                        "title": "TemplateId",
                        "type": "integer",
                        "minimum": 1,
                    },
                    "TemplateName": {
                        "title": "TemplateName",
                        "type": "string",
                        "minLength": 1,
                    },
                    "InlineTemplate": {
                        "title": "InlineTemplate",
                        "type": "object",
                        "description": "A whole template document in the responsiveemail.com format.",
                        "additionalProperties": True,
                    },
                    "Template": {
                        "description": "A stored template by id or name, or a whole template document.",
                        "oneOf": [
                            {"title": "TemplateId", "type": "integer", "minimum": 1},
                            {"title": "TemplateName", "type": "string", "minLength": 1},
                            {
                                "title": "InlineTemplate",
                                "type": "object",
                                "description": "A whole template document in the responsiveemail.com format.",
                                "additionalProperties": True,
                            },
                        ],
                    },
                    "PatchOperation": {
                        "type": "object",
                        "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                        "required": ["op", "path"],
                        "additionalProperties": False,
                        "properties": {
                            "op": {
                                "type": "string",
                                "enum": [
                                    "add",
                                    "remove",
                                    "replace",
                                    "move",
                                    "copy",
                                    "test",
                                ],
                            },
                            "path": {
                                "type": "string",
                                "description": "A JSON Pointer (RFC 6901) into the template.",
                                "pattern": "^(/[^/]*)*$",
                            },
                            "from": {
                                "type": "string",
                                "description": "The source pointer, for `move` and `copy`.",
                                "pattern": "^(/[^/]*)*$",
                            },
                            "value": {
                                "description": "The value, for `add`, `replace` and `test`."
                            },
                        },
                    },
                    "PatchOp": {
                        "type": "string",
                        "enum": ["add", "remove", "replace", "move", "copy", "test"],
                    },
                    "Tag": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\s;]+$",
                        "description": "A label for statistics and event filters; no white space or semicolons.",
                    },
                    "MaxDeliverTime": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                        "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                    },
                    "Dsn": {
                        "type": "object",
                        "description": "What delivery status notifications to send to the `envelope` address.",
                        "additionalProperties": False,
                        "properties": {
                            "notify": {
                                "type": "string",
                                "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                                "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                            },
                            "ret": {
                                "type": "string",
                                "enum": ["FULL", "HDRS"],
                                "description": "Return the full message or only its headers (default HDRS).",
                            },
                            "envid": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Envelope-Id.",
                                "pattern": "^[!-~]+$",
                            },
                            "orcpt": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Recipient.",
                                "pattern": "^[!-~]+$",
                            },
                        },
                    },
                    "DsnRet": {
                        "type": "string",
                        "enum": ["FULL", "HDRS"],
                        "description": "Return the full message or only its headers (default HDRS).",
                    },
                    "MimeMessage": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "\\S",
                        "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                    },
                    "Images": {
                        "type": "string",
                        "enum": ["hosted", "default"],
                        "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                    },
                    "SendRequest": {
                        "type": "object",
                        "description": "A message to send, as JSON. Needs a delivery address\n(`recipient` or `recipients`, not both) and content (`mime`,\n`template`, `text` or `html`).\n\nThe reply-to property is `replyto`, as the JSON send pages and\ntheir examples spell it; the template page's `replyTo` and its\nundocumented `headers` are refused like any unknown property\n(custom headers go in `extra`, template changes in `patch`).\n",
                        "additionalProperties": False,
                        "allOf": [
                            {
                                "oneOf": [
                                    {"required": ["recipient"]},
                                    {"required": ["recipients"]},
                                ]
                            },
                            {
                                "anyOf": [
                                    {"required": ["mime"]},
                                    {"required": ["template"]},
                                    {"required": ["text"]},
                                    {"required": ["html"]},
                                ]
                            },
                        ],
                        "properties": {
                            "envelope": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                            "recipient": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                            "recipients": {
                                "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                                "oneOf": [
                                    {"$ref": "#/definitions/RecipientList"},
                                    {"$ref": "#/definitions/RecipientDataMap"},
                                ],
                            },
                            "mime": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "\\S",
                                "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                            },
                            "from": {
                                "title": "HeaderAddresses",
                                "type": "string",
                                "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                                "pattern": "^[^\\r\\n]*$",
                            },
                            "to": {
                                "description": "One header value, or a list of them that SMTPeter joins.",
                                "oneOf": [
                                    {"$ref": "#/definitions/HeaderAddresses"},
                                    {"$ref": "#/definitions/AddressList"},
                                ],
                            },
                            "cc": {
                                "description": "One header value, or a list of them that SMTPeter joins.",
                                "oneOf": [
                                    {"$ref": "#/definitions/HeaderAddresses"},
                                    {"$ref": "#/definitions/AddressList"},
                                ],
                            },
                            "replyto": {
                                "description": "One header value, or a list of them that SMTPeter joins.",
                                "oneOf": [
                                    {"$ref": "#/definitions/HeaderAddresses"},
                                    {"$ref": "#/definitions/AddressList"},
                                ],
                            },
                            "subject": {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The subject line; no CR or LF.",
                            },
                            "text": {
                                "type": "string",
                                "description": "The plain-text version.",
                            },
                            "html": {
                                "type": "string",
                                "description": "The HTML version.",
                            },
                            "unsubscribe": {
                                "type": "object",
                                "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                                "additionalProperties": False,
                                "minProperties": 1,
                                "properties": {
                                    "email": {"$ref": "#/definitions/EmailAddress"},
                                    "url": {
                                        "type": "string",
                                        "format": "uri",
                                        "pattern": "^https?://\\S+$",
                                    },
                                    "oneclick": {
                                        "type": "boolean",
                                        "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                                    },
                                },
                            },
                            "extra": {
                                "type": "object",
                                "description": "Custom headers; every name starts with `x-` (in any case).",
                                "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                                "additionalProperties": {
                                    "type": "string",
                                    "pattern": "^[^\\r\\n]*$",
                                },
                            },
                            "attachments": {
                                "type": "array",
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/UrlAttachment"},
                                        {"$ref": "#/definitions/DataAttachment"},
                                    ]
                                },
                            },
                            "template": {
                                "description": "A stored template by id or name, or a whole template document.",
                                "oneOf": [
                                    {"$ref": "#/definitions/TemplateId"},
                                    {"$ref": "#/definitions/TemplateName"},
                                    {"$ref": "#/definitions/InlineTemplate"},
                                ],
                            },
                            "data": {
                                "title": "PersonalizationData",
                                "type": "object",
                                "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                                "propertyNames": {
                                    "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
                                },
                                "additionalProperties": True,
                            },
                            "patch": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                                    "required": ["op", "path"],
                                    "additionalProperties": False,
                                    "properties": {
                                        "op": {"$ref": "#/definitions/PatchOp"},
                                        "path": {
                                            "type": "string",
                                            "description": "A JSON Pointer (RFC 6901) into the template.",
                                            "pattern": "^(/[^/]*)*$",
                                        },
                                        "from": {
                                            "type": "string",
                                            "description": "The source pointer, for `move` and `copy`.",
                                            "pattern": "^(/[^/]*)*$",
                                        },
                                        "value": {
                                            "description": "The value, for `add`, `replace` and `test`."
                                        },
                                    },
                                },
                            },
                            "inlinecss": {
                                "type": "boolean",
                                "description": "Turn style sheets in the head into inline style attributes.",
                            },
                            "trackclicks": {
                                "type": "boolean",
                                "description": "Rewrite links to count clicks (SMTPeter's default is on).",
                            },
                            "trackopens": {
                                "type": "boolean",
                                "description": "Count opens (default on).",
                            },
                            "trackbounces": {
                                "type": "boolean",
                                "description": "Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).",
                            },
                            "preventscam": {
                                "type": "boolean",
                                "description": "Leave links whose text is their own address untouched.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^\\s;]+$",
                                    "description": "A label for statistics and event filters; no white space or semicolons.",
                                },
                            },
                            "maxdelivertime": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                                "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                            },
                            "dsn": {
                                "type": "object",
                                "description": "What delivery status notifications to send to the `envelope` address.",
                                "additionalProperties": False,
                                "properties": {
                                    "notify": {
                                        "type": "string",
                                        "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                                        "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                                    },
                                    "ret": {"$ref": "#/definitions/DsnRet"},
                                    "envid": {
                                        "type": "string",
                                        "description": "Copied to the notification's Original-Envelope-Id.",
                                        "pattern": "^[!-~]+$",
                                    },
                                    "orcpt": {
                                        "type": "string",
                                        "description": "Copied to the notification's Original-Recipient.",
                                        "pattern": "^[!-~]+$",
                                    },
                                },
                            },
                            "images": {
                                "type": "string",
                                "enum": ["hosted", "default"],
                                "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                            },
                        },
                    },
                    "SendForm": {
                        "type": "object",
                        "description": "A message to send, form-encoded. Form data has no nesting, so this\ncarries only the flat properties of `SendRequest`; lists go as\nrepeated keys. Use JSON for `unsubscribe`, `extra`, `attachments`,\n`data`, `patch`, `dsn`, an inline template or per-recipient data.\n",
                        "additionalProperties": False,
                        "allOf": [
                            {
                                "oneOf": [
                                    {"required": ["recipient"]},
                                    {"required": ["recipients"]},
                                ]
                            },
                            {
                                "anyOf": [
                                    {"required": ["mime"]},
                                    {"required": ["template"]},
                                    {"required": ["text"]},
                                    {"required": ["html"]},
                                ]
                            },
                        ],
                        "properties": {
                            "envelope": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                            "recipient": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                            "recipients": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "string",
                                    "format": "email",
                                    "minLength": 3,
                                    "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                    "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                                },
                            },
                            "mime": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "\\S",
                                "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                            },
                            "from": {
                                "title": "HeaderAddresses",
                                "type": "string",
                                "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                                "pattern": "^[^\\r\\n]*$",
                            },
                            "to": {
                                "title": "AddressList",
                                "type": "array",
                                "items": {"$ref": "#/definitions/HeaderAddresses"},
                            },
                            "cc": {
                                "title": "AddressList",
                                "type": "array",
                                "items": {"$ref": "#/definitions/HeaderAddresses"},
                            },
                            "replyto": {
                                "title": "AddressList",
                                "type": "array",
                                "items": {"$ref": "#/definitions/HeaderAddresses"},
                            },
                            "subject": {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The subject line; no CR or LF.",
                            },
                            "text": {"type": "string"},
                            "html": {"type": "string"},
                            "template": {
                                "type": "string",
                                "minLength": 1,
                                "description": "A stored template's id or name.",
                            },
                            "inlinecss": {"type": "boolean"},
                            "trackclicks": {"type": "boolean"},
                            "trackopens": {"type": "boolean"},
                            "trackbounces": {"type": "boolean"},
                            "preventscam": {"type": "boolean"},
                            "tags": {
                                "type": "array",
                                "items": {
                                    "type": "string",
                                    "minLength": 1,
                                    "pattern": "^[^\\s;]+$",
                                    "description": "A label for statistics and event filters; no white space or semicolons.",
                                },
                            },
                            "maxdelivertime": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                                "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                            },
                            "images": {
                                "type": "string",
                                "enum": ["hosted", "default"],
                                "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                            },
                        },
                    },
                    "MessageIdMap": {
                        "title": "MessageIdMap",
                        "type": "object",
                        "description": "Each new message id mapped to the recipient it goes to.",
                        "additionalProperties": {"type": "string"},
                    },
                    "SendAccepted": {
                        "title": "SendAccepted",
                        "type": "integer",
                        "const": 1,
                        "description": "The bare `1` some deployments answer; it carries no ids.",
                    },
                    "SendResponse": {
                        "description": "What a send answers. SMTPeter's overview shows the bare integer `1`,\nits page on responses a JSON object from message id to recipient;\nboth are described, and clients normalise `1` to an empty map,\nbecause it carries no message ids.\n",
                        "oneOf": [
                            {
                                "title": "MessageIdMap",
                                "type": "object",
                                "description": "Each new message id mapped to the recipient it goes to.",
                                "additionalProperties": {"type": "string"},
                            },
                            {
                                "title": "SendAccepted",
                                "type": "integer",
                                "const": 1,
                                "description": "The bare `1` some deployments answer; it carries no ids.",
                            },
                        ],
                    },
                    "ResendRequest": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["message"],
                        "properties": {
                            "message": {
                                "type": "string",
                                "minLength": 1,
                                "description": "The id of the message to deliver again.",
                            }
                        },
                    },
                    "ResendForm": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["message"],
                        "properties": {
                            "message": {
                                "type": "string",
                                "minLength": 1,
                                "description": "The id of the message to deliver again.",
                            }
                        },
                    },
                    "MessagePart": {
                        "type": "object",
                        "description": "One attachment or embedded item. SMTPeter's docs say the listing\ngives names and ranks without showing its shape; we read it as a\nlist of these objects.\n",
                        "required": ["rank", "name"],
                        "properties": {
                            "rank": {"type": "integer", "minimum": 0},
                            "name": {"type": "string"},
                            "type": {
                                "type": "string",
                                "description": "Its media type, where known.",
                            },
                            "cid": {
                                "type": "string",
                                "description": "The Content-ID of an embedded item, where known.",
                            },
                        },
                    },
                    "EventType": {
                        "type": "string",
                        "enum": [
                            "attempt",
                            "bounce",
                            "click",
                            "delivery",
                            "failure",
                            "open",
                            "response",
                        ],
                    },
                    "Event": {
                        "type": "object",
                        "required": ["event", "data"],
                        "properties": {
                            "event": {
                                "type": "string",
                                "enum": [
                                    "attempt",
                                    "bounce",
                                    "click",
                                    "delivery",
                                    "failure",
                                    "open",
                                    "response",
                                ],
                            },
                            "data": {
                                "type": "object",
                                "description": "The fields of the matching log file's record.",
                                "additionalProperties": True,
                            },
                        },
                    },
                    "WebhookTime": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "WebhookTimestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "WebhookTags": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\s;]+$",
                            "description": "A label for statistics and event filters; no white space or semicolons.",
                        },
                        "description": "The tags the message was sent with.",
                    },
                    "BounceEvent": {
                        "title": "BounceEvent",
                        "type": "object",
                        "description": "A message that came back to the envelope address (`bounce` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message the bounce belongs to.",
                            },
                            "type": {"const": "bounce"},
                            "timestamp": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                                "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                            },
                            "time": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Unix time (seconds since 1970-01-01 UTC).",
                            },
                            "recipient": {
                                "type": "string",
                                "description": "The address the original message was sent to.",
                            },
                            "envelope": {
                                "type": "string",
                                "description": "The envelope address the bounce was sent to.",
                            },
                            "mime": {
                                "type": "string",
                                "description": "The bounce message itself, in MIME.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                                "description": "The tags the message was sent with.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "FailureEvent": {
                        "title": "FailureEvent",
                        "type": "object",
                        "description": "A delivery that failed (`failure` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message that could not be delivered.",
                            },
                            "type": {"const": "failure"},
                            "timestamp": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                                "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                            },
                            "time": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Unix time (seconds since 1970-01-01 UTC).",
                            },
                            "recipient": {
                                "type": "string",
                                "description": "The address the message could not be delivered to.",
                            },
                            "action": {
                                "type": "string",
                                "enum": ["failure", "failed"],
                                "description": "What triggered the call.",
                            },
                            "state": {
                                "type": "string",
                                "description": "Where in the SMTP dialogue it failed; `bounce` for a failure reported later.",
                            },
                            "code": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "The SMTP status code, when there is one.",
                            },
                            "extended": {
                                "type": "string",
                                "description": "The extended status code (e.g. `5.1.1`), when there is one.",
                            },
                            "description": {
                                "type": "string",
                                "description": "The receiving server's explanation, when there is one.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                                "description": "The tags the message was sent with.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "DeliveryEvent": {
                        "title": "DeliveryEvent",
                        "type": "object",
                        "description": "A message the receiving server accepted (`delivery` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the delivered message.",
                            },
                            "type": {"const": "delivery"},
                            "timestamp": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                                "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                            },
                            "time": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Unix time (seconds since 1970-01-01 UTC).",
                            },
                            "recipient": {
                                "type": "string",
                                "description": "The address the message was delivered to.",
                            },
                            "code": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "The receiving server's SMTP status code.",
                            },
                            "extended": {
                                "type": "string",
                                "description": "The receiving server's extended status code.",
                            },
                            "description": {
                                "type": "string",
                                "description": "The receiving server's answer, in words.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                                "description": "The tags the message was sent with.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "ClickEvent": {
                        "title": "ClickEvent",
                        "type": "object",
                        "description": "A click on a tracked link (`click` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message whose link was clicked.",
                            },
                            "type": {"const": "click"},
                            "timestamp": {
                                "type": "string",
                                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                                "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                            },
                            "time": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Unix time (seconds since 1970-01-01 UTC).",
                            },
                            "recipient": {
                                "type": "string",
                                "description": "The recipient who clicked.",
                            },
                            "ip": {
                                "type": "string",
                                "description": "The IP address the click came from.",
                            },
                            "original": {
                                "type": "string",
                                "description": "The link's original URL.",
                            },
                            "useragent": {
                                "type": "string",
                                "description": "The clicking browser's User-Agent, when it sent one.",
                            },
                            "referer": {
                                "type": "string",
                                "description": "The Referer the browser sent, if any.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                                "description": "The tags the message was sent with.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "OpenEvent": {
                        "title": "OpenEvent",
                        "type": "object",
                        "description": "An open: a tracked image was downloaded (`open` webhook). The docs\ndescribe `time` without saying it is Unix time as on the other\ncalls; it is read the same way.\n",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the opened message.",
                            },
                            "type": {"const": "open"},
                            "time": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "Unix time (seconds since 1970-01-01 UTC).",
                            },
                            "recipient": {
                                "type": "string",
                                "description": "The recipient who opened the message.",
                            },
                            "ip": {
                                "type": "string",
                                "description": "The IP address the image was downloaded from.",
                            },
                            "useragent": {
                                "type": "string",
                                "description": "The mail program's User-Agent, when it sent one.",
                            },
                            "referer": {
                                "type": "string",
                                "description": "The Referer it sent, if any.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                                "description": "The tags the message was sent with.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "AbuseEvent": {
                        "title": "AbuseEvent",
                        "type": "object",
                        "description": "A recipient's spam complaint (`abuse` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message complained about.",
                            },
                            "type": {"const": "abuse"},
                            "emailfrom": {
                                "type": "string",
                                "description": "The address the abuse report came from.",
                            },
                            "mime": {
                                "type": "string",
                                "description": "The abuse report, in MIME.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "send.parameters": {
                        "type": "object",
                        "properties": {},
                        "required": [],
                        "additionalProperties": False,
                    },
                    "resend.parameters": {
                        "type": "object",
                        "properties": {},
                        "required": [],
                        "additionalProperties": False,
                    },
                    "getRecipient.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEnvelope.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getText.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getHtml.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getHeaders.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "listAttachments.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getAttachment.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "part": {"type": "string", "minLength": 1},
                        },
                        "required": ["message_id", "part"],
                        "additionalProperties": False,
                    },
                    "listEmbeds.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEmbed.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "part": {"type": "string", "minLength": 1},
                        },
                        "required": ["message_id", "part"],
                        "additionalProperties": False,
                    },
                    "getEventsByMessage.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEventsByEmail.parameters": {
                        "type": "object",
                        "properties": {
                            "address": {"type": "string", "format": "email"},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                        },
                        "required": ["address"],
                        "additionalProperties": False,
                    },
                    "getEventsByTemplate.parameters": {
                        "type": "object",
                        "properties": {
                            "template": {"type": "integer", "minimum": 1},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                        },
                        "required": ["template"],
                        "additionalProperties": False,
                    },
                    "getEventsByTags.parameters": {
                        "type": "object",
                        "properties": {
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                        },
                        "required": ["tags"],
                        "additionalProperties": False,
                    },
                },
                "type": "object",
                "properties": {
                    "ErrorText": {
                        "type": "string",
                        "description": "SMTPeter's explanation of what went wrong, in words.",
                    },
                    "EmailAddress": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "HeaderAddresses": {
                        "title": "HeaderAddresses",
                        "type": "string",
                        "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                        "pattern": "^[^\\r\\n]*$",
                    },
                    "AddressList": {
                        "title": "AddressList",
                        "type": "array",
                        "items": {"$ref": "#/definitions/HeaderAddresses"},
                    },
                    "Addresses": {
                        "description": "One header value, or a list of them that SMTPeter joins.",
                        "oneOf": [
                            {"$ref": "#/definitions/HeaderAddresses"},
                            {"$ref": "#/definitions/AddressList"},
                        ],
                    },
                    "RecipientList": {
                        "title": "RecipientList",
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/EmailAddress"},
                    },
                    "PersonalizationData": {
                        "title": "PersonalizationData",
                        "type": "object",
                        "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                        "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                        "additionalProperties": True,
                    },
                    "RecipientDataMap": {
                        "title": "RecipientDataMap",
                        "type": "object",
                        "description": "Each delivery address mapped to its own personalization data.",
                        "minProperties": 1,
                        "propertyNames": {"$ref": "#/definitions/EmailAddress"},
                        "additionalProperties": {
                            "$ref": "#/definitions/PersonalizationData"
                        },
                    },
                    "Recipients": {
                        "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                        "oneOf": [
                            {"$ref": "#/definitions/RecipientList"},
                            {"$ref": "#/definitions/RecipientDataMap"},
                        ],
                    },
                    "Unsubscribe": {
                        "type": "object",
                        "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                        "additionalProperties": False,
                        "minProperties": 1,
                        "properties": {
                            "email": {"$ref": "#/definitions/EmailAddress"},
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "oneclick": {
                                "type": "boolean",
                                "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                            },
                        },
                    },
                    "ExtraHeaders": {
                        "type": "object",
                        "description": "Custom headers; every name starts with `x-` (in any case).",
                        "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                        "additionalProperties": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                        },
                    },
                    "UrlAttachment": {
                        "title": "UrlAttachment",
                        "type": "object",
                        "description": "An attachment SMTPeter downloads itself.",
                        "additionalProperties": False,
                        "required": ["url"],
                        "properties": {
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "name": {"$ref": "#/definitions/AttachmentName"},
                            "type": {"$ref": "#/definitions/MediaType"},
                        },
                    },
                    "DataAttachment": {
                        "title": "DataAttachment",
                        "type": "object",
                        "description": "An attachment whose content travels in the request, base64-encoded.",
                        "additionalProperties": False,
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "string",
                                "contentEncoding": "base64",
                                "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                            },
                            "name": {"$ref": "#/definitions/AttachmentName"},
                            "type": {"$ref": "#/definitions/MediaType"},
                        },
                    },
                    "AttachmentName": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The file name the recipient sees; no CR or LF.",
                    },
                    "MediaType": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                        "description": "The attachment's media type, e.g. `application/pdf`.",
                    },
                    "Attachment": {
                        "oneOf": [
                            {"$ref": "#/definitions/UrlAttachment"},
                            {"$ref": "#/definitions/DataAttachment"},
                        ]
                    },
                    "TemplateId": {
                        "title": "TemplateId",
                        "type": "integer",
                        "minimum": 1,
                    },
                    "TemplateName": {
                        "title": "TemplateName",
                        "type": "string",
                        "minLength": 1,
                    },
                    "InlineTemplate": {
                        "title": "InlineTemplate",
                        "type": "object",
                        "description": "A whole template document in the responsiveemail.com format.",
                        "additionalProperties": True,
                    },
                    "Template": {
                        "description": "A stored template by id or name, or a whole template document.",
                        "oneOf": [
                            {"$ref": "#/definitions/TemplateId"},
                            {"$ref": "#/definitions/TemplateName"},
                            {"$ref": "#/definitions/InlineTemplate"},
                        ],
                    },
                    "PatchOperation": {
                        "type": "object",
                        "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                        "required": ["op", "path"],
                        "additionalProperties": False,
                        "properties": {
                            "op": {"$ref": "#/definitions/PatchOp"},
                            "path": {
                                "type": "string",
                                "description": "A JSON Pointer (RFC 6901) into the template.",
                                "pattern": "^(/[^/]*)*$",
                            },
                            "from": {
                                "type": "string",
                                "description": "The source pointer, for `move` and `copy`.",
                                "pattern": "^(/[^/]*)*$",
                            },
                            "value": {
                                "description": "The value, for `add`, `replace` and `test`."
                            },
                        },
                    },
                    "PatchOp": {
                        "type": "string",
                        "enum": ["add", "remove", "replace", "move", "copy", "test"],
                    },
                    "Tag": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\s;]+$",
                        "description": "A label for statistics and event filters; no white space or semicolons.",
                    },
                    "MaxDeliverTime": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                        "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                    },
                    "Dsn": {
                        "type": "object",
                        "description": "What delivery status notifications to send to the `envelope` address.",
                        "additionalProperties": False,
                        "properties": {
                            "notify": {
                                "type": "string",
                                "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                                "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                            },
                            "ret": {"$ref": "#/definitions/DsnRet"},
                            "envid": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Envelope-Id.",
                                "pattern": "^[!-~]+$",
                            },
                            "orcpt": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Recipient.",
                                "pattern": "^[!-~]+$",
                            },
                        },
                    },
                    "DsnRet": {
                        "type": "string",
                        "enum": ["FULL", "HDRS"],
                        "description": "Return the full message or only its headers (default HDRS).",
                    },
                    "MimeMessage": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "\\S",
                        "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                    },
                    "Images": {
                        "type": "string",
                        "enum": ["hosted", "default"],
                        "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                    },
                    "SendRequest": {
                        "type": "object",
                        "description": "A message to send, as JSON. Needs a delivery address\n(`recipient` or `recipients`, not both) and content (`mime`,\n`template`, `text` or `html`).\n\nThe reply-to property is `replyto`, as the JSON send pages and\ntheir examples spell it; the template page's `replyTo` and its\nundocumented `headers` are refused like any unknown property\n(custom headers go in `extra`, template changes in `patch`).\n",
                        "additionalProperties": False,
                        "allOf": [
                            {
                                "oneOf": [
                                    {"required": ["recipient"]},
                                    {"required": ["recipients"]},
                                ]
                            },
                            {
                                "anyOf": [
                                    {"required": ["mime"]},
                                    {"required": ["template"]},
                                    {"required": ["text"]},
                                    {"required": ["html"]},
                                ]
                            },
                        ],
                        "properties": {
                            "envelope": {"$ref": "#/definitions/EmailAddress"},
                            "recipient": {"$ref": "#/definitions/EmailAddress"},
                            "recipients": {"$ref": "#/definitions/Recipients"},
                            "mime": {"$ref": "#/definitions/MimeMessage"},
                            "from": {"$ref": "#/definitions/HeaderAddresses"},
                            "to": {"$ref": "#/definitions/Addresses"},
                            "cc": {"$ref": "#/definitions/Addresses"},
                            "replyto": {"$ref": "#/definitions/Addresses"},
                            "subject": {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The subject line; no CR or LF.",
                            },
                            "text": {
                                "type": "string",
                                "description": "The plain-text version.",
                            },
                            "html": {
                                "type": "string",
                                "description": "The HTML version.",
                            },
                            "unsubscribe": {"$ref": "#/definitions/Unsubscribe"},
                            "extra": {"$ref": "#/definitions/ExtraHeaders"},
                            "attachments": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Attachment"},
                            },
                            "template": {"$ref": "#/definitions/Template"},
                            "data": {"$ref": "#/definitions/PersonalizationData"},
                            "patch": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/PatchOperation"},
                            },
                            "inlinecss": {
                                "type": "boolean",
                                "description": "Turn style sheets in the head into inline style attributes.",
                            },
                            "trackclicks": {
                                "type": "boolean",
                                "description": "Rewrite links to count clicks (SMTPeter's default is on).",
                            },
                            "trackopens": {
                                "type": "boolean",
                                "description": "Count opens (default on).",
                            },
                            "trackbounces": {
                                "type": "boolean",
                                "description": "Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).",
                            },
                            "preventscam": {
                                "type": "boolean",
                                "description": "Leave links whose text is their own address untouched.",
                            },
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                            },
                            "maxdelivertime": {"$ref": "#/definitions/MaxDeliverTime"},
                            "dsn": {"$ref": "#/definitions/Dsn"},
                            "images": {"$ref": "#/definitions/Images"},
                        },
                    },
                    "SendForm": {
                        "type": "object",
                        "description": "A message to send, form-encoded. Form data has no nesting, so this\ncarries only the flat properties of `SendRequest`; lists go as\nrepeated keys. Use JSON for `unsubscribe`, `extra`, `attachments`,\n`data`, `patch`, `dsn`, an inline template or per-recipient data.\n",
                        "additionalProperties": False,
                        "allOf": [
                            {
                                "oneOf": [
                                    {"required": ["recipient"]},
                                    {"required": ["recipients"]},
                                ]
                            },
                            {
                                "anyOf": [
                                    {"required": ["mime"]},
                                    {"required": ["template"]},
                                    {"required": ["text"]},
                                    {"required": ["html"]},
                                ]
                            },
                        ],
                        "properties": {
                            "envelope": {"$ref": "#/definitions/EmailAddress"},
                            "recipient": {"$ref": "#/definitions/EmailAddress"},
                            "recipients": {
                                "type": "array",
                                "minItems": 1,
                                "items": {"$ref": "#/definitions/EmailAddress"},
                            },
                            "mime": {"$ref": "#/definitions/MimeMessage"},
                            "from": {"$ref": "#/definitions/HeaderAddresses"},
                            "to": {"$ref": "#/definitions/AddressList"},
                            "cc": {"$ref": "#/definitions/AddressList"},
                            "replyto": {"$ref": "#/definitions/AddressList"},
                            "subject": {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                                "description": "The subject line; no CR or LF.",
                            },
                            "text": {"type": "string"},
                            "html": {"type": "string"},
                            "template": {
                                "type": "string",
                                "minLength": 1,
                                "description": "A stored template's id or name.",
                            },
                            "inlinecss": {"type": "boolean"},
                            "trackclicks": {"type": "boolean"},
                            "trackopens": {"type": "boolean"},
                            "trackbounces": {"type": "boolean"},
                            "preventscam": {"type": "boolean"},
                            "tags": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/Tag"},
                            },
                            "maxdelivertime": {"$ref": "#/definitions/MaxDeliverTime"},
                            "images": {"$ref": "#/definitions/Images"},
                        },
                    },
                    "MessageIdMap": {
                        "title": "MessageIdMap",
                        "type": "object",
                        "description": "Each new message id mapped to the recipient it goes to.",
                        "additionalProperties": {"type": "string"},
                    },
                    "SendAccepted": {
                        "title": "SendAccepted",
                        "type": "integer",
                        "const": 1,
                        "description": "The bare `1` some deployments answer; it carries no ids.",
                    },
                    "SendResponse": {
                        "description": "What a send answers. SMTPeter's overview shows the bare integer `1`,\nits page on responses a JSON object from message id to recipient;\nboth are described, and clients normalise `1` to an empty map,\nbecause it carries no message ids.\n",
                        "oneOf": [
                            {"$ref": "#/definitions/MessageIdMap"},
                            {"$ref": "#/definitions/SendAccepted"},
                        ],
                    },
                    "ResendRequest": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["message"],
                        "properties": {
                            "message": {
                                "type": "string",
                                "minLength": 1,
                                "description": "The id of the message to deliver again.",
                            }
                        },
                    },
                    "ResendForm": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["message"],
                        "properties": {
                            "message": {
                                "type": "string",
                                "minLength": 1,
                                "description": "The id of the message to deliver again.",
                            }
                        },
                    },
                    "MessagePart": {
                        "type": "object",
                        "description": "One attachment or embedded item. SMTPeter's docs say the listing\ngives names and ranks without showing its shape; we read it as a\nlist of these objects.\n",
                        "required": ["rank", "name"],
                        "properties": {
                            "rank": {"type": "integer", "minimum": 0},
                            "name": {"type": "string"},
                            "type": {
                                "type": "string",
                                "description": "Its media type, where known.",
                            },
                            "cid": {
                                "type": "string",
                                "description": "The Content-ID of an embedded item, where known.",
                            },
                        },
                    },
                    "EventType": {
                        "type": "string",
                        "enum": [
                            "attempt",
                            "bounce",
                            "click",
                            "delivery",
                            "failure",
                            "open",
                            "response",
                        ],
                    },
                    "Event": {
                        "type": "object",
                        "required": ["event", "data"],
                        "properties": {
                            "event": {"$ref": "#/definitions/EventType"},
                            "data": {
                                "type": "object",
                                "description": "The fields of the matching log file's record.",
                                "additionalProperties": True,
                            },
                        },
                    },
                    "WebhookTime": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "WebhookTimestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "WebhookTags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                    "BounceEvent": {
                        "title": "BounceEvent",
                        "type": "object",
                        "description": "A message that came back to the envelope address (`bounce` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message the bounce belongs to.",
                            },
                            "type": {"const": "bounce"},
                            "timestamp": {"$ref": "#/definitions/WebhookTimestamp"},
                            "time": {"$ref": "#/definitions/WebhookTime"},
                            "recipient": {
                                "type": "string",
                                "description": "The address the original message was sent to.",
                            },
                            "envelope": {
                                "type": "string",
                                "description": "The envelope address the bounce was sent to.",
                            },
                            "mime": {
                                "type": "string",
                                "description": "The bounce message itself, in MIME.",
                            },
                            "tags": {"$ref": "#/definitions/WebhookTags"},
                        },
                        "additionalProperties": True,
                    },
                    "FailureEvent": {
                        "title": "FailureEvent",
                        "type": "object",
                        "description": "A delivery that failed (`failure` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message that could not be delivered.",
                            },
                            "type": {"const": "failure"},
                            "timestamp": {"$ref": "#/definitions/WebhookTimestamp"},
                            "time": {"$ref": "#/definitions/WebhookTime"},
                            "recipient": {
                                "type": "string",
                                "description": "The address the message could not be delivered to.",
                            },
                            "action": {
                                "type": "string",
                                "enum": ["failure", "failed"],
                                "description": "What triggered the call.",
                            },
                            "state": {
                                "type": "string",
                                "description": "Where in the SMTP dialogue it failed; `bounce` for a failure reported later.",
                            },
                            "code": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "The SMTP status code, when there is one.",
                            },
                            "extended": {
                                "type": "string",
                                "description": "The extended status code (e.g. `5.1.1`), when there is one.",
                            },
                            "description": {
                                "type": "string",
                                "description": "The receiving server's explanation, when there is one.",
                            },
                            "tags": {"$ref": "#/definitions/WebhookTags"},
                        },
                        "additionalProperties": True,
                    },
                    "DeliveryEvent": {
                        "title": "DeliveryEvent",
                        "type": "object",
                        "description": "A message the receiving server accepted (`delivery` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the delivered message.",
                            },
                            "type": {"const": "delivery"},
                            "timestamp": {"$ref": "#/definitions/WebhookTimestamp"},
                            "time": {"$ref": "#/definitions/WebhookTime"},
                            "recipient": {
                                "type": "string",
                                "description": "The address the message was delivered to.",
                            },
                            "code": {
                                "type": "integer",
                                "minimum": 0,
                                "description": "The receiving server's SMTP status code.",
                            },
                            "extended": {
                                "type": "string",
                                "description": "The receiving server's extended status code.",
                            },
                            "description": {
                                "type": "string",
                                "description": "The receiving server's answer, in words.",
                            },
                            "tags": {"$ref": "#/definitions/WebhookTags"},
                        },
                        "additionalProperties": True,
                    },
                    "ClickEvent": {
                        "title": "ClickEvent",
                        "type": "object",
                        "description": "A click on a tracked link (`click` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message whose link was clicked.",
                            },
                            "type": {"const": "click"},
                            "timestamp": {"$ref": "#/definitions/WebhookTimestamp"},
                            "time": {"$ref": "#/definitions/WebhookTime"},
                            "recipient": {
                                "type": "string",
                                "description": "The recipient who clicked.",
                            },
                            "ip": {
                                "type": "string",
                                "description": "The IP address the click came from.",
                            },
                            "original": {
                                "type": "string",
                                "description": "The link's original URL.",
                            },
                            "useragent": {
                                "type": "string",
                                "description": "The clicking browser's User-Agent, when it sent one.",
                            },
                            "referer": {
                                "type": "string",
                                "description": "The Referer the browser sent, if any.",
                            },
                            "tags": {"$ref": "#/definitions/WebhookTags"},
                        },
                        "additionalProperties": True,
                    },
                    "OpenEvent": {
                        "title": "OpenEvent",
                        "type": "object",
                        "description": "An open: a tracked image was downloaded (`open` webhook). The docs\ndescribe `time` without saying it is Unix time as on the other\ncalls; it is read the same way.\n",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the opened message.",
                            },
                            "type": {"const": "open"},
                            "time": {"$ref": "#/definitions/WebhookTime"},
                            "recipient": {
                                "type": "string",
                                "description": "The recipient who opened the message.",
                            },
                            "ip": {
                                "type": "string",
                                "description": "The IP address the image was downloaded from.",
                            },
                            "useragent": {
                                "type": "string",
                                "description": "The mail program's User-Agent, when it sent one.",
                            },
                            "referer": {
                                "type": "string",
                                "description": "The Referer it sent, if any.",
                            },
                            "tags": {"$ref": "#/definitions/WebhookTags"},
                        },
                        "additionalProperties": True,
                    },
                    "AbuseEvent": {
                        "title": "AbuseEvent",
                        "type": "object",
                        "description": "A recipient's spam complaint (`abuse` webhook).",
                        "required": ["id", "type"],
                        "properties": {
                            "id": {
                                "type": "string",
                                "description": "The id of the message complained about.",
                            },
                            "type": {"const": "abuse"},
                            "emailfrom": {
                                "type": "string",
                                "description": "The address the abuse report came from.",
                            },
                            "mime": {
                                "type": "string",
                                "description": "The abuse report, in MIME.",
                            },
                        },
                        "additionalProperties": True,
                    },
                    "send.parameters": {
                        "type": "object",
                        "properties": {},
                        "required": [],
                        "additionalProperties": False,
                    },
                    "resend.parameters": {
                        "type": "object",
                        "properties": {},
                        "required": [],
                        "additionalProperties": False,
                    },
                    "getRecipient.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEnvelope.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getText.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getHtml.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getHeaders.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "listAttachments.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getAttachment.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "part": {"type": "string", "minLength": 1},
                        },
                        "required": ["message_id", "part"],
                        "additionalProperties": False,
                    },
                    "listEmbeds.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1}
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEmbed.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "part": {"type": "string", "minLength": 1},
                        },
                        "required": ["message_id", "part"],
                        "additionalProperties": False,
                    },
                    "getEventsByMessage.parameters": {
                        "type": "object",
                        "properties": {
                            "message_id": {"type": "string", "minLength": 1},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                        },
                        "required": ["message_id"],
                        "additionalProperties": False,
                    },
                    "getEventsByEmail.parameters": {
                        "type": "object",
                        "properties": {
                            "address": {"type": "string", "format": "email"},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                        },
                        "required": ["address"],
                        "additionalProperties": False,
                    },
                    "getEventsByTemplate.parameters": {
                        "type": "object",
                        "properties": {
                            "template": {"type": "integer", "minimum": 1},
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                        },
                        "required": ["template"],
                        "additionalProperties": False,
                    },
                    "getEventsByTags.parameters": {
                        "type": "object",
                        "properties": {
                            "tags": {
                                "type": "string",
                                "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                            },
                            "start": {"type": "string", "format": "date"},
                            "end": {"type": "string", "format": "date"},
                        },
                        "required": ["tags"],
                        "additionalProperties": False,
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
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
        if "SendForm" in data_keys:
            data_keys.remove("SendForm")
            data__SendForm = data["SendForm"]
            validate___definitions_sendform(
                data__SendForm, custom_formats, (name_prefix or "data") + ".SendForm"
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
        if "ResendForm" in data_keys:
            data_keys.remove("ResendForm")
            data__ResendForm = data["ResendForm"]
            validate___definitions_resendform(
                data__ResendForm,
                custom_formats,
                (name_prefix or "data") + ".ResendForm",
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
    return data


def validate___definitions_geteventsbytags_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                    "start": {"type": "string", "format": "date"},
                    "end": {"type": "string", "format": "date"},
                },
                "required": ["tags"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["tags"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                        },
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
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=lambda: {"type": "string", "format": "date"},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["tags"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbytemplate_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "template": {"type": "integer", "minimum": 1},
                    "start": {"type": "string", "format": "date"},
                    "end": {"type": "string", "format": "date"},
                    "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                },
                "required": ["template"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "template": {"type": "integer", "minimum": 1},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                    },
                    "required": ["template"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "integer", "minimum": 1},
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
                        definition=lambda: {"type": "integer", "minimum": 1},
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
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=lambda: {
                        "type": "string",
                        "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "template": {"type": "integer", "minimum": 1},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                    },
                    "required": ["template"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbyemail_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "address": {"type": "string", "format": "email"},
                    "start": {"type": "string", "format": "date"},
                    "end": {"type": "string", "format": "date"},
                    "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                },
                "required": ["address"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "address": {"type": "string", "format": "email"},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                    },
                    "required": ["address"],
                    "additionalProperties": False,
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "address" in data_keys:
            data_keys.remove("address")
            data__address = data["address"]
            if not isinstance(data__address, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".address must be string",
                    value=data__address,
                    name="" + (name_prefix or "data") + ".address",
                    definition=lambda: {"type": "string", "format": "email"},
                    rule="type",
                )
        if "start" in data_keys:
            data_keys.remove("start")
            data__start = data["start"]
            if not isinstance(data__start, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".start must be string",
                    value=data__start,
                    name="" + (name_prefix or "data") + ".start",
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be string",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition=lambda: {
                        "type": "string",
                        "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\s;]+(;[^\\s;]+)*$",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "address": {"type": "string", "format": "email"},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                        "tags": {"type": "string", "pattern": "^[^\\s;]+(;[^\\s;]+)*$"},
                    },
                    "required": ["address"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_geteventsbymessage_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "message_id": {"type": "string", "minLength": 1},
                    "start": {"type": "string", "format": "date"},
                    "end": {"type": "string", "format": "date"},
                },
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                    definition=lambda: {"type": "string", "format": "date"},
                    rule="type",
                )
        if "end" in data_keys:
            data_keys.remove("end")
            data__end = data["end"]
            if not isinstance(data__end, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".end must be string",
                    value=data__end,
                    name="" + (name_prefix or "data") + ".end",
                    definition=lambda: {"type": "string", "format": "date"},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "start": {"type": "string", "format": "date"},
                        "end": {"type": "string", "format": "date"},
                    },
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_getembed_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "message_id": {"type": "string", "minLength": 1},
                    "part": {"type": "string", "minLength": 1},
                },
                "required": ["message_id", "part"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "part": {"type": "string", "minLength": 1},
                    },
                    "required": ["message_id", "part"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "part": {"type": "string", "minLength": 1},
                    },
                    "required": ["message_id", "part"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_listembeds_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_getattachment_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {
                    "message_id": {"type": "string", "minLength": 1},
                    "part": {"type": "string", "minLength": 1},
                },
                "required": ["message_id", "part"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "part": {"type": "string", "minLength": 1},
                    },
                    "required": ["message_id", "part"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "string", "minLength": 1},
                        "part": {"type": "string", "minLength": 1},
                    },
                    "required": ["message_id", "part"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_listattachments_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_getheaders_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_gethtml_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_gettext_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_getenvelope_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_getrecipient_parameters(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {"message_id": {"type": "string", "minLength": 1}},
                "required": ["message_id"],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
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
                    definition=lambda: {"type": "string", "minLength": 1},
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
                        definition=lambda: {"type": "string", "minLength": 1},
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
                definition=lambda: {
                    "type": "object",
                    "properties": {"message_id": {"type": "string", "minLength": 1}},
                    "required": ["message_id"],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_resend_parameters(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {},
                "required": [],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_send_parameters(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "properties": {},
                "required": [],
                "additionalProperties": False,
            },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
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
                definition=lambda: {
                    "type": "object",
                    "properties": {},
                    "required": [],
                    "additionalProperties": False,
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_abuseevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "AbuseEvent",
                "type": "object",
                "description": "A recipient's spam complaint (`abuse` webhook).",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the message complained about.",
                    },
                    "type": {"const": "abuse"},
                    "emailfrom": {
                        "type": "string",
                        "description": "The address the abuse report came from.",
                    },
                    "mime": {
                        "type": "string",
                        "description": "The abuse report, in MIME.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "AbuseEvent",
                    "type": "object",
                    "description": "A recipient's spam complaint (`abuse` webhook).",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the message complained about.",
                        },
                        "type": {"const": "abuse"},
                        "emailfrom": {
                            "type": "string",
                            "description": "The address the abuse report came from.",
                        },
                        "mime": {
                            "type": "string",
                            "description": "The abuse report, in MIME.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the message complained about.",
                    },
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
                    definition=lambda: {"const": "abuse"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The address the abuse report came from.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The abuse report, in MIME.",
                    },
                    rule="type",
                )
    return data


def validate___definitions_openevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "OpenEvent",
                "type": "object",
                "description": "An open: a tracked image was downloaded (`open` webhook). The docs\ndescribe `time` without saying it is Unix time as on the other\ncalls; it is read the same way.\n",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the opened message.",
                    },
                    "type": {"const": "open"},
                    "time": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "recipient": {
                        "type": "string",
                        "description": "The recipient who opened the message.",
                    },
                    "ip": {
                        "type": "string",
                        "description": "The IP address the image was downloaded from.",
                    },
                    "useragent": {
                        "type": "string",
                        "description": "The mail program's User-Agent, when it sent one.",
                    },
                    "referer": {
                        "type": "string",
                        "description": "The Referer it sent, if any.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "OpenEvent",
                    "type": "object",
                    "description": "An open: a tracked image was downloaded (`open` webhook). The docs\ndescribe `time` without saying it is Unix time as on the other\ncalls; it is read the same way.\n",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the opened message.",
                        },
                        "type": {"const": "open"},
                        "time": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Unix time (seconds since 1970-01-01 UTC).",
                        },
                        "recipient": {
                            "type": "string",
                            "description": "The recipient who opened the message.",
                        },
                        "ip": {
                            "type": "string",
                            "description": "The IP address the image was downloaded from.",
                        },
                        "useragent": {
                            "type": "string",
                            "description": "The mail program's User-Agent, when it sent one.",
                        },
                        "referer": {
                            "type": "string",
                            "description": "The Referer it sent, if any.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {"$ref": "#/definitions/Tag"},
                            "description": "The tags the message was sent with.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the opened message.",
                    },
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
                    definition=lambda: {"const": "open"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The recipient who opened the message.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The IP address the image was downloaded from.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The mail program's User-Agent, when it sent one.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The Referer it sent, if any.",
                    },
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_clickevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "ClickEvent",
                "type": "object",
                "description": "A click on a tracked link (`click` webhook).",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the message whose link was clicked.",
                    },
                    "type": {"const": "click"},
                    "timestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "time": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "recipient": {
                        "type": "string",
                        "description": "The recipient who clicked.",
                    },
                    "ip": {
                        "type": "string",
                        "description": "The IP address the click came from.",
                    },
                    "original": {
                        "type": "string",
                        "description": "The link's original URL.",
                    },
                    "useragent": {
                        "type": "string",
                        "description": "The clicking browser's User-Agent, when it sent one.",
                    },
                    "referer": {
                        "type": "string",
                        "description": "The Referer the browser sent, if any.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "ClickEvent",
                    "type": "object",
                    "description": "A click on a tracked link (`click` webhook).",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the message whose link was clicked.",
                        },
                        "type": {"const": "click"},
                        "timestamp": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                            "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                        },
                        "time": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Unix time (seconds since 1970-01-01 UTC).",
                        },
                        "recipient": {
                            "type": "string",
                            "description": "The recipient who clicked.",
                        },
                        "ip": {
                            "type": "string",
                            "description": "The IP address the click came from.",
                        },
                        "original": {
                            "type": "string",
                            "description": "The link's original URL.",
                        },
                        "useragent": {
                            "type": "string",
                            "description": "The clicking browser's User-Agent, when it sent one.",
                        },
                        "referer": {
                            "type": "string",
                            "description": "The Referer the browser sent, if any.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {"$ref": "#/definitions/Tag"},
                            "description": "The tags the message was sent with.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the message whose link was clicked.",
                    },
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
                    definition=lambda: {"const": "click"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The recipient who clicked.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The IP address the click came from.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The link's original URL.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The clicking browser's User-Agent, when it sent one.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The Referer the browser sent, if any.",
                    },
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_deliveryevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "DeliveryEvent",
                "type": "object",
                "description": "A message the receiving server accepted (`delivery` webhook).",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the delivered message.",
                    },
                    "type": {"const": "delivery"},
                    "timestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "time": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "recipient": {
                        "type": "string",
                        "description": "The address the message was delivered to.",
                    },
                    "code": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "The receiving server's SMTP status code.",
                    },
                    "extended": {
                        "type": "string",
                        "description": "The receiving server's extended status code.",
                    },
                    "description": {
                        "type": "string",
                        "description": "The receiving server's answer, in words.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "DeliveryEvent",
                    "type": "object",
                    "description": "A message the receiving server accepted (`delivery` webhook).",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the delivered message.",
                        },
                        "type": {"const": "delivery"},
                        "timestamp": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                            "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                        },
                        "time": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Unix time (seconds since 1970-01-01 UTC).",
                        },
                        "recipient": {
                            "type": "string",
                            "description": "The address the message was delivered to.",
                        },
                        "code": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "The receiving server's SMTP status code.",
                        },
                        "extended": {
                            "type": "string",
                            "description": "The receiving server's extended status code.",
                        },
                        "description": {
                            "type": "string",
                            "description": "The receiving server's answer, in words.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {"$ref": "#/definitions/Tag"},
                            "description": "The tags the message was sent with.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the delivered message.",
                    },
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
                    definition=lambda: {"const": "delivery"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The address the message was delivered to.",
                    },
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
                    definition=lambda: {
                        "type": "integer",
                        "minimum": 0,
                        "description": "The receiving server's SMTP status code.",
                    },
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
                        definition=lambda: {
                            "type": "integer",
                            "minimum": 0,
                            "description": "The receiving server's SMTP status code.",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The receiving server's extended status code.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The receiving server's answer, in words.",
                    },
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_failureevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "FailureEvent",
                "type": "object",
                "description": "A delivery that failed (`failure` webhook).",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the message that could not be delivered.",
                    },
                    "type": {"const": "failure"},
                    "timestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "time": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "recipient": {
                        "type": "string",
                        "description": "The address the message could not be delivered to.",
                    },
                    "action": {
                        "type": "string",
                        "enum": ["failure", "failed"],
                        "description": "What triggered the call.",
                    },
                    "state": {
                        "type": "string",
                        "description": "Where in the SMTP dialogue it failed; `bounce` for a failure reported later.",
                    },
                    "code": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "The SMTP status code, when there is one.",
                    },
                    "extended": {
                        "type": "string",
                        "description": "The extended status code (e.g. `5.1.1`), when there is one.",
                    },
                    "description": {
                        "type": "string",
                        "description": "The receiving server's explanation, when there is one.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "FailureEvent",
                    "type": "object",
                    "description": "A delivery that failed (`failure` webhook).",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the message that could not be delivered.",
                        },
                        "type": {"const": "failure"},
                        "timestamp": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                            "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                        },
                        "time": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Unix time (seconds since 1970-01-01 UTC).",
                        },
                        "recipient": {
                            "type": "string",
                            "description": "The address the message could not be delivered to.",
                        },
                        "action": {
                            "type": "string",
                            "enum": ["failure", "failed"],
                            "description": "What triggered the call.",
                        },
                        "state": {
                            "type": "string",
                            "description": "Where in the SMTP dialogue it failed; `bounce` for a failure reported later.",
                        },
                        "code": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "The SMTP status code, when there is one.",
                        },
                        "extended": {
                            "type": "string",
                            "description": "The extended status code (e.g. `5.1.1`), when there is one.",
                        },
                        "description": {
                            "type": "string",
                            "description": "The receiving server's explanation, when there is one.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {"$ref": "#/definitions/Tag"},
                            "description": "The tags the message was sent with.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the message that could not be delivered.",
                    },
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
                    definition=lambda: {"const": "failure"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The address the message could not be delivered to.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "enum": ["failure", "failed"],
                        "description": "What triggered the call.",
                    },
                    rule="type",
                )
            if data__action not in ["failure", "failed"]:
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".action must be one of ['failure', 'failed']",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition=lambda: {
                        "type": "string",
                        "enum": ["failure", "failed"],
                        "description": "What triggered the call.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "Where in the SMTP dialogue it failed; `bounce` for a failure reported later.",
                    },
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
                    definition=lambda: {
                        "type": "integer",
                        "minimum": 0,
                        "description": "The SMTP status code, when there is one.",
                    },
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
                        definition=lambda: {
                            "type": "integer",
                            "minimum": 0,
                            "description": "The SMTP status code, when there is one.",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The extended status code (e.g. `5.1.1`), when there is one.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The receiving server's explanation, when there is one.",
                    },
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_bounceevent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "BounceEvent",
                "type": "object",
                "description": "A message that came back to the envelope address (`bounce` webhook).",
                "required": ["id", "type"],
                "properties": {
                    "id": {
                        "type": "string",
                        "description": "The id of the message the bounce belongs to.",
                    },
                    "type": {"const": "bounce"},
                    "timestamp": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                        "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                    },
                    "time": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Unix time (seconds since 1970-01-01 UTC).",
                    },
                    "recipient": {
                        "type": "string",
                        "description": "The address the original message was sent to.",
                    },
                    "envelope": {
                        "type": "string",
                        "description": "The envelope address the bounce was sent to.",
                    },
                    "mime": {
                        "type": "string",
                        "description": "The bounce message itself, in MIME.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/Tag"},
                        "description": "The tags the message was sent with.",
                    },
                },
                "additionalProperties": True,
            },
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
                definition=lambda: {
                    "title": "BounceEvent",
                    "type": "object",
                    "description": "A message that came back to the envelope address (`bounce` webhook).",
                    "required": ["id", "type"],
                    "properties": {
                        "id": {
                            "type": "string",
                            "description": "The id of the message the bounce belongs to.",
                        },
                        "type": {"const": "bounce"},
                        "timestamp": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                            "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                        },
                        "time": {
                            "type": "integer",
                            "minimum": 0,
                            "description": "Unix time (seconds since 1970-01-01 UTC).",
                        },
                        "recipient": {
                            "type": "string",
                            "description": "The address the original message was sent to.",
                        },
                        "envelope": {
                            "type": "string",
                            "description": "The envelope address the bounce was sent to.",
                        },
                        "mime": {
                            "type": "string",
                            "description": "The bounce message itself, in MIME.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {"$ref": "#/definitions/Tag"},
                            "description": "The tags the message was sent with.",
                        },
                    },
                    "additionalProperties": True,
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The id of the message the bounce belongs to.",
                    },
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
                    definition=lambda: {"const": "bounce"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The address the original message was sent to.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The envelope address the bounce was sent to.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The bounce message itself, in MIME.",
                    },
                    rule="type",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            validate___definitions_webhooktags(
                data__tags, custom_formats, (name_prefix or "data") + ".tags"
            )
    return data


def validate___definitions_webhooktags(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "array",
                "items": {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[^\\s;]+$",
                    "description": "A label for statistics and event filters; no white space or semicolons.",
                },
                "description": "The tags the message was sent with.",
            },
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


def validate___definitions_webhooktimestamp(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                    "description": "The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_webhooktime(data, custom_formats={}, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "integer",
                "minimum": 0,
                "description": "Unix time (seconds since 1970-01-01 UTC).",
            },
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 0:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "type": "integer",
                    "minimum": 0,
                    "description": "Unix time (seconds since 1970-01-01 UTC).",
                },
                rule="minimum",
            )
    return data


def validate___definitions_event(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "required": ["event", "data"],
                "properties": {
                    "event": {
                        "type": "string",
                        "enum": [
                            "attempt",
                            "bounce",
                            "click",
                            "delivery",
                            "failure",
                            "open",
                            "response",
                        ],
                    },
                    "data": {
                        "type": "object",
                        "description": "The fields of the matching log file's record.",
                        "additionalProperties": True,
                    },
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "required": ["event", "data"],
                    "properties": {
                        "event": {
                            "type": "string",
                            "enum": [
                                "attempt",
                                "bounce",
                                "click",
                                "delivery",
                                "failure",
                                "open",
                                "response",
                            ],
                        },
                        "data": {
                            "type": "object",
                            "description": "The fields of the matching log file's record.",
                            "additionalProperties": True,
                        },
                    },
                },
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
                    definition=lambda: {
                        "type": "object",
                        "description": "The fields of the matching log file's record.",
                        "additionalProperties": True,
                    },
                    rule="type",
                )
            data__data_is_dict = isinstance(data__data, dict)
            if data__data_is_dict:
                pass
    return data


def validate___definitions_eventtype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": [
                    "attempt",
                    "bounce",
                    "click",
                    "delivery",
                    "failure",
                    "open",
                    "response",
                ],
            },
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
            definition=lambda: {
                "type": "string",
                "enum": [
                    "attempt",
                    "bounce",
                    "click",
                    "delivery",
                    "failure",
                    "open",
                    "response",
                ],
            },
            rule="enum",
        )
    return data


def validate___definitions_messagepart(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "One attachment or embedded item. SMTPeter's docs say the listing\ngives names and ranks without showing its shape; we read it as a\nlist of these objects.\n",
                "required": ["rank", "name"],
                "properties": {
                    "rank": {"type": "integer", "minimum": 0},
                    "name": {"type": "string"},
                    "type": {
                        "type": "string",
                        "description": "Its media type, where known.",
                    },
                    "cid": {
                        "type": "string",
                        "description": "The Content-ID of an embedded item, where known.",
                    },
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "description": "One attachment or embedded item. SMTPeter's docs say the listing\ngives names and ranks without showing its shape; we read it as a\nlist of these objects.\n",
                    "required": ["rank", "name"],
                    "properties": {
                        "rank": {"type": "integer", "minimum": 0},
                        "name": {"type": "string"},
                        "type": {
                            "type": "string",
                            "description": "Its media type, where known.",
                        },
                        "cid": {
                            "type": "string",
                            "description": "The Content-ID of an embedded item, where known.",
                        },
                    },
                },
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
                    definition=lambda: {"type": "integer", "minimum": 0},
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
                        definition=lambda: {"type": "integer", "minimum": 0},
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
                    definition=lambda: {"type": "string"},
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
                    definition=lambda: {
                        "type": "string",
                        "description": "Its media type, where known.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The Content-ID of an embedded item, where known.",
                    },
                    rule="type",
                )
    return data


def validate___definitions_resendform(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "additionalProperties": False,
                "required": ["message"],
                "properties": {
                    "message": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The id of the message to deliver again.",
                    }
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["message"],
                    "properties": {
                        "message": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        }
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "minLength": 1,
                        "description": "The id of the message to deliver again.",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["message"],
                    "properties": {
                        "message": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        }
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_resendrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "additionalProperties": False,
                "required": ["message"],
                "properties": {
                    "message": {
                        "type": "string",
                        "minLength": 1,
                        "description": "The id of the message to deliver again.",
                    }
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["message"],
                    "properties": {
                        "message": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        }
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "minLength": 1,
                        "description": "The id of the message to deliver again.",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["message"],
                    "properties": {
                        "message": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The id of the message to deliver again.",
                        }
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_sendresponse(data, custom_formats={}, name_prefix=None):
    data_one_of_count1 = 0
    if data_one_of_count1 < 2:
        try:
            validate___definitions_messageidmap(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count1 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count1 < 2:
        try:
            validate___definitions_sendaccepted(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count1 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count1 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count1) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "description": "What a send answers. SMTPeter's overview shows the bare integer `1`,\nits page on responses a JSON object from message id to recipient;\nboth are described, and clients normalise `1` to an empty map,\nbecause it carries no message ids.\n",
                "oneOf": [
                    {
                        "title": "MessageIdMap",
                        "type": "object",
                        "description": "Each new message id mapped to the recipient it goes to.",
                        "additionalProperties": {"type": "string"},
                    },
                    {
                        "title": "SendAccepted",
                        "type": "integer",
                        "const": 1,
                        "description": "The bare `1` some deployments answer; it carries no ids.",
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_sendaccepted(data, custom_formats={}, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "SendAccepted",
                "type": "integer",
                "const": 1,
                "description": "The bare `1` some deployments answer; it carries no ids.",
            },
            rule="type",
        )
    if data != 1:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be same as const definition: 1",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "SendAccepted",
                "type": "integer",
                "const": 1,
                "description": "The bare `1` some deployments answer; it carries no ids.",
            },
            rule="const",
        )
    return data


def validate___definitions_messageidmap(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "MessageIdMap",
                "type": "object",
                "description": "Each new message id mapped to the recipient it goes to.",
                "additionalProperties": {"type": "string"},
            },
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
                        definition=lambda: {"type": "string"},
                        rule="type",
                    )
    return data


def validate___definitions_sendform(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "A message to send, form-encoded. Form data has no nesting, so this\ncarries only the flat properties of `SendRequest`; lists go as\nrepeated keys. Use JSON for `unsubscribe`, `extra`, `attachments`,\n`data`, `patch`, `dsn`, an inline template or per-recipient data.\n",
                "additionalProperties": False,
                "allOf": [
                    {
                        "oneOf": [
                            {"required": ["recipient"]},
                            {"required": ["recipients"]},
                        ]
                    },
                    {
                        "anyOf": [
                            {"required": ["mime"]},
                            {"required": ["template"]},
                            {"required": ["text"]},
                            {"required": ["html"]},
                        ]
                    },
                ],
                "properties": {
                    "envelope": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "recipient": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "recipients": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                    },
                    "mime": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "\\S",
                        "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                    },
                    "from": {
                        "title": "HeaderAddresses",
                        "type": "string",
                        "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                        "pattern": "^[^\\r\\n]*$",
                    },
                    "to": {
                        "title": "AddressList",
                        "type": "array",
                        "items": {"$ref": "#/definitions/HeaderAddresses"},
                    },
                    "cc": {
                        "title": "AddressList",
                        "type": "array",
                        "items": {"$ref": "#/definitions/HeaderAddresses"},
                    },
                    "replyto": {
                        "title": "AddressList",
                        "type": "array",
                        "items": {"$ref": "#/definitions/HeaderAddresses"},
                    },
                    "subject": {
                        "type": "string",
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The subject line; no CR or LF.",
                    },
                    "text": {"type": "string"},
                    "html": {"type": "string"},
                    "template": {
                        "type": "string",
                        "minLength": 1,
                        "description": "A stored template's id or name.",
                    },
                    "inlinecss": {"type": "boolean"},
                    "trackclicks": {"type": "boolean"},
                    "trackopens": {"type": "boolean"},
                    "trackbounces": {"type": "boolean"},
                    "preventscam": {"type": "boolean"},
                    "tags": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\s;]+$",
                            "description": "A label for statistics and event filters; no white space or semicolons.",
                        },
                    },
                    "maxdelivertime": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                        "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                    },
                    "images": {
                        "type": "string",
                        "enum": ["hosted", "default"],
                        "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                    },
                },
            },
            rule="type",
        )
    data_one_of_count2 = 0
    if data_one_of_count2 < 2:
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
                        definition=lambda: {"required": ["recipient"]},
                        rule="required",
                    )
            data_one_of_count2 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count2 < 2:
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
                        definition=lambda: {"required": ["recipients"]},
                        rule="required",
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
            definition=lambda: {
                "oneOf": [{"required": ["recipient"]}, {"required": ["recipients"]}]
            },
            rule="oneOf",
        )
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
                        definition=lambda: {"required": ["mime"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["template"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["text"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["html"]},
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
            definition=lambda: {
                "anyOf": [
                    {"required": ["mime"]},
                    {"required": ["template"]},
                    {"required": ["text"]},
                    {"required": ["html"]},
                ]
            },
            rule="anyOf",
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
            if not isinstance(data__recipients, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".recipients must be array",
                    value=data__recipients,
                    name="" + (name_prefix or "data") + ".recipients",
                    definition=lambda: {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                    },
                    rule="type",
                )
            data__recipients_is_list = isinstance(data__recipients, (list, tuple))
            if data__recipients_is_list:
                data__recipients_len = len(data__recipients)
                if data__recipients_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".recipients must contain at least 1 items",
                        value=data__recipients,
                        name="" + (name_prefix or "data") + ".recipients",
                        definition=lambda: {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                        },
                        rule="minItems",
                    )
                for data__recipients_x, data__recipients_item in enumerate(
                    data__recipients
                ):
                    validate___definitions_emailaddress(
                        data__recipients_item,
                        custom_formats,
                        (name_prefix or "data") + f".recipients[{data__recipients_x}]",
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
            validate___definitions_addresslist(
                data__to, custom_formats, (name_prefix or "data") + ".to"
            )
        if "cc" in data_keys:
            data_keys.remove("cc")
            data__cc = data["cc"]
            validate___definitions_addresslist(
                data__cc, custom_formats, (name_prefix or "data") + ".cc"
            )
        if "replyto" in data_keys:
            data_keys.remove("replyto")
            data__replyto = data["replyto"]
            validate___definitions_addresslist(
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
                    definition=lambda: {
                        "type": "string",
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The subject line; no CR or LF.",
                    },
                    rule="type",
                )
            if isinstance(data__subject, str):
                if not REGEX_PATTERNS["^[^\\r\\n]*$"].search(data__subject):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".subject must match pattern ^[^\\r\\n]*$",
                        value=data__subject,
                        name="" + (name_prefix or "data") + ".subject",
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The subject line; no CR or LF.",
                        },
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
                    definition=lambda: {"type": "string"},
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
                    definition=lambda: {"type": "string"},
                    rule="type",
                )
        if "template" in data_keys:
            data_keys.remove("template")
            data__template = data["template"]
            if not isinstance(data__template, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".template must be string",
                    value=data__template,
                    name="" + (name_prefix or "data") + ".template",
                    definition=lambda: {
                        "type": "string",
                        "minLength": 1,
                        "description": "A stored template's id or name.",
                    },
                    rule="type",
                )
            if isinstance(data__template, str):
                data__template_len = len(data__template)
                if data__template_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".template must be longer than or equal to 1 characters",
                        value=data__template,
                        name="" + (name_prefix or "data") + ".template",
                        definition=lambda: {
                            "type": "string",
                            "minLength": 1,
                            "description": "A stored template's id or name.",
                        },
                        rule="minLength",
                    )
        if "inlinecss" in data_keys:
            data_keys.remove("inlinecss")
            data__inlinecss = data["inlinecss"]
            if not isinstance(data__inlinecss, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".inlinecss must be boolean",
                    value=data__inlinecss,
                    name="" + (name_prefix or "data") + ".inlinecss",
                    definition=lambda: {"type": "boolean"},
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
                    definition=lambda: {"type": "boolean"},
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
                    definition=lambda: {"type": "boolean"},
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
                    definition=lambda: {"type": "boolean"},
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
                    definition=lambda: {"type": "boolean"},
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
                    definition=lambda: {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\s;]+$",
                            "description": "A label for statistics and event filters; no white space or semicolons.",
                        },
                    },
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
                definition=lambda: {
                    "type": "object",
                    "description": "A message to send, form-encoded. Form data has no nesting, so this\ncarries only the flat properties of `SendRequest`; lists go as\nrepeated keys. Use JSON for `unsubscribe`, `extra`, `attachments`,\n`data`, `patch`, `dsn`, an inline template or per-recipient data.\n",
                    "additionalProperties": False,
                    "allOf": [
                        {
                            "oneOf": [
                                {"required": ["recipient"]},
                                {"required": ["recipients"]},
                            ]
                        },
                        {
                            "anyOf": [
                                {"required": ["mime"]},
                                {"required": ["template"]},
                                {"required": ["text"]},
                                {"required": ["html"]},
                            ]
                        },
                    ],
                    "properties": {
                        "envelope": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "recipient": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "recipients": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "string",
                                "format": "email",
                                "minLength": 3,
                                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                            },
                        },
                        "mime": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "\\S",
                            "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                        },
                        "from": {
                            "title": "HeaderAddresses",
                            "type": "string",
                            "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                            "pattern": "^[^\\r\\n]*$",
                        },
                        "to": {
                            "title": "AddressList",
                            "type": "array",
                            "items": {"$ref": "#/definitions/HeaderAddresses"},
                        },
                        "cc": {
                            "title": "AddressList",
                            "type": "array",
                            "items": {"$ref": "#/definitions/HeaderAddresses"},
                        },
                        "replyto": {
                            "title": "AddressList",
                            "type": "array",
                            "items": {"$ref": "#/definitions/HeaderAddresses"},
                        },
                        "subject": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The subject line; no CR or LF.",
                        },
                        "text": {"type": "string"},
                        "html": {"type": "string"},
                        "template": {
                            "type": "string",
                            "minLength": 1,
                            "description": "A stored template's id or name.",
                        },
                        "inlinecss": {"type": "boolean"},
                        "trackclicks": {"type": "boolean"},
                        "trackopens": {"type": "boolean"},
                        "trackbounces": {"type": "boolean"},
                        "preventscam": {"type": "boolean"},
                        "tags": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^\\s;]+$",
                                "description": "A label for statistics and event filters; no white space or semicolons.",
                            },
                        },
                        "maxdelivertime": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                            "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                        },
                        "images": {
                            "type": "string",
                            "enum": ["hosted", "default"],
                            "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_sendrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "A message to send, as JSON. Needs a delivery address\n(`recipient` or `recipients`, not both) and content (`mime`,\n`template`, `text` or `html`).\n\nThe reply-to property is `replyto`, as the JSON send pages and\ntheir examples spell it; the template page's `replyTo` and its\nundocumented `headers` are refused like any unknown property\n(custom headers go in `extra`, template changes in `patch`).\n",
                "additionalProperties": False,
                "allOf": [
                    {
                        "oneOf": [
                            {"required": ["recipient"]},
                            {"required": ["recipients"]},
                        ]
                    },
                    {
                        "anyOf": [
                            {"required": ["mime"]},
                            {"required": ["template"]},
                            {"required": ["text"]},
                            {"required": ["html"]},
                        ]
                    },
                ],
                "properties": {
                    "envelope": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "recipient": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "recipients": {
                        "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                        "oneOf": [
                            {"$ref": "#/definitions/RecipientList"},
                            {"$ref": "#/definitions/RecipientDataMap"},
                        ],
                    },
                    "mime": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "\\S",
                        "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                    },
                    "from": {
                        "title": "HeaderAddresses",
                        "type": "string",
                        "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                        "pattern": "^[^\\r\\n]*$",
                    },
                    "to": {
                        "description": "One header value, or a list of them that SMTPeter joins.",
                        "oneOf": [
                            {"$ref": "#/definitions/HeaderAddresses"},
                            {"$ref": "#/definitions/AddressList"},
                        ],
                    },
                    "cc": {
                        "description": "One header value, or a list of them that SMTPeter joins.",
                        "oneOf": [
                            {"$ref": "#/definitions/HeaderAddresses"},
                            {"$ref": "#/definitions/AddressList"},
                        ],
                    },
                    "replyto": {
                        "description": "One header value, or a list of them that SMTPeter joins.",
                        "oneOf": [
                            {"$ref": "#/definitions/HeaderAddresses"},
                            {"$ref": "#/definitions/AddressList"},
                        ],
                    },
                    "subject": {
                        "type": "string",
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The subject line; no CR or LF.",
                    },
                    "text": {
                        "type": "string",
                        "description": "The plain-text version.",
                    },
                    "html": {"type": "string", "description": "The HTML version."},
                    "unsubscribe": {
                        "type": "object",
                        "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                        "additionalProperties": False,
                        "minProperties": 1,
                        "properties": {
                            "email": {"$ref": "#/definitions/EmailAddress"},
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "oneclick": {
                                "type": "boolean",
                                "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                            },
                        },
                    },
                    "extra": {
                        "type": "object",
                        "description": "Custom headers; every name starts with `x-` (in any case).",
                        "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                        "additionalProperties": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                        },
                    },
                    "attachments": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/UrlAttachment"},
                                {"$ref": "#/definitions/DataAttachment"},
                            ]
                        },
                    },
                    "template": {
                        "description": "A stored template by id or name, or a whole template document.",
                        "oneOf": [
                            {"$ref": "#/definitions/TemplateId"},
                            {"$ref": "#/definitions/TemplateName"},
                            {"$ref": "#/definitions/InlineTemplate"},
                        ],
                    },
                    "data": {
                        "title": "PersonalizationData",
                        "type": "object",
                        "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                        "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                        "additionalProperties": True,
                    },
                    "patch": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                            "required": ["op", "path"],
                            "additionalProperties": False,
                            "properties": {
                                "op": {"$ref": "#/definitions/PatchOp"},
                                "path": {
                                    "type": "string",
                                    "description": "A JSON Pointer (RFC 6901) into the template.",
                                    "pattern": "^(/[^/]*)*$",
                                },
                                "from": {
                                    "type": "string",
                                    "description": "The source pointer, for `move` and `copy`.",
                                    "pattern": "^(/[^/]*)*$",
                                },
                                "value": {
                                    "description": "The value, for `add`, `replace` and `test`."
                                },
                            },
                        },
                    },
                    "inlinecss": {
                        "type": "boolean",
                        "description": "Turn style sheets in the head into inline style attributes.",
                    },
                    "trackclicks": {
                        "type": "boolean",
                        "description": "Rewrite links to count clicks (SMTPeter's default is on).",
                    },
                    "trackopens": {
                        "type": "boolean",
                        "description": "Count opens (default on).",
                    },
                    "trackbounces": {
                        "type": "boolean",
                        "description": "Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).",
                    },
                    "preventscam": {
                        "type": "boolean",
                        "description": "Leave links whose text is their own address untouched.",
                    },
                    "tags": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\s;]+$",
                            "description": "A label for statistics and event filters; no white space or semicolons.",
                        },
                    },
                    "maxdelivertime": {
                        "type": "string",
                        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                        "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                    },
                    "dsn": {
                        "type": "object",
                        "description": "What delivery status notifications to send to the `envelope` address.",
                        "additionalProperties": False,
                        "properties": {
                            "notify": {
                                "type": "string",
                                "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                                "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                            },
                            "ret": {"$ref": "#/definitions/DsnRet"},
                            "envid": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Envelope-Id.",
                                "pattern": "^[!-~]+$",
                            },
                            "orcpt": {
                                "type": "string",
                                "description": "Copied to the notification's Original-Recipient.",
                                "pattern": "^[!-~]+$",
                            },
                        },
                    },
                    "images": {
                        "type": "string",
                        "enum": ["hosted", "default"],
                        "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                    },
                },
            },
            rule="type",
        )
    data_one_of_count4 = 0
    if data_one_of_count4 < 2:
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
                        definition=lambda: {"required": ["recipient"]},
                        rule="required",
                    )
            data_one_of_count4 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count4 < 2:
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
                        definition=lambda: {"required": ["recipients"]},
                        rule="required",
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
            definition=lambda: {
                "oneOf": [{"required": ["recipient"]}, {"required": ["recipients"]}]
            },
            rule="oneOf",
        )
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
                        definition=lambda: {"required": ["mime"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["template"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["text"]},
                        rule="required",
                    )
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
                        definition=lambda: {"required": ["html"]},
                        rule="required",
                    )
            data_any_of_count5 += 1
        except JsonSchemaValueException:
            pass
    if not data_any_of_count5:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "anyOf": [
                    {"required": ["mime"]},
                    {"required": ["template"]},
                    {"required": ["text"]},
                    {"required": ["html"]},
                ]
            },
            rule="anyOf",
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
                    definition=lambda: {
                        "type": "string",
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The subject line; no CR or LF.",
                    },
                    rule="type",
                )
            if isinstance(data__subject, str):
                if not REGEX_PATTERNS["^[^\\r\\n]*$"].search(data__subject):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".subject must match pattern ^[^\\r\\n]*$",
                        value=data__subject,
                        name="" + (name_prefix or "data") + ".subject",
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The subject line; no CR or LF.",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The plain-text version.",
                    },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The HTML version.",
                    },
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
                    definition=lambda: {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/UrlAttachment"},
                                {"$ref": "#/definitions/DataAttachment"},
                            ]
                        },
                    },
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
                    definition=lambda: {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                            "required": ["op", "path"],
                            "additionalProperties": False,
                            "properties": {
                                "op": {"$ref": "#/definitions/PatchOp"},
                                "path": {
                                    "type": "string",
                                    "description": "A JSON Pointer (RFC 6901) into the template.",
                                    "pattern": "^(/[^/]*)*$",
                                },
                                "from": {
                                    "type": "string",
                                    "description": "The source pointer, for `move` and `copy`.",
                                    "pattern": "^(/[^/]*)*$",
                                },
                                "value": {
                                    "description": "The value, for `add`, `replace` and `test`."
                                },
                            },
                        },
                    },
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
                    definition=lambda: {
                        "type": "boolean",
                        "description": "Turn style sheets in the head into inline style attributes.",
                    },
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
                    definition=lambda: {
                        "type": "boolean",
                        "description": "Rewrite links to count clicks (SMTPeter's default is on).",
                    },
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
                    definition=lambda: {
                        "type": "boolean",
                        "description": "Count opens (default on).",
                    },
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
                    definition=lambda: {
                        "type": "boolean",
                        "description": "Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).",
                    },
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
                    definition=lambda: {
                        "type": "boolean",
                        "description": "Leave links whose text is their own address untouched.",
                    },
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
                    definition=lambda: {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\s;]+$",
                            "description": "A label for statistics and event filters; no white space or semicolons.",
                        },
                    },
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
                definition=lambda: {
                    "type": "object",
                    "description": "A message to send, as JSON. Needs a delivery address\n(`recipient` or `recipients`, not both) and content (`mime`,\n`template`, `text` or `html`).\n\nThe reply-to property is `replyto`, as the JSON send pages and\ntheir examples spell it; the template page's `replyTo` and its\nundocumented `headers` are refused like any unknown property\n(custom headers go in `extra`, template changes in `patch`).\n",
                    "additionalProperties": False,
                    "allOf": [
                        {
                            "oneOf": [
                                {"required": ["recipient"]},
                                {"required": ["recipients"]},
                            ]
                        },
                        {
                            "anyOf": [
                                {"required": ["mime"]},
                                {"required": ["template"]},
                                {"required": ["text"]},
                                {"required": ["html"]},
                            ]
                        },
                    ],
                    "properties": {
                        "envelope": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "recipient": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "recipients": {
                            "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                            "oneOf": [
                                {"$ref": "#/definitions/RecipientList"},
                                {"$ref": "#/definitions/RecipientDataMap"},
                            ],
                        },
                        "mime": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "\\S",
                            "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                        },
                        "from": {
                            "title": "HeaderAddresses",
                            "type": "string",
                            "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                            "pattern": "^[^\\r\\n]*$",
                        },
                        "to": {
                            "description": "One header value, or a list of them that SMTPeter joins.",
                            "oneOf": [
                                {"$ref": "#/definitions/HeaderAddresses"},
                                {"$ref": "#/definitions/AddressList"},
                            ],
                        },
                        "cc": {
                            "description": "One header value, or a list of them that SMTPeter joins.",
                            "oneOf": [
                                {"$ref": "#/definitions/HeaderAddresses"},
                                {"$ref": "#/definitions/AddressList"},
                            ],
                        },
                        "replyto": {
                            "description": "One header value, or a list of them that SMTPeter joins.",
                            "oneOf": [
                                {"$ref": "#/definitions/HeaderAddresses"},
                                {"$ref": "#/definitions/AddressList"},
                            ],
                        },
                        "subject": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The subject line; no CR or LF.",
                        },
                        "text": {
                            "type": "string",
                            "description": "The plain-text version.",
                        },
                        "html": {"type": "string", "description": "The HTML version."},
                        "unsubscribe": {
                            "type": "object",
                            "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                            "additionalProperties": False,
                            "minProperties": 1,
                            "properties": {
                                "email": {"$ref": "#/definitions/EmailAddress"},
                                "url": {
                                    "type": "string",
                                    "format": "uri",
                                    "pattern": "^https?://\\S+$",
                                },
                                "oneclick": {
                                    "type": "boolean",
                                    "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                                },
                            },
                        },
                        "extra": {
                            "type": "object",
                            "description": "Custom headers; every name starts with `x-` (in any case).",
                            "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                            "additionalProperties": {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                            },
                        },
                        "attachments": {
                            "type": "array",
                            "items": {
                                "oneOf": [
                                    {"$ref": "#/definitions/UrlAttachment"},
                                    {"$ref": "#/definitions/DataAttachment"},
                                ]
                            },
                        },
                        "template": {
                            "description": "A stored template by id or name, or a whole template document.",
                            "oneOf": [
                                {"$ref": "#/definitions/TemplateId"},
                                {"$ref": "#/definitions/TemplateName"},
                                {"$ref": "#/definitions/InlineTemplate"},
                            ],
                        },
                        "data": {
                            "title": "PersonalizationData",
                            "type": "object",
                            "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                            "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                            "additionalProperties": True,
                        },
                        "patch": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                                "required": ["op", "path"],
                                "additionalProperties": False,
                                "properties": {
                                    "op": {"$ref": "#/definitions/PatchOp"},
                                    "path": {
                                        "type": "string",
                                        "description": "A JSON Pointer (RFC 6901) into the template.",
                                        "pattern": "^(/[^/]*)*$",
                                    },
                                    "from": {
                                        "type": "string",
                                        "description": "The source pointer, for `move` and `copy`.",
                                        "pattern": "^(/[^/]*)*$",
                                    },
                                    "value": {
                                        "description": "The value, for `add`, `replace` and `test`."
                                    },
                                },
                            },
                        },
                        "inlinecss": {
                            "type": "boolean",
                            "description": "Turn style sheets in the head into inline style attributes.",
                        },
                        "trackclicks": {
                            "type": "boolean",
                            "description": "Rewrite links to count clicks (SMTPeter's default is on).",
                        },
                        "trackopens": {
                            "type": "boolean",
                            "description": "Count opens (default on).",
                        },
                        "trackbounces": {
                            "type": "boolean",
                            "description": "Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).",
                        },
                        "preventscam": {
                            "type": "boolean",
                            "description": "Leave links whose text is their own address untouched.",
                        },
                        "tags": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "minLength": 1,
                                "pattern": "^[^\\s;]+$",
                                "description": "A label for statistics and event filters; no white space or semicolons.",
                            },
                        },
                        "maxdelivertime": {
                            "type": "string",
                            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                            "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                        },
                        "dsn": {
                            "type": "object",
                            "description": "What delivery status notifications to send to the `envelope` address.",
                            "additionalProperties": False,
                            "properties": {
                                "notify": {
                                    "type": "string",
                                    "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                                    "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                                },
                                "ret": {"$ref": "#/definitions/DsnRet"},
                                "envid": {
                                    "type": "string",
                                    "description": "Copied to the notification's Original-Envelope-Id.",
                                    "pattern": "^[!-~]+$",
                                },
                                "orcpt": {
                                    "type": "string",
                                    "description": "Copied to the notification's Original-Recipient.",
                                    "pattern": "^[!-~]+$",
                                },
                            },
                        },
                        "images": {
                            "type": "string",
                            "enum": ["hosted", "default"],
                            "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_images(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["hosted", "default"],
                "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
            },
            rule="type",
        )
    if data not in ["hosted", "default"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['hosted', 'default']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["hosted", "default"],
                "description": "`hosted` moves embedded images to SMTPeter's servers and links to them; `default` leaves them.",
            },
            rule="enum",
        )
    return data


def validate___definitions_mimemessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "minLength": 1,
                "pattern": "\\S",
                "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "\\S",
                    "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                },
                rule="minLength",
            )
        if not REGEX_PATTERNS["\\S"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern \\S",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "\\S",
                    "description": "A complete MIME message (headers, an empty line, the body), sent as it is.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_dsnret(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["FULL", "HDRS"],
                "description": "Return the full message or only its headers (default HDRS).",
            },
            rule="type",
        )
    if data not in ["FULL", "HDRS"]:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['FULL', 'HDRS']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["FULL", "HDRS"],
                "description": "Return the full message or only its headers (default HDRS).",
            },
            rule="enum",
        )
    return data


def validate___definitions_dsn(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "What delivery status notifications to send to the `envelope` address.",
                "additionalProperties": False,
                "properties": {
                    "notify": {
                        "type": "string",
                        "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                        "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                    },
                    "ret": {
                        "type": "string",
                        "enum": ["FULL", "HDRS"],
                        "description": "Return the full message or only its headers (default HDRS).",
                    },
                    "envid": {
                        "type": "string",
                        "description": "Copied to the notification's Original-Envelope-Id.",
                        "pattern": "^[!-~]+$",
                    },
                    "orcpt": {
                        "type": "string",
                        "description": "Copied to the notification's Original-Recipient.",
                        "pattern": "^[!-~]+$",
                    },
                },
            },
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
                    definition=lambda: {
                        "type": "string",
                        "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                        "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                            "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "Copied to the notification's Original-Envelope-Id.",
                        "pattern": "^[!-~]+$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "description": "Copied to the notification's Original-Envelope-Id.",
                            "pattern": "^[!-~]+$",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "Copied to the notification's Original-Recipient.",
                        "pattern": "^[!-~]+$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "description": "Copied to the notification's Original-Recipient.",
                            "pattern": "^[!-~]+$",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "description": "What delivery status notifications to send to the `envelope` address.",
                    "additionalProperties": False,
                    "properties": {
                        "notify": {
                            "type": "string",
                            "description": 'A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default\nFAILURE), in one string: the docs\' example has a stray comma\n(`"notify": , "FAILURE"`), which is read as this.\n',
                            "pattern": "^(NEVER|SUCCESS|FAILURE|DELAY)(,(NEVER|SUCCESS|FAILURE|DELAY))*$",
                        },
                        "ret": {
                            "type": "string",
                            "enum": ["FULL", "HDRS"],
                            "description": "Return the full message or only its headers (default HDRS).",
                        },
                        "envid": {
                            "type": "string",
                            "description": "Copied to the notification's Original-Envelope-Id.",
                            "pattern": "^[!-~]+$",
                        },
                        "orcpt": {
                            "type": "string",
                            "description": "Copied to the notification's Original-Recipient.",
                            "pattern": "^[!-~]+$",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_maxdelivertime(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$",
                    "description": "A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_tag(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "minLength": 1,
                "pattern": "^[^\\s;]+$",
                "description": "A label for statistics and event filters; no white space or semicolons.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[^\\s;]+$",
                    "description": "A label for statistics and event filters; no white space or semicolons.",
                },
                rule="minLength",
            )
        if not REGEX_PATTERNS["^[^\\s;]+$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[^\\s;]+$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[^\\s;]+$",
                    "description": "A label for statistics and event filters; no white space or semicolons.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_patchop(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["add", "remove", "replace", "move", "copy", "test"],
            },
            rule="type",
        )
    if data not in ["add", "remove", "replace", "move", "copy", "test"]:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['add', 'remove', 'replace', 'move', 'copy', 'test']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "enum": ["add", "remove", "replace", "move", "copy", "test"],
            },
            rule="enum",
        )
    return data


def validate___definitions_patchoperation(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                "required": ["op", "path"],
                "additionalProperties": False,
                "properties": {
                    "op": {
                        "type": "string",
                        "enum": ["add", "remove", "replace", "move", "copy", "test"],
                    },
                    "path": {
                        "type": "string",
                        "description": "A JSON Pointer (RFC 6901) into the template.",
                        "pattern": "^(/[^/]*)*$",
                    },
                    "from": {
                        "type": "string",
                        "description": "The source pointer, for `move` and `copy`.",
                        "pattern": "^(/[^/]*)*$",
                    },
                    "value": {
                        "description": "The value, for `add`, `replace` and `test`."
                    },
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                    "required": ["op", "path"],
                    "additionalProperties": False,
                    "properties": {
                        "op": {
                            "type": "string",
                            "enum": [
                                "add",
                                "remove",
                                "replace",
                                "move",
                                "copy",
                                "test",
                            ],
                        },
                        "path": {
                            "type": "string",
                            "description": "A JSON Pointer (RFC 6901) into the template.",
                            "pattern": "^(/[^/]*)*$",
                        },
                        "from": {
                            "type": "string",
                            "description": "The source pointer, for `move` and `copy`.",
                            "pattern": "^(/[^/]*)*$",
                        },
                        "value": {
                            "description": "The value, for `add`, `replace` and `test`."
                        },
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "A JSON Pointer (RFC 6901) into the template.",
                        "pattern": "^(/[^/]*)*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "description": "A JSON Pointer (RFC 6901) into the template.",
                            "pattern": "^(/[^/]*)*$",
                        },
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
                    definition=lambda: {
                        "type": "string",
                        "description": "The source pointer, for `move` and `copy`.",
                        "pattern": "^(/[^/]*)*$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "description": "The source pointer, for `move` and `copy`.",
                            "pattern": "^(/[^/]*)*$",
                        },
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
                definition=lambda: {
                    "type": "object",
                    "description": "One RFC 6902 JSON Patch operation, applied to the template document.\n`add`, `replace` and `test` need a `value`; `move` and `copy` a `from`\n(RFC 6902 rules that clients check; they are not expressed here because\nconditional schemas trip up several code generators).\n",
                    "required": ["op", "path"],
                    "additionalProperties": False,
                    "properties": {
                        "op": {
                            "type": "string",
                            "enum": [
                                "add",
                                "remove",
                                "replace",
                                "move",
                                "copy",
                                "test",
                            ],
                        },
                        "path": {
                            "type": "string",
                            "description": "A JSON Pointer (RFC 6901) into the template.",
                            "pattern": "^(/[^/]*)*$",
                        },
                        "from": {
                            "type": "string",
                            "description": "The source pointer, for `move` and `copy`.",
                            "pattern": "^(/[^/]*)*$",
                        },
                        "value": {
                            "description": "The value, for `add`, `replace` and `test`."
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_template(data, custom_formats={}, name_prefix=None):
    data_one_of_count6 = 0
    if data_one_of_count6 < 2:
        try:
            validate___definitions_templateid(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count6 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count6 < 2:
        try:
            validate___definitions_templatename(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count6 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count6 < 2:
        try:
            validate___definitions_inlinetemplate(
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
            definition=lambda: {
                "description": "A stored template by id or name, or a whole template document.",
                "oneOf": [
                    {"title": "TemplateId", "type": "integer", "minimum": 1},
                    {"title": "TemplateName", "type": "string", "minLength": 1},
                    {
                        "title": "InlineTemplate",
                        "type": "object",
                        "description": "A whole template document in the responsiveemail.com format.",
                        "additionalProperties": True,
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_inlinetemplate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "InlineTemplate",
                "type": "object",
                "description": "A whole template document in the responsiveemail.com format.",
                "additionalProperties": True,
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        pass
    return data


def validate___definitions_templatename(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "TemplateName",
                "type": "string",
                "minLength": 1,
            },
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
                definition=lambda: {
                    "title": "TemplateName",
                    "type": "string",
                    "minLength": 1,
                },
                rule="minLength",
            )
    return data


def validate___definitions_templateid(data, custom_formats={}, name_prefix=None):
    if (
        not isinstance(data, (int))
        and not (isinstance(data, float) and data.is_integer())
        or isinstance(data, bool)
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {"title": "TemplateId", "type": "integer", "minimum": 1},
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)):
        if data < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to 1",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "title": "TemplateId",
                    "type": "integer",
                    "minimum": 1,
                },
                rule="minimum",
            )
    return data


def validate___definitions_attachment(data, custom_formats={}, name_prefix=None):
    data_one_of_count7 = 0
    if data_one_of_count7 < 2:
        try:
            validate___definitions_urlattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count7 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count7 < 2:
        try:
            validate___definitions_dataattachment(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count7 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count7 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count7) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "oneOf": [
                    {
                        "title": "UrlAttachment",
                        "type": "object",
                        "description": "An attachment SMTPeter downloads itself.",
                        "additionalProperties": False,
                        "required": ["url"],
                        "properties": {
                            "url": {
                                "type": "string",
                                "format": "uri",
                                "pattern": "^https?://\\S+$",
                            },
                            "name": {"$ref": "#/definitions/AttachmentName"},
                            "type": {"$ref": "#/definitions/MediaType"},
                        },
                    },
                    {
                        "title": "DataAttachment",
                        "type": "object",
                        "description": "An attachment whose content travels in the request, base64-encoded.",
                        "additionalProperties": False,
                        "required": ["data"],
                        "properties": {
                            "data": {
                                "type": "string",
                                "contentEncoding": "base64",
                                "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                            },
                            "name": {"$ref": "#/definitions/AttachmentName"},
                            "type": {"$ref": "#/definitions/MediaType"},
                        },
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_mediatype(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                "description": "The attachment's media type, e.g. `application/pdf`.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                    "description": "The attachment's media type, e.g. `application/pdf`.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_attachmentname(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "minLength": 1,
                "pattern": "^[^\\r\\n]*$",
                "description": "The file name the recipient sees; no CR or LF.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[^\\r\\n]*$",
                    "description": "The file name the recipient sees; no CR or LF.",
                },
                rule="minLength",
            )
        if not REGEX_PATTERNS["^[^\\r\\n]*$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[^\\r\\n]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[^\\r\\n]*$",
                    "description": "The file name the recipient sees; no CR or LF.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_dataattachment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "DataAttachment",
                "type": "object",
                "description": "An attachment whose content travels in the request, base64-encoded.",
                "additionalProperties": False,
                "required": ["data"],
                "properties": {
                    "data": {
                        "type": "string",
                        "contentEncoding": "base64",
                        "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                    },
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The file name the recipient sees; no CR or LF.",
                    },
                    "type": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                        "description": "The attachment's media type, e.g. `application/pdf`.",
                    },
                },
            },
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
                definition=lambda: {
                    "title": "DataAttachment",
                    "type": "object",
                    "description": "An attachment whose content travels in the request, base64-encoded.",
                    "additionalProperties": False,
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "string",
                            "contentEncoding": "base64",
                            "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        },
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The file name the recipient sees; no CR or LF.",
                        },
                        "type": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                            "description": "The attachment's media type, e.g. `application/pdf`.",
                        },
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "contentEncoding": "base64",
                        "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                    },
                    rule="type",
                )
            if isinstance(data__data, str):
                if not REGEX_PATTERNS["^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$"].search(
                    data__data
                ):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".data must match pattern ^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=lambda: {
                            "type": "string",
                            "contentEncoding": "base64",
                            "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        },
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
                        definition=lambda: {
                            "type": "string",
                            "contentEncoding": "base64",
                            "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        },
                        rule=None,
                    )
                if data__data == "":
                    raise JsonSchemaValueException(
                        "contentEncoding must be base64",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        definition=lambda: {
                            "type": "string",
                            "contentEncoding": "base64",
                            "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        },
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
                definition=lambda: {
                    "title": "DataAttachment",
                    "type": "object",
                    "description": "An attachment whose content travels in the request, base64-encoded.",
                    "additionalProperties": False,
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "string",
                            "contentEncoding": "base64",
                            "pattern": "^[A-Za-z0-9+/\\r\\n]*={0,2}[\\r\\n]*$",
                        },
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The file name the recipient sees; no CR or LF.",
                        },
                        "type": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                            "description": "The attachment's media type, e.g. `application/pdf`.",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_urlattachment(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "UrlAttachment",
                "type": "object",
                "description": "An attachment SMTPeter downloads itself.",
                "additionalProperties": False,
                "required": ["url"],
                "properties": {
                    "url": {
                        "type": "string",
                        "format": "uri",
                        "pattern": "^https?://\\S+$",
                    },
                    "name": {
                        "type": "string",
                        "minLength": 1,
                        "pattern": "^[^\\r\\n]*$",
                        "description": "The file name the recipient sees; no CR or LF.",
                    },
                    "type": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                        "description": "The attachment's media type, e.g. `application/pdf`.",
                    },
                },
            },
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
                definition=lambda: {
                    "title": "UrlAttachment",
                    "type": "object",
                    "description": "An attachment SMTPeter downloads itself.",
                    "additionalProperties": False,
                    "required": ["url"],
                    "properties": {
                        "url": {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The file name the recipient sees; no CR or LF.",
                        },
                        "type": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                            "description": "The attachment's media type, e.g. `application/pdf`.",
                        },
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "format": "uri",
                        "pattern": "^https?://\\S+$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        rule="pattern",
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
                definition=lambda: {
                    "title": "UrlAttachment",
                    "type": "object",
                    "description": "An attachment SMTPeter downloads itself.",
                    "additionalProperties": False,
                    "required": ["url"],
                    "properties": {
                        "url": {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "pattern": "^[^\\r\\n]*$",
                            "description": "The file name the recipient sees; no CR or LF.",
                        },
                        "type": {
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#\\$&^_.+-]*$",
                            "description": "The attachment's media type, e.g. `application/pdf`.",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_extraheaders(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "Custom headers; every name starts with `x-` (in any case).",
                "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                "additionalProperties": {"type": "string", "pattern": "^[^\\r\\n]*$"},
            },
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
                        definition=lambda: {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                        },
                        rule="type",
                    )
                if isinstance(data_value, str):
                    if not REGEX_PATTERNS["^[^\\r\\n]*$"].search(data_value):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + f".{data_key}"
                            + " must match pattern ^[^\\r\\n]*$",
                            value=data_value,
                            name="" + (name_prefix or "data") + f".{data_key}" + "",
                            definition=lambda: {
                                "type": "string",
                                "pattern": "^[^\\r\\n]*$",
                            },
                            rule="pattern",
                        )
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS["^[Xx]-[!-9;-~]+$"].search(data_key):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[Xx]-[!-9;-~]+$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=lambda: {"pattern": "^[Xx]-[!-9;-~]+$"},
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
                    definition=lambda: {
                        "type": "object",
                        "description": "Custom headers; every name starts with `x-` (in any case).",
                        "propertyNames": {"pattern": "^[Xx]-[!-9;-~]+$"},
                        "additionalProperties": {
                            "type": "string",
                            "pattern": "^[^\\r\\n]*$",
                        },
                    },
                    rule="propertyNames",
                )
    return data


def validate___definitions_unsubscribe(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "object",
                "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                "additionalProperties": False,
                "minProperties": 1,
                "properties": {
                    "email": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "url": {
                        "type": "string",
                        "format": "uri",
                        "pattern": "^https?://\\S+$",
                    },
                    "oneclick": {
                        "type": "boolean",
                        "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                    },
                },
            },
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
                definition=lambda: {
                    "type": "object",
                    "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                    "additionalProperties": False,
                    "minProperties": 1,
                    "properties": {
                        "email": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "url": {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        "oneclick": {
                            "type": "boolean",
                            "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                        },
                    },
                },
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
                    definition=lambda: {
                        "type": "string",
                        "format": "uri",
                        "pattern": "^https?://\\S+$",
                    },
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
                        definition=lambda: {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        rule="pattern",
                    )
        if "oneclick" in data_keys:
            data_keys.remove("oneclick")
            data__oneclick = data["oneclick"]
            if not isinstance(data__oneclick, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".oneclick must be boolean",
                    value=data__oneclick,
                    name="" + (name_prefix or "data") + ".oneclick",
                    definition=lambda: {
                        "type": "boolean",
                        "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                    },
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
                definition=lambda: {
                    "type": "object",
                    "description": "Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).",
                    "additionalProperties": False,
                    "minProperties": 1,
                    "properties": {
                        "email": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "url": {
                            "type": "string",
                            "format": "uri",
                            "pattern": "^https?://\\S+$",
                        },
                        "oneclick": {
                            "type": "boolean",
                            "description": "The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).",
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate___definitions_recipients(data, custom_formats={}, name_prefix=None):
    data_one_of_count8 = 0
    if data_one_of_count8 < 2:
        try:
            validate___definitions_recipientlist(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count8 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count8 < 2:
        try:
            validate___definitions_recipientdatamap(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count8 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count8 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count8) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "description": 'Several delivery addresses, with or without per-recipient data.\nThe personalization pages write the second form as\n`[ "a@x": {...} ]`, which is not JSON; it is read here as what it\nplainly means, an object mapping each address to its data.\n',
                "oneOf": [
                    {
                        "title": "RecipientList",
                        "type": "array",
                        "minItems": 1,
                        "items": {"$ref": "#/definitions/EmailAddress"},
                    },
                    {
                        "title": "RecipientDataMap",
                        "type": "object",
                        "description": "Each delivery address mapped to its own personalization data.",
                        "minProperties": 1,
                        "propertyNames": {"$ref": "#/definitions/EmailAddress"},
                        "additionalProperties": {
                            "$ref": "#/definitions/PersonalizationData"
                        },
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_recipientdatamap(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "RecipientDataMap",
                "type": "object",
                "description": "Each delivery address mapped to its own personalization data.",
                "minProperties": 1,
                "propertyNames": {
                    "type": "string",
                    "format": "email",
                    "minLength": 3,
                    "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                    "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                },
                "additionalProperties": {
                    "title": "PersonalizationData",
                    "type": "object",
                    "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                    "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                    "additionalProperties": True,
                },
            },
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
                definition=lambda: {
                    "title": "RecipientDataMap",
                    "type": "object",
                    "description": "Each delivery address mapped to its own personalization data.",
                    "minProperties": 1,
                    "propertyNames": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                    "additionalProperties": {
                        "title": "PersonalizationData",
                        "type": "object",
                        "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                        "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                        "additionalProperties": True,
                    },
                },
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
                    definition=lambda: {
                        "title": "RecipientDataMap",
                        "type": "object",
                        "description": "Each delivery address mapped to its own personalization data.",
                        "minProperties": 1,
                        "propertyNames": {
                            "type": "string",
                            "format": "email",
                            "minLength": 3,
                            "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                            "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                        },
                        "additionalProperties": {
                            "title": "PersonalizationData",
                            "type": "object",
                            "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                            "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                            "additionalProperties": True,
                        },
                    },
                    rule="propertyNames",
                )
    return data


def validate___definitions_personalizationdata(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "PersonalizationData",
                "type": "object",
                "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                "additionalProperties": True,
            },
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
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS["^[A-Za-z][A-Za-z0-9_-]*$"].search(
                            data_key
                        ):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + " must match pattern ^[A-Za-z][A-Za-z0-9_-]*$",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition=lambda: {
                                    "pattern": "^[A-Za-z][A-Za-z0-9_-]*$"
                                },
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
                    definition=lambda: {
                        "title": "PersonalizationData",
                        "type": "object",
                        "description": "Values for the `{$name}` placeholders in the message. Names are\nletters, digits, `-` and `_`, start with a letter, and are case\nsensitive; values may be any JSON, nested included.\n",
                        "propertyNames": {"pattern": "^[A-Za-z][A-Za-z0-9_-]*$"},
                        "additionalProperties": True,
                    },
                    rule="propertyNames",
                )
    return data


def validate___definitions_recipientlist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "RecipientList",
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "string",
                    "format": "email",
                    "minLength": 3,
                    "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                    "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                },
            },
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
                definition=lambda: {
                    "title": "RecipientList",
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "string",
                        "format": "email",
                        "minLength": 3,
                        "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                        "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                    },
                },
                rule="minItems",
            )
        for data_x, data_item in enumerate(data):
            validate___definitions_emailaddress(
                data_item, custom_formats, (name_prefix or "data") + f"[{data_x}]"
            )
    return data


def validate___definitions_addresses(data, custom_formats={}, name_prefix=None):
    data_one_of_count9 = 0
    if data_one_of_count9 < 2:
        try:
            validate___definitions_headeraddresses(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count9 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count9 < 2:
        try:
            validate___definitions_addresslist(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count9 += 1
        except JsonSchemaValueException:
            pass
    if data_one_of_count9 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count9) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "description": "One header value, or a list of them that SMTPeter joins.",
                "oneOf": [
                    {
                        "title": "HeaderAddresses",
                        "type": "string",
                        "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                        "pattern": "^[^\\r\\n]*$",
                    },
                    {
                        "title": "AddressList",
                        "type": "array",
                        "items": {"$ref": "#/definitions/HeaderAddresses"},
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_addresslist(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "AddressList",
                "type": "array",
                "items": {
                    "title": "HeaderAddresses",
                    "type": "string",
                    "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                    "pattern": "^[^\\r\\n]*$",
                },
            },
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


def validate___definitions_headeraddresses(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "title": "HeaderAddresses",
                "type": "string",
                "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                "pattern": "^[^\\r\\n]*$",
            },
            rule="type",
        )
    if isinstance(data, str):
        if not REGEX_PATTERNS["^[^\\r\\n]*$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[^\\r\\n]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "title": "HeaderAddresses",
                    "type": "string",
                    "description": 'One header value of addresses: SMTPeter accepts display names and\ncomma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.\nNo CR or LF: it becomes a header.\n',
                    "pattern": "^[^\\r\\n]*$",
                },
                rule="pattern",
            )
    return data


def validate___definitions_emailaddress(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "format": "email",
                "minLength": 3,
                "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                "description": "A bare address (`local@domain`) used for delivery, without a display name.",
            },
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
                definition=lambda: {
                    "type": "string",
                    "format": "email",
                    "minLength": 3,
                    "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                    "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                },
                rule="minLength",
            )
        if not REGEX_PATTERNS[
            '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$'
        ].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + ' must match pattern ^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                value=data,
                name="" + (name_prefix or "data") + "",
                definition=lambda: {
                    "type": "string",
                    "format": "email",
                    "minLength": 3,
                    "pattern": '^[^\\s@<>(),;:"\\[\\]\\\\]+@[^\\s@<>(),;:"\\[\\]\\\\]+$',
                    "description": "A bare address (`local@domain`) used for delivery, without a display name.",
                },
                rule="pattern",
            )
    return data


def validate___definitions_errortext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition=lambda: {
                "type": "string",
                "description": "SMTPeter's explanation of what went wrong, in words.",
            },
            rule="type",
        )
    return data
