"""`make demo` runs `python -m smtpeter._demo`: it must send, read back and stop cleanly."""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
import sys
from pathlib import Path


def test_demo_sends_reads_back_and_leaves_a_parsable_eml(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smtpeter._demo"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    json_ids = re.search(r"JSON mail sent: \{'([0-9a-f]+)': 'john@example.com'\}", out)
    assert json_ids, out
    form_ids = re.findall(r"'([0-9a-f]+)': '(alice|bob)@example.com'", out)
    assert sorted(name for _, name in form_ids) == ["alice", "bob"]
    assert f"GET /text/{json_ids.group(1)}:" in out
    assert "Hi John," in out  # the personalized text came back through the API
    eml = Path(re.search(r"^\.eml file: (.+)$", out, re.MULTILINE).group(1))  # type: ignore[union-attr]
    assert eml == tmp_path / "demo-mail" / f"{json_ids.group(1)}.eml"
    parsed = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert parsed["Subject"] == "Hello John, your order has shipped"
    # It ends with the address of the sandbox's web inbox (on the sandbox's own port).
    base = re.search(r"^sandbox: (https://127\.0\.0\.1:\d+)/v1 ", out, re.MULTILINE)
    assert base, out
    assert out.rstrip().splitlines()[-1] == f"Inbox: {base.group(1)}/inbox/"
    assert "stops now" in out  # not a terminal: it did not wait for Enter
