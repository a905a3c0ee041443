from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resend_form import ResendForm
from ...models.resend_request import ResendRequest
from ...types import ErrorMessage, RawBody, Response, http_status


def request_kwargs(
    *,
    body: ResendRequest | ResendForm | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resend",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs
    if isinstance(body, ResendRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ResendForm):
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
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
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
