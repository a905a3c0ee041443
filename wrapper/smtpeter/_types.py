"""What the SDK's calls return."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from smtpeter_client.models import MessageIdMap

__all__ = ["SendResult"]


@dataclass(frozen=True)
class SendResult:
    """The answer to a send or resend.

    ``message_ids`` maps each new message id to the recipient it goes to. SMTPeter may also
    answer a bare ``1``, which carries no ids: then the map is empty.
    """

    message_ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_parsed(cls, parsed: MessageIdMap | Literal[1]) -> SendResult:
        if isinstance(parsed, MessageIdMap):
            return cls(
                message_ids={str(k): str(v) for k, v in parsed.additional_properties.items()}
            )
        return cls()
