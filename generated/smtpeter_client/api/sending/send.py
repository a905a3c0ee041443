from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_form import SendForm
from ...models.send_request import SendRequest
from ...types import ErrorMessage, RawBody, Response, http_status


def request_kwargs(
    *,
    body: SendRequest | SendForm | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs
    if isinstance(body, SendRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SendForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 201:
        response_201 = response.json()
        return response_201

    if response.status_code == 202:
        response_202 = response.json()
        return response_202

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 403:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 409:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 502:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 503:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 504:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
