"""The Python client openapi-generator writes from openapi.yaml imports and sends mail.

``-g python`` (pydantic models, urllib3) is generated once for the module into a temporary
folder, under the package name ``smtpeter_othergen``; send_mail.py, run with that folder on
PYTHONPATH (nothing is installed), sends a JSON mail to the sandbox over HTTPS and reads its
text back. What the package imports (pydantic, python-dateutil, urllib3, typing-extensions) is
pinned in the dev extra.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.openapi_generator import Generated, clean_environment, run_generator

HERE = Path(__file__).resolve().parent
PACKAGE = "smtpeter_othergen"
TOKEN = "tok-PY-OTHERGEN-SECRET-123456"
PROPERTIES = {"packageName": PACKAGE, "hideGenerationTimestamp": "true"}
# The API classes, the models and the package around them, but not the top-level `webhooks:`
# entries: those are calls SMTPeter makes to the customer, not calls a client makes, and
# openapi-generator 7.26's Python generator writes them with no parameter types at all
# (`signature: ,`: webhook_calls_api.py is a syntax error, whatever the spec says there; the
# package does not import it). Naming any of apis/models/supportingFiles (empty: all of each)
# leaves webhooks out.
GLOBAL_PROPERTIES = {"apis": "", "models": "", "supportingFiles": ""}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return run_generator(
        "python",
        tmp_path_factory.mktemp("python") / "client",
        properties=PROPERTIES,
        global_properties=GLOBAL_PROPERTIES,
    )


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with running_sandbox(mail_dir=tmp_path_factory.mktemp("mail"), token=TOKEN) as running:
        yield running


def _python(generated: Generated, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=generated.folder,
        env=clean_environment(generated.folder, PYTHONPATH=str(generated.folder), **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def program_run(generated: Generated, sandbox: RunningSandbox) -> subprocess.CompletedProcess[str]:
    return _python(
        generated,
        str(HERE / "send_mail.py"),
        SMTPETER_BASE_URL=sandbox.base_url,
        SMTPETER_TOKEN=TOKEN,
        SMTPETER_CA_FILE=str(sandbox.ca_file),
    )


@pytest.fixture(scope="module")
def printed(program_run: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert program_run.returncode == 0, program_run.stdout + program_run.stderr[-5000:]
    result: dict[str, Any] = json.loads(program_run.stdout)
    return result


def test_package_imports(generated: Generated) -> None:
    imported = _python(generated, "-c", f"import {PACKAGE}")
    assert imported.returncode == 0, imported.stderr[-5000:]


def test_generation_loses_no_file(generated: Generated) -> None:
    assert generated.collisions() == [], "\n".join(generated.collisions())


def test_json_mail_arrives_as_sent(printed: dict[str, Any], sandbox: RunningSandbox) -> None:
    [(message_id, recipient)] = printed["json"].items()
    assert recipient == "py-json@example.com"
    stored = sandbox.store.get(message_id)
    assert stored is not None
    assert stored.recipient == "py-json@example.com"
    assert stored.subject == "Typed from openapi-generator's Python"
    assert stored.message["From"] == "Python <py@example.com>"
    assert stored.tags == ("othergen",)
    assert set(stored.request) == {"recipient", "from", "subject", "text", "tags"}


def test_text_read_back_is_the_stored_text(
    printed: dict[str, Any], sandbox: RunningSandbox
) -> None:
    assert set(printed["texts"]) == set(printed["json"])
    for message_id, text in printed["texts"].items():
        stored = sandbox.store.get(message_id)
        assert stored is not None
        body = stored.message.get_body(("plain",))
        assert body is not None
        assert text == body.get_content()


def test_webhook_settings_are_callable(printed: dict[str, Any]) -> None:
    # The `webhooks` tag's operations, which a class of the same name for the top-level
    # `webhooks:` entries used to overwrite.
    assert printed["webhooks"] == []


def test_error_answer_raises_with_its_status(printed: dict[str, Any]) -> None:
    assert printed["missing"]["status"] == 404
    assert printed["missing"]["error"]


def test_token_is_not_printed(program_run: subprocess.CompletedProcess[str]) -> None:
    assert TOKEN not in program_run.stdout + program_run.stderr
