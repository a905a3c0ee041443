from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    domain: str,
    address: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/domain/{domain}/{address}".format(
            domain=quote(str(domain), safe=""),
            address=quote(str(address), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | str]:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        domain=domain,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | str | None:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        domain=domain,
        address=address,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | str]:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        domain=domain,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | str | None:
    """Stop sending a sender domain's DMARC reports to an address

     Removes a reporting address added with `addDomain`; SMTPeter's own address stays.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        address (str): A bare address (`local@domain`) used for delivery, without a display name.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            domain=domain,
            address=address,
            client=client,
        )
    ).parsed
