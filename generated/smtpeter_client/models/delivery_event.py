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

T = TypeVar("T", bound="DeliveryEvent")


@_attrs_define
class DeliveryEvent:
    """A message the receiving server accepted (`delivery` webhook).

    Attributes:
        id (str): The id of the delivered message.
        type_ (Literal['delivery']):
        timestamp (str | Unset): The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.
        time (int | Unset): Unix time (seconds since 1970-01-01 UTC).
        recipient (str | Unset): The address the message was delivered to.
        code (int | Unset): The receiving server's SMTP status code.
        extended (str | Unset): The receiving server's extended status code.
        description (str | Unset): The receiving server's answer, in words.
        tags (list[str] | Unset): The tags the message was sent with.
    """

    id: str
    type_: Literal["delivery"]
    timestamp: str | Unset = UNSET
    time: int | Unset = UNSET
    recipient: str | Unset = UNSET
    code: int | Unset = UNSET
    extended: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        time = self.time

        recipient = self.recipient

        code = self.code

        extended = self.extended

        description = self.description

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
        if code is not UNSET:
            field_dict["code"] = code
        if extended is not UNSET:
            field_dict["extended"] = extended
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["delivery"], d.pop("type"))
        if type_ != "delivery":
            raise ValueError(f"type must match const 'delivery', got '{type_}'")

        timestamp = d.pop("timestamp", UNSET)

        time = d.pop("time", UNSET)

        recipient = d.pop("recipient", UNSET)

        code = d.pop("code", UNSET)

        extended = d.pop("extended", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        delivery_event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            time=time,
            recipient=recipient,
            code=code,
            extended=extended,
            description=description,
            tags=tags,
        )

        delivery_event.additional_properties = d
        return delivery_event

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
