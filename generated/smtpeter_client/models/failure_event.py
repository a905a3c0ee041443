from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_event_action import FailureEventAction, check_failure_event_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailureEvent")


@_attrs_define
class FailureEvent:
    """A delivery that failed (`failure` webhook).

    Attributes:
        id (str): The id of the message that could not be delivered.
        type_ (Literal['failure']):
        timestamp (str | Unset): The same moment as `time`, written `YYYY-MM-DD hh:mm:ss`.
        time (int | Unset): Unix time (seconds since 1970-01-01 UTC).
        recipient (str | Unset): The address the message could not be delivered to.
        action (FailureEventAction | Unset): What triggered the call.
        state (str | Unset): Where in the SMTP dialogue it failed; `bounce` for a failure reported later.
        code (int | Unset): The SMTP status code, when there is one.
        extended (str | Unset): The extended status code (e.g. `5.1.1`), when there is one.
        description (str | Unset): The receiving server's explanation, when there is one.
        tags (list[str] | Unset): The tags the message was sent with.
    """

    id: str
    type_: Literal["failure"]
    timestamp: str | Unset = UNSET
    time: int | Unset = UNSET
    recipient: str | Unset = UNSET
    action: FailureEventAction | Unset = UNSET
    state: str | Unset = UNSET
    code: int | Unset = UNSET
    extended: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        timestamp = self.timestamp

        time = self.time

        recipient = self.recipient

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        state = self.state

        code = self.code

        extended = self.extended

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if time is not UNSET:
            field_dict["time"] = time
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if action is not UNSET:
            field_dict["action"] = action
        if state is not UNSET:
            field_dict["state"] = state
        if code is not UNSET:
            field_dict["code"] = code
        if extended is not UNSET:
            field_dict["extended"] = extended
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["failure"], d.pop("type"))
        if type_ != "failure":
            raise ValueError(f"type must match const 'failure', got '{type_}'")

        timestamp = d.pop("timestamp", UNSET)

        time = d.pop("time", UNSET)

        recipient = d.pop("recipient", UNSET)

        _action = d.pop("action", UNSET)
        action: FailureEventAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = check_failure_event_action(_action)

        state = d.pop("state", UNSET)

        code = d.pop("code", UNSET)

        extended = d.pop("extended", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        failure_event = cls(
            id=id,
            type_=type_,
            timestamp=timestamp,
            time=time,
            recipient=recipient,
            action=action,
            state=state,
            code=code,
            extended=extended,
            description=description,
            tags=tags,
        )

        failure_event.additional_properties = d
        return failure_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
