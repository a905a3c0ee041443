"""The tables validation.py reads, from openapi.yaml.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

from __future__ import annotations

SCHEMAS: frozenset[str] = frozenset(
    [
        "AddressList",
        "Addresses",
        "Attachment",
        "AttachmentName",
        "DataAttachment",
        "DataRequest",
        "DataRequestForm",
        "DataRequestMonitor",
        "DkimKeyForm",
        "DkimKeyRequest",
        "DkimSelector",
        "DmarcPolicy",
        "DomainName",
        "DomainSettings",
        "DomainSettingsForm",
        "Dsn",
        "DsnRet",
        "EmailAddress",
        "ExtraHeaders",
        "HeaderAddresses",
        "Images",
        "InlineTemplate",
        "LogPrefix",
        "MaxDeliverTime",
        "MediaType",
        "MimeMessage",
        "PatchOp",
        "PatchOperation",
        "Percentage",
        "PersonalizationData",
        "RecipientDataMap",
        "RecipientList",
        "Recipients",
        "ResendForm",
        "ResendRequest",
        "SendForm",
        "SendRequest",
        "SpfMechanismAddress",
        "SpfSettings",
        "SpfSettingsForm",
        "Tag",
        "Template",
        "TemplateCreate",
        "TemplateId",
        "TemplateKey",
        "TemplateName",
        "TemplateQueryData",
        "TemplateUpdate",
        "Unsubscribe",
        "UrlAttachment",
        "WebhookForm",
        "WebhookRequest",
        "WebhookType",
        "WebhookUrl",
    ]
)
"""The names of the schemas that can be validated."""

UNION_TYPES: dict[str, str] = {
    "AddressList": "string or array",
    "DataNotAvailable": "array or string",
    "RecipientDataMap": "array or object",
    "SendAccepted": "object or integer",
    "TemplateId": "object, string or integer",
}
"""The last branch of each union by JSON type (if/then/else, see openapi.yaml), by title, to
the JSON types the whole union takes: a value of none of them is told so, not the last one."""

CHOICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SendForm": (("recipient", "recipients"), ("mime", "template", "text", "html")),
    "SendRequest": (("recipient", "recipients"), ("mime", "template", "text", "html")),
}
"""Per body schema, the properties of which exactly one is required and those of which at
least one is (the schema's if/then/else and not, see openapi.yaml), to name them together."""
