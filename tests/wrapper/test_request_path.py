"""The request path's shortcuts keep what they shortcut: URLs kept per path and with their
token, a caller's plain httpx client sent through by its transport, and no cookie jar."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import smtpeter
from smtpeter_client.client import AccessTokenAuth
from tests.support.clients import TOKEN

BASE = "https://api.example.test/v1"


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.startswith("/v1/text/"):
        return httpx.Response(200, text="body of " + request.url.path.split("/")[3])
    return httpx.Response(200, json={"id1": "john@example.com"})


def _send(client: smtpeter.SMTPeter) -> smtpeter.SendResult:
    return client.send(recipient="john@example.com", text="Hello John")


def test_every_path_keeps_its_own_url_beyond_what_is_kept() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return _answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with smtpeter.SMTPeter(TOKEN, base_url=BASE, http_client=http) as client:
        ids = [f"m{n}" for n in range(1200)]
        for message_id in ids + ids[:10]:
            assert client.messages.text(message_id) == f"body of {message_id}"
            _send(client)
        kept = len(client._urls)
    paths = [url.path for url in seen]
    assert paths[0::2] == [f"/v1/text/{m}" for m in ids + ids[:10]]
    assert set(paths[1::2]) == {"/v1/send"}
    assert {url.params["access_token"] for url in seen} == {TOKEN}
    assert all(len(url.params.get_list("access_token")) == 1 for url in seen)
    assert 0 < kept <= 512


def test_the_token_is_added_to_each_url_as_it_is() -> None:
    auth = AccessTokenAuth(TOKEN)
    for n in range(1100):
        url = httpx.URL(f"{BASE}/events/email/a{n}%40example.com", params={"start": "2026-01-0"})
        (sent,) = list(auth.auth_flow(httpx.Request("GET", url)))
        assert sent.url.path == f"/v1/events/email/a{n}@example.com"
        assert sent.url.raw_path.startswith(f"/v1/events/email/a{n}%40example.com?".encode())
        assert sent.url.params.multi_items() == [("start", "2026-01-0"), ("access_token", TOKEN)]
    assert len(auth._urls) <= 512
    assert TOKEN not in repr(auth)


def test_a_plain_http_client_sends_through_the_transport_mounted_for_the_url() -> None:
    mounted: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        mounted.append(request.url)
        return _answer(request)

    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(500)),
        mounts={"https://api.example.test": httpx.MockTransport(handler)},
    )
    with smtpeter.SMTPeter(TOKEN, base_url=BASE, http_client=http) as client:
        assert _send(client).message_ids == {"id1": "john@example.com"}
    assert [url.path for url in mounted] == ["/v1/send"]


def test_a_http_client_with_auth_and_hooks_sends_through_itself() -> None:
    events: list[str] = []

    class Marking(httpx.Auth):
        def auth_flow(self, request: httpx.Request):  # type: ignore[no-untyped-def]
            request.headers["X-Marked"] = "yes"
            yield request

    def handler(request: httpx.Request) -> httpx.Response:
        events.append("sent " + request.headers.get("X-Marked", "no"))
        return _answer(request)

    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        auth=Marking(),
        event_hooks={"response": [lambda r: events.append(f"hook {r.status_code}")]},
    )
    with smtpeter.SMTPeter(TOKEN, base_url=BASE, http_client=http) as client:
        _send(client)
        http.event_hooks = {"request": [lambda r: events.append("request hook")]}
        http.auth = None  # type: ignore[assignment]  # httpx types it without None
        _send(client)
    assert events == ["sent yes", "hook 200", "request hook", "sent no"]


def test_a_closed_http_client_is_refused_as_httpx_refuses_it() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    client = smtpeter.SMTPeter(TOKEN, base_url=BASE, http_client=http)
    http.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        _send(client)


@pytest.mark.parametrize("caller", [False, True])
def test_the_clients_keep_no_cookies(caller: bool) -> None:
    cookies: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cookies.append(request.headers.get("Cookie"))
        return httpx.Response(
            200, json={"id1": "john@example.com"}, headers={"Set-Cookie": "session=abc; Path=/"}
        )

    http = httpx.Client(transport=httpx.MockTransport(handler)) if caller else None
    with smtpeter.SMTPeter(TOKEN, base_url=BASE, http_client=http) as client:
        if http is None:  # the client's own connections: the mock put in their place
            own = client._transport._own
            assert own is not None
            own._transport = httpx.MockTransport(handler)  # type: ignore[assignment]
        _send(client)
        _send(client)
        assert not client._http.cookies
    assert cookies == [None, None]


def test_the_async_client_takes_the_same_shortcuts() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(
            200, json={"id1": "john@example.com"}, headers={"Set-Cookie": "session=abc"}
        )

    async def main() -> None:
        http = httpx.AsyncClient(mounts={"https://api.example.test": httpx.MockTransport(handler)})
        async with smtpeter.AsyncSMTPeter(TOKEN, base_url=BASE, http_client=http) as client:
            for _ in range(3):
                await client.send(recipient="john@example.com", text="Hello John")
            assert not client._http.cookies
        await http.aclose()

    asyncio.run(main())
    assert [(url.path, url.params["access_token"]) for url in seen] == [("/v1/send", TOKEN)] * 3
