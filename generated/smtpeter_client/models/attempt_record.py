from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttemptRecord")


@_attrs_define
class AttemptRecord:
    """A record of an `attempts` log file.

    Attributes:
        id (str):
        time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
        envelope (str):
        recipient (str):
        properties (str): The message's switched-on options (`inlinecss`, `trackclicks`...), separated by semicolons.
        tags (str): The message's tags, separated by semicolons.
        templateid (int): The template the message was built from; 0 for none or unknown.
    """

    id: str
    time: str
    envelope: str
    recipient: str
    properties: str
    tags: str
    templateid: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        envelope = self.envelope

        recipient = self.recipient

        properties = self.properties

        tags = self.tags

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "time": time,
                "envelope": envelope,
                "recipient": recipient,
                "properties": properties,
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

        properties = d.pop("properties")

        tags = d.pop("tags")

        templateid = d.pop("templateid")

        attempt_record = cls(
            id=id,
            time=time,
            envelope=envelope,
            recipient=recipient,
            properties=properties,
            tags=tags,
            templateid=templateid,
        )

        return attempt_record
