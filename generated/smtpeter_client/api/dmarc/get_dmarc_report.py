import datetime

import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, File, Response, http_status
from ._wire import get_dmarc_report_parse_response as parse_response
from ._wire import get_dmarc_report_request_kwargs as request_kwargs

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
    date: datetime.date,
    reporter: str,
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        date=date,
        reporter=reporter,
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    date: datetime.date,
    reporter: str,
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return sync_detailed(
        date=date,
        reporter=reporter,
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    date: datetime.date,
    reporter: str,
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        date=date,
        reporter=reporter,
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    date: datetime.date,
    reporter: str,
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return (
        await asyncio_detailed(
            date=date,
            reporter=reporter,
            domain=domain,
            client=client,
        )
    ).parsed
