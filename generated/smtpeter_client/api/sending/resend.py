from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.resend_form import ResendForm
from ...models.resend_request import ResendRequest
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import resend_parse_response as parse_response
from ._wire import resend_request_kwargs as request_kwargs

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
    body: ResendRequest | ResendForm | RawBody,
) -> Response[Any | ErrorMessage]:
    """Deliver an archived message again

     Rebuilds a message from everything it was first sent with and
    delivers it again under a new message id; later changes to its
    template do not apply.

    Args:
        body (ResendRequest):
        body (ResendForm):

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
    body: ResendRequest | ResendForm | RawBody,
) -> Any | ErrorMessage | None:
    """Deliver an archived message again

     Rebuilds a message from everything it was first sent with and
    delivers it again under a new message id; later changes to its
    template do not apply.

    Args:
        body (ResendRequest):
        body (ResendForm):

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
    body: ResendRequest | ResendForm | RawBody,
) -> Response[Any | ErrorMessage]:
    """Deliver an archived message again

     Rebuilds a message from everything it was first sent with and
    delivers it again under a new message id; later changes to its
    template do not apply.

    Args:
        body (ResendRequest):
        body (ResendForm):

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
    body: ResendRequest | ResendForm | RawBody,
) -> Any | ErrorMessage | None:
    """Deliver an archived message again

     Rebuilds a message from everything it was first sent with and
    delivers it again under a new message id; later changes to its
    template do not apply.

    Args:
        body (ResendRequest):
        body (ResendForm):

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
