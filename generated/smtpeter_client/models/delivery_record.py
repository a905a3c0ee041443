from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeliveryRecord")


@_attrs_define
class DeliveryRecord:
    """A record of a `deliveries` log file.

    Attributes:
        id (str):
        time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
        envelope (str):
        recipient (str):
        from_ (str): The sending IP address.
        to (str): The receiving IP address.
        attempt (int):
        tags (str): The message's tags, separated by semicolons.
        templateid (int): The template the message was built from; 0 for none or unknown.
    """

    id: str
    time: str
    envelope: str
    recipient: str
    from_: str
    to: str
    attempt: int
    tags: str
    templateid: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        envelope = self.envelope

        recipient = self.recipient

        from_ = self.from_

        to = self.to

        attempt = self.attempt

        tags = self.tags

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "time": time,
                "envelope": envelope,
                "recipient": recipient,
                "from": from_,
                "to": to,
                "attempt": attempt,
                "tags": tags,
                "templateid": templateid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        time = d.pop("time")

        envelope = d.pop("envelope")

        recipient = d.pop("recipient")

        from_ = d.pop("from")

        to = d.pop("to")

        attempt = d.pop("attempt")

        tags = d.pop("tags")

        templateid = d.pop("templateid")

        delivery_record = cls(
            id=id,
            time=time,
            envelope=envelope,
            recipient=recipient,
            from_=from_,
            to=to,
            attempt=attempt,
            tags=tags,
            templateid=templateid,
        )

        return delivery_record
