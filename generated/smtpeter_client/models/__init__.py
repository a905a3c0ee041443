"""Contains all the data models used in inputs/outputs"""

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
