"""Each feature of a Django message, checked in the message SMTPeter's sandbox built, both
in-process (the outbox) and over HTTPS (the sandbox server)."""

from __future__ import annotations

import logging
from email.message import EmailMessage as ParsedMessage
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives

import smtpeter
from smtpeter.sandbox import RunningSandbox
from tests.django.conftest import Target

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def text_of(message: ParsedMessage, subtype: str = "plain") -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None and part.get_content_type() == f"text/{subtype}"
    return str(part.get_content())


def attachments_of(message: ParsedMessage) -> dict[str, tuple[str, bytes]]:
    found = {}
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found[str(part.get_filename())] = (part.get_content_type(), payload)
    return found


def test_send_mail_sends_from_to_subject_and_text(target: Target) -> None:
    sent = mail.send_mail("Your order", "It ships today.", None, ["John <john@example.com>"])

    assert sent == 1
    stored = target.only()
    assert stored.recipient == "john@example.com"
    assert stored.message["From"] == "Shop <shop@example.com>"  # DEFAULT_FROM_EMAIL
    assert stored.message["To"] == "John <john@example.com>"
    assert stored.message["Subject"] == "Your order"
    assert text_of(stored.message).strip() == "It ships today."


def test_to_cc_and_bcc_are_all_delivered_and_bcc_is_never_shown(target: Target) -> None:
    message = EmailMessage(
        "Hello",
        "Body",
        "shop@example.com",
        to=["Ann <ann@example.com>", "bob@example.com"],
        cc=["carol@example.com"],
        bcc=["hidden@example.com"],
        reply_to=["Help <help@example.com>"],
    )
    assert message.send() == 1

    delivered = target.by_recipient()
    assert set(delivered) == {
        "ann@example.com",
        "bob@example.com",
        "carol@example.com",
        "hidden@example.com",
    }
    for stored in delivered.values():
        assert stored.message["To"] == "Ann <ann@example.com>, bob@example.com"
        assert stored.message["Cc"] == "carol@example.com"
        assert stored.message["Reply-To"] == "Help <help@example.com>"
        assert stored.message["Bcc"] is None
        assert b"hidden@example.com" not in stored.raw
    assert message.smtpeter_message_ids == {  # type: ignore[attr-defined]
        stored.message_id: address for address, stored in delivered.items()
    }


def test_text_and_html_alternatives(target: Target) -> None:
    message = EmailMultiAlternatives("Hi", "Plain words", to=["ann@example.com"])
    message.attach_alternative("<p>Rich <b>words</b></p>", "text/html")
    message.send()

    built = target.only().message
    assert text_of(built).strip() == "Plain words"
    assert text_of(built, "html").strip() == "<p>Rich <b>words</b></p>"


def test_an_html_body(target: Target) -> None:
    message = EmailMessage("Hi", "<p>Only HTML</p>", to=["ann@example.com"])
    message.content_subtype = "html"
    message.send()

    built = target.only().message
    assert built.get_content_type() == "text/html"
    assert text_of(built, "html").strip() == "<p>Only HTML</p>"


