"""Webhook diagnostics: the sandbox's recorded calls, ``smtpeter webhooks replay`` to a real
loopback HTTPS endpoint (verified there), ``smtpeter webhooks check`` on tampered captures,
``verify()``'s steps and explanations, and the webhook fault rules."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import smtpeter.webhooks
from smtpeter._cli import main
from smtpeter.sandbox import RunningSandbox, running_sandbox
from smtpeter.testing import sandbox_key_resolver
from tests.support.https_server import RecordedRequest, Reply, ScriptedHTTPSServer
from tests.support.webhook_signer import WebhookSigner

from .conftest import NOW

TIMEOUT = 30.0
MESSAGE = {"from": "shop@example.com", "subject": "Hi", "text": "Hello"}
TOKEN = "sandbox-secret-token-42"


@pytest.fixture(scope="module")
def endpoint_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def endpoint(endpoint_ca: trustme.CA) -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(endpoint_ca, default=Reply(status=204)) as server:
        yield server


@pytest.fixture
def other_endpoint(endpoint_ca: trustme.CA) -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(endpoint_ca, default=Reply.text("got it")) as server:
        yield server


@pytest.fixture
def ca_file(endpoint: ScriptedHTTPSServer, tmp_path: Path) -> Path:
    return endpoint.write_ca_pem(tmp_path / "endpoint-ca.pem")


@pytest.fixture
def sandbox(endpoint: ScriptedHTTPSServer, ca_file: Path) -> Iterator[RunningSandbox]:
    url = f"{endpoint.origin}/hooks/smtpeter"
    with running_sandbox(webhooks=[url], webhook_ca_file=ca_file, token=TOKEN) as running:
        yield running


@pytest.fixture
def sandbox_env(sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch) -> RunningSandbox:
    monkeypatch.setenv("SMTPETER_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("SMTPETER_TOKEN", sandbox.token)
    monkeypatch.setenv("SSL_CERT_FILE", str(sandbox.ca_file))
    return sandbox


def send(sandbox: RunningSandbox, **fields: Any) -> list[str]:
    with httpx.Client(verify=sandbox.ssl_context()) as client:
        response = client.post(
            f"{sandbox.base_url}/send", params={"access_token": sandbox.token}, json=fields
        )
    response.raise_for_status()
    return list(response.json())


def raw_http(request: RecordedRequest, **changes: str) -> bytes:
    headers = {name: value for name, value in request.headers.items()}
    for name, value in changes.items():
        headers[name.replace("_", "-")] = value
    head = f"{request.method} {request.target} HTTP/1.1\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    return head.encode("latin-1") + b"\r\n" + request.body


def check(
    tmp_path: Path, raw: bytes, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    capture = tmp_path / "call.http"
    capture.write_bytes(raw)
    status = main(["webhooks", "check", str(capture), *args])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_the_sandbox_lists_each_webhook_call_it_made(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    first, second = send(sandbox, recipients=["ann@example.com", "bob@example.com"], **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    origin = sandbox.base_url.removesuffix("/v1")
    with httpx.Client(verify=sandbox.ssl_context()) as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        listed = client.get(f"{origin}/_sandbox/webhooks", headers=auth).json()
        one = client.get(
            f"{origin}/_sandbox/webhooks", headers=auth, params={"message_id": second}
        ).json()
        assert client.get(f"{origin}/_sandbox/webhooks").status_code == 401
    assert {call["message_id"] for call in listed["calls"]} == {first, second}
    assert [call["message_id"] for call in one["calls"]] == [second]
    call = one["calls"][0]
    assert (call["status"], call["error"], call["event_type"]) == (204, None, "delivery")
    assert call["url"] == f"{endpoint.origin}/hooks/smtpeter"
    assert "signature" in call["headers"]
    received = next(r for r in endpoint.requests if r.json()["id"] == second)
    assert call["body"].encode() == received.body
    assert listed["key_id"] == sandbox.app.webhooks.key_id


def test_replay_resends_a_message_s_calls_signed_for_the_new_endpoint(
    sandbox_env: RunningSandbox,
    other_endpoint: ScriptedHTTPSServer,
    ca_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sandbox = sandbox_env
    first, second = send(sandbox, recipients=["ann@example.com", "bob@example.com"], **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    url = f"{other_endpoint.origin}/local/hook?x=1"
    assert main(["webhooks", "replay", first, url, "--ca", str(ca_file)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"POST {url} (delivery event of {first}) -> 200 OK",
        "    got it",
    ]
    (request,) = other_endpoint.requests
    event = smtpeter.webhooks.verify(
        request.method,
        request.target,
        request.headers,
        request.body,
        key_resolver=sandbox_key_resolver(sandbox),
    )
    assert event.id == first
    assert TOKEN not in out
    assert main(["webhooks", "replay", "--all", url, "--ca", str(ca_file)]) == 0
    assert len(other_endpoint.requests) == 3
    assert {r.json()["id"] for r in other_endpoint.requests[1:]} == {first, second}


def test_replay_of_an_unknown_message_and_a_failing_endpoint_exit_1(
    sandbox_env: RunningSandbox,
    endpoint: ScriptedHTTPSServer,
    ca_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (message_id,) = send(sandbox_env, recipient="ann@example.com", **MESSAGE)
    assert sandbox_env.app.webhooks.wait(TIMEOUT)
    url = f"{endpoint.origin}/hooks"
    assert main(["webhooks", "replay", "nope", url, "--ca", str(ca_file)]) == 1
    assert "no webhook calls recorded for message nope" in capsys.readouterr().err
    endpoint.script(Reply(status=500))
    assert main(["webhooks", "replay", message_id, url, "--ca", str(ca_file)]) == 1
    assert "-> 500 Internal Server Error" in capsys.readouterr().out


def _captured(sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer) -> RecordedRequest:
    send(sandbox, recipient="ann@example.com", **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    (request,) = endpoint.requests
    return request


def test_check_explains_each_tampering(
    sandbox: RunningSandbox,
    endpoint: ScriptedHTTPSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    request = _captured(sandbox, endpoint)
    key = ["--key-record", sandbox.app.webhooks.key_record]
    status, out = check(tmp_path, raw_http(request), capsys, *key)
    assert status == 0, out
    assert out.rstrip().endswith("valid: the call is SMTPeter's, unchanged and recent")

    changed = request.body.replace(b"ann@", b"eve@")
    tampered = raw_http(request, content_length=str(len(changed)))
    tampered = tampered[: -len(request.body)] + changed
    status, out = check(tmp_path, tampered, capsys, *key)
    assert status == 1
    assert "[FAIL] digest: the Digest (SHA-256) does not match the body" in out
    assert "the body changed after signing" in out
    assert "[pass] signature: the signature verifies with that key" in out  # not a forgery

    real_host = request.headers["host"]
    behind_proxy = raw_http(request, host="internal:8000", x_forwarded_host=real_host)
    status, out = check(tmp_path, behind_proxy, capsys, *key)
    assert status == 1
    assert "Host seen behind a proxy" in out
    assert check(tmp_path, behind_proxy, capsys, *key, "--trust-forwarded")[0] == 0
    assert check(tmp_path, behind_proxy, capsys, *key, "--host", real_host)[0] == 0

    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    status, out = check(tmp_path, raw_http(request), capsys, *key, "--now", later)
    assert status == 1
    assert "[FAIL] date: the call is too old" in out
    assert "clock skew" in out

    other = WebhookSigner.generate().record
    status, out = check(tmp_path, raw_http(request), capsys, "--key-record", other)
    assert status == 1
    assert "[FAIL] signature: the signature does not verify" in out
    assert "signed with another key" in out


def test_check_reads_json_and_stdin_and_refuses_garbage(
    sandbox: RunningSandbox,
    endpoint: ScriptedHTTPSServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request = _captured(sandbox, endpoint)
    document = {
        "method": request.method,
        "target": request.target,
        "headers": request.headers,
        "body": request.body.decode(),
    }
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(document).encode())))
    assert main(["webhooks", "check", "-", "--key-record", sandbox.app.webhooks.key_record]) == 0
    capsys.readouterr()
    status, out = check(tmp_path, b"hello", capsys)
    assert status == 2
    assert "not an HTTP request line" in out


def test_verify_failures_carry_the_steps_and_the_explanation(signer: WebhookSigner) -> None:
    call = signer.sign({"id": "a1", "type": "delivery"}, date=NOW)
    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        smtpeter.webhooks.verify(
            call.method,
            call.target,
            call.headers,
            call.body + b" ",
            key_resolver=signer.resolver(),
            now=NOW,
        )
    error = caught.value
    assert error.check == "digest"
    assert "body changed after signing" in error.explanation
    assert [(s.name, s.passed) for s in error.steps][-2:] == [("date", True), ("digest", False)]

    def no_dns(key_id: str) -> str:
        raise LookupError("DNS timed out")

    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        smtpeter.webhooks.verify(
            call.method, call.target, call.headers, call.body, key_resolver=no_dns, now=NOW
        )
    assert caught.value.check == "key"
    assert "DNS failure" in caught.value.explanation
    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        smtpeter.webhooks.verify(
            call.method,
            call.target,
            call.headers,
            call.body,
            key_resolver=signer.resolver(),
            now=NOW + timedelta(hours=2),
        )
    assert "clock skew" in caught.value.explanation
    with_port = call.with_header("Host", "hooks.example.com:443")  # a proxy added the port
    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        smtpeter.webhooks.verify(
            with_port.method,
            with_port.target,
            with_port.headers,
            with_port.body,
            key_resolver=signer.resolver(),
            now=NOW,
        )
    assert "header canonicalisation" in caught.value.explanation
    plain = smtpeter.webhooks.WebhookRequest(
        call.method, call.target, call.headers, call.body, scheme="http"
    )
    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        smtpeter.webhooks.verify_request(plain, key_resolver=signer.resolver(), now=NOW)
    assert caught.value.check == "https"
    assert "X-Forwarded-Proto" in caught.value.explanation
    assert [(s.name, s.passed) for s in caught.value.steps] == [("https", False)]


# --- webhook faults ---------------------------------------------------------------------------


def test_webhook_faults_drop_twice_out_of_order_and_late(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    hooks = sandbox.app.webhooks
    sandbox.faults.add(id="lost", operation="webhook", nth=1, action="drop")
    sandbox.faults.add(id="again", operation="webhook", nth=2, action="twice")
    first, second = send(sandbox, recipients=["a@example.com", "b@example.com"], **MESSAGE)
    assert hooks.wait(TIMEOUT)
    assert [r.json()["id"] for r in endpoint.requests] == [second, second]
    assert endpoint.requests[0].headers == endpoint.requests[1].headers  # the very same call
    assert [(r.message_id, r.status, r.fault) for r in hooks.results] == [
        (first, 0, "lost (drop)"),
        (second, 204, "again (twice)"),
        (second, 204, "again (twice)"),
    ]

    sandbox.faults.clear()
    sandbox.faults.add(operation="webhook", nth=1, action="out-of-order")
    third, fourth = send(sandbox, recipients=["c@example.com", "d@example.com"], **MESSAGE)
    assert hooks.wait(TIMEOUT)
    assert [r.json()["id"] for r in endpoint.requests[2:]] == [fourth, third]

    sandbox.faults.clear()
    sandbox.faults.add(operation="webhook", nth=1, action="late", delay=1.0)
    started = time.monotonic()
    (fifth,) = send(sandbox, recipient="e@example.com", **MESSAGE)
    assert hooks.wait(TIMEOUT)
    assert time.monotonic() - started >= 1.0
    assert endpoint.requests[-1].json()["id"] == fifth
    assert [(e["operation"], e["action"]) for e in sandbox.faults.log] == [("webhook", "late")]
