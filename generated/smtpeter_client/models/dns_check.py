from typing import Literal

DnsCheck = Literal["error", "ok"]

DNS_CHECK_VALUES: set[DnsCheck] = {
    "error",
    "ok",
}


def check_dns_check(value: str) -> DnsCheck:
    if value in DNS_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DNS_CHECK_VALUES!r}")
