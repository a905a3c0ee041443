"""smtpeter.testing as a user's test suite would use it: send, then look in the outbox."""

from __future__ import annotations

import base64
import os

import httpx
import pytest

import smtpeter
from smtpeter import _hooks
from smtpeter.testing import Outbox, outbox


def test_a_send_lands_in_the_outbox() -> None:
    with outbox() as box:
        result = smtpeter.SMTPeter(token="e2e-outbox-token").send(
            recipient="ann@example.com",
            from_="Shop <shop@example.com>",
            subject="Welcome, Ann",
            text="Your account is ready.",
        )
    assert len(box.messages) == 1
    sent = box.messages[0]
    assert result.message_ids == {sent.message_id: "ann@example.com"}
    assert sent.recipient == "ann@example.com"
    assert sent.message["Subject"] == "Welcome, Ann"
    assert sent.message["From"] == "Shop <shop@example.com>"
    assert sent.message.get_content() == "Your account is ready.\n"
    assert sent.request["from"] == "Shop <shop@example.com>"


def test_the_fixture_collects_one_message_per_recipient(smtpeter_outbox: Outbox) -> None:
    with smtpeter.SMTPeter(token="e2e-outbox-token") as client:
        result = client.send(
            recipients={"jane@example.com": {"name": "Jane"}, "joe@example.com": {"name": "Joe"}},
            subject="Hello {$name}",
            html="<p>Hi {$name}</p>",
            attachments=[{"data": base64.b64encode(b"1,2\n").decode(), "name": "data.csv"}],
        )
    by_recipient = {m.recipient: m for m in smtpeter_outbox.messages}
    assert (
        set(result.message_ids.values())
        == set(by_recipient)
        == {
            "jane@example.com",
            "joe@example.com",
        }
    )
    jane = by_recipient["jane@example.com"].message
    assert jane["Subject"] == "Hello Jane"
    body = jane.get_body(preferencelist=("html",))
    assert body is not None
    assert body.get_content() == "<p>Hi Jane</p>\n"
    [attachment] = list(jane.iter_attachments())
    assert attachment.get_filename() == "data.csv"
    assert attachment.get_content_type() == "text/csv"


def test_form_encoded_sends_and_resends_are_caught() -> None:
    with outbox() as box, smtpeter.SMTPeter(token="e2e-outbox-token") as client:
        first = client.send(
            recipient="form@example.com", subject="By form", text="x", encoding="form"
        )
        [first_id] = first.message_ids
        again = client.resend(first_id)
        assert client.messages.text(first_id) == "x\n"
        with pytest.raises(smtpeter.NotFoundError):
            client.resend("no-such-message")
    assert [m.message_id for m in box.messages] == [first_id, *again.message_ids]
    assert box.messages[1].message["Subject"] == "By form"
    assert box.messages[1].recipient == "form@example.com"


async def test_the_async_client_is_caught_too() -> None:
    with outbox() as box:
        async with smtpeter.AsyncSMTPeter(token="e2e-outbox-token") as client:
            result = await client.send(recipient="async@example.com", subject="A", text="a")
    assert [m.message_id for m in box.messages] == list(result.message_ids)


def test_a_client_without_token_works_and_the_environment_is_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("SMTPETER_TOKEN", raising=False)
    with outbox() as box:
        assert os.environ.get("SMTPETER_TOKEN")
        smtpeter.SMTPeter().send(recipient="env@example.com", text="x")
    assert "SMTPETER_TOKEN" not in os.environ
    assert len(box) == 1


def test_an_existing_token_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "mine")
    with outbox():
        assert os.environ["SMTPETER_TOKEN"] == "mine"
    assert os.environ["SMTPETER_TOKEN"] == "mine"


def test_the_sandbox_checks_requests_against_the_spec() -> None:
    # A plain httpx client on the outbox's transport: nothing between it and the sandbox.
    with outbox() as box:
        transport = _hooks.sync_transport()
        assert transport is not None
        with httpx.Client(transport=transport, base_url="https://www.smtpeter.com/v1") as http:
            refused = http.post(
                "/send",
                params={"access_token": "any"},
                json={"recipient": "a@example.com", "text": "x", "replyTo": "b@example.com"},
            )
            anonymous = http.post("/send", json={"recipient": "a@example.com", "text": "x"})
            accepted = http.post(
                "/send",
                params={"access_token": "any"},
                json={"recipient": "a@example.com", "text": "x"},
            )
    assert refused.status_code == 400
    assert "replyTo" in refused.text
    assert anonymous.status_code == 401
    assert accepted.status_code == 200
    assert [m.message_id for m in box.messages] == list(accepted.json())


async def test_the_async_transport_reaches_the_same_outbox() -> None:
    with outbox() as box:
        transport = _hooks.async_transport()
        assert transport is not None
        async with httpx.AsyncClient(
            transport=transport, base_url="https://www.smtpeter.com/v1"
        ) as http:
            response = await http.post(
                "/send",
                params={"access_token": "any"},
                data={"recipients": ["a@example.com", "b@example.com"], "text": "x"},
            )
    assert response.status_code == 200
    assert sorted(m.recipient for m in box.messages) == ["a@example.com", "b@example.com"]


def test_outboxes_are_separate_and_leave_no_trace() -> None:
    with outbox() as first:
        smtpeter.SMTPeter(token="e2e-outbox-token").send(recipient="one@example.com", text="x")
        with outbox() as second:
            smtpeter.SMTPeter(token="e2e-outbox-token").send(recipient="two@example.com", text="x")
        smtpeter.SMTPeter(token="e2e-outbox-token").send(recipient="three@example.com", text="x")
        first.clear()
        smtpeter.SMTPeter(token="e2e-outbox-token").send(recipient="four@example.com", text="x")
    assert [m.recipient for m in first.messages] == ["four@example.com"]
    assert [m.recipient for m in second.messages] == ["two@example.com"]
    assert _hooks.sync_transport() is None
    assert _hooks.async_transport() is None


def test_a_client_outliving_its_outbox_does_not_reach_it() -> None:
    with outbox():
        transport = _hooks.sync_transport()
        assert transport is not None
        http = httpx.Client(transport=transport)
        http.close()  # closing one client leaves the shared transport working
        with httpx.Client(transport=transport) as other:
            answer = other.get("https://www.smtpeter.com/v1/text/x", params={"access_token": "a"})
            assert answer.status_code == 404
    with pytest.raises(RuntimeError, match="outbox"):
        transport.handle_request(httpx.Request("GET", "https://www.smtpeter.com/v1/text/x"))
