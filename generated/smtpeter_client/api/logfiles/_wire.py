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
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...models.abuse_record import AbuseRecord
from ...models.attempt_record import AttemptRecord
from ...models.click_record import ClickRecord
from ...models.delivery_record import DeliveryRecord
from ...models.dmarc_record import DmarcRecord
from ...models.failure_record import FailureRecord
from ...models.log_prefix import LogPrefix
from ...models.open_record import OpenRecord
from ...models.returned_mail_record import ReturnedMailRecord
from ...types import ErrorMessage, File


def list_log_dates_request_kwargs() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles",
    }

    return _kwargs


def list_log_dates_parse_response(
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


def list_log_files_request_kwargs(
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{date}".format(
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def list_log_files_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> list[str] | ErrorMessage | None:
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = cast(list[str], response.json())

        return response_200

    if response.status_code == 400:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if response.status_code == 401:
        return ErrorMessage(status_code=response.status_code, text=response.text)
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def get_log_file_request_kwargs(
    prefix: LogPrefix,
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{prefix}.{date}.log".format(
            prefix=quote(str(prefix), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def get_log_file_parse_response(
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


def get_log_file_with_header_request_kwargs(
    prefix: LogPrefix,
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{prefix}.{date}.log/header".format(
            prefix=quote(str(prefix), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def get_log_file_with_header_parse_response(
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


def get_log_file_json_request_kwargs(
    prefix: LogPrefix,
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{prefix}.{date}.log/json".format(
            prefix=quote(str(prefix), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def get_log_file_json_parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> (
    list[
        AbuseRecord
        | AttemptRecord
        | ClickRecord
        | DeliveryRecord
        | DmarcRecord
        | FailureRecord
        | OpenRecord
        | ReturnedMailRecord
    ]
    | ErrorMessage
    | None
):
    """The answer as this operation documents it: its model for a success, ``ErrorMessage``
    for a documented error, None (or ``errors.UnexpectedStatus``) for anything else."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_log_record_list_item_data in _response_200:

            def _parse_componentsschemas_log_record_list_item(
                data: object,
            ) -> (
                AbuseRecord
                | AttemptRecord
                | ClickRecord
                | DeliveryRecord
                | DmarcRecord
                | FailureRecord
                | OpenRecord
                | ReturnedMailRecord
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_0 = FailureRecord.from_dict(data)

                    return componentsschemas_log_record_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_1 = DeliveryRecord.from_dict(data)

                    return componentsschemas_log_record_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_2 = ClickRecord.from_dict(data)

                    return componentsschemas_log_record_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_3 = OpenRecord.from_dict(data)

                    return componentsschemas_log_record_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_4 = AttemptRecord.from_dict(data)

                    return componentsschemas_log_record_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_5 = ReturnedMailRecord.from_dict(
                        data
                    )

                    return componentsschemas_log_record_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_log_record_type_6 = AbuseRecord.from_dict(data)

                    return componentsschemas_log_record_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_record_type_7 = DmarcRecord.from_dict(data)

                return componentsschemas_log_record_type_7

            componentsschemas_log_record_list_item = (
                _parse_componentsschemas_log_record_list_item(
                    componentsschemas_log_record_list_item_data
                )
            )

            response_200.append(componentsschemas_log_record_list_item)

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


def get_log_file_xml_request_kwargs(
    prefix: LogPrefix,
    date: datetime.date,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation: method, URL
    relative to the base URL, query, headers and body (no token: the client's auth adds it)."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logfiles/{prefix}.{date}.log/xml".format(
            prefix=quote(str(prefix), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def get_log_file_xml_parse_response(
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
