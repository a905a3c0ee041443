"""Every byte-level fault a server or network can throw at a call, for send, resend and a read,
on both clients: the exception class, ``may_have_been_sent``, how many requests the server read
whole (a send that may have been processed is never repeated), that the time taken stays within the
overall timeout, and that the token shows nowhere (str, repr, the traceback rendered with
locals, chained exceptions included, every log record at DEBUG).

The server is :class:`tests.support.fault_server.FaultServer`, which misbehaves at the byte
level over real TLS. The faults the sandbox's fault rules can make (status answers, resets
before and after processing, malformed JSON, slow and trickled answers) are tested against
the sandbox in test_sandbox_faults. Backoff sleeps are recorded, not slept (the ``sleeps`` fixture).
"""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pytest
import trustme

import smtpeter
from tests.support.fault_server import Answer, FaultServer
from tests.support.https_server import refused_port
from tests.wrapper.conftest import (
    LogCapture,
    assert_no_token,
    exception_texts,
    make_async_client,
    make_client,
)

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"
ID_MAP = b'{"1cb1d9b0a1f4e7a2": "john@example.com"}'
TEXT = b"Hello John"
BIG = 50 * 1024 * 1024
RETRIES = 1  # one retry keeps the matrix quick; test_retries covers the counts in general
# Seconds a slow server would take; the clients' overall timeouts are far shorter, yet long
# enough for a TLS handshake and an upload on a starved CPU (a 0.5 s one once made a send time
# out before its body went out, so it was not "may have been sent").
SLOW = 30.0

Kind = Literal["write", "read"]


def _typed(kind: Kind, body: bytes, **headers: str) -> Answer:
    content_type = "application/json" if kind == "write" else "text/plain"
    return Answer.http(200, body, {"Content-Type": content_type, **headers})


@dataclass(frozen=True)
class Expect:
    """The outcome of one case for one kind of call."""

    error: type[smtpeter.SMTPeterError] | None  # None: the call succeeds
    may_have_been_sent: bool = False
    bodies: int = 0  # requests the server read whole
    connections: int | None = None  # TCP connections accepted, where that is the point
    within: float = 20.0  # seconds; generous, but far below what the server would take
    retried: bool = False  # whether the client tried again (RETRIES times)


@dataclass(frozen=True)
class Case:
    name: str
    script: Callable[[Kind], list[Answer]] = lambda kind: []
    handshake: Literal["ok", "abort", "silent"] = "ok"
    timeout: float | None = None  # the client's overall timeout (None: the default)
    write: Expect = field(default_factory=lambda: Expect(None))
    read: Expect = field(default_factory=lambda: Expect(None))


CONNECTION = smtpeter.APIConnectionError
TIMEOUT = smtpeter.APITimeoutError
INVALID = smtpeter.APIResponseValidationError
ATTEMPTS = 1 + RETRIES


CASES = [
    Case(
        "connection_refused",
        write=Expect(CONNECTION, retried=True),
        read=Expect(CONNECTION, retried=True),
    ),
    Case(
        "tls_handshake_aborted",
        handshake="abort",
        write=Expect(CONNECTION, connections=ATTEMPTS, retried=True),
        read=Expect(CONNECTION, connections=ATTEMPTS, retried=True),
    ),
    Case(
        "tls_handshake_never_answered",
        handshake="silent",
        timeout=0.5,  # no handshake ever completes: any timeout is reached
        write=Expect(TIMEOUT, connections=ATTEMPTS, within=SLOW / 3, retried=True),
        read=Expect(TIMEOUT, connections=ATTEMPTS, within=SLOW / 3, retried=True),
    ),
    Case(
        "untrusted_ca",
        write=Expect(CONNECTION, connections=1),
        read=Expect(CONNECTION, connections=1),
    ),
    Case(
        "closed_without_answer",
        lambda kind: [Answer(end="close")] * ATTEMPTS,
        write=Expect(CONNECTION, may_have_been_sent=True, bodies=1),
        read=Expect(CONNECTION, bodies=ATTEMPTS, retried=True),
    ),
    Case(
        "truncated_answer",
        lambda kind: (
            [
                Answer(
                    data=_typed(kind, b'{"1cb1d9b0a1f4e7a2": ', **{"Content-Length": "100"}).data,
                    end="close",
                )
            ]
            * ATTEMPTS
        ),
        write=Expect(CONNECTION, may_have_been_sent=True, bodies=1),
        read=Expect(CONNECTION, bodies=ATTEMPTS, retried=True),
    ),
    Case(
        "wrong_content_type",
        lambda kind: [
            Answer.http(200, b"<html><body>Sign in</body></html>", {"Content-Type": "text/html"})
        ],
        write=Expect(INVALID, may_have_been_sent=True, bodies=1),
        read=Expect(INVALID, bodies=1),
    ),
    Case(
        "broken_content_encoding",
        lambda kind: [_typed(kind, b"this is not gzip", **{"Content-Encoding": "gzip"})],
        write=Expect(INVALID, may_have_been_sent=True, bodies=1),
        read=Expect(INVALID, bodies=1),
    ),
    Case(
        "answer_of_50_mb",
        lambda kind: [_typed(kind, b"x" * BIG)],
        write=Expect(INVALID, may_have_been_sent=True, bodies=1),  # not JSON
        read=Expect(None, bodies=1),  # a long text is still a text
    ),
]

