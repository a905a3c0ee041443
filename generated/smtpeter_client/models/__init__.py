"""Contains all the data models used in inputs/outputs.

smtpeter: each model's module is imported when the model is first used, so that importing one
model (an endpoint needs only its own) does not load all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "AbuseEvent": ".abuse_event",
    "BounceEvent": ".bounce_event",
    "ClickEvent": ".click_event",
    "DataAttachment": ".data_attachment",
    "DeliveryEvent": ".delivery_event",
    "Dsn": ".dsn",
    "DsnRet": ".dsn_ret",
    "EventRecord": ".event_record",
    "EventRecordData": ".event_record_data",
    "EventType": ".event_type",
    "ExtraHeaders": ".extra_headers",
    "FailureEvent": ".failure_event",
    "FailureEventAction": ".failure_event_action",
    "Images": ".images",
    "InlineTemplate": ".inline_template",
    "MessageIdMap": ".message_id_map",
    "MessagePart": ".message_part",
    "OpenEvent": ".open_event",
    "PatchOp": ".patch_op",
    "PatchOperation": ".patch_operation",
    "PersonalizationData": ".personalization_data",
    "RecipientDataMap": ".recipient_data_map",
    "ResendForm": ".resend_form",
    "ResendRequest": ".resend_request",
    "SendForm": ".send_form",
    "SendRequest": ".send_request",
    "Unsubscribe": ".unsubscribe",
    "UrlAttachment": ".url_attachment",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
