"""Send once: idempotency keys, their stores, and reconciliation (see the README's
"Exactly once" section).

>>> from smtpeter import SMTPeter
>>> from smtpeter.idempotency import Idempotency, SQLiteStore
>>> client = SMTPeter(idempotency=Idempotency(store=SQLiteStore("sent.db")))  # doctest: +SKIP
>>> client.send(..., idempotency_key="order-1234-confirmation")             # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from ._core import (
    DEFAULT_LEASE,
    DEFAULT_RECONCILE_WAIT,
    DEFAULT_TTL,
    TAG_PREFIX,
    Idempotency,
    IdempotencyConflict,
    OutcomeUnknown,
    Reconciliation,
    tag_for,
)
from ._records import IdempotencyStore, Record, State
from ._stores import MemoryStore, SQLiteStore

if TYPE_CHECKING:
    from ._redis import RedisStore


def __getattr__(name: str) -> Any:
    if name == "RedisStore":  # imports nothing of redis until used
        from ._redis import RedisStore

        return RedisStore
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_RECONCILE_WAIT",
    "DEFAULT_TTL",
    "TAG_PREFIX",
    "Idempotency",
    "IdempotencyConflict",
    "IdempotencyStore",
    "MemoryStore",
    "OutcomeUnknown",
    "Reconciliation",
    "Record",
    "RedisStore",
    "SQLiteStore",
    "State",
    "tag_for",
]
