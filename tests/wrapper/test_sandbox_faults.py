"""The sandbox's fault rules, against a real sandbox over HTTPS with the real SDK clients: each
fault reaches the SDK as the typed error the README promises, a send that may have been
processed is never repeated, and the archive shows what the server really did.

Backoff sleeps are recorded, not slept (the ``sleeps`` fixture). The byte-level faults the
sandbox cannot make (TLS handshakes, truncated answers, wrong encodings...) stay in
test_fault_matrix.
"""

from __future__ import annotations

import asyncio
import json
import random
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import yaml
from openapi_spec_validator import validate as validate_spec

import smtpeter
import smtpeter.testing
from smtpeter.sandbox import RunningSandbox, running_sandbox
from smtpeter.sandbox._faults import FaultError, Faults, parse_fault_spec
from tests.wrapper.conftest import TOKEN, LogCapture, assert_no_token, exception_texts

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

SPEC = Path(smtpeter.__file__).parent / "sandbox" / "faults.openapi.yaml"
MAIL: dict[str, Any] = {"recipient": "john@example.com", "text": "Hi"}
SLOW = 30.0  # seconds a delayed answer takes; far beyond the clients' timeouts below


@pytest.fixture(scope="module")
def module_sandbox() -> Iterator[RunningSandbox]:
    with running_sandbox(token=TOKEN) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(module_sandbox: RunningSandbox) -> Iterator[RunningSandbox]:
    module_sandbox.faults.clear()
    module_sandbox.store.clear()
    yield module_sandbox
    module_sandbox.faults.clear()


def client(sandbox: RunningSandbox, **options: Any) -> smtpeter.SMTPeter:
    options.setdefault("max_retries", 1)
    return smtpeter.SMTPeter(
        sandbox.token,
        base_url=sandbox.base_url,
        http_client=httpx.Client(verify=sandbox.ssl_context()),
        **options,
    )


def failure(sandbox: RunningSandbox, **options: Any) -> smtpeter.APIError:
    with client(sandbox, **options) as sdk, pytest.raises(smtpeter.APIError) as caught:
        sdk.send(**MAIL)
    return caught.value


def admin(sandbox: RunningSandbox) -> httpx.Client:
    origin = sandbox.base_url.removesuffix("/v1")
    return httpx.Client(
        base_url=f"{origin}/_sandbox",
        verify=sandbox.ssl_context(),
        headers={"Authorization": f"Bearer {sandbox.token}"},
    )


def test_429_is_a_rate_limit_honouring_retry_after_and_the_send_is_retried(
    sandbox: RunningSandbox, sleeps: list[float]
) -> None:
    sandbox.faults.add(operation="send", nth=1, action="status", status=429, retry_after=2)
    with client(sandbox) as sdk:
        result = sdk.send(**MAIL)
    assert list(result.message_ids.values()) == ["john@example.com"]
    assert sleeps == [2.0]
    assert len(sandbox.store.messages()) == 1  # the refused attempt archived nothing
    assert [(e["operation"], e["call"], e["action"]) for e in sandbox.faults.log] == [
        ("send", 1, "status")
    ]


def test_429_every_time_ends_as_rate_limit_error_not_sent(
    sandbox: RunningSandbox, sleeps: list[float]
) -> None:
    sandbox.faults.add(operation="send", action="status", status=429, retry_after=1)
    error = failure(sandbox)
    assert type(error) is smtpeter.RateLimitError
    assert error.may_have_been_sent is False
    assert sleeps == [1.0]
    assert sandbox.store.messages() == []
    assert [e["call"] for e in sandbox.faults.log] == [1, 2]


def test_503_is_a_server_error_retried_for_a_send(
    sandbox: RunningSandbox, sleeps: list[float]
) -> None:
    sandbox.faults.add(operation="send", action="status", status=503)
    error = failure(sandbox)
    assert type(error) is smtpeter.InternalServerError
    assert error.may_have_been_sent is False  # 503: SMTPeter did not process it
    assert len(sleeps) == 1
    assert "fault rule rule-1 answers 503" in str(error)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_other_5xx_on_a_send_may_have_been_sent_and_is_not_repeated(
    sandbox: RunningSandbox, sleeps: list[float], status: int
) -> None:
    sandbox.faults.add(operation="send", action="status", status=status)
    error = failure(sandbox)
    assert type(error) is smtpeter.InternalServerError
    assert error.may_have_been_sent is True
    assert sleeps == []
    assert len(sandbox.faults.log) == 1


