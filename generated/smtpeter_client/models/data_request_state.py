from typing import Literal

DataRequestState = Literal["done", "pending"]

DATA_REQUEST_STATE_VALUES: set[DataRequestState] = {
    "done",
    "pending",
}


def check_data_request_state(value: str) -> DataRequestState:
    if value in DATA_REQUEST_STATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_REQUEST_STATE_VALUES!r}"
    )
