from typing import Literal

DmarcPolicy = Literal["none", "quarantine", "reject"]

DMARC_POLICY_VALUES: set[DmarcPolicy] = {
    "none",
    "quarantine",
    "reject",
}


def check_dmarc_policy(value: str) -> DmarcPolicy:
    if value in DMARC_POLICY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DMARC_POLICY_VALUES!r}"
    )
