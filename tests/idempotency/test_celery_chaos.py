"""Real Celery workers (prefork, 2 processes, Redis broker) sending keyed mails to the HTTPS
sandbox while the test SIGKILLs them: 0 lost, 0 doubled, every unknown outcome reconciled."""

from __future__ import annotations

import collections
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from smtpeter.celery import republish_unfinished
from smtpeter.idempotency import RedisStore, tag_for
from smtpeter.sandbox import RunningSandbox

ROOT = Path(__file__).parents[2]
MAILS = 2000
KILLS = 4


def _worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "tests.idempotency.celery_app",
            "worker",
            "--pool",
            "prefork",
            "--concurrency",
            "2",
            "--loglevel",
            "warning",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the kill takes the pool too
    )


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True)
    return [int(line) for line in found.stdout.split()]


def _kill(worker: subprocess.Popen[bytes], whole: bool) -> None:
    if whole:
        os.killpg(worker.pid, signal.SIGKILL)
    else:  # one pool process: Celery sees the worker lost and delivers its task again
        children = _children(worker.pid)
        if children:
            os.kill(children[0], signal.SIGKILL)
            return
        os.killpg(worker.pid, signal.SIGKILL)


def _sent_counts(sandbox: RunningSandbox) -> collections.Counter[str]:
    return collections.Counter(t for m in sandbox.store.messages() for t in m.tags)


STALL = 90.0
REPUBLISH_AFTER = 20.0


class _Progress:
    """Whether a count still grows: it has within the last STALL seconds."""

    def __init__(self) -> None:
        self._count = -1
        self._at = time.monotonic()

    def moving(self, count: int) -> bool:
        if count != self._count:
            self._count, self._at = count, time.monotonic()
        return self.still_for() < STALL

    def still_for(self) -> float:
        """Seconds since the count last changed (or since restart)."""
        return time.monotonic() - self._at


@pytest.mark.slow
def test_chaos_workers_killed_send_every_mail_exactly_once(
    sandbox: RunningSandbox, redis_url: str, tmp_path: Path
) -> None:
    url = redis_url.rsplit("/", 1)[0] + "/3"
    redis.Redis.from_url(url).flushdb()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CHAOS_REDIS": url,
        "CHAOS_DROP_EVERY": "97",
    }
    from tests.idempotency.celery_app import app, send_mail

    app.conf.broker_url = url
    keys = [f"chaos-{n}" for n in range(MAILS)]
    messages = {
        key: {
            "recipient": f"r{n}@example.com",
            "from": "shop@example.com",
            "subject": f"order {n}",
            "text": "It ships today.",
        }
        for n, key in enumerate(keys)
    }
    with app.connection_for_write() as connection:
        for key, message in messages.items():
            # the task id is the idempotency key
            send_mail.apply_async((message,), task_id=key, connection=connection)
    republished: list[str] = []
    tags = {tag_for(key): key for key in keys}
    log = tmp_path / "worker.log"
    started = time.monotonic()
    worker = _worker(env, log)
    kills = 0
    # No wall-clock budget (a busy machine is slow, not wrong): the test fails only when
    # nothing moves for STALL seconds.
    progress = _Progress()
    try:
        while kills < KILLS:
            # Kill once some mails went out since the last restart, mid-stream.
            target = len(_sent_counts(sandbox)) + 150
            while (sent := len(_sent_counts(sandbox))) < target:
                assert progress.moving(sent), log.read_text()[-3000:]
                assert worker.poll() is None or kills, log.read_text()[-3000:]
                time.sleep(0.05)
            whole = kills % 2 == 1
            _kill(worker, whole)
            kills += 1
            if whole:
                worker.wait(timeout=30)
                worker = _worker(env, log)
        store = RedisStore(url=url, prefix="chaos:key:")
        republished_at = 0.0
        while True:
            records = [store.get(key) for key in keys]
            if all(r is not None and r.state == "sent" for r in records):
                break
            done = sum(1 for r in records if r is not None and r.state == "sent")
            assert progress.moving(done), (
                collections.Counter(None if r is None else r.state for r in records),
                log.read_text()[-3000:],
            )
            quiet = min(progress.still_for(), time.monotonic() - republished_at)
            if quiet > REPUBLISH_AFTER:
                # What the producer does: a task the broker lost (kombu pops a message before
                # it records it unacked, and a SIGKILL between the two loses it) is queued
                # again; its key keeps it from going out twice.
                republished += republish_unfinished(
                    send_mail, messages, store, older_than=REPUBLISH_AFTER
                )
                republished_at = time.monotonic()
            time.sleep(0.25)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
    counts = _sent_counts(sandbox)
    per_key = [counts[tag] for tag in tags]
    lost = sum(1 for c in per_key if c == 0)
    doubled = sum(1 for c in per_key if c > 1)
    counters = redis.Redis.from_url(url)
    seen = int(counters.get("chaos:reconciled:seen") or 0)
    unseen = int(counters.get("chaos:reconciled:unseen") or 0)
    released = int(counters.get("chaos:released") or 0)
    print(
        f"\nchaos: {MAILS} keyed mails, sent {sum(per_key)}, lost {lost}, doubled {doubled}, "
        f"reconciled {seen} as sent ({unseen} lookups not seen, {released} released and sent "
        f"anew), worker kills {kills}, republished {len(republished)} (lost by the broker: "
        f"{', '.join(republished) or 'none'}), {time.monotonic() - started:.1f} s"
    )
    assert (lost, doubled) == (0, 0)
    assert sum(per_key) == MAILS
    assert kills == KILLS
    assert seen > 0  # the dropped answers (every 97th send) were found in the events
