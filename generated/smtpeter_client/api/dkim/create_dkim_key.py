import httpx

from ...client import AuthenticatedClient, Client
from ...models.dkim_key import DkimKey
from ...models.dkim_key_form import DkimKeyForm
from ...models.dkim_key_request import DkimKeyRequest
from ...types import UNSET, ErrorMessage, RawBody, Response, Unset, http_status
from ._wire import create_dkim_key_parse_response as parse_response
from ._wire import create_dkim_key_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


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
    body: DkimKeyRequest | DkimKeyForm | RawBody | Unset = UNSET,
) -> Response[DkimKey | ErrorMessage]:
    """Make a new DKIM key for a sender domain

     SMTPeter makes a new RSA key pair, keeps the private key and signs
    the domain's mail with the new key from now on. SMTPeter's docs
    list this call without its parameters; this document takes an
    optional `selector` (by default SMTPeter picks one).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DkimKeyRequest | Unset):
        body (DkimKeyForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DkimKey | ErrorMessage]
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
    body: DkimKeyRequest | DkimKeyForm | RawBody | Unset = UNSET,
) -> DkimKey | ErrorMessage | None:
    """Make a new DKIM key for a sender domain

     SMTPeter makes a new RSA key pair, keeps the private key and signs
    the domain's mail with the new key from now on. SMTPeter's docs
    list this call without its parameters; this document takes an
    optional `selector` (by default SMTPeter picks one).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DkimKeyRequest | Unset):
        body (DkimKeyForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DkimKey | ErrorMessage
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
    body: DkimKeyRequest | DkimKeyForm | RawBody | Unset = UNSET,
) -> Response[DkimKey | ErrorMessage]:
    """Make a new DKIM key for a sender domain

     SMTPeter makes a new RSA key pair, keeps the private key and signs
    the domain's mail with the new key from now on. SMTPeter's docs
    list this call without its parameters; this document takes an
    optional `selector` (by default SMTPeter picks one).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DkimKeyRequest | Unset):
        body (DkimKeyForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DkimKey | ErrorMessage]
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
    body: DkimKeyRequest | DkimKeyForm | RawBody | Unset = UNSET,
) -> DkimKey | ErrorMessage | None:
    """Make a new DKIM key for a sender domain

     SMTPeter makes a new RSA key pair, keeps the private key and signs
    the domain's mail with the new key from now on. SMTPeter's docs
    list this call without its parameters; this document takes an
    optional `selector` (by default SMTPeter picks one).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DkimKeyRequest | Unset):
        body (DkimKeyForm | Unset):

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
            body=body,
        )
    ).parsed
