from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DmarcRecord")


@_attrs_define
class DmarcRecord:
    """A record of a `dmarc` log file: one aggregate report received.
    Old records lack the last four fields.

        Attributes:
            time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
            organization_name (str):
            email (str):
            report_id (str):
            begin (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
            end (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
            domain (str): The domain the report covers.
            sending_domain (str | Unset): The domain of the organization that sent the report.
            messages (int | Unset):
            failed_spf (int | Unset):
            failed_dkim (int | Unset):
    """

    time: str
    organization_name: str
    email: str
    report_id: str
    begin: str
    end: str
    domain: str
    sending_domain: str | Unset = UNSET
    messages: int | Unset = UNSET
    failed_spf: int | Unset = UNSET
    failed_dkim: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        organization_name = self.organization_name

        email = self.email

        report_id = self.report_id

        begin = self.begin

        end = self.end

        domain = self.domain

        sending_domain = self.sending_domain

        messages = self.messages

        failed_spf = self.failed_spf

        failed_dkim = self.failed_dkim

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "time": time,
                "organizationName": organization_name,
                "email": email,
                "reportId": report_id,
                "begin": begin,
                "end": end,
                "domain": domain,
            }
        )
        if sending_domain is not UNSET:
            field_dict["sendingDomain"] = sending_domain
        if messages is not UNSET:
            field_dict["messages"] = messages
        if failed_spf is not UNSET:
            field_dict["failedSpf"] = failed_spf
        if failed_dkim is not UNSET:
            field_dict["failedDkim"] = failed_dkim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        organization_name = d.pop("organizationName")

        email = d.pop("email")

        report_id = d.pop("reportId")

        begin = d.pop("begin")

        end = d.pop("end")

        domain = d.pop("domain")

        sending_domain = d.pop("sendingDomain", UNSET)

        messages = d.pop("messages", UNSET)

        failed_spf = d.pop("failedSpf", UNSET)

        failed_dkim = d.pop("failedDkim", UNSET)

        dmarc_record = cls(
            time=time,
            organization_name=organization_name,
            email=email,
            report_id=report_id,
            begin=begin,
            end=end,
            domain=domain,
            sending_domain=sending_domain,
            messages=messages,
            failed_spf=failed_spf,
            failed_dkim=failed_dkim,
        )

        return dmarc_record
