import httpx

from ...client import AuthenticatedClient, Client
from ...models.template_create import TemplateCreate
from ...models.template_created import TemplateCreated
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import create_template_parse_response as parse_response
from ._wire import create_template_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TemplateCreated | ErrorMessage]:
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
    body: TemplateCreate | RawBody,
) -> Response[TemplateCreated | ErrorMessage]:
    """Store a new template

     Stores a responsiveemail.com template document under a new id.

    SMTPeter's page writes this call as `POST /template/{format}` but
    shows only `html` as the format and does not say what the segment
    changes: the body is JSON either way, and the answer's `Location`
    header links to the new template in that format. This document
    therefore describes the one documented address, `/template/html`.

    Args:
        body (TemplateCreate): A new template document; it needs a `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TemplateCreated | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreate | RawBody,
) -> TemplateCreated | ErrorMessage | None:
    """Store a new template

     Stores a responsiveemail.com template document under a new id.

    SMTPeter's page writes this call as `POST /template/{format}` but
    shows only `html` as the format and does not say what the segment
    changes: the body is JSON either way, and the answer's `Location`
    header links to the new template in that format. This document
    therefore describes the one documented address, `/template/html`.

    Args:
        body (TemplateCreate): A new template document; it needs a `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TemplateCreated | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreate | RawBody,
) -> Response[TemplateCreated | ErrorMessage]:
    """Store a new template

     Stores a responsiveemail.com template document under a new id.

    SMTPeter's page writes this call as `POST /template/{format}` but
    shows only `html` as the format and does not say what the segment
    changes: the body is JSON either way, and the answer's `Location`
    header links to the new template in that format. This document
    therefore describes the one documented address, `/template/html`.

    Args:
        body (TemplateCreate): A new template document; it needs a `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TemplateCreated | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreate | RawBody,
) -> TemplateCreated | ErrorMessage | None:
    """Store a new template

     Stores a responsiveemail.com template document under a new id.

    SMTPeter's page writes this call as `POST /template/{format}` but
    shows only `html` as the format and does not say what the segment
    changes: the body is JSON either way, and the answer's `Location`
    header links to the new template in that format. This document
    therefore describes the one documented address, `/template/html`.

    Args:
        body (TemplateCreate): A new template document; it needs a `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TemplateCreated | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
