"""send_many reads a generator lazily: memory does not grow with the number of messages."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trustme

import smtpeter
from tests.bulk.conftest import async_client, message, sync_client
from tests.support.echo import EchoResponder
from tests.support.https_server import ScriptedHTTPSServer


def generate(count: int, body: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        # Every body is new and distinct: nothing can be shared between messages.
        yield message(number, text=f"{number:08d}" * (body // 8))


# Tracing every allocation slows the asyncio run down most: it sends fewer, larger messages.
@pytest.mark.parametrize(("kind", "count", "body"), [("sync", 5000, 4096), ("async", 2000, 10240)])
def test_peak_memory_is_a_small_fraction_of_the_input(
    kind: str, count: int, body: int, ca: trustme.CA
) -> None:
    echo = EchoResponder()
    # The server keeps no requests, so what is traced is the client side's.
    with ScriptedHTTPSServer(ca, responder=echo, record=False) as server:
        # One send first: what the first send_many loads (modules imported on first use) is a
        # fixed cost, not what the input's length makes grow.
        assert _run(kind, server, generate(1, body)) == 1
        tracemalloc.start()
        try:
            sent = _run(kind, server, generate(count, body))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert sent == count
    assert sum(echo.accepted.values()) == count + 1
    input_size = count * body
    # Holding every message, or every request, would take more than the whole input; a
    # bounded window holds some 40 messages (plus fixed costs: TLS, threads, the echo counts).
    assert peak < input_size / 5, f"peak {peak / 1e6:.1f} MB for {input_size / 1e6:.1f} MB"


def _run(kind: str, server: ScriptedHTTPSServer, messages: Iterator[dict[str, Any]]) -> int:
    if kind == "sync":
        with httpx.Client(verify=server.client_context()) as http:
            results = sync_client(server, http).send_many(messages, concurrency=8)
            return sum(isinstance(r, smtpeter.SendResult) for r in results)

    async def run() -> int:
        async with httpx.AsyncClient(verify=server.client_context()) as http:
            results = async_client(server, http).send_many(messages, concurrency=8)
            return sum([isinstance(r, smtpeter.SendResult) async for r in results])

    return asyncio.run(run())
