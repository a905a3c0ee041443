import datetime

import httpx

from ...client import AuthenticatedClient, Client
from ...models.event_record import EventRecord
from ...types import UNSET, ErrorMessage, Response, Unset, http_status
from ._wire import get_events_by_tags_parse_response as parse_response
from ._wire import get_events_by_tags_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[EventRecord] | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    tags: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[list[EventRecord] | ErrorMessage]:
    """Events of the messages carrying one or more tags

    Args:
        tags (str):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EventRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        tags=tags,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tags: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> list[EventRecord] | ErrorMessage | None:
    """Events of the messages carrying one or more tags

    Args:
        tags (str):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventRecord] | ErrorMessage
    """

    return sync_detailed(
        tags=tags,
        client=client,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    tags: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> Response[list[EventRecord] | ErrorMessage]:
    """Events of the messages carrying one or more tags

    Args:
        tags (str):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EventRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        tags=tags,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tags: str,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> list[EventRecord] | ErrorMessage | None:
    """Events of the messages carrying one or more tags

    Args:
        tags (str):
        start (datetime.date | Unset):
        end (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventRecord] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            tags=tags,
            client=client,
            start=start,
            end=end,
        )
    ).parsed
