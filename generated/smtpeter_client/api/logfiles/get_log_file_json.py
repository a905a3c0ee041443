import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abuse_record import AbuseRecord
from ...models.attempt_record import AttemptRecord
from ...models.click_record import ClickRecord
from ...models.delivery_record import DeliveryRecord
from ...models.dmarc_record import DmarcRecord
from ...models.failure_record import FailureRecord
from ...models.log_prefix import LogPrefix
from ...models.open_record import OpenRecord
from ...models.returned_mail_record import ReturnedMailRecord
from ...types import ErrorMessage, Response, http_status


def request_kwargs(
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


_get_kwargs = request_kwargs


def parse_response(
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
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
]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
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
]:
    """Download a log file as JSON records

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        prefix=prefix,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
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
    """Download a log file as JSON records

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord] | ErrorMessage
    """

    return sync_detailed(
        prefix=prefix,
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
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
]:
    """Download a log file as JSON records

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord] | ErrorMessage]
    """

    kwargs = request_kwargs(
        prefix=prefix,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prefix: LogPrefix,
    date: datetime.date,
    *,
    client: AuthenticatedClient | Client,
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
    """Download a log file as JSON records

    Args:
        prefix (LogPrefix): What a log file records.
        date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AbuseRecord | AttemptRecord | ClickRecord | DeliveryRecord | DmarcRecord | FailureRecord | OpenRecord | ReturnedMailRecord] | ErrorMessage
    """

    return (
        await asyncio_detailed(
            prefix=prefix,
            date=date,
            client=client,
        )
    ).parsed
