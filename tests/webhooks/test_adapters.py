"""The adapters, driven through Django's and Starlette's test clients and plain WSGI/ASGI.

No ``from __future__ import annotations`` here: FastAPI evaluates an endpoint's annotations,
and ``Depends(verifier)`` names a local variable.
"""

import io
from collections.abc import Iterator, MutableMapping
from typing import Annotated, Any

import httpx

# Starlette's TestClient is driven by httpx2, the fork Starlette recommends (with plain httpx it
# warns that this is deprecated). Only these tests use it: the SDK itself stays on httpx.
import httpx2
import pytest

import smtpeter.webhooks
from smtpeter.webhooks import WebhookEvent
from tests.support.django_setup import ensure_django, urlconf
from tests.support.webhook_signer import SignedCall, WebhookSigner

ensure_django()

from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from fastapi import Depends, FastAPI  # noqa: E402
from starlette.applications import Starlette  # noqa: E402
from starlette.requests import Request  # noqa: E402
from starlette.responses import PlainTextResponse  # noqa: E402
from starlette.routing import Route  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from smtpeter.webhooks.django import smtpeter_webhook  # noqa: E402
from smtpeter.webhooks.starlette import WebhookVerifier  # noqa: E402

EVENT = {"id": "m1", "type": "bounce", "recipient": "ann@example.com", "tags": ["t"]}
HOST = "hooks.example.com"
PATH = "/hooks/smtpeter"
TARGET = "/hooks/smtpeter?source=smtpeter"


def forwarded_headers(call: SignedCall, **extra: str) -> dict[str, str]:
    """The call's headers minus Content-Length and Host, which the test clients set."""
    skip = {"content-length", "host", "content-type"}
    return {k: v for k, v in call.headers.items() if k.lower() not in skip} | extra


# --- Django ----------------------------------------------------------------------------------


@pytest.fixture
def django_client(signer: WebhookSigner) -> Iterator[tuple[Client, list[WebhookEvent]]]:
    received: list[WebhookEvent] = []

    @smtpeter_webhook(key_resolver=signer.resolver())
    def hook(request: HttpRequest, event: WebhookEvent) -> HttpResponse:
        received.append(event)
        return HttpResponse(status=204)

    with override_settings(ROOT_URLCONF=urlconf(**{"hooks/smtpeter": hook}),
                           ALLOWED_HOSTS=[HOST]):  # fmt: skip
        yield Client(enforce_csrf_checks=True), received


def django_post(client: Client, call: SignedCall, **options: Any) -> Any:
    return client.post(
        call.target,
        data=call.body,
        content_type=call.header("Content-Type"),
        headers=forwarded_headers(call) | {"host": call.header("Host")},
        **{"secure": True, **options},
    )


