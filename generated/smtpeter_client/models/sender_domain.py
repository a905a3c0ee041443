from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dmarc_policy import DmarcPolicy, check_dmarc_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SenderDomain")


@_attrs_define
class SenderDomain:
    """A sender domain and how SMTPeter handles its mail.

    Attributes:
        name (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        approved (bool): Whether SMTPeter found the validation record in DNS.
        bounces (str | Unset): A fully qualified domain name without the final dot, e.g. `example.com`.
        tracking (str | Unset): A fully qualified domain name without the final dot, e.g. `example.com`.
        https (bool | Unset): Whether rewritten links use HTTPS.
        ips (list[str] | Unset): The addresses SMTPeter sends the domain's mail from.
        policy (DmarcPolicy | Unset): What receivers should do with mail that fails DMARC.
        percentage (int | Unset):
        startdate (datetime.date | Unset): The day the DMARC percentage starts rising from 0.
        enddate (datetime.date | Unset): The day the DMARC percentage reaches `percentage`.
        addresses (list[str] | Unset): Where DMARC reports go; always includes SMTPeter's own address.
    """

    name: str
    approved: bool
    bounces: str | Unset = UNSET
    tracking: str | Unset = UNSET
    https: bool | Unset = UNSET
    ips: list[str] | Unset = UNSET
    policy: DmarcPolicy | Unset = UNSET
    percentage: int | Unset = UNSET
    startdate: datetime.date | Unset = UNSET
    enddate: datetime.date | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        approved = self.approved

        bounces = self.bounces

        tracking = self.tracking

        https = self.https

        ips: list[str] | Unset = UNSET
        if not isinstance(self.ips, Unset):
            ips = self.ips

        policy: str | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy

        percentage = self.percentage

        startdate: str | Unset = UNSET
        if not isinstance(self.startdate, Unset):
            startdate = self.startdate.isoformat()

        enddate: str | Unset = UNSET
        if not isinstance(self.enddate, Unset):
            enddate = self.enddate.isoformat()

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "approved": approved,
            }
        )
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if https is not UNSET:
            field_dict["https"] = https
        if ips is not UNSET:
            field_dict["ips"] = ips
        if policy is not UNSET:
            field_dict["policy"] = policy
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if enddate is not UNSET:
            field_dict["enddate"] = enddate
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        approved = d.pop("approved")

        bounces = d.pop("bounces", UNSET)

        tracking = d.pop("tracking", UNSET)

        https = d.pop("https", UNSET)

        ips = cast(list[str], d.pop("ips", UNSET))

        _policy = d.pop("policy", UNSET)
        policy: DmarcPolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = check_dmarc_policy(_policy)

        percentage = d.pop("percentage", UNSET)

        _startdate = d.pop("startdate", UNSET)
        startdate: datetime.date | Unset
        if isinstance(_startdate, Unset):
            startdate = UNSET
        else:
            startdate = datetime.date.fromisoformat(_startdate)

        _enddate = d.pop("enddate", UNSET)
        enddate: datetime.date | Unset
        if isinstance(_enddate, Unset):
            enddate = UNSET
        else:
            enddate = datetime.date.fromisoformat(_enddate)

        addresses = cast(list[str], d.pop("addresses", UNSET))

        sender_domain = cls(
            name=name,
            approved=approved,
            bounces=bounces,
            tracking=tracking,
            https=https,
            ips=ips,
            policy=policy,
            percentage=percentage,
            startdate=startdate,
            enddate=enddate,
            addresses=addresses,
        )

        sender_domain.additional_properties = d
        return sender_domain

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
