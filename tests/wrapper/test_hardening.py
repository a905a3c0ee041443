"""One test per weakness found by issue 9, each one that would have caught it.

The fault matrix (test_fault_matrix) covers the network faults; this file covers the rest:
the overall deadline's details, redaction at the cut, ``with_options(timeout=None)``,
redirects, proxies, the outbox, header injection through personalization, answers that are
not documented, exceptions that copy and pickle, and attachments with a non-string name.
"""

from __future__ import annotations

import asyncio
import copy
import pickle
import ssl
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import smtpeter
import smtpeter._deadline
import smtpeter._deadline_backends
import smtpeter._transport
import smtpeter.testing
from smtpeter._redact import redact
from tests.support.clients import (
    TOKEN,
    assert_no_token,
    exception_texts,
    make_async_client,
    make_client,
)
from tests.support.fault_server import Answer, FaultServer
from tests.support.https_server import Reply, ScriptedHTTPSServer, refused_port

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"
ID_MAP = b'{"1cb1d9b0a1f4e7a2": "john@example.com"}'


def _trickled(pieces: int, gap: float) -> Answer:
    return Answer.http(200, ID_MAP, {"Content-Type": "application/json"}, pieces=pieces, gap=gap)


# --- the overall deadline --------------------------------------------------------------------


def test_a_client_opens_its_connections_through_the_deadline_backend(ca_pem: Path) -> None:
    """If httpx or httpcore renamed what _deadline.install reaches into, this fails."""
    with make_client("https://127.0.0.1:9/v1", ca_pem) as client:
        pool = client._transport._inner._pool  # type: ignore[attr-defined]
        assert isinstance(pool._network_backend, smtpeter._deadline_backends.DeadlineBackend)
    async_client = make_async_client("https://127.0.0.1:9/v1", ca_pem)
    pool = async_client._transport._inner._pool  # type: ignore[attr-defined]
    assert isinstance(pool._network_backend, smtpeter._deadline_backends.AsyncDeadlineBackend)


def test_trickled_answer_through_a_callers_http_client_is_cut_between_chunks(
    ca: trustme.CA, ssl_context: ssl.SSLContext
) -> None:
    """With ``http_client=`` the deadline is checked between the answer's chunks (and each
    read waits at most for the time left when the request started)."""
    with FaultServer(ca) as server:
        # 30 s in all, each piece in 1.5 s; the headers all come in the first piece.
        body = b'{"1cb1d9b0a1f4e7a2": "' + b"x" * 4000 + b'"}'
        server.script(
            Answer.http(200, body, {"Content-Type": "application/json"}, pieces=20, gap=1.5)
        )
        started = time.monotonic()
        with (
            httpx.Client(verify=ssl_context) as http,
            smtpeter.SMTPeter(
                TOKEN, base_url=server.base_url, http_client=http, timeout=3.0
            ) as client,
            pytest.raises(smtpeter.APITimeoutError) as caught,
        ):
            client.send(recipient=JOHN, text="Hi")
        assert time.monotonic() - started < 15  # far below the 30 s the answer takes
    assert caught.value.may_have_been_sent is True
    assert "overall timeout of 3 s" in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_timeout_means_no_overall_deadline(ca: trustme.CA, ca_pem: Path, mode: str) -> None:
    with FaultServer(ca) as server:
        server.script(_trickled(pieces=4, gap=0.4))  # 1.2 s, more than the per-read 0.5 s
        timeout = httpx.Timeout(None, read=0.5)  # no overall limit: only reads are limited
        if mode == "sync":
            with make_client(server.base_url, ca_pem, timeout=timeout) as client:
                result = client.send(recipient=JOHN, text="Hi")
        else:

            async def run() -> smtpeter.SendResult:
                async with make_async_client(server.base_url, ca_pem, timeout=timeout) as c:
                    return await c.send(recipient=JOHN, text="Hi")

            result = asyncio.run(run())
    assert result.message_ids == {"1cb1d9b0a1f4e7a2": JOHN}


