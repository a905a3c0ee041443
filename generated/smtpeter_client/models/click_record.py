from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClickRecord")


@_attrs_define
class ClickRecord:
    """A record of a `clicks` log file.

    Attributes:
        id (str):
        time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
        headers (str): The request's headers, one per line.
        ip (str):
        url (str):
        destination (str):
        tags (str): The message's tags, separated by semicolons.
        recipient (str):
        city (str):
        countryname (str):
        countrycode (str):
        regioncode (str):
        templateid (int): The template the message was built from; 0 for none or unknown.
    """

    id: str
    time: str
    headers: str
    ip: str
    url: str
    destination: str
    tags: str
    recipient: str
    city: str
    countryname: str
    countrycode: str
    regioncode: str
    templateid: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        headers = self.headers

        ip = self.ip

        url = self.url

        destination = self.destination

        tags = self.tags

        recipient = self.recipient

        city = self.city

        countryname = self.countryname

        countrycode = self.countrycode

        regioncode = self.regioncode

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "time": time,
                "headers": headers,
                "ip": ip,
                "url": url,
                "destination": destination,
                "tags": tags,
                "recipient": recipient,
                "city": city,
                "countryname": countryname,
                "countrycode": countrycode,
                "regioncode": regioncode,
                "templateid": templateid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        time = d.pop("time")

        headers = d.pop("headers")

        ip = d.pop("ip")

        url = d.pop("url")

        destination = d.pop("destination")

        tags = d.pop("tags")

        recipient = d.pop("recipient")

        city = d.pop("city")

        countryname = d.pop("countryname")

        countrycode = d.pop("countrycode")

        regioncode = d.pop("regioncode")

        templateid = d.pop("templateid")

        click_record = cls(
            id=id,
            time=time,
            headers=headers,
            ip=ip,
            url=url,
            destination=destination,
            tags=tags,
            recipient=recipient,
            city=city,
            countryname=countryname,
            countrycode=countrycode,
            regioncode=regioncode,
            templateid=templateid,
        )

        return click_record
