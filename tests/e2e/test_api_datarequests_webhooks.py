"""Data requests and webhook settings through both wrapper clients against the sandbox."""

from __future__ import annotations

from http import HTTPStatus

import httpx
import pytest

import smtpeter
from smtpeter.sandbox import RunningSandbox
from smtpeter_client.resources import CONFIGURE_WEBHOOK
from tests.support.both_clients import Wire, unique


async def test_data_request_moves_from_pending_to_done(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    address = f"{unique('subject')}@example.org"
    sent = await client.send(recipient=address, subject="Hi", text="x")
    (message_id,) = sent.message_ids

    created = await client.datarequests.create_data_request(email=address)
    assert wire.last.status_code == HTTPStatus.CREATED
    request_id = created.id

    first = await client.datarequests.get_data_request_status(request_id)
    assert (first.id, first.status) == (request_id, "pending")
    second = await client.datarequests.get_data_request_status(request_id)
    assert second.status == "done"

    result = await client.datarequests.get_data_request(request_id)
    assert (result.info.type_, result.info.id) == ("email", address)
    assert isinstance(result.data, list)
    assert ["message", message_id, result.data[0][2], "Hi"] == result.data[0]
    assert {row[0] for row in result.data[1:]} == {"attempt", "delivery"}


async def test_data_is_not_available_while_pending(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    created = await client.datarequests.create_data_request(
        encoding="form", email=f"{unique('nobody')}@example.org", monitor="https://example.com/h"
    )
    assert wire.requests[-1].headers["content-type"] == "application/x-www-form-urlencoded"
    pending = await client.datarequests.get_data_request(created.id)
    assert pending.data == "Data not available (yet)."
    done = await client.datarequests.get_data_request(created.id)
    assert done.data == []  # nothing was ever sent to that address


async def test_unknown_data_request_is_not_found(client: smtpeter.AsyncSMTPeter) -> None:
    with pytest.raises(smtpeter.NotFoundError) as missing:
        await client.datarequests.get_data_request_status("no-such-request")
    assert "no-such-request" in missing.value.response.text


async def test_webhooks_are_configured_and_kept_on_the_app(
    client: smtpeter.AsyncSMTPeter, wire: Wire, sandbox: RunningSandbox
) -> None:
    url = f"https://example.com/{unique('bounces')}"
    created = await client.webhooks.configure_webhook(type_="bounce", url=url)
    assert wire.last.status_code in (HTTPStatus.CREATED, HTTPStatus.OK)
    assert (created.type_, created.url) == ("bounce", url)
    listed = await client.webhooks.list_webhooks()
    assert ("bounce", url) in [(w.type_, w.url) for w in listed]
    assert sandbox.app.webhook_settings.urls_for("bounce") == [url]

    newer = f"https://example.com/{unique('bounces')}"
    await client.webhooks.configure_webhook(encoding="form", type_="bounce", url=newer)
    assert wire.last.status_code == HTTPStatus.OK
    assert sandbox.app.webhook_settings.urls_for("bounce") == [newer]
    listed = await client.webhooks.list_webhooks()
    assert [w.url for w in listed if w.type_ == "bounce"] == [newer]


async def test_webhook_url_must_be_http(
    client: smtpeter.AsyncSMTPeter, wire: Wire, sandbox: RunningSandbox, http: httpx.Client
) -> None:
    before = sandbox.app.webhook_settings.urls_for("open")
    with pytest.raises(smtpeter.ValidationError) as refused:
        await client.webhooks.configure_webhook(type_="open", url="ftp://example.com/x")
    assert refused.value.field == "url"
    assert wire.requests == []  # refused before anything was sent
    raw = http.post(CONFIGURE_WEBHOOK.path, json={"type": "open", "url": "ftp://example.com/x"})
    assert raw.status_code == HTTPStatus.BAD_REQUEST
    assert "url" in raw.text
    assert sandbox.app.webhook_settings.urls_for("open") == before
