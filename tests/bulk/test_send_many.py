"""send_many on both clients against a real HTTPS server that injects failures."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import smtpeter
from tests.bulk.conftest import SendMany, async_client, message, sync_client
from tests.support.echo import EchoResponder
from tests.support.https_server import Reply, ScriptedHTTPSServer

COUNT = 5000


def unavailable(number: int, attempt: int) -> bool:
    return number % 13 == 5 and attempt == 1  # 503: SMTPeter did not process it


def broken(number: int, attempt: int) -> bool:
    return number % 97 == 11  # 500: it may have been processed


def inject(number: int, attempt: int) -> Reply | None:
    if unavailable(number, attempt):
        return Reply.text("busy", status=503, headers={"Retry-After": "0"})
    if broken(number, attempt):
        return Reply.text("exploded", status=500)
    return None


def refused(number: int) -> str | None:
    if number % 250 == 7:
        return "unknown"
    if number % 333 == 3:
        return "address"
    return None


def inputs(count: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        match refused(number):
            case "unknown":
                yield message(number, colour="red")
            case "address":
                yield message(number, recipient="not an address")
            case _:
                yield message(number)


def test_5000_messages_each_get_one_result_in_order_and_none_is_sent_twice(
    send_many: SendMany, echo: EchoResponder
) -> None:
    echo.inject = inject
    progress: list[tuple[int, int | None]] = []

    results = send_many(
        list(inputs(COUNT)), concurrency=8, on_progress=lambda *a: progress.append(a)
    )

    assert len(results) == COUNT
    for number, result in enumerate(results):
        kind = refused(number)
        if kind == "unknown":
            assert isinstance(result, smtpeter.ValidationError) and result.field == "colour"
            assert echo.attempts[number] == 0
        elif kind == "address":
            assert isinstance(result, smtpeter.ValidationError)
            assert result.field == "recipient"
            assert echo.attempts[number] == 0
        elif broken(number, 1):
            assert isinstance(result, smtpeter.InternalServerError), number
            assert result.may_have_been_sent and "may have been sent" in str(result)
            # Tried again only after the 503 (not processed), never after the 500.
            assert echo.attempts[number] == (2 if unavailable(number, 1) else 1)
            assert echo.accepted[number] == 0
        else:
            assert isinstance(result, smtpeter.SendResult), (number, result)
            assert result.message_ids == {f"id-{number}": f"u{number}@example.com"}
            assert echo.accepted[number] == 1
            assert echo.attempts[number] == (2 if unavailable(number, 1) else 1)
    assert max(echo.accepted.values()) == 1
    assert echo.max_in_flight <= 8
    assert [done for done, _ in progress] == list(range(1, COUNT + 1))
    assert {total for _, total in progress} == {COUNT}


def test_a_generator_is_read_lazily_and_total_is_unknown(
    send_many: SendMany, echo: EchoResponder
) -> None:
    progress: list[tuple[int, int | None]] = []
    results = send_many(
        (message(n) for n in range(50)), concurrency=4, on_progress=lambda *a: progress.append(a)
    )
    assert [r.message_ids for r in results if isinstance(r, smtpeter.SendResult)] == [
        {f"id-{n}": f"u{n}@example.com"} for n in range(50)
    ]
    assert {total for _, total in progress} == {None}


def test_concurrency_sends_really_run_at_once(send_many: SendMany, echo: EchoResponder) -> None:
    # The first four requests wait for each other: with fewer than four in flight they would
    # time out, and the run would fail.
    barrier = threading.Barrier(4, timeout=20)
    first_four = set(range(4))

    def gather(number: int) -> None:
        if number in first_four:
            barrier.wait()

    echo.before_answer = gather
    results = send_many([message(n) for n in range(12)], concurrency=4)
    assert all(isinstance(r, smtpeter.SendResult) for r in results)
    assert not barrier.broken
    assert echo.max_in_flight == 4


@pytest.mark.parametrize("concurrency", [0, -1, True, 1.5, "8"])
def test_a_bad_concurrency_is_refused_before_anything_is_sent(
    server: ScriptedHTTPSServer, concurrency: Any
) -> None:
    with httpx.Client(verify=server.client_context()) as http:
        client = sync_client(server, http)
        with pytest.raises(smtpeter.ValidationError) as caught:
            client.send_many([message(1)], concurrency=concurrency)
    assert caught.value.field == "concurrency"
    assert server.requests == []


def test_a_non_callable_progress_is_refused(server: ScriptedHTTPSServer) -> None:
    with (
        httpx.Client(verify=server.client_context()) as http,
        pytest.raises(smtpeter.ValidationError) as caught,
    ):
        sync_client(server, http).send_many([message(1)], on_progress="bar")  # type: ignore[arg-type]
    assert caught.value.field == "on_progress"


def test_an_item_that_is_not_a_dict_is_its_own_failure(
    send_many: SendMany, echo: EchoResponder
) -> None:
    results = send_many([message(0), "recipient=a@example.com", message(2)])
    assert isinstance(results[0], smtpeter.SendResult)
    assert isinstance(results[1], TypeError) and "dict" in str(results[1])
    assert isinstance(results[2], smtpeter.SendResult)


def test_a_failing_input_iterable_raises_after_the_messages_before_it(
    send_many: SendMany, echo: EchoResponder
) -> None:
    def failing() -> Iterator[dict[str, Any]]:
        yield message(0)
        yield message(1)
        raise LookupError("the database went away")

    with pytest.raises(LookupError, match="database"):
        send_many(failing())
    assert echo.accepted == {0: 1, 1: 1}


def test_a_slow_first_message_holds_results_and_new_sends_to_a_bounded_window(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    release = threading.Event()
    echo.before_answer = lambda number: release.wait(30) if number == 0 else None
    pulled: list[int] = []

    def generate() -> Iterator[dict[str, Any]]:
        for number in range(200):
            pulled.append(number)
            yield message(number)

    concurrency = 4
    window = concurrency * 5  # in flight plus the reorder buffer
    with httpx.Client(verify=server.client_context()) as http:
        results = sync_client(server, http).send_many(generate(), concurrency=concurrency)
        collected: list[Any] = []
        reader = threading.Thread(target=lambda: collected.extend(results))
        reader.start()
        deadline = time.monotonic() + 20
        while sum(echo.attempts.values()) < window and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)  # room for a wrong implementation to start more
        assert sum(echo.attempts.values()) == window
        assert collected == []  # nothing may overtake the first message
        assert len(pulled) <= window + 1
        release.set()
        reader.join(30)
    assert [next(iter(r.message_ids)) for r in collected] == [f"id-{n}" for n in range(200)]


def test_stopping_early_starts_no_more_sends(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    with httpx.Client(verify=server.client_context()) as http:
        results = sync_client(server, http).send_many(
            (message(n) for n in range(1000)), concurrency=2
        )
        with results:
            first = next(results)
        assert isinstance(first, smtpeter.SendResult)
        started = sum(echo.attempts.values())
        assert started <= 2 * 5
        assert sum(echo.accepted.values()) == started  # close() waited for those under way
        time.sleep(0.2)
        assert sum(echo.attempts.values()) == started  # and started no other


async def test_async_stopping_early_lets_sends_under_way_finish(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    async with httpx.AsyncClient(verify=server.client_context()) as http:
        client = async_client(server, http)
        async with client.send_many((message(n) for n in range(1000)), concurrency=3) as results:
            async for result in results:
                assert isinstance(result, smtpeter.SendResult)
                break
        started = sum(echo.attempts.values())
        assert started <= 3 * 5
        assert sum(echo.accepted.values()) == started  # every one under way was answered


async def test_async_accepts_an_async_iterable(
    server: ScriptedHTTPSServer, echo: EchoResponder
) -> None:
    async def generate() -> Any:
        for number in range(30):
            yield message(number)

    async with httpx.AsyncClient(verify=server.client_context()) as http:
        client = async_client(server, http)
        results = [r async for r in client.send_many(generate(), concurrency=5)]
    assert [r.message_ids for r in results if isinstance(r, smtpeter.SendResult)] == [
        {f"id-{n}": f"u{n}@example.com"} for n in range(30)
    ]


def test_results_dropped_unread_warn_that_nothing_was_sent(server: ScriptedHTTPSServer) -> None:
    with httpx.Client(verify=server.client_context()) as http:
        client = sync_client(server, http)
        with pytest.warns(RuntimeWarning, match="nothing was sent"):
            client.send_many([message(1)])
            gc.collect()
    assert server.requests == []
