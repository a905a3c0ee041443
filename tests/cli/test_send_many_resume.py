"""`smtpeter send-many FILE --resume STATE.db`: a run interrupted (SIGINT, SIGKILL, an answer
lost after the message was archived), then run again: every line archived exactly once."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.processes import read_terminal

from .conftest import COMMAND, TOKEN, Run


def _write_job(path: Path, prefix: str, count: int) -> list[str]:
    subjects = [f"{prefix}-{n}" for n in range(count)]
    path.write_text(
        "".join(
            json.dumps(
                {"recipient": f"u{n}@example.com", "from": "shop@example.com", "subject": s}
                | {"text": f"Body of {s}"}
            )
            + "\n"
            for n, s in enumerate(subjects)
        )
    )
    return subjects


def _archived(sandbox: RunningSandbox, prefix: str) -> Counter[str]:
    return Counter(
        m.subject for m in sandbox.store.messages() if m.subject.startswith(prefix + "-")
    )


def _wait_for(sandbox: RunningSandbox, prefix: str, count: int) -> None:
    deadline = time.monotonic() + 60
    while sum(_archived(sandbox, prefix).values()) < count:
        assert time.monotonic() < deadline, f"{count} mails were not archived within 60 s"
        time.sleep(0.05)


def _start(cli_env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(COMMAND), "send-many", *args],
        env=cli_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_ctrl_c_then_a_rerun_sends_only_the_rest(
    run_cli: Run, cli_env: dict[str, str], sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, state = tmp_path / "job.jsonl", tmp_path / "state.db"
    subjects = _write_job(job, "sigint", 12)
    # The 5th mail is archived at once, its answer comes 3 s late: Ctrl-C lands meanwhile.
    sandbox.faults.add(operation="send", nth=5, action="delay", delay=3)
    try:
        process = _start(
            cli_env, str(job), "--resume", str(state), "--concurrency", "1",
            "--results", str(tmp_path / "first.jsonl"),
        )  # fmt: skip
        _wait_for(sandbox, "sigint", 5)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        sandbox.faults.clear()
    assert process.returncode == 130, stderr
    assert "interrupted: sent 4 of 4 messages read so far; 0 skipped" in stderr
    assert f"run again with --resume {state} to send the rest" in stderr
    assert sum(_archived(sandbox, "sigint").values()) == 5  # the one under way finished

    again = run_cli("send-many", str(job), "--resume", str(state), "--results", str(tmp_path / "r"))
    assert again.returncode == 0, again.stderr
    assert again.stderr.strip().splitlines()[-1] == (
        "sent 7 of 12 messages; 5 skipped (sent by an earlier run)"
    )
    statuses = [r["status"] for r in _records(tmp_path / "r")]
    assert statuses == ["skipped"] * 5 + ["sent"] * 7
    assert _archived(sandbox, "sigint") == Counter(subjects)  # each exactly once
    assert TOKEN not in again.stdout + again.stderr + stderr


def test_sigkill_mid_send_is_reconciled_by_its_tag_not_resent(
    run_cli: Run, cli_env: dict[str, str], sandbox: RunningSandbox, tmp_path: Path
) -> None:
    job, state = tmp_path / "job.jsonl", tmp_path / "state.db"
    subjects = _write_job(job, "sigkill", 10)
    sandbox.faults.add(operation="send", nth=4, action="delay", delay=30)
    try:
        process = _start(cli_env, str(job), "--resume", str(state), "--concurrency", "1")
        _wait_for(sandbox, "sigkill", 4)
        process.kill()  # the 4th is archived, its outcome never recorded
        process.communicate(timeout=60)
    finally:
        sandbox.faults.clear()
    assert process.returncode == -signal.SIGKILL

    results = tmp_path / "results.jsonl"
    again = run_cli("send-many", str(job), "--resume", str(state), "--results", str(results))
    assert again.returncode == 0, again.stderr
    assert again.stderr.strip().splitlines()[-1] == (
        "sent 6 of 10 messages; 3 skipped (sent by an earlier run); "
        "1 reconciled (found sent by their tag, not sent again)"
    )
    records = _records(results)
    assert [r["status"] for r in records] == ["skipped"] * 3 + ["reconciled"] + ["sent"] * 6
    ids = records[3]["message_ids"]
    assert isinstance(ids, dict)
    (message_id,) = ids
    stored = sandbox.store.get(message_id)
    assert stored is not None and stored.subject == "sigkill-3"
    assert _archived(sandbox, "sigkill") == Counter(subjects)


def test_an_unknown_outcome_is_reported_then_reconciled(tmp_path: Path) -> None:
    job, state = tmp_path / "job.jsonl", tmp_path / "state.db"
    subjects = _write_job(job, "lost", 5)
    # Events show up 2 s late: the first run, looking for 0 s, cannot tell.
    with running_sandbox(token=TOKEN, event_delay=2.0) as box:
        env = {
            **os.environ,
            "SMTPETER_TOKEN": TOKEN,
            "SMTPETER_BASE_URL": box.base_url,
            "SSL_CERT_FILE": str(box.ca_file),
        }
        box.faults.add(operation="send", nth=2, action="reset-after")

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(COMMAND), "send-many", str(job), "--resume", str(state), *args],
                env=env, capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip

        first = run("--concurrency", "1", "--reconcile-wait", "0")
        assert first.returncode == 1, first.stderr
        assert first.stderr.strip().splitlines()[-1] == (
            "sent 4 of 5 messages; 0 skipped (sent by an earlier run); 1 failed (1 may have "
            "been sent: their outcome is unknown, and a rerun will not send them again)"
        )
        lost = [json.loads(line) for line in first.stdout.splitlines()][1]
        assert lost["error"] == "OutcomeUnknown" and lost["may_have_been_sent"] is True
        assert str(lost["idempotency_key"]).startswith("smtpeter-bulk-")

        second = run("--reconcile-wait", "10")
        assert second.returncode == 0, second.stderr
        assert second.stderr.strip().splitlines()[-1] == (
            "sent 0 of 5 messages; 4 skipped (sent by an earlier run); "
            "1 reconciled (found sent by their tag, not sent again)"
        )
        assert Counter(m.subject for m in box.store.messages()) == Counter(subjects)
        assert TOKEN not in first.stdout + first.stderr + second.stdout + second.stderr


def test_the_progress_bar_shows_the_skipped(
    run_cli: Run, cli_env: dict[str, str], tmp_path: Path
) -> None:
    job, state = tmp_path / "job.jsonl", tmp_path / "state.db"
    _write_job(job, "bar", 3)
    assert run_cli("send-many", str(job), "--resume", str(state)).returncode == 0
    _write_job(job, "bar", 5)  # two more lines
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [str(COMMAND), "send-many", str(job), "--resume", str(state)],
            env=cli_env, stdout=subprocess.DEVNULL, stderr=terminal, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(terminal)
    shown = read_terminal(controller)
    assert process.returncode == 0
    text = shown.decode()
    assert "5/5  3 skipped  0 not sent" in text
    assert "sent 2 of 5 messages; 3 skipped (sent by an earlier run)" in text


def test_a_bad_state_file_or_wait_is_bad_usage(run_cli: Run, tmp_path: Path) -> None:
    job = tmp_path / "job.jsonl"
    _write_job(job, "bad", 1)
    (tmp_path / "junk.db").write_bytes(b"this is not a SQLite database, not at all" * 100)
    junk = run_cli("send-many", str(job), "--resume", str(tmp_path / "junk.db"))
    assert junk.returncode == 2
    assert "--resume" in junk.stderr and "cannot be opened as SQLite" in junk.stderr
    wait = run_cli(
        "send-many", str(job), "--resume", str(tmp_path / "s.db"), "--reconcile-wait", "-1"
    )
    assert wait.returncode == 2 and "--reconcile-wait" in wait.stderr
