from typing import Literal

DsnRet = Literal["FULL", "HDRS"]

DSN_RET_VALUES: set[DsnRet] = {
    "FULL",
    "HDRS",
}


def check_dsn_ret(value: str) -> DsnRet:
    if value in DSN_RET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DSN_RET_VALUES!r}")
