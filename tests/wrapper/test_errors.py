"""Error answers become exceptions carrying the status, the server's explanation and the answer."""

from __future__ import annotations

from pathlib import Path

import pytest

import smtpeter
from tests.support.clients import make_client
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"

STATUS_CLASSES: list[tuple[int, type[smtpeter.APIStatusError]]] = [
    (400, smtpeter.BadRequestError),
    (401, smtpeter.AuthenticationError),
    (403, smtpeter.PermissionDeniedError),
    (404, smtpeter.NotFoundError),
    (422, smtpeter.UnprocessableEntityError),
    (429, smtpeter.RateLimitError),
    (500, smtpeter.InternalServerError),
    (502, smtpeter.InternalServerError),
    (503, smtpeter.InternalServerError),
    (504, smtpeter.InternalServerError),
    (507, smtpeter.InternalServerError),
    (409, smtpeter.APIStatusError),
    (418, smtpeter.APIStatusError),
]


def test_exception_hierarchy() -> None:
    assert issubclass(smtpeter.ValidationError, smtpeter.SMTPeterError)
    assert issubclass(smtpeter.ValidationError, ValueError)
    assert issubclass(smtpeter.APIError, smtpeter.SMTPeterError)
    assert issubclass(smtpeter.APIStatusError, smtpeter.APIError)
    assert issubclass(smtpeter.APIConnectionError, smtpeter.APIError)
    assert issubclass(smtpeter.APITimeoutError, smtpeter.APIConnectionError)
    assert not issubclass(smtpeter.APIConnectionError, smtpeter.APIStatusError)
    for _, cls in STATUS_CLASSES:
        assert issubclass(cls, smtpeter.APIStatusError)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_send_error_status_maps_to_its_exception(
    server: ScriptedHTTPSServer, ca_pem: Path, status: int, cls: type[smtpeter.APIStatusError]
) -> None:
    explanation = f"SMTPeter says no ({status}): sender domain not verified"
    server.script(Reply.text(explanation, status=status))
    with (
        make_client(server.base_url, ca_pem, max_retries=0) as client,
        pytest.raises(smtpeter.APIStatusError) as caught,
    ):
        client.send(recipient=JOHN, text="Hi")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert explanation in str(error)
    assert explanation in error.message
    assert str(status) in str(error)
    assert error.response.status_code == status
    assert error.response.text == explanation
    assert repr(error).startswith(f"{cls.__name__}(status_code={status}")
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422, 429, 503])
def test_send_errors_that_were_not_processed_do_not_claim_it_may_have_sent(
    server: ScriptedHTTPSServer, ca_pem: Path, status: int
) -> None:
    server.script(Reply.text("nope", status=status))
    with (
        make_client(server.base_url, ca_pem, max_retries=0) as client,
        pytest.raises(smtpeter.APIStatusError) as caught,
    ):
        client.send(recipient=JOHN, text="Hi")
    assert caught.value.may_have_been_sent is False
    assert "may have been sent" not in str(caught.value)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_send_server_errors_say_the_mail_may_have_been_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, status: int
) -> None:
    server.script(Reply.text("upstream hiccup", status=status))
    with pytest.raises(smtpeter.InternalServerError) as caught:
        client.send(recipient=JOHN, text="Hi")
    assert caught.value.may_have_been_sent is True
    assert "may have been sent" in str(caught.value)
    assert "upstream hiccup" in str(caught.value)


def test_empty_error_body_falls_back_to_the_reason_phrase(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply(status=403))
    with pytest.raises(smtpeter.PermissionDeniedError) as caught:
        client.send(recipient=JOHN, text="Hi")
    assert "Forbidden" in str(caught.value)


@pytest.mark.parametrize(
    ("status", "cls"),
    [(401, smtpeter.AuthenticationError), (404, smtpeter.NotFoundError)],
)
def test_reading_errors(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    status: int,
    cls: type[smtpeter.APIStatusError],
) -> None:
    server.script(Reply.text("no such message", status=status))
    with pytest.raises(cls) as caught:
        client.messages.html("missing-id")
    assert "no such message" in str(caught.value)
    assert caught.value.may_have_been_sent is False
    assert len(server.requests) == 1  # a 4xx is not retried


def test_reading_server_error_after_retries_does_not_claim_a_send(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(*[Reply.text("down", status=500)] * 3)
    with pytest.raises(smtpeter.InternalServerError) as caught:
        client.messages.text("abc")
    assert caught.value.may_have_been_sent is False
    assert len(server.requests) == 3


def test_resend_after_500_is_not_repeated(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.text("oops", status=500))
    with pytest.raises(smtpeter.InternalServerError) as caught:
        client.resend("aaabbb")
    assert caught.value.may_have_been_sent is True
    assert len(server.requests) == 1
    assert sleeps == []