def test_django_view_gets_the_verified_event(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    client, received = django_client
    response = django_post(client, signer.sign(EVENT, target=TARGET))
    assert response.status_code == 204  # CSRF checks are on, and the view is exempt
    assert [event.to_dict() for event in received] == [EVENT]


def test_django_refuses_a_tampered_call_with_403(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    client, received = django_client
    call = signer.sign(EVENT, target=TARGET)
    response = django_post(client, call.with_body(call.body.replace(b"ann", b"eve")))
    assert response.status_code == 403
    assert response.content == b"webhook refused: the Digest (SHA-256) does not match the body"
    assert received == []


def test_django_refuses_plain_http_and_other_methods(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    client, received = django_client
    response = django_post(client, signer.sign(EVENT, target=TARGET), secure=False)
    assert (response.status_code, response.content) == (
        403, b"webhook refused: the call came over http, not HTTPS")  # fmt: skip
    assert client.get(PATH, secure=True, headers={"host": HOST}).status_code == 405
    assert received == []


def test_django_refuses_a_host_outside_allowed_hosts(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    client, received = django_client
    response = django_post(client, signer.sign(EVENT, target=TARGET, host="evil.example.com"))
    assert response.status_code == 400  # Django's DisallowedHost
    assert received == []


def test_django_behind_a_proxy_uses_djangos_forwarded_settings(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    """The proxy takes /public/hooks/smtpeter over HTTPS and passes /hooks/smtpeter over HTTP."""
    client, received = django_client
    call = signer.sign(EVENT, target="/public/hooks/smtpeter?source=smtpeter")
    headers = forwarded_headers(call, **{"X-Forwarded-Proto": "https", "X-Forwarded-Host": HOST})
    proxied: dict[str, Any] = {
        "data": call.body,
        "content_type": "application/json",
        "headers": headers | {"host": "backend:8000"},
    }
    assert client.post(TARGET, **proxied).status_code == 400  # backend:8000 is not allowed
    with override_settings(
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
        USE_X_FORWARDED_HOST=True,
        FORCE_SCRIPT_NAME="/public",
    ):
        assert client.post(TARGET, **proxied).status_code == 204
        assert client.post(TARGET, **{**proxied, "data": b"{}"}).status_code == 403
    assert len(received) == 1


def test_django_answers_400_for_a_signed_body_that_is_no_event(
    django_client: tuple[Client, list[WebhookEvent]], signer: WebhookSigner
) -> None:
    client, _ = django_client
    response = django_post(client, signer.sign({"id": "m1", "type": "hello"}, target=TARGET))
    assert response.status_code == 400
    assert response.content.startswith(b"webhook body refused: type: 'hello' is not a known")


# --- Starlette and FastAPI -----------------------------------------------------------------


def starlette_app(verifier: WebhookVerifier) -> Starlette:
    async def hook(request: Request) -> PlainTextResponse:
        event = await verifier(request)
        return PlainTextResponse(f"{event.type_} {event.id}")

    return Starlette(routes=[Route(PATH, hook, methods=["POST"])])


def fastapi_app(verifier: WebhookVerifier) -> FastAPI:
    app = FastAPI()

    @app.post(PATH)
    async def hook(event: Annotated[WebhookEvent, Depends(verifier)]) -> dict[str, str]:
        return {"type": event.type_, "id": event.id}

    return app


def post(
    client: TestClient, call: SignedCall, *, target: str | None = None, **headers: str
) -> httpx2.Response:
    response: httpx2.Response = client.post(
        target or call.target, content=call.body,
        headers={k: v for k, v in call.headers.items() if k.lower() != "content-length"} | headers,
    )  # fmt: skip
    return response


@pytest.mark.parametrize("make_app", [starlette_app, fastapi_app])
def test_starlette_and_fastapi_get_the_verified_event(make_app: Any, signer: WebhookSigner) -> None:
    app = make_app(WebhookVerifier(key_resolver=signer.resolver()))
    with TestClient(app, base_url=f"https://{HOST}") as client:
        good = post(client, signer.sign(EVENT, target=TARGET))
        assert good.status_code == 200
        assert "m1" in good.text and "bounce" in good.text
        call = signer.sign(EVENT, target=TARGET)
        forged = post(client, call.with_header("X-Copernica-ID", "environment-2"))
        assert forged.status_code == 403
        assert "the signature does not verify" in forged.text
        assert "environment-2" not in forged.text


@pytest.mark.parametrize("make_app", [starlette_app, fastapi_app])
def test_starlette_refuses_plain_http(make_app: Any, signer: WebhookSigner) -> None:
    app = make_app(WebhookVerifier(key_resolver=signer.resolver()))
    with TestClient(app, base_url=f"http://{HOST}") as client:
        response = post(client, signer.sign(EVENT, target=TARGET))
    assert response.status_code == 403
    assert "not HTTPS" in response.text


def test_starlette_behind_a_proxy_with_trusted_forwarded_headers(signer: WebhookSigner) -> None:
    call = signer.sign(EVENT, target="/public" + TARGET)
    proxy = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": HOST,
             "X-Forwarded-Prefix": "/public", "Host": "backend:8000"}  # fmt: skip
    trusting = fastapi_app(WebhookVerifier(key_resolver=signer.resolver(), trust_forwarded=True))
    with TestClient(trusting, base_url="http://backend:8000") as client:
        assert post(client, call, target=TARGET, **proxy).status_code == 200
    distrusting = fastapi_app(WebhookVerifier(key_resolver=signer.resolver()))
    with TestClient(distrusting, base_url="http://backend:8000") as client:
        assert "not HTTPS" in post(client, call, target=TARGET, **proxy).text


def test_a_host_argument_survives_a_host_rewrite(signer: WebhookSigner) -> None:
    app = fastapi_app(WebhookVerifier(key_resolver=signer.resolver(), host=HOST))
    with TestClient(app, base_url="https://backend:8000") as client:
        assert (
            post(client, signer.sign(EVENT, target=TARGET), Host="backend:8000").status_code == 200
        )


def test_starlette_answers_400_for_a_signed_body_that_is_no_event(signer: WebhookSigner) -> None:
    app = fastapi_app(WebhookVerifier(key_resolver=signer.resolver()))
    with TestClient(app, base_url=f"https://{HOST}") as client:
        response = post(client, signer.sign({"id": 1, "type": "open"}, target=TARGET))
    assert response.status_code == 400
    assert "id: must be a string" in response.text


# --- generic WSGI and ASGI -------------------------------------------------------------------


def wsgi_environ(call: SignedCall, **extra: str) -> dict[str, Any]:
    path, _, query = call.target.partition("?")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": call.method,
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_TYPE": call.header("Content-Type"),
        "CONTENT_LENGTH": str(len(call.body)),
        "wsgi.input": io.BytesIO(call.body),
        "wsgi.url_scheme": "https",
    }
    for name, value in call.headers.items():
        if name.lower() not in ("content-type", "content-length"):
            environ["HTTP_" + name.upper().replace("-", "_")] = value
    return environ | extra


def test_wsgi_helper_reads_the_call_and_leaves_the_body_readable(signer: WebhookSigner) -> None:
    from smtpeter.webhooks.wsgi import request_from_environ

    call = signer.sign(EVENT, target=TARGET)
    environ = wsgi_environ(call)
    request = request_from_environ(environ)
    assert smtpeter.webhooks.verify_request(request, key_resolver=signer.resolver()).id == "m1"
    assert environ["wsgi.input"].read() == call.body


def test_wsgi_helper_prefers_the_raw_request_line(signer: WebhookSigner) -> None:
    from smtpeter.webhooks.wsgi import request_from_environ, request_target

    call = signer.sign(EVENT, target="/hooks/a%2Fb?x=%7e")
    environ = wsgi_environ(call, PATH_INFO="/hooks/a/b", QUERY_STRING="x=%7e")
    assert request_target(environ) == "/hooks/a/b?x=%7e"  # the %2F is lost without RAW_URI
    environ["RAW_URI"] = "/hooks/a%2Fb?x=%7e"
    request = request_from_environ(environ)
    assert smtpeter.webhooks.verify_request(request, key_resolver=signer.resolver()).id == "m1"


def test_wsgi_helper_with_trusted_forwarded_headers(signer: WebhookSigner) -> None:
    from smtpeter.webhooks.wsgi import request_from_environ

    call = signer.sign(EVENT, target="/public" + TARGET)
    environ = wsgi_environ(
        call.with_header("Host", "backend"),
        PATH_INFO=PATH,
        **{"wsgi.url_scheme": "http", "HTTP_X_FORWARDED_PROTO": "https",
           "HTTP_X_FORWARDED_HOST": f"{HOST}, proxy.internal",
           "HTTP_X_FORWARDED_PREFIX": "/public/"},
    )  # fmt: skip
    request = request_from_environ(environ, trust_forwarded=True)
    assert (request.scheme, request.host, request.target) == ("https", HOST, "/public" + TARGET)
    assert smtpeter.webhooks.verify_request(request, key_resolver=signer.resolver()).id == "m1"


async def test_asgi_helper_reads_body_and_raw_target(signer: WebhookSigner) -> None:
    from smtpeter.webhooks.asgi import receive_request

    seen: list[WebhookEvent] = []

    async def app(scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        call = await receive_request(scope, receive)
        seen.append(smtpeter.webhooks.verify_request(call, key_resolver=signer.resolver()))
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    call = signer.sign(EVENT, target="/hooks/a%2Fb?x=1")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=f"https://{HOST}") as client:
        response = await client.post(
            call.target, content=call.body,
            headers={k: v for k, v in call.headers.items() if k.lower() != "content-length"},
        )  # fmt: skip
    assert response.status_code == 204
    assert [event.id for event in seen] == ["m1"]
