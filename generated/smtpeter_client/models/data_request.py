from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRequest")


@_attrs_define
class DataRequest:
    """
    Attributes:
        email (str): A bare address (`local@domain`) used for delivery, without a display name.
        monitor (str | Unset): A URL SMTPeter posts the data to, or an address it mails the data to, when ready.
    """

    email: str
    monitor: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        monitor = self.monitor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if monitor is not UNSET:
            field_dict["monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        monitor = d.pop("monitor", UNSET)

        data_request = cls(
            email=email,
            monitor=monitor,
        )

        return data_request