def test_attachments_from_files_bytes_and_text(target: Target, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 fake")
    message = EmailMessage("Files", "See attached", to=["ann@example.com"])
    message.attach_file(str(report))
    message.attach("data.bin", bytes(range(256)), "application/octet-stream")
    message.attach("notes.txt", "Grüße", "text/plain")
    message.send()

    stored = target.only()
    assert "mime" not in stored.request  # all of it fits SMTPeter's JSON properties
    found = attachments_of(stored.message)
    assert found["report.pdf"] == ("application/pdf", b"%PDF-1.4 fake")
    assert found["data.bin"] == ("application/octet-stream", bytes(range(256)))
    assert found["notes.txt"][1] == "Grüße".encode()


def test_a_mimebase_attachment_goes_as_mime(target: Target) -> None:
    part = MIMEApplication(b"PK\x03\x04zip", "zip")
    part.add_header("Content-Disposition", "attachment", filename="archive.zip")
    message = EmailMessage("Zip", "Attached", to=["ann@example.com"], bcc=["b@example.com"])
    message.attach(part)
    message.send()

    delivered = target.by_recipient()
    assert set(delivered) == {"ann@example.com", "b@example.com"}
    for stored in delivered.values():
        assert "mime" in stored.request
        assert attachments_of(stored.message)["archive.zip"] == (
            "application/zip",
            b"PK\x03\x04zip",
        )
        assert b"b@example.com" not in stored.raw


def test_inline_image_with_content_id(target: Target) -> None:
    message = EmailMultiAlternatives("Logo", "Our logo", to=["ann@example.com"])
    message.attach_alternative('<p><img src="cid:logo@shop"></p>', "text/html")
    message.mixed_subtype = "related"
    image = MIMEImage(PNG, "png")
    image.add_header("Content-ID", "<logo@shop>")
    image.add_header("Content-Disposition", "inline", filename="logo.png")
    message.attach(image)
    message.send()

    built = target.only().message
    assert built.get_content_type() == "multipart/related"
    (embedded,) = [p for p in built.walk() if p.get("Content-ID")]
    assert embedded["Content-ID"] == "<logo@shop>"
    assert embedded.get_payload(decode=True) == PNG
    assert 'src="cid:logo@shop"' in text_of(built, "html")


def test_x_headers_go_as_extra_and_other_headers_as_mime(target: Target) -> None:
    plain = EmailMessage("X", "Body", to=["ann@example.com"], headers={"X-Order": "42"})
    other = EmailMessage(
        "Other",
        "Body",
        to=["bob@example.com"],
        headers={"List-Id": "<news.shop.example>", "Message-ID": "<fixed@shop.example>"},
    )
    assert mail.get_connection().send_messages([plain, other]) == 2

    delivered = target.by_recipient()
    assert delivered["ann@example.com"].request["extra"] == {"X-Order": "42"}
    assert delivered["ann@example.com"].message["X-Order"] == "42"
    bob = delivered["bob@example.com"]
    assert "mime" in bob.request
    assert bob.message["List-Id"] == "<news.shop.example>"
    assert bob.message["Message-ID"] == "<fixed@shop.example>"


def test_per_message_attributes_are_honoured(target: Target) -> None:
    message = EmailMessage("Hi {$name}", "Dear {$name}", to=["ann@example.com"])
    message.tags = ["receipts"]  # type: ignore[attr-defined]
    message.data = {"name": "Ann"}  # type: ignore[attr-defined]
    message.track_opens = False  # type: ignore[attr-defined]
    message.track_clicks = True  # type: ignore[attr-defined]
    message.max_deliver_time = "2030-01-01 12:00:00"  # type: ignore[attr-defined]
    message.send()

    stored = target.only()
    assert stored.tags == ("site", "receipts")  # the settings' TAGS first
    assert stored.request["trackopens"] is False
    assert stored.request["trackclicks"] is True
    assert stored.request["maxdelivertime"] == "2030-01-01 12:00:00"
    assert stored.message["Subject"] == "Hi Ann"
    assert text_of(stored.message).strip() == "Dear Ann"


def test_per_recipient_data_and_a_template(target: Target) -> None:
    from django.conf import settings

    options = settings.SMTPETER
    with smtpeter.SMTPeter(options.get("TOKEN"), base_url=options.get("BASE_URL")) as client:
        template = client.templates.create_template(
            name=f"greeting-{target.name}", subject="Hello {$name}", text="Hi {$name}"
        ).id
    message = EmailMessage("Hello {$name}", to=["ann@example.com", "bob@example.com"])
    message.template = template  # type: ignore[attr-defined]
    message.recipient_data = {  # type: ignore[attr-defined]
        "ann@example.com": {"name": "Ann"},
        "bob@example.com": {"name": "Bob"},
    }
    message.send()

    delivered = target.by_recipient()
    assert delivered["ann@example.com"].message["Subject"] == "Hello Ann"
    assert delivered["bob@example.com"].message["Subject"] == "Hello Bob"
    for stored in delivered.values():
        assert stored.template_id == template
    # The template gives the content: the backend sent no text of its own.
    assert delivered["ann@example.com"].message.get_content().strip() == "Hi Ann"


def test_settings_defaults_and_message_options(target: Target) -> None:
    message = EmailMessage("Hi", "Body", to=["ann@example.com"])
    message.smtpeter_options = {"inlinecss": True, "tags": ["only-this"]}  # type: ignore[attr-defined]
    message.send()

    stored = target.only()
    assert stored.request["inlinecss"] is True
    assert stored.tags == ("only-this",)


def test_a_batch_uses_one_client_and_counts_what_was_sent(
    target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    import smtpeter.django

    made: list[smtpeter.SMTPeter] = []

    class Counting(smtpeter.SMTPeter):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(smtpeter.django, "SMTPeter", Counting)
    messages = [
        EmailMessage("One", "1", to=["a@example.com"]),
        EmailMessage("Nobody", "no recipient at all"),
        EmailMessage("Two", "2", to=["b@example.com"], cc=["c@example.com"]),
    ]
    assert mail.get_connection().send_messages(messages) == 2
    assert len(made) == 1
    assert {s.recipient for s in target.messages()} == {
        "a@example.com",
        "b@example.com",
        "c@example.com",
    }

    with mail.get_connection() as connection:
        connection.send_messages([EmailMessage("Three", "3", to=["d@example.com"])])
        connection.send_messages([EmailMessage("Four", "4", to=["e@example.com"])])
    assert len(made) == 2


def test_send_mass_mail(target: Target) -> None:
    sent = mail.send_mass_mail(
        [
            ("First", "1", None, ["a@example.com"]),
            ("Second", "2", None, ["b@example.com"]),
        ]
    )
    assert sent == 2
    assert {s.subject for s in target.messages()} == {"First", "Second"}


REFUSED_INPUT = {
    "invalid-address": {"to": ["not-an-address"]},
    "header-injection": {"to": ["ann@example.com"], "headers": {"X-Bad": "a\r\nBcc: x"}},
}


@pytest.mark.parametrize("fields", REFUSED_INPUT.values(), ids=REFUSED_INPUT.keys())
def test_input_smtpeter_refuses_raises_when_not_failing_silently(
    target: Target, fields: dict[str, Any]
) -> None:
    with pytest.raises(smtpeter.ValidationError):
        mail.get_connection().send_messages([EmailMessage("Hi", "Body", **fields)])
    assert target.messages() == []


@pytest.mark.parametrize("fields", REFUSED_INPUT.values(), ids=REFUSED_INPUT.keys())
def test_input_smtpeter_refuses_counts_as_not_sent_when_failing_silently(
    target: Target,
    fields: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    https_sandbox: RunningSandbox,
) -> None:
    good = EmailMessage("Fine", "Body", to=["bob@example.com"])
    with caplog.at_level(logging.WARNING, logger="smtpeter"):
        sent = mail.get_connection(fail_silently=True).send_messages(
            [EmailMessage("Hi", "Body", **fields), good]
        )
    assert sent == 1  # the refused one is not counted; the batch went on
    assert [m.subject for m in target.messages()] == ["Fine"]
    (record,) = [r for r in caplog.records if "not sent" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert https_sandbox.token not in caplog.text


def test_send_mail_to_an_invalid_address_failing_silently_returns_0(target: Target) -> None:
    assert mail.send_mail("Hi", "Body", None, ["not-an-address"], fail_silently=True) == 0
    assert target.messages() == []
