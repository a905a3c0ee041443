"""What became of each message of a ``send_many`` job, and the tally of a job's outcomes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from ._exceptions import APIError, APIStatusError, ValidationError
from ._types import SendResult

__all__ = [
    "AlreadySent",
    "Outcome",
    "Reconciled",
    "SendManyCounts",
    "classify",
    "definite_refusal",
]

Outcome = Literal["sent", "skipped", "reconciled", "refused", "failed", "unknown"]
"""One message's outcome: ``sent`` now; ``skipped``: sent by an earlier run of a resumable
job; ``reconciled``: its outcome was unknown and SMTPeter's events show it was sent;
``refused``: not sent (bad input or an error status); ``failed``: certainly not sent (a
rerun of a resumable job tries again); ``unknown``: it may have been sent."""


@dataclass(frozen=True)
class AlreadySent(SendResult):
    """The recorded result of a message an earlier run sent: skipped, not sent again."""


@dataclass(frozen=True)
class Reconciled(SendResult):
    """A message whose send got no usable answer, found sent by its tag in SMTPeter's events
    (``message_ids`` are the ones found there): not sent again."""


@dataclass
class SendManyCounts:
    """How many messages of a job had each :data:`Outcome`, among the results read so far."""

    sent: int = 0
    skipped: int = 0
    reconciled: int = 0
    refused: int = 0
    failed: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        return sum(dataclasses.astuple(self))

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def definite_refusal(exc: Exception) -> bool:
    """An error status that will not change by itself (4xx but 429): nothing was sent."""
    return (
        isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500 and exc.status_code != 429
    )


def classify(result: SendResult | Exception) -> Outcome:
    """The :data:`Outcome` of one message's result."""
    if isinstance(result, AlreadySent):
        return "skipped"
    if isinstance(result, Reconciled):
        return "reconciled"
    if isinstance(result, SendResult):
        return "sent"
    if isinstance(result, ValidationError | TypeError) or definite_refusal(result):
        return "refused"
    if isinstance(result, APIError) and result.may_have_been_sent:
        return "unknown"
    return "failed"
