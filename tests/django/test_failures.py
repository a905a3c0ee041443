"""Failures through the backend, against a real HTTPS server scripted to fail; settings."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.test.utils import override_settings

import smtpeter
from smtpeter.django import EmailBackend
from tests.support.https_server import Reply, ScriptedHTTPSServer

TOKEN = "tok-DJANGO-SECRET-1234567890"


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedHTTPSServer]:
    ca = trustme.CA()
    with ScriptedHTTPSServer(ca) as running:
        monkeypatch.setenv("SSL_CERT_FILE", str(running.write_ca_pem(tmp_path / "ca.pem")))
        with override_settings(SMTPETER={"TOKEN": TOKEN, "BASE_URL": running.base_url}):
            yield running


def order(number: int) -> EmailMessage:
    return EmailMessage(f"Order {number}", "Thanks", to=[f"u{number}@example.com"])


def test_a_500_is_raised_once_says_it_may_have_been_sent_and_is_not_repeated(
    server: ScriptedHTTPSServer,
) -> None:
    server.script(Reply.text("exploded", status=500))
    with pytest.raises(smtpeter.InternalServerError) as caught:
        order(1).send()
    assert caught.value.may_have_been_sent
    assert "may have been sent" in str(caught.value)
    assert len(server.requests) == 1
    assert TOKEN not in str(caught.value)


def test_a_503_is_retried_because_nothing_was_sent(server: ScriptedHTTPSServer) -> None:
    server.script(Reply.text("busy", status=503, headers={"Retry-After": "0"}))
    message = order(1)
    assert message.send() == 1
    assert len(server.requests) == 2
    assert message.smtpeter_message_ids == {"1cb1d9b0a1f4e7a2": "john@example.com"}  # type: ignore[attr-defined]


def test_a_failure_mid_batch_stops_it_and_tells_what_went_before(
    server: ScriptedHTTPSServer,
) -> None:
    server.script(
        Reply.json({"id-1": "u1@example.com"}),
        Reply.text("exploded", status=500),
    )
    messages = [order(1), order(2), order(3)]
    with pytest.raises(smtpeter.InternalServerError) as caught:
        mail.get_connection().send_messages(messages)
    assert len(server.requests) == 2  # the third was not attempted
    assert any("1 earlier message(s)" in note for note in caught.value.__notes__)
    assert messages[0].smtpeter_message_ids == {"id-1": "u1@example.com"}  # type: ignore[attr-defined]
    assert not hasattr(messages[1], "smtpeter_message_ids")


def test_fail_silently_logs_goes_on_and_counts_only_what_was_sent(
    server: ScriptedHTTPSServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply.text("exploded", status=500), Reply.json({"id-2": "u2@example.com"}))
    with caplog.at_level(logging.WARNING, logger="smtpeter"):
        sent = mail.get_connection(fail_silently=True).send_messages([order(1), order(2)])
    assert sent == 1
    assert len(server.requests) == 2
    assert any("may have been sent" in r.getMessage() for r in caplog.records)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


def test_the_token_can_come_from_the_environment(
    server: ScriptedHTTPSServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "from-the-environment")
    with override_settings(SMTPETER={"BASE_URL": server.base_url}):
        assert order(1).send() == 1
    assert server.requests[0].query["access_token"] == ["from-the-environment"]


def test_get_connection_options_take_precedence(server: ScriptedHTTPSServer) -> None:
    connection = mail.get_connection(token="given-token", max_retries=0, timeout=5)
    server.script(Reply.text("busy", status=503))
    with pytest.raises(smtpeter.InternalServerError):
        connection.send_messages([order(1)])
    assert len(server.requests) == 1  # max_retries=0: not even a safe retry
    assert server.requests[0].query["access_token"] == ["given-token"]


def test_settings_tracking_defaults_are_sent(server: ScriptedHTTPSServer) -> None:
    options = {"TOKEN": TOKEN, "BASE_URL": server.base_url, "TRACK_OPENS": False}
    with override_settings(SMTPETER={**options, "TRACK_CLICKS": False}):
        order(1).send()
    body = server.requests[0].json()
    assert body["trackopens"] is False and body["trackclicks"] is False


def test_no_token_raises_or_is_silent_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    with override_settings(SMTPETER={}):
        with pytest.raises(smtpeter.SMTPeterError, match="No access token"):
            order(1).send()
        assert mail.get_connection(fail_silently=True).send_messages([order(1)]) == 0


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"TOKEN": "t", "RETRIES": 3}, "RETRIES"),
        ({"TAGS": "one-tag"}, "TAGS"),
    ],
)
def test_bad_settings_are_refused_by_name(options: dict[str, object], complaint: str) -> None:
    with override_settings(SMTPETER=options), pytest.raises(ImproperlyConfigured, match=complaint):
        mail.get_connection()


def test_smtp_credentials_and_unknown_options_are_refused() -> None:
    with pytest.raises(ImproperlyConfigured, match="TOKEN"):
        EmailBackend(username="user", password="secret")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="use_tls"):
        mail.get_connection(use_tls=True)
    # send_mail() always passes username and password, None when not given.
    assert EmailBackend(username=None, password=None).fail_silently is False


def test_a_message_without_recipients_is_not_sent(server: ScriptedHTTPSServer) -> None:
    assert EmailMessage("Nobody", "Body").send() == 0
    assert server.requests == []
