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


COMMAND = Path(sys.executable).with_name("smtpeter")


@pytest.fixture
def cli_env(sandbox: RunningSandbox) -> dict[str, str]:
    """The environment that points the command at the sandbox."""
    return {
        **os.environ,
        "SMTPETER_TOKEN": TOKEN,
        "SMTPETER_BASE_URL": sandbox.base_url,
        "SSL_CERT_FILE": str(sandbox.ca_file),
    }


@pytest.fixture
def run_cli(cli_env: dict[str, str]) -> Run:
    """Run the installed `smtpeter` command against the sandbox, as a user would."""

    def run(
        *args: str, env: dict[str, str] | None = None, input: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(COMMAND), *args],
            env={**cli_env, **(env or {})},
            input=input,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    return run
