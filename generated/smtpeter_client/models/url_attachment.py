from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlAttachment")


@_attrs_define
class UrlAttachment:
    """An attachment SMTPeter downloads itself.

    Attributes:
        url (str): Where SMTPeter downloads it, an http or https URL with no white space.
        name (str | Unset): The file name the recipient sees; no line break (see `HeaderAddresses`).
        type_ (str | Unset): The attachment's media type, e.g. `application/pdf`.
    """

    url: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        url_attachment = cls(
            url=url,
            name=name,
            type_=type_,
        )

        return url_attachment
