from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DkimKey")


@_attrs_define
class DkimKey:
    """The public parts of a DKIM key.

    Attributes:
        selector (str): The DNS label the key is published under (`SELECTOR._domainkey.DOMAIN`).
        algorithm (str): The hash algorithm of the signatures, e.g. `sha256`.
        public (str): The public key, PEM-encoded (`-----BEGIN PUBLIC KEY-----`...).
    """

    selector: str
    algorithm: str
    public: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selector = self.selector

        algorithm = self.algorithm

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selector": selector,
                "algorithm": algorithm,
                "public": public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        selector = d.pop("selector")

        algorithm = d.pop("algorithm")

        public = d.pop("public")

        dkim_key = cls(
            selector=selector,
            algorithm=algorithm,
            public=public,
        )

        dkim_key.additional_properties = d
        return dkim_key

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
