from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import ErrorMessage, Response, http_status
from ._wire import delete_template_parse_response as parse_response
from ._wire import delete_template_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMessage]:
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
) -> Response[Any | ErrorMessage]:
    """Delete a stored template

     Messages already sent from it keep their archived copies.

    Args:
        template (int | str): A stored template's numeric id, or its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMessage | None:
    """Delete a stored template

     Messages already sent from it keep their archived copies.

    Args:
        template (int | str): A stored template's numeric id, or its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return sync_detailed(
        template=template,
        client=client,
    ).parsed


async def asyncio_detailed(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorMessage]:
    """Delete a stored template

     Messages already sent from it keep their archived copies.

    Args:
        template (int | str): A stored template's numeric id, or its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMessage]
    """

    kwargs = request_kwargs(
        template=template,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template: int | str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMessage | None:
    """Delete a stored template

     Messages already sent from it keep their archived copies.

    Args:
        template (int | str): A stored template's numeric id, or its name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMessage
    """

    return (
        await asyncio_detailed(
            template=template,
            client=client,
        )
    ).parsed
