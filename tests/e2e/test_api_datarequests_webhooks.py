"""Data requests and webhook settings through the generated client against the sandbox."""

from __future__ import annotations

from http import HTTPStatus

from smtpeter.sandbox import RunningSandbox
from smtpeter_client.api.datarequests import (
    create_data_request,
    get_data_request,
    get_data_request_status,
)
from smtpeter_client.api.sending import send
from smtpeter_client.api.webhooks import configure_webhook, list_webhooks
from smtpeter_client.models import (
    DataRequest,
    DataRequestForm,
    SendRequest,
    WebhookForm,
    WebhookRequest,
)
from tests.support.generated_api import GeneratedApi, unique


async def test_data_request_moves_from_pending_to_done(api: GeneratedApi) -> None:
    address = f"{unique('subject')}@example.org"
    sent = await api.call(
        send, body=SendRequest.from_dict({"recipient": address, "subject": "Hi", "text": "x"})
    )
    (message_id,) = sent.parsed.to_dict()

    created = await api.call(create_data_request, body=DataRequest(email=address))
    assert created.status_code == HTTPStatus.CREATED
    request_id = created.parsed.id

    first = await api.call(get_data_request_status, request_id)
    assert (first.parsed.id, first.parsed.status) == (request_id, "pending")
    second = await api.call(get_data_request_status, request_id)
    assert second.parsed.status == "done"

    result = (await api.call(get_data_request, request_id)).parsed
    assert (result.info.type_, result.info.id) == ("email", address)
    assert ["message", message_id, result.data[0][2], "Hi"] == result.data[0]
    assert {row[0] for row in result.data[1:]} == {"attempt", "delivery"}


async def test_data_is_not_available_while_pending(api: GeneratedApi) -> None:
    form = DataRequestForm(email=f"{unique('nobody')}@example.org", monitor="https://example.com/h")
    created = await api.call(create_data_request, body=form)
    request_id = created.parsed.id
    pending = (await api.call(get_data_request, request_id)).parsed
    assert pending.data == "Data not available (yet)."
    done = (await api.call(get_data_request, request_id)).parsed
    assert done.data == []  # nothing was ever sent to that address


async def test_unknown_data_request_is_not_found(api: GeneratedApi) -> None:
    missing = await api.call(get_data_request_status, "no-such-request")
    assert missing.status_code == HTTPStatus.NOT_FOUND
    assert "no-such-request" in missing.parsed


async def test_webhooks_are_configured_and_kept_on_the_app(
    api: GeneratedApi, sandbox: RunningSandbox
) -> None:
    url = f"https://example.com/{unique('bounces')}"
    created = await api.call(configure_webhook, body=WebhookRequest(type_="bounce", url=url))
    assert created.status_code in (HTTPStatus.CREATED, HTTPStatus.OK)
    assert (created.parsed.type_, created.parsed.url) == ("bounce", url)
    listed = (await api.call(list_webhooks)).parsed
    assert ("bounce", url) in [(w.type_, w.url) for w in listed]
    assert sandbox.app.webhook_settings.urls_for("bounce") == [url]

    newer = f"https://example.com/{unique('bounces')}"
    replaced = await api.call(configure_webhook, body=WebhookForm(type_="bounce", url=newer))
    assert replaced.status_code == HTTPStatus.OK
    assert sandbox.app.webhook_settings.urls_for("bounce") == [newer]
    listed = (await api.call(list_webhooks)).parsed
    assert [w.url for w in listed if w.type_ == "bounce"] == [newer]


async def test_webhook_url_must_be_http(api: GeneratedApi) -> None:
    refused = await api.call(
        configure_webhook, body=WebhookRequest(type_="open", url="ftp://example.com/x")
    )
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert "url" in refused.parsed
