from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...models.data_request_created import DataRequestCreated
from ...models.data_request_form import DataRequestForm
from ...types import Response


def _get_kwargs(
    *,
    body: DataRequest | DataRequestForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datarequest",
    }

    if isinstance(body, DataRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, DataRequestForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataRequestCreated | str | None:
    if response.status_code == 200:
        response_200 = DataRequestCreated.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DataRequestCreated.from_dict(response.json())

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
) -> Response[DataRequestCreated | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataRequest | DataRequestForm,
) -> Response[DataRequestCreated | str]:
    """Ask for everything SMTPeter stores about an email address

     Gathering the data takes a while: poll `getDataRequestStatus`, then
    read `getDataRequest`. With `monitor`, SMTPeter also posts the data
    to that URL, or mails it to that address, when it is ready.

    Args:
        body (DataRequest):
        body (DataRequestForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataRequestCreated | str]
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
    body: DataRequest | DataRequestForm,
) -> DataRequestCreated | str | None:
    """Ask for everything SMTPeter stores about an email address

     Gathering the data takes a while: poll `getDataRequestStatus`, then
    read `getDataRequest`. With `monitor`, SMTPeter also posts the data
    to that URL, or mails it to that address, when it is ready.

    Args:
        body (DataRequest):
        body (DataRequestForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataRequestCreated | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataRequest | DataRequestForm,
) -> Response[DataRequestCreated | str]:
    """Ask for everything SMTPeter stores about an email address

     Gathering the data takes a while: poll `getDataRequestStatus`, then
    read `getDataRequest`. With `monitor`, SMTPeter also posts the data
    to that URL, or mails it to that address, when it is ready.

    Args:
        body (DataRequest):
        body (DataRequestForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataRequestCreated | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataRequest | DataRequestForm,
) -> DataRequestCreated | str | None:
    """Ask for everything SMTPeter stores about an email address

     Gathering the data takes a while: poll `getDataRequestStatus`, then
    read `getDataRequest`. With `monitor`, SMTPeter also posts the data
    to that URL, or mails it to that address, when it is ready.

    Args:
        body (DataRequest):
        body (DataRequestForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataRequestCreated | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
