from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_create import TemplateCreate
from ...models.template_created import TemplateCreated
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/template/html",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TemplateCreated | str | None:
    if response.status_code == 201:
        response_201 = TemplateCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 429:
        response_429 = response.text
        return response_429

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
    body: TemplateCreate,
) -> Response[TemplateCreated | str]:
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
    body: TemplateCreate,
) -> TemplateCreated | str | None:
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
        TemplateCreated | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreate,
) -> Response[TemplateCreated | str]:
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
    body: TemplateCreate,
) -> TemplateCreated | str | None:
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
        TemplateCreated | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
