from typing import Literal

LogPrefix = Literal[
    "abuses",
    "attempts",
    "bounces",
    "clicks",
    "deliveries",
    "dmarc",
    "failures",
    "opens",
    "responses",
]

LOG_PREFIX_VALUES: set[LogPrefix] = {
    "abuses",
    "attempts",
    "bounces",
    "clicks",
    "deliveries",
    "dmarc",
    "failures",
    "opens",
    "responses",
}


def check_log_prefix(value: str) -> LogPrefix:
    if value in LOG_PREFIX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOG_PREFIX_VALUES!r}"
    )
