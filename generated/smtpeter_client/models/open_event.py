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

T = TypeVar("T", bound="OpenEvent")


@_attrs_define
class OpenEvent:
    """An open: a tracked image was downloaded (`open` webhook). The docs
    describe `time` without saying it is Unix time as on the other
    calls; it is read the same way.

        Attributes:
            id (str): The id of the opened message.
            type_ (Literal['open']):
            time (int | Unset): Unix time (seconds since 1970-01-01 UTC).
            recipient (str | Unset): The recipient who opened the message.
            ip (str | Unset): The IP address the image was downloaded from.
            useragent (str | Unset): The mail program's User-Agent, when it sent one.
            referer (str | Unset): The Referer it sent, if any.
            tags (list[str] | Unset): The tags the message was sent with.
    """

    id: str
    type_: Literal["open"]
    time: int | Unset = UNSET
    recipient: str | Unset = UNSET
    ip: str | Unset = UNSET
    useragent: str | Unset = UNSET
    referer: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        time = self.time

        recipient = self.recipient

        ip = self.ip

        useragent = self.useragent

        referer = self.referer

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
        if time is not UNSET:
            field_dict["time"] = time
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if ip is not UNSET:
            field_dict["ip"] = ip
        if useragent is not UNSET:
            field_dict["useragent"] = useragent
        if referer is not UNSET:
            field_dict["referer"] = referer
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["open"], d.pop("type"))
        if type_ != "open":
            raise ValueError(f"type must match const 'open', got '{type_}'")

        time = d.pop("time", UNSET)

        recipient = d.pop("recipient", UNSET)

        ip = d.pop("ip", UNSET)

        useragent = d.pop("useragent", UNSET)

        referer = d.pop("referer", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        open_event = cls(
            id=id,
            type_=type_,
            time=time,
            recipient=recipient,
            ip=ip,
            useragent=useragent,
            referer=referer,
            tags=tags,
        )

        open_event.additional_properties = d
        return open_event

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
