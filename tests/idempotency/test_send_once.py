"""Keyed sends against the HTTPS sandbox: at most once per key, outcomes recorded."""

from __future__ import annotations

import ssl
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

import smtpeter
from smtpeter.idempotency import (
    Idempotency,
    IdempotencyConflict,
    MemoryStore,
    OutcomeUnknown,
    SQLiteStore,
    tag_for,
)
from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.drop_answer import DropAnswers

MAIL: dict[str, Any] = {
    "recipient": "john@example.com",
    "from_": "shop@example.com",
    "subject": "Hi",
    "text": "x",
}


def _dropping_client(
    sandbox: RunningSandbox, drop: DropAnswers | None = None, **config: object
) -> tuple[smtpeter.SMTPeter, DropAnswers]:
    inner = httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(sandbox.ca_file)))
    transport = drop or DropAnswers(inner, lambda n: n == 1)
    client = smtpeter.SMTPeter(
        sandbox.token,
        base_url=sandbox.base_url,
        http_client=httpx.Client(transport=transport),
        idempotency=Idempotency(**config),  # type: ignore[arg-type]
    )
    return client, transport


def test_a_key_sends_once_and_answers_from_its_record(sandbox: RunningSandbox) -> None:
    with smtpeter.SMTPeter() as client:
        first = client.send(**MAIL, idempotency_key="order-1")
        again = client.send(**MAIL, idempotency_key="order-1")
        other = client.send(**MAIL, idempotency_key="order-2")
    assert again == first and other != first
    assert len(sandbox.store.messages()) == 2
    stored = sandbox.store.get(next(iter(first.message_ids)))
    assert stored is not None and tag_for("order-1") in stored.tags


def test_a_with_options_copy_keeps_the_keys_of_its_client(sandbox: RunningSandbox) -> None:
    # The default store is made when first used, and then shared with every copy, made before
    # or after: a key sent by one is answered from its record by the others.
    with smtpeter.SMTPeter() as client:
        early = client.with_options(max_retries=0)
        first = early.send(**MAIL, idempotency_key="shared")
        late = client.with_options(timeout=30.0)
        assert client.send(**MAIL, idempotency_key="shared") == first
        assert late.send(**MAIL, idempotency_key="shared") == first
    assert early.idempotency is client.idempotency is late.idempotency
    assert len(sandbox.store.messages()) == 1


def test_the_tag_keeps_smtpeters_tag_rules() -> None:
    for key in ("a", "with space; and semicolon", "ü" * 200):
        tag = tag_for(key)
        assert tag.startswith("smtpeter-idem-") and len(tag) == 46
        assert not any(c.isspace() or c == ";" for c in tag)
    assert tag_for("a") != tag_for("b")


def test_the_same_key_with_another_message_is_refused(sandbox: RunningSandbox) -> None:
    with smtpeter.SMTPeter() as client:
        client.send(**MAIL, idempotency_key="k")
        with pytest.raises(IdempotencyConflict) as caught:
            client.send(**{**MAIL, "text": "other"}, idempotency_key="k")
    assert caught.value.field == "idempotency_key" and "different message" in str(caught.value)
    assert len(sandbox.store.messages()) == 1


@pytest.mark.parametrize("key", ["", "x" * 257, "tab\there", 12])
def test_bad_keys_are_refused_before_sending(sandbox: RunningSandbox, key: object) -> None:
    with smtpeter.SMTPeter() as client, pytest.raises(smtpeter.ValidationError) as caught:
        client.send(**MAIL, idempotency_key=key)  # type: ignore[arg-type]
    assert caught.value.field == "idempotency_key"
    assert sandbox.store.messages() == []


def test_a_refusal_is_recorded_and_raised_again(sandbox: RunningSandbox) -> None:
    with smtpeter.SMTPeter(token="wrong-token") as client:
        with pytest.raises(smtpeter.AuthenticationError):
            client.send(**MAIL, idempotency_key="r")
        record = client.idempotency.store.get("r")
        assert record is not None and record.state == "refused"
        with pytest.raises(smtpeter.AuthenticationError) as again:
            client.send(**MAIL, idempotency_key="r")
    assert "recorded for idempotency key" in str(again.value)
    assert "wrong-token" not in str(again.value)


def test_an_unknown_outcome_is_never_sent_again(sandbox: RunningSandbox) -> None:
    client, transport = _dropping_client(sandbox)
    with client:
        with pytest.raises(OutcomeUnknown) as caught:
            client.send(**MAIL, idempotency_key="u")
        assert caught.value.key == "u" and caught.value.may_have_been_sent
        assert isinstance(caught.value.__cause__, smtpeter.APIConnectionError)
        with pytest.raises(OutcomeUnknown) as again:
            client.send(**MAIL, idempotency_key="u")
        assert again.value.state == "unknown" and not again.value.reconciled
        assert transport.sends == 1
        # The sandbox got it: reconciliation finds the attempt and records the ids.
        found = client.reconcile("u", wait=5)
        assert found.seen and found.result is not None
        assert found.result.message_ids == {
            m.message_id: m.recipient for m in sandbox.store.messages()
        }
        assert client.send(**MAIL, idempotency_key="u") == found.result
    assert len(sandbox.store.messages()) == 1


