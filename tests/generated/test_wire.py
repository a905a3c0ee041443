"""What the generated client puts on the wire for `send`, seen by a real server on loopback.

SMTPeter wants the token as the `access_token` query parameter, which the generator can't
express (it only knows header tokens), so the client is given it as an httpx query parameter,
client-level or (as the wrapper does) per request; these tests show which ways of doing that
work and what each one sends.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smtpeter_client import AuthenticatedClient, Client
from smtpeter_client.api.sending import send
from smtpeter_client.models import (
    DataAttachment,
    Dsn,
    ExtraHeaders,
    PatchOperation,
    PersonalizationData,
    SendForm,
    SendRequest,
    Unsubscribe,
    UrlAttachment,
)
from tests.support.properties import examples

from .conftest import Received, RecordingServer, SpecProblems

# Characters that must be escaped in a query string, so that a token that arrives intact
# shows it was encoded, not just pasted.
TOKEN = "tok/3f+9a= &x%"
TIMEOUT = httpx.Timeout(10.0)
DOCUMENTED: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "spec" / "payloads" / "documented.json").read_text(
        encoding="utf-8"
    )
)


def client_for(server: RecordingServer) -> Client:
    """The generated client with the token as a client-level httpx query parameter."""
    return Client(
        base_url=server.base_url,
        timeout=TIMEOUT,
        httpx_args={"params": {"access_token": TOKEN}},
    )


def assert_send_post(received: Received, content_type: str) -> None:
    assert received.method == "POST"
    assert received.path == "/v1/send"
    assert received.query == {"access_token": [TOKEN]}
    assert received.header("Content-Type") == [content_type]
    assert received.header("Content-Length") == [str(len(received.body))]
    assert received.header("Authorization") == []


# --- where the token goes ---------------------------------------------------------------


def _client_with_httpx_args(url: str) -> Client | AuthenticatedClient:
    return Client(base_url=url, timeout=TIMEOUT, httpx_args={"params": {"access_token": TOKEN}})


def _client_with_own_httpx_client(url: str) -> Client | AuthenticatedClient:
    own = httpx.Client(base_url=url, timeout=TIMEOUT, params={"access_token": TOKEN})
    return Client(base_url=url).set_httpx_client(own)


def _authenticated_client_with_own_httpx_client(url: str) -> Client | AuthenticatedClient:
    own = httpx.Client(base_url=url, timeout=TIMEOUT, params={"access_token": TOKEN})
    return AuthenticatedClient(base_url=url, token=TOKEN).set_httpx_client(own)


@pytest.mark.parametrize(
    "make",
    [
        _client_with_httpx_args,
        _client_with_own_httpx_client,
        _authenticated_client_with_own_httpx_client,
    ],
    ids=[
        "Client-httpx_args-params",
        "Client-set_httpx_client",
        "AuthenticatedClient-set_httpx_client",
    ],
)
def test_token_rides_in_the_query_only(
    server: RecordingServer, make: Callable[[str], Client | AuthenticatedClient]
) -> None:
    with make(server.base_url) as client:
        send.sync(client=client, body=SendRequest(recipient="john@doe.com", text="Hi"))
    received = server.only()
    assert received.query == {"access_token": [TOKEN]}
    assert received.header("Authorization") == []
    assert TOKEN not in json.dumps(received.headers)
    assert TOKEN.encode() not in received.body


def test_authenticated_client_sends_the_token_as_the_query_parameter_only(
    server: RecordingServer,
) -> None:
    with AuthenticatedClient(base_url=server.base_url, token=TOKEN, timeout=TIMEOUT) as client:
        assert TOKEN not in repr(client) and TOKEN not in str(client)
        send.sync(client=client, body=SendRequest(recipient="john@doe.com", text="Hi"))
    received = server.only()
    assert received.query == {"access_token": [TOKEN]}
    assert received.header("Authorization") == []
    assert TOKEN.encode() not in received.body


@pytest.mark.parametrize(
    ("body", "key", "content_type"),
    [
        (SendRequest(recipient="john@doe.com", text="Hi"), "json", "application/json"),
        (
            SendForm(recipient="john@doe.com", text="Hi"),
            "data",
            "application/x-www-form-urlencoded",
        ),
    ],
    ids=["json", "form"],
)
def test_get_kwargs_with_per_request_params(
    server: RecordingServer, body: SendRequest | SendForm, key: str, content_type: str
) -> None:
    # The wrapper's route: the generated request kwargs, sent by its own httpx client with
    # the token added per request.
    kwargs = send._get_kwargs(body=body)
    assert set(kwargs) == {"method", "url", key, "headers"}
    assert (kwargs["method"], kwargs["url"]) == ("post", "/send")
    kwargs["url"] = server.base_url + kwargs["url"]
    with httpx.Client(timeout=TIMEOUT) as http:
        http.request(**kwargs, params={"access_token": TOKEN})
    assert_send_post(server.only(), content_type)


def test_token_in_base_url_query_is_mangled(server: RecordingServer) -> None:
    # Why the token can't simply be part of base_url: httpx appends the path to the query.
    with Client(base_url=f"{server.base_url}?access_token=abc", timeout=TIMEOUT) as client:
        send.sync(client=client, body=SendRequest(recipient="john@doe.com", text="Hi"))
    received = server.only()
    assert received.path == "/v1"
    assert received.query == {"access_token": ["abc/send"]}


# --- JSON bodies ------------------------------------------------------------------------

FULL_REQUEST_JSON: dict[str, Any] = {
    "envelope": "bounces@example.com",
    "recipients": {"jane@doe.com": {"firstname": "Jane"}, "john@doe.com": {"firstname": "John"}},
    "from": '"Info" <info@example.com>',
    "to": ["jane@doe.com", "John <john@doe.com>"],
    "cc": "boss@example.com",
    "replyto": "reply@example.com",
    "subject": "Grüße, {$firstname} ✓",
    "text": "line 1\r\nline 2",
    "html": "<p>Hi</p>",
    "unsubscribe": {"email": "u@example.com", "url": "https://example.com/u", "oneclick": True},
    "extra": {"x-campaign": "summer"},
    "attachments": [
        {"url": "https://example.com/a.pdf", "name": "a.pdf", "type": "application/pdf"},
        {"data": "SGVsbG8=", "name": "hello.txt", "type": "text/plain"},
    ],
    "template": {"subject": "inline"},
    "data": {"shop": "Example"},
    "patch": [
        {"op": "replace", "path": "/subject", "value": "Alternative"},
        {"op": "copy", "from": "/a", "path": "/b"},
    ],
    "inlinecss": True,
    "trackclicks": False,
    "trackopens": False,
    "trackbounces": True,
    "preventscam": True,
    "tags": ["summer-sale", "t2"],
    "maxdelivertime": "2026-01-05 10:00:00",
    "dsn": {"notify": "SUCCESS,FAILURE", "ret": "HDRS", "envid": "e-1", "orcpt": "o@example.com"},
    "images": "hosted",
}


def full_request() -> SendRequest:
    """Every SendRequest property, built from the generated models (not from_dict)."""
    data = PersonalizationData()
    data["shop"] = "Example"
    # recipients and template are unions by JSON type (if/then/else in openapi.yaml, which
    # every generator reads as any JSON): they take plain JSON values, not models.
    recipients = {"jane@doe.com": {"firstname": "Jane"}, "john@doe.com": {"firstname": "John"}}
    extra = ExtraHeaders()
    extra["x-campaign"] = "summer"
    template = {"subject": "inline"}
    return SendRequest(
        envelope="bounces@example.com",
        recipients=recipients,
        from_='"Info" <info@example.com>',
        to=["jane@doe.com", "John <john@doe.com>"],
        cc="boss@example.com",
        replyto="reply@example.com",
        subject="Grüße, {$firstname} ✓",
        text="line 1\r\nline 2",
        html="<p>Hi</p>",
        unsubscribe=Unsubscribe(email="u@example.com", url="https://example.com/u", oneclick=True),
        extra=extra,
        attachments=[
            UrlAttachment(url="https://example.com/a.pdf", name="a.pdf", type_="application/pdf"),
            DataAttachment(data="SGVsbG8=", name="hello.txt", type_="text/plain"),
        ],
        template=template,
        data=data,
        patch=[
            PatchOperation(op="replace", path="/subject", value="Alternative"),
            PatchOperation(op="copy", from_="/a", path="/b"),
        ],
        inlinecss=True,
        trackclicks=False,
        trackopens=False,
        trackbounces=True,
        preventscam=True,
        tags=["summer-sale", "t2"],
        maxdelivertime="2026-01-05 10:00:00",
        dsn=Dsn(notify="SUCCESS,FAILURE", ret="HDRS", envid="e-1", orcpt="o@example.com"),
        images="hosted",
    )


def received_json(received: Received) -> Any:
    assert_send_post(received, "application/json")
    return json.loads(received.body.decode("utf-8"))


def test_json_body_sync(server: RecordingServer, spec_problems: SpecProblems) -> None:
    with client_for(server) as client:
        parsed = send.sync(client=client, body=full_request())
    assert parsed == 1
    sent = received_json(server.only())
    assert sent == FULL_REQUEST_JSON
    assert spec_problems("SendRequest", sent) == []


async def test_json_body_async(server: RecordingServer, spec_problems: SpecProblems) -> None:
    async with client_for(server) as client:
        response = await send.asyncio_detailed(client=client, body=full_request())
    assert response.status_code == 200
    sent = received_json(server.only())
    assert sent == FULL_REQUEST_JSON
    assert spec_problems("SendRequest", sent) == []


def test_json_body_holds_only_the_given_properties(server: RecordingServer) -> None:
    with client_for(server) as client:
        send.sync(
            client=client,
            body=SendRequest(recipient="john@doe.com", from_="info@example.com", trackopens=False),
        )
    sent = received_json(server.only())
    assert sent == {"recipient": "john@doe.com", "from": "info@example.com", "trackopens": False}
    # JSON, not a form that happens to be labelled JSON
    assert server.only().body.lstrip().startswith(b"{")
    assert parse_qs(server.only().body.decode()) == {}


@pytest.mark.parametrize(
    "case",
    DOCUMENTED["json"],
    ids=[f"{c['doc']}:{c['name']}" for c in DOCUMENTED["json"]],
)
def test_documented_payload_survives_models_and_wire(
    server: RecordingServer, case: dict[str, Any]
) -> None:
    with client_for(server) as client:
        send.sync(client=client, body=SendRequest.from_dict(case["payload"]))
    assert received_json(server.only()) == case["payload"]


# --- form bodies ------------------------------------------------------------------------


def full_form() -> SendForm:
    return SendForm(
        envelope="info@example.com",
        recipients=["alice@example.com", "bob@example.com", "charles@example.com"],
        from_='"Info" <info@example.com>',
        to=["alice@example.com", '"Bob" <bob@example.com>'],
        cc=["carol@example.com"],
        replyto=["reply@example.com"],
        subject="Grüße & more = 100% +1",
        text="line 1\r\nline 2",
        html="<p>Hi</p>",
        template="12",
        inlinecss=True,
        trackclicks=True,
        trackopens=False,
        trackbounces=False,
        preventscam=True,
        tags=["summer-sale", "t2"],
        maxdelivertime="2026-01-05 10:00:00",
        images="hosted",
    )


# In SendForm's field order; list fields as repeated keys, booleans as "true"/"false".
FULL_FORM_PAIRS = [
    ("envelope", "info@example.com"),
    ("recipients", "alice@example.com"),
    ("recipients", "bob@example.com"),
    ("recipients", "charles@example.com"),
    ("from", '"Info" <info@example.com>'),
    ("to", "alice@example.com"),
    ("to", '"Bob" <bob@example.com>'),
    ("cc", "carol@example.com"),
    ("replyto", "reply@example.com"),
    ("subject", "Grüße & more = 100% +1"),
    ("text", "line 1\r\nline 2"),
    ("html", "<p>Hi</p>"),
    ("template", "12"),
    ("inlinecss", "true"),
    ("trackclicks", "true"),
    ("trackopens", "false"),
    ("trackbounces", "false"),
    ("preventscam", "true"),
    ("tags", "summer-sale"),
    ("tags", "t2"),
    ("maxdelivertime", "2026-01-05 10:00:00"),
    ("images", "hosted"),
]


def received_form(received: Received) -> list[tuple[str, str]]:
    assert_send_post(received, "application/x-www-form-urlencoded")
    # percent-encoded, so plain ASCII on the wire
    text = received.body.decode("ascii")
    return parse_qsl(text, keep_blank_values=True, strict_parsing=True, encoding="utf-8")


def test_form_body_sync(server: RecordingServer) -> None:
    with client_for(server) as client:
        assert send.sync(client=client, body=full_form()) == 1
    assert received_form(server.only()) == FULL_FORM_PAIRS


async def test_form_body_async(server: RecordingServer) -> None:
    async with client_for(server) as client:
        response = await send.asyncio_detailed(client=client, body=full_form())
    assert response.parsed == 1
    assert received_form(server.only()) == FULL_FORM_PAIRS


def test_form_body_is_not_json(server: RecordingServer) -> None:
    with client_for(server) as client:
        send.sync(client=client, body=SendForm(recipient="john@doe.com", trackclicks=False))
    assert received_form(server.only()) == [("recipient", "john@doe.com"), ("trackclicks", "false")]
    with pytest.raises(json.JSONDecodeError):
        json.loads(server.only().body)


def test_form_leaves_out_an_empty_list(server: RecordingServer) -> None:
    # A form has no way to say "empty list": the key is simply absent (JSON would send []).
    with client_for(server) as client:
        send.sync(client=client, body=SendForm(recipient="john@doe.com", tags=[]))
    assert received_form(server.only()) == [("recipient", "john@doe.com")]


def _flat(payload: dict[str, Any]) -> dict[str, Any] | None:
    """A documented JSON payload as SendForm data, or None if a form can't carry it."""
    form: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, dict) or key in {"attachments", "patch"}:
            return None
        if key in {"to", "cc", "replyto"} and isinstance(value, str):
            value = [value]
        form[key] = str(value) if key == "template" else value
    return form


