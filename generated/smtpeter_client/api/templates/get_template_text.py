from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_query_data import TemplateQueryData
from ...types import UNSET, ErrorMessage, Response, Unset, http_status


def request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/text".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> str | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[str | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
    data: TemplateQueryData | Unset = UNSET,
) -> Response[str | ErrorMessage]:
    """Read the plain-text version of a stored template

    Args:
        template (int | str): A stored template's numeric id, or its name.
        data (TemplateQueryData | Unset): Personalization variables given in a URL's query; every
            value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
        data=data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
    data: TemplateQueryData | Unset = UNSET,
) -> str | ErrorMessage | None:
    """Read the plain-text version of a stored template

    Args:
        template (int | str): A stored template's numeric id, or its name.
        data (TemplateQueryData | Unset): Personalization variables given in a URL's query; every
            value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | ErrorMessage
    """

    return sync_detailed(
        template=template,
        client=client,
        data=data,
    ).parsed


async def asyncio_detailed(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
    data: TemplateQueryData | Unset = UNSET,
) -> Response[str | ErrorMessage]:
    """Read the plain-text version of a stored template

    Args:
        template (int | str): A stored template's numeric id, or its name.
        data (TemplateQueryData | Unset): Personalization variables given in a URL's query; every
            value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
        data=data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
    data: TemplateQueryData | Unset = UNSET,
) -> str | ErrorMessage | None:
    """Read the plain-text version of a stored template

    Args:
        template (int | str): A stored template's numeric id, or its name.
        data (TemplateQueryData | Unset): Personalization variables given in a URL's query; every
            value is text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str | ErrorMessage
    """

    return (
        await asyncio_detailed(
            template=template,
            client=client,
            data=data,
        )
    ).parsed
