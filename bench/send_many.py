"""`make bench`: send_many throughput against the HTTPS sandbox, next to raw httpx.

Sends/s at concurrency 1, 8 and 32, for ``SMTPeter.send_many`` and for a thread pool posting
the same JSON with one shared ``httpx.Client`` (no validation, no retries, no result
parsing): the difference is what the SDK costs. The sandbox runs as ``smtpeter sandbox`` in
its own process; it validates each request and builds each message, so on a machine of few
cores it, not the client, sets the ceiling.

    python bench/send_many.py [COUNT]      # default 1000 messages per run
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import secrets
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import smtpeter

COUNT = int(sys.argv[1]) if sys.argv[1:2] and sys.argv[1].isdigit() else 1000
CONCURRENCIES = (1, 8, 32)


@dataclass(frozen=True)
class Sandbox:
    base_url: str
    token: str
    ca_file: Path

    def ssl_context(self) -> ssl.SSLContext:
        if self.base_url.startswith("http://"):  # bench/run.py's loopback sink: no TLS
            return ssl.create_default_context()
        return ssl.create_default_context(cafile=str(self.ca_file))


@contextlib.contextmanager
def sandbox_process() -> Iterator[Sandbox]:
    """``smtpeter sandbox`` on a free port, in a process of its own."""
    token = secrets.token_urlsafe(16)
    command = [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0", "--token", token]
    with (
        tempfile.TemporaryDirectory() as home,
        subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            text=True,
            env={"HOME": home, "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": home},
        ) as process,
    ):
        assert process.stdout is not None
        found: dict[str, str] = {}
        for line in process.stdout:
            if line.startswith("SMTPeter sandbox listening on "):
                found["base_url"] = line.split(" on ", 1)[1].strip()
            elif line.startswith("CA certificate:"):
                found["ca_file"] = line.split(":", 1)[1].strip()
            if len(found) == 2:
                break
        # It prints a line per request: keep reading, or it stops once the pipe is full.
        threading.Thread(target=process.stdout.read, daemon=True).start()
        try:
            yield Sandbox(found["base_url"], token, Path(found["ca_file"]))
        finally:
            process.terminate()
            process.wait(10)


def message(number: int) -> dict[str, Any]:
    return {
        "recipient": f"u{number}@example.com",
        "from": "shop@example.com",
        "subject": f"Order {number}",
        "text": f"Order {number} ships today.",
    }


def sdk_kwargs(number: int) -> dict[str, Any]:
    kwargs = message(number)
    kwargs["from_"] = kwargs.pop("from")
    return kwargs


def with_sdk(sandbox: Sandbox, concurrency: int) -> int:
    limits = httpx.Limits(max_connections=max(concurrency, 10))
    http = httpx.Client(verify=sandbox.ssl_context(), limits=limits)
    with smtpeter.SMTPeter(sandbox.token, base_url=sandbox.base_url, http_client=http) as client:
        messages = (sdk_kwargs(n) for n in range(COUNT))
        results = client.send_many(messages, concurrency=concurrency)
        sent = sum(isinstance(r, smtpeter.SendResult) for r in results)
    http.close()
    return sent


def with_httpx(sandbox: Sandbox, concurrency: int) -> int:
    limits = httpx.Limits(max_connections=max(concurrency, 10))
    with (
        httpx.Client(
            base_url=sandbox.base_url,
            verify=sandbox.ssl_context(),
            params={"access_token": sandbox.token},
            limits=limits,
        ) as http,
        concurrent.futures.ThreadPoolExecutor(concurrency) as pool,
    ):

        def post(number: int) -> bool:
            return http.post("/send", json=message(number)).is_success

        return sum(pool.map(post, _numbers()))


def _numbers() -> Iterator[int]:
    return iter(range(COUNT))


def measure(label: str, run: Callable[[], int]) -> None:
    start = time.perf_counter()
    sent = run()
    elapsed = time.perf_counter() - start
    assert sent == COUNT, f"{label}: only {sent} of {COUNT} sent"
    print(f"{label:<28} {COUNT / elapsed:8.0f} sends/s  ({COUNT} in {elapsed:.2f} s)", flush=True)


def add_rows(table: Any, sandbox: Sandbox, rounds: int, where: str) -> None:
    """bench/run.py's rows: send_many at concurrency 8 and 32 against a raw httpx thread pool,
    medians of ``rounds`` interleaved blocks of COUNT sends each, to ``sandbox`` (the sandbox,
    or bench/run.py's loopback sink, described by a Sandbox)."""
    import gc
    import statistics

    # What earlier rows left for the collector (some 8,000 objects of bench/keyed.py's clients
    # and stores) is collected now, not inside these blocks, where the side that allocates more
    # would pay for it: 0.96 against 1.03 for the SDK at concurrency 8 over loopback.
    gc.collect()
    with_httpx(sandbox, 8)  # warm up: imports, TLS, the sandbox's validator
    with_sdk(sandbox, 8)
    for n in (8, 32):
        raws, sdks = [], []
        for i in range(rounds):
            blocks = [(raws, with_httpx), (sdks, with_sdk)]
            for results, run in blocks if i % 2 == 0 else blocks[::-1]:
                start = time.perf_counter()
                assert run(sandbox, n) == COUNT
                results.append(COUNT / (time.perf_counter() - start))
        table.add(
            f"send_many, concurrency {n}, {where} (sends/s, higher is better)",
            statistics.median(raws),
            statistics.median(sdks),
            "/s",
            "≥ 0.95",
        )


def main() -> None:
    with sandbox_process() as sandbox:
        with_httpx(sandbox, 8)  # warm up: imports, TLS, the sandbox's validator
        for n in CONCURRENCIES:
            measure(f"send_many, concurrency {n}", lambda n=n: with_sdk(sandbox, n))  # type: ignore[misc]
            measure(f"raw httpx, {n} threads", lambda n=n: with_httpx(sandbox, n))  # type: ignore[misc]


if __name__ == "__main__":
    main()
