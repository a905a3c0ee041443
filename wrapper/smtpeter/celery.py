"""Sending from Celery, once per task (the ``smtpeter[celery]`` extra).

>>> from celery import Celery
>>> from smtpeter.celery import register_send_task
>>> app = Celery("shop", broker="redis://localhost:6379/0")          # doctest: +SKIP
>>> send_mail = register_send_task(app)                             # doctest: +SKIP
>>> send_mail.delay({"recipient": "john@example.com", "from": "shop@example.com",
...                  "subject": "Your order", "text": "It ships today."})   # doctest: +SKIP

The task sends with its task id as idempotency key (or the ``idempotency_key`` it is given),
so a task that Celery runs again (a worker killed, a deploy, ``acks_late`` redelivery) does not
mail twice. It is ``acks_late`` with ``reject_on_worker_lost``: a task whose worker died is
delivered again rather than lost. It retries, with exponential backoff, only when that is
safe: the send certainly did not go out (``may_have_been_sent`` false), or its outcome was
unknown and SMTPeter's events showed no attempt for the key within the wait (the key is then
released and sent anew). An unknown outcome is otherwise never sent again: the task retries
*checking* (another worker may hold the key), and fails with :class:`OutcomeUnknown` once its
retries are used up.

Each worker process builds its own client on first use (after the prefork pool forked), from
``client_factory`` (default ``SMTPeter()`` with the environment's settings); give one with a
shared store (:class:`~smtpeter.idempotency.RedisStore` for many machines,
:class:`~smtpeter.idempotency.SQLiteStore` for one).

A broker may still lose a task outright: kombu's Redis transport pops a message before it
records it as unacknowledged, so a worker SIGKILLed between the two loses it (kombu issue
1836). The producer, which knows what it queued, closes that gap with
:func:`republish_unfinished`: every key whose store holds no outcome is queued again, which
the key makes safe.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from typing import Any

from celery import Celery, Task  # type: ignore[import-untyped]

from ._client import SMTPeter
from ._exceptions import APIError
from .idempotency import IdempotencyStore, OutcomeUnknown, Reconciliation

__all__ = ["SendMailTask", "register_send_task", "republish_unfinished"]

logger = logging.getLogger("smtpeter.celery")


class SendMailTask(Task):  # type: ignore[misc]  # Celery ships no type information
    """The base class of the send task: per-process client, safe retries."""

    acks_late = True
    reject_on_worker_lost = True
    max_retries = 10
    retry_backoff = 1.0
    """Seconds of the first retry's countdown; doubled each time, up to ``retry_backoff_max``."""
    retry_backoff_max = 60.0
    reconcile_wait = 10.0
    """Seconds SMTPeter's events are searched for the key after an unknown outcome."""
    client_factory: Callable[[], SMTPeter] = SMTPeter

    _client: SMTPeter | None = None
    _client_pid = 0

    @property
    def client(self) -> SMTPeter:
        """This worker process's client, made on first use in the process."""
        if self._client is None or self._client_pid != os.getpid():
            type(self)._client = type(self).client_factory()
            type(self)._client_pid = os.getpid()
        assert self._client is not None
        return self._client

    def countdown(self) -> float:
        """The next retry's delay: exponential backoff with full jitter."""
        ceiling = min(self.retry_backoff_max, self.retry_backoff * 2**self.request.retries)
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not a secret

    def on_reconciled(self, key: str, checked: Reconciliation) -> None:
        """Called after an unknown outcome was looked up in SMTPeter's events."""
        logger.info(
            "idempotency key %r reconciled: %s", key, "sent" if checked.seen else "not seen"
        )

    def send_once(self, message: Mapping[str, Any], key: str) -> dict[str, str]:
        """Send ``message`` (send properties under the API's names) once for ``key``."""
        kwargs = dict(message)
        if "from" in kwargs:
            kwargs["from_"] = kwargs.pop("from")
        client = self.client
        try:
            return dict(client.send(**kwargs, idempotency_key=key).message_ids)
        except OutcomeUnknown as exc:
            checked = client.reconcile(key, wait=self.reconcile_wait, release=True)
            self.on_reconciled(key, checked)
            if checked.result is not None:
                return dict(checked.result.message_ids)
            # Not seen: released (sent anew on the retry), or held by a live claim (checked
            # again on the retry). Either way nothing is sent twice.
            raise self.retry(exc=exc, countdown=self.countdown()) from exc
        except APIError as exc:
            if exc.may_have_been_sent or not _passing(exc):
                raise
            raise self.retry(exc=exc, countdown=self.countdown()) from exc


def _passing(exc: APIError) -> bool:
    """A failure that sent nothing and may pass: a 429, a 5xx, no connection."""
    status = getattr(exc, "status_code", None)
    return status is None or status == 429 or status >= 500


def register_send_task(
    app: Celery,
    *,
    name: str = "smtpeter.send",
    base: type[SendMailTask] = SendMailTask,
    client_factory: Callable[[], SMTPeter] | None = None,
    **options: Any,
) -> Any:
    """Register the send task on ``app`` and return it.

    Call it as ``task.delay(message)`` or ``task.delay(message, idempotency_key="...")``;
    ``message`` is a dict of send properties under the API's names (``"from"``). It returns
    the message ids. ``options`` go to ``app.task`` (``max_retries=``, ``queue=``...).
    """
    if client_factory is not None:
        base = type(base.__name__, (base,), {"client_factory": staticmethod(client_factory)})

    @app.task(bind=True, base=base, name=name, **options)  # type: ignore[untyped-decorator]
    def send_mail(
        self: SendMailTask, message: dict[str, Any], idempotency_key: str | None = None
    ) -> dict[str, str]:
        return self.send_once(message, idempotency_key or self.request.id)

    return send_mail


def republish_unfinished(
    task: Any,
    messages: Mapping[str, Mapping[str, Any]],
    store: IdempotencyStore,
    *,
    older_than: float = 0.0,
) -> list[str]:
    """Queue again, on ``task``, each message of ``messages`` (idempotency key -> message)
    that ``store`` holds no outcome for, and return their keys.

    No outcome: the key has no record (no worker ever claimed it: the broker lost the task,
    or it still waits in the queue), or a record ``in_flight`` or ``unknown`` claimed at least
    ``older_than`` seconds ago. A key sent or refused is left alone. Queuing a key again never
    sends twice: a copy that finds the key sent returns its recorded ids, one that finds it
    claimed waits for the outcome. Call it once the queue had time to drain (from a periodic
    task, or after a batch) with the store the workers' clients use.
    """
    now = time.time()
    queued = []
    for key, message in messages.items():
        record = store.get(key)
        if record is not None and (
            record.state in ("sent", "refused") or now - record.claimed < older_than
        ):
            continue
        task.apply_async((dict(message),), {"idempotency_key": key}, task_id=key)
        queued.append(key)
    return queued
