from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.patch_op import PatchOp, check_patch_op
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """One RFC 6902 JSON Patch operation, applied to the template document.
    `add`, `replace` and `test` need a `value`; `move` and `copy` a `from`
    (RFC 6902 rules that clients check; they are not expressed here because
    conditional schemas trip up several code generators).

        Attributes:
            op (PatchOp):
            path (str): A JSON Pointer (RFC 6901) into the template.
            from_ (str | Unset): The source pointer, for `move` and `copy`.
            value (Any | Unset): The value, for `add`, `replace` and `test`.
    """

    op: PatchOp
    path: str
    from_: str | Unset = UNSET
    value: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        path = self.path

        from_ = self.from_

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = check_patch_op(d.pop("op"))

        path = d.pop("path")

        from_ = d.pop("from", UNSET)

        value = d.pop("value", UNSET)

        patch_operation = cls(
            op=op,
            path=path,
            from_=from_,
            value=value,
        )

        return patch_operation
