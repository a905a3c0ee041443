import httpx

from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_form import WebhookForm
from ...models.webhook_request import WebhookRequest
from ...types import ErrorMessage, RawBody, Response, http_status
from ._wire import configure_webhook_parse_response as parse_response
from ._wire import configure_webhook_request_kwargs as request_kwargs

_get_kwargs = request_kwargs


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Webhook | ErrorMessage]:
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
    body: WebhookRequest | WebhookForm | RawBody,
) -> Response[Webhook | ErrorMessage]:
    """Set the URL SMTPeter posts one type of event to

     SMTPeter's docs list this call without its parameters. This
    document takes the event `type` and the `url`; a type has one URL,
    so a second call for the same type replaces it. (The dashboard
    also asks to verify the URL with a file; the REST docs say
    nothing about that.)

    Args:
        body (WebhookRequest):
        body (WebhookForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | ErrorMessage]
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
    body: WebhookRequest | WebhookForm | RawBody,
) -> Webhook | ErrorMessage | None:
    """Set the URL SMTPeter posts one type of event to

     SMTPeter's docs list this call without its parameters. This
    document takes the event `type` and the `url`; a type has one URL,
    so a second call for the same type replaces it. (The dashboard
    also asks to verify the URL with a file; the REST docs say
    nothing about that.)

    Args:
        body (WebhookRequest):
        body (WebhookForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest | WebhookForm | RawBody,
) -> Response[Webhook | ErrorMessage]:
    """Set the URL SMTPeter posts one type of event to

     SMTPeter's docs list this call without its parameters. This
    document takes the event `type` and the `url`; a type has one URL,
    so a second call for the same type replaces it. (The dashboard
    also asks to verify the URL with a file; the REST docs say
    nothing about that.)

    Args:
        body (WebhookRequest):
        body (WebhookForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | ErrorMessage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest | WebhookForm | RawBody,
) -> Webhook | ErrorMessage | None:
    """Set the URL SMTPeter posts one type of event to

     SMTPeter's docs list this call without its parameters. This
    document takes the event `type` and the `url`; a type has one URL,
    so a second call for the same type replaces it. (The dashboard
    also asks to verify the URL with a file; the REST docs say
    nothing about that.)

    Args:
        body (WebhookRequest):
        body (WebhookForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
