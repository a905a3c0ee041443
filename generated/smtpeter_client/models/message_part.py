from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagePart")


@_attrs_define
class MessagePart:
    """One attachment or embedded item. SMTPeter's docs say the listing
    gives names and ranks without showing its shape; we read it as a
    list of these objects.

        Attributes:
            rank (int):
            name (str):
            type_ (str | Unset): Its media type, where known.
            cid (str | Unset): The Content-ID of an embedded item, where known.
    """

    rank: int
    name: str
    type_: str | Unset = UNSET
    cid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        name = self.name

        type_ = self.type_

        cid = self.cid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cid is not UNSET:
            field_dict["cid"] = cid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rank = d.pop("rank")

        name = d.pop("name")

        type_ = d.pop("type", UNSET)

        cid = d.pop("cid", UNSET)

        message_part = cls(
            rank=rank,
            name=name,
            type_=type_,
            cid=cid,
        )

        message_part.additional_properties = d
        return message_part

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
