"""One client shared by many threads (or tasks) is safe: each gets its own answer."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

import httpx

import smtpeter
from tests.bulk.conftest import async_client, message, sync_client
from tests.support.echo import EchoResponder
from tests.support.https_server import Reply, ScriptedHTTPSServer

WORKERS = 16
EACH = 40


def test_one_client_hammered_from_16_threads(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    # Some sends hit a 503 first (retried) or a 500 (raised): retries and errors interleave
    # with other threads' successes on the same connection pool.
    echo.inject = lambda number, attempt: (
        Reply.text("busy", status=503, headers={"Retry-After": "0"})
        if number % 7 == 0 and attempt == 1
        else Reply.text("boom", status=500)
        if number % 31 == 0
        else None
    )
    # Each thread's first request waits at the server until all 16 are there: the one client
    # must carry 16 requests at once (were it serialised, the barrier would break).
    together = threading.Barrier(WORKERS, timeout=30)
    echo.before_answer = lambda n: together.wait() if n % EACH == 0 and echo.attempts[n] == 1 else 0
    outcomes: dict[int, smtpeter.SendResult | Exception] = {}
    start = threading.Barrier(WORKERS)
    lock = threading.Lock()

    with httpx.Client(verify=server.client_context()) as http:
        client = sync_client(server, http)

        def work(worker: int) -> None:
            start.wait()
            for i in range(EACH):
                number = worker * EACH + i
                try:
                    outcome: smtpeter.SendResult | Exception = client.send(**message(number))
                except smtpeter.APIError as exc:
                    outcome = exc
                with lock:
                    outcomes[number] = outcome

        threads = [threading.Thread(target=work, args=(w,)) for w in range(WORKERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)

    assert sorted(outcomes) == list(range(WORKERS * EACH))
    for number, outcome in outcomes.items():
        if number % 31 == 0:
            assert isinstance(outcome, smtpeter.InternalServerError)
            assert outcome.may_have_been_sent
        else:
            assert isinstance(outcome, smtpeter.SendResult), outcome
            assert outcome.message_ids == {f"id-{number}": f"u{number}@example.com"}
    assert echo.accepted == Counter({n: 1 for n in outcomes if n % 31 != 0})
    assert not together.broken
    assert echo.max_in_flight >= WORKERS


async def test_one_async_client_shared_by_16_tasks(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    async with httpx.AsyncClient(verify=server.client_context()) as http:
        client = async_client(server, http)

        async def work(worker: int) -> list[smtpeter.SendResult]:
            return [await client.send(**message(worker * EACH + i)) for i in range(EACH)]

        per_worker = await asyncio.gather(*(work(w) for w in range(WORKERS)))

    for worker, results in enumerate(per_worker):
        numbers = [worker * EACH + i for i in range(EACH)]
        assert [r.message_ids for r in results] == [
            {f"id-{n}": f"u{n}@example.com"} for n in numbers
        ]
    assert echo.accepted == Counter(range(WORKERS * EACH))
