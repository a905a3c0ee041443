"""What every test folder shares: the Hypothesis profiles (see tests/support/properties.py)."""

from __future__ import annotations

import pytest
import trustme
from hypothesis import settings

from tests.support.properties import CI_SEED, profile_name, register_profiles

register_profiles()
settings.load_profile(profile_name())


@pytest.hookimpl(tryfirst=True)  # before Hypothesis's own plugin reads its options
def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("hypothesis_profile") is None:
        config.option.hypothesis_profile = profile_name()
    if profile_name() == "ci" and config.getoption("hypothesis_seed") is None:
        config.option.hypothesis_seed = str(CI_SEED)


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    """The test CA every loopback HTTPS server of the suite is signed by."""
    return trustme.CA()
