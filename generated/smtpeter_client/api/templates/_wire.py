"""How each operation of this tag builds its request and reads its answer.

``<operation>_request_kwargs`` and ``<operation>_parse_response``, which each endpoint module
re-exports as its ``request_kwargs`` and ``parse_response``. This module imports neither the
clients nor the models of request bodies (attrs classes, imported here only to type-check and
where a body is given as a model): a request built from a ``RawBody``, as the smtpeter SDK
builds every request, and its answer load neither.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.template_created import TemplateCreated
from ...models.template_document import TemplateDocument
from ...models.template_query_data import TemplateQueryData
from ...models.template_summary import TemplateSummary
from ...types import UNSET, ErrorMessage, File, RawBody, Unset

if TYPE_CHECKING:
    from ...models.template_create import TemplateCreate
    from ...models.template_update import TemplateUpdate


def list_templates_request_kwargs() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates",
    }

    return _kwargs


def list_templates_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[TemplateSummary] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_template_list_item_data in _response_200:
            componentsschemas_template_list_item = TemplateSummary.from_dict(
                componentsschemas_template_list_item_data
            )

            response_200.append(componentsschemas_template_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def list_templates_page_request_kwargs(
    start: int,
    length: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{start}/{length}".format(
            start=quote(str(start), safe=""),
            length=quote(str(length), safe=""),
        ),
    }

    return _kwargs


def list_templates_page_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[TemplateSummary] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_template_list_item_data in _response_200:
            componentsschemas_template_list_item = TemplateSummary.from_dict(
                componentsschemas_template_list_item_data
            )

            response_200.append(componentsschemas_template_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> TemplateDocument | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = TemplateDocument.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def delete_template_request_kwargs(
    template: int | str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/template/{template}".format(
            template=quote(str(template), safe=""),
        ),
    }

    return _kwargs


def delete_template_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_html_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/html".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_html_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> str | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_webversion_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/webversion".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_webversion_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> str | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_mime_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/mime".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_mime_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> File | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_embedded_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/embedded".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_embedded_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> File | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_template_text_request_kwargs(
    template: int | str,
    *,
    data: TemplateQueryData | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    params: dict[str, Any] = {}

    json_data: dict[str, Any] | Unset = UNSET
    if not isinstance(data, Unset):
        json_data = data.to_dict()
    if not isinstance(json_data, Unset):
        params.update(json_data)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/template/{template}/text".format(
            template=quote(str(template), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def get_template_text_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> str | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def update_template_request_kwargs(
    *,
    body: TemplateUpdate | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/template/html",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def update_template_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> TemplateCreated | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = TemplateCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TemplateCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 404:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def create_template_request_kwargs(
    *,
    body: TemplateCreate | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/template/html",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def create_template_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> TemplateCreated | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 201:
        response_201 = TemplateCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 413:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 500:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
