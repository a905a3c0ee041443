from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpfSettingsForm")


@_attrs_define
class SpfSettingsForm:
    """
    Attributes:
        ips (list[str] | Unset):
        includes (list[str] | Unset):
    """

    ips: list[str] | Unset = UNSET
    includes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ips: list[str] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips

        includes: list[str] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = self.includes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ips is not UNSET:
            field_dict["ips"] = ips
        if includes is not UNSET:
            field_dict["includes"] = includes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ips = cast(list[str], d.pop("ips", UNSET))

        includes = cast(list[str], d.pop("includes", UNSET))

        spf_settings_form = cls(
            ips=ips,
            includes=includes,
        )

        return spf_settings_form
