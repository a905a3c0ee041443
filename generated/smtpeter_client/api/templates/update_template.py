from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_created import TemplateCreated
from ...models.template_update import TemplateUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/template/html",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TemplateCreated | str | None:
    if response.status_code == 200:
        response_200 = TemplateCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TemplateCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TemplateCreated | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdate,
) -> Response[TemplateCreated | str]:
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
        Response[TemplateCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdate,
) -> TemplateCreated | str | None:
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
        TemplateCreated | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdate,
) -> Response[TemplateCreated | str]:
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
        Response[TemplateCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdate,
) -> TemplateCreated | str | None:
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
        TemplateCreated | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
