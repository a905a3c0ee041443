"""`make bench`: one table of the SDK against raw httpx, measured side by side in one run.

Every figure is measured for both in interleaved blocks (raw, SDK, SDK, raw, ...) and the
medians are compared, so that a machine whose speed drifts affects both alike. "raw httpx"
is what a careful user would write by hand: an ``httpx.Client`` posting the same JSON to the
same URL with the token as a query parameter, and reading the JSON answer.

Figures (ratio = SDK / raw; for throughput, higher is better, for the rest lower is):

- per-send CPU on a MockTransport (the SDK given the mock as ``http_client=``);
- per-send wall time over a loopback keep-alive connection (a server in another process);
- async throughput at 10 and 50 concurrent tasks over loopback;
- import time and import + first send (CPU, fresh processes, in a venv holding only the
  runtime dependencies, built on first use in .venv-runtime);
- peak memory growth while sending a 25 MB attachment, from a file and from bytes, as a
  multiple of its size (tracemalloc, in a fresh process each; the raw figure builds the
  base64 JSON body by hand);
- a send to a 100,000-recipient mapping (with orjson where the [speedups] extra installed it,
  and then once more without it), and the time per recipient at 1k, 10k and 100k;
- sandbox sends/s over HTTPS and through the in-process outbox;
- keyed sends/s at concurrency 8 with each idempotency store, next to unkeyed ones, and each
  store's cost against unkeyed sends (bench/keyed.py);
- send_many sends/s at concurrency 8 and 32 against a raw httpx thread pool, over loopback
  to the sink and over HTTPS to the sandbox (bench/send_many.py, whose own run prints
  concurrency 1 too).

Usage: python bench/run.py [--quick]
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
ANSWER = {"1cb1d9b0a1f4e7a2": "john@example.com"}
KWARGS: dict[str, Any] = {
    "recipient": "john@example.com",
    "from_": "Shop <shop@example.com>",
    "to": ["John <john@example.com>"],
    "subject": "Your order",
    "text": "It ships today.",
    "html": "<p>It ships today.</p>",
    "tags": ["orders", "shipping"],
    "data": {"name": "John"},
}
WIRE = {("from" if k == "from_" else k): v for k, v in KWARGS.items()}
QUICK = "--quick" in sys.argv
ROUNDS = 3 if QUICK else 7


# --- helpers ---------------------------------------------------------------------------------


def interleaved(
    raw: Callable[[], float], sdk: Callable[[], float], rounds: int = ROUNDS
) -> tuple[float, float]:
    """Medians of ``rounds`` blocks of each, run in turn (raw first, then SDK first, ...)."""
    raws, sdks = [], []
    for i in range(rounds):
        if i % 2:
            sdks.append(sdk())
            raws.append(raw())
        else:
            raws.append(raw())
            sdks.append(sdk())
    return statistics.median(raws), statistics.median(sdks)


def warm(*sends: Callable[[], object], count: int = 20) -> None:
    """Call each a few times first: the first send (its imports, the validator of its
    operation, a new connection) is measured apart, by import_times."""
    for send in sends:
        for _ in range(count):
            send()


def cpu_per_call(fn: Callable[[], object], count: int) -> float:
    start = time.process_time()
    for _ in range(count):
        fn()
    return (time.process_time() - start) / count


def wall_per_call(fn: Callable[[], object], count: int) -> float:
    start = time.perf_counter()
    for _ in range(count):
        fn()
    return (time.perf_counter() - start) / count


@contextlib.contextmanager
def sink() -> Iterator[int]:
    """The port of a fresh loopback server process (bench/_sink.py)."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_sink.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield int(process.stdout.readline())
    finally:
        process.terminate()
        process.wait()


def mock_transport() -> Any:
    import httpx

    content = json.dumps(ANSWER).encode()
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers=headers)

    return httpx.MockTransport(handler)


