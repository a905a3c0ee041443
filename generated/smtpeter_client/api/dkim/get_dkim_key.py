from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dkim_key import DkimKey
from ...types import ErrorMessage, Response, http_status


def request_kwargs(
    domain: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dkimkey/{domain}".format(
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> DkimKey | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = DkimKey.from_dict(response.json())

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
) -> Response[DkimKey | ErrorMessage]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DkimKey | ErrorMessage]:
    """The DKIM key in use for a sender domain

     The selector, algorithm and public key; the private key never leaves SMTPeter.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DkimKey | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> DkimKey | ErrorMessage | None:
    """The DKIM key in use for a sender domain

     The selector, algorithm and public key; the private key never leaves SMTPeter.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DkimKey | ErrorMessage
    """

    return sync_detailed(
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DkimKey | ErrorMessage]:
    """The DKIM key in use for a sender domain

     The selector, algorithm and public key; the private key never leaves SMTPeter.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DkimKey | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> DkimKey | ErrorMessage | None:
    """The DKIM key in use for a sender domain

     The selector, algorithm and public key; the private key never leaves SMTPeter.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DkimKey | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
        )
    ).parsed
