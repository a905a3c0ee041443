"""The built-in stores: in memory (one process) and SQLite (one machine, many processes)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

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


class SQLiteStore:
    """Keys in a SQLite file: safe for many threads and processes on one machine.

    The file is in WAL mode with ``synchronous=FULL``: a record is on disk before the request
    it guards is sent, so a crash (or SIGKILL) loses nothing. A claim is one
    ``BEGIN IMMEDIATE`` transaction, so two processes racing on one key cannot both win.
    Each thread gets its own connection.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._timeout = timeout
        self._local = threading.local()
        self._pid = os.getpid()
        with self._transaction() as db:
            db.execute(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None or self._pid != os.getpid():
            # A connection must not cross a fork: a child opens its own.
            self._pid = os.getpid()
            self._local = threading.local()
            db = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            self._local.db = db
        return db

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def claim(self, record: Record, *, replacing: Record | None = None) -> Record | None:
        with self._transaction() as db:
            row = db.execute(
                "SELECT token, expires, record FROM smtpeter_idempotency WHERE key = ?",
                (record.key,),
            ).fetchone()
            live = row is not None and row[1] > time.time()
            if live and (replacing is None or row[0] != replacing.token):
                return Record.loads(row[2])
            db.execute(
                "INSERT OR REPLACE INTO smtpeter_idempotency VALUES (?, ?, ?, ?)",
                (record.key, record.token, record.expires, record.dumps()),
            )
            return None

    def complete(self, record: Record) -> None:
        with self._transaction() as db:
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
        with self._transaction() as db:
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
