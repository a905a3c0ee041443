"""How each operation of this tag builds its request and reads its answer.

``<operation>_request_kwargs`` and ``<operation>_parse_response``, which each endpoint module
re-exports as its ``request_kwargs`` and ``parse_response``. This module imports neither the
clients nor the models of request bodies (attrs classes, imported here only to type-check and
where a body is given as a model): a request built from a ``RawBody``, as the smtpeter SDK
builds every request, and its answer load neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.webhook import Webhook
from ...types import ErrorMessage, RawBody

if TYPE_CHECKING:
    from ...models.webhook_form import WebhookForm
    from ...models.webhook_request import WebhookRequest


def list_webhooks_request_kwargs() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
    }

    return _kwargs


def list_webhooks_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[Webhook] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_webhook_list_item_data in _response_200:
            componentsschemas_webhook_list_item = Webhook.from_dict(
                componentsschemas_webhook_list_item_data
            )

            response_200.append(componentsschemas_webhook_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def configure_webhook_request_kwargs(
    *,
    body: WebhookRequest | WebhookForm | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs
    from ...models.webhook_form import WebhookForm
    from ...models.webhook_request import WebhookRequest

    if isinstance(body, WebhookRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, WebhookForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def configure_webhook_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Webhook | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
