from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox

TOKEN = "tok-CLI-SECRET-0987654321"
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with running_sandbox(mail_dir=tmp_path_factory.mktemp("mail"), token=TOKEN) as running:
        yield running


@pytest.fixture
def run_cli(sandbox: RunningSandbox) -> Run:
    """Run the installed `smtpeter` command against the sandbox, as a user would."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = {
            **os.environ,
            "SMTPETER_TOKEN": TOKEN,
            "SMTPETER_BASE_URL": sandbox.base_url,
            "SSL_CERT_FILE": str(sandbox.ca_file),
            **(env or {}),
        }
        command = Path(sys.executable).with_name("smtpeter")
        return subprocess.run(
            [str(command), *args],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    return run
