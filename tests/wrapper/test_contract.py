"""Contract checks, the way Prism checks requests: for every operation of openapi.yaml, what
the wrapper puts on the wire, sync and async, JSON and form, is valid under the spec.

The cases come from the generated ``OPERATIONS`` and the spec's examples (tests/support/spec.py);
the requests are captured by an ``httpx.MockTransport`` given as ``http_client``, and judged by
tests/support/contract.py, which validates with jsonschema against openapi.yaml, independently
of the validator the SDK compiles from it.
"""

from __future__ import annotations

import json

import httpx
import pytest

import smtpeter
from smtpeter_client.resources import OPERATIONS
from tests.support.contract import request_body, request_problems
from tests.support.spec import SPEC, Case, arguments, body_on_the_wire, cases, group

pytestmark = pytest.mark.usefixtures("clean_env")

TOKEN = "tok-CONTRACT-123"
BASE_URL = SPEC["servers"][0]["url"]
MEDIA_TYPES = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
CASES = [case for operation in OPERATIONS for case in cases(operation)]


async def captured(case: Case, mode: str) -> httpx.Request:
    """The one request the client sends for ``case`` (answered 404, not retried)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, text="no such thing")

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    args, kwargs = arguments(case)
    operation = case.operation
    with pytest.raises(smtpeter.NotFoundError):
        if mode == "sync":
            http = httpx.Client(transport=httpx.MockTransport(answer))
            with smtpeter.SMTPeter(TOKEN, base_url=BASE_URL, http_client=http) as client:
                getattr(group(client, operation), operation.name)(*args, **kwargs)
        else:
            http_async = httpx.AsyncClient(transport=httpx.MockTransport(answer_async))
            async with smtpeter.AsyncSMTPeter(
                TOKEN, base_url=BASE_URL, http_client=http_async
            ) as async_client:
                await getattr(group(async_client, operation), operation.name)(*args, **kwargs)
    assert len(seen) == 1
    return seen[0]


def test_every_operation_has_a_case_and_every_encoding_is_covered() -> None:
    covered = {(case.operation.operation_id, case.encoding) for case in CASES}
    assert covered == {
        (operation.operation_id, encoding)
        for operation in OPERATIONS
        for encoding in (operation.bodies or [""])
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_what_the_wrapper_sends_is_valid_under_the_spec(case: Case, mode: str) -> None:
    request = await captured(case, mode)
    assert request_problems(case.operation.operation_id, request) == []
    if case.encoding:  # and it carries what was asked for, under the spec's names
        assert request.headers["content-type"] == MEDIA_TYPES[case.encoding]
        assert request_body(case.operation.operation_id, request) == body_on_the_wire(case)


# The checker is not vacuous: requests the spec refuses, each with the problem it must name.
def _request(
    method: str, target: str, *, content_type: str | None = None, body: bytes = b""
) -> httpx.Request:
    headers = {"Content-Type": content_type} if content_type else {}
    return httpx.Request(method, BASE_URL + target, headers=headers, content=body)


def _token(target: str) -> str:
    return target + ("&" if "?" in target else "?") + "access_token=t"


REFUSED: list[tuple[str, httpx.Request, str]] = [
    ("getText", _request("POST", _token("/text/abc")), "method"),
    ("getText", _request("GET", _token("/v2/text/abc")), "path"),
    ("getText", _request("GET", _token("/text/abc/def")), "does not match"),
    ("getText", _request("GET", "/text/abc"), "access_token"),
    ("listTemplatesPage", _request("GET", _token("/templates/0/0")), "length"),
    (
        "getEventsByMessage",
        _request("GET", _token("/events/messageid/a?start=2026-13-01")),
        "start",
    ),
    ("getEventsByMessage", _request("GET", _token("/events/messageid/a?colour=red")), "unknown"),
    ("listLogFiles", _request("GET", _token("/logfiles/yesterday")), "date"),
    ("deleteDkimKey", _request("DELETE", _token("/dkimkey/example.com/-bad-")), "selector"),
    (
        "getDomain",
        _request("GET", _token("/domain/a"), content_type="text/plain", body=b"x"),
        "none",
    ),
    (
        "resend",
        _request("POST", _token("/resend"), content_type="text/plain", body=b"message=a"),
        "content-type",
    ),
    (
        "addDomain",
        _request("POST", _token("/domain/example.com"), content_type="application/json", body=b"{"),
        "not JSON",
    ),
    (
        "addDomain",
        _request(
            "POST",
            _token("/domain/example.com"),
            content_type="application/x-www-form-urlencoded",
            body=b"percentage=ten",
        ),
        "percentage",
    ),
    (
        "addDomain",
        _request(
            "POST",
            _token("/domain/example.com"),
            content_type="application/x-www-form-urlencoded",
            body=b"policy=none&policy=reject",
        ),
        "repeated",
    ),
    (
        "configureWebhook",
        _request(
            "POST",
            _token("/webhook"),
            content_type="application/json",
            body=json.dumps({"type": "click"}).encode(),
        ),
        "url",
    ),
    (
        "getTemplate",
        _request("GET", _token("/template/1?firstname=Ann&firstname=Bo")),
        "repeated",
    ),
]


@pytest.mark.parametrize(
    ("operation_id", "request_", "named"), REFUSED, ids=[f"{r[0]}-{r[2]}" for r in REFUSED]
)
def test_the_checker_refuses_what_the_spec_refuses(
    operation_id: str, request_: httpx.Request, named: str
) -> None:
    problems = request_problems(operation_id, request_)
    assert any(named in problem for problem in problems), problems


def test_the_checker_accepts_typed_form_values() -> None:
    request = _request(
        "POST",
        _token("/domain/example.com"),
        content_type="application/x-www-form-urlencoded",
        body=b"https=true&percentage=10&startdate=2026-01-01",
    )
    assert request_problems("addDomain", request) == []