def _verdict(value: float, target: str) -> str:
    """Whether ``value`` meets a target written ``≤ 1.3`` or ``≥ 0.95`` (empty: no target)."""
    if not target:
        return ""
    sign, bound = target.split()
    met = value <= float(bound) if sign == "≤" else value >= float(bound)
    return "yes" if met else f"**no** ({value:.2f} {'>' if sign == '≤' else '<'} {bound})"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(self, name: str, raw: float, sdk: float, unit: str, target: str = "") -> None:
        ratio = sdk / raw if raw else float("nan")
        self.rows.append(
            (name, _fmt(raw, unit), _fmt(sdk, unit), f"{ratio:.2f}", target,
             _verdict(round(ratio, 2), target))
        )  # fmt: skip
        print(f"  {name}: raw {_fmt(raw, unit)}, SDK {_fmt(sdk, unit)}", file=sys.stderr)

    def add_absolute(self, name: str, raw: float, sdk: float, unit: str, target: str) -> None:
        """A figure judged on its own (memory growth): the ratio column says n/a."""
        self.rows.append(
            (name, _fmt(raw, unit), _fmt(sdk, unit), "", target, _verdict(round(sdk, 2), target))
        )
        print(f"  {name}: raw {_fmt(raw, unit)}, SDK {_fmt(sdk, unit)}", file=sys.stderr)

    def print(self) -> None:
        header = ("figure", "raw httpx", "smtpeter", "SDK/raw", "target", "meets target")
        widths = [max(len(row[i]) for row in [header, *self.rows]) for i in range(len(header))]
        line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |"
        print(line)
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for row in self.rows:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def _fmt(value: float, unit: str) -> str:
    if unit == "µs":
        micro = value * 1e6
        return f"{micro:.2f} µs" if micro < 10 else f"{micro:.0f} µs"
    if unit == "ms":
        return f"{value * 1e3:.1f} ms"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "x":
        return f"{value:.2f}x size"
    return f"{value:.3g} {unit}"


# --- the figures -----------------------------------------------------------------------------


def per_send_mock(table: Table) -> None:
    import httpx

    import smtpeter

    raw_client = httpx.Client(transport=mock_transport(), base_url="https://www.smtpeter.com/v1")
    sdk = smtpeter.SMTPeter(TOKEN, http_client=httpx.Client(transport=mock_transport()))

    def raw_send() -> None:
        raw_client.post("/send", params={"access_token": TOKEN}, json=WIRE).json()

    def sdk_send() -> None:
        sdk.send(**KWARGS)

    count = 200 if QUICK else 500
    warm(raw_send, sdk_send)
    raw, ours = interleaved(
        lambda: cpu_per_call(raw_send, count), lambda: cpu_per_call(sdk_send, count)
    )
    table.add("per-send CPU, MockTransport", raw, ours, "µs", "≤ 1.3")


def per_send_loopback(table: Table, port: int) -> None:
    import httpx

    import smtpeter

    base_url = f"http://127.0.0.1:{port}/v1"
    raw_client = httpx.Client(base_url=base_url)
    sdk = smtpeter.SMTPeter(TOKEN, base_url=base_url)

    def raw_send() -> None:
        raw_client.post("/send", params={"access_token": TOKEN}, json=WIRE).json()

    def sdk_send() -> None:
        sdk.send(**KWARGS)

    count = 200 if QUICK else 500
    warm(raw_send, sdk_send)
    raw, ours = interleaved(
        lambda: wall_per_call(raw_send, count), lambda: wall_per_call(sdk_send, count)
    )
    table.add("per-send wall, loopback keep-alive", raw, ours, "µs", "≤ 1.05")
    raw_client.close()
    sdk.close()


