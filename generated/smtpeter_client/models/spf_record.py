from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpfRecord")


@_attrs_define
class SpfRecord:
    """
    Attributes:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        ips (list[str]):
        includes (list[str]):
        record (str): The TXT record's text (`v=spf1 ... -all`).
    """

    domain: str
    ips: list[str]
    includes: list[str]
    record: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        ips = self.ips

        includes = self.includes

        record = self.record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "ips": ips,
                "includes": includes,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        ips = cast(list[str], d.pop("ips"))

        includes = cast(list[str], d.pop("includes"))

        record = d.pop("record")

        spf_record = cls(
            domain=domain,
            ips=ips,
            includes=includes,
            record=record,
        )

        spf_record.additional_properties = d
        return spf_record

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
