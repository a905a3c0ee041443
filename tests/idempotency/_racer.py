"""One racing process: sends keys race-0 .. race-N-1 through a shared store, 4 threads."""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import smtpeter
from smtpeter.idempotency import Idempotency, IdempotencyStore, OutcomeUnknown, SQLiteStore


def main() -> None:
    kind, where, count, start_file = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    store: IdempotencyStore
    if kind == "sqlite":
        store = SQLiteStore(where)
    else:
        from smtpeter.idempotency import RedisStore

        store = RedisStore(url=where, prefix="race:")
    client = smtpeter.SMTPeter(idempotency=Idempotency(store=store))
    print("ready", flush=True)
    while not start_file.exists():
        time.sleep(0.01)
    outcomes = {"sent": 0, "in_flight": 0}

    def one(n: int) -> str:
        try:
            client.send(
                recipient=f"r{n}@example.com",
                from_="race@example.com",
                subject=f"race {n}",
                text="x",
                idempotency_key=f"race-{n}",
            )
            return "sent"
        except OutcomeUnknown as exc:  # the other process holds the claim right now
            assert exc.state == "in_flight"
            return "in_flight"

    with ThreadPoolExecutor(4) as pool:
        for outcome in pool.map(one, range(count)):
            outcomes[outcome] += 1
    client.close()
    print(json.dumps(outcomes), flush=True)


if __name__ == "__main__":
    main()
