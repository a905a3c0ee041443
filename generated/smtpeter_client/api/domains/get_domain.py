import httpx

from ...client import AuthenticatedClient, Client
from ...models.sender_domain import SenderDomain
from ...types import ErrorMessage, Response, http_status
from ._wire import get_domain_parse_response as parse_response
from ._wire import get_domain_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SenderDomain | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SenderDomain | ErrorMessage]:
    """Read one sender domain's settings

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SenderDomain | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> SenderDomain | ErrorMessage | None:
    """Read one sender domain's settings

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SenderDomain | ErrorMessage
    """

    return sync_detailed(
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SenderDomain | ErrorMessage]:
    """Read one sender domain's settings

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SenderDomain | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> SenderDomain | ErrorMessage | None:
    """Read one sender domain's settings

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SenderDomain | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
        )
    ).parsed