FLAT_CASES = [
    (f"{c['doc']}:{c['name']}", form)
    for c in DOCUMENTED["json"] + DOCUMENTED["form"]
    if (form := _flat(c["payload"])) is not None
]


@pytest.mark.parametrize(
    "form", [form for _, form in FLAT_CASES], ids=[name for name, _ in FLAT_CASES]
)
def test_documented_flat_payload_as_form(server: RecordingServer, form: dict[str, Any]) -> None:
    with client_for(server) as client:
        send.sync(client=client, body=SendForm.from_dict(form))
    expected: dict[str, list[str]] = {}
    for key, value in form.items():
        values = value if isinstance(value, list) else [value]
        expected[key] = [str(v).lower() if isinstance(v, bool) else v for v in values]
    received: dict[str, list[str]] = {}
    for key, value in received_form(server.only()):
        received.setdefault(key, []).append(value)
    assert received == expected


@settings(
    max_examples=examples(40),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    subject=st.text(),
    tags=st.lists(st.text(), max_size=4),
)
def test_any_text_survives_form_encoding(
    server: RecordingServer, subject: str, tags: list[str]
) -> None:
    server.reset()
    with client_for(server) as client:
        send.sync(
            client=client, body=SendForm(recipient="a@example.com", subject=subject, tags=tags)
        )
    expected = [("recipient", "a@example.com"), ("subject", subject)] + [("tags", t) for t in tags]
    assert received_form(server.only()) == expected


