"""`smtpeter send-many FILE.jsonl` through a subprocess against the HTTPS sandbox."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

from smtpeter.sandbox import RunningSandbox
from tests.support.https_server import refused_port
from tests.support.processes import read_terminal

from .conftest import COMMAND, TOKEN, Run


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def _line(subject: str, **extra: object) -> str:
    return json.dumps(
        {
            "recipient": "ann@example.com",
            "from": "shop@example.com",
            "subject": subject,
            "text": f"Body of {subject}",
            **extra,
        }
    )


def test_every_line_gets_one_result_in_order(
    run_cli: Run, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    source = tmp_path / "mails.jsonl"
    source.write_text(
        "\n".join(
            [
                _line("first", tags=["bulk"]),
                "{not json",
                "",
                _line("third", colour="red"),
                '["a", "list"]',
                _line("fifth", recipient="not an address"),
                _line("sixth"),
            ]
        )
        + "\n"
    )
    result = run_cli("send-many", str(source), "--concurrency", "3")

    assert result.returncode == 1
    records = _records(result.stdout)
    assert [r["line"] for r in records] == [1, 2, 4, 5, 6, 7]
    assert [r["status"] for r in records] == [
        "sent", "refused", "refused", "refused", "refused", "sent"
    ]  # fmt: skip
    assert "colour" in str(records[2]["message"])
    assert "recipient" in str(records[4]["message"])
    for record, subject in ((records[0], "first"), (records[5], "sixth")):
        ids = record["message_ids"]
        assert isinstance(ids, dict)
        (message_id,) = ids
        stored = sandbox.store.get(message_id)
        assert stored is not None and stored.subject == subject
    assert result.stderr.strip().splitlines()[-1] == (
        "sent 2 of 6 messages; 4 refused before sending"
    )
    assert "\r" not in result.stderr  # no progress bar when stderr is not a terminal
    assert TOKEN not in result.stdout + result.stderr


def test_results_to_a_file_and_input_from_stdin(run_cli: Run, tmp_path: Path) -> None:
    results = tmp_path / "results.jsonl"
    lines = "\n".join(_line(f"m{n}") for n in range(20)) + "\n"
    result = run_cli("send-many", "-", "--results", str(results), input=lines)

    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    records = _records(results.read_text())
    assert [r["line"] for r in records] == list(range(1, 21))
    assert all(r["status"] == "sent" for r in records)
    assert result.stderr.strip() == "sent 20 of 20 messages"


def test_a_progress_bar_on_a_terminal(cli_env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "mails.jsonl"
    source.write_text("\n".join(_line(f"m{n}") for n in range(5)) + "\n")
    controller, terminal = pty.openpty()
    try:
        process = subprocess.run(
            [str(COMMAND), "send-many", str(source), "--results", str(tmp_path / "out")],
            env=cli_env,
            stdout=subprocess.DEVNULL,
            stderr=terminal,
            timeout=60,
            check=False,
        )
    finally:
        os.close(terminal)
    shown = read_terminal(controller)
    assert process.returncode == 0
    text = shown.decode()
    assert "\r[" in text and "5/5" in text
    assert "sent 5 of 5 messages" in text


def test_an_unreadable_file_or_bad_concurrency_is_bad_usage(run_cli: Run, tmp_path: Path) -> None:
    missing = run_cli("send-many", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2
    assert "nope.jsonl cannot be read" in missing.stderr
    (tmp_path / "one.jsonl").write_text(_line("x") + "\n")
    bad = run_cli("send-many", str(tmp_path / "one.jsonl"), "--concurrency", "0")
    assert bad.returncode == 2
    assert "concurrency" in bad.stderr


def test_failed_sends_are_reported_and_counted(run_cli: Run, tmp_path: Path) -> None:
    # Nothing listens at this address: each send fails, certainly without having been sent.
    source = tmp_path / "mails.jsonl"
    source.write_text(_line("a") + "\n" + _line("b") + "\n")
    with refused_port() as sock:
        result = run_cli(
            "send-many", str(source), "--max-retries", "0",
            env={"SMTPETER_BASE_URL": f"https://127.0.0.1:{sock.getsockname()[1]}/v1"},
        )  # fmt: skip
    assert result.returncode == 1
    records = _records(result.stdout)
    assert [r["status"] for r in records] == ["failed", "failed"]
    assert all(r["may_have_been_sent"] is False for r in records)
    assert "2 failed" in result.stderr
