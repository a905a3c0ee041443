"""``smtpeter sandbox``: its banner names the web inbox, which answers there; a ``--host`` that
is not a loopback address is served, with a warning on stderr that says what that exposes."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.processes import banner


@contextmanager
def _sandbox(tmp_path: Path, *args: str) -> Iterator[tuple[list[str], list[str]]]:
    """The banner's lines, and a list that holds the process's stderr once it stopped."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smtpeter._cli", "sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "XDG_CACHE_HOME": str(tmp_path)},
    )  # fmt: skip
    stderr: list[str] = []
    try:
        lines = banner(process)
        yield lines, stderr
    finally:
        process.send_signal(signal.SIGINT)
        stderr.append(process.communicate(timeout=60)[1])
    assert process.returncode == 0


def _exports(lines: list[str]) -> dict[str, str]:
    return dict(
        line.removeprefix("export ").split("=", 1) for line in lines if line.startswith("export ")
    )


def test_the_banner_names_the_inbox_and_it_answers_there(tmp_path: Path) -> None:
    with _sandbox(tmp_path) as (lines, stderr):
        (inbox_line,) = [line for line in lines if line.startswith("Inbox:")]
        inbox = inbox_line.split()[-1]
        exported = _exports(lines)
        port = re.fullmatch(r"https://127\.0\.0\.1:(\d+)/v1", exported["SMTPETER_BASE_URL"])
        assert port, lines
        assert inbox == f"https://127.0.0.1:{port.group(1)}/inbox/"
        context = ssl.create_default_context(cafile=exported["SSL_CERT_FILE"])
        with httpx.Client(verify=context) as client:
            page = client.get(inbox)
            access = client.get(inbox.replace("/inbox/", "/_sandbox/access")).json()
        assert page.status_code == 200
        assert '<script src="/inbox/inbox.js"' in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert access == {"token_required": True, "loopback_only": True, "header": "Authorization"}
    assert "warning" not in stderr[0]  # loopback: nothing to warn about


def test_a_host_beyond_loopback_is_served_with_a_warning(tmp_path: Path) -> None:
    with _sandbox(tmp_path, "--host", "0.0.0.0") as (lines, stderr):
        exported = _exports(lines)
        assert exported["SMTPETER_BASE_URL"].startswith("https://0.0.0.0:")
        context = ssl.create_default_context(cafile=exported["SSL_CERT_FILE"])
        # Bound on every address, loopback included (the certificate names 127.0.0.1).
        port = exported["SMTPETER_BASE_URL"].removesuffix("/v1").rsplit(":", 1)[1]
        origin = f"https://127.0.0.1:{port}"
        with httpx.Client(verify=context) as client:
            access = client.get(f"{origin}/_sandbox/access").json()
        assert access["loopback_only"] is False  # the inbox says so on its page
    (warning,) = [line for line in stderr[0].splitlines() if "warning" in line]
    assert warning.startswith("smtpeter sandbox: warning: --host 0.0.0.0 is not a loopback")
    assert "inbox" in warning
