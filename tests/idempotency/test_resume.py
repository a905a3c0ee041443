"""Resumable bulk sends: ``send_many(..., store=...)`` interrupted, then run again, against the
HTTPS sandbox: each message archived exactly once, the unknown one reconciled by its tag."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

import smtpeter
from smtpeter.idempotency import (
    AlreadySent,
    Idempotency,
    MemoryStore,
    OutcomeUnknown,
    Reconciled,
    SendManyCounts,
    SQLiteStore,
    tag_for,
)
from smtpeter.sandbox import RunningSandbox

COUNT = 20


def _mail(number: int, **extra: Any) -> dict[str, Any]:
    return {
        "recipient": f"u{number}@example.com",
        "from_": "shop@example.com",
        "subject": f"Order {number}",
        "text": f"Order {number} ships today.",
        **extra,
    }


def _subjects(sandbox: RunningSandbox) -> Counter[str]:
    return Counter(m.subject for m in sandbox.store.messages())


def _reconciling() -> Idempotency:
    return Idempotency(reconcile=True, reconcile_wait=5.0, poll_interval=0.1)


def test_an_interrupted_job_resumes_sending_each_message_once(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    sandbox.faults.add(operation="send", nth=4, action="reset-after")
    state = tmp_path / "job.db"
    messages = [_mail(n) for n in range(COUNT)]

    first: list[smtpeter.SendResult | Exception] = []
    with smtpeter.SMTPeter() as client:
        results = client.send_many(messages, concurrency=2, store=SQLiteStore(state))
        for result in results:
            first.append(result)
            if len(first) == 10:
                break  # the user stops the job (Ctrl-C, a crash...)
        results.close()
    unknown = [r for r in first if isinstance(r, OutcomeUnknown)]
    assert len(unknown) == 1 and results.counts == SendManyCounts(sent=9, unknown=1)
    archived = _subjects(sandbox)
    assert 10 <= sum(archived.values()) < COUNT  # the sends under way finished; no others

    with smtpeter.SMTPeter(idempotency=_reconciling()) as client:
        again = client.send_many(messages, concurrency=4, store=SQLiteStore(state))
        second = list(again)

    assert _subjects(sandbox) == Counter(m["subject"] for m in messages)  # each exactly once
    already = sum(archived.values())
    assert again.counts == SendManyCounts(sent=COUNT - already, skipped=already - 1, reconciled=1)
    (reconciled,) = [r for r in second if isinstance(r, Reconciled)]
    (message_id,) = reconciled.message_ids
    stored = sandbox.store.get(message_id)
    assert stored is not None and stored.subject == messages[second.index(reconciled)]["subject"]
    for result, earlier in zip(second, first, strict=False):
        if isinstance(earlier, smtpeter.SendResult):
            assert isinstance(result, AlreadySent) and result.message_ids == earlier.message_ids


def test_given_keys_make_the_order_irrelevant(sandbox: RunningSandbox) -> None:
    store = MemoryStore()
    messages = [_mail(n, idempotency_key=f"order-{n}") for n in range(6)]
    with smtpeter.SMTPeter() as client:
        first = list(client.send_many(messages, store=store))
        reordered = client.send_many(list(reversed(messages)), store=store)
        second = list(reordered)
    assert reordered.counts == SendManyCounts(skipped=6)
    assert second == [AlreadySent(r.message_ids) for r in reversed(first)]  # type: ignore[union-attr]
    assert sum(_subjects(sandbox).values()) == 6
    stored = sandbox.store.get(next(iter(first[0].message_ids)))  # type: ignore[union-attr]
    assert stored is not None and tag_for("order-0") in stored.tags


def test_derived_keys_send_identical_messages_each_once(sandbox: RunningSandbox) -> None:
    store = MemoryStore()
    twin = _mail(1)
    messages = [twin, _mail(2), dict(twin), _mail(3)]
    with smtpeter.SMTPeter() as client:
        first = client.send_many(messages, store=store)
        list(first)
        moved = client.send_many(
            [_mail(3), dict(twin), _mail(2), dict(twin), _mail(4)], store=store
        )
        list(moved)
    assert first.counts == SendManyCounts(sent=4)
    assert moved.counts == SendManyCounts(skipped=4, sent=1)  # only the new one goes out
    assert _subjects(sandbox) == Counter({"Order 1": 2, "Order 2": 1, "Order 3": 1, "Order 4": 1})


def test_a_refused_message_is_tried_again_on_the_next_run(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    store = SQLiteStore(tmp_path / "job.db")
    messages = [_mail(n) for n in range(3)]
    with smtpeter.SMTPeter(token="wrong-token") as client:
        refused = client.send_many(messages, store=store)
        errors = list(refused)
    assert refused.counts == SendManyCounts(refused=3)
    assert all(isinstance(e, smtpeter.AuthenticationError) for e in errors)
    with smtpeter.SMTPeter() as client:
        again = client.send_many(messages, store=store)
        list(again)
    assert again.counts == SendManyCounts(sent=3)
    assert sum(_subjects(sandbox).values()) == 3


def test_bad_input_is_refused_per_message_and_a_bad_store_at_once(
    sandbox: RunningSandbox,
) -> None:
    messages: list[Any] = [_mail(1), "not a dict", _mail(2, colour="red"), _mail(3, encoding="xml")]
    with smtpeter.SMTPeter() as client:
        results = client.send_many(messages, store=MemoryStore())
        outcomes = list(results)
        with pytest.raises(smtpeter.ValidationError) as caught:
            client.send_many(messages, store="state.db")  # type: ignore[arg-type]
    assert caught.value.field == "store"
    assert results.counts == SendManyCounts(sent=1, refused=3)
    assert isinstance(outcomes[1], TypeError)
    assert isinstance(outcomes[2], smtpeter.ValidationError) and "colour" in str(outcomes[2])
    assert isinstance(outcomes[3], smtpeter.ValidationError)
    assert outcomes[3].field == "encoding"
    assert sum(_subjects(sandbox).values()) == 1


async def test_the_async_client_resumes_too(sandbox: RunningSandbox, tmp_path: Path) -> None:
    sandbox.faults.add(operation="send", nth=2, action="reset-after")
    state = tmp_path / "job.db"

    async def messages() -> AsyncIterator[dict[str, Any]]:
        for n in range(8):
            yield _mail(n)

    async with smtpeter.AsyncSMTPeter() as client:
        results = client.send_many(messages(), concurrency=1, store=SQLiteStore(state))
        first = []
        async for result in results:
            first.append(result)
            if len(first) == 4:
                break
        await results.aclose()
    assert results.counts == SendManyCounts(sent=3, unknown=1)
    assert isinstance(first[1], OutcomeUnknown)
    already = sum(_subjects(sandbox).values())

    async with smtpeter.AsyncSMTPeter(idempotency=_reconciling()) as client:
        again = client.send_many(messages(), concurrency=3, store=SQLiteStore(state))
        second = [result async for result in again]
    assert again.counts == SendManyCounts(sent=8 - already, skipped=already - 1, reconciled=1)
    assert isinstance(second[1], Reconciled)
    assert _subjects(sandbox) == Counter(f"Order {n}" for n in range(8))


def test_a_plain_job_tallies_its_outcomes_too(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(operation="send", nth=2, action="reset-after")
    messages: list[Any] = [_mail(1), _mail(2), _mail(3, colour="red"), "not a dict"]
    with smtpeter.SMTPeter() as client:
        results = client.send_many(messages, concurrency=1)
        outcomes = list(results)
    assert results.counts == SendManyCounts(sent=1, unknown=1, refused=2)
    assert results.counts.total == 4
    assert isinstance(outcomes[1], smtpeter.APIConnectionError)


def test_a_key_given_twice_in_one_job_refuses_the_second(sandbox: RunningSandbox) -> None:
    messages = [_mail(1, idempotency_key="same"), _mail(2, idempotency_key="same")]
    with smtpeter.SMTPeter() as client:
        results = client.send_many(messages, store=MemoryStore())
        outcomes = list(results)
    assert results.counts == SendManyCounts(sent=1, refused=1)
    assert isinstance(outcomes[1], smtpeter.ValidationError)
    assert outcomes[1].field == "idempotency_key" and "earlier message" in str(outcomes[1])
    assert _subjects(sandbox) == Counter({"Order 1": 1})
