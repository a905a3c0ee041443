# mypy: ignore-errors
# ruff: noqa
"""The request schemas of openapi.yaml compiled to Python by fastjsonschema 2.21.2: what every definition's function shares.

Use it through validation.py. The definitions' functions are modules of _schemas/, imported on first use
(:func:`validator`): one module holds the definitions used by the same request schemas.
The code runs on _schema_runtime.py, and its errors point into _schema_document.py.

Written by tools/generate_surface.py from openapi.yaml: do not edit."""

import importlib
from ._schema_runtime import Decimal
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
    "^(https?://\\S+|[^\\s@]+@[^\\s@]+)$": "^(https?://[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+|[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff@]+@[^\\t\\n\\x0b\\x0c\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff@]+)\\Z",
    "^[!-~]+$": "^[!-~]+\\Z",
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\Z",
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


# Large maps and lists of a simple shape (see _schema_runtime.install_fast_paths).
_FAST_PATHS = {
    "validate___definitions_addresslist": (
        "list",
        0,
        None,
        ("^[^\\n\\r\\x0b\\x0c\\x1c-\\x1e\\x85\\u2028\\u2029]*$", None, 0, None),
    ),
    "validate___definitions_recipientdatamap": (
        "map",
        1,
        (None, "email", 3, 254),
        "^[A-Za-z][A-Za-z0-9_-]*$",
    ),
    "validate___definitions_recipientlist": ("list", 1, None, (None, "email", 3, 254)),
}

