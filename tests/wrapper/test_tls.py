"""Certificate verification stays on; a test CA is trusted only the ways a user would trust it."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import trustme

import smtpeter
from tests.support.clients import TOKEN
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"


def _verify_failure(error: smtpeter.APIConnectionError) -> None:
    assert "CERTIFICATE_VERIFY_FAILED" in str(error)
    assert not isinstance(error, smtpeter.APITimeoutError)
    assert error.may_have_been_sent is False


CALLS: dict[str, Callable[[smtpeter.SMTPeter], object]] = {
    "send": lambda c: c.send(recipient=JOHN, text="Hi"),
    "messages.text": lambda c: c.messages.text("abc"),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_untrusted_certificate_fails_and_is_not_retried(
    server: ScriptedHTTPSServer, sleeps: list[float], call: Callable[[smtpeter.SMTPeter], object]
) -> None:
    with (
        smtpeter.SMTPeter(TOKEN, base_url=server.base_url) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
    ):
        call(client)
    _verify_failure(caught.value)
    assert sleeps == []  # a certificate problem does not go away by trying again
    assert server.requests == []


def test_certificate_for_another_host_fails(
    ca: trustme.CA, ssl_context: ssl.SSLContext, sleeps: list[float]
) -> None:
    with (
        ScriptedHTTPSServer(ca, hostnames=["smtpeter.example"]) as server,
        httpx.Client(verify=ssl_context) as http,
        smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
    ):
        client.send(recipient=JOHN, text="Hi")
    _verify_failure(caught.value)
    assert "127.0.0.1" in str(caught.value)  # the mismatch is named
    assert sleeps == []


def test_ssl_cert_file_set_before_construction_is_trusted(
    server: ScriptedHTTPSServer, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_pem))
    with smtpeter.SMTPeter(TOKEN, base_url=server.base_url) as client:
        monkeypatch.delenv("SSL_CERT_FILE")  # read at construction: removing it changes nothing
        assert client.send(recipient=JOHN, text="Hi").message_ids
    assert len(server.requests) == 1


def test_ssl_cert_file_set_after_construction_is_not_read(
    server: ScriptedHTTPSServer, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with smtpeter.SMTPeter(TOKEN, base_url=server.base_url) as client:
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_pem))
        with pytest.raises(smtpeter.APIConnectionError) as caught:
            client.send(recipient=JOHN, text="Hi")
    _verify_failure(caught.value)
    assert server.requests == []


def test_http_client_with_ssl_context_is_trusted(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext
) -> None:
    server.script(Reply.json({"1cb1d9b0a1f4e7a2": JOHN}), Reply.text("Hello"))
    with (
        httpx.Client(verify=ssl_context) as http,
        smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
    ):
        assert client.send(recipient=JOHN, text="Hi").message_ids
        assert client.messages.text("abc") == "Hello"
    assert [r.method for r in server.requests] == ["POST", "GET"]


def test_http_client_without_the_ca_is_not_trusted(server: ScriptedHTTPSServer) -> None:
    with (
        httpx.Client() as http,
        smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
    ):
        client.send(recipient=JOHN, text="Hi")
    _verify_failure(caught.value)


def test_a_different_ca_is_not_trusted(server: ScriptedHTTPSServer, tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    with (
        httpx.Client(verify=ssl.create_default_context(cafile=str(other))) as http,
        smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
    ):
        client.send(recipient=JOHN, text="Hi")
    _verify_failure(caught.value)
