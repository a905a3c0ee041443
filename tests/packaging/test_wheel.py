"""The package as users install it: sdist and wheel from `python -m build`, installed with
the [sandbox] extra into a fresh venv that holds nothing else, then used from there.

Nothing is downloaded: the wheel is built without build isolation (hatchling is pinned in the
dev extra, as in build-system), and the dependencies come from a wheelhouse packed from the
dev venv's installed distributions (tests/packaging/wheelhouse.py).
"""

from __future__ import annotations

import json
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import tarfile
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

from .wheelhouse import repack, requirements_closure, wheel_requirements

ROOT = Path(__file__).resolve().parents[2]
VERSION_FILE = ROOT / "wrapper" / "smtpeter" / "_version.py"
EXTRAS = ("sandbox",)
INBOX_FILES = tuple(
    f"smtpeter/sandbox/inbox/{name}" for name in ("index.html", "inbox.js", "inbox.css")
)
# Installed with the dev extra, never needed at run time.
DEV_MODULES = (
    "pytest",
    "mypy",
    "ruff",
    "hypothesis",
    "build",
    "twine",
    "hatchling",
    "openapi_python_client",
    "django",
    "fastapi",
    "jsonschema",
    "xmlschema",
)
# What `python -m venv` itself puts in a venv.
VENV_OWN = {"pip", "setuptools"}
TIMEOUT = 120


def _version() -> str:
    match = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(), re.MULTILINE)
    assert match, VERSION_FILE
    return match.group(1)


def _environment(home: Path) -> dict[str, str]:
    """No settings of the machine: no pip configuration or index, no SMTPeter or CA variables."""
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LC_ALL": "C.UTF-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_INPUT": "1",
    }


def _run(*command: str | Path, env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@dataclass(frozen=True)
class Installed:
    sdist: Path
    wheel: Path
    venv: Path
    home: Path
    env: dict[str, str]
    runtime: frozenset[str]
    """The canonical names of the distributions the wheel with its extras needs."""

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def run(self, *command: str | Path, env: dict[str, str] | None = None) -> str:
        return _run(*command, env=env or self.env, cwd=self.home)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("packaging")
    home = base / "home"
    home.mkdir()
    env = _environment(home)
    dist = base / "dist"
    # The sdist, then the wheel built from the sdist: what `make dist` does, minus isolation.
    _run(sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, ROOT, env=env, cwd=ROOT)
    (sdist,) = dist.glob("smtpeter-*.tar.gz")
    (wheel,) = dist.glob("smtpeter-*.whl")

    wheelhouse = base / "wheelhouse"
    wheelhouse.mkdir()
    closure = requirements_closure(wheel_requirements(wheel), EXTRAS)
    for distribution in closure.values():
        repack(distribution, wheelhouse)
    (wheelhouse / wheel.name).write_bytes(wheel.read_bytes())

    venv = base / "fresh"
    # From the dev venv's interpreter, venv builds on the base interpreter: nothing of the dev
    # venv is visible from the new one.
    _run(sys.executable, "-m", "venv", venv, env=env, cwd=base)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    requirement = f"smtpeter[{','.join(EXTRAS)}]=={_version()}"
    _run(
        venv / "bin" / "python",
        "-m",
        "pip",
        "install",
        "-q",
        "--no-index",
        "--find-links",
        wheelhouse,
        requirement,
        env=env,
        cwd=base,
    )
    return Installed(sdist, wheel, venv, home, env, frozenset(closure))


def test_the_wheel_holds_only_the_two_packages(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = archive.namelist()
    info = f"smtpeter-{_version()}.dist-info"
    assert {name.split("/", 1)[0] for name in names} == {"smtpeter", "smtpeter_client", info}
    for name in names:
        parts = name.split("/")
        assert "__pycache__" not in parts and not name.endswith((".pyc", ".pyo")), name
        # (smtpeter_client/api/templates/ is the templates tag's operations: it belongs.)
        assert not {"tests", "tools", "bench", "node_modules"} & set(parts), name
        assert not name.endswith((".args", ".jinja", ".orig", ".rej", "~", ".swp")), name
        assert not parts[-1].startswith("."), name  # .gitignore, .DS_Store and the like
        assert (
            parts[0] == info or name.endswith((".py", "py.typed", ".yaml")) or (name in INBOX_FILES)
        ), name
    assert {
        f"{info}/{n}"
        for n in ("METADATA", "WHEEL", "RECORD", "entry_points.txt", "licenses/LICENSE")
    } <= set(names)
    # The sandbox's copy of the spec is a symlink in the tree: the wheel has the file itself.
    assert "smtpeter/sandbox/openapi.yaml" in names
    assert "smtpeter_client/api/sending/send.py" in names
    # The web inbox's static files ship as they are in the tree.
    with zipfile.ZipFile(installed.wheel) as archive:
        for name in INBOX_FILES:
            assert archive.read(name) == (ROOT / "wrapper" / name).read_bytes(), name


def test_the_sdist_holds_the_sources_and_nothing_else(installed: Installed) -> None:
    top = f"smtpeter-{_version()}"
    with tarfile.open(installed.sdist) as archive:
        names = [m.name for m in archive.getmembers() if m.isfile()]
    assert {n.removeprefix(f"{top}/").split("/", 1)[0] for n in names} == {
        "generated",
        "wrapper",
        "openapi.yaml",
        "README.md",
        "pyproject.toml",
        "PKG-INFO",
        ".gitignore",
        "LICENSE",
    }
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".args"))]
    assert not [n for n in names if "/tests/" in n or "/tools/" in n or "/bench/" in n]


