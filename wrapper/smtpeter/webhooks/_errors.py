"""The two ways a webhook call is refused: a failed check, or a body that is no event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smtpeter._exceptions import SMTPeterError

if TYPE_CHECKING:
    from ._steps import Step

__all__ = ["PayloadError", "SignatureError"]


class SignatureError(SMTPeterError):
    """A webhook call failed one of the checks SMTPeter's docs ask for: do not trust it.

    ``check`` names the check (``"https"``, ``"signature"``, ``"headers"``, ``"key_id"``,
    ``"date"``, ``"host"``, ``"digest"``, ``"key"``); the message says what was wrong. Neither
    ever holds a header value, the body or a key: only header names, algorithm names and the
    ``keyId`` the call claimed.

    ``steps`` are the verification's steps up to this one (``Step``: name, passed, detail,
    explanation) and ``explanation`` says why it likely failed (body changed after signing,
    a Host seen behind a proxy, clock skew, a key that could not be fetched...) and what to
    do; both are empty for an error raised outside :func:`verify`.
    """

    steps: tuple[Step, ...] = ()
    explanation: str = ""

    def __init__(self, check: str, reason: str) -> None:
        self.check = check
        self.reason = reason
        super().__init__(reason)

    def __repr__(self) -> str:
        return f"SignatureError(check={self.check!r}, reason={self.reason!r})"


class PayloadError(SMTPeterError, ValueError):
    """A correctly signed call whose body is not a webhook event this SDK knows.

    ``field`` names the variable (or ``"body"``), ``rule`` what it broke.
    """

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}")
