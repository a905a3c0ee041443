import datetime

import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status
from ._wire import list_log_files_parse_response as parse_response
from ._wire import list_log_files_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


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
