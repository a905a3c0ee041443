"""What ``send``, ``resend`` and ``messages`` put on the wire and make of the answers, against
the real HTTPS server."""

from __future__ import annotations

import base64
import datetime as dt
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

import smtpeter
from tests.support.clients import TOKEN
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"


def _sent_json(server: ScriptedHTTPSServer) -> Any:
    (request,) = server.requests
    assert request.method == "POST"
    assert request.path == "/v1/send"
    assert request.headers["content-type"] == "application/json"
    return request.json()


# --- JSON bodies --------------------------------------------------------------------------------


def test_sends_exactly_the_properties_given(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    result = client.send(
        recipient=JOHN,
        from_="Shop <shop@example.com>",
        to="John Doe <john@example.com>",
        subject="Your order",
        text="It ships today.",
        html="<p>It ships today.</p>",
        trackclicks=False,
        inlinecss=True,
        tags=["orders", "summer-sale"],
        images="hosted",
    )
    assert _sent_json(server) == {
        "recipient": JOHN,
        "from": "Shop <shop@example.com>",
        "to": "John Doe <john@example.com>",
        "subject": "Your order",
        "text": "It ships today.",
        "html": "<p>It ships today.</p>",
        "trackclicks": False,
        "inlinecss": True,
        "tags": ["orders", "summer-sale"],
        "images": "hosted",
    }
    assert result == smtpeter.SendResult(message_ids={"1cb1d9b0a1f4e7a2": JOHN})


def test_minimal_send_invents_no_defaults(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    client.send(recipient=JOHN, text="Hi", subject=None, trackopens=None, tags=None)
    assert _sent_json(server) == {"recipient": JOHN, "text": "Hi"}


def test_message_id_map_is_returned(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    ids = {"1cb1d9b0a1f4e7a2": "alice@example.com", "2f0e8c4d5b6a7c81": "bob@example.com"}
    server.script(Reply.json(ids, status=202))
    result = client.send(recipients=list(ids.values()), template=12)
    assert result.message_ids == ids
    assert isinstance(result.message_ids, dict)


@pytest.mark.parametrize("status", [200, 201])
def test_bare_one_answer_is_an_empty_map(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, status: int
) -> None:
    server.script(Reply.json(1, status=status))
    result = client.send(recipient=JOHN, text="Hi")
    assert result.message_ids == {}
    assert result == smtpeter.SendResult()


@pytest.mark.parametrize("body", [b"<html>not json</html>", b"2", b'"1"'])
def test_unreadable_success_answer_is_an_api_error_that_may_have_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, body: bytes
) -> None:
    server.script(Reply(status=200, body=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(smtpeter.APIError) as caught:
        client.send(recipient=JOHN, text="Hi")
    assert caught.value.may_have_been_sent is True
    assert len(server.requests) == 1


def test_recipients_as_list_and_as_mapping(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    client.send(recipients=["a@example.com", "b@example.com"], template="welcome")
    client.send(
        recipients={
            "jane@doe.com": {"firstname": "Jane", "orders": [1, 2], "vip": True},
            "john@doe.com": {"firstname": "John"},
        },
        template=12,
        data={"shop": "Example", "Last-name_2": None},
        patch=[{"op": "replace", "path": "/subject", "value": "Alternative subject"}],
    )
    first, second = (r.json() for r in server.requests)
    assert first == {"recipients": ["a@example.com", "b@example.com"], "template": "welcome"}
    assert second == {
        "recipients": {
            "jane@doe.com": {"firstname": "Jane", "orders": [1, 2], "vip": True},
            "john@doe.com": {"firstname": "John"},
        },
        "template": 12,
        "data": {"shop": "Example", "Last-name_2": None},
        "patch": [{"op": "replace", "path": "/subject", "value": "Alternative subject"}],
    }


def test_header_addresses_as_string_or_list(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    client.send(
        recipient=JOHN,
        text="Hi",
        to=["John <john@example.com>", "bob@example.com"],
        cc="Jane <jane@example.com>, bob@example.com",
        replyto=("support@example.com",),
    )
    body = _sent_json(server)
    assert body["to"] == ["John <john@example.com>", "bob@example.com"]
    assert body["cc"] == "Jane <jane@example.com>, bob@example.com"
    assert body["replyto"] == ["support@example.com"]


def test_nested_json_properties(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    client.send(
        recipient=JOHN,
        envelope="bounces@example.com",
        html="<p>Hi</p>",
        unsubscribe={
            "email": "unsub@example.com",
            "url": "https://example.com/u",
            "oneclick": True,
        },
        extra={"X-Campaign": "summer", "x-lower": ""},
        dsn={"notify": "FAILURE,DELAY", "ret": "HDRS", "envid": "abc-123"},
        template={"subject": "Inline", "content": {"blocks": []}},
    )
    body = _sent_json(server)
    assert body["unsubscribe"] == {
        "email": "unsub@example.com",
        "url": "https://example.com/u",
        "oneclick": True,
    }
    assert body["extra"] == {"X-Campaign": "summer", "x-lower": ""}
    assert body["dsn"] == {"notify": "FAILURE,DELAY", "ret": "HDRS", "envid": "abc-123"}
    assert body["template"] == {"subject": "Inline", "content": {"blocks": []}}
    assert body["envelope"] == "bounces@example.com"


# --- maxdelivertime ------------------------------------------------------------------------------


def test_aware_maxdelivertime_is_converted_to_utc(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    amsterdam_summer = dt.timezone(dt.timedelta(hours=2))
    when = dt.datetime(2026, 7, 1, 1, 30, 5, 999_999, tzinfo=amsterdam_summer)
    client.send(recipient=JOHN, text="Hi", maxdelivertime=when)
    assert _sent_json(server)["maxdelivertime"] == "2026-06-30 23:30:05"


def test_utc_maxdelivertime_kept(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    when = dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
    client.send(recipient=JOHN, text="Hi", maxdelivertime=when)
    assert _sent_json(server)["maxdelivertime"] == "2026-12-31 23:59:59"


def test_naive_maxdelivertime_refused_before_sending(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(recipient=JOHN, text="Hi", maxdelivertime=dt.datetime(2026, 12, 31, 23, 59))
    assert caught.value.field == "maxdelivertime"
    assert "timezone" in caught.value.rule
    assert server.requests == []


# --- attachments ---------------------------------------------------------------------------------


def test_attachments_from_path_bytes_and_url(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\xff binary")
    client.send(
        recipient=JOHN,
        text="See attached",
        attachments=[
            smtpeter.Attachment.from_path(pdf),
            smtpeter.Attachment(name="notes.txt", content=b"hello\r\n"),
            smtpeter.Attachment(name="blob.unknownext", content=b"\x00\x01"),
            smtpeter.Attachment(name="data.bin", content=b"x", type="application/x-custom"),
            smtpeter.Attachment(url="https://example.com/terms.pdf"),
            smtpeter.Attachment(url="https://example.com/t", name="terms.html"),
        ],
    )
    sent = _sent_json(server)["attachments"]
    assert sent == [
        {
            "data": base64.b64encode(b"%PDF-1.7\n\x00\xff binary").decode(),
            "name": "report.pdf",
            "type": "application/pdf",
        },
        {"data": "aGVsbG8NCg==", "name": "notes.txt", "type": "text/plain"},
        {"data": "AAE=", "name": "blob.unknownext"},
        {"data": "eA==", "name": "data.bin", "type": "application/x-custom"},
        {"url": "https://example.com/terms.pdf"},
        {"url": "https://example.com/t", "name": "terms.html", "type": "text/html"},
    ]
    assert base64.b64decode(sent[0]["data"]) == pdf.read_bytes()


def test_attachment_from_path_name_and_type_overrides(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    attachment = smtpeter.Attachment.from_path(path, name="b.csv", type="text/csv")
    assert attachment.to_wire() == {"data": "YWJj", "name": "b.csv", "type": "text/csv"}


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"content": b"x", "url": "https://example.com/x"}, {"content": "text"}],
)
def test_attachment_needs_exactly_one_of_content_or_url(kwargs: dict[str, Any]) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        smtpeter.Attachment(**kwargs)
    assert caught.value.field == "attachments"


# --- mime ------------------------------------------------------------------------------------


def test_mime_string_sent_as_it_is(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    mime = "MIME-Version: 1.0\r\nFrom: <info@example.com>\r\nSubject: Hello\r\n\r\nHello John\r\n"
    client.send(recipient=JOHN, envelope="info@example.com", mime=mime)
    assert _sent_json(server) == {"recipient": JOHN, "envelope": "info@example.com", "mime": mime}


def test_mime_bytes_decoded(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    client.send(recipient=JOHN, mime="Subject: Grüße\r\n\r\nHallo\r\n".encode())
    assert _sent_json(server)["mime"] == "Subject: Grüße\r\n\r\nHallo\r\n"


def test_email_message_serialised_with_crlf(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    message = EmailMessage()
    message["From"] = "Shop <shop@example.com>"
    message["To"] = JOHN
    message["Subject"] = "Hello"
    message.set_content("line one\nline two\n")
    client.send(recipient=JOHN, mime=message)
    mime = _sent_json(server)["mime"]
    assert "Subject: Hello\r\n" in mime
    assert "From: Shop <shop@example.com>\r\n" in mime
    assert "\r\n\r\nline one\r\nline two\r\n" in mime
    assert re.search(r"(?<!\r)\n", mime) is None, "bare LF in the serialised message"


def test_undecodable_mime_bytes_refused(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(recipient=JOHN, mime=b"Subject: x\r\n\r\n\xff\xfe")
    assert caught.value.field == "mime"
    assert server.requests == []


# --- form bodies ---------------------------------------------------------------------------------


def test_form_encoding_sends_lists_as_repeated_keys(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    client.send(
        encoding="form",
        envelope="info@example.com",
        recipients=["alice@example.com", "bob@example.com"],
        from_="info@example.com",
        to=["alice@example.com", "bob@example.com"],
        cc="Carol <carol@example.com>",
        subject="Here we have a subject",
        text="Hello Alice and Bob!",
        tags=["summer-sale", "b2c"],
        trackclicks=False,
        preventscam=True,
        template=12,
        maxdelivertime=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    )
    (request,) = server.requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.body.count(b"recipients=") == 2
    assert request.form() == {
        "envelope": ["info@example.com"],
        "recipients": ["alice@example.com", "bob@example.com"],
        "from": ["info@example.com"],
        "to": ["alice@example.com", "bob@example.com"],
        "cc": ["Carol <carol@example.com>"],
        "subject": ["Here we have a subject"],
        "text": ["Hello Alice and Bob!"],
        "tags": ["summer-sale", "b2c"],
        "trackclicks": ["false"],
        "preventscam": ["true"],
        "template": ["12"],
        "maxdelivertime": ["2026-01-02 03:04:05"],
    }


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("unsubscribe", {"email": "u@example.com"}),
        ("extra", {"X-A": "b"}),
        ("attachments", [smtpeter.Attachment(url="https://example.com/a.pdf")]),
        ("data", {"name": "John"}),
        ("patch", [{"op": "remove", "path": "/subject"}]),
        ("dsn", {"notify": "NEVER"}),
        ("template", {"subject": "inline"}),
    ],
)
def test_form_refuses_nested_values_pointing_to_json(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, name: str, value: Any
) -> None:
    kwargs: dict[str, Any] = {"recipient": JOHN, "text": "Hi", name: value}
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(encoding="form", **kwargs)
    assert caught.value.field == name
    assert "json" in str(caught.value).lower()
    assert server.requests == []
    client.send(encoding="json", **kwargs)  # the same is fine as JSON
    assert len(server.requests) == 1


def test_form_refuses_recipient_data_mapping(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(encoding="form", recipients={JOHN: {"name": "John"}}, text="Hi")
    assert caught.value.field == "recipients"
    assert "json" in str(caught.value).lower()
    assert server.requests == []


def test_unknown_encoding_refused(client: smtpeter.SMTPeter, server: ScriptedHTTPSServer) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(encoding="xml", recipient=JOHN, text="Hi")  # type: ignore[arg-type]
    assert caught.value.field == "encoding"
    assert server.requests == []


def test_unknown_keyword_is_refused_not_dropped(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    extra: dict[str, Any] = {"from": "a@example.com"}
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(recipient=JOHN, text="Hi", **extra)
    assert caught.value.field == "from"
    with pytest.raises(smtpeter.ValidationError, match="replyTo"):
        client.send(recipient=JOHN, text="Hi", replyTo="a@example.com")  # type: ignore[call-arg]
    with pytest.raises(smtpeter.ValidationError, match="priority"):
        client.send(recipient=JOHN, text="Hi", encoding="form", priority=3)  # type: ignore[call-arg]
    assert server.requests == []


# --- resend and reading messages back --------------------------------------------------------


def test_resend_posts_the_message_id(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply.json({"newid": JOHN}))
    result = client.resend("aaabbbcccxxxzzz")
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/resend")
    assert request.json() == {"message": "aaabbbcccxxxzzz"}
    assert request.query["access_token"] == [TOKEN]
    assert result.message_ids == {"newid": JOHN}


@pytest.mark.parametrize("part", ["recipient", "envelope", "text", "html", "headers"])
def test_messages_read_parts_as_text(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, part: str
) -> None:
    server.script(Reply.text(f"the {part} — ünïcode"))
    read = getattr(client.messages, part)
    assert read("id/with space") == f"the {part} — ünïcode"
    (request,) = server.requests
    assert request.method == "GET"
    assert request.path == f"/v1/{part}/id%2Fwith%20space"
    assert request.body == b""


@pytest.mark.parametrize("message_id", ["", None, 12])
def test_message_id_must_be_a_non_empty_string(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, message_id: Any
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.messages.text(message_id)
    assert caught.value.field == "message_id"
    with pytest.raises(smtpeter.ValidationError):
        client.resend(message_id)
    assert server.requests == []