def async_throughput(table: Table, port: int, tasks: int) -> None:
    import httpx

    import smtpeter

    base_url = f"http://127.0.0.1:{port}/v1"
    total = 1000 if QUICK else 2000
    limits = httpx.Limits(max_connections=tasks, max_keepalive_connections=tasks)

    async def measure() -> tuple[float, float]:
        raw_client = httpx.AsyncClient(base_url=base_url, limits=limits)
        sdk = smtpeter.AsyncSMTPeter(TOKEN, base_url=base_url)

        async def raw_send() -> None:
            response = await raw_client.post("/send", params={"access_token": TOKEN}, json=WIRE)
            response.json()

        async def sdk_send() -> None:
            await sdk.send(**KWARGS)

        async def block(send: Callable[[], Any]) -> float:
            remaining = total

            async def worker() -> None:
                nonlocal remaining
                while remaining > 0:
                    remaining -= 1
                    await send()

            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(tasks)))
            return total / (time.perf_counter() - start)

        await block(raw_send)  # open the connections of both
        await block(sdk_send)
        raws, sdks = [], []
        for i in range(ROUNDS):
            order = [(raws, raw_send), (sdks, sdk_send)]
            for results, send in order if i % 2 == 0 else order[::-1]:
                results.append(await block(send))
        await raw_client.aclose()
        await sdk.close()
        return statistics.median(raws), statistics.median(sdks)

    raw, ours = asyncio.run(measure())
    table.add(f"async throughput, {tasks} tasks (higher is better)", raw, ours, "/s", "≥ 0.97")


def runtime_python() -> Path:
    """A venv holding only the runtime dependencies, with the source folders on its path."""
    venv = ROOT / ".venv-runtime"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    key = "\n".join(dependencies)
    if not stamp.exists() or stamp.read_text() != key:
        print("  building .venv-runtime (runtime dependencies only)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-qq", *dependencies], check=True)
        site = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        (Path(site) / "smtpeter-source.pth").write_text(
            f"{ROOT / 'wrapper'}\n{ROOT / 'generated'}\n"
        )
        stamp.write_text(key)
    return python


IMPORT_RAW = "import httpx"
IMPORT_SDK = "import smtpeter"
FIRST_RAW = """
import httpx
client = httpx.Client(transport=TRANSPORT, base_url="https://www.smtpeter.com/v1")
client.post("/send", params={"access_token": "t"}, json=WIRE).json()
"""
FIRST_SDK = """
import httpx
import smtpeter
client = smtpeter.SMTPeter("t", http_client=httpx.Client(transport=TRANSPORT))
client.send(**KWARGS)
"""
TIMED = """
import time
start = time.process_time()
{setup}
{code}
print(time.process_time() - start)
"""
TRANSPORT_SETUP = f"""
def make_transport():
    import httpx
    return httpx.MockTransport(lambda r: httpx.Response(200, json={ANSWER!r}))
"""


