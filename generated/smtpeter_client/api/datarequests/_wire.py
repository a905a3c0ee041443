"""How each operation of this tag builds its request and reads its answer.

``<operation>_request_kwargs`` and ``<operation>_parse_response``, which each endpoint module
re-exports as its ``request_kwargs`` and ``parse_response``. This module imports neither the
clients nor the models of request bodies (attrs classes, imported here only to type-check and
where a body is given as a model): a request built from a ``RawBody``, as the smtpeter SDK
builds every request, and its answer load neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.data_request_created import DataRequestCreated
from ...models.data_request_result import DataRequestResult
from ...models.data_request_status import DataRequestStatus
from ...types import ErrorMessage, RawBody

if TYPE_CHECKING:
    from ...models.data_request import DataRequest
    from ...models.data_request_form import DataRequestForm


def create_data_request_request_kwargs(
    *,
    body: DataRequest | DataRequestForm | RawBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datarequest",
    }

    if isinstance(body, RawBody):
        _kwargs["content"] = body.content
        headers.update(body.headers)
        headers["Content-Type"] = body.content_type
        _kwargs["headers"] = headers
        return _kwargs
    from ...models.data_request import DataRequest
    from ...models.data_request_form import DataRequestForm

    if isinstance(body, DataRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, DataRequestForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def create_data_request_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> DataRequestCreated | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = DataRequestCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DataRequestCreated.from_dict(response.json())

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


def get_data_request_status_request_kwargs(
    request_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datarequest/{request_id}/status".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def get_data_request_status_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> DataRequestStatus | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = DataRequestStatus.from_dict(response.json())

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


def get_data_request_request_kwargs(
    request_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datarequest/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    return _kwargs


def get_data_request_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> DataRequestResult | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = DataRequestResult.from_dict(response.json())

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
