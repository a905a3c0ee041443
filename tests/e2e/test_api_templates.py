"""Templates through both wrapper clients against the sandbox over HTTPS: store, read in
every format, page, replace, delete, and send with them."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from http import HTTPStatus
from typing import Any

import httpx
import pytest

import smtpeter
from smtpeter_client.resources import CREATE_TEMPLATE, LIST_TEMPLATES_PAGE
from tests.support.both_clients import Wire, unique

PIXEL = (  # a 1x1 PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def welcome(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "from": {"name": "Shop", "address": "shop@example.com"},
        "subject": "Welcome, {$firstname}",
        "content": {
            "blocks": [
                {"type": "text", "content": "<p>Hello <b>{$firstname}</b>!</p>"},
                {"type": "button", "text": "Start", "link": "https://example.com/start"},
                {"type": "image", "src": f"data:image/png;base64,{PIXEL}", "alt": "Logo"},
            ]
        },
    }


async def create(client: smtpeter.AsyncSMTPeter, wire: Wire, document: dict[str, Any]) -> int:
    created = await client.templates.create_template(**document)
    assert wire.last.status_code == HTTPStatus.CREATED
    assert wire.last.headers["location"].endswith(f"/template/{created.id}/html")
    return created.id


def parse_mime(raw: bytes) -> EmailMessage:
    assert isinstance(raw, bytes)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


async def test_created_template_is_listed_and_read_back(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    name = unique("welcome")
    template_id = await create(client, wire, welcome(name))

    listed = await client.templates.list_templates()
    assert (template_id, name) in [(t.id, t.name) for t in listed]

    document = await client.templates.get_template(template_id)
    assert document.name == name
    assert document["subject"] == "Welcome, {$firstname}"  # not personalized
    by_name = await client.templates.get_template(name)
    assert by_name.to_dict() == document.to_dict()


async def test_pages_are_slices_of_the_whole_list(
    client: smtpeter.AsyncSMTPeter, wire: Wire, http: httpx.Client
) -> None:
    for _ in range(3):
        await create(client, wire, {"name": unique("paged")})
    everything = [t.id for t in await client.templates.list_templates()]
    assert len(everything) >= 3
    page = await client.templates.list_templates_page(1, 2)
    assert [t.id for t in page] == everything[1:3]
    assert await client.templates.list_templates_page(len(everything), 5) == []

    # The spec says a page has a length of at least 1: refused before anything is sent...
    sent_before = len(wire.requests)
    with pytest.raises(smtpeter.ValidationError) as refused:
        await client.templates.list_templates_page(0, 0)
    assert refused.value.field == "length"
    assert len(wire.requests) == sent_before
    # ...and the sandbox refuses it too, for clients that do not check.
    raw = http.get(LIST_TEMPLATES_PAGE.path.format(start=0, length=0))
    assert raw.status_code == HTTPStatus.BAD_REQUEST
    assert "length" in raw.text


async def test_formats_are_personalized_from_the_query(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    template_id = await create(client, wire, welcome(unique("formats")))
    data = {"firstname": "Ann"}

    html = await client.templates.get_template_html(template_id, data=data)
    assert wire.last.headers["content-type"].startswith("text/html")
    assert isinstance(html, str)
    assert "Hello <b>Ann</b>!" in html
    assert 'href="https://example.com/start"' in html
    assert wire.requests[-1].url.params["firstname"] == "Ann"

    text = await client.templates.get_template_text(template_id, data=data)
    assert wire.last.headers["content-type"].startswith("text/plain")
    assert text.splitlines()[0] == "Hello Ann!"
    assert "Start: https://example.com/start" in text

    page = await client.templates.get_template_webversion(template_id)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Welcome, {$firstname}</title>" in page  # no data: left as stored

    personalized = await client.templates.get_template(template_id, data=data)
    assert personalized["subject"] == "Welcome, Ann"


async def test_mime_formats_link_or_embed_images(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    template_id = await create(client, wire, welcome(unique("mime")))
    data = {"firstname": "Bo"}

    linked = await client.templates.get_template_mime(template_id, data=data)
    assert wire.last.headers["content-type"] == "message/rfc822"
    message = parse_mime(linked)
    assert message["Subject"] == "Welcome, Bo"
    assert message["From"] == "Shop <shop@example.com>"
    html_part = message.get_body(preferencelist=("html",))
    assert html_part is not None
    assert f"data:image/png;base64,{PIXEL}" in html_part.get_content()

    embedded = parse_mime(await client.templates.get_template_embedded(template_id, data=data))
    html_part = embedded.get_body(preferencelist=("html",))
    assert html_part is not None
    assert "data:image" not in html_part.get_content()
    images = [p for p in embedded.walk() if p.get_content_type() == "image/png"]
    assert len(images) == 1
    cid = str(images[0]["Content-ID"]).strip("<>")
    assert f'src="cid:{cid}"' in html_part.get_content()


async def test_update_replaces_the_document_by_id_or_name(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    name = unique("updated")
    template_id = await create(client, wire, welcome(name))

    by_id = await client.templates.update_template(id=template_id, subject="New")
    assert wire.last.status_code == HTTPStatus.CREATED
    assert by_id.id == template_id
    document = await client.templates.get_template(template_id)
    assert document["subject"] == "New"
    assert document.name == name  # kept when the new document has none
    assert "content" not in document  # replaced, not merged

    by_name = await client.templates.update_template(name=name, subject="Newer")
    assert by_name.id == template_id
    assert (await client.templates.get_template(template_id))["subject"] == "Newer"

    with pytest.raises(smtpeter.NotFoundError) as unknown:
        await client.templates.update_template(id=999_999)
    assert unknown.value.status_code == HTTPStatus.NOT_FOUND
    assert "999999" in unknown.value.message


async def test_create_needs_a_name(
    client: smtpeter.AsyncSMTPeter, wire: Wire, http: httpx.Client
) -> None:
    with pytest.raises(smtpeter.ValidationError) as refused:
        await client.templates.create_template(name="")
    assert refused.value.field == "name"
    assert wire.requests == []  # refused before anything was sent
    raw = http.post(CREATE_TEMPLATE.path, json={"name": ""})
    assert raw.status_code == HTTPStatus.BAD_REQUEST
    assert "name" in raw.text


async def test_deleted_template_is_gone(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    template_id = await create(client, wire, {"name": unique("doomed")})
    await client.templates.delete_template(template_id)
    assert wire.last.status_code == HTTPStatus.NO_CONTENT
    with pytest.raises(smtpeter.NotFoundError):
        await client.templates.get_template(template_id)
    with pytest.raises(smtpeter.NotFoundError):
        await client.templates.delete_template(template_id)
    listed = await client.templates.list_templates()
    assert template_id not in [t.id for t in listed]


async def test_create_a_template_send_with_it_and_read_its_events(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    name = unique("order")
    template_id = await create(client, wire, welcome(name))
    recipient = f"{unique('ann')}@example.org"
    sent = await client.send(
        recipient=recipient,
        template=name,
        data={"firstname": "Ann"},
        patch=[{"op": "replace", "path": "/from/name", "value": "Shop Team"}],
    )
    ((message_id, to),) = sent.message_ids.items()
    assert to == recipient

    headers = email.message_from_string(
        await client.messages.get_headers(message_id), policy=email.policy.default
    )
    assert headers["Subject"] == "Welcome, Ann"
    assert headers["From"] == "Shop Team <shop@example.com>"
    assert await client.messages.get_recipient(message_id) == recipient
    assert "Hello <b>Ann</b>!" in await client.messages.get_html(message_id)

    events = await client.events.get_events_by_template(template_id)
    assert {(e.event, e.data["id"]) for e in events} >= {
        ("attempt", message_id),
        ("delivery", message_id),
    }
    assert all(e.data["templateid"] == template_id for e in events)


async def test_send_with_an_unknown_template_is_refused(client: smtpeter.AsyncSMTPeter) -> None:
    with pytest.raises(smtpeter.NotFoundError) as refused:
        await client.send(recipient="a@example.com", template=987_654)
    assert "987654" in refused.value.message
    assert refused.value.may_have_been_sent is False  # a 404 is an answer: nothing was sent
