"""How the generated `send` reads SMTPeter's answers, served by a real server on loopback."""

from __future__ import annotations

import json
from http import HTTPStatus

import httpx
import pytest

import smtpeter
from smtpeter_client import Client, errors
from smtpeter_client.api.sending import send
from smtpeter_client.models import SendRequest
from smtpeter_client.types import ErrorMessage

from .conftest import RecordingServer

IDS = {"id1": "a@example.com", "id2": "b@example.com"}
IDS_JSON = b'{"id1": "a@example.com", "id2": "b@example.com"}'
BODY = SendRequest(recipient="a@example.com", text="Hi")
SUCCESS = [200, 201, 202]
FAILURES = [400, 401, 403, 429, 500, 502, 503, 504]


def client_for(server: RecordingServer, *, strict: bool = False) -> Client:
    return Client(
        base_url=server.base_url,
        timeout=httpx.Timeout(10.0),
        httpx_args={"params": {"access_token": "t"}},
        raise_on_unexpected_status=strict,
    )


@pytest.mark.parametrize("status", SUCCESS)
def test_id_map_sync(server: RecordingServer, status: int) -> None:
    server.answer(status, "application/json", IDS_JSON)
    with client_for(server) as client:
        response = send.sync_detailed(client=client, body=BODY)
    assert response.status_code == HTTPStatus(status)
    # SendResponse is a union by JSON type (if/then/else, see openapi.yaml): the generator
    # hands the JSON value over as it is, and the wrapper checks it (SendResult.from_parsed).
    assert response.parsed == IDS
    assert response.content == IDS_JSON


@pytest.mark.parametrize("status", SUCCESS)
async def test_id_map_async(server: RecordingServer, status: int) -> None:
    server.answer(status, "application/json", IDS_JSON)
    async with client_for(server) as client:
        response = await send.asyncio_detailed(client=client, body=BODY)
    assert response.status_code == HTTPStatus(status)
    assert response.parsed == IDS


@pytest.mark.parametrize("status", SUCCESS)
def test_bare_one_sync(server: RecordingServer, status: int) -> None:
    server.answer(status, "application/json", b"1")
    with client_for(server) as client:
        parsed = send.sync(client=client, body=BODY)
    assert parsed == 1
    assert type(parsed) is int


@pytest.mark.parametrize("status", SUCCESS)
async def test_bare_one_async(server: RecordingServer, status: int) -> None:
    server.answer(status, "application/json", b"1")
    async with client_for(server) as client:
        parsed = await send.asyncio(client=client, body=BODY)
    assert parsed == 1
    assert type(parsed) is int


def test_empty_id_map_is_a_map_not_one(server: RecordingServer) -> None:
    server.answer(200, "application/json", b"{}")
    with client_for(server) as client:
        parsed = send.sync(client=client, body=BODY)
    assert parsed == {}


@pytest.mark.parametrize("answer", [b"2", b"0", b'"1"', b"false", b"[1]", b"null", b"true"])
def test_other_success_answers_are_handed_over_for_the_wrapper_to_refuse(
    server: RecordingServer, answer: bytes
) -> None:
    server.answer(200, "application/json", answer)
    with client_for(server) as client:
        parsed = send.sync(client=client, body=BODY)
    assert parsed == json.loads(answer)
    with pytest.raises(smtpeter.APIResponseValidationError, match="neither a map"):
        smtpeter.SendResult.from_parsed(parsed)


@pytest.mark.parametrize("status", FAILURES)
def test_failure_text_sync(server: RecordingServer, status: int) -> None:
    server.answer(status, "text/plain", b"Missing recipient: give one")
    with client_for(server) as client:
        response = send.sync_detailed(client=client, body=BODY)
    assert response.status_code == HTTPStatus(status)
    # An error answer is told apart from a success by its type, not only by the status.
    assert response.parsed == ErrorMessage(status_code=status, text="Missing recipient: give one")


async def test_failure_text_async(server: RecordingServer) -> None:
    server.answer(400, "text/plain; charset=utf-8", "Ungültiger Empfänger".encode())
    async with client_for(server) as client:
        response = await send.asyncio_detailed(client=client, body=BODY)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert response.parsed == ErrorMessage(status_code=400, text="Ungültiger Empfänger")


def test_undocumented_status_is_none_by_default(server: RecordingServer) -> None:
    server.answer(422, "text/plain", b"conflict")
    with client_for(server) as client:
        response = send.sync_detailed(client=client, body=BODY)
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    assert response.parsed is None
    assert response.content == b"conflict"


def test_undocumented_status_raises_when_strict(server: RecordingServer) -> None:
    server.answer(422, "text/plain", b"conflict")
    with (
        client_for(server, strict=True) as client,
        pytest.raises(errors.UnexpectedStatus) as caught,
    ):
        send.sync(client=client, body=BODY)
    assert caught.value.status_code == 422
    assert caught.value.content == b"conflict"
