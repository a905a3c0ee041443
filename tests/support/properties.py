"""Hypothesis settings for the whole suite: one profile per way the tests are run.

- ``dev`` (a developer's ``make test``): random seeds, Hypothesis's own local database in
  ``.hypothesis/``, so a failure found once is tried first next time.
- ``ci`` (chosen when ``CI=true``): no chance in it. Every run draws the same examples (a fixed
  seed), after replaying, read-only, the examples kept in ``tests/hypothesis-examples/``.
  Hypothesis's ``derandomize=True`` would also fix the draw, but it refuses any database, so
  the seed is fixed instead (``pytest_configure`` in ``tests/conftest.py``).
- ``fuzz`` (``make fuzz``): random seeds and ten times the examples; what it finds is written
  to ``tests/hypothesis-examples/``. Commit that folder's new files to keep a found example
  for every later run, CI's included.

Tests ask for :func:`examples` rather than a fixed ``max_examples``, so the ``fuzz`` profile
scales every property test, and no test's own budget is silently overridden.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import (
    DirectoryBasedExampleDatabase,
    MultiplexedDatabase,
    ReadOnlyDatabase,
)

__all__ = ["CI_SEED", "KEPT_EXAMPLES", "examples", "profile_name", "register_profiles"]

KEPT_EXAMPLES = Path(__file__).resolve().parents[1] / "hypothesis-examples"
LOCAL_EXAMPLES = Path(__file__).resolve().parents[2] / ".hypothesis" / "examples"
CI_SEED = 20261207
# The profiles' default budget; examples(n) scales a test's own budget by the loaded one.
_BASE_EXAMPLES = 100
_COMMON = {
    "deadline": None,  # a shared, noisy machine: timings are for make bench, not for tests
    "suppress_health_check": [HealthCheck.too_slow],
    "print_blob": True,  # a failure prints the @reproduce_failure line that replays it
}


def register_profiles() -> None:
    kept = DirectoryBasedExampleDatabase(KEPT_EXAMPLES)
    settings.register_profile(
        "dev",
        max_examples=_BASE_EXAMPLES,
        database=MultiplexedDatabase(
            DirectoryBasedExampleDatabase(LOCAL_EXAMPLES), ReadOnlyDatabase(kept)
        ),
        **_COMMON,  # type: ignore[arg-type]
    )
    settings.register_profile(
        "ci",
        max_examples=_BASE_EXAMPLES,
        database=ReadOnlyDatabase(kept),
        **_COMMON,  # type: ignore[arg-type]
    )
    settings.register_profile(
        "fuzz",
        max_examples=_BASE_EXAMPLES * 10,
        database=kept,
        **_COMMON,  # type: ignore[arg-type]
    )


def profile_name() -> str:
    """The profile a run gets when ``--hypothesis-profile`` does not name one."""
    return "ci" if os.environ.get("CI", "").lower() in ("true", "1") else "dev"


def examples(budget: int) -> int:
    """A test's ``max_examples``: its own budget under ``dev`` and ``ci``, scaled by ``fuzz``."""
    return max(1, budget * settings().max_examples // _BASE_EXAMPLES)
