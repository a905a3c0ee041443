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

T = TypeVar("T", bound="ClickEvent")


@_attrs_define
class ClickEvent:
    """A click on a tracked link (`click` webhook).

    Attributes:
        id (str): The id of the message whose link was clicked.
        type_ (Literal['click']):
        timestamp (str | Unset): The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.
        time (int | Unset): Unix time (seconds since 1970-01-01 UTC).
        recipient (str | Unset): The recipient who clicked.
        ip (str | Unset): The IP address the click came from.
        original (str | Unset): The link's original URL.
        useragent (str | Unset): The clicking browser's User-Agent, when it sent one.
        referer (str | Unset): The Referer the browser sent, if any.
        tags (list[str] | Unset): The tags the message was sent with.
    """

    id: str
    type_: Literal["click"]
    timestamp: str | Unset = UNSET
    time: int | Unset = UNSET
    recipient: str | Unset = UNSET
    ip: str | Unset = UNSET
    original: str | Unset = UNSET
    useragent: str | Unset = UNSET
    referer: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        time = self.time

        recipient = self.recipient

        ip = self.ip

        original = self.original

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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if time is not UNSET:
            field_dict["time"] = time
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if ip is not UNSET:
            field_dict["ip"] = ip
        if original is not UNSET:
            field_dict["original"] = original
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

        type_ = cast(Literal["click"], d.pop("type"))
        if type_ != "click":
            raise ValueError(f"type must match const 'click', got '{type_}'")

        timestamp = d.pop("timestamp", UNSET)

        time = d.pop("time", UNSET)

        recipient = d.pop("recipient", UNSET)

        ip = d.pop("ip", UNSET)

        original = d.pop("original", UNSET)

        useragent = d.pop("useragent", UNSET)

        referer = d.pop("referer", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        click_event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            time=time,
            recipient=recipient,
            ip=ip,
            original=original,
            useragent=useragent,
            referer=referer,
            tags=tags,
        )

        click_event.additional_properties = d
        return click_event

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
