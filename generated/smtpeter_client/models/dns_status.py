from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dns_check import DnsCheck, check_dns_check

T = TypeVar("T", bound="DnsStatus")


@_attrs_define
class DnsStatus:
    """Whether each kind of record in DNS matches SMTPeter's recommendation.

    Attributes:
        dmarc (DnsCheck):
        dkim (DnsCheck):
        spf (DnsCheck):
        mx (DnsCheck):
        a (DnsCheck):
        caa (DnsCheck):
        validation (DnsCheck):
    """

    dmarc: DnsCheck
    dkim: DnsCheck
    spf: DnsCheck
    mx: DnsCheck
    a: DnsCheck
    caa: DnsCheck
    validation: DnsCheck
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dmarc: str = self.dmarc

        dkim: str = self.dkim

        spf: str = self.spf

        mx: str = self.mx

        a: str = self.a

        caa: str = self.caa

        validation: str = self.validation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dmarc": dmarc,
                "dkim": dkim,
                "spf": spf,
                "mx": mx,
                "a": a,
                "caa": caa,
                "validation": validation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dmarc = check_dns_check(d.pop("dmarc"))

        dkim = check_dns_check(d.pop("dkim"))

        spf = check_dns_check(d.pop("spf"))

        mx = check_dns_check(d.pop("mx"))

        a = check_dns_check(d.pop("a"))

        caa = check_dns_check(d.pop("caa"))

        validation = check_dns_check(d.pop("validation"))

        dns_status = cls(
            dmarc=dmarc,
            dkim=dkim,
            spf=spf,
            mx=mx,
            a=a,
            caa=caa,
            validation=validation,
        )

        dns_status.additional_properties = d
        return dns_status

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
