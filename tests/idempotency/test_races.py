"""Two processes racing on the same 500 keys through one store: each key is sent once."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

from smtpeter.idempotency import tag_for
from smtpeter.sandbox import RunningSandbox

KEYS = 500


def _race(sandbox: RunningSandbox, kind: str, where: str, tmp_path: Path) -> list[dict[str, int]]:
    start = tmp_path / "start"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    racers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.idempotency._racer", kind, where, str(KEYS), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=Path(__file__).parents[2],
        )
        for _ in range(2)
    ]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline().strip() == "ready"
    start.touch()
    results = []
    for racer in racers:
        out, _ = racer.communicate(timeout=300)
        assert racer.returncode == 0
        results.append(json.loads(out.strip().splitlines()[-1]))
    tags = collections.Counter(tag for message in sandbox.store.messages() for tag in message.tags)
    for n in range(KEYS):
        assert tags[tag_for(f"race-{n}")] == 1, f"race-{n} sent {tags[tag_for(f'race-{n}')]} times"
    assert len(sandbox.store.messages()) == KEYS
    # Both really raced: each answered keys the other had sent or held.
    assert all(result["sent"] + result["in_flight"] == KEYS for result in results)
    return results


def test_sqlite_two_processes_send_each_key_once(sandbox: RunningSandbox, tmp_path: Path) -> None:
    _race(sandbox, "sqlite", str(tmp_path / "keys.db"), tmp_path)


def test_redis_two_processes_send_each_key_once(
    sandbox: RunningSandbox, redis_url: str, tmp_path: Path
) -> None:
    _race(sandbox, "redis", redis_url, tmp_path)
