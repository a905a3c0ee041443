"""`make bench`: what an idempotency store costs a send, at concurrency 8.

Sends/s of 8 threads sharing one client, over a loopback keep-alive connection to
bench/_sink.py (which answers at once: the client's CPU sets the pace, the worst case for a
store) and over HTTPS to the sandbox (``smtpeter sandbox``, which validates and archives each
message, as a server does), each in a process of its own, in interleaved blocks, for: raw
httpx (the same JSON posted by hand), the SDK unkeyed, and the SDK keyed (a fresh
``idempotency_key`` per send) with the
:class:`MemoryStore` (the cost of keying itself: the fingerprint and the tag), the
:class:`SQLiteStore` (``synchronous`` NORMAL and FULL) and the :class:`RedisStore` (a real
``redis-server``, started as the tests start it, with ``appendfsync`` everysec and always).
A store's cost is the extra time per send against unkeyed sends: ``unkeyed/s / keyed/s - 1``.

Used by bench/run.py; ``python bench/keyed.py PORT`` prints the medians alone.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THREADS = 8
VARIANTS = ("raw", "unkeyed", "memory", "sqlite", "sqlite-full", "redis", "redis-always")
"""``sqlite``: the default ``synchronous="NORMAL"``; ``sqlite-full``: ``synchronous="FULL"``;
``redis``: the server with ``appendfsync everysec``; ``redis-always``: ``appendfsync always``."""


@contextlib.contextmanager
def _redis_url(folder: Path) -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    try:
        from tests.support.redis_server import redis_server
    finally:
        sys.path.remove(str(ROOT))
    with redis_server(folder) as url:
        yield url


def measure(
    base_url: str,
    token: str,
    wire: dict[str, Any],
    kwargs: dict[str, Any],
    rounds: int,
    count: int,
    verify: Any = True,
) -> dict[str, float]:
    """Median sends/s of each variant, over ``rounds`` blocks of ``count`` sends each."""
    import httpx
    import redis

    import smtpeter
    from smtpeter.idempotency import Idempotency, MemoryStore, RedisStore, SQLiteStore

    limits = httpx.Limits(max_connections=THREADS, max_keepalive_connections=THREADS)
    run = secrets.token_hex(4)
    numbers = itertools.count()
    with (
        tempfile.TemporaryDirectory() as folder,
        _redis_url(Path(folder)) as redis_url,
        concurrent.futures.ThreadPoolExecutor(THREADS) as pool,
        httpx.Client(base_url=base_url, limits=limits, verify=verify) as raw_client,
    ):
        stores: dict[str, Any] = {
            "memory": MemoryStore(),
            "sqlite": SQLiteStore(Path(folder) / "keys.db"),
            "sqlite-full": SQLiteStore(Path(folder) / "full.db", synchronous="FULL"),
            "redis": RedisStore(url=redis_url, prefix=f"bench-{run}:"),
            "redis-always": RedisStore(url=redis_url, prefix=f"bench-{run}-always:"),
        }
        server = redis.Redis.from_url(redis_url)
        clients = {
            name: smtpeter.SMTPeter(
                token,
                base_url=base_url,
                http_client=httpx.Client(limits=limits, verify=verify),
                idempotency=Idempotency(store=store) if store is not None else None,
            )
            for name, store in [("unkeyed", None), *stores.items()]
        }

        def raw_send(_: int) -> None:
            raw_client.post("/send", params={"access_token": token}, json=wire).json()

        def sdk_send(name: str) -> Callable[[int], None]:
            client = clients[name]
            if name == "unkeyed":
                return lambda _: client.send(**kwargs) and None
            return lambda _: (
                client.send(**kwargs, idempotency_key=f"{run}-{next(numbers)}") and None
            )

        sends = {"raw": raw_send, **{name: sdk_send(name) for name in clients}}

        def block(name: str) -> float:
            if name.startswith("redis"):
                server.config_set(
                    "appendfsync", "always" if name.endswith("always") else "everysec"
                )
            start = time.perf_counter()
            for _ in pool.map(sends[name], range(count)):
                pass
            return count / (time.perf_counter() - start)

        for name in VARIANTS:  # warm up: connections, the validator, the stores' files
            block(name)
        results: dict[str, list[float]] = {name: [] for name in VARIANTS}
        for i in range(rounds):
            order = VARIANTS[i % len(VARIANTS) :] + VARIANTS[: i % len(VARIANTS)]
            for name in order if i % 2 == 0 else order[::-1]:
                results[name].append(block(name))
        for client in clients.values():
            client.close()
        server.close()
    return {name: statistics.median(values) for name, values in results.items()}


def cost(unkeyed: float, keyed: float) -> float:
    """The extra time per send, in %, of keyed sends against unkeyed ones (rates per second)."""
    return (unkeyed / keyed - 1) * 100


TARGET = 10.0  # % at most, the target for a store's cost
LABELS = {
    "memory": "keyed, MemoryStore",
    "sqlite": "keyed, SQLiteStore (synchronous NORMAL)",
    "sqlite-full": "keyed, SQLiteStore (synchronous FULL)",
    "redis": "keyed, RedisStore (appendfsync everysec)",
    "redis-always": "keyed, RedisStore (appendfsync always)",
}


def add_rows(table: Any, medians: dict[str, float], where: str) -> None:
    """bench/run.py's rows: each against raw httpx, and each store's cost against unkeyed."""
    unkeyed = medians["unkeyed"]
    table.add(
        f"sends/s, 8 threads, {where}, unkeyed (higher is better)", medians["raw"], unkeyed, "/s"
    )
    for name, label in LABELS.items():
        table.add(f"  {label}", medians["raw"], medians[name], "/s")
        extra = cost(unkeyed, medians[name])
        verdict = "yes" if extra <= TARGET else "**no**"
        row = table.rows[-1]
        table.rows[-1] = (*row[:4], f"cost ≤ {TARGET:g} %", f"{verdict} ({extra:+.1f} %)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from run import KWARGS, TOKEN, WIRE

    url = f"http://127.0.0.1:{sys.argv[1]}/v1"
    medians = measure(url, TOKEN, WIRE, KWARGS, rounds=5, count=400)
    for name, rate in medians.items():
        print(f"{name:<8} {rate:8.0f}/s  cost {cost(medians['unkeyed'], rate):+6.1f} %")
