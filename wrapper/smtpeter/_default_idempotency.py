"""A client's idempotency settings, made when first asked for.

A client made without ``idempotency=`` gets ``Idempotency()`` (a :class:`MemoryStore` of its
own), but only when a keyed send, ``reconcile`` or a resumable ``send_many`` first reads it:
a client that never uses a key loads nothing of :mod:`smtpeter.idempotency` (its stores,
sqlite3, hashlib). The slot is shared by a client and its ``with_options`` copies, which thus
keep the same keys, as they share everything else.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .idempotency import Idempotency

__all__ = ["IdempotencySlot"]


class IdempotencySlot:
    """Holds the given settings, or makes the default ones once, whichever thread asks first."""

    def __init__(self, given: Idempotency | None) -> None:
        self._value = given
        self._lock = threading.Lock()

    def get(self) -> Idempotency:
        value = self._value
        if value is None:
            with self._lock:
                if self._value is None:
                    from .idempotency._core import Idempotency

                    self._value = Idempotency()
                value = self._value
        return value
