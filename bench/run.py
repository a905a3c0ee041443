"""`make bench`: figures for the send path, printed (never asserted in tests).

- validate: keyword arguments converted, checked by the compiled validator and encoded
- send: a whole JSON send through the client against an in-process MockTransport
- attachment memory: peak traced memory while sending a 10 MiB attachment, as a multiple
  of its size (base64 alone makes 1.33x; JSON encoding adds a copy)
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import httpx

import smtpeter
from smtpeter_client.resources import SEND

ANSWER = {"1cb1d9b0a1f4e7a2": "john@example.com"}
KWARGS: smtpeter.SendParams = {
    "recipient": "john@example.com",
    "from_": "Shop <shop@example.com>",
    "to": ["John <john@example.com>"],
    "subject": "Your order",
    "text": "It ships today.",
    "html": "<p>It ships today.</p>",
    "tags": ["orders", "shipping"],
    "data": {"name": "John"},
}


def per_call(label: str, fn: Callable[[], object], seconds: float = 1.0) -> None:
    fn()
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        fn()
        count += 1
    print(f"{label:<32} {elapsed / count * 1e6:9.1f} µs/call  ({count / elapsed:,.0f}/s)")


def main() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=ANSWER))
    client = smtpeter.SMTPeter("bench-token", http_client=httpx.Client(transport=transport))
    per_call("validate + encode the body", lambda: client._prepare(SEND, (), {}, KWARGS, "json"))
    per_call("send (json, MockTransport)", lambda: client.send(**KWARGS))
    form_kwargs = {key: value for key, value in KWARGS.items() if key != "data"}
    per_call(
        "send (form, MockTransport)",
        lambda: client.send(encoding="form", **form_kwargs),  # type: ignore[arg-type]
    )

    size = 10 * 1024 * 1024
    attachment = smtpeter.Attachment(name="big.bin", content=bytes(size))
    tracemalloc.start()
    client.send(recipient="john@example.com", text="see attached", attachments=[attachment])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{'send 10 MiB attachment, peak':<32} {peak / size:9.2f} x attachment size")


if __name__ == "__main__":
    main()
