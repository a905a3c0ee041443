"""make soak: 20,000 sends through the HTTPS sandbox from 20 asyncio tasks, with faults.

The sandbox runs in a child process (so that the client's memory is the client's alone),
behind two fault injectors:

- an ASGI middleware: 503 before the request is read (1 %), 500 after the sandbox processed
  and archived the message (0.5 %), and ``Connection: close`` on 3 % of answers, so that the
  clients keep opening new connections;
- a TCP proxy in front of the TLS port that drops 5 % of new connections before a byte is
  forwarded.

It prints sends/s, how many sends were lost (answered with ids that are absent from the
archive or have no events) and doubled (one send archived twice), both expected 0, and the
client process's resident memory after 5,000 and 20,000 sends (expected flat).

    python bench/soak.py [--sends 20000] [--tasks 20]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import logging
import os
import random
import subprocess
import sys
import threading
import time
from typing import Any

FAULT_503 = 0.01
FAULT_500_AFTER = 0.005
CLOSE_AFTER = 0.03
DROP_CONNECTION = 0.05


# --- the child: sandbox, fault middleware, dropping proxy -----------------------------------


class _Faults:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.random = random.Random(1)  # fault injection, not cryptography

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        roll = self.random.random()
        if roll < FAULT_503:  # before the request is read: nothing processed
            await send({"type": "http.response.start", "status": 503, "headers": []})
            await send({"type": "http.response.body", "body": b"busy"})
            return
        fail_after = roll < FAULT_503 + FAULT_500_AFTER
        close = roll > 1 - CLOSE_AFTER

        async def answer(message: Any) -> None:
            if message["type"] == "http.response.start":
                if fail_after:
                    message = {**message, "status": 500, "headers": []}
                if close:
                    message = {
                        **message,
                        "headers": [*message["headers"], (b"connection", b"close")],
                    }
            elif fail_after and message["type"] == "http.response.body":
                message = {**message, "body": b"internal error"}
            await send(message)

        await self.app(scope, receive, answer)


async def _proxy(target_port: int, ready: asyncio.Future[int]) -> None:
    chance = random.Random(2)

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while chunk := await reader.read(65536):
                writer.write(chunk)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if chance.random() < DROP_CONNECTION:
            writer.close()  # before the request (even the TLS handshake) was read
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(
                "127.0.0.1", target_port
            )
        except OSError:
            writer.close()
            return
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    ready.set_result(server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


def serve() -> None:
    """The child: print the connection details, serve until stdin says ``report``."""
    import smtpeter.sandbox._server as sandbox_server
    from smtpeter.sandbox import running_sandbox

    original = sandbox_server._server

    def with_faults(app: Any, tls: Any, **options: Any) -> Any:
        return original(_Faults(app), tls, **options)

    sandbox_server._server = with_faults  # type: ignore[assignment]
    with running_sandbox(max_messages=None) as sandbox:
        loop = asyncio.new_event_loop()
        ready: asyncio.Future[int] = loop.create_future()
        port = int(sandbox.base_url.split(":")[2].split("/")[0])
        proxy = loop.create_task(_proxy(port, ready))
        proxy_port = loop.run_until_complete(ready)
        threading.Thread(target=loop.run_forever, daemon=True).start()
        details = {
            "base_url": f"https://127.0.0.1:{proxy_port}/v1",
            "ca_file": str(sandbox.ca_file),
            "token": sandbox.token,
        }
        print(json.dumps(details), flush=True)
        for line in sys.stdin:
            if line.strip() == "report":
                archive = [
                    {"id": m.message_id, "subject": m.subject, "events": len(m.events)}
                    for m in sandbox.store.messages()
                ]
                print(json.dumps(archive), flush=True)
                break
        loop.call_soon_threadsafe(proxy.cancel)


# --- the parent: the clients ----------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Retrying"):
            self.retries += 1


async def _clients(details: dict[str, str], sends: int, tasks: int) -> dict[str, Any]:
    import smtpeter

    counter_handler = _RetryCounter()
    logging.getLogger("smtpeter").addHandler(counter_handler)
    logging.getLogger("smtpeter").setLevel(logging.INFO)

    os.environ["SSL_CERT_FILE"] = details["ca_file"]
    counter = iter(range(sends))
    accepted: dict[str, int] = {}  # message id -> send number
    outcomes: collections.Counter[str] = collections.Counter()
    memory: dict[int, float] = {}
    done = 0

    async with smtpeter.AsyncSMTPeter(
        details["token"], base_url=details["base_url"], max_retries=6
    ) as client:

        async def worker() -> None:
            nonlocal done
            for number in counter:
                try:
                    result = await client.send(
                        recipient=f"user{number % 500}@example.com",
                        subject=f"soak {number}",
                        text=f"message {number}",
                    )
                except smtpeter.APIError as error:
                    kind = "may have been sent" if error.may_have_been_sent else "not sent"
                    outcomes[f"{type(error).__name__} ({kind})"] += 1
                else:
                    outcomes["accepted"] += 1
                    for message_id in result.message_ids:
                        accepted[message_id] = number
                done += 1
                if done in (5_000, sends):
                    memory[done] = _rss_mb()

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(tasks)))
        elapsed = time.monotonic() - started
    outcomes["retries (after 503 or a dropped connection)"] = counter_handler.retries
    return {"accepted": accepted, "outcomes": outcomes, "memory": memory, "elapsed": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sends", type=int, default=20_000)
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        details = json.loads(child.stdout.readline())
        run = asyncio.run(_clients(details, args.sends, args.tasks))
        child.stdin.write("report\n")
        child.stdin.flush()
        archive = json.loads(child.stdout.readline())
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    by_id = {entry["id"]: entry for entry in archive}
    subjects = collections.Counter(entry["subject"] for entry in archive)
    lost = sum(
        1 for message_id in run["accepted"] if by_id.get(message_id, {}).get("events", 0) == 0
    )
    doubled = sum(count - 1 for count in subjects.values() if count > 1)
    print(f"sends:           {args.sends} from {args.tasks} asyncio tasks")
    print(f"sends/s:         {args.sends / run['elapsed']:.0f} ({run['elapsed']:.1f} s)")
    for outcome, count in sorted(run["outcomes"].items()):
        print(f"  {outcome}: {count}")
    print(f"archived:        {len(archive)}")
    print(f"lost:            {lost}")
    print(f"doubled:         {doubled}")
    for at, rss in sorted(run["memory"].items()):
        print(f"client RSS at {at:>6} sends: {rss:.1f} MB")
    if lost or doubled:
        sys.exit(1)


if __name__ == "__main__":
    main()