def test_overall_seconds_is_the_largest_limit_or_none() -> None:
    assert smtpeter._deadline.overall_seconds(smtpeter.DEFAULT_TIMEOUT) == 60.0
    assert smtpeter._deadline.overall_seconds(httpx.Timeout(2.0)) == 2.0
    assert smtpeter._deadline.overall_seconds(httpx.Timeout(None)) is None
    assert smtpeter._deadline.overall_seconds(httpx.Timeout(5.0, read=None)) is None


def test_with_options_timeout_none_means_no_timeout() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json={"1cb1d9b0a1f4e7a2": JOHN})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        smtpeter.SMTPeter(TOKEN, timeout=3.0, http_client=http) as client,
    ):
        unlimited = client.with_options(timeout=None)
        assert unlimited.timeout == httpx.Timeout(None)
        unlimited.send(recipient=JOHN, text="Hi")
        client.with_options(max_retries=1).send(recipient=JOHN, text="Hi")
    assert seen[0] == {"connect": None, "read": None, "write": None, "pool": None}
    assert seen[1]["read"] == pytest.approx(3.0, abs=1)  # left out: the client's own


# --- secrecy -----------------------------------------------------------------------------------


def test_token_near_the_500_character_cut_is_redacted_before_the_cut(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    for offset in range(485, 500, 3):
        server.script(Reply.text("x" * offset + TOKEN + " more" * 30, status=401))
        with pytest.raises(smtpeter.AuthenticationError) as caught:
            client.send(recipient=JOHN, text="Hi")
        assert "tok-" not in str(caught.value)
        assert caught.value.message.endswith("...")


def test_redacting_twice_changes_nothing() -> None:
    once = redact("GET /v1/send?access_token=abc]def&x=1 and access_token=ghi")
    assert once == "GET /v1/send?access_token=[REDACTED]]def&x=1 and access_token=[REDACTED]"
    assert redact(once) == once
    assert redact("?access_token=[REDACTED]") == "?access_token=[REDACTED]"


def test_a_redirect_is_never_followed_even_by_a_callers_client(
    ca: trustme.CA, ssl_context: ssl.SSLContext
) -> None:
    with ScriptedHTTPSServer(ca) as elsewhere, ScriptedHTTPSServer(ca) as server:
        server.script(Reply(status=307, headers={"Location": elsewhere.base_url + "/send"}))
        with (
            httpx.Client(verify=ssl_context, follow_redirects=True) as http,
            smtpeter.SMTPeter(TOKEN, base_url=server.base_url, http_client=http) as client,
            pytest.raises(smtpeter.APIStatusError) as caught,
        ):
            client.send(recipient=JOHN, text="Hi")
        assert caught.value.status_code == 307
        assert elsewhere.requests == []
        assert len(server.requests) == 1


def test_no_proxy_for_a_loopback_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://proxy.example.com:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    for loopback in ("http://127.0.0.1:8465/v1", "http://localhost:8465/v1", "http://[::1]/v1"):
        assert smtpeter._transport._proxy(loopback) is None
    assert (
        smtpeter._transport._proxy("https://www.smtpeter.com/v1") == "http://proxy.example.com:3128"
    )


def test_dry_run_checks_the_base_url_and_never_prints_its_password(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "smtpeter._cli", "send", "-r", JOHN, "--text", "Hi"]

    def dry_run(base_url: str) -> subprocess.CompletedProcess[str]:
        env = {"SMTPETER_TOKEN": TOKEN, "SMTPETER_BASE_URL": base_url, "PATH": "/usr/bin"}
        return subprocess.run(
            [*command, "--dry-run"], env=env, capture_output=True, text=True, timeout=60
        )

    shown = dry_run("https://someone:pa55word@smtpeter.example.com/v1")
    assert shown.returncode == 0, shown.stderr
    assert "https://smtpeter.example.com/v1/send?access_token=[REDACTED]" in shown.stdout
    assert "pa55word" not in shown.stdout + shown.stderr
    assert_no_token([shown.stdout, shown.stderr])
    refused = dry_run("http://smtpeter.example.com/v1")
    assert refused.returncode == 2
    assert "https://" in refused.stderr


# --- the outbox ----------------------------------------------------------------------------


def test_the_outbox_takes_a_client_made_before_the_block() -> None:
    sock = refused_port()
    try:
        early = smtpeter.SMTPeter(TOKEN, base_url=f"https://127.0.0.1:{sock.getsockname()[1]}/v1")
        with smtpeter.testing.outbox() as box:
            early.send(recipient=JOHN, text="Hi")
        assert [m.recipient for m in box.messages] == [JOHN]
        with pytest.raises(smtpeter.APIConnectionError):  # outside the block: the real URL
            early.with_options(max_retries=0).send(recipient=JOHN, text="Hi")
    finally:
        sock.close()


# --- header injection through personalization ----------------------------------------------

INJECTED = "x\r\nBcc: victim@example.com"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"subject": "Hello {$name}", "data": {"name": INJECTED}}, "data"),
        (
            {"subject": "Hello {$name}", "recipients": {JOHN: {"name": INJECTED}}},
            "recipients",
        ),
        ({"from_": "{$name} <shop@example.com>", "data": {"name": INJECTED}}, "data"),
        ({"extra": {"X-Campaign": "{$name}"}, "data": {"name": INJECTED}}, "data"),
        ({"patch": [{"op": "replace", "path": "/subject", "value": INJECTED}]}, "patch"),
    ],
)
def test_cr_lf_reaching_a_header_through_personalization_is_refused(
    fields: dict[str, Any], field: str
) -> None:
    body: dict[str, Any] = {"text": "Hi", **fields}
    if "recipients" not in body:
        body["recipient"] = JOHN
    with smtpeter.testing.outbox() as box, pytest.raises(smtpeter.ValidationError) as caught:
        smtpeter.SMTPeter(TOKEN).send(**body)
    assert caught.value.field.startswith(field)
    assert "line break" in caught.value.rule
    assert box.messages == []


