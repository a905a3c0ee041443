"""Odd inputs and odd answers raise the SDK's own exceptions, never Python's.

Each case here once escaped as a bare RecursionError, ValueError or OverflowError, or was
blamed on the answer when the input was at fault: data nested thousands deep or containing
itself, integers too long to write as text, a lone surrogate in a URL, a JSON answer nested
beyond the recursion limit, a ``Retry-After`` that no number or date can hold, and (in the
async client) a TLS record that does not decrypt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import smtpeter
from smtpeter._retry import retry_delay
from tests.support.clients import make_async_client, make_client
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"


def _nested(levels: int) -> dict[str, Any]:
    root: dict[str, Any] = {}
    current = root
    for _ in range(levels):
        current["a"] = {}
        current = current["a"]
    return root


def _self_containing() -> dict[str, Any]:
    data: dict[str, Any] = {"name": "x"}
    data["again"] = [data]
    return data


def _refused(client: smtpeter.SMTPeter, **kwargs: Any) -> smtpeter.ValidationError:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(**{"recipient": JOHN, "text": "hi", **kwargs})
    return caught.value


# --- input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [_nested(5_000), {"list": [[[[]]]] * 2 + [_nested(5_000)]}],
    ids=["dict", "in-a-list"],
)
def test_data_nested_5000_deep_is_refused_naming_the_field_and_the_limit(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, data: dict[str, Any]
) -> None:
    error = _refused(client, data=data)
    assert error.field == "data"
    assert "levels deep" in error.rule
    assert "recursion limit (1000)" in error.rule  # the limit it ran into
    assert server.requests == []


def test_data_containing_itself_is_refused(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    error = _refused(client, data=_self_containing())
    assert error.field == "data"
    assert "contains itself" in error.rule
    assert server.requests == []


def test_data_nested_a_little_is_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    client.send(recipient=JOHN, text="hi", data=_nested(50))
    assert len(server.requests) == 1


async def test_the_async_client_refuses_deep_data_too(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        await async_client.send(recipient=JOHN, text="hi", data=_nested(5_000))
    assert caught.value.field == "data"
    assert server.requests == []


@pytest.mark.parametrize(
    ("encoding", "kwargs", "field"),
    [
        ("json", {"data": {"n": 10**5000}}, "data.n"),
        ("form", {"subject": 10**5000}, "subject"),
    ],
)
def test_an_integer_too_long_to_write_is_refused_naming_the_field(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    encoding: Any,
    kwargs: dict[str, Any],
    field: str,
) -> None:
    error = _refused(client, encoding=encoding, **kwargs)
    assert error.field == field
    assert "more than 4300 digits" in error.rule
    assert server.requests == []


@pytest.mark.parametrize(
    ("call", "field", "rule"),
    [
        (lambda c: c.messages.get_text("\ud800"), "message_id", "lone surrogate"),
        (lambda c: c.templates.list_templates_page(10**5000, 1), "start", "4300 digits"),
        (
            lambda c: c.events.get_events_by_tags("\udfff", start=dt.date(2026, 1, 1)),
            "tags",
            "lone surrogate",
        ),
    ],
    ids=["surrogate-in-path", "long-integer-in-path", "surrogate-in-tags"],
)
def test_a_parameter_no_url_can_carry_is_refused_not_blamed_on_the_answer(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, call: Any, field: str, rule: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        call(client)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert server.requests == []


# --- answers ---------------------------------------------------------------------------------


def test_a_json_answer_nested_beyond_the_recursion_limit_is_an_unusable_answer(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    server.script(Reply(body=deep, headers={"Content-Type": "application/json"}))
    with pytest.raises(smtpeter.APIResponseValidationError) as caught:
        client.logfiles.list_log_dates()
    assert "RecursionError" in str(caught.value)
    assert caught.value.may_have_been_sent is False


# --- Retry-After -----------------------------------------------------------------------------

BAD_RETRY_AFTER = [
    {"Retry-After": "Mon, 01 Jan 99999999999 00:00:00 GMT"},  # OverflowError in the date
    {"Retry-After": "Fri, 01 Jan 10000 00:00:00 GMT"},  # past datetime's last year
    {"Retry-After": "1e400"},  # infinite
    {"Retry-After": "inf"},
    {"Retry-After": "nan"},
    {"Retry-After": "-5"},
    {"Retry-After-Ms": "-5"},
    {"Retry-After-Ms": "1e400"},
    {"Retry-After-Ms": "nan"},
]


@pytest.mark.parametrize("headers", BAD_RETRY_AFTER, ids=lambda h: "=".join(*h.items()))
def test_a_retry_after_no_number_or_date_can_hold_falls_back_to_backoff(
    headers: dict[str, str],
) -> None:
    for attempt, (low, high) in enumerate([(0.375, 0.5), (0.75, 1.0), (1.5, 2.0)]):
        assert low <= retry_delay(attempt, httpx.Headers(headers)) <= high


@pytest.mark.parametrize("status", [429, 503])
def test_a_send_answered_with_an_overflowing_retry_after_is_retried_after_backoff(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float], status: int
) -> None:
    server.script(
        Reply(status=status, headers={"Retry-After": "Mon, 01 Jan 99999999999 00:00:00 GMT"})
    )
    result = client.send(recipient=JOHN, text="hi")
    assert result.message_ids
    assert len(server.requests) == 2
    (delay,) = sleeps
    assert 0.375 <= delay <= 0.5


def test_a_huge_but_finite_retry_after_is_still_capped_at_60_seconds() -> None:
    for value in ("99999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"):
        assert retry_delay(0, httpx.Headers({"Retry-After": value})) == 60.0


# --- a TLS record that does not decrypt --------------------------------------------------------


class _CorruptRecordServer:
    """Completes the TLS handshake, reads a request, then writes a record no key decrypts."""

    def __init__(self, ca: trustme.CA) -> None:
        self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert("127.0.0.1").configure_cert(self._context)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"https://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                raw, _ = self._listener.accept()
                with self._context.wrap_socket(raw, server_side=True) as tls:
                    tls.recv(65536)
                    # Application data, past the TLS layer: its authentication tag is wrong.
                    os.write(tls.fileno(), b"\x17\x03\x03\x00\x40" + b"\x00" * 0x40)
                    time.sleep(0.5)

    def close(self) -> None:
        self._listener.close()


@pytest.fixture
def corrupt(ca: trustme.CA) -> Iterator[_CorruptRecordServer]:
    running = _CorruptRecordServer(ca)
    try:
        yield running
    finally:
        running.close()


async def test_a_tls_record_that_does_not_decrypt_is_a_connection_error_in_both_clients(
    corrupt: _CorruptRecordServer, ca_pem: Path
) -> None:
    sync_client = make_client(corrupt.base_url, ca_pem, max_retries=0)
    with sync_client, pytest.raises(smtpeter.APIConnectionError) as caught:
        sync_client.send(recipient=JOHN, text="hi")
    assert caught.value.may_have_been_sent is True
    async with make_async_client(corrupt.base_url, ca_pem, max_retries=0) as async_client:
        with pytest.raises(smtpeter.APIConnectionError) as caught:  # was a bare ssl.SSLError
            await async_client.send(recipient=JOHN, text="hi")
    assert caught.value.may_have_been_sent is True
    assert "bad record mac" in str(caught.value).lower()
