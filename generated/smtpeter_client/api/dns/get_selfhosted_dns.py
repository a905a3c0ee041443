import httpx

from ...client import AuthenticatedClient, Client
from ...models.dns_record import DnsRecord
from ...types import ErrorMessage, Response, http_status
from ._wire import get_selfhosted_dns_parse_response as parse_response
from ._wire import get_selfhosted_dns_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DnsRecord] | ErrorMessage]:
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
) -> Response[list[DnsRecord] | ErrorMessage]:
    """The DNS records to publish, without CNAME records

     The same records as `getRecommendedDns`, with the values themselves instead of references.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DnsRecord] | ErrorMessage]
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
) -> list[DnsRecord] | ErrorMessage | None:
    """The DNS records to publish, without CNAME records

     The same records as `getRecommendedDns`, with the values themselves instead of references.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DnsRecord] | ErrorMessage
    """

    return sync_detailed(
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[DnsRecord] | ErrorMessage]:
    """The DNS records to publish, without CNAME records

     The same records as `getRecommendedDns`, with the values themselves instead of references.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DnsRecord] | ErrorMessage]
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
) -> list[DnsRecord] | ErrorMessage | None:
    """The DNS records to publish, without CNAME records

     The same records as `getRecommendedDns`, with the values themselves instead of references.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DnsRecord] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
        )
    ).parsed
