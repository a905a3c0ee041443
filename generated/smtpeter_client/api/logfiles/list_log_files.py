import datetime
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status


def request_kwargs(
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{date}".format(
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[str] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[str] | ErrorMessage]:
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
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[str] | ErrorMessage]:
    """The log files of one day

     Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
    call and the file download below as `/logfiles/DATE` and
    `/logfiles/FILENAME`, which one path template cannot tell apart;
    this document spells the file name as `{prefix}.{date}.log`.

    Args:
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | ErrorMessage]
    """

    kwargs = request_kwargs(
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> list[str] | ErrorMessage | None:
    """The log files of one day

     Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
    call and the file download below as `/logfiles/DATE` and
    `/logfiles/FILENAME`, which one path template cannot tell apart;
    this document spells the file name as `{prefix}.{date}.log`.

    Args:
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | ErrorMessage
    """

    return sync_detailed(
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[str] | ErrorMessage]:
    """The log files of one day

     Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
    call and the file download below as `/logfiles/DATE` and
    `/logfiles/FILENAME`, which one path template cannot tell apart;
    this document spells the file name as `{prefix}.{date}.log`.

    Args:
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[str] | ErrorMessage]
    """

    kwargs = request_kwargs(
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> list[str] | ErrorMessage | None:
    """The log files of one day

     Names of the form `PREFIX.DATE.log`. SMTPeter's docs write this
    call and the file download below as `/logfiles/DATE` and
    `/logfiles/FILENAME`, which one path template cannot tell apart;
    this document spells the file name as `{prefix}.{date}.log`.

    Args:
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            date=date,
            client=client,
        )
    ).parsed
