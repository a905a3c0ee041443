from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BounceEvent")


@_attrs_define
class BounceEvent:
    """A message that came back to the envelope address (`bounce` webhook).

    Attributes:
        id (str): The id of the message the bounce belongs to.
        type_ (Literal['bounce']):
        timestamp (str | Unset): The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.
        time (int | Unset): Unix time (seconds since 1970-01-01 UTC).
        recipient (str | Unset): The address the original message was sent to.
        envelope (str | Unset): The envelope address the bounce was sent to.
        mime (str | Unset): The bounce message itself, in MIME.
        tags (list[str] | Unset): The tags the message was sent with.
    """

    id: str
    type_: Literal["bounce"]
    timestamp: str | Unset = UNSET
    time: int | Unset = UNSET
    recipient: str | Unset = UNSET
    envelope: str | Unset = UNSET
    mime: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        time = self.time

        recipient = self.recipient

        envelope = self.envelope

        mime = self.mime

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if time is not UNSET:
            field_dict["time"] = time
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if mime is not UNSET:
            field_dict["mime"] = mime
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["bounce"], d.pop("type"))
        if type_ != "bounce":
            raise ValueError(f"type must match const 'bounce', got '{type_}'")

        timestamp = d.pop("timestamp", UNSET)

        time = d.pop("time", UNSET)

        recipient = d.pop("recipient", UNSET)

        envelope = d.pop("envelope", UNSET)

        mime = d.pop("mime", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        bounce_event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            time=time,
            recipient=recipient,
            envelope=envelope,
            mime=mime,
            tags=tags,
        )

        bounce_event.additional_properties = d
        return bounce_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
