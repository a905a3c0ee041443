"""``smtpeter sandbox --fault SPEC``: a bad spec is refused before anything starts, a good one
is in the banner and reaches a client of the running process, and the admin API shows it."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
from pathlib import Path

import httpx

from tests.support.processes import banner


def test_a_bad_fault_spec_is_refused_naming_the_field() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0",
         "--fault", "send:nth=0:status=503"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "--fault: 'send:nth=0:status=503': fault rule #1: nth:" in result.stderr
    assert "listening" not in result.stdout


def test_fault_rules_of_the_command_reach_its_clients(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0",
         "--fault", "send:nth=1:status=503:retry_after=1",
         "--fault", "getText:every=2:reset-after"],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "XDG_CACHE_HOME": str(tmp_path)},
    )  # fmt: skip
    try:
        lines = banner(process)
        assert (
            "fault rule:     rule-1: operation=send nth=1 action=status status=503 retry_after=1.0"
            in lines
        )
        exported = dict(
            line.removeprefix("export ").split("=", 1)
            for line in lines
            if line.startswith("export ")
        )
        context = ssl.create_default_context(cafile=exported["SSL_CERT_FILE"])
        token = exported["SMTPETER_TOKEN"]
        with httpx.Client(verify=context) as client:
            send = client.post(
                f"{exported['SMTPETER_BASE_URL']}/send",
                params={"access_token": token},
                json={"recipient": "ann@example.com", "text": "Hi"},
            )
            assert (send.status_code, send.headers["retry-after"]) == (503, "1")
            origin = exported["SMTPETER_BASE_URL"].removesuffix("/v1")
            listed = client.get(
                f"{origin}/_sandbox/faults", headers={"Authorization": f"Bearer {token}"}
            ).json()
        assert [r["operation"] for r in listed["rules"]] == ["send", "getText"]
        assert [(e["rule"], e["action"]) for e in listed["log"]] == [("rule-1", "status")]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
    assert process.returncode == 0
