"""The sandbox over real HTTPS, spoken to with plain httpx as any client would."""

from __future__ import annotations

import base64
import email
import email.policy
import re
import uuid
from email.message import EmailMessage
from typing import Any

import httpx
import pytest

from smtpeter.sandbox import RunningSandbox
from tests.support.spec import SPEC

PDF = b"%PDF-1.4 not really a pdf \x00\xff"


def unique(name: str) -> str:
    """An address or tag no other test in the session uses."""
    return f"{name}-{uuid.uuid4().hex[:8]}"


def send(http: httpx.Client, body: dict[str, Any]) -> dict[str, str]:
    response = http.post("/send", json=body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    ids: dict[str, str] = response.json()
    return ids


def only_id(ids: dict[str, str]) -> str:
    assert len(ids) == 1
    return next(iter(ids))


def test_json_send_builds_text_and_html_alternatives(http: httpx.Client) -> None:
    address = f"{unique('john')}@example.com"
    message_id = only_id(
        send(
            http,
            {
                "recipient": address,
                "envelope": "bounces@example.com",
                "from": "Shop <shop@example.com>",
                "to": ["John Doe <john@example.com>", "jane@example.com"],
                "cc": "Boss <boss@example.com>",
                "replyto": "help@example.com",
                "subject": "Your order",
                "text": "It ships today.",
                "html": "<p>It ships <b>today</b>.</p>",
            },
        )
    )
    assert len(message_id) == 32
    assert http.get(f"/recipient/{message_id}").text == address
    assert http.get(f"/envelope/{message_id}").text == "bounces@example.com"
    text = http.get(f"/text/{message_id}")
    assert text.headers["content-type"].startswith("text/plain")
    assert text.text == "It ships today.\n"
    assert http.get(f"/html/{message_id}").text == "<p>It ships <b>today</b>.</p>\n"

    headers = http.get(f"/headers/{message_id}").text
    parsed = email.message_from_string(headers, policy=email.policy.default)
    assert parsed["From"] == "Shop <shop@example.com>"
    assert parsed["To"] == "John Doe <john@example.com>, jane@example.com"
    assert parsed["Cc"] == "Boss <boss@example.com>"
    assert parsed["Reply-To"] == "help@example.com"
    assert parsed["Subject"] == "Your order"
    assert parsed["Message-ID"].startswith(f"<{message_id}@")
    assert parsed["Date"] is not None
    assert parsed.get_content_type() == "multipart/alternative"
    assert "\r\n" in headers  # the header section as sent, CRLF line ends


def test_envelope_is_empty_when_none_was_given(http: httpx.Client) -> None:
    message_id = only_id(send(http, {"recipient": "no-envelope@example.com", "text": "x"}))
    envelope = http.get(f"/envelope/{message_id}")
    assert envelope.status_code == 200
    assert envelope.text == ""


def test_several_recipients_get_one_message_each(http: httpx.Client) -> None:
    addresses = [f"{unique(n)}@example.com" for n in ("ann", "bob", "cy")]
    ids = send(http, {"recipients": addresses, "subject": "Hi all", "text": "Hello"})
    assert sorted(ids.values()) == sorted(addresses)
    for message_id, address in ids.items():
        assert http.get(f"/recipient/{message_id}").text == address


def test_personalization_from_data(http: httpx.Client) -> None:
    message_id = only_id(
        send(
            http,
            {
                "recipient": "john@example.com",
                "from": "{$shop} <shop@example.com>",
                "to": "{$name} <{$recipient}>",
                "subject": "Hello {$name}!",
                "text": "Hi {$name}, you are {$age}. Children: {$children[1]}. {$missing}.",
                "html": "<p>{$name} from {$address.city}</p>",
                "data": {
                    "shop": "Fruit",
                    "name": "John Doe",
                    "age": 33,
                    "children": ["Peter", "Angela"],
                    "address": {"city": "Delft"},
                },
            },
        )
    )
    headers = email.message_from_string(
        http.get(f"/headers/{message_id}").text, policy=email.policy.default
    )
    assert headers["From"] == "Fruit <shop@example.com>"
    assert headers["To"] == "John Doe <john@example.com>"
    assert headers["Subject"] == "Hello John Doe!"
    assert http.get(f"/text/{message_id}").text == "Hi John Doe, you are 33. Children: Angela. .\n"
    assert http.get(f"/html/{message_id}").text == "<p>John Doe from Delft</p>\n"


def test_personalization_per_recipient_map(http: httpx.Client) -> None:
    jane, john = f"{unique('jane')}@example.com", f"{unique('john')}@example.com"
    ids = send(
        http,
        {
            "recipients": {jane: {"firstname": "Jane"}, john: {"firstname": "John"}},
            "data": {"firstname": "nobody", "shop": "Fruit"},
            "subject": "Hi {$firstname}",
            "text": "Dear {$firstname} at {$recipient}, love {$shop}",
        },
    )
    by_address = {address: message_id for message_id, address in ids.items()}
    assert set(by_address) == {jane, john}
    assert http.get(f"/text/{by_address[jane]}").text == f"Dear Jane at {jane}, love Fruit\n"
    assert http.get(f"/text/{by_address[john]}").text == f"Dear John at {john}, love Fruit\n"


def test_attachments_are_listed_and_downloadable(http: httpx.Client) -> None:
    message_id = only_id(
        send(
            http,
            {
                "recipient": "files@example.com",
                "text": "See attached.",
                "attachments": [
                    {"data": base64.b64encode(PDF).decode(), "name": "invoice.pdf"},
                    {
                        "data": base64.b64encode(b"a,b\n").decode(),
                        "name": "x.csv",
                        "type": "text/csv",
                    },
                    {"url": "https://files.example.com/terms.pdf", "name": "terms.pdf"},
                ],
            },
        )
    )
    listing = http.get(f"/attachments/{message_id}")
    assert listing.json() == [
        {"rank": 0, "name": "invoice.pdf", "type": "application/pdf"},
        {"rank": 1, "name": "x.csv", "type": "text/csv"},
    ]
    by_name = http.get(f"/attachments/{message_id}/invoice.pdf")
    assert by_name.content == PDF
    assert by_name.headers["content-type"] == "application/pdf"
    assert http.get(f"/attachments/{message_id}/1").content == b"a,b\n"
    assert http.get(f"/attachments/{message_id}/2").status_code == 404
    assert http.get(f"/embeds/{message_id}").json() == []
    # The URL attachment is noted, never fetched.
    headers = http.get(f"/headers/{message_id}").text
    assert "X-Sandbox-Url-Attachment: https://files.example.com/terms.pdf" in headers


def test_extra_headers_and_one_click_unsubscribe(http: httpx.Client) -> None:
    message_id = only_id(
        send(
            http,
            {
                "recipient": "news@example.com",
                "text": "News",
                "extra": {"x-campaign": "summer-{$recipient}", "X-Other": "2"},
                "unsubscribe": {
                    "email": "leave@example.com",
                    "url": "https://example.com/leave",
                    "oneclick": True,
                },
            },
        )
    )
    parsed = email.message_from_string(
        http.get(f"/headers/{message_id}").text, policy=email.policy.default
    )
    assert parsed["X-Campaign"] == "summer-news@example.com"
    assert parsed["X-Other"] == "2"
    assert parsed["List-Unsubscribe"] == "<mailto:leave@example.com>, <https://example.com/leave>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_form_send_with_repeated_keys(http: httpx.Client, sandbox: RunningSandbox) -> None:
    tag = unique("form")
    alice, bob = f"{unique('alice')}@example.com", f"{unique('bob')}@example.com"
    response = http.post(
        "/send",
        data={
            "recipients": [alice, bob],
            "from": "info@example.com",
            "to": [alice, bob],
            "subject": "Form subject",
            "text": "Hello Alice and Bob!",
            "tags": [tag, "second"],
            "trackopens": "false",
        },
    )
    assert response.status_code == 200, response.text
    ids: dict[str, str] = response.json()
    assert sorted(ids.values()) == sorted([alice, bob])
    stored = sandbox.store.get(next(iter(ids)))
    assert stored is not None
    assert stored.message["To"] == f"{alice}, {bob}"
    assert stored.request["trackopens"] is False
    events = http.get(f"/events/tags/{tag}").json()
    attempts = [e["data"] for e in events if e["event"] == "attempt"]
    assert len(attempts) == 2
    assert attempts[0]["tags"] == f"{tag};second"
    assert attempts[0]["properties"] == "trackbounces;trackclicks"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"recipient": "a@example.com", "subject": 3, "text": "x"}, "subject"),
        (
            {"recipient": "a@example.com", "template": 1, "patch": [{"op": "bad", "path": "/x"}]},
            "patch[0].op",
        ),
        ({"recipient": "a@example.com", "text": "x", "replyTo": "b@example.com"}, "replyTo"),
        ({"recipients": ["not-an-address"], "text": "x"}, "recipients[0]"),
        ({"recipient": "a@example.com", "text": "x", "extra": {"Subject": "y"}}, "extra"),
        (
            {"recipient": "a@example.com", "recipients": ["b@example.com"], "text": "x"},
            "recipients",
        ),
        ({"subject": "nobody to send to", "text": "x"}, "recipient"),
    ],
)
def test_invalid_json_bodies_are_refused_with_an_explanation(
    http: httpx.Client, body: dict[str, Any], named: str
) -> None:
    response = http.post("/send", json=body)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert named in response.text


