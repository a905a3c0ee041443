"""A TypeScript client generated from openapi.yaml, compiled strictly and run against the sandbox.

openapi-typescript (pinned in tools/package.json, installed by ``make test``) writes the types
from the spec at test time; ``tsc --strict`` compiles send_mail.ts, the program that sends with
openapi-fetch, and rejected_bodies.ts, which compiles only while the types refuse send bodies
the spec refuses. node runs the program over HTTPS against the sandbox, trusting its test CA.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
NODE_MODULES = ROOT / "tools" / "node_modules"
SOURCES = ("send_mail.ts", "rejected_bodies.ts")
TOKEN = "tok-TS-SECRET-1234567890"
TSC_OPTIONS = (
    "--strict",
    "--target",
    "es2022",
    "--module",
    "nodenext",
    "--moduleResolution",
    "nodenext",
    "--types",
    "node",
)
EXPECTED_ERROR = "// @ts-expect-error"


@dataclass(frozen=True)
class Project:
    folder: Path
    compiled: subprocess.CompletedProcess[str]


def _run(command: list[str], folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # A clean environment: no proxy or SMTPeter setting leaks in from the caller's.
    environment = {"PATH": os.environ["PATH"], "HOME": str(folder), **env}
    return subprocess.run(
        command, cwd=folder, env=environment, capture_output=True, text=True, timeout=180
    )


def _tool(name: str) -> str:
    path = NODE_MODULES / ".bin" / name
    assert path.exists(), f"{path} is missing: run `make test` (it installs tools/node_modules)"
    return str(path)


def _error_lines(tsc_output: str, file_name: str) -> set[int]:
    return {int(line) for line in re.findall(rf"^{re.escape(file_name)}\((\d+),", tsc_output, re.M)}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A scratch node project: the sources, types generated from openapi.yaml, compiled."""
    folder = tmp_path_factory.mktemp("typescript")
    for name in SOURCES:
        shutil.copy(HERE / name, folder / name)
    (folder / "package.json").write_text('{"private": true, "type": "module"}\n')
    (folder / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    generated = _run(
        [_tool("openapi-typescript"), str(ROOT / "openapi.yaml"), "-o", "schema.d.ts"], folder
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    compiled = _run([_tool("tsc"), *TSC_OPTIONS, "--outDir", "out", *SOURCES], folder)
    return Project(folder, compiled)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with running_sandbox(mail_dir=tmp_path_factory.mktemp("mail"), token=TOKEN) as running:
        yield running


@pytest.fixture(scope="module")
def program_run(project: Project, sandbox: RunningSandbox) -> subprocess.CompletedProcess[str]:
    assert project.compiled.returncode == 0, project.compiled.stdout + project.compiled.stderr
    node = shutil.which("node")
    assert node is not None, "node is not on PATH"
    return _run(
        [node, "out/send_mail.js"],
        project.folder,
        SMTPETER_BASE_URL=sandbox.base_url,
        SMTPETER_TOKEN=TOKEN,
        NODE_EXTRA_CA_CERTS=str(sandbox.ca_file),
    )


@pytest.fixture(scope="module")
def printed(program_run: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert program_run.returncode == 0, program_run.stdout + program_run.stderr
    result: dict[str, Any] = json.loads(program_run.stdout)
    return result


def test_strict_compilation_succeeds(project: Project) -> None:
    assert project.compiled.returncode == 0, project.compiled.stdout + project.compiled.stderr
    assert {p.name for p in (project.folder / "out").iterdir()} == {
        name.replace(".ts", ".js") for name in SOURCES
    }


def test_json_mail_arrives_as_sent(printed: dict[str, Any], sandbox: RunningSandbox) -> None:
    [(message_id, recipient)] = printed["json"].items()
    assert recipient == "ts-json@example.com"
    stored = sandbox.store.get(message_id)
    assert stored is not None
    assert stored.recipient == "ts-json@example.com"
    assert stored.subject == "Typed from TypeScript"
    assert stored.message["From"] == "TypeScript <ts@example.com>"
    assert stored.tags == ("typescript",)
    assert stored.request["text"] == "Hello from openapi-fetch, as JSON."


def test_form_mail_arrives_with_repeated_keys(
    printed: dict[str, Any], sandbox: RunningSandbox
) -> None:
    assert sorted(printed["form"].values()) == ["ts-form-1@example.com", "ts-form-2@example.com"]
    for message_id, recipient in printed["form"].items():
        stored = sandbox.store.get(message_id)
        assert stored is not None
        assert stored.recipient == recipient
        assert stored.subject == "Typed from TypeScript, form-encoded"
        assert stored.tags == ("typescript", "form")
        assert stored.request["recipients"] == ["ts-form-1@example.com", "ts-form-2@example.com"]


def test_text_read_back_is_the_stored_text(
    printed: dict[str, Any], sandbox: RunningSandbox
) -> None:
    sent = {**printed["json"], **printed["form"]}
    assert set(printed["texts"]) == set(sent)
    for message_id, text in printed["texts"].items():
        stored = sandbox.store.get(message_id)
        assert stored is not None
        body = stored.message.get_body(("plain",))
        assert body is not None
        assert text == body.get_content()
        assert text.startswith("Hello from openapi-fetch")


def test_error_answer_is_read_as_text(printed: dict[str, Any]) -> None:
    assert printed["missing"]["status"] == 404
    assert isinstance(printed["missing"]["error"], str)
    assert printed["missing"]["error"]


def test_token_is_not_printed(program_run: subprocess.CompletedProcess[str]) -> None:
    assert program_run.returncode == 0, program_run.stderr
    assert TOKEN not in program_run.stdout + program_run.stderr


def test_types_refuse_bodies_the_spec_refuses(project: Project, tmp_path: Path) -> None:
    """Every line after `@ts-expect-error` in rejected_bodies.ts is a compile error, and only those.

    The file compiling proves each expected error happens (tsc reports an unused directive);
    compiling it without the directives proves each one is an error of that very line.
    """
    assert project.compiled.returncode == 0, project.compiled.stdout
    source = (HERE / "rejected_bodies.ts").read_text(encoding="utf-8").splitlines()
    expected = {number + 2 for number, line in enumerate(source) if EXPECTED_ERROR in line}
    assert expected, "rejected_bodies.ts expects no error"
    stripped = [line.replace(EXPECTED_ERROR, "// expected:") for line in source]
    (project.folder / "stripped.ts").write_text("\n".join(stripped) + "\n", encoding="utf-8")
    checked = _run([_tool("tsc"), *TSC_OPTIONS, "--noEmit", "stripped.ts"], project.folder)
    assert checked.returncode != 0
    assert _error_lines(checked.stdout, "stripped.ts") == expected, checked.stdout