def test_automatic_reconciliation_returns_the_result(sandbox: RunningSandbox) -> None:
    client, transport = _dropping_client(sandbox, reconcile=True, reconcile_wait=5.0)
    with client:
        result = client.send(**MAIL, idempotency_key="auto")
    assert result.message_ids == {m.message_id: m.recipient for m in sandbox.store.messages()}
    assert transport.dropped == 1


def test_reconcile_waits_for_late_events(monkeypatch: pytest.MonkeyPatch) -> None:
    with running_sandbox(event_delay=1.5) as sandbox:
        monkeypatch.setenv("SSL_CERT_FILE", str(sandbox.ca_file))
        client, _ = _dropping_client(sandbox, poll_interval=0.1)
        with client:
            before_send = time.monotonic()
            with pytest.raises(OutcomeUnknown):
                client.send(**MAIL, idempotency_key="late")
            found = client.reconcile("late", wait=60)
            found_after = time.monotonic() - before_send
    # Found by polling, and not before the sandbox showed the event.
    assert found.seen and found_after >= 1.5
    assert found.result is not None and len(found.result.message_ids) == 1


def test_not_seen_and_released_lets_the_key_send(sandbox: RunningSandbox) -> None:
    store = MemoryStore()
    client = smtpeter.SMTPeter(idempotency=Idempotency(store=store, lease=0))
    with client:
        # A claim whose sender died before its request left: in flight, never seen.
        from smtpeter.idempotency._core import _fingerprint, _keyed_body, _new_record

        body = _keyed_body("dead", MAIL)
        store.claim(
            _new_record(client.idempotency, "dead", _fingerprint(client, body, "json"), body)
        )
        with pytest.raises(OutcomeUnknown) as caught:
            client.send(**MAIL, idempotency_key="dead")
        assert caught.value.state == "in_flight"
        checked = client.reconcile("dead", wait=0.2, release=True)
        assert not checked.seen and checked.released
        client.send(**MAIL, idempotency_key="dead")
    assert len(sandbox.store.messages()) == 1


def test_a_recent_in_flight_claim_is_not_released(sandbox: RunningSandbox) -> None:
    store = MemoryStore()
    with smtpeter.SMTPeter(idempotency=Idempotency(store=store)) as client:
        from smtpeter.idempotency._core import _fingerprint, _keyed_body, _new_record

        body = _keyed_body("busy", MAIL)
        store.claim(
            _new_record(client.idempotency, "busy", _fingerprint(client, body, "json"), body)
        )
        checked = client.reconcile("busy", wait=0.2, release=True)
        assert not checked.seen and not checked.released
        with pytest.raises(OutcomeUnknown):
            client.send(**MAIL, idempotency_key="busy")
    assert sandbox.store.messages() == []


def test_keys_expire_after_their_ttl(sandbox: RunningSandbox, tmp_path: Path) -> None:
    config = Idempotency(store=SQLiteStore(tmp_path / "keys.db"), ttl=0.5)
    with smtpeter.SMTPeter(idempotency=config) as client:
        first = client.send(**MAIL, idempotency_key="ttl")
        assert client.send(**MAIL, idempotency_key="ttl") == first
        deadline = time.monotonic() + 30
        while config.store.get("ttl") is not None:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert client.send(**MAIL, idempotency_key="ttl") != first
    assert len(sandbox.store.messages()) == 2


def test_the_sqlite_store_survives_the_process(sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "keys.db"
    with smtpeter.SMTPeter(idempotency=Idempotency(store=SQLiteStore(path))) as client:
        first = client.send(**MAIL, idempotency_key="durable")
    with smtpeter.SMTPeter(idempotency=Idempotency(store=SQLiteStore(path))) as client:
        assert client.send(**MAIL, idempotency_key="durable") == first
    assert len(sandbox.store.messages()) == 1


async def test_the_async_client_sends_once(sandbox: RunningSandbox) -> None:
    async with smtpeter.AsyncSMTPeter() as client:
        first = await client.send(**MAIL, idempotency_key="a1")
        assert await client.send(**MAIL, idempotency_key="a1") == first
        found = await client.reconcile("a1", wait=1)
    assert found.seen and found.result == first
    assert len(sandbox.store.messages()) == 1


def test_the_redis_store_sends_once(sandbox: RunningSandbox, redis_url: str) -> None:
    from smtpeter.idempotency import RedisStore

    store = RedisStore(url=redis_url, prefix="test-once:")
    with smtpeter.SMTPeter(idempotency=Idempotency(store=store)) as client:
        first = client.send(**MAIL, idempotency_key="r1")
        assert client.send(**MAIL, idempotency_key="r1") == first
    record = store.get("r1")
    assert record is not None and record.state == "sent" and record.message_ids == first.message_ids
    assert len(sandbox.store.messages()) == 1
