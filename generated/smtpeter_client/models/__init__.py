"""Contains all the data models used in inputs/outputs.

smtpeter: each model's module is imported when the model is first used, so that importing one
model (an endpoint needs only its own) does not load all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abuse_event import AbuseEvent
    from .abuse_record import AbuseRecord
    from .attempt_record import AttemptRecord
    from .bounce_event import BounceEvent
    from .click_event import ClickEvent
    from .click_record import ClickRecord
    from .data_attachment import DataAttachment
    from .data_request import DataRequest
    from .data_request_created import DataRequestCreated
    from .data_request_form import DataRequestForm
    from .data_request_info import DataRequestInfo
    from .data_request_result import DataRequestResult
    from .data_request_state import DataRequestState
    from .data_request_status import DataRequestStatus
    from .delivery_event import DeliveryEvent
    from .delivery_record import DeliveryRecord
    from .dkim_key import DkimKey
    from .dkim_key_form import DkimKeyForm
    from .dkim_key_request import DkimKeyRequest
    from .dmarc_policy import DmarcPolicy
    from .dmarc_record import DmarcRecord
    from .dns_check import DnsCheck
    from .dns_record import DnsRecord
    from .dns_status import DnsStatus
    from .domain_settings import DomainSettings
    from .domain_settings_form import DomainSettingsForm
    from .dsn import Dsn
    from .dsn_ret import DsnRet
    from .event_record import EventRecord
    from .event_record_data import EventRecordData
    from .event_type import EventType
    from .extra_headers import ExtraHeaders
    from .failure_event import FailureEvent
    from .failure_event_action import FailureEventAction
    from .failure_record import FailureRecord
    from .form_data import FormData
    from .images import Images
    from .inline_template import InlineTemplate
    from .log_prefix import LogPrefix
    from .message_id_map import MessageIdMap
    from .message_part import MessagePart
    from .open_event import OpenEvent
    from .open_record import OpenRecord
    from .patch_op import PatchOp
    from .patch_operation import PatchOperation
    from .personalization_data import PersonalizationData
    from .recipient_data_map import RecipientDataMap
    from .resend_form import ResendForm
    from .resend_request import ResendRequest
    from .returned_mail_record import ReturnedMailRecord
    from .send_form import SendForm
    from .send_request import SendRequest
    from .sender_domain import SenderDomain
    from .spf_record import SpfRecord
    from .spf_settings import SpfSettings
    from .spf_settings_form import SpfSettingsForm
    from .template_create import TemplateCreate
    from .template_created import TemplateCreated
    from .template_document import TemplateDocument
    from .template_query_data import TemplateQueryData
    from .template_summary import TemplateSummary
    from .template_update import TemplateUpdate
    from .unsubscribe import Unsubscribe
    from .url_attachment import UrlAttachment
    from .webhook import Webhook
    from .webhook_form import WebhookForm
    from .webhook_request import WebhookRequest
    from .webhook_type import WebhookType

_MODULES = {
    "AbuseEvent": ".abuse_event",
    "AbuseRecord": ".abuse_record",
    "AttemptRecord": ".attempt_record",
    "BounceEvent": ".bounce_event",
    "ClickEvent": ".click_event",
    "ClickRecord": ".click_record",
    "DataAttachment": ".data_attachment",
    "DataRequest": ".data_request",
    "DataRequestCreated": ".data_request_created",
    "DataRequestForm": ".data_request_form",
    "DataRequestInfo": ".data_request_info",
    "DataRequestResult": ".data_request_result",
    "DataRequestState": ".data_request_state",
    "DataRequestStatus": ".data_request_status",
    "DeliveryEvent": ".delivery_event",
    "DeliveryRecord": ".delivery_record",
    "DkimKey": ".dkim_key",
    "DkimKeyForm": ".dkim_key_form",
    "DkimKeyRequest": ".dkim_key_request",
    "DmarcPolicy": ".dmarc_policy",
    "DmarcRecord": ".dmarc_record",
    "DnsCheck": ".dns_check",
    "DnsRecord": ".dns_record",
    "DnsStatus": ".dns_status",
    "DomainSettings": ".domain_settings",
    "DomainSettingsForm": ".domain_settings_form",
    "Dsn": ".dsn",
    "DsnRet": ".dsn_ret",
    "EventRecord": ".event_record",
    "EventRecordData": ".event_record_data",
    "EventType": ".event_type",
    "ExtraHeaders": ".extra_headers",
    "FailureEvent": ".failure_event",
    "FailureEventAction": ".failure_event_action",
    "FailureRecord": ".failure_record",
    "FormData": ".form_data",
    "Images": ".images",
    "InlineTemplate": ".inline_template",
    "LogPrefix": ".log_prefix",
    "MessageIdMap": ".message_id_map",
    "MessagePart": ".message_part",
    "OpenEvent": ".open_event",
    "OpenRecord": ".open_record",
    "PatchOp": ".patch_op",
    "PatchOperation": ".patch_operation",
    "PersonalizationData": ".personalization_data",
    "RecipientDataMap": ".recipient_data_map",
    "ResendForm": ".resend_form",
    "ResendRequest": ".resend_request",
    "ReturnedMailRecord": ".returned_mail_record",
    "SendForm": ".send_form",
    "SendRequest": ".send_request",
    "SenderDomain": ".sender_domain",
    "SpfRecord": ".spf_record",
    "SpfSettings": ".spf_settings",
    "SpfSettingsForm": ".spf_settings_form",
    "TemplateCreate": ".template_create",
    "TemplateCreated": ".template_created",
    "TemplateDocument": ".template_document",
    "TemplateQueryData": ".template_query_data",
    "TemplateSummary": ".template_summary",
    "TemplateUpdate": ".template_update",
    "Unsubscribe": ".unsubscribe",
    "UrlAttachment": ".url_attachment",
    "Webhook": ".webhook",
    "WebhookForm": ".webhook_form",
    "WebhookRequest": ".webhook_request",
    "WebhookType": ".webhook_type",
}

__all__ = (
    "AbuseEvent",
    "AbuseRecord",
    "AttemptRecord",
    "BounceEvent",
    "ClickEvent",
    "ClickRecord",
    "DataAttachment",
    "DataRequest",
    "DataRequestCreated",
    "DataRequestForm",
    "DataRequestInfo",
    "DataRequestResult",
    "DataRequestState",
    "DataRequestStatus",
    "DeliveryEvent",
    "DeliveryRecord",
    "DkimKey",
    "DkimKeyForm",
    "DkimKeyRequest",
    "DmarcPolicy",
    "DmarcRecord",
    "DnsCheck",
    "DnsRecord",
    "DnsStatus",
    "DomainSettings",
    "DomainSettingsForm",
    "Dsn",
    "DsnRet",
    "EventRecord",
    "EventRecordData",
    "EventType",
    "ExtraHeaders",
    "FailureEvent",
    "FailureEventAction",
    "FailureRecord",
    "FormData",
    "Images",
    "InlineTemplate",
    "LogPrefix",
    "MessageIdMap",
    "MessagePart",
    "OpenEvent",
    "OpenRecord",
    "PatchOp",
    "PatchOperation",
    "PersonalizationData",
    "RecipientDataMap",
    "ResendForm",
    "ResendRequest",
    "ReturnedMailRecord",
    "SenderDomain",
    "SendForm",
    "SendRequest",
    "SpfRecord",
    "SpfSettings",
    "SpfSettingsForm",
    "TemplateCreate",
    "TemplateCreated",
    "TemplateDocument",
    "TemplateQueryData",
    "TemplateSummary",
    "TemplateUpdate",
    "Unsubscribe",
    "UrlAttachment",
    "Webhook",
    "WebhookForm",
    "WebhookRequest",
    "WebhookType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
