from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.dsn_ret import DsnRet, check_dsn_ret
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dsn")


@_attrs_define
class Dsn:
    """What delivery status notifications to send to the `envelope` address.

    Attributes:
        notify (str | Unset): A comma-separated list of NEVER, SUCCESS, FAILURE, DELAY (default
            FAILURE), in one string: the docs' example has a stray comma
            (`"notify": , "FAILURE"`), which is read as this.
        ret (DsnRet | Unset): Return the full message or only its headers (default HDRS).
        envid (str | Unset): Copied to the notification's Original-Envelope-Id.
        orcpt (str | Unset): Copied to the notification's Original-Recipient.
    """

    notify: str | Unset = UNSET
    ret: DsnRet | Unset = UNSET
    envid: str | Unset = UNSET
    orcpt: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        notify = self.notify

        ret: str | Unset = UNSET
        if not isinstance(self.ret, Unset):
            ret = self.ret

        envid = self.envid

        orcpt = self.orcpt

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if notify is not UNSET:
            field_dict["notify"] = notify
        if ret is not UNSET:
            field_dict["ret"] = ret
        if envid is not UNSET:
            field_dict["envid"] = envid
        if orcpt is not UNSET:
            field_dict["orcpt"] = orcpt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notify = d.pop("notify", UNSET)

        _ret = d.pop("ret", UNSET)
        ret: DsnRet | Unset
        if isinstance(_ret, Unset):
            ret = UNSET
        else:
            ret = check_dsn_ret(_ret)

        envid = d.pop("envid", UNSET)

        orcpt = d.pop("orcpt", UNSET)

        dsn = cls(
            notify=notify,
            ret=ret,
            envid=envid,
            orcpt=orcpt,
        )

        return dsn
