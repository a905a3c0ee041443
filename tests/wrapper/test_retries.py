"""When calls are repeated, how long the client waits, and when it must not repeat a send.

Attempts are counted as the server saw them; backoff sleeps go to a recorder (``sleeps``).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import random
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import trustme

import smtpeter
import smtpeter._client
from tests.support.clients import TOKEN, make_client
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"
# The backoff before retry n+1 is 0.5 * 2**n seconds, capped at 8, less up to a quarter (jitter).
NOMINAL = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def _send(client: smtpeter.SMTPeter) -> smtpeter.SendResult:
    return client.send(recipient=JOHN, text="Hi")


def _assert_backoff(delays: list[float]) -> None:
    assert len(delays) <= len(NOMINAL)
    for delay, nominal in zip(delays, NOMINAL, strict=False):
        assert 0.75 * nominal <= delay <= nominal, (delay, nominal)


# --- sends: retried only when certainly not processed ---------------------------------------------


@pytest.mark.parametrize("status", [429, 503])
def test_send_retried_after_not_processed_status_then_succeeds(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float], status: int
) -> None:
    server.script(Reply.text("busy", status=status), Reply.text("busy", status=status))
    result = _send(client)
    assert result.message_ids == {"1cb1d9b0a1f4e7a2": JOHN}
    assert len(server.requests) == 3
    assert len({r.body for r in server.requests}) == 1  # the same request each time
    assert len(sleeps) == 2
    _assert_backoff(sleeps)


@pytest.mark.parametrize(
    ("status", "cls"),
    [(429, smtpeter.RateLimitError), (503, smtpeter.InternalServerError)],
)
def test_send_gives_up_after_max_retries(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    sleeps: list[float],
    status: int,
    cls: type[smtpeter.APIStatusError],
) -> None:
    server.script(*[Reply.text("busy", status=status)] * 10)
    with pytest.raises(cls) as caught:
        _send(client)
    assert caught.value.may_have_been_sent is False
    assert len(server.requests) == 3  # 1 + max_retries (2)
    assert len(sleeps) == 2


def test_max_retries_zero_means_one_attempt(
    server: ScriptedHTTPSServer, ca_pem: Path, sleeps: list[float]
) -> None:
    server.script(Reply.text("busy", status=503))
    with make_client(server.base_url, ca_pem, max_retries=0) as client:
        with pytest.raises(smtpeter.InternalServerError):
            _send(client)
        assert len(server.requests) == 1
        server.script(*[Reply.text("busy", status=503)] * 2)
        assert _send(client.with_options(max_retries=2)).message_ids
    assert len(server.requests) == 4
    assert len(sleeps) == 2


def test_backoff_doubles_and_is_capped_at_eight_seconds(
    server: ScriptedHTTPSServer, ca_pem: Path, sleeps: list[float]
) -> None:
    server.script(*[Reply.text("busy", status=503)] * 7)
    with (
        make_client(server.base_url, ca_pem, max_retries=6) as client,
        pytest.raises(smtpeter.InternalServerError),
    ):
        _send(client)
    assert len(server.requests) == 7
    assert len(sleeps) == 6
    _assert_backoff(sleeps)
    assert max(sleeps) <= 8.0
    assert sleeps[4] >= 6.0 and sleeps[5] >= 6.0


@pytest.mark.parametrize(("draw", "factor"), [(0.0, 1.0), (0.999999, 0.75)])
def test_jitter_takes_off_at_most_a_quarter(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
    draw: float,
    factor: float,
) -> None:
    monkeypatch.setattr(random, "random", lambda: draw)  # the jitter's draw
    server.script(Reply(status=503), Reply(status=503))
    _send(client)
    assert sleeps == [pytest.approx(0.5 * factor, abs=1e-5), pytest.approx(1.0 * factor, abs=1e-5)]


def _http_date(offset_seconds: float) -> str:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_seconds)
    return email.utils.format_datetime(when, usegmt=True)


@pytest.mark.parametrize(
    ("status", "retry_after", "low", "high"),
    [
        (429, "3", 3.0, 3.0),
        (503, "0", 0.0, 0.0),
        (429, "1.5", 1.5, 1.5),
        (429, "120", 60.0, 60.0),  # capped at 60 s
        (503, "-5", 0.375, 0.5),  # negative: not a delay, normal backoff
        (429, "soon", 0.375, 0.5),  # unreadable: normal backoff
    ],
)
def test_retry_after_seconds_are_honoured(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    sleeps: list[float],
    status: int,
    retry_after: str,
    low: float,
    high: float,
) -> None:
    server.script(Reply.text("slow down", status=status, headers={"Retry-After": retry_after}))
    _send(client)
    assert len(server.requests) == 2
    (delay,) = sleeps
    assert low <= delay <= high


@pytest.mark.parametrize(
    ("offset", "low", "high"),
    [
        (30, 25.0, 30.0),  # an HTTP date about 30 s from now (whole seconds only)
        (3600, 60.0, 60.0),  # capped at 60 s
        (-3600, 0.0, 0.0),  # already past
    ],
)
def test_retry_after_http_date_is_honoured(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    sleeps: list[float],
    offset: float,
    low: float,
    high: float,
) -> None:
    server.script(Reply(status=503, headers={"Retry-After": _http_date(offset)}))
    _send(client)
    assert len(server.requests) == 2
    (delay,) = sleeps
    assert low <= delay <= high


@pytest.mark.parametrize("status", [500, 502, 504])
def test_send_not_retried_after_possibly_processed_status(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float], status: int
) -> None:
    server.script(Reply.text("hmm", status=status, headers={"Retry-After": "1"}))
    with pytest.raises(smtpeter.InternalServerError) as caught:
        _send(client)
    assert caught.value.may_have_been_sent is True
    assert "may have been sent" in str(caught.value)
    assert len(server.requests) == 1
    assert sleeps == []


def test_send_not_retried_after_read_timeout_and_with_options_timeout_takes_effect(
    server: ScriptedHTTPSServer, ca_pem: Path, sleeps: list[float]
) -> None:
    # The second answer also comes later than the first client's read timeout allows.
    server.script(Reply.json({"a": JOHN}, delay=1.0), Reply.json({"b": JOHN}, delay=0.4))
    with make_client(server.base_url, ca_pem, timeout=httpx.Timeout(10, read=0.25)) as client:
        with pytest.raises(smtpeter.APITimeoutError) as caught:
            _send(client)
        assert caught.value.may_have_been_sent is True
        assert "may have been sent" in str(caught.value)
        assert len(server.requests) == 1
        assert sleeps == []
        # A longer timeout for this call only: the same delay is now waited out.
        result = _send(client.with_options(timeout=10))
    assert result.message_ids == {"b": JOHN}
    assert len(server.requests) == 2
    assert sleeps == []


def test_with_options_short_timeout_times_out_where_the_default_would_wait(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply.json({"a": JOHN}, delay=1.0), Reply.json({"b": JOHN}, delay=0.4))
    with pytest.raises(smtpeter.APITimeoutError):
        _send(client.with_options(timeout=httpx.Timeout(10, read=0.25)))
    assert _send(client).message_ids == {"b": JOHN}  # default 60 s read timeout
    assert len(server.requests) == 2


def test_send_not_retried_when_connection_drops_after_the_body_was_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.dropped())
    with pytest.raises(smtpeter.APIConnectionError) as caught:
        _send(client)
    error = caught.value
    assert not isinstance(error, smtpeter.APITimeoutError)
    assert error.may_have_been_sent is True
    assert "may have been sent" in str(error)
    assert len(server.requests) == 1
    assert server.requests[0].json() == {"recipient": JOHN, "text": "Hi"}
    assert sleeps == []


def test_send_retried_when_connection_refused(
    refused_base_url: str, ca_pem: Path, sleeps: list[float]
) -> None:
    with (
        make_client(refused_base_url, ca_pem) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
    ):
        _send(client)
    error = caught.value
    assert not isinstance(error, smtpeter.APITimeoutError)
    assert error.may_have_been_sent is False
    assert "may have been sent" not in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert len(sleeps) == 2  # three attempts
    _assert_backoff(sleeps)


def test_send_after_refused_connection_reaches_the_server_once_it_listens(
    ca: trustme.CA, ca_pem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    delays: list[float] = []
    with ScriptedHTTPSServer(ca, listen=False) as server:

        def start_listening(seconds: float) -> None:
            delays.append(seconds)
            server.listen()

        monkeypatch.setattr(smtpeter._client, "_sleep", start_listening)
        with make_client(server.base_url, ca_pem) as client:
            result = _send(client)
        assert result.message_ids == {"1cb1d9b0a1f4e7a2": JOHN}
        assert len(server.requests) == 1  # the refused attempt never reached it
    assert len(delays) == 1


# --- reading calls are idempotent and retry more ------------------------------------------------


def test_reads_retry_server_errors_and_dropped_connections(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply.text("down", status=500), Reply.dropped(), Reply.text("Hello John"))
    assert client.messages.text("abc") == "Hello John"
    assert [r.path for r in server.requests] == ["/v1/text/abc"] * 3
    assert len(sleeps) == 2
    _assert_backoff(sleeps)


@pytest.mark.parametrize("status", [500, 502, 504, 408])
def test_reads_retry_each_retryable_status(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, status: int
) -> None:
    server.script(Reply.text("x", status=status), Reply.text("<p>hi</p>"))
    assert client.messages.html("abc") == "<p>hi</p>"
    assert len(server.requests) == 2


def test_reads_retry_timeouts(
    server: ScriptedHTTPSServer, ca_pem: Path, sleeps: list[float]
) -> None:
    server.script(Reply.text("late", delay=1.0), Reply.text("in time"))
    with make_client(server.base_url, ca_pem, timeout=httpx.Timeout(10, read=0.25)) as client:
        assert client.messages.headers("abc") == "in time"
    assert len(server.requests) == 2
    assert len(sleeps) == 1


def test_reads_give_up_after_max_retries(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(*[Reply.text("down", status=502)] * 5)
    with pytest.raises(smtpeter.InternalServerError):
        client.messages.recipient("abc")
    assert len(server.requests) == 3
    assert len(sleeps) == 2


def test_retries_are_logged(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="smtpeter")
    server.script(Reply(status=503), Reply(status=429))
    _send(client)
    retries = [r for r in caplog.records if r.name == "smtpeter" and "Retrying" in r.getMessage()]
    assert [r.getMessage().split(" in ")[0] for r in retries] == [
        "Retrying POST (attempt 1)",
        "Retrying POST (attempt 2)",
    ]


# --- transport failures, one layer at a time (MockTransport) -----------------------------------


def _failing_client(
    failures: list[Exception], answer: Callable[[], httpx.Response]
) -> tuple[smtpeter.SMTPeter, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if failures:
            raise failures.pop(0)
        return answer()

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = smtpeter.SMTPeter(TOKEN, base_url="https://api.example.test/v1", http_client=http)
    return client, seen


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
def test_send_retries_failures_that_happen_before_sending(
    failure: Exception, sleeps: list[float]
) -> None:
    client, seen = _failing_client([failure], lambda: httpx.Response(200, json={"i": JOHN}))
    assert _send(client).message_ids == {"i": JOHN}
    assert len(seen) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx.ReadTimeout("slow"), smtpeter.APITimeoutError),
        (httpx.WriteTimeout("slow"), smtpeter.APITimeoutError),
        (httpx.ReadError("reset"), smtpeter.APIConnectionError),
        (httpx.WriteError("reset"), smtpeter.APIConnectionError),
        (httpx.RemoteProtocolError("bad"), smtpeter.APIConnectionError),
    ],
)
def test_send_does_not_retry_failures_after_sending(
    failure: Exception, cls: type[smtpeter.APIConnectionError], sleeps: list[float]
) -> None:
    client, seen = _failing_client([failure], lambda: httpx.Response(200, json={"i": JOHN}))
    with pytest.raises(cls) as caught:
        _send(client)
    assert type(caught.value) is cls
    assert caught.value.may_have_been_sent is True
    assert len(seen) == 1
    assert sleeps == []


def test_connect_timeout_exhausted_is_a_timeout_error_that_did_not_send(
    sleeps: list[float],
) -> None:
    client, seen = _failing_client(
        [httpx.ConnectTimeout("slow")] * 3, lambda: httpx.Response(200, json=1)
    )
    with pytest.raises(smtpeter.APITimeoutError) as caught:
        _send(client)
    assert caught.value.may_have_been_sent is False
    assert len(seen) == 3


@pytest.mark.parametrize(
    "failure", [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.WriteError("x")]
)
def test_reads_retry_any_transport_failure(failure: Exception, sleeps: list[float]) -> None:
    client, seen = _failing_client([failure], lambda: httpx.Response(200, text="body"))
    assert client.messages.text("abc") == "body"
    assert len(seen) == 2
    assert len(sleeps) == 1
