import httpx

from ...client import AuthenticatedClient, Client
from ...models.dns_record import DnsRecord
from ...models.domain_settings import DomainSettings
from ...models.domain_settings_form import DomainSettingsForm
from ...types import UNSET, ErrorMessage, RawBody, Response, Unset, http_status
from ._wire import add_domain_parse_response as parse_response
from ._wire import add_domain_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DnsRecord | ErrorMessage]:
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
    body: DomainSettings | DomainSettingsForm | RawBody | Unset = UNSET,
) -> Response[DnsRecord | ErrorMessage]:
    """Add a sender domain, or change its settings

     The first call adds the domain and answers the DNS record that
    proves the customer controls it. Once that record is published, the
    same call approves the domain; any call may also set the bounce and
    tracking host names, HTTPS for rewritten links, the DMARC policy
    and its gradual roll-out, and add a DMARC reporting address (only
    for an approved domain). Settings left out keep their value (or
    their default, for a new domain).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DomainSettings | Unset): Settings of a sender domain, as JSON; each is optional. The
            bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).
        body (DomainSettingsForm | Unset): Settings of a sender domain, as JSON; each is optional.
            The bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DnsRecord | ErrorMessage]
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
    body: DomainSettings | DomainSettingsForm | RawBody | Unset = UNSET,
) -> DnsRecord | ErrorMessage | None:
    """Add a sender domain, or change its settings

     The first call adds the domain and answers the DNS record that
    proves the customer controls it. Once that record is published, the
    same call approves the domain; any call may also set the bounce and
    tracking host names, HTTPS for rewritten links, the DMARC policy
    and its gradual roll-out, and add a DMARC reporting address (only
    for an approved domain). Settings left out keep their value (or
    their default, for a new domain).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DomainSettings | Unset): Settings of a sender domain, as JSON; each is optional. The
            bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).
        body (DomainSettingsForm | Unset): Settings of a sender domain, as JSON; each is optional.
            The bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DnsRecord | ErrorMessage
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
    body: DomainSettings | DomainSettingsForm | RawBody | Unset = UNSET,
) -> Response[DnsRecord | ErrorMessage]:
    """Add a sender domain, or change its settings

     The first call adds the domain and answers the DNS record that
    proves the customer controls it. Once that record is published, the
    same call approves the domain; any call may also set the bounce and
    tracking host names, HTTPS for rewritten links, the DMARC policy
    and its gradual roll-out, and add a DMARC reporting address (only
    for an approved domain). Settings left out keep their value (or
    their default, for a new domain).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DomainSettings | Unset): Settings of a sender domain, as JSON; each is optional. The
            bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).
        body (DomainSettingsForm | Unset): Settings of a sender domain, as JSON; each is optional.
            The bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DnsRecord | ErrorMessage]
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
    body: DomainSettings | DomainSettingsForm | RawBody | Unset = UNSET,
) -> DnsRecord | ErrorMessage | None:
    """Add a sender domain, or change its settings

     The first call adds the domain and answers the DNS record that
    proves the customer controls it. Once that record is published, the
    same call approves the domain; any call may also set the bounce and
    tracking host names, HTTPS for rewritten links, the DMARC policy
    and its gradual roll-out, and add a DMARC reporting address (only
    for an approved domain). Settings left out keep their value (or
    their default, for a new domain).

    Args:
        domain (str): A fully qualified domain name without the final dot, e.g. `example.com`.
        body (DomainSettings | Unset): Settings of a sender domain, as JSON; each is optional. The
            bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).
        body (DomainSettingsForm | Unset): Settings of a sender domain, as JSON; each is optional.
            The bounce
            and tracking hosts must share the sender domain's organizational
            domain (defaults `bounces.` and `clicks.` before it).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DnsRecord | ErrorMessage
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
            body=body,
        )
    ).parsed
