"""The sandbox survives bad input: odd tokens, forged log lines, oversized bodies, a full
archive, and its own failures, without a traceback reaching the client."""

from __future__ import annotations

import io
import socket
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from smtpeter.sandbox import RunningSandbox, create_app, running_sandbox
from smtpeter.sandbox._server import _RequestLog

SEND = {"recipient": "a@example.com", "text": "x"}


@pytest.mark.parametrize("token", ["tökén", "日本語", "\u00a0x"])
def test_a_token_beyond_ascii_is_401_not_500(http: httpx.Client, token: str) -> None:
    answer = http.post("/send", json=SEND, params={"access_token": token})
    assert answer.status_code == 401
    assert answer.text == "invalid access token"


def test_a_failure_inside_the_sandbox_is_a_500_without_traceback(
    sandbox: RunningSandbox, http: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("internal detail /home/secret/path")

    monkeypatch.setattr(sandbox.app.store, "get", broken)
    answer = http.get("/text/abc")
    assert answer.status_code == 500
    assert answer.text == "the sandbox failed on getText (RuntimeError)"
    assert "Traceback" not in answer.text
    assert "secret" not in answer.text


async def test_the_request_log_cannot_be_forged() -> None:
    out = io.StringIO()
    app = _RequestLog(create_app(token="t"), out)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="https://sandbox") as client:
        await client.get("/v1/text/abc%0D%0AFAKE%20200?access_token=t")
        await client.get("/v1/text/abc%0AGET%20/v1/send%20200?access_token=t")
    lines = out.getvalue().splitlines()
    assert lines == [
        "GET /v1/text/abc%0D%0AFAKE%20200 404",
        "GET /v1/text/abc%0AGET%20/v1/send%20200 404",
    ]


@pytest.fixture(scope="module")
def small_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with running_sandbox(max_request_size=100_000, max_messages=3) as running:
        yield running


@pytest.fixture
def small(small_sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=small_sandbox.base_url,
        verify=small_sandbox.ssl_context(),
        params={"access_token": small_sandbox.token},
        timeout=30,
    ) as client:
        yield client


def test_a_body_over_the_limit_gets_413(small: httpx.Client) -> None:
    text = "x" * 100_001
    answer = small.post("/send", json={"recipient": "a@example.com", "text": text})
    assert answer.status_code == 413
    assert answer.text == "the request body is larger than 100000 bytes"
    assert small.post("/send", json=SEND).status_code == 200  # the sandbox still serves


def test_a_streamed_body_is_refused_without_holding_it_in_memory(small: httpx.Client) -> None:
    """64 MB sent chunked (no Content-Length): the sandbox answers 413 once 100 kB have come,
    and memory (the sandbox runs in this process) never holds more than a few MB of it."""

    def body() -> Iterator[bytes]:
        for _ in range(1_000):
            yield b" " * 65536

    tracemalloc.start()
    try:
        answer = small.post("/send", content=body(), headers={"Content-Type": "application/json"})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert answer.status_code == 413
    assert peak < 16 * 1024 * 1024


def test_a_declared_length_over_the_limit_is_refused_before_reading(
    small_sandbox: RunningSandbox,
) -> None:
    url = httpx.URL(small_sandbox.base_url)
    assert url.port is not None
    head = (
        f"POST /v1/send?access_token={small_sandbox.token} HTTP/1.1\r\n"
        f"Host: {url.host}\r\nContent-Type: application/json\r\n"
        "Content-Length: 209715200\r\n\r\n{}"  # declares 200 MB, sends two bytes
    )
    context = small_sandbox.ssl_context()
    with (
        socket.create_connection((url.host, url.port), timeout=30) as raw,
        context.wrap_socket(raw, server_hostname=url.host) as tls,
    ):
        tls.sendall(head.encode())
        assert tls.recv(65536).startswith(b"HTTP/1.1 413 ")


def test_the_archive_keeps_the_newest_messages(
    small_sandbox: RunningSandbox, small: httpx.Client
) -> None:
    small_sandbox.store.clear()
    ids = []
    for number in range(5):
        answer = small.post("/send", json={"recipient": f"u{number}@example.com", "text": "x"})
        ids += list(answer.json())
    kept = [m.message_id for m in small_sandbox.store.messages()]
    assert kept == ids[2:]
    assert small.get(f"/text/{ids[0]}").status_code == 404
    assert small.get(f"/text/{ids[4]}").status_code == 200


def test_the_default_limits() -> None:
    app = create_app()
    assert app.max_request_size == 50 * 1024 * 1024
    assert app.store.max_messages == 10_000
    with pytest.raises(ValueError, match="max_messages"):
        create_app(max_messages=0)


def test_mail_files_stay_when_the_archive_drops_a_message(tmp_path: Path) -> None:
    from smtpeter.testing import outbox  # noqa: F401 - the extra is installed

    with (
        running_sandbox(mail_dir=tmp_path, max_messages=1) as sandbox,
        httpx.Client(
            base_url=sandbox.base_url,
            verify=sandbox.ssl_context(),
            params={"access_token": sandbox.token},
        ) as client,
    ):
        first = next(iter(client.post("/send", json=SEND).json()))
        client.post("/send", json=SEND)
        assert sandbox.store.get(first) is None
    assert (tmp_path / f"{first}.eml").exists()
