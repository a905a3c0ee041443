"""How each operation of this tag builds its request and reads its answer.

``<operation>_request_kwargs`` and ``<operation>_parse_response``, which each endpoint module
re-exports as its ``request_kwargs`` and ``parse_response``. This module imports neither the
clients nor the models of request bodies (attrs classes, imported here only to type-check and
where a body is given as a model): a request built from a ``RawBody``, as the smtpeter SDK
builds every request, and its answer load neither.
"""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import ErrorMessage, File


def list_dmarc_dates_request_kwargs() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc",
    }

    return _kwargs


def list_dmarc_dates_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[datetime.date] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_date_list_item_data in _response_200:
            componentsschemas_date_list_item = datetime.date.fromisoformat(
                componentsschemas_date_list_item_data
            )

            response_200.append(componentsschemas_date_list_item)

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 429:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_dmarc_report_request_kwargs(
    date: datetime.date,
    reporter: str,
    domain: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc/{date}/{reporter}/{domain}".format(
            date=quote(str(date), safe=""),
            reporter=quote(str(reporter), safe=""),
            domain=quote(str(domain), safe=""),
        ),
    }

    return _kwargs


def get_dmarc_report_parse_response(
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


def get_dmarc_report_by_index_request_kwargs(
    date: datetime.date,
    reporter: str,
    domain: str,
    index: int,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dmarc/{date}/{reporter}/{domain}/{index}".format(
            date=quote(str(date), safe=""),
            reporter=quote(str(reporter), safe=""),
            domain=quote(str(domain), safe=""),
            index=quote(str(index), safe=""),
        ),
    }

    return _kwargs


def get_dmarc_report_by_index_parse_response(
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