@pytest.mark.parametrize(
    ("form", "named"),
    [
        ({"recipient": "a@example.com", "text": "x", "unknown": "1"}, "unknown"),
        ({"recipient": "a@example.com", "text": "x", "trackopens": "maybe"}, "trackopens"),
        ({"recipient": ["a@example.com", "b@example.com"], "text": "x"}, "recipient"),
    ],
)
def test_invalid_form_bodies_are_refused(
    http: httpx.Client, form: dict[str, Any], named: str
) -> None:
    response = http.post("/send", data=form)
    assert response.status_code == 400
    assert named in response.text


def test_malformed_json_and_other_media_types_are_refused(http: httpx.Client) -> None:
    broken = http.post("/send", content=b"{nope", headers={"content-type": "application/json"})
    assert broken.status_code == 400
    assert "application/json" in broken.text
    plain = http.post("/send", content=b"hi", headers={"content-type": "text/plain"})
    assert plain.status_code == 400


def test_wrong_or_missing_token_is_refused(sandbox: RunningSandbox) -> None:
    body = {"recipient": "a@example.com", "text": "x"}
    stored_before = len(sandbox.store.messages())
    with httpx.Client(base_url=sandbox.base_url, verify=sandbox.ssl_context()) as anonymous:
        missing = anonymous.post("/send", json=body)
        empty = anonymous.post("/send", json=body, params={"access_token": ""})
        wrong = anonymous.post("/send", json=body, params={"access_token": "not-the-token"})
        lookup = anonymous.get("/text/whatever", params={"access_token": "not-the-token"})
    for response in (missing, empty, wrong, lookup):
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("text/plain")
        assert "token" in response.text
        assert "not-the-token" not in response.text
    assert len(sandbox.store.messages()) == stored_before


