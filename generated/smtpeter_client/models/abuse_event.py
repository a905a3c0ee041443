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

T = TypeVar("T", bound="AbuseEvent")


@_attrs_define
class AbuseEvent:
    """A recipient's spam complaint (`abuse` webhook).

    Attributes:
        id (str): The id of the message complained about.
        type_ (Literal['abuse']):
        emailfrom (str | Unset): The address the abuse report came from.
        mime (str | Unset): The abuse report, in MIME.
    """

    id: str
    type_: Literal["abuse"]
    emailfrom: str | Unset = UNSET
    mime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        emailfrom = self.emailfrom

        mime = self.mime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if emailfrom is not UNSET:
            field_dict["emailfrom"] = emailfrom
        if mime is not UNSET:
            field_dict["mime"] = mime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["abuse"], d.pop("type"))
        if type_ != "abuse":
            raise ValueError(f"type must match const 'abuse', got '{type_}'")

        emailfrom = d.pop("emailfrom", UNSET)

        mime = d.pop("mime", UNSET)

        abuse_event = cls(
            id=id,
            type_=type_,
            emailfrom=emailfrom,
            mime=mime,
        )

        abuse_event.additional_properties = d
        return abuse_event

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
