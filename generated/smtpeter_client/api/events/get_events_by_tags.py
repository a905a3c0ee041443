import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_record import EventRecord
from ...types import UNSET, ErrorMessage, Response, Unset, http_status


def request_kwargs(
    tags: str,
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events/tags/{tags}".format(
            tags=quote(str(tags), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[EventRecord] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EventRecord.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
