from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_request_state import DataRequestState, check_data_request_state
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataRequestStatus")


@_attrs_define
class DataRequestStatus:
    """SMTPeter's page does not show this answer; this document reads it as the state and the id.

    Attributes:
        status (DataRequestState):
        id (str | Unset):
    """

    status: DataRequestState
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_data_request_state(d.pop("status"))

        id = d.pop("id", UNSET)

        data_request_status = cls(
            status=status,
            id=id,
        )

        data_request_status.additional_properties = d
        return data_request_status

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
