from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_type import WebhookType, check_webhook_type

T = TypeVar("T", bound="WebhookForm")


@_attrs_define
class WebhookForm:
    """
    Attributes:
        type_ (WebhookType): The kind of event a webhook receives.
        url (str): The address SMTPeter posts events to, an http or https URL.
    """

    type_: WebhookType
    url: str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_webhook_type(d.pop("type"))

        url = d.pop("url")

        webhook_form = cls(
            type_=type_,
            url=url,
        )

        return webhook_form
