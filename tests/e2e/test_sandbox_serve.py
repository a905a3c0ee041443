"""The sandbox as a server: HTTPS with its own CA, the serve command, stopping cleanly."""

from __future__ import annotations

import logging
import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox


def test_the_certificate_is_only_trusted_through_the_sandbox_ca(sandbox: RunningSandbox) -> None:
    with (
        httpx.Client(verify=ssl.create_default_context()) as default_trust,
        pytest.raises(httpx.ConnectError),
    ):
        default_trust.get(f"{sandbox.base_url}/text/x")


def test_stopping_does_not_wait_for_idle_clients(caplog: pytest.LogCaptureFixture) -> None:
    with running_sandbox() as sandbox:
        client = httpx.Client(verify=sandbox.ssl_context())
        url = f"{sandbox.base_url}/text/x"
        assert client.get(url, params={"access_token": sandbox.token}).status_code == 404
        stopping = time.monotonic()
    try:
        # The client's keep-alive connection was still open while the sandbox stopped.
        assert time.monotonic() - stopping < 1.5
    finally:
        client.close()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def _start(state_dir: Path, *extra: str) -> tuple[subprocess.Popen[str], list[str]]:
    code = (
        "import sys; from pathlib import Path; from smtpeter.sandbox import run_sandbox; "
        "sys.exit(run_sandbox(port=0, state_dir=Path(sys.argv[1]), token=sys.argv[2] or None))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(state_dir), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    lines: list[str] = []
    while not any(line.startswith("Stop with") for line in lines):
        line = process.stdout.readline()
        assert line, f"the sandbox exited early: {lines}"
        lines.append(line.rstrip("\n"))
    return process, lines


def _exported(lines: list[str], name: str) -> str:
    prefix = f"export {name}="
    return next(line.removeprefix(prefix) for line in lines if line.startswith(prefix))


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_how_to_connect_and_stops_cleanly(
    tmp_path: Path, stop: signal.Signals
) -> None:
    process, lines = _start(tmp_path, "secret-for-test")
    try:
        base_url = _exported(lines, "SMTPETER_BASE_URL")
        ca_file = _exported(lines, "SSL_CERT_FILE")
        assert base_url.startswith("https://127.0.0.1:")
        assert not base_url.startswith("https://127.0.0.1:0/")
        assert base_url.endswith("/v1")
        assert Path(ca_file) == tmp_path.resolve() / "ca.pem"
        assert any("secret-for-test" in line for line in lines)
        context = ssl.create_default_context(cafile=ca_file)
        # The banner comes once the server answers; the generous timeout is for a starved CPU.
        with httpx.Client(base_url=base_url, verify=context, timeout=60) as client:
            response = client.post(
                "/send",
                json={"recipient": "a@example.com", "text": "x"},
                params={"access_token": "secret-for-test"},
            )
        assert response.status_code == 200
        process.send_signal(stop)
        output, _ = process.communicate(timeout=10)
    finally:
        process.kill()
    assert process.returncode == 0
    assert "POST /v1/send 200" in output
    assert "secret-for-test" not in output  # the request log never shows the query


def test_serve_keeps_its_ca_across_restarts(tmp_path: Path) -> None:
    first, _ = _start(tmp_path, "")
    first.send_signal(signal.SIGINT)
    first.communicate(timeout=10)
    ca = (tmp_path / "ca.pem").read_bytes()
    second, lines = _start(tmp_path, "")
    second.send_signal(signal.SIGTERM)
    second.communicate(timeout=10)
    assert (tmp_path / "ca.pem").read_bytes() == ca
    assert second.returncode == 0
    token = next(line.split()[-1] for line in lines if line.startswith("access token:"))
    assert len(token) >= 20  # generated, since none was given
