"""AsyncSMTPeter: the same essentials as the sync client, against the same real HTTPS server."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest

import smtpeter
import smtpeter._client
from tests.support.clients import (
    TOKEN,
    LogCapture,
    assert_no_token,
    exception_texts,
    make_async_client,
)
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"


async def _send(client: smtpeter.AsyncSMTPeter, **kwargs: Any) -> smtpeter.SendResult:
    return await client.send(recipient=JOHN, text="Hi", **kwargs)


async def test_send_json(async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer) -> None:
    result = await async_client.send(
        recipients={JOHN: {"firstname": "John"}},
        from_="Shop <shop@example.com>",
        subject="Hello {$firstname}",
        html="<p>Hi</p>",
        trackopens=False,
    )
    assert result.message_ids == {"1cb1d9b0a1f4e7a2": JOHN}
    (request,) = server.requests
    assert request.path == "/v1/send"
    assert request.query["access_token"] == [TOKEN]
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "recipients": {JOHN: {"firstname": "John"}},
        "from": "Shop <shop@example.com>",
        "subject": "Hello {$firstname}",
        "html": "<p>Hi</p>",
        "trackopens": False,
    }


async def test_send_form(async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer) -> None:
    server.script(Reply.json(1))
    result = await async_client.send(
        encoding="form", recipients=["a@example.com", "b@example.com"], text="Hi", tags=["t"]
    )
    assert result.message_ids == {}
    (request,) = server.requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.form() == {
        "recipients": ["a@example.com", "b@example.com"],
        "text": ["Hi"],
        "tags": ["t"],
    }


async def test_validation_refuses_before_sending(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        await _send(async_client, subject="a\r\nBcc: v@example.com")
    assert caught.value.field == "subject"
    with pytest.raises(smtpeter.ValidationError) as caught:
        await async_client.send(encoding="form", recipient=JOHN, text="x", data={"a": 1})
    assert "json" in str(caught.value)
    assert server.requests == []


async def test_resend_and_messages(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply.json({"new": JOHN}), Reply.text(JOHN), Reply.text("<p>x</p>"))
    assert (await async_client.resend("old")).message_ids == {"new": JOHN}
    assert await async_client.messages.recipient("a/b") == JOHN
    assert await async_client.messages.html("abc") == "<p>x</p>"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/resend"),
        ("GET", "/v1/recipient/a%2Fb"),
        ("GET", "/v1/html/abc"),
    ]


async def test_context_manager_and_with_options_share_and_close_the_pool(
    server: ScriptedHTTPSServer, ca_pem: Path
) -> None:
    async with make_async_client(server.base_url, ca_pem) as client:
        clone = client.with_options(max_retries=0, timeout=9)
        assert clone._transport is client._transport  # one connection pool
        assert clone.max_retries == 0 and client.max_retries == 2
        assert clone.timeout == httpx.Timeout(9)
        await _send(clone)
        await clone.close()
        assert not client._http.is_closed
        await _send(client)
    assert client._http.is_closed
    assert len(server.requests) == 2


async def test_passed_in_http_client_stays_open(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext
) -> None:
    http = httpx.AsyncClient(verify=ssl_context)
    async with smtpeter.AsyncSMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client:
        await _send(client)
    assert not http.is_closed
    await http.aclose()
    assert len(server.requests) == 1


async def test_retries_use_the_async_sleep(
    async_client: smtpeter.AsyncSMTPeter,
    server: ScriptedHTTPSServer,
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_blocking_sleep(seconds: float) -> None:
        raise AssertionError("the async client called the blocking sleep")

    monkeypatch.setattr(smtpeter._client, "_sleep", no_blocking_sleep)
    server.script(Reply(status=503), Reply(status=429, headers={"Retry-After": "2"}))
    await _send(async_client)
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5
    assert sleeps[1] == 2.0


async def test_send_not_retried_after_500(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.text("boom", status=500))
    with pytest.raises(smtpeter.InternalServerError) as caught:
        await _send(async_client)
    assert caught.value.may_have_been_sent is True
    assert caught.value.status_code == 500
    assert "boom" in str(caught.value)
    assert len(server.requests) == 1
    assert sleeps == []


async def test_reads_retry_500(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.text("boom", status=500), Reply.dropped(), Reply.text("body"))
    assert await async_client.messages.text("abc") == "body"
    assert len(server.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, smtpeter.BadRequestError),
        (401, smtpeter.AuthenticationError),
        (404, smtpeter.NotFoundError),
        (429, smtpeter.RateLimitError),
    ],
)
async def test_error_statuses(
    server: ScriptedHTTPSServer, ca_pem: Path, status: int, cls: type[smtpeter.APIStatusError]
) -> None:
    server.script(Reply.text("explained", status=status))
    async with make_async_client(server.base_url, ca_pem, max_retries=0) as client:
        with pytest.raises(cls) as caught:
            await _send(client)
    assert caught.value.status_code == status
    assert "explained" in str(caught.value)


async def test_connection_refused_is_retried(
    refused_base_url: str, ca_pem: Path, sleeps: list[float]
) -> None:
    async with make_async_client(refused_base_url, ca_pem) as client:
        with pytest.raises(smtpeter.APIConnectionError) as caught:
            await _send(client)
    assert not isinstance(caught.value, smtpeter.APITimeoutError)
    assert caught.value.may_have_been_sent is False
    assert len(sleeps) == 2


async def test_dropped_connection_not_retried(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.dropped())
    with pytest.raises(smtpeter.APIConnectionError) as caught:
        await _send(async_client)
    assert caught.value.may_have_been_sent is True
    assert len(server.requests) == 1
    assert sleeps == []


async def test_read_timeout_and_with_options_timeout(
    server: ScriptedHTTPSServer, ca_pem: Path, sleeps: list[float]
) -> None:
    server.script(Reply.json({"a": JOHN}, delay=1.0), Reply.json({"b": JOHN}, delay=0.4))
    async with make_async_client(
        server.base_url, ca_pem, timeout=httpx.Timeout(10, read=0.25)
    ) as client:
        with pytest.raises(smtpeter.APITimeoutError) as caught:
            await _send(client)
        assert caught.value.may_have_been_sent is True
        assert len(server.requests) == 1
        result = await _send(client.with_options(timeout=10))
    assert result.message_ids == {"b": JOHN}
    assert len(server.requests) == 2
    assert sleeps == []


async def test_untrusted_certificate_fails_and_is_not_retried(
    server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    async with smtpeter.AsyncSMTPeter(TOKEN, base_url=server.base_url) as client:
        with pytest.raises(smtpeter.APIConnectionError) as caught:
            await _send(client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert caught.value.may_have_been_sent is False
    assert sleeps == []
    assert server.requests == []


async def test_ssl_cert_file_and_http_client_are_trusted(
    server: ScriptedHTTPSServer,
    ca_pem: Path,
    ssl_context: ssl.SSLContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_pem))
    async with smtpeter.AsyncSMTPeter(TOKEN, base_url=server.base_url) as client:
        await _send(client)
    monkeypatch.delenv("SSL_CERT_FILE")
    async with (
        httpx.AsyncClient(verify=ssl_context) as http,
        smtpeter.AsyncSMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
    ):
        await _send(client)
    assert len(server.requests) == 2


@pytest.mark.parametrize("path", ["success", "401", "500", "refused", "timeout", "tls"])
async def test_token_never_shows(
    path: str,
    server: ScriptedHTTPSServer,
    ca_pem: Path,
    refused_base_url: str,
    logs: LogCapture,
) -> None:
    base_url = refused_base_url if path == "refused" else server.base_url
    timeout = httpx.Timeout(10, read=0.2) if path == "timeout" else smtpeter.DEFAULT_TIMEOUT
    if path == "401":
        server.script(Reply.text(f"bad token {TOKEN}", status=401))
    elif path == "500":
        server.script(Reply.text("oops", status=500))
    elif path == "timeout":
        server.script(Reply.json(1, delay=1.0))
    if path == "tls":
        client = smtpeter.AsyncSMTPeter(TOKEN, base_url=base_url)
    else:
        client = make_async_client(base_url, ca_pem, timeout=timeout)
    texts = [repr(client), repr(client.with_options(max_retries=1))]
    async with client:
        try:
            texts.append(repr(await _send(client)))
        except smtpeter.APIError as error:
            texts += exception_texts(error)
            if isinstance(error, smtpeter.APIStatusError):
                texts += [repr(error.response.request), str(error.response.url)]
    assert (path == "success") == (len(texts) == 3)
    assert_no_token(texts)
    assert logs.root_records
    assert_no_token(logs.texts())
