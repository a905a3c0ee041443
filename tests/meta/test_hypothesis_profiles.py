"""The suite's Hypothesis profiles: CI draws the same examples every run; fuzz draws more."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROPERTY = """
from pathlib import Path

from hypothesis import given, settings, strategies as st

from tests.support.properties import examples

OUT = Path(__file__).with_name("drawn.txt")


@settings(max_examples=examples(30))
@given(st.integers())
def test_draw(n: int) -> None:
    with OUT.open("a") as f:
        f.write(f"{n}\\n")


def test_profile() -> None:
    OUT.with_name("profile.txt").write_text(
        f"{settings.get_current_profile_name()} {settings().max_examples} {examples(30)}"
    )
"""


def _run(tmp_path: Path, *args: str, ci: bool) -> tuple[list[str], str]:
    (tmp_path / "conftest.py").write_text("from tests.conftest import *  # noqa: F403\n")
    (tmp_path / "test_drawn.py").write_text(PROPERTY)
    (tmp_path / "drawn.txt").unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = str(ROOT)
    if ci:
        env["CI"] = "true"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            f"--rootdir={tmp_path}",
            str(tmp_path),
            *args,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return (tmp_path / "drawn.txt").read_text().split(), (tmp_path / "profile.txt").read_text()


def test_ci_profile_draws_the_same_examples_every_run(tmp_path: Path) -> None:
    first, profile = _run(tmp_path, ci=True)
    second, _ = _run(tmp_path, ci=True)
    assert profile == "ci 100 30"
    assert len(first) >= 30
    assert first == second


def test_a_developer_run_uses_the_dev_profile_and_fuzz_scales_every_budget(
    tmp_path: Path,
) -> None:
    assert _run(tmp_path, ci=False)[1] == "dev 100 30"
    drawn, profile = _run(tmp_path, "--hypothesis-profile=fuzz", ci=False)
    assert profile == "fuzz 1000 300"
    assert len(drawn) >= 300
