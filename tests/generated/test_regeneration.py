"""Regenerating is the whole upgrade: a change to openapi.yaml reaches the wrapper untouched.

The test copies openapi.yaml, adds an optional integer property with bounds to both send
bodies and a new operation with a path parameter, generates a client package from the copy
into a temporary folder with the project's own pipeline (tools/generate.sh), and runs the
unchanged wrapper on top of it in a subprocess: the property goes out in JSON and form
bodies, an out-of-range value is refused before sending, the new operation works sync and
async, and mypy takes the new keyword and refuses a wrong type. The new operations also
answer in the sandbox as their responses document (their example, or a value built from the
schema), through the wrapper, once the sandbox reads the changed copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    environment.update(kwargs.pop("env", {}))
    return subprocess.run(
        args, capture_output=True, text=True, env=environment, timeout=300, check=False, **kwargs
    )


def _changed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    priority = {"type": "integer", "minimum": 1, "maximum": 5, "description": "1 is urgent."}
    # Written once: the form body shares SendRequest (make generate derives SendForm from it).
    spec["components"]["schemas"]["SendRequest"]["properties"]["priority"] = priority
    spec["tags"].append({"name": "diagnostics", "description": "Checking the connection."})
    spec["paths"]["/echo/{word}"] = {
        "get": {
            "operationId": "getEcho",
            "tags": ["diagnostics"],
            "summary": "Say a word back",
            "parameters": [
                {
                    "name": "word",
                    "in": "path",
                    "required": True,
                    "description": "What to say back.",
                    "schema": {"type": "string", "minLength": 1},
                }
            ],
            "responses": {
                "200": {"$ref": "#/components/responses/PlainText"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    # A second one with a bounded query parameter and a JSON answer with an example: what the
    # sandbox answers for it comes from the spec alone (tools/generate_answers.py).
    spec["components"]["schemas"]["Pong"] = {
        "type": "object",
        "required": ["pong"],
        "properties": {"pong": {"type": "integer"}, "note": {"type": "string"}},
        "additionalProperties": False,
    }
    spec["paths"]["/ping"] = {
        "get": {
            "operationId": "getPing",
            "tags": ["diagnostics"],
            "summary": "Answer a ping",
            "x-smtpeter-undocumented": "A diagnostic of this test; SMTPeter has no such call.",
            "parameters": [
                {
                    "name": "count",
                    "in": "query",
                    "description": "How many pongs.",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 5},
                }
            ],
            "responses": {
                "200": {
                    "description": "The pong.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Pong"},
                            "example": {"pong": 3, "note": "from the spec's example"},
                        }
                    },
                },
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the ``smtpeter_client`` generated from the changed spec."""
    folder = tmp_path_factory.mktemp("regenerated")
    spec = folder / "openapi.yaml"
    spec.write_text(yaml.safe_dump(_changed_spec(), sort_keys=False))
    result = _run(["bash", str(ROOT / "tools/generate.sh"), str(spec), str(folder / "pkg/smtpeter_client")])
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "pkg"