@pytest.mark.parametrize(
    "brk", ["\n", "\r", "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029"]
)
def test_every_line_break_reaching_a_header_through_personalization_is_refused(brk: str) -> None:
    # Python's email package (and other mail software) starts a new line at each of these.
    fields = {"subject": "Hello {$name}", "recipients": {JOHN: {"name": f"x{brk}Bcc: v@x.com"}}}
    with smtpeter.testing.outbox() as box, pytest.raises(smtpeter.ValidationError) as caught:
        smtpeter.SMTPeter(TOKEN).send(text="Hi", **fields)  # type: ignore[arg-type]
    assert caught.value.field.startswith("recipients") and "line break" in caught.value.rule
    assert box.messages == []
    with smtpeter.testing.outbox() as box:
        smtpeter.SMTPeter(TOKEN).send(
            text="Hi", subject="Hello {$name}", recipients={JOHN: {"name": "x\tBcc"}}
        )
    assert len(box.messages) == 1  # a tab is no line break


@pytest.mark.parametrize(
    ("culprit", "field"),
    [
        ({"name": "x\r\nBcc: v@x.com"}, "recipients['user1500@example.com'].name"),
        ({"name": ["ok", "x\nBcc: v@x.com"]}, "recipients['user1500@example.com'].name"),
        ({"name": {"first": "x\u2028"}}, "recipients['user1500@example.com'].name"),
    ],
)
def test_the_first_recipient_whose_data_breaks_a_header_is_named(
    culprit: dict[str, Any], field: str
) -> None:
    # Thousands of recipients are checked all at once; the culprit is still the first one.
    recipients: dict[str, Any] = {f"user{i}@example.com": {"name": f"U{i}"} for i in range(3000)}
    recipients["user1000@example.com"] = {"name": None}
    recipients["user1001@example.com"] = {"name": ""}
    recipients["user1002@example.com"] = {}
    recipients["user1003@example.com"] = {"name": 0}
    recipients["user1004@example.com"] = {"name": []}
    recipients["user1005@example.com"] = ["not data"]  # the validator's to refuse
    recipients["user1500@example.com"] = culprit
    recipients["user2500@example.com"] = {"name": "y\nBcc: w@x.com"}
    with smtpeter.testing.outbox() as box, pytest.raises(smtpeter.ValidationError) as caught:
        smtpeter.SMTPeter(TOKEN).send(text="Hi", subject="Hello {$name}", recipients=recipients)
    assert caught.value.field == field and "line break" in caught.value.rule
    assert box.messages == []


