"""The Celery app of the chaos test: its workers run this module (``celery -A``).

Configured from the environment the test sets: CHAOS_REDIS (broker, and the idempotency
store), the SMTPETER_* variables and SSL_CERT_FILE (the sandbox), CHAOS_DROP_EVERY (lose the
answer of every Nth send of a process: the sandbox got it, the worker sees a broken
connection).
"""

from __future__ import annotations

import os
import ssl
from typing import Any

import httpx
import redis
from celery import Celery  # type: ignore[import-untyped]

import smtpeter
from smtpeter.celery import SendMailTask, register_send_task
from smtpeter.idempotency import Idempotency, Reconciliation, RedisStore
from tests.support.drop_answer import DropAnswers

REDIS = os.environ.get("CHAOS_REDIS", "redis://127.0.0.1:6379/0")
DROP_EVERY = int(os.environ.get("CHAOS_DROP_EVERY", "0"))

app = Celery("chaos", broker=REDIS)
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    # A task whose worker was SIGKILLed whole is delivered again after this many seconds,
    # found by a sweep every second (kombu's default sweep runs every ~100 s, and a killed
    # worker may leave the sweep's lock taken for unacked_mutex_expire seconds).
    broker_transport_options={
        "visibility_timeout": 4,
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
        "unacked_mutex_expire": 5,
    },
    broker_connection_retry_on_startup=True,
    task_ignore_result=True,
)


def _client() -> smtpeter.SMTPeter:
    inner = httpx.HTTPTransport(
        verify=ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    )
    transport = DropAnswers(inner, lambda n: DROP_EVERY > 0 and n % DROP_EVERY == 0)
    return smtpeter.SMTPeter(
        timeout=5.0,
        http_client=httpx.Client(transport=transport),
        # A claim older than the lease has outlived every attempt of its sender: dead.
        idempotency=Idempotency(store=RedisStore(url=REDIS, prefix="chaos:key:"), lease=8.0),
    )


class ChaosTask(SendMailTask):
    max_retries = 40
    retry_backoff = 0.5
    retry_backoff_max = 4.0
    reconcile_wait = 2.0
    _counters: Any = None

    def on_reconciled(self, key: str, checked: Reconciliation) -> None:
        if ChaosTask._counters is None:
            ChaosTask._counters = redis.Redis.from_url(REDIS)
        ChaosTask._counters.incr("chaos:reconciled:" + ("seen" if checked.seen else "unseen"))
        if checked.released:
            ChaosTask._counters.incr("chaos:released")


send_mail = register_send_task(app, base=ChaosTask, client_factory=_client)
