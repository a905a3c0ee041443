from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Unsubscribe")


@_attrs_define
class Unsubscribe:
    """Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).

    Attributes:
        email (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
        url (str | Unset): The unsubscribe page, an http or https URL with no white space.
        oneclick (bool | Unset): The unsubscribe page follows RFC 8058 (a POST unsubscribes without further questions).
    """

    email: str | Unset = UNSET
    url: str | Unset = UNSET
    oneclick: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        url = self.url

        oneclick = self.oneclick

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if url is not UNSET:
            field_dict["url"] = url
        if oneclick is not UNSET:
            field_dict["oneclick"] = oneclick

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        url = d.pop("url", UNSET)

        oneclick = d.pop("oneclick", UNSET)

        unsubscribe = cls(
            email=email,
            url=url,
            oneclick=oneclick,
        )

        return unsubscribe
