from typing import Literal

FailureEventAction = Literal["failed", "failure"]

FAILURE_EVENT_ACTION_VALUES: set[FailureEventAction] = {
    "failed",
    "failure",
}


def check_failure_event_action(value: str) -> FailureEventAction:
    if value in FAILURE_EVENT_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAILURE_EVENT_ACTION_VALUES!r}"
    )