@pytest.fixture(scope="module")
def sandbox_reading_the_copy(regenerated: Path) -> Path:
    """A folder holding the wrapper as it is in the repository, but for the openapi.yaml its
    sandbox routes and checks requests by (in the repository, a link to the root's): the
    changed copy."""
    folder = regenerated.parent / "wrapper"
    shutil.copytree(
        ROOT / "wrapper" / "smtpeter",
        folder / "smtpeter",
        symlinks=True,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    spec = folder / "smtpeter" / "sandbox" / "openapi.yaml"
    spec.unlink()
    shutil.copyfile(regenerated.parent / "openapi.yaml", spec)
    return folder


def _python(
    regenerated: Path, code: str, wrapper: Path = ROOT / "wrapper"
) -> subprocess.CompletedProcess[str]:
    # The new package first on the path, then the wrapper exactly as it is in the repository.
    path = os.pathsep.join([str(regenerated), str(wrapper), str(ROOT)])
    return _run([sys.executable, "-c", textwrap.dedent(code)], env={"PYTHONPATH": path})


PROGRAM = """
import asyncio, json, httpx, smtpeter, smtpeter_client
assert smtpeter_client.__file__.startswith({folder!r}), smtpeter_client.__file__

seen = []
def answer(request):
    seen.append(request)
    if request.url.path.startswith("/v1/echo/"):
        return httpx.Response(200, text="said " + request.url.path.rsplit("/", 1)[1])
    return httpx.Response(200, json={{"id1": "john@example.com"}})

client = smtpeter.SMTPeter("tok", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.send(recipient="john@example.com", text="Hi", priority=3)
print("JSON", json.loads(seen[-1].content)["priority"])
client.send(recipient="john@example.com", text="Hi", priority=2, encoding="form")
print("FORM", seen[-1].content.decode())
try:
    client.send(recipient="john@example.com", text="Hi", priority=9)
except smtpeter.ValidationError as exc:
    print("REFUSED", exc.field, "|", exc.rule, "| sent", len(seen))
print("SYNC", client.diagnostics.get_echo("hello"))

async def main():
    transport = httpx.MockTransport(answer)
    async with smtpeter.AsyncSMTPeter("tok", http_client=httpx.AsyncClient(transport=transport)) as c:
        print("ASYNC", await c.diagnostics.get_echo("there"))
asyncio.run(main())
"""


def test_the_new_property_and_operation_work_without_a_hand_edit(regenerated: Path) -> None:
    result = _python(regenerated, PROGRAM.format(folder=str(regenerated)))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "JSON 3" in lines
    assert any(line.startswith("FORM ") and "priority=2" in line for line in lines)
    refused = next(line for line in lines if line.startswith("REFUSED"))
    assert refused.startswith("REFUSED priority |") and "5" in refused and refused.endswith("sent 2")
    assert "SYNC said hello" in lines
    assert "ASYNC said there" in lines


SANDBOX_PROGRAM = """
import asyncio, json, httpx, smtpeter
from smtpeter.sandbox import running_sandbox
assert smtpeter.__file__.startswith({wrapper!r}), smtpeter.__file__

with running_sandbox() as sandbox:
    def http():
        return httpx.Client(verify=sandbox.ssl_context(), trust_env=False)

    with smtpeter.SMTPeter(sandbox.token, base_url=sandbox.base_url, http_client=http()) as client:
        print("ECHO", client.diagnostics.get_echo("hello"))
        print("PING", json.dumps(client.diagnostics.get_ping(count=3).to_dict()))
    with http() as raw:
        query = {{"access_token": sandbox.token, "count": "9"}}
        refused = raw.get(sandbox.base_url + "/ping", params=query)
        print("REFUSED", refused.status_code, refused.text)

    async def main():
        http_async = httpx.AsyncClient(verify=sandbox.ssl_context(), trust_env=False)
        async with smtpeter.AsyncSMTPeter(
            sandbox.token, base_url=sandbox.base_url, http_client=http_async
        ) as client:
            print("ASYNC", (await client.diagnostics.get_ping()).pong)
    asyncio.run(main())
"""


def test_the_new_operations_answer_in_the_sandbox_as_documented(
    regenerated: Path, sandbox_reading_the_copy: Path
) -> None:
    program = SANDBOX_PROGRAM.format(wrapper=str(sandbox_reading_the_copy))
    result = _python(regenerated, program, wrapper=sandbox_reading_the_copy)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "ECHO example" in lines  # built from its schema (a string): no example given
    assert 'PING {"pong": 3, "note": "from the spec\'s example"}' in lines
    refused = next(line for line in lines if line.startswith("REFUSED"))
    assert refused.startswith("REFUSED 400 ") and "count" in refused  # checked first
    assert "ASYNC 3" in lines


def test_mypy_takes_the_new_keyword_and_refuses_a_wrong_type(
    regenerated: Path, tmp_path: Path
) -> None:
    (tmp_path / "uses_it.py").write_text(
        textwrap.dedent(
            """
            import smtpeter

            client = smtpeter.SMTPeter("tok")
            client.send(recipient="john@example.com", text="Hi", priority=3)
            word: str = client.diagnostics.get_echo("hello")
            client.send(recipient="john@example.com", text="Hi", priority="high")  # line 7
            """
        )
    )
    result = _run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         str(tmp_path / "uses_it.py")],  # fmt: skip
        env={"MYPYPATH": os.pathsep.join([str(regenerated), str(ROOT / "wrapper")])},
        cwd=tmp_path,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout + result.stderr
    assert "uses_it.py:7:" in errors[0] and "priority" in errors[0]


def test_a_broken_spec_shows_the_generators_own_message(tmp_path: Path) -> None:
    spec = _changed_spec()
    spec["paths"]["/echo/{word}"]["get"]["parameters"][0]["in"] = "nowhere"
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    result = _run(
        ["bash", str(ROOT / "tools/generate.sh"), str(tmp_path / "openapi.yaml"),
         str(tmp_path / "out/smtpeter_client")]  # fmt: skip
    )
    assert result.returncode != 0
    assert "nowhere" in result.stdout + result.stderr
