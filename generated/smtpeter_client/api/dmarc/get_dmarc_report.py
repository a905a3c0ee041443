import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    date: datetime.date,
    reporter: str,
    domain: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc/{date}/{reporter}/{domain}".format(
            date=quote(str(date), safe=""),
            reporter=quote(str(reporter), safe=""),
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    date: datetime.date,
    reporter: str,
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | str]:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
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
) -> File | str | None:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
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
) -> Response[File | str]:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | str]
    """

    kwargs = _get_kwargs(
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
) -> File | str | None:
    """The first DMARC aggregate report of a day, reporter and domain

    Args:
        date (datetime.date):
        reporter (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | str
    """

    return (
        await asyncio_detailed(
            date=date,
            reporter=reporter,
            domain=domain,
            client=client,
        )
    ).parsed
