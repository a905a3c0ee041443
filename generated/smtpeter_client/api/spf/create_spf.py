from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.spf_record import SpfRecord
from ...models.spf_settings import SpfSettings
from ...models.spf_settings_form import SpfSettingsForm
from ...types import UNSET, ErrorMessage, RawBody, Response, Unset, http_status


def request_kwargs(
    domain: str,
    *,
    body: SpfSettings | SpfSettingsForm | RawBody | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/spf/{domain}".format(
            domain=quote(str(domain), safe=""),
        ),
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs
    if isinstance(body, SpfSettings):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SpfSettingsForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> SpfRecord | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = SpfRecord.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SpfRecord.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpfRecord | ErrorMessage]:
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
    body: SpfSettings | SpfSettingsForm | RawBody | Unset = UNSET,
) -> Response[SpfRecord | ErrorMessage]:
    """Publish an SPF record for a sender domain, with extra senders

     SMTPeter hosts an SPF record that allows its own servers; this adds
    the other addresses and domains the customer sends mail from.
    SMTPeter's docs list the call without its parameters: this
    document takes `ips` (addresses or networks) and `includes`
    (domains whose SPF record is included). A second call replaces the
    lists.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (SpfSettings | Unset):
        body (SpfSettingsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpfRecord | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpfSettings | SpfSettingsForm | RawBody | Unset = UNSET,
) -> SpfRecord | ErrorMessage | None:
    """Publish an SPF record for a sender domain, with extra senders

     SMTPeter hosts an SPF record that allows its own servers; this adds
    the other addresses and domains the customer sends mail from.
    SMTPeter's docs list the call without its parameters: this
    document takes `ips` (addresses or networks) and `includes`
    (domains whose SPF record is included). A second call replaces the
    lists.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (SpfSettings | Unset):
        body (SpfSettingsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpfRecord | ErrorMessage
    """

    return sync_detailed(
        domain=domain,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpfSettings | SpfSettingsForm | RawBody | Unset = UNSET,
) -> Response[SpfRecord | ErrorMessage]:
    """Publish an SPF record for a sender domain, with extra senders

     SMTPeter hosts an SPF record that allows its own servers; this adds
    the other addresses and domains the customer sends mail from.
    SMTPeter's docs list the call without its parameters: this
    document takes `ips` (addresses or networks) and `includes`
    (domains whose SPF record is included). A second call replaces the
    lists.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (SpfSettings | Unset):
        body (SpfSettingsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpfRecord | ErrorMessage]
    """

    kwargs = request_kwargs(
        domain=domain,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
    body: SpfSettings | SpfSettingsForm | RawBody | Unset = UNSET,
) -> SpfRecord | ErrorMessage | None:
    """Publish an SPF record for a sender domain, with extra senders

     SMTPeter hosts an SPF record that allows its own servers; this adds
    the other addresses and domains the customer sends mail from.
    SMTPeter's docs list the call without its parameters: this
    document takes `ips` (addresses or networks) and `includes`
    (domains whose SPF record is included). A second call replaces the
    lists.

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (SpfSettings | Unset):
        body (SpfSettingsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpfRecord | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
            body=body,
        )
    ).parsed
