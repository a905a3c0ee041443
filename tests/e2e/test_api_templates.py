"""Templates through the generated client against the sandbox over HTTPS: store, read in
every format, page, replace, delete, and send with them."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from http import HTTPStatus
from typing import Any

from smtpeter_client.api.events import get_events_by_template
from smtpeter_client.api.messages import get_headers, get_html
from smtpeter_client.api.sending import send
from smtpeter_client.api.templates import (
    create_template,
    delete_template,
    get_template,
    get_template_embedded,
    get_template_html,
    get_template_mime,
    get_template_text,
    get_template_webversion,
    list_templates,
    list_templates_page,
    update_template,
)
from smtpeter_client.models import (
    SendRequest,
    TemplateCreate,
    TemplateQueryData,
    TemplateUpdate,
)
from smtpeter_client.types import File
from tests.support.generated_api import GeneratedApi, unique

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


async def create(api: GeneratedApi, document: dict[str, Any]) -> int:
    response = await api.call(create_template, body=TemplateCreate.from_dict(document))
    assert response.status_code == HTTPStatus.CREATED, response.content
    template_id: int = response.parsed.id
    assert response.headers["location"].endswith(f"/template/{template_id}/html")
    return template_id


def parse_mime(file: File) -> EmailMessage:
    message = email.message_from_bytes(file.payload.read(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


async def test_created_template_is_listed_and_read_back(api: GeneratedApi) -> None:
    name = unique("welcome")
    template_id = await create(api, welcome(name))

    listed = await api.call(list_templates)
    assert listed.status_code == HTTPStatus.OK
    assert (template_id, name) in [(t.id, t.name) for t in listed.parsed]

    document = await api.call(get_template, template_id)
    assert document.status_code == HTTPStatus.OK
    assert document.parsed.name == name
    assert document.parsed["subject"] == "Welcome, {$firstname}"  # not personalized
    by_name = await api.call(get_template, name)
    assert by_name.parsed.to_dict() == document.parsed.to_dict()


async def test_pages_are_slices_of_the_whole_list(api: GeneratedApi) -> None:
    for _ in range(3):
        await create(api, {"name": unique("paged")})
    everything = [t.id for t in (await api.call(list_templates)).parsed]
    assert len(everything) >= 3
    page = await api.call(list_templates_page, 1, 2)
    assert page.status_code == HTTPStatus.OK
    assert [t.id for t in page.parsed] == everything[1:3]
    past_the_end = await api.call(list_templates_page, len(everything), 5)
    assert past_the_end.parsed == []
    refused = await api.call(list_templates_page, 0, 0)
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert "length" in refused.parsed


async def test_formats_are_personalized_from_the_query(api: GeneratedApi) -> None:
    template_id = await create(api, welcome(unique("formats")))
    data = TemplateQueryData.from_dict({"firstname": "Ann"})

    html = await api.call(get_template_html, template_id, data=data)
    assert html.status_code == HTTPStatus.OK
    assert html.headers["content-type"].startswith("text/html")
    assert "Hello <b>Ann</b>!" in html.parsed
    assert 'href="https://example.com/start"' in html.parsed

    text = await api.call(get_template_text, template_id, data=data)
    assert text.headers["content-type"].startswith("text/plain")
    assert text.parsed.splitlines()[0] == "Hello Ann!"
    assert "Start: https://example.com/start" in text.parsed

    page = await api.call(get_template_webversion, template_id)
    assert page.parsed.startswith("<!DOCTYPE html>")
    assert "<title>Welcome, {$firstname}</title>" in page.parsed  # no data: left as stored

    personalized = await api.call(get_template, template_id, data=data)
    assert personalized.parsed["subject"] == "Welcome, Ann"


async def test_mime_formats_link_or_embed_images(api: GeneratedApi) -> None:
    template_id = await create(api, welcome(unique("mime")))
    data = TemplateQueryData.from_dict({"firstname": "Bo"})

    linked = await api.call(get_template_mime, template_id, data=data)
    assert linked.status_code == HTTPStatus.OK
    assert linked.headers["content-type"] == "message/rfc822"
    message = parse_mime(linked.parsed)
    assert message["Subject"] == "Welcome, Bo"
    assert message["From"] == "Shop <shop@example.com>"
    html_part = message.get_body(preferencelist=("html",))
    assert html_part is not None
    assert f"data:image/png;base64,{PIXEL}" in html_part.get_content()

    embedded = parse_mime((await api.call(get_template_embedded, template_id, data=data)).parsed)
    html_part = embedded.get_body(preferencelist=("html",))
    assert html_part is not None
    assert "data:image" not in html_part.get_content()
    images = [p for p in embedded.walk() if p.get_content_type() == "image/png"]
    assert len(images) == 1
    cid = str(images[0]["Content-ID"]).strip("<>")
    assert f'src="cid:{cid}"' in html_part.get_content()


async def test_update_replaces_the_document_by_id_or_name(api: GeneratedApi) -> None:
    name = unique("updated")
    template_id = await create(api, welcome(name))

    by_id = await api.call(
        update_template, body=TemplateUpdate.from_dict({"id": template_id, "subject": "New"})
    )
    assert by_id.status_code == HTTPStatus.CREATED
    assert by_id.parsed.id == template_id
    document = (await api.call(get_template, template_id)).parsed
    assert document["subject"] == "New"
    assert document.name == name  # kept when the new document has none
    assert "content" not in document  # replaced, not merged

    by_name = await api.call(
        update_template, body=TemplateUpdate.from_dict({"name": name, "subject": "Newer"})
    )
    assert by_name.parsed.id == template_id
    assert (await api.call(get_template, template_id)).parsed["subject"] == "Newer"

    unknown = await api.call(update_template, body=TemplateUpdate.from_dict({"id": 999_999}))
    assert unknown.status_code == HTTPStatus.NOT_FOUND


async def test_create_needs_a_name(api: GeneratedApi) -> None:
    refused = await api.call(create_template, body=TemplateCreate.from_dict({"name": ""}))
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert "name" in refused.parsed


async def test_deleted_template_is_gone(api: GeneratedApi) -> None:
    template_id = await create(api, {"name": unique("doomed")})
    deleted = await api.call(delete_template, template_id)
    assert deleted.status_code == HTTPStatus.NO_CONTENT
    assert (await api.call(get_template, template_id)).status_code == HTTPStatus.NOT_FOUND
    again = await api.call(delete_template, template_id)
    assert again.status_code == HTTPStatus.NOT_FOUND
    listed = await api.call(list_templates)
    assert template_id not in [t.id for t in listed.parsed]


async def test_send_renders_the_stored_template(api: GeneratedApi) -> None:
    name = unique("order")
    template_id = await create(api, welcome(name))
    recipient = f"{unique('ann')}@example.org"
    body = SendRequest.from_dict(
        {
            "recipient": recipient,
            "template": name,
            "data": {"firstname": "Ann"},
            "patch": [{"op": "replace", "path": "/from/name", "value": "Shop Team"}],
        }
    )
    sent = await api.call(send, body=body)
    assert sent.status_code == HTTPStatus.OK, sent.content
    (message_id,) = sent.parsed.to_dict()

    headers = email.message_from_string(
        (await api.call(get_headers, message_id)).parsed, policy=email.policy.default
    )
    assert headers["Subject"] == "Welcome, Ann"
    assert headers["From"] == "Shop Team <shop@example.com>"
    html = (await api.call(get_html, message_id)).parsed
    assert "Hello <b>Ann</b>!" in html

    events = (await api.call(get_events_by_template, template_id)).parsed
    assert {(e.event, e.data["id"]) for e in events} >= {
        ("attempt", message_id),
        ("delivery", message_id),
    }
    assert all(e.data["templateid"] == template_id for e in events)


async def test_send_with_an_unknown_template_is_refused(api: GeneratedApi) -> None:
    body = SendRequest.from_dict({"recipient": "a@example.com", "template": 987_654})
    refused = await api.call(send, body=body)
    assert refused.status_code == HTTPStatus.NOT_FOUND
    assert "987654" in refused.parsed
