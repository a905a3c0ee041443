from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.dmarc_policy import DmarcPolicy, check_dmarc_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainSettingsForm")


@_attrs_define
class DomainSettingsForm:
    """Settings of a sender domain, as JSON; each is optional. The bounce
    and tracking hosts must share the sender domain's organizational
    domain (defaults `bounces.` and `clicks.` before it).

        Attributes:
            bounces (str | Unset): A fully qualified domain name without the final dot, e.g. `example.com`.
            tracking (str | Unset): A fully qualified domain name without the final dot, e.g. `example.com`.
            https (bool | Unset):
            policy (DmarcPolicy | Unset): What receivers should do with mail that fails DMARC.
            percentage (int | Unset):
            startdate (datetime.date | Unset):
            enddate (datetime.date | Unset):
            address (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
    """

    bounces: str | Unset = UNSET
    tracking: str | Unset = UNSET
    https: bool | Unset = UNSET
    policy: DmarcPolicy | Unset = UNSET
    percentage: int | Unset = UNSET
    startdate: datetime.date | Unset = UNSET
    enddate: datetime.date | Unset = UNSET
    address: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        bounces = self.bounces

        tracking = self.tracking

        https = self.https

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

        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if tracking is not UNSET:
            field_dict["tracking"] = tracking
        if https is not UNSET:
            field_dict["https"] = https
        if policy is not UNSET:
            field_dict["policy"] = policy
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if enddate is not UNSET:
            field_dict["enddate"] = enddate
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bounces = d.pop("bounces", UNSET)

        tracking = d.pop("tracking", UNSET)

        https = d.pop("https", UNSET)

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

        address = d.pop("address", UNSET)

        domain_settings_form = cls(
            bounces=bounces,
            tracking=tracking,
            https=https,
            policy=policy,
            percentage=percentage,
            startdate=startdate,
            enddate=enddate,
            address=address,
        )

        return domain_settings_form