CALLS: dict[str, Kind] = {"send": "write", "resend": "write", "text": "read"}


def _sync_call(name: str, client: smtpeter.SMTPeter) -> object:
    if name == "send":
        return client.send(recipient=JOHN, text="Hi")
    if name == "resend":
        return client.resend("aaabbbccc")
    return client.messages.text("aaabbbccc")


async def _async_call(name: str, client: smtpeter.AsyncSMTPeter) -> object:
    if name == "send":
        return await client.send(recipient=JOHN, text="Hi")
    if name == "resend":
        return await client.resend("aaabbbccc")
    return await client.messages.text("aaabbbccc")


@pytest.fixture(scope="module")
def other_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def refused_url() -> Iterator[str]:
    sock = refused_port()
    try:
        yield f"https://127.0.0.1:{sock.getsockname()[1]}/v1"
    finally:
        sock.close()


def _rendered(error: BaseException) -> list[str]:
    """The traceback as error trackers render it: with every frame's locals, chain included."""
    rendered = traceback.TracebackException(
        type(error), error, error.__traceback__, capture_locals=True
    )
    text = "".join(rendered.format())
    assert "Traceback" in text
    return [text, *exception_texts(error)]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault(
    case: Case,
    call: str,
    mode: str,
    ca: trustme.CA,
    other_ca: trustme.CA,
    ca_pem: Path,
    refused_url: str,
    sleeps: list[float],
    logs: LogCapture,
) -> None:
    kind = CALLS[call]
    expect = case.write if kind == "write" else case.read
    server_ca = other_ca if case.name == "untrusted_ca" else ca
    with FaultServer(server_ca, handshake=case.handshake) as server:
        server.script(*case.script(kind))
        base_url = refused_url if case.name == "connection_refused" else server.base_url
        options: dict[str, Any] = {"max_retries": RETRIES}
        if case.timeout is not None:
            options["timeout"] = case.timeout
        started = time.monotonic()
        outcome: object | BaseException
        if mode == "sync":
            with make_client(base_url, ca_pem, **options) as client:
                try:
                    outcome = _sync_call(call, client)
                except smtpeter.SMTPeterError as error:
                    outcome = error
        else:

            async def run() -> object:
                async with make_async_client(base_url, ca_pem, **options) as client:
                    try:
                        return await _async_call(call, client)
                    except smtpeter.SMTPeterError as error:
                        return error

            outcome = asyncio.run(run())
        elapsed = time.monotonic() - started

    texts: list[str] = []
    if expect.error is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
        if kind == "write":
            assert outcome == smtpeter.SendResult(message_ids={"1cb1d9b0a1f4e7a2": JOHN})
        elif case.name == "answer_of_50_mb":
            assert outcome == "x" * BIG
        else:
            assert outcome == TEXT.decode()
        texts.append(repr(outcome)[:1000])
    else:
        assert isinstance(outcome, smtpeter.APIError), repr(outcome)
        assert type(outcome) is expect.error, repr(outcome)
        assert outcome.may_have_been_sent is expect.may_have_been_sent
        assert ("may have been sent" in str(outcome)) is expect.may_have_been_sent
        texts += _rendered(outcome)
    assert len(sleeps) == (RETRIES if expect.retried else 0)
    assert server.bodies_received == expect.bodies
    if expect.connections is not None:
        assert server.connections == expect.connections
    if expect.may_have_been_sent:
        assert server.bodies_received <= 1  # never repeated once it may have been processed
    assert elapsed < expect.within, f"took {elapsed:.1f} s"
    assert_no_token(texts)
    assert logs.records
    assert_no_token(logs.texts())