@settings(
    max_examples=examples(40),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    subject=st.text(),
    data=st.dictionaries(
        st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True),
        st.text() | st.integers() | st.booleans(),
    ),
)
def test_any_text_survives_json_encoding(
    server: RecordingServer, subject: str, data: dict[str, Any]
) -> None:
    server.reset()
    with client_for(server) as client:
        send.sync(
            client=client,
            body=SendRequest(
                recipient="a@example.com", subject=subject, data=PersonalizationData.from_dict(data)
            ),
        )
    assert received_json(server.only()) == {
        "recipient": "a@example.com",
        "subject": subject,
        "data": data,
    }


def test_token_stays_out_of_logs_when_only_the_generated_client_is_imported(
    server: RecordingServer,
) -> None:
    """No wrapper in the process: the generated client keeps its token out of httpx's logs."""
    server.answer(200, "text/plain", b"Hello")
    program = f"""
import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
from smtpeter_client import AuthenticatedClient
from smtpeter_client.api.messages import get_text
with AuthenticatedClient(base_url={server.base_url!r}, token={TOKEN!r}) as client:
    print(repr(client))
    print("TEXT", get_text.sync("abc", client=client))
print("WRAPPER LOADED", "smtpeter" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    output = result.stdout + result.stderr
    assert "TEXT Hello" in output
    assert "WRAPPER LOADED False" in output
    assert "HTTP Request: GET" in output and "access_token=[REDACTED]" in output
    assert TOKEN not in output
    assert server.only().query == {"access_token": [TOKEN]}
