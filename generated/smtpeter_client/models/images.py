from typing import Literal

Images = Literal["default", "hosted"]

IMAGES_VALUES: set[Images] = {
    "default",
    "hosted",
}


def check_images(value: str) -> Images:
    if value in IMAGES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGES_VALUES!r}")