def test_twine_check_passes(installed: Installed) -> None:
    output = _run(
        sys.executable,
        "-m",
        "twine",
        "check",
        "--strict",
        installed.sdist,
        installed.wheel,
        env=installed.env,
        cwd=installed.home,
    )
    assert output.count("PASSED") == 2, output


def test_the_venv_holds_the_runtime_dependencies_and_no_dev_tool(installed: Installed) -> None:
    assert "include-system-site-packages = false" in (installed.venv / "pyvenv.cfg").read_text()
    code = (
        "import importlib.metadata as m, importlib.util as u, json, sys; "
        "print(json.dumps({'dists': [d.metadata['Name'] for d in m.distributions()], "
        f"'found': [n for n in {DEV_MODULES!r} if u.find_spec(n)], 'path': sys.path}}))"
    )
    seen = json.loads(installed.run(installed.python, "-c", code))
    assert seen["found"] == []
    dists = {canonicalize_name(name) for name in seen["dists"]}
    assert dists - VENV_OWN == installed.runtime | {"smtpeter"}
    # The closure is what the wheel declares: the SDK's own three and the sandbox's.
    assert {"httpx", "attrs", "sniffio", "starlette", "uvicorn", "trustme"} <= installed.runtime
    assert not [p for p in seen["path"] if str(ROOT) in p]
    installed.run(installed.python, "-m", "pip", "check")


def test_both_packages_import_from_the_venv(installed: Installed) -> None:
    code = (
        "import smtpeter, smtpeter_client, smtpeter.sandbox, smtpeter_client.api.sending.send; "
        "print(smtpeter.__file__); print(smtpeter_client.__file__)"
    )
    files = installed.run(installed.python, "-c", code).split()
    site = installed.venv / "lib"
    assert len(files) == 2
    assert all(Path(f).is_relative_to(site) and "site-packages" in f for f in files), files


def test_the_command_prints_the_version(installed: Installed) -> None:
    output = installed.run(installed.venv / "bin" / "smtpeter", "--version")
    assert output.strip() == f"smtpeter {_version()}"


SEND = """
import smtpeter

with smtpeter.SMTPeter() as client:
    result = client.send(
        recipient="john@example.com",
        from_="shop@example.com",
        subject="Installed from the wheel",
        text="Sent from a fresh venv.",
    )
    (message_id,) = result.message_ids
    print(message_id)
    print(client.messages.text(message_id).strip())
"""


def test_a_mail_goes_through_the_sandbox_command(installed: Installed) -> None:
    mail_dir = installed.home / "outbox"
    sandbox = subprocess.Popen(
        [
            str(installed.venv / "bin" / "smtpeter"),
            "sandbox",
            "--port",
            "0",
            "--mail-dir",
            str(mail_dir),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=installed.env,
        cwd=installed.home,
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert sandbox.stdout is not None
        for line in sandbox.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        banner: list[str] = []
        while not banner or not banner[-1].startswith("Stop with"):
            line = lines.get(timeout=TIMEOUT)
            assert line is not None, f"the sandbox exited early: {banner}"
            banner.append(line)
        exports = dict(
            shlex.split(line.removeprefix("export "))[0].split("=", 1)
            for line in banner
            if line.startswith("export ")
        )
        assert set(exports) == {"SMTPETER_BASE_URL", "SSL_CERT_FILE", "SMTPETER_TOKEN"}
        assert re.fullmatch(r"https://127\.0\.0\.1:\d+/v1", exports["SMTPETER_BASE_URL"])
        assert Path(exports["SSL_CERT_FILE"]).is_relative_to(installed.home / ".cache")

        output = installed.run(installed.python, "-c", SEND, env={**installed.env, **exports})
        message_id, text = output.splitlines()
        assert text == "Sent from a fresh venv."
        eml = (mail_dir / f"{message_id}.eml").read_text()
        assert "Subject: Installed from the wheel" in eml
        # The inbox is served from the installed package, at the address the banner names.
        (inbox,) = [line.split()[-1] for line in banner if line.startswith("Inbox:")]
        fetch = (
            "import httpx, os, ssl, sys; "
            "trust = ssl.create_default_context(cafile=os.environ['SSL_CERT_FILE']); "
            "print(httpx.get(sys.argv[1], verify=trust).text)"
        )
        page = installed.run(
            installed.python, "-c", fetch, inbox + "inbox.js", env={**installed.env, **exports}
        )
        assert "textContent" in page

        sandbox.send_signal(signal.SIGINT)
        assert sandbox.wait(timeout=30) == 0
    finally:
        sandbox.kill()
        sandbox.wait(timeout=30)
        reader.join(timeout=30)
    log = []
    while (line := lines.get_nowait()) is not None:
        log.append(line)
    assert any("POST /v1/send 200" in line for line in log), log
    assert "sandbox stopped" in log
    assert exports["SMTPETER_TOKEN"] not in "\n".join(log)
