import datetime

import httpx

from ...client import AuthenticatedClient, Client
from ...models.event_record import EventRecord
from ...types import UNSET, ErrorMessage, Response, Unset, http_status
from ._wire import get_events_by_template_parse_response as parse_response
from ._wire import get_events_by_template_request_kwargs as request_kwargs

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
    template: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[list[EventRecord] | ErrorMessage]:
    """Events of the messages built from one template

    Args:
        template (int):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EventRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
        start=start,
        end=end,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> list[EventRecord] | ErrorMessage | None:
    """Events of the messages built from one template

    Args:
        template (int):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventRecord] | ErrorMessage
    """

    return sync_detailed(
        template=template,
        client=client,
        start=start,
        end=end,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    template: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[list[EventRecord] | ErrorMessage]:
    """Events of the messages built from one template

    Args:
        template (int):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[EventRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
        start=start,
        end=end,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> list[EventRecord] | ErrorMessage | None:
    """Events of the messages built from one template

    Args:
        template (int):
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventRecord] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            template=template,
            client=client,
            start=start,
            end=end,
            tags=tags,
        )
    ).parsed
