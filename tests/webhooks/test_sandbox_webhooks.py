"""The sandbox's signed webhook calls, received by a real HTTPS endpoint and verified."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import smtpeter.webhooks
from smtpeter.sandbox import RunningSandbox, create_app, running_sandbox
from smtpeter.testing import sandbox_key_resolver, trust_webhook_keys
from tests.support.https_server import RecordedRequest, Reply, ScriptedHTTPSServer
from tests.support.processes import banner

TIMEOUT = 30.0  # the most a test waits for the background calls (never reached when working)


@pytest.fixture(scope="module")
def endpoint_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def endpoint(endpoint_ca: trustme.CA) -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(endpoint_ca, default=Reply(status=204)) as server:
        yield server


@pytest.fixture
def sandbox(
    endpoint: ScriptedHTTPSServer, endpoint_ca: trustme.CA, tmp_path: Path
) -> Iterator[RunningSandbox]:
    ca_file = endpoint.write_ca_pem(tmp_path / "endpoint-ca.pem")
    url = f"{endpoint.origin}/hooks/smtpeter?source=sandbox"
    with running_sandbox(webhooks=[url], webhook_ca_file=ca_file) as running:
        yield running


def send(sandbox: RunningSandbox, **fields: Any) -> dict[str, str]:
    with httpx.Client(verify=sandbox.ssl_context()) as client:
        response = client.post(
            f"{sandbox.base_url}/send", params={"access_token": sandbox.token}, json=fields
        )
    response.raise_for_status()
    ids: dict[str, str] = response.json()
    return ids


def verify(request: RecordedRequest, **options: Any) -> smtpeter.webhooks.WebhookEvent:
    return smtpeter.webhooks.verify(
        request.method, request.target, request.headers, request.body, **options
    )


MESSAGE = {"from": "shop@example.com", "subject": "Hi", "text": "Hello", "tags": ["welcome"]}


def test_each_accepted_message_is_posted_signed_and_verifies(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    ids = send(sandbox, recipients=["ann@example.com", "bob@example.com"], **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    requests = endpoint.requests
    assert {r.target for r in requests} == {"/hooks/smtpeter?source=sandbox"}
    events = [verify(r, key_resolver=sandbox_key_resolver(sandbox)) for r in requests]
    assert sorted((e.id, e.recipient) for e in events) == sorted(ids.items())  # type: ignore[union-attr]
    for event in events:
        assert isinstance(event, smtpeter.webhooks.DeliveryEvent)
        assert event.tags == ["welcome"]
        assert event.code == 250
    assert [r.status for r in sandbox.app.webhooks.results] == [204, 204]
    headers = requests[0].headers
    assert headers["host"] == f"127.0.0.1:{endpoint.port}"
    assert headers["x-copernica-id"] == "environment-0"
    assert 'keyId="sandbox-' in headers["signature"]
    assert "._domainkey.copernica.com" in headers["signature"]


def test_an_endpoint_verifies_with_its_production_settings_inside_trust_webhook_keys(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    send(sandbox, recipient="ann@example.com", **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    with trust_webhook_keys(sandbox_key_resolver(sandbox)):
        event = verify(endpoint.requests[0], host=f"127.0.0.1:{endpoint.port}")
    assert event.type_ == "delivery"


def test_a_resend_is_posted_too(sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer) -> None:
    (message_id,) = send(sandbox, recipient="ann@example.com", **MESSAGE)
    with httpx.Client(verify=sandbox.ssl_context()) as client:
        client.post(
            f"{sandbox.base_url}/resend",
            params={"access_token": sandbox.token},
            json={"message": message_id},
        ).raise_for_status()
    assert sandbox.app.webhooks.wait(TIMEOUT)
    ids = [verify(r, key_resolver=sandbox_key_resolver(sandbox)).id for r in endpoint.requests]
    assert len(ids) == 2 and ids[0] == message_id and ids[1] != message_id


def test_another_sandbox_key_does_not_verify_the_calls(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    send(sandbox, recipient="ann@example.com", **MESSAGE)
    assert sandbox.app.webhooks.wait(TIMEOUT)
    other = create_app()
    with pytest.raises(smtpeter.webhooks.SignatureError) as caught:
        verify(endpoint.requests[0], key_resolver=sandbox_key_resolver(other))
    assert caught.value.check == "key"  # another keyId: the other sandbox knows no such key


def test_urls_are_added_and_removed_while_running(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    webhooks = sandbox.app.webhooks
    second = f"{endpoint.origin}/second"
    webhooks.add(second)
    webhooks.add(second)
    assert webhooks.urls == (f"{endpoint.origin}/hooks/smtpeter?source=sandbox", second)
    webhooks.remove(f"{endpoint.origin}/hooks/smtpeter?source=sandbox")
    send(sandbox, recipient="ann@example.com", **MESSAGE)
    assert webhooks.wait(TIMEOUT)
    assert [r.path for r in endpoint.requests] == ["/second"]
    with pytest.raises(ValueError, match="must be an https:// URL"):
        webhooks.add("http://127.0.0.1/hooks")
    with pytest.raises(ValueError):
        webhooks.remove("https://never.added/")


def test_failed_calls_are_recorded_and_do_not_disturb_sending(
    sandbox: RunningSandbox, endpoint: ScriptedHTTPSServer
) -> None:
    endpoint.script(Reply.text("boom", status=500))
    untrusted = ScriptedHTTPSServer()  # a certificate from a CA the sandbox does not trust
    try:
        sandbox.app.webhooks.add(f"{untrusted.origin}/hooks")
        send(sandbox, recipient="ann@example.com", **MESSAGE)
        assert sandbox.app.webhooks.wait(TIMEOUT)
    finally:
        untrusted.close()
    outcomes = {r.url: r for r in sandbox.app.webhooks.results}
    assert outcomes[f"{endpoint.origin}/hooks/smtpeter?source=sandbox"].status == 500
    refused = outcomes[f"{untrusted.origin}/hooks"]
    assert refused.status == 0 and refused.error is not None
    assert "CERTIFICATE_VERIFY_FAILED" in refused.error
    assert untrusted.requests == []


def test_a_local_endpoint_with_the_sandboxs_own_ca_is_trusted(tmp_path: Path) -> None:
    with running_sandbox(state_dir=tmp_path) as sandbox:
        ca = trustme.CA.from_pem(
            (tmp_path / "ca.pem").read_bytes(), (tmp_path / "ca-key.pem").read_bytes()
        )
        with ScriptedHTTPSServer(ca, default=Reply(status=200)) as local:
            sandbox.app.webhooks.add(f"{local.origin}/hooks")
            send(sandbox, recipient="ann@example.com", **MESSAGE)
            assert sandbox.app.webhooks.wait(TIMEOUT)
            assert [r.status for r in sandbox.app.webhooks.results] == [200]
            assert verify(local.requests[0], key_resolver=sandbox_key_resolver(sandbox))


def test_without_urls_nothing_is_posted_and_no_key_is_made() -> None:
    app = create_app()
    assert app.webhooks.urls == ()
    assert app.webhooks._key is None


def test_the_command_refuses_a_plain_http_webhook() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0",
         "--webhook", "http://127.0.0.1:9/hooks"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--webhook: 'http://127.0.0.1:9/hooks' is not an https:// URL" in result.stderr


def test_the_command_posts_webhooks_that_another_process_verifies(
    endpoint: ScriptedHTTPSServer, tmp_path: Path
) -> None:
    ca_file = endpoint.write_ca_pem(tmp_path / "endpoint-ca.pem")
    url = f"{endpoint.origin}/hooks"
    process = subprocess.Popen(
        [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0",
         "--webhook", url, "--webhook-ca", str(ca_file)],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "XDG_CACHE_HOME": str(tmp_path)},
    )  # fmt: skip
    assert process.stdout is not None
    try:
        lines = banner(process)
        assert f"webhook:        {url}" in lines
        exported = dict(
            line.removeprefix("export ").split("=", 1)
            for line in lines
            if line.startswith("export ")
        )
        with httpx.Client(verify=ssl.create_default_context(cafile=exported["SSL_CERT_FILE"])) as c:
            c.post(
                f"{exported['SMTPETER_BASE_URL']}/send",
                params={"access_token": exported["SMTPETER_TOKEN"]},
                json={"recipient": "ann@example.com", **MESSAGE},
            ).raise_for_status()
        while not (line := process.stdout.readline()).startswith("webhook delivery"):
            assert line, "the sandbox exited before posting"
        assert line.rstrip("\n") == f"webhook delivery -> {url} 204"
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    resolver = sandbox_key_resolver(tmp_path / "smtpeter-sandbox")
    key_id = next(line.split()[-1] for line in lines if line.startswith("webhook keyId:"))
    assert resolver(key_id).startswith("v=DKIM1; k=rsa; p=")
    (request,) = endpoint.requests
    assert verify(request, key_resolver=resolver).recipient == "ann@example.com"  # type: ignore[union-attr]
