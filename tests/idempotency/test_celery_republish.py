"""``republish_unfinished``: what a producer queues again when the broker lost a task, on a
real Redis broker (the queue read back with kombu)."""

from __future__ import annotations

import base64
import json
import time

import redis
from celery import Celery  # type: ignore[import-untyped]

from smtpeter.celery import register_send_task, republish_unfinished
from smtpeter.idempotency import MemoryStore, Record


def _record(key: str, state: str, claimed: float) -> Record:
    return Record(
        key=key,
        fingerprint="f",
        state=state,  # type: ignore[arg-type]
        expires=time.time() + 3600,
        claimed=claimed,
    )


def _queued(url: str) -> list[tuple[str, list[object], dict[str, object]]]:
    """The tasks waiting in the broker's default queue: (task id, args, kwargs)."""
    found = []
    for raw in redis.Redis.from_url(url).lrange("celery", 0, -1):
        envelope = json.loads(raw)
        args, kwargs, _ = json.loads(base64.b64decode(envelope["body"]))
        found.append((envelope["headers"]["id"], args, kwargs))
    return sorted(found)


def test_only_keys_without_an_outcome_are_queued_again(redis_url: str) -> None:
    url = redis_url.rsplit("/", 1)[0] + "/4"
    redis.Redis.from_url(url).flushdb()
    app = Celery("republish", broker=url)
    task = register_send_task(app)
    store = MemoryStore()
    now = time.time()
    store.claim(_record("sent", "in_flight", now - 100))
    store.complete(_record("sent", "sent", now - 100))
    store.claim(_record("refused", "in_flight", now - 100))
    store.complete(_record("refused", "refused", now - 100))
    store.claim(_record("stale", "in_flight", now - 100))
    store.claim(_record("busy", "in_flight", now))
    store.claim(_record("unknown", "in_flight", now - 100))
    store.complete(_record("unknown", "unknown", now - 100))
    keys = ["lost", "sent", "refused", "stale", "busy", "unknown"]
    messages = {key: {"recipient": f"{key}@example.com", "from": "a@example.com"} for key in keys}

    queued = republish_unfinished(task, messages, store, older_than=60)

    assert queued == ["lost", "stale", "unknown"]
    assert _queued(url) == [
        (key, [messages[key]], {"idempotency_key": key}) for key in ["lost", "stale", "unknown"]
    ]


def test_without_older_than_a_live_claim_is_queued_again_too(redis_url: str) -> None:
    url = redis_url.rsplit("/", 1)[0] + "/4"
    redis.Redis.from_url(url).flushdb()
    task = register_send_task(Celery("republish", broker=url))
    store = MemoryStore()
    store.claim(_record("busy", "in_flight", time.time()))

    assert republish_unfinished(task, {"busy": {"text": "x"}}, store) == ["busy"]
    assert [entry[0] for entry in _queued(url)] == ["busy"]