def child_cpu(python: Path, code: str) -> float:
    if "TRANSPORT" in code:
        # Imports in the transport's factory happen inside the timed code, after the import.
        code = code.replace("TRANSPORT", "make_transport()")
        setup = TRANSPORT_SETUP + f"WIRE = {WIRE!r}\nKWARGS = {KWARGS!r}\n"
    else:
        setup = ""
    script = TIMED.format(setup=setup, code=code)
    result = subprocess.run(
        [str(python), "-I", "-c", script], check=True, capture_output=True, text=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def import_times(table: Table) -> None:
    python = runtime_python()
    for code in (IMPORT_RAW, IMPORT_SDK, FIRST_RAW, FIRST_SDK):
        child_cpu(python, code)  # warm the bytecode caches
    rounds = 5 if QUICK else 15
    raw, ours = interleaved(
        lambda: child_cpu(python, IMPORT_RAW), lambda: child_cpu(python, IMPORT_SDK), rounds
    )
    table.add("import (CPU)", raw, ours, "ms", "≤ 1.2")
    raw, ours = interleaved(
        lambda: child_cpu(python, FIRST_RAW), lambda: child_cpu(python, FIRST_SDK), rounds
    )
    table.add("import + first send (CPU)", raw, ours, "ms", "≤ 1.3")


MEMORY_SIZE = 25 * 1000 * 1000


def memory(table: Table, port: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.bin"
        path.write_bytes(os.urandom(MEMORY_SIZE))
        figures = {}
        for mode in ("raw-file", "sdk-file", "raw-bytes", "sdk-bytes"):
            runs = []
            for _ in range(1 if QUICK else 3):
                result = subprocess.run(
                    [sys.executable, __file__, "--memory-child", mode, str(port), str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                runs.append(float(result.stdout.strip().splitlines()[-1]))
            figures[mode] = statistics.median(runs)
    table.add_absolute(
        "peak memory, 25 MB file attachment", figures["raw-file"], figures["sdk-file"], "x", "≤ 0.5"
    )
    table.add_absolute(
        "peak memory, 25 MB bytes attachment",
        figures["raw-bytes"],
        figures["sdk-bytes"],
        "x",
        "≤ 1.5",
    )


def memory_child(mode: str, port: int, path: Path) -> None:
    """One send of the file at ``path`` (growth of traced memory over its size, printed)."""
    import tracemalloc

    import httpx

    import smtpeter

    base_url = f"http://127.0.0.1:{port}/v1"
    content = path.read_bytes() if mode.endswith("bytes") else None
    raw_client = httpx.Client(base_url=base_url)
    sdk = smtpeter.SMTPeter(TOKEN, base_url=base_url)
    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    if mode == "sdk-file":
        sdk.send(recipient="john@example.com", text="see attached",
                 attachments=[smtpeter.Attachment.from_path(path)])  # fmt: skip
    elif mode == "sdk-bytes":
        attachment = smtpeter.Attachment(name="big.bin", content=content)
        sdk.send(recipient="john@example.com", text="see attached", attachments=[attachment])
    else:
        data = content if content is not None else path.read_bytes()
        wire = {
            "recipient": "john@example.com",
            "text": "see attached",
            "attachments": [{"data": base64.b64encode(data).decode(), "name": "big.bin"}],
        }
        del data
        body = json.dumps(wire).encode()
        del wire
        raw_client.post(
            "/send",
            params={"access_token": TOKEN},
            content=body,
            headers={"content-type": "application/json"},
        ).json()
    _, peak = tracemalloc.get_traced_memory()
    print((peak - start) / MEMORY_SIZE)


def recipients(table: Table) -> None:
    """The 100k-recipient send as installed (with orjson where the [speedups] extra put it),
    and, with orjson, once more as without it."""
    import httpx

    import smtpeter
    from smtpeter import _json

    raw_client = httpx.Client(transport=mock_transport(), base_url="https://www.smtpeter.com/v1")
    sdk = smtpeter.SMTPeter(TOKEN, http_client=httpx.Client(transport=mock_transport()))
    with_orjson = _json._orjson_dumps() is not None
    per_recipient = {}
    for count in (1_000, 10_000, 100_000):
        mapping = {f"user{i}@example.com": {"name": f"User {i}", "n": i} for i in range(count)}
        body = {"from": "shop@example.com", "subject": "Hello {$name}", "text": "Hi {$name}"}

        def raw_send(mapping: dict[str, Any] = mapping, body: dict[str, Any] = body) -> float:
            start = time.process_time()
            wire = {**body, "recipients": mapping}
            raw_client.post("/send", params={"access_token": TOKEN}, json=wire).json()
            return time.process_time() - start

        def sdk_send(mapping: dict[str, Any] = mapping, body: dict[str, Any] = body) -> float:
            start = time.process_time()
            sdk.send(from_=body["from"], subject=body["subject"], text=body["text"],
                     recipients=mapping)  # fmt: skip
            return time.process_time() - start

        rounds = max(3, ROUNDS * 1000 // count) if count < 100_000 else (3 if QUICK else 5)
        raw, ours = interleaved(raw_send, sdk_send, rounds)
        per_recipient[count] = (raw / count, ours / count)
        if count == 100_000:
            name = "100k-recipient send (CPU" + (", orjson)" if with_orjson else ", no orjson)")
            table.add(name, raw, ours, "ms", "≤ 1.3")
            if with_orjson:
                with mock.patch.object(_json, "_orjson_dumps", lambda: None):
                    raw, ours = interleaved(raw_send, sdk_send, rounds)
                table.add("  the same without orjson", raw, ours, "ms")
    for count, (raw, ours) in per_recipient.items():
        table.add(f"  per recipient at {count:,}", raw, ours, "µs")


def sandbox(table: Table) -> None:
    import httpx

    import smtpeter
    from smtpeter import _hooks
    from smtpeter.sandbox import running_sandbox
    from smtpeter.testing import outbox

    count = 100 if QUICK else 300
    with running_sandbox() as box:
        raw_client = httpx.Client(base_url=box.base_url, verify=box.ssl_context())
        sdk = smtpeter.SMTPeter(
            box.token, base_url=box.base_url, http_client=httpx.Client(verify=box.ssl_context())
        )

        def raw_send() -> None:
            response = raw_client.post("/send", params={"access_token": box.token}, json=WIRE)
            response.raise_for_status()

        raw, ours = interleaved(
            lambda: 1 / wall_per_call(raw_send, count),
            lambda: 1 / wall_per_call(lambda: sdk.send(**KWARGS), count),
            3,
        )
        table.add("sandbox sends/s, HTTPS (higher is better)", raw, ours, "/s")
    with outbox():
        transport = _hooks.sync_transport()
        raw_client = httpx.Client(transport=transport, base_url="https://www.smtpeter.com/v1")
        sdk = smtpeter.SMTPeter()

        def raw_outbox_send() -> None:
            response = raw_client.post("/send", params={"access_token": "t"}, json=WIRE)
            response.raise_for_status()

        raw, ours = interleaved(
            lambda: 1 / wall_per_call(raw_outbox_send, count),
            lambda: 1 / wall_per_call(lambda: sdk.send(**KWARGS), count),
            3,
        )
        table.add("sandbox sends/s, in-process outbox (higher is better)", raw, ours, "/s")


def keyed_sends(table: Table, port: int) -> None:
    """Keyed sends per store at concurrency 8, next to unkeyed ones (bench/keyed.py): over
    loopback to the sink, and over HTTPS to the sandbox in a process of its own; and there,
    send_many at concurrency 8 and 32 against a raw thread pool (bench/send_many.py)."""
    import keyed
    import send_many
    from send_many import sandbox_process

    count = 200 if QUICK else 400
    url = f"http://127.0.0.1:{port}/v1"
    medians = keyed.measure(url, TOKEN, WIRE, KWARGS, rounds=ROUNDS, count=count)
    keyed.add_rows(table, medians, "loopback")
    # Blocks of 1,000 sends over loopback (each some 0.8 s): with 400 the medians of 32
    # threads contending for the GIL moved by ±7 % from run to run.
    send_many.COUNT = 200 if QUICK else 1000
    sink_endpoint = send_many.Sandbox(url, TOKEN, Path(os.devnull))  # plain HTTP: no CA
    send_many.add_rows(table, sink_endpoint, ROUNDS, "loopback")
    send_many.COUNT = 200 if QUICK else 400
    with sandbox_process() as box:
        medians = keyed.measure(
            f"{box.base_url}", box.token, WIRE, KWARGS, ROUNDS, count // 2, box.ssl_context()
        )
        keyed.add_rows(table, medians, "HTTPS sandbox")
        send_many.add_rows(table, box, ROUNDS, "HTTPS sandbox")


def main() -> None:
    if sys.argv[1:2] == ["--memory-child"]:
        memory_child(sys.argv[2], int(sys.argv[3]), Path(sys.argv[4]))
        return
    table = Table()
    print("measuring (raw httpx and smtpeter in interleaved blocks)...", file=sys.stderr)
    per_send_mock(table)
    with sink() as port:
        per_send_loopback(table, port)
        async_throughput(table, port, 10)
        async_throughput(table, port, 50)
        memory(table, port)
        keyed_sends(table, port)
    import_times(table)
    recipients(table)
    sandbox(table)
    import httpx

    print(
        f"\nPython {platform.python_version()}, httpx {httpx.__version__}, "
        f"{os.cpu_count()} cores, {platform.machine()} {platform.system()}"
        f"{', quick run' if QUICK else ''}\n"
    )
    table.print()


if __name__ == "__main__":
    main()