def test_unknown_message_ids_are_not_found(http: httpx.Client) -> None:
    for path in ("recipient", "envelope", "text", "html", "headers", "attachments", "embeds"):
        response = http.get(f"/{path}/0123456789abcdef")
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("text/plain")
    assert http.post("/resend", json={"message": "0123456789abcdef"}).status_code == 404
    assert http.get("/no-such-method").status_code == 404


def test_events_by_message_email_and_tag(http: httpx.Client) -> None:
    address, tag = f"{unique('events')}@example.com", unique("tag")
    # A template of its own: the session's sandbox has others only if other tests ran first.
    created = http.post("/template/html", json={"name": unique("events"), "text": "x"})
    template_id = created.json()["id"]
    message_id = only_id(
        send(http, {"recipient": address, "text": "x", "tags": [tag], "template": template_id})
    )
    by_message = http.get(f"/events/messageid/{message_id}").json()
    assert [e["event"] for e in by_message] == ["attempt", "delivery"]
    delivery = by_message[1]["data"]
    assert delivery["id"] == message_id
    assert delivery["recipient"] == address
    assert delivery["tags"] == tag
    assert delivery["templateid"] == template_id
    assert http.get(f"/events/email/{address}").json() == by_message
    assert http.get(f"/events/email/{address}", params={"tags": "other"}).json() == []
    assert http.get(f"/events/tags/{tag}").json() == by_message
    assert http.get(f"/events/tags/{tag};other").json() == []
    assert by_message[0] in http.get(f"/events/template/{template_id}").json()
    day = delivery["time"][:10]
    assert http.get(f"/events/messageid/{message_id}", params={"start": day}).json() == by_message
    assert http.get(f"/events/messageid/{message_id}", params={"end": day}).json() == []
    bad_date = http.get(f"/events/messageid/{message_id}", params={"start": "yesterday"})
    assert bad_date.status_code == 400
    assert "start" in bad_date.text


def test_mail_dir_holds_parseable_eml_files(http: httpx.Client, sandbox: RunningSandbox) -> None:
    subject = f"Stored {unique('subject')} ☃"
    message_id = only_id(
        send(http, {"recipient": "eml@example.com", "subject": subject, "text": "x"})
    )
    assert sandbox.store.mail_dir is not None
    raw = (sandbox.store.mail_dir / f"{message_id}.eml").read_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"] == subject
    assert b"\r\n" in raw


