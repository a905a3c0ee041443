import httpx

from ...client import AuthenticatedClient, Client
from ...models.data_request import DataRequest
from ...models.data_request_created import DataRequestCreated
from ...models.data_request_form import DataRequestForm
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import create_data_request_parse_response as parse_response
from ._wire import create_data_request_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataRequestCreated | ErrorMessage]:
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
    body: DataRequest | DataRequestForm | RawBody,
) -> Response[DataRequestCreated | ErrorMessage]:
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
        Response[DataRequestCreated | ErrorMessage]
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
    body: DataRequest | DataRequestForm | RawBody,
) -> DataRequestCreated | ErrorMessage | None:
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
        DataRequestCreated | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataRequest | DataRequestForm | RawBody,
) -> Response[DataRequestCreated | ErrorMessage]:
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
        Response[DataRequestCreated | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataRequest | DataRequestForm | RawBody,
) -> DataRequestCreated | ErrorMessage | None:
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
        DataRequestCreated | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
