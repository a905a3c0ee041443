from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FailureRecord")


@_attrs_define
class FailureRecord:
    """A record of a `failures` log file.

    Attributes:
        id (str):
        time (str): A UTC time written `YYYY-MM-DD hh:mm:ss`.
        envelope (str):
        recipient (str):
        attempt (int):
        from_ (str): The sending IP address.
        to (str): The receiving IP address.
        type_ (str): The kind of result.
        code (int): The SMTP reply code.
        status (str): The enhanced status code, e.g. `5.1.1`.
        description (str):
        state (str): The SMTP protocol state the error came in.
        tags (str): The message's tags, separated by semicolons.
        templateid (int): The template the message was built from; 0 for none or unknown.
    """

    id: str
    time: str
    envelope: str
    recipient: str
    attempt: int
    from_: str
    to: str
    type_: str
    code: int
    status: str
    description: str
    state: str
    tags: str
    templateid: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        envelope = self.envelope

        recipient = self.recipient

        attempt = self.attempt

        from_ = self.from_

        to = self.to

        type_ = self.type_

        code = self.code

        status = self.status

        description = self.description

        state = self.state

        tags = self.tags

        templateid = self.templateid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "time": time,
                "envelope": envelope,
                "recipient": recipient,
                "attempt": attempt,
                "from": from_,
                "to": to,
                "type": type_,
                "code": code,
                "status": status,
                "description": description,
                "state": state,
                "tags": tags,
                "templateid": templateid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        time = d.pop("time")

        envelope = d.pop("envelope")

        recipient = d.pop("recipient")

        attempt = d.pop("attempt")

        from_ = d.pop("from")

        to = d.pop("to")

        type_ = d.pop("type")

        code = d.pop("code")

        status = d.pop("status")

        description = d.pop("description")

        state = d.pop("state")

        tags = d.pop("tags")

        templateid = d.pop("templateid")

        failure_record = cls(
            id=id,
            time=time,
            envelope=envelope,
            recipient=recipient,
            attempt=attempt,
            from_=from_,
            to=to,
            type_=type_,
            code=code,
            status=status,
            description=description,
            state=state,
            tags=tags,
            templateid=templateid,
        )

        return failure_record
