from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_summary import TemplateSummary
from ...types import ErrorMessage, Response, http_status


def request_kwargs(
    start: int,
    length: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{start}/{length}".format(
            start=quote(str(start), safe=""),
            length=quote(str(length), safe=""),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[TemplateSummary] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_template_list_item_data in _response_200:
            componentsschemas_template_list_item = TemplateSummary.from_dict(
                componentsschemas_template_list_item_data
            )

            response_200.append(componentsschemas_template_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[TemplateSummary] | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    start: int,
    length: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[TemplateSummary] | ErrorMessage]:
    """List one page of the stored templates

     At most `length` entries of the list `listTemplates` answers,
    beginning at position `start` (counted from zero). A page past the
    end is an empty list.

    Args:
        start (int):
        length (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TemplateSummary] | ErrorMessage]
    """

    kwargs = request_kwargs(
        start=start,
        length=length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    start: int,
    length: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[TemplateSummary] | ErrorMessage | None:
    """List one page of the stored templates

     At most `length` entries of the list `listTemplates` answers,
    beginning at position `start` (counted from zero). A page past the
    end is an empty list.

    Args:
        start (int):
        length (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TemplateSummary] | ErrorMessage
    """

    return sync_detailed(
        start=start,
        length=length,
        client=client,
    ).parsed


async def asyncio_detailed(
    start: int,
    length: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[TemplateSummary] | ErrorMessage]:
    """List one page of the stored templates

     At most `length` entries of the list `listTemplates` answers,
    beginning at position `start` (counted from zero). A page past the
    end is an empty list.

    Args:
        start (int):
        length (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TemplateSummary] | ErrorMessage]
    """

    kwargs = request_kwargs(
        start=start,
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    start: int,
    length: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[TemplateSummary] | ErrorMessage | None:
    """List one page of the stored templates

     At most `length` entries of the list `listTemplates` answers,
    beginning at position `start` (counted from zero). A page past the
    end is an empty list.

    Args:
        start (int):
        length (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TemplateSummary] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            start=start,
            length=length,
            client=client,
        )
    ).parsed
