from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_request_info import DataRequestInfo


T = TypeVar("T", bound="DataRequestResult")


@_attrs_define
class DataRequestResult:
    """
    Attributes:
        info (DataRequestInfo):
        data (Any):
    """

    info: DataRequestInfo
    data: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_request_info import DataRequestInfo  # noqa: PLC0415

        d = dict(src_dict)
        info = DataRequestInfo.from_dict(d.pop("info"))

        data = d.pop("data")

        data_request_result = cls(
            info=info,
            data=data,
        )

        data_request_result.additional_properties = d
        return data_request_result

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
