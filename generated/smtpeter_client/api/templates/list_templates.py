import httpx

from ...client import AuthenticatedClient, Client
from ...models.template_summary import TemplateSummary
from ...types import ErrorMessage, Response, http_status
from ._wire import list_templates_parse_response as parse_response
from ._wire import list_templates_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


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
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[TemplateSummary] | ErrorMessage]:
    """List every stored template

     The id and name of every template in the account, in SMTPeter's order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TemplateSummary] | ErrorMessage]
    """

    kwargs = request_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[TemplateSummary] | ErrorMessage | None:
    """List every stored template

     The id and name of every template in the account, in SMTPeter's order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TemplateSummary] | ErrorMessage
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[TemplateSummary] | ErrorMessage]:
    """List every stored template

     The id and name of every template in the account, in SMTPeter's order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[TemplateSummary] | ErrorMessage]
    """

    kwargs = request_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[TemplateSummary] | ErrorMessage | None:
    """List every stored template

     The id and name of every template in the account, in SMTPeter's order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TemplateSummary] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
