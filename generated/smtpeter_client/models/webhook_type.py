from typing import Literal

WebhookType = Literal["abuse", "bounce", "click", "delivery", "failure", "open"]

WEBHOOK_TYPE_VALUES: set[WebhookType] = {
    "abuse",
    "bounce",
    "click",
    "delivery",
    "failure",
    "open",
}


def check_webhook_type(value: str) -> WebhookType:
    if value in WEBHOOK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TYPE_VALUES!r}"
    )
