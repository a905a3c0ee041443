from typing import Literal

EventType = Literal[
    "attempt", "bounce", "click", "delivery", "failure", "open", "response"
]

EVENT_TYPE_VALUES: set[EventType] = {
    "attempt",
    "bounce",
    "click",
    "delivery",
    "failure",
    "open",
    "response",
}


def check_event_type(value: str) -> EventType:
    if value in EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_TYPE_VALUES!r}"
    )
