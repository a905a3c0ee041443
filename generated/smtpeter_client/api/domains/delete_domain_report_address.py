from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status
from ._wire import delete_domain_report_address_parse_response as parse_response
from ._wire import delete_domain_report_address_request_kwargs as request_kwargs

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
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorMessage]:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMessage | None:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return sync_detailed(
        domain=domain,
        address=address,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorMessage]:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMessage | None:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            address=address,
            client=client,
        )
    ).parsed
