"""Processes opening one new SQLite store at the same moment all succeed (switching a new file
to WAL mode takes a lock that SQLite's busy handler does not wait for)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

ROUNDS = 20
PROCESSES = 6


def _open_each(folder: str, barrier: Any) -> None:
    from smtpeter.idempotency import SQLiteStore

    for n in range(ROUNDS):
        barrier.wait(timeout=120)  # all open the same new file at once
        assert SQLiteStore(Path(folder) / f"keys-{n}.db").get("k") is None


def test_processes_open_a_new_store_at_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    processes = [
        context.Process(target=_open_each, args=(str(tmp_path), barrier)) for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * PROCESSES
    assert len(list(tmp_path.glob("keys-*.db"))) == ROUNDS