def test_mime_send_is_kept_as_given(http: httpx.Client) -> None:
    mime = (
        "MIME-Version: 1.0\r\nFrom: <info@example.com>\r\nTo: <john@example.com>\r\n"
        "Subject: Hello\r\nContent-Type: text/plain\r\n\r\nHello John\r\n"
    )
    message_id = only_id(send(http, {"recipient": "john@example.com", "mime": mime}))
    assert http.get(f"/headers/{message_id}").text == mime.split("\r\n\r\n")[0] + "\r\n"
    assert http.get(f"/text/{message_id}").text == "Hello John\n"


def test_embeds_of_a_mime_message_are_listed_and_downloadable(http: httpx.Client) -> None:
    message = EmailMessage()
    message["Subject"] = "With a logo"
    message.set_content("text")
    message.add_alternative('<img src="cid:logo@example.com">', subtype="html")
    html = message.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(b"\x89PNG", "image", "png", cid="<logo@example.com>", disposition="inline")
    mime = message.as_string(policy=email.policy.SMTP)
    message_id = only_id(send(http, {"recipient": "logo@example.com", "mime": mime}))
    listing = http.get(f"/embeds/{message_id}").json()
    assert listing == [
        {"rank": 0, "name": "logo@example.com", "type": "image/png", "cid": "logo@example.com"}
    ]
    assert http.get(f"/embeds/{message_id}/0").content == b"\x89PNG"
    assert http.get(f"/embeds/{message_id}/logo@example.com").content == b"\x89PNG"
    assert http.get(f"/attachments/{message_id}").json() == []


def test_resend_delivers_a_copy_under_a_new_id(http: httpx.Client, sandbox: RunningSandbox) -> None:
    first = only_id(
        send(http, {"recipient": "again@example.com", "subject": "Once more", "text": "x"})
    )
    response = http.post("/resend", json={"message": first})
    assert response.status_code == 200
    second = only_id(response.json())
    assert second != first
    assert response.json()[second] == "again@example.com"
    assert http.get(f"/text/{second}").text == "x\n"
    assert "Subject: Once more" in http.get(f"/headers/{second}").text
    assert [e["data"]["id"] for e in http.get(f"/events/messageid/{second}").json()] == [second] * 2
    assert sandbox.store.mail_dir is not None
    assert (sandbox.store.mail_dir / f"{second}.eml").is_file()
    form = http.post("/resend", data={"message": first})
    assert form.status_code == 200


def _paths_with_methods() -> list[tuple[str, set[str]]]:
    methods = ("get", "put", "post", "delete", "patch")
    return [
        (path, {m.upper() for m in item if m in methods}) for path, item in SPEC["paths"].items()
    ]


@pytest.mark.parametrize(("path", "documented"), _paths_with_methods(), ids=lambda v: str(v))
def test_another_method_gets_405_with_every_method_of_the_path(
    http: httpx.Client, path: str, documented: set[str]
) -> None:
    concrete = re.sub(r"\{[^}]*\}", "x1", path)
    answer = http.request("OPTIONS", concrete.lstrip("/"))
    assert answer.status_code == 405
    allowed = {m.strip() for m in answer.headers["allow"].split(",")}
    expected = documented | ({"HEAD"} if "GET" in documented else set())
    assert allowed == expected


def test_a_new_template_s_location_is_an_absolute_url(http: httpx.Client) -> None:
    answer = http.post(
        "template/html", json={"name": unique("loc"), "html": "<p>Hi</p>", "subject": "Hi"}
    )
    assert answer.status_code == 201
    location = httpx.URL(answer.headers["location"])
    assert location.is_absolute_url
    assert (location.scheme, location.host) == ("https", httpx.URL(str(http.base_url)).host)
    assert location.path.endswith(f"/template/{answer.json()['id']}/html")
    assert http.get(str(location)).status_code == 200


def test_an_integer_parameter_written_as_a_number_without_fraction_is_that_integer(
    http: httpx.Client,
) -> None:
    # JSON Schema's integers are numbers with no fraction: 7.0 and 7e0 are the integer 7.
    plain = http.get("events/template/7")
    assert plain.status_code == 200
    for spelling in ("7.0", "7e0", "0.7e1"):
        answer = http.get(f"events/template/{spelling}")
        assert (answer.status_code, answer.json()) == (200, plain.json())
    for refused in ("7.5", "7e-1", "\u0667", "7.0x"):
        assert http.get(f"events/template/{refused}").status_code == 400
