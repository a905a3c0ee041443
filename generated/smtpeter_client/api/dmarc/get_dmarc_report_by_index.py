import datetime
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, File, Response, http_status


def request_kwargs(
    date: datetime.date,
    reporter: str,
    domain: str,
    index: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc/{date}/{reporter}/{domain}/{index}".format(
            date=quote(str(date), safe=""),
            reporter=quote(str(reporter), safe=""),
            domain=quote(str(domain), safe=""),
            index=quote(str(index), safe=""),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> File | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


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
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """One of several DMARC aggregate reports of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        index (int):

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
        index=index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    date: datetime.date,
    reporter: str,
    domain: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """One of several DMARC aggregate reports of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        index (int):

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
        index=index,
        client=client,
    ).parsed


async def asyncio_detailed(
    date: datetime.date,
    reporter: str,
    domain: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """One of several DMARC aggregate reports of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        index (int):

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
        index=index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    date: datetime.date,
    reporter: str,
    domain: str,
    index: int,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """One of several DMARC aggregate reports of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        index (int):

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
            index=index,
            client=client,
        )
    ).parsed
