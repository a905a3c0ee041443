from typing import Literal

PatchOp = Literal["add", "copy", "move", "remove", "replace", "test"]

PATCH_OP_VALUES: set[PatchOp] = {
    "add",
    "copy",
    "move",
    "remove",
    "replace",
    "test",
}


def check_patch_op(value: str) -> PatchOp:
    if value in PATCH_OP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PATCH_OP_VALUES!r}")
