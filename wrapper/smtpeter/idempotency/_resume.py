"""Resumable bulk sends: ``client.send_many(messages, store=...)`` and ``send-many --resume``.

Every message of the job is sent as a keyed send (``send_once``) with the keys in ``store``, so
that a second run of the same job, after a crash or a Ctrl-C, sends only what the first did
not. Each message's key is its ``idempotency_key`` if it has one; else it is derived from its
content: ``smtpeter-bulk-`` + 32 hex digits of the SHA-256 of its canonical request body +
``-`` + the number of messages with the same content met so far in the job (1, 2, ...), so
that two identical messages are two mails, and moving a message within the job changes
nothing.

On a rerun, a message whose record says

- ``sent``: is not sent again; its result is an :class:`AlreadySent` (skipped);
- ``refused``: is sent again (SMTPeter answered an error status, so nothing went out);
- ``unknown`` or ``in_flight`` (its send got no answer, or the process died while it was in
  flight): is reconciled by its tag when the client's :class:`Idempotency` has ``reconcile``
  on (a :class:`Reconciled` result when SMTPeter's events show it was sent), else, or when
  they do not, it is reported as :class:`OutcomeUnknown` and never sent again by the job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .._bulk import (
    AsyncSendManyResults,
    BulkResult,
    ProgressCallback,
    SendManyResults,
    check_options,
    ordered_map,
    ordered_map_async,
)
from .._exceptions import ValidationError
from .._outcomes import AlreadySent, Reconciled, SendManyCounts
from .._types import SendResult
from ._core import (
    How,
    Idempotency,
    _fingerprint,
    send_once_how,
    send_once_how_async,
)
from ._records import IdempotencyStore

if TYPE_CHECKING:
    from .._client import AsyncSMTPeter, SMTPeter

__all__ = [
    "BULK_KEY_PREFIX",
    "AsyncResumableResults",
    "KeyedMessage",
    "Keyer",
    "ResumableResults",
    "job_config",
    "send_item",
    "send_item_async",
]

BULK_KEY_PREFIX = "smtpeter-bulk-"


def job_config(client: SMTPeter | AsyncSMTPeter, store: IdempotencyStore) -> Idempotency:
    """The client's idempotency options (ttl, reconciliation) with the job's store."""
    if not all(callable(getattr(store, name, None)) for name in ("claim", "complete", "get")):
        raise ValidationError("store", "must be an idempotency store (see IdempotencyStore)")
    return dataclasses.replace(client.idempotency, store=store)


@dataclass(frozen=True)
class KeyedMessage:
    """One message of a resumable job, with its key."""

    key: str
    encoding: Literal["json", "form"]
    kwargs: dict[str, Any]


class Keyer:
    """Gives each message of a job its key, in input order (see the module's docstring).

    Remembers each given key (a key given twice in one job refuses the second message) and
    one count per distinct content without a key (about 100 bytes each).
    """

    def __init__(self, client: SMTPeter | AsyncSMTPeter) -> None:
        self._client = client
        self._seen: dict[bytes, int] = {}
        self._given: set[str] = set()

    def item(self, message: object) -> KeyedMessage | Exception:
        """The message with its key, or the error that refuses it (nothing sent)."""
        try:
            if not isinstance(message, Mapping):
                raise TypeError(
                    f"each message must be a dict of send() arguments, not {type(message).__name__}"
                )
            kwargs = dict(message)
            encoding = kwargs.pop("encoding", "json")
            if encoding not in ("json", "form"):
                raise ValidationError("encoding", "must be 'json' or 'form'")
            key = kwargs.pop("idempotency_key", None)
            if key is not None:
                if key in self._given:
                    raise ValidationError(
                        "idempotency_key", f"{key!r} is used by an earlier message of this job"
                    )
                self._given.add(key)
            else:
                digest = bytes.fromhex(_fingerprint(self._client, dict(kwargs), encoding))[:16]
                count = self._seen[digest] = self._seen.get(digest, 0) + 1
                key = f"{BULK_KEY_PREFIX}{digest.hex()}-{count}"
            return KeyedMessage(key, encoding, kwargs)
        except Exception as exc:
            return exc

    def items(self, messages: Iterable[object]) -> Iterator[KeyedMessage | Exception]:
        for message in messages:
            yield self.item(message)

    async def items_async(
        self, messages: Iterable[object] | AsyncIterable[object]
    ) -> AsyncIterator[KeyedMessage | Exception]:
        if isinstance(messages, AsyncIterable):
            async for message in messages:
                yield self.item(message)
        else:
            for message in messages:
                yield self.item(message)


_WRAP: dict[How, type[SendResult]] = {
    "sent": SendResult,
    "recorded": AlreadySent,
    "reconciled": Reconciled,
}


def _retry_refusal(config: Idempotency, key: str) -> None:
    """A recorded refusal sent nothing: forget it, so that the rerun tries again."""
    record = config.store.get(key)
    if record is not None and record.state == "refused":
        config.store.release(record)


def send_item(client: SMTPeter, config: Idempotency, item: KeyedMessage | Exception) -> BulkResult:
    """One message of a resumable job: its result, or the exception (never raises)."""
    if isinstance(item, Exception):
        return item
    try:
        _retry_refusal(config, item.key)
        result, how = send_once_how(client, item.key, item.encoding, item.kwargs, config)
    except Exception as exc:
        return exc
    return _WRAP[how](message_ids=dict(result.message_ids))


async def send_item_async(
    client: AsyncSMTPeter, config: Idempotency, item: KeyedMessage | Exception
) -> BulkResult:
    """The asyncio twin of :func:`send_item`."""
    if isinstance(item, Exception):
        return item
    try:
        _retry_refusal(config, item.key)
        result, how = await send_once_how_async(
            client, item.key, item.encoding, item.kwargs, config
        )
    except Exception as exc:
        return exc
    return _WRAP[how](message_ids=dict(result.message_ids))


class ResumableResults(SendManyResults):
    """The results of ``SMTPeter.send_many(..., store=...)``, one per input in input order:
    a :class:`SendResult` (sent now), :class:`AlreadySent` (skipped), :class:`Reconciled`,
    or the exception (an :class:`OutcomeUnknown` may have been sent and is not sent again).
    ``counts`` tallies the outcomes of the results iterated so far."""

    def __init__(
        self,
        client: SMTPeter,
        messages: Iterable[Mapping[str, Any]],
        concurrency: int,
        on_progress: ProgressCallback | None,
        store: IdempotencyStore,
    ) -> None:
        self._started = True  # refused below: nothing to warn about
        config = job_config(client, store)
        concurrency = check_options(concurrency, on_progress)
        self._started = False
        self.counts = SendManyCounts()

        def job(item: KeyedMessage | Exception) -> BulkResult:
            return send_item(client, config, item)

        self._generator = ordered_map(job, Keyer(client).items(messages), concurrency, on_progress)


class AsyncResumableResults(AsyncSendManyResults):
    """The results of ``AsyncSMTPeter.send_many(..., store=...)``: see
    :class:`ResumableResults`."""

    def __init__(
        self,
        client: AsyncSMTPeter,
        messages: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
        concurrency: int,
        on_progress: ProgressCallback | None,
        store: IdempotencyStore,
    ) -> None:
        self._started = True  # refused below: nothing to warn about
        config = job_config(client, store)
        concurrency = check_options(concurrency, on_progress)
        self._started = False
        self.counts = SendManyCounts()

        async def job(item: KeyedMessage | Exception) -> BulkResult:
            return await send_item_async(client, config, item)

        self._generator = ordered_map_async(
            job,
            Keyer(client).items_async(messages),
            concurrency,
            on_progress,
        )
