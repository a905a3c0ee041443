from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.redis_server import redis_server


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningSandbox]:
    with running_sandbox() as sandbox:
        monkeypatch.setenv("SSL_CERT_FILE", str(sandbox.ca_file))
        monkeypatch.setenv("SMTPETER_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("SMTPETER_TOKEN", sandbox.token)
        yield sandbox


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder: Path = tmp_path_factory.mktemp("redis")
    with redis_server(folder) as url:
        yield url
