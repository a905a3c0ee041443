"""Constructing clients: the token, the base URL, timeouts, retries, with_options, closing."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest

import smtpeter
from tests.support.clients import TOKEN, make_client
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")


def _send(client: smtpeter.SMTPeter) -> smtpeter.SendResult:
    return client.send(recipient="john@example.com", text="Hello John")


class _Recorder:
    """A MockTransport handler that keeps the requests and accepts every send."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"id1": "john@example.com"})


def _mock_client(
    recorder: _Recorder,
    base_url: str = "https://api.example.test/v1",
    timeout: float | httpx.Timeout | None = smtpeter.DEFAULT_TIMEOUT,
) -> smtpeter.SMTPeter:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return smtpeter.SMTPeter(TOKEN, base_url=base_url, http_client=http, timeout=timeout)


# --- the token --------------------------------------------------------------------------------


def test_token_argument_travels_as_access_token_query(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    _send(client)
    (request,) = server.requests
    assert request.method == "POST"
    assert request.path == "/v1/send"
    assert request.query["access_token"] == [TOKEN]
    assert "authorization" not in request.headers


def test_token_comes_from_environment_when_not_given(
    server: ScriptedHTTPSServer, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "tok-from-env-42")
    with make_client(server.base_url, ca_pem, token=None) as client:
        _send(client)
    assert server.requests[0].query["access_token"] == ["tok-from-env-42"]


def test_token_argument_wins_over_environment(
    server: ScriptedHTTPSServer, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "tok-from-env-42")
    with make_client(server.base_url, ca_pem, token=TOKEN) as client:
        _send(client)
    assert server.requests[0].query["access_token"] == [TOKEN]


@pytest.mark.parametrize("token", [None, "", "   "])
def test_missing_token_is_a_clear_error_at_construction(token: str | None) -> None:
    with pytest.raises(smtpeter.SMTPeterError, match="SMTPETER_TOKEN"):
        smtpeter.SMTPeter(token)
    with pytest.raises(smtpeter.SMTPeterError, match="SMTPETER_TOKEN"):
        smtpeter.AsyncSMTPeter(token)


def test_empty_environment_token_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "")
    with pytest.raises(smtpeter.SMTPeterError, match="token"):
        smtpeter.SMTPeter()


def test_token_with_white_space_is_refused_without_echoing_it() -> None:
    secret = "tok-SECRET-with space"
    with pytest.raises(smtpeter.SMTPeterError) as caught:
        smtpeter.SMTPeter(secret)
    assert secret not in str(caught.value)
    assert "white space" in str(caught.value)


# --- the base URL -----------------------------------------------------------------------------


def test_default_base_url_is_smtpeter_production() -> None:
    with smtpeter.SMTPeter(TOKEN) as client:
        assert client.base_url == "https://www.smtpeter.com/v1"
    assert smtpeter.DEFAULT_BASE_URL == "https://www.smtpeter.com/v1"


def test_base_url_comes_from_environment(
    server: ScriptedHTTPSServer, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMTPETER_BASE_URL", server.base_url)
    with make_client(None, ca_pem) as client:
        assert client.base_url == server.base_url
        _send(client)
    assert [r.path for r in server.requests] == ["/v1/send"]


def test_base_url_argument_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTPETER_BASE_URL", "https://env.example.test/v1")
    recorder = _Recorder()
    with _mock_client(recorder, base_url="https://arg.example.test/v1/") as client:
        _send(client)
    assert str(recorder.requests[0].url).startswith("https://arg.example.test/v1/send?")


@pytest.mark.parametrize(
    "base_url",
    [
        "http://www.smtpeter.com/v1",
        "http://example.com",
        "http://127.0.0.1.example.com/v1",
        "http://localhost.example.com/v1",
        "http://10.0.0.1/v1",
        "http://[2001:db8::1]/v1",
        "ftp://127.0.0.1/v1",
        "www.smtpeter.com/v1",
    ],
)
def test_plain_http_refused_unless_loopback(base_url: str) -> None:
    with pytest.raises(ValueError, match="https"):
        smtpeter.SMTPeter(TOKEN, base_url=base_url)
    with pytest.raises(ValueError, match="https"):
        smtpeter.AsyncSMTPeter(TOKEN, base_url=base_url)


def test_plain_http_refused_from_environment_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTPETER_BASE_URL", "http://www.smtpeter.com/v1")
    with pytest.raises(ValueError, match="https"):
        smtpeter.SMTPeter(TOKEN)


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:8080/v1",
        "http://127.200.3.4/v1",
        "http://[::1]:8080/v1",
        "http://localhost:8080/v1",
        "http://LOCALHOST/v1",
    ],
)
def test_plain_http_allowed_to_loopback(base_url: str) -> None:
    recorder = _Recorder()
    with _mock_client(recorder, base_url=base_url) as client:
        assert client.base_url == base_url
        _send(client)
    url = recorder.requests[0].url
    assert url.scheme == "http"
    assert str(url).lower().startswith(base_url.lower() + "/send?")


