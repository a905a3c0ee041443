import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status
from ._wire import get_headers_parse_response as parse_response
from ._wire import get_headers_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str | ErrorMessage]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[str | ErrorMessage]:
    """The header section of a message, as sent

     The docs name this method both `headers` and `header`; the table
    of all calls says `headers`, so that is the one described.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | ErrorMessage]
    """

    kwargs = request_kwargs(
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | ErrorMessage | None:
    """The header section of a message, as sent

     The docs name this method both `headers` and `header`; the table
    of all calls says `headers`, so that is the one described.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | ErrorMessage
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str | ErrorMessage]:
    """The header section of a message, as sent

     The docs name this method both `headers` and `header`; the table
    of all calls says `headers`, so that is the one described.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | ErrorMessage]
    """

    kwargs = request_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | ErrorMessage | None:
    """The header section of a message, as sent

     The docs name this method both `headers` and `header`; the table
    of all calls says `headers`, so that is the one described.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | ErrorMessage
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
        )
    ).parsed
