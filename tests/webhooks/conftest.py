"""Signers with RSA keys made for the test session (see tests/support/webhook_signer.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.support.webhook_signer import WebhookSigner

NOW = datetime(2025, 1, 6, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def signer() -> WebhookSigner:
    return WebhookSigner.generate()


@pytest.fixture(scope="session")
def other_signer() -> WebhookSigner:
    """Another key under the same keyId: what the key looks like after a rotation."""
    return WebhookSigner.generate()
