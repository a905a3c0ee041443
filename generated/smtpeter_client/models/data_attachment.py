from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataAttachment")


@_attrs_define
class DataAttachment:
    """An attachment whose content travels in the request, base64-encoded.

    Attributes:
        data (str): The file's bytes in base64 (RFC 4648, padded; line breaks allowed).
        name (str | Unset): The file name the recipient sees; no line break (see `HeaderAddresses`).
        type_ (str | Unset): The attachment's media type, e.g. `application/pdf`.
    """

    data: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
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
        data = d.pop("data")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        data_attachment = cls(
            data=data,
            name=name,
            type_=type_,
        )

        return data_attachment
