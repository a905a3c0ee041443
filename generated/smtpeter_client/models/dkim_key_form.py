from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DkimKeyForm")


@_attrs_define
class DkimKeyForm:
    """
    Attributes:
        selector (str | Unset): The DNS label the key is published under (`SELECTOR._domainkey.DOMAIN`).
    """

    selector: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        selector = self.selector

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if selector is not UNSET:
            field_dict["selector"] = selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        selector = d.pop("selector", UNSET)

        dkim_key_form = cls(
            selector=selector,
        )

        return dkim_key_form