def test_reset_after_archiving_is_unknown_outcome_with_exactly_one_mail(
    sandbox: RunningSandbox, sleeps: list[float], logs: LogCapture
) -> None:
    sandbox.faults.add(operation="send", nth=1, action="reset-after")
    error = failure(sandbox, max_retries=3)
    assert isinstance(error, smtpeter.APIConnectionError)
    assert error.may_have_been_sent is True
    assert "may have been sent" in str(error)
    assert sleeps == []  # never repeated
    assert [m.recipient for m in sandbox.store.messages()] == ["john@example.com"]
    assert_no_token([*exception_texts(error), *logs.texts()])


def test_reset_before_archiving_archives_nothing_and_a_read_is_retried(
    sandbox: RunningSandbox, sleeps: list[float]
) -> None:
    sandbox.faults.add(operation="send", nth=1, action="reset-before")
    error = failure(sandbox, max_retries=3)
    assert isinstance(error, smtpeter.APIConnectionError)
    assert error.may_have_been_sent is True  # the client cannot know
    assert sleeps == []
    assert sandbox.store.messages() == []
    with client(sandbox) as sdk:
        (message_id,) = sdk.send(**MAIL).message_ids
        sandbox.faults.add(operation="getText", nth=1, action="reset-before")
        assert sdk.messages.text(message_id).strip() == "Hi"  # idempotent: retried once
    assert len(sleeps) == 1
    assert [e["operation"] for e in sandbox.faults.log] == ["send", "getText"]


