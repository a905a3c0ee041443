"""The README's examples run, and its copy of the command's help is the real one."""

from __future__ import annotations

import os
import re
import ssl
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import smtpeter
import smtpeter.testing
import smtpeter_client.resources

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(language: str) -> list[str]:
    return [code for lang, code in BLOCK.findall(README.read_text()) if lang == language]


# Webhook receivers are driven with signed calls (see tests/docs/test_readme_webhooks.py).
WEBHOOK_EXAMPLES = [code for code in blocks("python") if "smtpeter.webhooks" in code]
# The generated client's example talks to a real sandbox over HTTPS (the outbox reroutes only
# the wrapper's clients).
GENERATED_EXAMPLES = [code for code in blocks("python") if "from smtpeter_client" in code]
# The Django examples need a Django project: tests/django/test_readme_django.py runs them.
DJANGO_EXAMPLES = [
    code for code in blocks("python") if "django" in code and code not in WEBHOOK_EXAMPLES
]
EXAMPLES = [
    code
    for code in blocks("python")
    if "def test_" not in code
    and code not in WEBHOOK_EXAMPLES + GENERATED_EXAMPLES + DJANGO_EXAMPLES
]
TEST_EXAMPLES = [code for code in blocks("python") if "def test_" in code]


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 5
    assert TEST_EXAMPLES
    assert len(WEBHOOK_EXAMPLES) == 2


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_example_runs_against_the_outbox(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMTPETER_TOKEN", "readme-token")
    monkeypatch.delenv("SMTPETER_BASE_URL", raising=False)
    with smtpeter.testing.outbox() as box:
        exec(compile(code, str(README), "exec"), {"__name__": "readme"})
    sends = code.count(".send(")
    if "smtpeter.testing.outbox()" not in code:
        # Each send reached the (sandboxed) API: at least one stored message per send() call.
        assert len(box.messages) >= sends


def test_generated_client_example_runs_against_the_sandbox(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from smtpeter.sandbox import running_sandbox

    assert len(GENERATED_EXAMPLES) == 1
    with running_sandbox() as sandbox:
        ca_file = tmp_path / "ca.pem"
        ca_file.write_bytes(sandbox.ca_file.read_bytes())
        monkeypatch.setenv("SMTPETER_TOKEN", sandbox.token)
        monkeypatch.setenv("SMTPETER_BASE_URL", sandbox.base_url)
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        namespace: dict[str, Any] = {"__name__": "readme"}
        with caplog.at_level("DEBUG"):
            exec(compile(GENERATED_EXAMPLES[0], str(README), "exec"), namespace)
        stored = sandbox.store.messages()
    assert [m.recipient for m in stored] == ["john@example.com"]
    assert "HTTP Request: POST" in caplog.text
    assert sandbox.token not in caplog.text
    # The example trusts the sandbox's CA through verify_ssl=, and that CA alone.
    context = namespace["client"]._verify_ssl
    assert isinstance(context, ssl.SSLContext)
    (ca,) = context.get_ca_certs()
    assert [ca] == ssl.create_default_context(cafile=str(ca_file)).get_ca_certs()


def test_readme_shows_the_real_sandbox_banner() -> None:
    from smtpeter.sandbox._server import _banner

    (shown,) = [b for b in blocks("console") if b.startswith("SMTPeter sandbox listening on ")]
    first, token, ca_file, mail_dir = (line.split()[-1] for line in shown.splitlines()[:4])
    assert _banner(first, token, Path(ca_file), Path(mail_dir)) + "\n" == shown
    # The text names each of the lines it tells you to run.
    exports = re.findall(r"^export (\w+)=", shown, re.MULTILINE)
    assert exports == ["SMTPETER_BASE_URL", "SSL_CERT_FILE", "SMTPETER_TOKEN"]
    text = README.read_text()
    section = text[text.index("## The sandbox") : text.index("## Testing your code")]
    assert "the three lines that point a client at it" in section
    assert all(f"`{name}`" in section for name in exports)


def test_no_section_comes_twice() -> None:
    headings = re.findall(r"^#+ .*$", BLOCK.sub("", README.read_text()), re.MULTILINE)
    assert len(headings) == len(set(headings)), sorted(h for h in headings if headings.count(h) > 1)


@pytest.mark.parametrize("code", TEST_EXAMPLES)
def test_pytest_example_passes(code: str, tmp_path: Path) -> None:
    (tmp_path / "test_example.py").write_text(textwrap.dedent(code))
    environment = {**os.environ, "SMTPETER_TOKEN": "readme-token"}
    environment.pop("SMTPETER_BASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def _help(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "smtpeter._cli", *args, "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
        timeout=60,
        check=True,
    )
    return result.stdout


def test_readme_shows_the_real_send_help() -> None:
    shown = [code for code in blocks("console") if code.startswith("$ smtpeter send --help")]
    assert len(shown) == 1
    assert shown[0].split("\n", 1)[1] == _help("send")


def test_readme_shows_the_real_send_many_help() -> None:
    shown = [code for code in blocks("console") if code.startswith("$ smtpeter send-many --help")]
    assert len(shown) == 1
    assert shown[0].split("\n", 1)[1] == _help("send-many")


def test_every_command_option_is_in_its_help() -> None:
    top = _help()
    assert "send" in top and "sandbox" in top
    send = _help("send")
    for option in ("--recipient", "--from", "--to", "--cc", "--subject", "--text", "--text-file",
                   "--html-file", "--attach", "--tag", "--eml", "--form", "--dry-run"):  # fmt: skip
        assert option in send, option
    sandbox = _help("sandbox")
    for option in ("--host", "--port", "--mail-dir", "--token", "--webhook", "--webhook-ca",
                   "--fault"):  # fmt: skip
        assert option in sandbox, option


def test_the_table_of_operations_is_the_spec_s() -> None:
    result = subprocess.run(
        [sys.executable, str(README.parent / "tools/operations_table.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = README.read_text()
    for operation in smtpeter_client.resources.OPERATIONS:
        assert f"`{operation.path}`" in shown
        assert f".{operation.name}(" in shown


def _bench_rows() -> list[list[str]]:
    text = README.read_text()
    section = text[text.index("### Performance") :]
    table = [line for line in section.splitlines() if line.startswith("|")]
    header, _, *rows = ([cell.strip() for cell in line.strip("|").split("|")] for line in table)
    assert header == ["figure", "raw httpx", "smtpeter", "SDK/raw", "target", "meets target"]
    return rows


def test_the_bench_table_says_which_rows_miss_their_target() -> None:
    rows = _bench_rows()
    assert len([row for row in rows if row[4]]) >= 5
    for figure, _, sdk, ratio, target, verdict in rows:
        if not target:
            assert not verdict, figure
            continue
        op, limit = target.split()
        value = ratio or sdk.removesuffix("x size").strip()  # memory: the SDK's own figure
        meets = float(value) >= float(limit) if op == "≥" else float(value) <= float(limit)
        assert (verdict == "yes") if meets else verdict.startswith("**no**"), (figure, verdict)
