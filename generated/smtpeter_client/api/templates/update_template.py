import httpx

from ...client import AuthenticatedClient, Client
from ...models.template_created import TemplateCreated
from ...models.template_update import TemplateUpdate
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import update_template_parse_response as parse_response
from ._wire import update_template_request_kwargs as request_kwargs

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
    body: TemplateUpdate | RawBody,
) -> Response[TemplateCreated | ErrorMessage]:
    """Replace a stored template

     Replaces the document of the template named by the body's `id`
    (or, when template names are unique, its `name`).

    The table of all calls does not list this method, but the
    templates page documents it with an example (contradiction 5 of
    the docs' README). It is described here because the page shows
    both the request and the answer, and the table leaves out other
    documented calls too. As with `createTemplate`, the one documented
    address is `/template/html`.

    Args:
        body (TemplateUpdate): The new document of a stored template, which the `id` names (or the
            `name`, when names are unique). It replaces the stored document.

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
    body: TemplateUpdate | RawBody,
) -> TemplateCreated | ErrorMessage | None:
    """Replace a stored template

     Replaces the document of the template named by the body's `id`
    (or, when template names are unique, its `name`).

    The table of all calls does not list this method, but the
    templates page documents it with an example (contradiction 5 of
    the docs' README). It is described here because the page shows
    both the request and the answer, and the table leaves out other
    documented calls too. As with `createTemplate`, the one documented
    address is `/template/html`.

    Args:
        body (TemplateUpdate): The new document of a stored template, which the `id` names (or the
            `name`, when names are unique). It replaces the stored document.

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
    body: TemplateUpdate | RawBody,
) -> Response[TemplateCreated | ErrorMessage]:
    """Replace a stored template

     Replaces the document of the template named by the body's `id`
    (or, when template names are unique, its `name`).

    The table of all calls does not list this method, but the
    templates page documents it with an example (contradiction 5 of
    the docs' README). It is described here because the page shows
    both the request and the answer, and the table leaves out other
    documented calls too. As with `createTemplate`, the one documented
    address is `/template/html`.

    Args:
        body (TemplateUpdate): The new document of a stored template, which the `id` names (or the
            `name`, when names are unique). It replaces the stored document.

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
    body: TemplateUpdate | RawBody,
) -> TemplateCreated | ErrorMessage | None:
    """Replace a stored template

     Replaces the document of the template named by the body's `id`
    (or, when template names are unique, its `name`).

    The table of all calls does not list this method, but the
    templates page documents it with an example (contradiction 5 of
    the docs' README). It is described here because the page shows
    both the request and the answer, and the table leaves out other
    documented calls too. As with `createTemplate`, the one documented
    address is `/template/html`.

    Args:
        body (TemplateUpdate): The new document of a stored template, which the `id` names (or the
            `name`, when names are unique). It replaces the stored document.

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
