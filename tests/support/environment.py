"""A clean environment for tests: no SMTPeter, CA or proxy settings of the machine."""

from __future__ import annotations

import pytest

__all__ = ["ENV_VARS", "clean_environment"]

ENV_VARS = (
    "SMTPETER_TOKEN",
    "SMTPETER_BASE_URL",
    "SMTPETER_LOG",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
    "HTTPS_PROXY",
    "HTTP_PROXY",
    "ALL_PROXY",
    "https_proxy",
    "http_proxy",
    "all_proxy",
)


def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove every variable that would point a client elsewhere or change what it trusts."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
