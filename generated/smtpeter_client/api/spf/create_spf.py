import httpx

from ...client import AuthenticatedClient, Client
from ...models.spf_record import SpfRecord
from ...models.spf_settings import SpfSettings
from ...models.spf_settings_form import SpfSettingsForm
from ...types import UNSET, ErrorMessage, RawBody, Response, Unset, http_status
from ._wire import create_spf_parse_response as parse_response
from ._wire import create_spf_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


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