# --- timeouts -----------------------------------------------------------------------------------


def test_default_timeout_is_five_seconds_to_connect_sixty_overall() -> None:
    recorder = _Recorder()
    with _mock_client(recorder) as client:
        assert client.timeout == httpx.Timeout(60, connect=5)
        _send(client)
    # Each phase's limit, cut to what is left of the attempt's overall 60 s (see test_deadline).
    assert recorder.requests[0].extensions["timeout"] == pytest.approx(
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}, abs=1
    )


def test_timeout_overridden_per_client_and_per_with_options() -> None:
    recorder = _Recorder()
    with _mock_client(recorder, timeout=3) as client:
        _send(client)
        quick = client.with_options(timeout=httpx.Timeout(7, connect=1))
        _send(quick)
        _send(client)
    first, second, third = (r.extensions["timeout"] for r in recorder.requests)
    assert first == pytest.approx({"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}, abs=1)
    assert second == pytest.approx({"connect": 1.0, "read": 7.0, "write": 7.0, "pool": 7.0}, abs=1)
    assert third == pytest.approx(first, abs=1)  # the original keeps its own
    assert quick.timeout == httpx.Timeout(7, connect=1)


# --- retries setting ---------------------------------------------------------------------------


def test_max_retries_default_and_with_options() -> None:
    recorder = _Recorder()
    with _mock_client(recorder) as client:
        assert client.max_retries == 2 == smtpeter.DEFAULT_MAX_RETRIES
        assert client.with_options(max_retries=5).max_retries == 5
        assert client.max_retries == 2


@pytest.mark.parametrize("value", [-1, True, 1.5, "2"])
def test_invalid_max_retries_refused(value: object) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        smtpeter.SMTPeter(TOKEN, max_retries=value)  # type: ignore[arg-type]
    with smtpeter.SMTPeter(TOKEN) as client, pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=value)  # type: ignore[arg-type]


# --- with_options and closing ---------------------------------------------------------------------


def test_with_options_shares_the_pool_and_closing_the_clone_leaves_it_open(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    clone = client.with_options(max_retries=0)
    assert clone is not client
    assert clone._transport is client._transport  # one connection pool
    assert clone.base_url == client.base_url
    _send(clone)
    clone.close()
    assert not client._http.is_closed
    _send(client)  # the original still works after the clone was closed
    assert [r.query["access_token"] for r in server.requests] == [[TOKEN], [TOKEN]]
    client.close()
    assert client._http.is_closed


def test_with_options_messages_use_the_clone_settings(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(*[Reply.text("broken", status=500) for _ in range(5)])
    with pytest.raises(smtpeter.InternalServerError):
        client.with_options(max_retries=0).messages.text("abc")
    assert len(server.requests) == 1
    assert sleeps == []


def test_context_manager_closes_its_own_pool(server: ScriptedHTTPSServer, ca_pem: Path) -> None:
    with make_client(server.base_url, ca_pem) as client:
        _send(client)
        assert not client._http.is_closed
    assert client._http.is_closed


def test_close_leaves_a_passed_in_http_client_open(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext
) -> None:
    seen: list[str] = []
    http = httpx.Client(
        verify=ssl_context, event_hooks={"request": [lambda r: seen.append(r.method)]}
    )
    with smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client:
        _send(client)
        assert seen == ["POST"]  # the request went through the caller's client
    assert not http.is_closed
    assert http.get(server.base_url + "/text/x").status_code == 200  # still usable
    http.close()


def test_repr_shows_settings_not_the_token() -> None:
    with smtpeter.SMTPeter(TOKEN, base_url="https://api.example.test/v1") as client:
        for text in (repr(client), str(client), repr(client.with_options(timeout=1))):
            assert TOKEN not in text
            assert "https://api.example.test/v1" in text