# --- answers that are not documented ---------------------------------------------------------


@pytest.mark.parametrize("answer", ["true", "1.0", '"1"', "[]"])
def test_a_send_answer_other_than_ids_or_1_is_refused(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, answer: str
) -> None:
    server.script(Reply(body=answer.encode(), headers={"Content-Type": "application/json"}))
    with pytest.raises(smtpeter.APIResponseValidationError) as caught:
        client.send(recipient=JOHN, text="Hi")
    assert caught.value.may_have_been_sent is True


def test_a_send_answered_1_gives_an_empty_result(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply.json(1))
    assert client.send(recipient=JOHN, text="Hi").message_ids == {}


@pytest.mark.parametrize("status", [203, 204, 206])
def test_an_undocumented_success_status_is_refused(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, status: int
) -> None:
    server.script(Reply.json({"1cb1d9b0a1f4e7a2": JOHN}, status=status), Reply(status=status))
    with pytest.raises(smtpeter.APIResponseValidationError) as caught:
        client.send(recipient=JOHN, text="Hi")
    assert caught.value.status_code == status
    assert caught.value.may_have_been_sent is True
    with pytest.raises(smtpeter.APIResponseValidationError) as read:
        client.messages.text("abc")  # never the string "None"
    assert read.value.may_have_been_sent is False
    response = read.value.response
    assert response is not None
    assert_no_token([*exception_texts(read.value), str(response.request.url)])


# --- exceptions and attachments ---------------------------------------------------------------


def test_every_exception_copies_and_pickles(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply.text("no such sender", status=400))
    with pytest.raises(smtpeter.BadRequestError) as caught:
        client.send(recipient=JOHN, text="Hi")
    errors: list[smtpeter.SMTPeterError] = [
        caught.value,
        smtpeter.ValidationError("subject", "must not contain CR or LF"),
        smtpeter.APIConnectionError("refused", may_have_been_sent=True),
        smtpeter.APITimeoutError("slow"),
        smtpeter.APIResponseValidationError("odd", may_have_been_sent=True),
    ]
    for error in errors:
        for twin in (copy.copy(error), copy.deepcopy(error), pickle.loads(pickle.dumps(error))):
            assert type(twin) is type(error)
            assert str(twin) == str(error)
            assert twin.__dict__.keys() == error.__dict__.keys()
    status_twin = pickle.loads(pickle.dumps(caught.value))
    assert status_twin.status_code == 400
    assert status_twin.response.text == "no such sender"
    assert status_twin.may_have_been_sent is False
    field_twin = copy.copy(errors[1])
    assert isinstance(field_twin, smtpeter.ValidationError)
    assert (field_twin.field, field_twin.rule) == ("subject", "must not contain CR or LF")


@pytest.mark.parametrize("field", ["name", "type", "url"])
def test_attachment_with_a_non_string_field_is_a_validation_error(field: str) -> None:
    arguments: dict[str, Any] = {"content": b"x", field: 123}
    if field == "url":
        arguments.pop("content")
    with pytest.raises(smtpeter.ValidationError) as caught:
        smtpeter.Attachment(**arguments)
    assert caught.value.field == "attachments"
    assert f"{field} must be a string" in caught.value.rule
