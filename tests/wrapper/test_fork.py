"""A client used before ``os.fork()`` works in the parent and in the child, each on its own
connections (Celery's prefork pool, gunicorn and multiprocessing all fork a process that
has a client).

Before, parent and child shared the client's open TLS connection: the first request each
sent on it broke it for both (``DECRYPTION_FAILED_OR_BAD_RECORD_MAC``, reported as
``APIConnectionError`` with ``may_have_been_sent=True``), or one could read the other's
answer. Here a client sends once, the process forks, and parent and child each send 50
messages at the same time; every answer must be the one for its own request.

The forking happens in a fresh interpreter (no threads of pytest's or the server's around the
fork); the server runs here, in a thread, and echoes each send's subject back as its id.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.support.https_server import RecordedRequest, Reply, ScriptedHTTPSServer

pytestmark = [
    pytest.mark.usefixtures("clean_env"),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork() on this platform"),
]

ROOT = Path(__file__).resolve().parents[2]
SENDS = 50

FORK_SCRIPT = textwrap.dedent("""
    import asyncio, concurrent.futures, json, os, signal, sys
    import smtpeter

    mode, base_url, sends = sys.argv[1], sys.argv[2], int(sys.argv[3])
    signal.alarm(60)  # never hang the test run, whatever the fork did to a connection

    def outcome(role, i, result=None, error=None):
        subject = f"{role}-{i}"
        if error is not None:
            return {"subject": subject, "error": f"{type(error).__name__}: {error}"}
        return {"subject": subject, "ids": sorted(result.message_ids.items())}

    def send_sync(client, role):
        def one(i):
            try:
                return outcome(role, i, client.send(
                    recipient=f"{role}.{i}@example.com", subject=f"{role}-{i}", text="hi"))
            except smtpeter.SMTPeterError as exc:
                return outcome(role, i, error=exc)
        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            return list(pool.map(one, range(sends)))

    async def send_async(client, role):
        async def one(i):
            try:
                return outcome(role, i, await client.send(
                    recipient=f"{role}.{i}@example.com", subject=f"{role}-{i}", text="hi"))
            except smtpeter.SMTPeterError as exc:
                return outcome(role, i, error=exc)
        return await asyncio.gather(*(one(i) for i in range(sends)))

    options = dict(base_url=base_url, max_retries=0, timeout=20.0)
    if mode == "sync":
        client = smtpeter.SMTPeter("tok-fork-1234567890", **options)
        client.send(recipient="first@example.com", subject="before-0", text="hi")
    else:
        client = smtpeter.AsyncSMTPeter("tok-fork-1234567890", **options)
        loop = asyncio.new_event_loop()
        loop.run_until_complete(
            client.send(recipient="first@example.com", subject="before-0", text="hi"))

    read_end, write_end = os.pipe()
    pid = os.fork()
    role = "child" if pid == 0 else "parent"
    try:
        if mode == "sync":
            results = send_sync(client, role)
        elif pid == 0:
            results = asyncio.run(send_async(client, role))  # a child's own event loop
        else:
            results = loop.run_until_complete(send_async(client, role))
    except BaseException as exc:
        results = [{"subject": role, "error": f"{type(exc).__name__}: {exc}"}]
    if pid == 0:
        os.close(read_end)
        with os.fdopen(write_end, "w") as pipe:
            json.dump(results, pipe)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        child = json.loads(pipe.read() or "[]")
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"parent": results, "child": child, "child_status": status}))
""")


def _echo(request: RecordedRequest) -> Reply:
    body = request.json()
    return Reply.json({f"id-{body['subject']}": body["recipient"]})


def _run(mode: str, server: ScriptedHTTPSServer, ca_pem: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "wrapper"), str(ROOT / "generated")]),
        "SSL_CERT_FILE": str(ca_pem),
    }
    done = subprocess.run(
        [sys.executable, "-c", FORK_SCRIPT, mode, server.base_url, str(SENDS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    return report


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_parent_and_child_each_get_their_own_answers_after_a_fork(
    mode: str, ca_pem: Path, server: ScriptedHTTPSServer
) -> None:
    server.responder = _echo
    report = _run(mode, server, ca_pem)
    assert report["child_status"] == 0
    for role in ("parent", "child"):
        results = report[role]
        errors = [r for r in results if "error" in r]
        assert errors == [], f"{role}: {len(errors)} failed, e.g. {errors[:3]}"
        assert len(results) == SENDS
        for result in results:
            subject = result["subject"]
            recipient = subject.replace("-", ".") + "@example.com"
            assert result["ids"] == [[f"id-{subject}", recipient]], f"{role} got another's answer"
    subjects = sorted(r.json()["subject"] for r in server.requests)
    expected = ["before-0"] + [f"{role}-{i}" for role in ("child", "parent") for i in range(SENDS)]
    assert subjects == sorted(expected)  # each sent once: nothing lost, nothing repeated