def test_malformed_json_is_the_typed_decode_error(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(operation="send", nth=1, action="malformed-json")
    error = failure(sandbox)
    assert type(error) is smtpeter.APIResponseValidationError
    assert error.may_have_been_sent is True
    assert len(sandbox.store.messages()) == 1


def test_delay_beyond_the_timeout_is_a_timeout_error(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(operation="send", nth=1, action="delay", delay=SLOW)
    started = time.monotonic()
    error = failure(sandbox, timeout=3.0)
    assert type(error) is smtpeter.APITimeoutError
    assert error.may_have_been_sent is True
    assert time.monotonic() - started < SLOW / 2
    assert len(sandbox.store.messages()) == 1  # processed before the answer was held


def test_trickle_delivers_the_whole_answer_slowly(sandbox: RunningSandbox) -> None:
    with client(sandbox) as sdk:
        (message_id,) = sdk.send(**MAIL | {"text": "Hello trickle"}).message_ids
        sandbox.faults.add(operation="getText", nth=1, action="trickle", delay=0.2, pieces=4)
        started = time.monotonic()
        assert sdk.messages.text(message_id).strip() == "Hello trickle"
        assert time.monotonic() - started >= 0.8  # four pieces, each 0.2 s after the last


def test_trickle_beyond_the_overall_timeout_is_a_timeout_error(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(operation="send", action="trickle", delay=SLOW / 10, pieces=10)
    error = failure(sandbox, timeout=3.0)
    assert type(error) is smtpeter.APITimeoutError
    assert error.may_have_been_sent is True


def test_every_kth_and_nth_count_from_when_the_rule_is_set(sandbox: RunningSandbox) -> None:
    with client(sandbox, max_retries=0) as sdk:
        (message_id,) = sdk.send(**MAIL).message_ids
        sandbox.faults.add(operation="getText", every=2, action="status", status=500)
        outcome = []
        for _ in range(5):
            try:
                sdk.messages.text(message_id)
                outcome.append("ok")
            except smtpeter.InternalServerError:
                outcome.append("500")
    assert outcome == ["ok", "500", "ok", "500", "ok"]
    assert [e["call"] for e in sandbox.faults.log] == [2, 4]


def _pattern(sandbox: RunningSandbox, message_id: str, calls: int) -> list[bool]:
    hits = []
    with client(sandbox, max_retries=0) as sdk:
        for _ in range(calls):
            try:
                sdk.messages.text(message_id)
                hits.append(False)
            except smtpeter.InternalServerError:
                hits.append(True)
    return hits


def test_a_seeded_probability_hits_the_same_calls_every_time(sandbox: RunningSandbox) -> None:
    with client(sandbox) as sdk:
        (message_id,) = sdk.send(**MAIL).message_ids
    rule = {"operation": "getText", "probability": 0.5, "seed": 7, "action": "status"}
    with admin(sandbox) as api:
        api.put("/faults", json={"rules": [rule | {"status": 500}]}).raise_for_status()
        first = _pattern(sandbox, message_id, 12)
        api.put("/faults", json={"rules": [rule | {"status": 500}]}).raise_for_status()
        second = _pattern(sandbox, message_id, 12)
    draws = random.Random(7)
    assert first == second == [draws.random() < 0.5 for _ in range(12)]
    assert 0 < sum(first) < 12


def test_times_limits_a_rule_and_the_first_matching_rule_wins(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(id="first", operation="send", action="status", status=503, times=1)
    sandbox.faults.add(id="second", operation="send", action="status", status=429)
    error = failure(sandbox, max_retries=2)
    assert type(error) is smtpeter.RateLimitError
    assert [e["rule"] for e in sandbox.faults.log] == ["first", "second", "second"]


def test_the_async_client_sees_the_same_unknown_outcome(sandbox: RunningSandbox) -> None:
    sandbox.faults.add(operation="send", nth=1, action="reset-after")

    async def run() -> smtpeter.APIError:
        http = httpx.AsyncClient(verify=sandbox.ssl_context())
        async with smtpeter.AsyncSMTPeter(
            sandbox.token, base_url=sandbox.base_url, http_client=http, max_retries=2
        ) as sdk:
            with pytest.raises(smtpeter.APIError) as caught:
                await sdk.send(**MAIL)
            return caught.value

    error = asyncio.run(run())
    assert isinstance(error, smtpeter.APIConnectionError)
    assert error.may_have_been_sent is True
    assert len(sandbox.store.messages()) == 1


def _raw_outcome(sandbox: RunningSandbox, request: bytes) -> str:
    """What the TCP socket under a TLS client sees: ``reset`` for an RST, else ``eof``."""
    host, port = httpx.URL(sandbox.base_url).host, httpx.URL(sandbox.base_url).port
    assert port is not None
    with socket.create_connection((host, port), timeout=20) as sock:
        incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = sandbox.ssl_context().wrap_bio(incoming, outgoing, server_hostname=host)
        while True:
            try:
                tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                sock.sendall(outgoing.read())
                incoming.write(sock.recv(65536))
        tls.write(request)
        sock.sendall(outgoing.read())
        try:
            while data := sock.recv(65536):
                incoming.write(data)
        except ConnectionResetError:
            return "reset"
        return "eof"


@pytest.mark.parametrize("action", ["reset-before", "reset-after"])
def test_a_reset_is_a_tcp_rst(sandbox: RunningSandbox, action: str) -> None:
    body = json.dumps(MAIL).encode()
    request = (
        f"POST /v1/send?access_token={sandbox.token} HTTP/1.1\r\nHost: sandbox\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    sandbox.faults.add(operation="send", nth=1, action=action)
    assert _raw_outcome(sandbox, request) == "reset"
    assert len(sandbox.store.messages()) == (1 if action == "reset-after" else 0)


# --- the admin API ------------------------------------------------------------------------


def test_the_admin_api_sets_lists_and_clears_rules(sandbox: RunningSandbox) -> None:
    schemas = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
    faults_schema = {"$ref": "#/$defs/Faults", "$defs": schemas}
    faults_schema = json.loads(
        json.dumps(faults_schema).replace("#/components/schemas/", "#/$defs/")
    )
    with admin(sandbox) as api:
        put = api.put(
            "/faults",
            json={
                "rules": [
                    {"operation": "send", "nth": 1, "action": "status", "status": 503},
                    {"id": "slow", "operation": "getText", "action": "delay", "delay": 1.5},
                ]
            },
        )
        assert put.status_code == 200, put.text
        with client(sandbox, max_retries=0) as sdk, pytest.raises(smtpeter.InternalServerError):
            sdk.send(**MAIL)
        listed = api.get("/faults").json()
        jsonschema.validate(listed, faults_schema)
        assert [(r["id"], r["operation"], r["action"]) for r in listed["rules"]] == [
            ("rule-1", "send", "status"),
            ("slow", "getText", "delay"),
        ]
        assert [(e["rule"], e["call"], e["action"]) for e in listed["log"]] == [
            ("rule-1", 1, "status")
        ]
        assert api.delete("/faults").status_code == 204
        assert api.get("/faults").json() == {"rules": [], "log": []}


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ({"operation": "sendd", "action": "status", "status": 503}, "operation"),
        ({"operation": "send", "action": "explode"}, "action"),
        ({"operation": "send", "action": "status"}, "status"),
        ({"operation": "send", "action": "status", "status": 200}, "status"),
        ({"operation": "send", "action": "delay"}, "delay"),
        ({"operation": "send", "action": "reset-after", "nth": 0}, "nth"),
        ({"operation": "send", "action": "reset-after", "nth": 1, "every": 2}, "every"),
        ({"operation": "send", "action": "reset-after", "probability": 1.5}, "probability"),
        ({"operation": "send", "action": "reset-after", "seed": 1}, "seed"),
        ({"operation": "send", "action": "reset-after", "colour": "red"}, "colour"),
        ({"operation": "webhook", "action": "status", "status": 503}, "action"),
    ],
)
def test_a_bad_rule_is_refused_naming_the_field_and_the_rule(
    sandbox: RunningSandbox, rule: dict[str, Any], field: str
) -> None:
    good = {"id": "fine", "operation": "send", "action": "reset-after"}
    with admin(sandbox) as api:
        answer = api.put("/faults", json={"rules": [good, rule]})
        assert answer.status_code == 400
        assert answer.json()["field"] == field
        assert answer.json()["rule"] == "#2"
        assert f"fault rule #2: {field}:" in answer.json()["error"]
        assert api.get("/faults").json()["rules"] == []  # nothing half-set
    with pytest.raises(FaultError) as caught:
        sandbox.faults.add(**rule)
    assert caught.value.field == field


def test_the_admin_api_needs_the_token(sandbox: RunningSandbox) -> None:
    origin = sandbox.base_url.removesuffix("/v1")
    with httpx.Client(verify=sandbox.ssl_context()) as plain:
        assert plain.get(f"{origin}/_sandbox/faults").status_code == 401
        wrong = {"Authorization": "Bearer nope"}
        assert plain.get(f"{origin}/_sandbox/faults", headers=wrong).status_code == 401
        by_query = plain.get(f"{origin}/_sandbox/faults", params={"access_token": sandbox.token})
        assert by_query.status_code == 200
        refused = plain.put(f"{origin}/_sandbox/faults", json={"rules": [], "extra": 1})
        assert refused.status_code == 401
    with admin(sandbox) as api:
        unknown = api.put("/faults", json={"rules": [], "extra": 1})
        assert (unknown.status_code, unknown.json()["field"]) == (400, "extra")


def test_the_admin_openapi_document_is_valid() -> None:
    document = yaml.safe_load(SPEC.read_text())
    validate_spec(document)
    assert set(document["paths"]) == {
        "/_sandbox/faults",
        "/_sandbox/webhooks",
        "/_sandbox/webhooks/sign",
    }


# --- the --fault spec and the Python API --------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "rule"),
    [
        (
            "send:nth=2:status=503:retry_after=1",
            {"operation": "send", "nth": 2, "status": 503, "retry_after": 1, "action": "status"},
        ),
        ("send:every=3:reset-after", {"operation": "send", "every": 3, "action": "reset-after"}),
        (
            "getEvents:probability=0.25:seed=7:status=500",
            {
                "operation": "getEvents",
                "probability": 0.25,
                "seed": 7,
                "status": 500,
                "action": "status",
            },
        ),
        ("send:delay=5", {"operation": "send", "delay": 5, "action": "delay"}),
        ("webhook:delay=2", {"operation": "webhook", "delay": 2, "action": "late"}),
        (
            "webhook:nth=1:drop:id=lost",
            {"operation": "webhook", "nth": 1, "action": "drop", "id": "lost"},
        ),
    ],
)
def test_fault_specs(spec: str, rule: dict[str, Any]) -> None:
    assert parse_fault_spec(spec) == rule
    Faults(["send", "getEvents"]).add(**parse_fault_spec(spec))


def test_a_bad_fault_spec_names_the_field() -> None:
    faults = Faults(["send"])
    with pytest.raises(FaultError, match=r"nth: must be a whole number"):
        faults.add(**parse_fault_spec("send:nth=two:status=503"))
    with pytest.raises(FaultError, match=r"nth: given twice"):
        parse_fault_spec("send:nth=1:nth=2:status=503")


def test_a_probability_without_seed_gets_one_shown_for_repeating_the_run() -> None:
    faults = Faults(["send"])
    rule = faults.add(operation="send", probability=0.5, action="reset-after")
    assert isinstance(rule.seed, int)
    again = Faults(["send"]).add(
        operation="send", probability=0.5, seed=rule.seed, action="reset-after"
    )
    assert [rule.matches() for _ in range(20)] == [again.matches() for _ in range(20)]


# --- the matrix: each fault the sandbox can make, for send, resend and a read, both clients --
# (moved here from test_fault_matrix, which keeps the byte-level faults)

RETRIES = 1
CONNECTION = smtpeter.APIConnectionError


@dataclass(frozen=True)
class Expect:
    error: type[smtpeter.SMTPeterError] | None  # None: the call succeeds
    may_have_been_sent: bool = False
    archived: int = 0  # messages the sandbox archived (a send or resend it processed)
    retried: bool = False


@dataclass(frozen=True)
class Case:
    name: str
    rule: dict[str, Any]
    write: Expect
    read: Expect
    timeout: float | None = None


def _server_error(status: int) -> Case:
    return Case(
        f"status_{status}",
        {"action": "status", "status": status},
        write=Expect(smtpeter.InternalServerError, may_have_been_sent=True),
        read=Expect(smtpeter.InternalServerError, retried=True),
    )


CASES = [
    Case(
        "rate_limited_with_retry_after",
        {"nth": 1, "action": "status", "status": 429, "retry_after": 1},
        write=Expect(None, archived=1, retried=True),
        read=Expect(None, retried=True),
    ),
    Case(
        "unavailable_then_ok",
        {"nth": 1, "action": "status", "status": 503},
        write=Expect(None, archived=1, retried=True),
        read=Expect(None, retried=True),
    ),
    _server_error(500),
    _server_error(502),
    _server_error(504),
    Case(
        "reset_before_processing",
        {"action": "reset-before"},
        write=Expect(CONNECTION, may_have_been_sent=True),
        read=Expect(CONNECTION, retried=True),
    ),
    Case(
        "reset_after_processing",
        {"action": "reset-after"},
        write=Expect(CONNECTION, may_have_been_sent=True, archived=1),
        read=Expect(CONNECTION, retried=True),
    ),
    Case(
        "malformed_json",
        {"action": "malformed-json"},
        write=Expect(smtpeter.APIResponseValidationError, may_have_been_sent=True, archived=1),
        read=Expect(smtpeter.APIResponseValidationError),  # JSON where text/plain is documented
    ),
    Case(
        "slow_headers",
        {"action": "delay", "delay": SLOW},
        timeout=2.0,
        write=Expect(smtpeter.APITimeoutError, may_have_been_sent=True, archived=1),
        read=Expect(smtpeter.APITimeoutError, retried=True),
    ),
    Case(
        # Each piece comes well within the read timeout; only the overall deadline stops it.
        "trickled_answer",
        {"action": "trickle", "delay": SLOW / 20, "pieces": 20},
        timeout=3.0,
        write=Expect(smtpeter.APITimeoutError, may_have_been_sent=True, archived=1),
        read=Expect(smtpeter.APITimeoutError, retried=True),
    ),
]
CALLS = {"send": "send", "resend": "resend", "text": "getText"}


def _call_sync(name: str, sdk: smtpeter.SMTPeter, message_id: str) -> object:
    if name == "send":
        return sdk.send(**MAIL)
    if name == "resend":
        return sdk.resend(message_id)
    return sdk.messages.text(message_id)


async def _call_async(name: str, sdk: smtpeter.AsyncSMTPeter, message_id: str) -> object:
    if name == "send":
        return await sdk.send(**MAIL)
    if name == "resend":
        return await sdk.resend(message_id)
    return await sdk.messages.text(message_id)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault(
    case: Case,
    call: str,
    mode: str,
    sandbox: RunningSandbox,
    sleeps: list[float],
    logs: LogCapture,
) -> None:
    with client(sandbox) as sdk:
        (message_id,) = sdk.send(**MAIL).message_ids
    before = len(sandbox.store.messages())
    expect = case.read if call == "text" else case.write
    sandbox.faults.add(operation=CALLS[call], **case.rule)
    options: dict[str, Any] = {"max_retries": RETRIES}
    if case.timeout is not None:
        options["timeout"] = case.timeout
    started = time.monotonic()
    outcome: object | BaseException
    if mode == "sync":
        with client(sandbox, **options) as sdk:
            try:
                outcome = _call_sync(call, sdk, message_id)
            except smtpeter.SMTPeterError as error:
                outcome = error
    else:

        async def run() -> object:
            http = httpx.AsyncClient(verify=sandbox.ssl_context())
            async with smtpeter.AsyncSMTPeter(
                sandbox.token, base_url=sandbox.base_url, http_client=http, **options
            ) as sdk:
                try:
                    return await _call_async(call, sdk, message_id)
                except smtpeter.SMTPeterError as error:
                    return error
                finally:
                    await http.aclose()

        outcome = asyncio.run(run())
    elapsed = time.monotonic() - started

    texts: list[str] = []
    if expect.error is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
        if call == "text":
            assert str(outcome).strip() == "Hi"
        else:
            assert isinstance(outcome, smtpeter.SendResult)
            assert list(outcome.message_ids.values()) == ["john@example.com"]
    else:
        assert type(outcome) is expect.error, repr(outcome)
        assert isinstance(outcome, smtpeter.APIError)
        assert outcome.may_have_been_sent is expect.may_have_been_sent
        assert ("may have been sent" in str(outcome)) is expect.may_have_been_sent
        texts += exception_texts(outcome)
    assert len(sleeps) == (RETRIES if expect.retried else 0)
    if case.name == "rate_limited_with_retry_after":
        assert sleeps == [1.0]
    assert len(sandbox.store.messages()) - before == expect.archived
    faults = len(sandbox.faults.log)
    if call != "text" and expect.may_have_been_sent:
        assert faults == 1  # never repeated once it may have been processed
    else:
        assert faults == (1 + RETRIES if expect.retried and expect.error else 1)
    assert elapsed < SLOW / 2, f"took {elapsed:.1f} s"
    assert_no_token(texts)
    assert_no_token(logs.texts())


def test_the_in_process_outbox_takes_fault_rules_too() -> None:
    with smtpeter.testing.outbox() as box:
        box.app.faults.add(operation="send", nth=1, action="reset-after")
        with smtpeter.SMTPeter(max_retries=2) as sdk, pytest.raises(CONNECTION) as caught:
            sdk.send(**MAIL)
        assert caught.value.may_have_been_sent is True
        assert len(box.messages) == 1  # processed, then "dropped"

        async def run() -> None:
            box.app.faults.add(operation="send", nth=1, action="status", status=500)
            async with smtpeter.AsyncSMTPeter(max_retries=2) as sdk:
                with pytest.raises(smtpeter.InternalServerError) as caught:
                    await sdk.send(**MAIL)
                assert caught.value.may_have_been_sent is True

        asyncio.run(run())
        assert len(box.messages) == 1
        assert [e["action"] for e in box.app.faults.log] == ["reset-after", "status"]
