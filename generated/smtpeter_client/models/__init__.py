"""Contains all the data models used in inputs/outputs"""

from .abuse_event import AbuseEvent
from .bounce_event import BounceEvent
from .click_event import ClickEvent
from .data_attachment import DataAttachment
from .delivery_event import DeliveryEvent
from .dsn import Dsn
from .dsn_ret import DsnRet
from .event_record import EventRecord
from .event_record_data import EventRecordData
from .event_type import EventType
from .extra_headers import ExtraHeaders
from .failure_event import FailureEvent
from .failure_event_action import FailureEventAction
from .images import Images
from .inline_template import InlineTemplate
from .message_id_map import MessageIdMap
from .message_part import MessagePart
from .open_event import OpenEvent
from .patch_op import PatchOp
from .patch_operation import PatchOperation
from .personalization_data import PersonalizationData
from .recipient_data_map import RecipientDataMap
from .resend_form import ResendForm
from .resend_request import ResendRequest
from .send_form import SendForm
from .send_request import SendRequest
from .unsubscribe import Unsubscribe
from .url_attachment import UrlAttachment

__all__ = (
    "AbuseEvent",
    "BounceEvent",
    "ClickEvent",
    "DataAttachment",
    "DeliveryEvent",
    "Dsn",
    "DsnRet",
    "EventRecord",
    "EventRecordData",
    "EventType",
    "ExtraHeaders",
    "FailureEvent",
    "FailureEventAction",
    "Images",
    "InlineTemplate",
    "MessageIdMap",
    "MessagePart",
    "OpenEvent",
    "PatchOp",
    "PatchOperation",
    "PersonalizationData",
    "RecipientDataMap",
    "ResendForm",
    "ResendRequest",
    "SendForm",
    "SendRequest",
    "Unsubscribe",
    "UrlAttachment",
)
