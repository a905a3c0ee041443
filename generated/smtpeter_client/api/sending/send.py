from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.send_form import SendForm
from ...models.send_request import SendRequest
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import send_parse_response as parse_response
from ._wire import send_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendRequest | SendForm | RawBody,
) -> Response[Any | ErrorMessage]:
    """Send a message

     Submits one message for one or more recipients. Give the
    addresses to deliver to in `recipient` (one) or `recipients`
    (several; never both), and the content as a ready MIME message
    (`mime`), a template (`template`) or properties SMTPeter turns
    into a message (`subject`, `text`, `html` and the headers).

    The header properties (`from`, `to`, `cc`, `replyto`) only shape
    the message; delivery goes to `recipient`/`recipients` alone,
    which is how a blind copy works.

    The JSON body can carry everything; the form body only the flat
    properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
    `dsn`, an inline template and per-recipient data need JSON).

    Args:
        body (SendRequest): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).
        body (SendForm): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).

            Form-encoded SendRequest: form data has no nesting, so `unsubscribe`, `extra`,
            `attachments`, `data`, `patch`, `dsn` can only go as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendRequest | SendForm | RawBody,
) -> Any | ErrorMessage | None:
    """Send a message

     Submits one message for one or more recipients. Give the
    addresses to deliver to in `recipient` (one) or `recipients`
    (several; never both), and the content as a ready MIME message
    (`mime`), a template (`template`) or properties SMTPeter turns
    into a message (`subject`, `text`, `html` and the headers).

    The header properties (`from`, `to`, `cc`, `replyto`) only shape
    the message; delivery goes to `recipient`/`recipients` alone,
    which is how a blind copy works.

    The JSON body can carry everything; the form body only the flat
    properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
    `dsn`, an inline template and per-recipient data need JSON).

    Args:
        body (SendRequest): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).
        body (SendForm): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).

            Form-encoded SendRequest: form data has no nesting, so `unsubscribe`, `extra`,
            `attachments`, `data`, `patch`, `dsn` can only go as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendRequest | SendForm | RawBody,
) -> Response[Any | ErrorMessage]:
    """Send a message

     Submits one message for one or more recipients. Give the
    addresses to deliver to in `recipient` (one) or `recipients`
    (several; never both), and the content as a ready MIME message
    (`mime`), a template (`template`) or properties SMTPeter turns
    into a message (`subject`, `text`, `html` and the headers).

    The header properties (`from`, `to`, `cc`, `replyto`) only shape
    the message; delivery goes to `recipient`/`recipients` alone,
    which is how a blind copy works.

    The JSON body can carry everything; the form body only the flat
    properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
    `dsn`, an inline template and per-recipient data need JSON).

    Args:
        body (SendRequest): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).
        body (SendForm): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).

            Form-encoded SendRequest: form data has no nesting, so `unsubscribe`, `extra`,
            `attachments`, `data`, `patch`, `dsn` can only go as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendRequest | SendForm | RawBody,
) -> Any | ErrorMessage | None:
    """Send a message

     Submits one message for one or more recipients. Give the
    addresses to deliver to in `recipient` (one) or `recipients`
    (several; never both), and the content as a ready MIME message
    (`mime`), a template (`template`) or properties SMTPeter turns
    into a message (`subject`, `text`, `html` and the headers).

    The header properties (`from`, `to`, `cc`, `replyto`) only shape
    the message; delivery goes to `recipient`/`recipients` alone,
    which is how a blind copy works.

    The JSON body can carry everything; the form body only the flat
    properties (`unsubscribe`, `extra`, `attachments`, `data`, `patch`,
    `dsn`, an inline template and per-recipient data need JSON).

    Args:
        body (SendRequest): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).
        body (SendForm): A message to send, as JSON. Needs a delivery address
            (`recipient` or `recipients`, not both) and content (`mime`,
            `template`, `text` or `html`).

            The reply-to property is `replyto`, as the JSON send pages and
            their examples spell it; the template page's `replyTo` and its
            undocumented `headers` are refused like any unknown property
            (custom headers go in `extra`, template changes in `patch`).

            Form-encoded SendRequest: form data has no nesting, so `unsubscribe`, `extra`,
            `attachments`, `data`, `patch`, `dsn` can only go as JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