# The module of _schemas/ of each definition and its function's name there (without
# validate___definitions_), by the definition's name.
MODULES = {
    "AddressList": ("addresses", "addresslist"),
    "Addresses": ("addresses", "addresses"),
    "Attachment": ("sendrequest", "attachment"),
    "AttachmentName": ("sendrequest", "attachmentname"),
    "DataAttachment": ("sendrequest", "dataattachment"),
    "DataRequest": ("datarequest", "datarequest"),
    "DataRequestForm": ("datarequestform", "datarequestform"),
    "DataRequestMonitor": ("datarequestmonitor", "datarequestmonitor"),
    "DkimKeyForm": ("dkimkeyform", "dkimkeyform"),
    "DkimKeyRequest": ("dkimkeyrequest", "dkimkeyrequest"),
    "DkimSelector": ("dkimselector", "dkimselector"),
    "DmarcPolicy": ("dmarcpolicy", "dmarcpolicy"),
    "DomainName": ("domainname", "domainname"),
    "DomainSettings": ("domainsettings", "domainsettings"),
    "DomainSettingsForm": ("domainsettingsform", "domainsettingsform"),
    "Dsn": ("sendrequest", "dsn"),
    "DsnRet": ("sendrequest", "dsnret"),
    "EmailAddress": ("emailaddress", "emailaddress"),
    "ExtraHeaders": ("sendrequest", "extraheaders"),
    "HeaderAddresses": ("addresses", "headeraddresses"),
    "Images": ("addresses", "images"),
    "InlineTemplate": ("sendrequest", "inlinetemplate"),
    "LogPrefix": ("logprefix", "logprefix"),
    "MaxDeliverTime": ("addresses", "maxdelivertime"),
    "MediaType": ("sendrequest", "mediatype"),
    "MimeMessage": ("addresses", "mimemessage"),
    "PatchOp": ("sendrequest", "patchop"),
    "PatchOperation": ("sendrequest", "patchoperation"),
    "Percentage": ("dmarcpolicy", "percentage"),
    "PersonalizationData": ("sendrequest", "personalizationdata"),
    "RecipientDataMap": ("sendrequest", "recipientdatamap"),
    "RecipientList": ("addresses", "recipientlist"),
    "Recipients": ("sendrequest", "recipients"),
    "ResendForm": ("resendform", "resendform"),
    "ResendRequest": ("resendrequest", "resendrequest"),
    "SendForm": ("sendform", "sendform"),
    "SendRequest": ("sendrequest", "sendrequest"),
    "SpfMechanismAddress": ("spfmechanismaddress", "spfmechanismaddress"),
    "SpfSettings": ("spfsettings", "spfsettings"),
    "SpfSettingsForm": ("spfsettingsform", "spfsettingsform"),
    "Tag": ("addresses", "tag"),
    "Template": ("sendrequest", "template"),
    "TemplateCreate": ("templatecreate", "templatecreate"),
    "TemplateId": ("templateid", "templateid"),
    "TemplateKey": ("templatekey", "templatekey"),
    "TemplateName": ("templatename", "templatename"),
    "TemplateQueryData": ("templatequerydata", "templatequerydata"),
    "TemplateUpdate": ("templateupdate", "templateupdate"),
    "Unsubscribe": ("sendrequest", "unsubscribe"),
    "UrlAttachment": ("sendrequest", "urlattachment"),
    "WebhookForm": ("webhookform", "webhookform"),
    "WebhookRequest": ("webhookrequest", "webhookrequest"),
    "WebhookType": ("webhooktype", "webhooktype"),
    "WebhookUrl": ("webhooktype", "webhookurl"),
    "send.parameters": ("send_parameters", "send_parameters"),
    "resend.parameters": ("resend_parameters", "resend_parameters"),
    "getRecipient.parameters": ("getrecipient_parameters", "getrecipient_parameters"),
    "getEnvelope.parameters": ("getenvelope_parameters", "getenvelope_parameters"),
    "getText.parameters": ("gettext_parameters", "gettext_parameters"),
    "getHtml.parameters": ("gethtml_parameters", "gethtml_parameters"),
    "getHeaders.parameters": ("getheaders_parameters", "getheaders_parameters"),
    "listAttachments.parameters": (
        "listattachments_parameters",
        "listattachments_parameters",
    ),
    "getAttachment.parameters": (
        "getattachment_parameters",
        "getattachment_parameters",
    ),
    "listEmbeds.parameters": ("listembeds_parameters", "listembeds_parameters"),
    "getEmbed.parameters": ("getembed_parameters", "getembed_parameters"),
    "getEventsByMessage.parameters": (
        "geteventsbymessage_parameters",
        "geteventsbymessage_parameters",
    ),
    "getEventsByEmail.parameters": (
        "geteventsbyemail_parameters",
        "geteventsbyemail_parameters",
    ),
    "getEventsByTemplate.parameters": (
        "geteventsbytemplate_parameters",
        "geteventsbytemplate_parameters",
    ),
    "getEventsByTags.parameters": (
        "geteventsbytags_parameters",
        "geteventsbytags_parameters",
    ),
    "listTemplates.parameters": (
        "listtemplates_parameters",
        "listtemplates_parameters",
    ),
    "listTemplatesPage.parameters": (
        "listtemplatespage_parameters",
        "listtemplatespage_parameters",
    ),
    "getTemplate.parameters": ("gettemplate_parameters", "gettemplate_parameters"),
    "deleteTemplate.parameters": (
        "deletetemplate_parameters",
        "deletetemplate_parameters",
    ),
    "getTemplateHtml.parameters": (
        "gettemplatehtml_parameters",
        "gettemplatehtml_parameters",
    ),
    "getTemplateWebversion.parameters": (
        "gettemplatewebversion_parameters",
        "gettemplatewebversion_parameters",
    ),
    "getTemplateMime.parameters": (
        "gettemplatemime_parameters",
        "gettemplatemime_parameters",
    ),
    "getTemplateEmbedded.parameters": (
        "gettemplateembedded_parameters",
        "gettemplateembedded_parameters",
    ),
    "getTemplateText.parameters": (
        "gettemplatetext_parameters",
        "gettemplatetext_parameters",
    ),
    "updateTemplate.parameters": (
        "updatetemplate_parameters",
        "updatetemplate_parameters",
    ),
    "createTemplate.parameters": (
        "createtemplate_parameters",
        "createtemplate_parameters",
    ),
    "listDomains.parameters": ("listdomains_parameters", "listdomains_parameters"),
    "getDomain.parameters": ("getdomain_parameters", "getdomain_parameters"),
    "addDomain.parameters": ("adddomain_parameters", "adddomain_parameters"),
    "deleteDomain.parameters": ("deletedomain_parameters", "deletedomain_parameters"),
    "deleteDomainReportAddress.parameters": (
        "deletedomainreportaddress_parameters",
        "deletedomainreportaddress_parameters",
    ),
    "getRecommendedDns.parameters": (
        "getrecommendeddns_parameters",
        "getrecommendeddns_parameters",
    ),
    "getSelfhostedDns.parameters": (
        "getselfhosteddns_parameters",
        "getselfhosteddns_parameters",
    ),
    "getDnsStatus.parameters": ("getdnsstatus_parameters", "getdnsstatus_parameters"),
    "getDkimKey.parameters": ("getdkimkey_parameters", "getdkimkey_parameters"),
    "createDkimKey.parameters": (
        "createdkimkey_parameters",
        "createdkimkey_parameters",
    ),
    "getDkimPublicKey.parameters": (
        "getdkimpublickey_parameters",
        "getdkimpublickey_parameters",
    ),
    "getDkimAlgorithm.parameters": (
        "getdkimalgorithm_parameters",
        "getdkimalgorithm_parameters",
    ),
    "getDkimSelector.parameters": (
        "getdkimselector_parameters",
        "getdkimselector_parameters",
    ),
    "deleteDkimKey.parameters": (
        "deletedkimkey_parameters",
        "deletedkimkey_parameters",
    ),
    "listDkimKeys.parameters": ("listdkimkeys_parameters", "listdkimkeys_parameters"),
    "getSpf.parameters": ("getspf_parameters", "getspf_parameters"),
    "createSpf.parameters": ("createspf_parameters", "createspf_parameters"),
    "deleteSpf.parameters": ("deletespf_parameters", "deletespf_parameters"),
    "listDmarcDates.parameters": (
        "listdmarcdates_parameters",
        "listdmarcdates_parameters",
    ),
    "getDmarcReport.parameters": (
        "getdmarcreport_parameters",
        "getdmarcreport_parameters",
    ),
    "getDmarcReportByIndex.parameters": (
        "getdmarcreportbyindex_parameters",
        "getdmarcreportbyindex_parameters",
    ),
    "listLogDates.parameters": ("listlogdates_parameters", "listlogdates_parameters"),
    "listLogFiles.parameters": ("listlogfiles_parameters", "listlogfiles_parameters"),
    "getLogFile.parameters": ("getlogfile_parameters", "getlogfile_parameters"),
    "getLogFileWithHeader.parameters": (
        "getlogfilewithheader_parameters",
        "getlogfilewithheader_parameters",
    ),
    "getLogFileJson.parameters": (
        "getlogfilejson_parameters",
        "getlogfilejson_parameters",
    ),
    "getLogFileXml.parameters": (
        "getlogfilexml_parameters",
        "getlogfilexml_parameters",
    ),
    "createDataRequest.parameters": (
        "createdatarequest_parameters",
        "createdatarequest_parameters",
    ),
    "getDataRequestStatus.parameters": (
        "getdatarequeststatus_parameters",
        "getdatarequeststatus_parameters",
    ),
    "getDataRequest.parameters": (
        "getdatarequest_parameters",
        "getdatarequest_parameters",
    ),
    "listWebhooks.parameters": ("listwebhooks_parameters", "listwebhooks_parameters"),
    "configureWebhook.parameters": (
        "configurewebhook_parameters",
        "configurewebhook_parameters",
    ),
}


def validator(definition):
    """The compiled function of a definition (None for a name that is none), from its module
    of _schemas/, imported on first use: validating a send loads only what a send needs."""
    entry = MODULES.get(definition)
    if entry is None:
        return None
    module, function = entry
    loaded = importlib.import_module(f"{__package__}._schemas.{module}")
    return getattr(loaded, "validate___definitions_" + function)
