from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReturnedMailRecord")


@_attrs_define
class ReturnedMailRecord:
    """A record of a `bounces` or `responses` log file (the two have the same fields).

    Attributes:
        id (str):
        time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
        envelope (str):
        recipient (str):
        mime (str): The returned message, as MIME.
        tags (str): The message's tags, separated by semicolons.
        templateid (int): The template the message was built from; 0 for none or unknown.
    """

    id: str
    time: str
    envelope: str
    recipient: str
    mime: str
    tags: str
    templateid: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        envelope = self.envelope

        recipient = self.recipient

        mime = self.mime

        tags = self.tags

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "time": time,
                "envelope": envelope,
                "recipient": recipient,
                "mime": mime,
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

        mime = d.pop("mime")

        tags = d.pop("tags")

        templateid = d.pop("templateid")

        returned_mail_record = cls(
            id=id,
            time=time,
            envelope=envelope,
            recipient=recipient,
            mime=mime,
            tags=tags,
            templateid=templateid,
        )

        return returned_mail_record
