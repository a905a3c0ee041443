"""What the SDK's calls return, and the small types its signatures use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Self

from ._exceptions import MAY_HAVE_BEEN_SENT, APIResponseValidationError

__all__ = ["NOT_GIVEN", "Encoding", "NotGiven", "SendResult"]

Encoding = Literal["json", "form"]
"""How a body is sent: ``application/json`` or ``application/x-www-form-urlencoded``."""


class Closing:
    """A ``with`` block closes it: ``__enter__`` gives it, ``__exit__`` calls its ``close``."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class NotGiven:
    """The type of :data:`NOT_GIVEN`: an argument left out, where ``None`` means something."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class SendResult:
    """The answer to a send or resend.

    ``message_ids`` maps each new message id to the recipient it goes to. SMTPeter may also
    answer a bare ``1``, which carries no ids: then the map is empty.
    """

    message_ids: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_parsed(cls, parsed: dict[str, str] | Literal[1] | Any) -> SendResult:
        """The result of a parsed answer: the id map, or exactly the integer ``1``.

        Anything else (``true``, ``1.0``, a map whose values are not addresses) is not an
        answer SMTPeter documents, and raises :class:`APIResponseValidationError`: the message
        may have been accepted all the same.
        """
        if isinstance(parsed, dict):
            ids = parsed
            if all(isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
                return cls(message_ids=dict(ids))
        elif type(parsed) is int and parsed == 1:
            return cls()
        raise APIResponseValidationError(
            f"SMTPeter answered the send with {type(parsed).__name__} {parsed!r}, which is "
            "neither a map of message ids nor 1." + MAY_HAVE_BEEN_SENT,
            may_have_been_sent=True,
        )
