"""The access token never shows: not in a repr, not in an exception, not in any log record of
smtpeter, httpx or httpcore at any level, on any path a call can take."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, quote_plus

import httpx
import pytest

import smtpeter
from tests.support.clients import (
    TOKEN,
    LogCapture,
    assert_no_token,
    exception_texts,
    make_client,
)
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"


@dataclass
class Setup:
    server: ScriptedHTTPSServer
    ca_pem: Path
    refused_base_url: str
    errors: list[BaseException] = field(default_factory=list)  # what the calls raised


def _texts_of_error(error: BaseException) -> list[str]:
    texts = exception_texts(error)
    if isinstance(error, smtpeter.APIStatusError):
        request = error.response.request
        texts += [
            repr(error.response),
            repr(request),
            str(request.url),
            str(error.response.url),
            repr(dict(request.headers)),
        ]
        assert request.url.path.endswith(("/send", "/text/abc"))  # still useful, just redacted
    return texts


def _call(
    s: Setup, client: smtpeter.SMTPeter, call: Callable[[smtpeter.SMTPeter], object]
) -> list[str]:
    texts = [repr(client), str(client), repr(client.with_options(timeout=3, max_retries=1))]
    try:
        result = call(client)
    except smtpeter.SMTPeterError as error:
        s.errors.append(error)
        return texts + _texts_of_error(error)
    return [*texts, repr(result), str(result)]


def _send(client: smtpeter.SMTPeter) -> object:
    return client.send(
        recipient=JOHN,
        text="Hi",
        attachments=[smtpeter.Attachment(name="a.txt", content=b"x")],
    )


def success(s: Setup) -> list[str]:
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, _send)


def success_form(s: Setup) -> list[str]:
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, lambda c: c.send(encoding="form", recipient=JOHN, text="Hi"))


def read(s: Setup) -> list[str]:
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, lambda c: c.messages.text("abc"))


def client_error_echoing_the_token(s: Setup) -> list[str]:
    s.server.script(Reply.text(f"Unknown access_token {TOKEN} (token {TOKEN})", status=401))
    with make_client(s.server.base_url, s.ca_pem) as client:
        texts = _call(s, client, _send)
    assert any("[REDACTED]" in text for text in texts)
    return texts


def server_error(s: Setup) -> list[str]:
    s.server.script(Reply.text("internal error", status=500))
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, _send)


def retried_then_success(s: Setup) -> list[str]:
    s.server.script(Reply(status=503), Reply(status=429, headers={"Retry-After": "1"}))
    with make_client(s.server.base_url, s.ca_pem) as client:
        texts = _call(s, client, _send)
    assert len(s.server.requests) == 3
    return texts


def read_retried_until_exhausted(s: Setup) -> list[str]:
    s.server.script(*[Reply.text("bad gateway", status=502)] * 3)
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, lambda c: c.messages.text("abc"))


def connection_refused(s: Setup) -> list[str]:
    with make_client(s.refused_base_url, s.ca_pem) as client:
        return _call(s, client, _send)


def timeout(s: Setup) -> list[str]:
    s.server.script(Reply.json(1, delay=1.0))
    with make_client(s.server.base_url, s.ca_pem, timeout=httpx.Timeout(10, read=0.2)) as client:
        return _call(s, client, _send)


def dropped(s: Setup) -> list[str]:
    s.server.script(Reply.dropped())
    with make_client(s.server.base_url, s.ca_pem) as client:
        return _call(s, client, _send)


def tls_failure(s: Setup) -> list[str]:
    with smtpeter.SMTPeter(TOKEN, base_url=s.server.base_url) as client:  # does not trust the CA
        return _call(s, client, _send)


SCENARIOS: list[Callable[[Setup], list[str]]] = [
    success,
    success_form,
    read,
    client_error_echoing_the_token,
    server_error,
    retried_then_success,
    read_retried_until_exhausted,
    connection_refused,
    timeout,
    dropped,
    tls_failure,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.__name__ for s in SCENARIOS])
def test_token_never_shows(
    scenario: Callable[[Setup], list[str]],
    server: ScriptedHTTPSServer,
    ca_pem: Path,
    refused_base_url: str,
    logs: LogCapture,
    caplog: pytest.LogCaptureFixture,
) -> None:
    texts = scenario(Setup(server, ca_pem, refused_base_url))
    assert texts
    assert_no_token(texts)
    # The log capture really saw the library's DEBUG records, through both routes.
    assert any(name.startswith("httpcore") for name in logs.names())
    assert logs.root_records
    assert_no_token(logs.texts())
    assert_no_token(caplog.text)


def _chain(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


@pytest.mark.parametrize(
    "scenario",
    [connection_refused, timeout, dropped, tls_failure],
    ids=["connection_refused", "timeout", "dropped", "tls_failure"],
)
def test_chained_httpx_error_keeps_no_request_with_the_token(
    scenario: Callable[[Setup], list[str]],
    server: ScriptedHTTPSServer,
    ca_pem: Path,
    refused_base_url: str,
) -> None:
    """APIStatusError swaps its response's request for a redacted one; the httpx exception
    chained to an APIConnectionError carries a request too, and it must not hold the token
    (error trackers record exception attributes, users log ``exc.__cause__.request``)."""
    setup = Setup(server, ca_pem, refused_base_url)
    scenario(setup)
    (error,) = setup.errors
    assert isinstance(error, smtpeter.APIConnectionError)
    requests = []
    for link in _chain(error):
        if isinstance(link, httpx.RequestError):
            try:
                requests.append(link.request)
            except RuntimeError:  # no request attached
                continue
    assert_no_token([repr(r) for r in requests] + [str(r.url) for r in requests])


def test_request_log_line_keeps_the_url_but_hides_the_token(
    client: smtpeter.SMTPeter, logs: LogCapture
) -> None:
    client.send(recipient=JOHN, text="Hi")
    lines = [t for t in logs.texts() if t.startswith("HTTP Request:")]
    assert lines
    assert all("/v1/send?access_token=[REDACTED]" in line for line in lines)


def test_token_with_url_special_characters_never_shows_raw_or_encoded(
    server: ScriptedHTTPSServer, ssl_context: ssl.SSLContext, logs: LogCapture
) -> None:
    token = "tok+SECRET/12%34=="
    forms = {token, *(quote(token, safe=s) for s in ("", "/")), quote_plus(token)}
    server.script(Reply.text(f"unknown token {token}", status=401), Reply.text("x", status=500))
    texts: list[str] = []
    with (
        httpx.Client(verify=ssl_context) as http,
        smtpeter.SMTPeter(token, base_url=server.base_url, http_client=http) as client,
    ):
        for _ in range(2):
            with pytest.raises(smtpeter.APIStatusError) as caught:
                client.send(recipient=JOHN, text="Hi")
            texts += _texts_of_error(caught.value)
        texts.append(repr(client.send(recipient=JOHN, text="Hi")))
    assert server.requests[0].query["access_token"] == [token]  # it did travel
    for text in texts + logs.texts():
        for form in forms:
            assert form not in text, f"{form!r} leaked in {text[:200]!r}"


def test_plain_reprs_have_no_token(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("hello")
    values: list[object] = [
        smtpeter.SendResult(message_ids={"id": JOHN}),
        smtpeter.Attachment.from_path(path),
        smtpeter.Attachment(url="https://example.com/x.pdf"),
    ]
    with smtpeter.SMTPeter(TOKEN) as client:
        values += [client, client.with_options(max_retries=0), client.messages]
    assert_no_token([repr(v) for v in values] + [str(v) for v in values])


SCRIPT = textwrap.dedent(
    """
    import smtpeter
    with smtpeter.SMTPeter() as client:
        result = client.send(recipient="john@example.com", text="Hi")
    print("IDS", result.message_ids)
    """
)


def _run_script(server: ScriptedHTTPSServer, ca_pem: Path, **extra_env: str) -> tuple[str, str]:
    env = {
        **os.environ,
        "SMTPETER_TOKEN": TOKEN,
        "SMTPETER_BASE_URL": server.base_url,
        "SSL_CERT_FILE": str(ca_pem),
        **extra_env,
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


@pytest.mark.parametrize("level", ["debug", "INFO"])
def test_smtpeter_log_turns_on_sdk_logging_without_the_token(
    server: ScriptedHTTPSServer, ca_pem: Path, level: str
) -> None:
    server.script(Reply(status=503, headers={"Retry-After": "0"}))
    stdout, stderr = _run_script(server, ca_pem, SMTPETER_LOG=level)
    assert "IDS {'1cb1d9b0a1f4e7a2': 'john@example.com'}" in stdout
    assert "smtpeter] Retrying POST (attempt 1)" in stderr
    assert "HTTP Request: POST" in stderr
    assert "access_token=[REDACTED]" in stderr
    assert TOKEN not in stderr
    assert TOKEN not in stdout
    assert len(server.requests) == 2


def test_without_smtpeter_log_nothing_is_printed(server: ScriptedHTTPSServer, ca_pem: Path) -> None:
    server.script(Reply(status=503, headers={"Retry-After": "0"}))
    stdout, stderr = _run_script(server, ca_pem)
    assert "IDS" in stdout
    assert stderr == ""


def test_a_very_short_token_does_not_garble_other_text(
    server: ScriptedHTTPSServer, ca_pem: Path
) -> None:
    """A token of a letter or two is redacted in URLs only: in free text it would replace
    that letter everywhere (found when a test's token "t" outlived its test)."""
    server.script(Reply.text("the recipient is not valid", status=400))
    client = make_client(server.base_url, ca_pem, token="t")
    with client, pytest.raises(smtpeter.BadRequestError) as caught:
        client.send(recipient="john@example.com", text="Hi")
    assert "the recipient is not valid" in str(caught.value)
    assert server.requests[0].query["access_token"] == ["t"]
    assert "access_token=t" not in str(caught.value.response.request.url)
