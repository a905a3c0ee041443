import datetime

import httpx

from ...client import AuthenticatedClient, Client
from ...models.log_prefix import LogPrefix
from ...types import ErrorMessage, File, Response, http_status
from ._wire import get_log_file_xml_parse_response as parse_response
from ._wire import get_log_file_xml_request_kwargs as request_kwargs

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
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """Download a log file as XML

     A `records` element holding one `record` element per record, with one child element per field.

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        prefix=prefix,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """Download a log file as XML

     A `records` element holding one `record` element per record, with one child element per field.

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return sync_detailed(
        prefix=prefix,
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ErrorMessage]:
    """Download a log file as XML

     A `records` element holding one `record` element per record, with one child element per field.

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ErrorMessage]
    """

    kwargs = request_kwargs(
        prefix=prefix,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> File | ErrorMessage | None:
    """Download a log file as XML

     A `records` element holding one `record` element per record, with one child element per field.

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ErrorMessage
    """

    return (
        await asyncio_detailed(
            prefix=prefix,
            date=date,
            client=client,
        )
    ).parsed
