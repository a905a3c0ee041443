"""Running openapi-generator on openapi.yaml: the clients other generators write (tests/othergen).

The generator is the jar the pinned ``openapi-generator-cli`` package ships (the dev extra of
pyproject.toml); it runs on the Java found on PATH. Each test module generates its client once,
into a temporary folder, and its tests share it.
"""

from __future__ import annotations

import importlib.resources
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
# openapi-generator writes two classes that should be two files to one path (a tag named like a
# top-level `webhooks:` entry: both become WebhooksApi) with only this warning: one is lost.
FILE_COLLISION = re.compile(r"^.*(FILEPATH_COLLISION|Duplicate file path detected).*$", re.M)


@dataclass(frozen=True)
class Generated:
    """What one run of openapi-generator wrote, and what it said."""

    folder: Path
    log: str

    def collisions(self) -> list[str]:
        return [match.group(0).strip() for match in FILE_COLLISION.finditer(self.log)]


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """PATH and a scratch HOME only: no proxy, Java or SMTPeter setting leaks in."""
    return {"PATH": os.environ["PATH"], "HOME": str(home), **extra}


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is not on PATH: these tests need a JDK 17 "
            "(apt-get install openjdk-17-jdk-headless)"
        )
    return found


def generator_jar() -> Path:
    try:
        jar = importlib.resources.files("openapi_generator_cli") / "openapi-generator.jar"
    except ModuleNotFoundError:
        pytest.fail("openapi-generator-cli is not installed: run `make test` (the dev extra)")
    return Path(str(jar))


def run_generator(
    generator: str,
    folder: Path,
    *,
    properties: dict[str, str],
    global_properties: dict[str, str] | None = None,
) -> Generated:
    """``openapi-generator generate -g GENERATOR`` from openapi.yaml into ``folder``."""
    command = [
        require_tool("java"), "-jar", str(generator_jar()), "generate",
        "--input-spec", str(SPEC), "--generator-name", generator, "--output", str(folder),
        "--additional-properties", ",".join(f"{k}={v}" for k, v in properties.items()),
    ]  # fmt: skip
    if global_properties:
        command += ["--global-property", ",".join(f"{k}={v}" for k, v in global_properties.items())]
    done = subprocess.run(
        command,
        env=clean_environment(folder.parent),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, f"openapi-generator -g {generator} failed:\n{log[-5000:]}"
    return Generated(folder, log)
