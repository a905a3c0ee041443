"""The steps of a webhook verification, each passed or failed, and *why* a failure happened.

:func:`~smtpeter.webhooks.verify` records its steps as it goes; a failure raises
:class:`SignatureError` with ``steps`` (every step made, the failed one last) and
``explanation`` (the likely cause and what to do). ``smtpeter webhooks check`` prints them,
and goes on after a failed step that the later ones do not depend on (Date, Digest), so that
it can tell, say, a body changed after signing (the signature still verifies) from a forged
call. Like the error's message, no step or explanation holds a header value, the body or a
key: only header names, counts of seconds and the ``keyId`` the call claimed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType

from ._errors import SignatureError

__all__ = ["HTTPS_WHY", "Step", "Steps", "explain_digest", "explain_signature"]


@dataclass(frozen=True)
class Step:
    """One check: its ``name`` (the ``check`` of a :class:`SignatureError`), whether it
    ``passed``, and what was seen (``detail``) or, for a failure, the error's reason."""

    name: str
    passed: bool
    detail: str
    explanation: str = ""

    def __str__(self) -> str:
        mark = "pass" if self.passed else "FAIL"
        text = f"[{mark}] {self.name}: {self.detail}"
        return f"{text}\n       why: {self.explanation}" if self.explanation else text


class Steps:
    """Records steps. ``keep_going``: a failed step that later ones do not depend on is
    recorded and the verification goes on (for diagnosis); otherwise it raises."""

    def __init__(self, *, keep_going: bool = False) -> None:
        self.done: list[Step] = []
        self.keep_going = keep_going

    def __iter__(self) -> Iterator[Step]:
        return iter(self.done)

    @property
    def passed(self) -> bool:
        return all(step.passed for step in self.done)

    def step(self, name: str, detail: str = "", *, independent: bool = False) -> _Recording:
        """``with steps.step("date", "..."):`` around one check."""
        return _Recording(self, name, detail, independent)

    def fail(self, error: SignatureError, explanation: str) -> None:
        """Record ``error`` as the failed last step and attach the steps to it."""
        self.done.append(Step(error.check, False, error.reason, explanation))
        error.steps = tuple(self.done)
        error.explanation = explanation


class _Recording:
    def __init__(self, steps: Steps, name: str, detail: str, independent: bool) -> None:
        self.steps = steps
        self.name = name
        self.detail = detail
        self.independent = independent
        self.explanation: Callable[[SignatureError], str] | None = None

    def __enter__(self) -> _Recording:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if error is None:
            self.steps.done.append(Step(self.name, True, self.detail))
            return False
        if not isinstance(error, SignatureError):
            return False
        why = self.explanation(error) if self.explanation else _DEFAULT_WHY.get(error.check, "")
        self.steps.fail(error, why)
        return self.independent and self.steps.keep_going


HTTPS_WHY = (
    "the call reached your server over plain HTTP: SMTPeter calls https:// URLs; behind a "
    "TLS-terminating proxy, trust its X-Forwarded-Proto (trust_forwarded=True)"
)
_DEFAULT_WHY = {
    "https": HTTPS_WHY,
    "signature": "without a well-formed Signature header nothing can be checked: a proxy or "
    "framework dropped or rewrote it, or the call is not from SMTPeter",
    "headers": "SMTPeter's signatures cover (request-target) host date x-copernica-id digest; "
    "one that covers less (or names a header the call lacks) is not SMTPeter's",
    "key_id": "SMTPeter's keys live under copernica.com; another keyId means someone else "
    "signed the call",
    "host": "the signature covers the Host header; pass host= (your public host name) when "
    "your server does not see it",
    "date": "a call older than max_age (or too far in the future) is refused: if the call is "
    "fresh, this machine's clock or the sender's is off (check NTP: clock skew); otherwise it "
    "is an old call replayed (a capture checked later: give its time as now=)",
    "key": "the key named by keyId could not be fetched (DNS failure, no network, a resolver "
    "that refuses TXT lookups) or the record holds no usable RSA key",
}


def explain_digest(error: SignatureError) -> str:
    return (
        "the body changed after signing: the Digest covers the exact bytes SMTPeter sent; a "
        "framework or proxy that parsed and re-serialized the JSON, re-encoded it or changed "
        "its line ends makes them differ; verify the raw body as received"
    )


def explain_signature(hints: list[str]) -> str:
    """The explanation of a signature that does not verify, from what the variants found."""
    if hints:
        return "; ".join(hints)
    return (
        "the signature does not verify with the published key: the call was signed with "
        "another key (not SMTPeter's, or before a rotation), or the method, the request target "
        "or a covered header (Host, Date, X-Copernica-ID, Digest, Content-Type) changed after "
        "signing; a proxy that rewrites the path or the Host must tell you the original "
        "(pass host= and the original target)"
    )
