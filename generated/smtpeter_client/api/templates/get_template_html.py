import httpx

from ...client import AuthenticatedClient, Client
from ...models.template_query_data import TemplateQueryData
from ...types import UNSET, ErrorMessage, Response, Unset, http_status
from ._wire import get_template_html_parse_response as parse_response
from ._wire import get_template_html_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


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
    """Read a stored template as HTML for email clients

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
    """Read a stored template as HTML for email clients

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
    """Read a stored template as HTML for email clients

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
    """Read a stored template as HTML for email clients

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
