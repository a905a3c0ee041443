"""The built-in stores: in memory (one process) and SQLite (one machine, many processes)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from .._exceptions import ValidationError
from ._records import Record

__all__ = ["MemoryStore", "SQLiteStore"]


class MemoryStore:
    """Keys in this process's memory: the default of a client made without a store. Forgotten
    when the process ends, and not shared with other processes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, Record] = {}

    def _live(self, key: str) -> Record | None:
        record = self._records.get(key)
        if record is not None and record.expired():
            del self._records[key]
            return None
        return record

    def claim(self, record: Record, *, replacing: Record | None = None) -> Record | None:
        with self._lock:
            current = self._live(record.key)
            if current is not None and (replacing is None or current.token != replacing.token):
                return current
            self._records[record.key] = record
            return None

    def complete(self, record: Record) -> None:
        with self._lock:
            self._records[record.key] = record

    def get(self, key: str) -> Record | None:
        with self._lock:
            return self._live(key)

    def release(self, record: Record) -> None:
        with self._lock:
            current = self._records.get(record.key)
            if current is not None and current.token == record.token:
                del self._records[record.key]


_SCHEMA = """
CREATE TABLE IF NOT EXISTS smtpeter_idempotency (
    key TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    expires REAL NOT NULL,
    record TEXT NOT NULL
)
"""


_CLAIM = """
INSERT INTO smtpeter_idempotency VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (key) DO UPDATE SET token = ?2, expires = ?3, record = ?4
WHERE smtpeter_idempotency.expires <= ?5 OR smtpeter_idempotency.token = ?6
"""


class SQLiteStore:
    """Keys in a SQLite file: safe for many threads and processes on one machine.

    The file is in WAL mode. A claim is one statement (an ``INSERT ... ON CONFLICT DO UPDATE
    ... WHERE`` the record expired), atomic by itself, so two processes racing on one key
    cannot both win; the threads of one process take turns on a
    lock rather than on SQLite's busy handler (which sleeps). Each thread gets its own
    connection.

    ``synchronous``: ``"NORMAL"`` (the default) writes each record to the file before the
    request it guards is sent, so a crash of the process (SIGKILL, Ctrl-C, the OOM killer)
    loses nothing; a crash of the machine (power loss, a kernel panic) may lose the records of
    the last moments before it, since the file is flushed to the disk at checkpoints only.
    ``"FULL"`` flushes it at each record (an ``fsync``: milliseconds on many disks, twice per
    send), and then loses nothing even then.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        timeout: float = 30.0,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise ValidationError("synchronous", "must be 'NORMAL' or 'FULL'")
        self.path = Path(path)
        self.synchronous = synchronous
        self._timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pid = os.getpid()
        with self._transaction() as db:
            db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or self._pid != os.getpid():
            # A connection must not cross a fork: a child opens its own.
            if self._pid != os.getpid():
                self._pid = os.getpid()
                self._local = threading.local()
                self._lock = threading.Lock()
            db = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            self._use_wal(db)
            db.execute(f"PRAGMA synchronous={self.synchronous}")
            self._local.db = db
        return db

    def _use_wal(self, db: sqlite3.Connection) -> None:
        """WAL mode, set once per file. Changing the mode takes a lock that SQLite's busy
        handler does not wait for: processes opening a new file at once take turns here."""
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.01)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def claim(self, record: Record, *, replacing: Record | None = None) -> Record | None:
        # One statement, atomic by itself: insert, or take the place of an expired record (or
        # of exactly ``replacing``); else change nothing and answer the live record.
        db = self._connection()
        while True:
            with self._lock:
                changed = db.execute(
                    _CLAIM,
                    (
                        record.key,
                        record.token,
                        record.expires,
                        record.dumps(),
                        time.time(),
                        replacing.token if replacing is not None else None,
                    ),
                ).rowcount
            if changed:
                return None
            current = self.get(record.key)
            if current is not None:
                return current
            # Released or expired between the two statements: claim again.

    def complete(self, record: Record) -> None:
        db = self._connection()
        with self._lock:
            db.execute(
                "INSERT OR REPLACE INTO smtpeter_idempotency VALUES (?, ?, ?, ?)",
                (record.key, record.token, record.expires, record.dumps()),
            )

    def get(self, key: str) -> Record | None:
        row = (
            self._connection()
            .execute(
                "SELECT record FROM smtpeter_idempotency WHERE key = ? AND expires > ?",
                (key, time.time()),
            )
            .fetchone()
        )
        return None if row is None else Record.loads(row[0])

    def release(self, record: Record) -> None:
        db = self._connection()
        with self._lock:
            db.execute(
                "DELETE FROM smtpeter_idempotency WHERE key = ? AND token = ?",
                (record.key, record.token),
            )

    def purge(self) -> int:
        """Delete the expired records; returns how many."""
        with self._transaction() as db:
            cursor = db.execute(
                "DELETE FROM smtpeter_idempotency WHERE expires <= ?", (time.time(),)
            )
            return cursor.rowcount

    def records(self) -> list[Record]:
        """Every live record (for ``send-many --resume`` and for inspection)."""
        rows = (
            self._connection()
            .execute("SELECT record FROM smtpeter_idempotency WHERE expires > ?", (time.time(),))
            .fetchall()
        )
        return [Record.loads(row[0]) for row in rows]
