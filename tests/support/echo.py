"""A responder for :class:`ScriptedHTTPSServer` that answers each send like SMTPeter would.

Each send's JSON body names its message by its ``subject`` (``"m<number>"``); the answer
maps ``"id-<number>"`` to the recipient, so a result can be matched to its input. Failures
are injected per message number and attempt, and every answer given is counted, so a test
can tell exactly which message was accepted how often.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

from tests.support.https_server import RecordedRequest, Reply

__all__ = ["EchoResponder", "message_number"]

Inject = Callable[[int, int], Reply | None]
"""Given a message number and its attempt (1 for the first), a failure to answer, or None."""


def message_number(request: RecordedRequest) -> int:
    subject: str = request.json()["subject"]
    return int(subject.removeprefix("m"))


class EchoResponder:
    """Answers sends, counting attempts and accepted sends per message number."""

    def __init__(self, inject: Inject | None = None) -> None:
        self.inject = inject
        self.attempts: Counter[int] = Counter()
        self.accepted: Counter[int] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.before_answer: Callable[[int], object] | None = None

    def __call__(self, request: RecordedRequest) -> Reply:
        number = message_number(request)
        with self._lock:
            self.attempts[number] += 1
            attempt = self.attempts[number]
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.before_answer is not None:
                self.before_answer(number)
            failure = self.inject(number, attempt) if self.inject else None
            if failure is not None:
                return failure
            with self._lock:
                self.accepted[number] += 1
            return Reply.json({f"id-{number}": request.json()["recipient"]})
        finally:
            with self._lock:
                self.in_flight -= 1
