import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, File, Response, http_status
from ._wire import get_embed_parse_response as parse_response
from ._wire import get_embed_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    message_id: str,
    part: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """One embedded item's content

    Args:
        message_id (str):
        part (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        part=part,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    part: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """One embedded item's content

    Args:
        message_id (str):
        part (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return sync_detailed(
        message_id=message_id,
        part=part,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    part: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """One embedded item's content

    Args:
        message_id (str):
        part (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        message_id=message_id,
        part=part,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    part: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """One embedded item's content

    Args:
        message_id (str):
        part (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            part=part,
            client=client,
        )
    ).parsed
