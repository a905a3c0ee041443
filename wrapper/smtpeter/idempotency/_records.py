"""What an idempotency store keeps per key, and the protocol every store follows."""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Protocol

__all__ = ["IdempotencyStore", "Record", "State"]

State = Literal["in_flight", "sent", "refused", "unknown"]
"""``in_flight``: claimed, the request not answered yet; ``sent``: accepted (message ids
known); ``refused``: SMTPeter answered with an error status, nothing was sent; ``unknown``:
no usable answer, the message may have been sent."""


@dataclass(frozen=True)
class Record:
    """One idempotency key's state."""

    key: str
    fingerprint: str
    """SHA-256 of the canonical request body: the same key with another message is refused."""
    state: State
    expires: float
    """Unix time after which the key is forgotten."""
    claimed: float = field(default_factory=time.time)
    """Unix time the key was claimed (a stale ``in_flight`` is told by it)."""
    token: str = field(default_factory=lambda: secrets.token_hex(8))
    """Identifies one claim, so that a takeover replaces exactly the record it inspected."""
    recipients: int = 1
    message_ids: dict[str, str] = field(default_factory=dict)
    error: dict[str, Any] | None = None
    """For ``refused``: the error's class name, message and status code."""

    def with_state(self, state: State, **changes: Any) -> Record:
        return replace(self, state=state, **changes)

    def expired(self, now: float | None = None) -> bool:
        return (time.time() if now is None else now) >= self.expires

    def dumps(self) -> str:
        return json.dumps(
            {
                "key": self.key,
                "fingerprint": self.fingerprint,
                "state": self.state,
                "expires": self.expires,
                "claimed": self.claimed,
                "token": self.token,
                "recipients": self.recipients,
                "message_ids": self.message_ids,
                "error": self.error,
            },
            separators=(",", ":"),
        )

    @classmethod
    def loads(cls, text: str | bytes) -> Record:
        return cls(**json.loads(text))


class IdempotencyStore(Protocol):
    """Where keys and their outcomes are kept. Every method must be safe to call from several
    threads (and, for a shared store, processes) at once; ``claim`` must be atomic."""

    def claim(self, record: Record, *, replacing: Record | None = None) -> Record | None:
        """Store ``record`` (state ``in_flight``) if its key has no live record, or, with
        ``replacing``, if the live record is still exactly ``replacing`` (same ``token``).
        Returns None when the claim succeeded, else the live record that prevented it."""
        ...

    def complete(self, record: Record) -> None:
        """Store ``record`` (the outcome of a claim) over the key's record."""
        ...

    def get(self, key: str) -> Record | None:
        """The key's live record, or None (never one that expired)."""
        ...

    def release(self, record: Record) -> None:
        """Forget the key if its record is still ``record`` (same ``token``): nothing was
        sent, so the key may be used again."""
        ...
