import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status


def request_kwargs() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc",
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[datetime.date] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_date_list_item_data in _response_200:
            componentsschemas_date_list_item = datetime.date.fromisoformat(
                componentsschemas_date_list_item_data
            )

            response_200.append(componentsschemas_date_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[datetime.date] | ErrorMessage]:
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
) -> Response[list[datetime.date] | ErrorMessage]:
    """The days that may have DMARC reports

     SMTPeter advises to read the `dmarc` log file of a day (see
    `getLogFileJson`) for the reporters and domains of its reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[datetime.date] | ErrorMessage]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[datetime.date] | ErrorMessage | None:
    """The days that may have DMARC reports

     SMTPeter advises to read the `dmarc` log file of a day (see
    `getLogFileJson`) for the reporters and domains of its reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[datetime.date] | ErrorMessage
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[datetime.date] | ErrorMessage]:
    """The days that may have DMARC reports

     SMTPeter advises to read the `dmarc` log file of a day (see
    `getLogFileJson`) for the reporters and domains of its reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[datetime.date] | ErrorMessage]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[datetime.date] | ErrorMessage | None:
    """The days that may have DMARC reports

     SMTPeter advises to read the `dmarc` log file of a day (see
    `getLogFileJson`) for the reporters and domains of its reports.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[datetime.date] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
