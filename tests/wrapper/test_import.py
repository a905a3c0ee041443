"""Importing the package (and its pytest plugin) has no side effects and loads little: the
clients, the generated package and its models load when first used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import json, logging, sys
    import smtpeter
    import smtpeter.testing  # what the pytest11 entry point loads in every pytest run
    loggers = ["smtpeter", "httpx", "httpcore", "httpcore.connection", "httpcore.http11"]
    report = {
        "filters": {name: len(logging.getLogger(name).filters) for name in loggers},
        "modules": sorted(m for m in sys.modules if m.startswith(("smtpeter", "attr", "asyncio"))),
    }
    smtpeter.SendResult  # an eagerly imported name
    smtpeter.SMTPeter("token").close()
    report["after_client"] = {name: len(logging.getLogger(name).filters) for name in loggers}
    report["after_modules"] = sorted(m for m in sys.modules if m.startswith("smtpeter_client"))
    print(json.dumps(report))
""")


def _run() -> dict[str, object]:
    paths = [str(ROOT / "wrapper"), str(ROOT / "generated")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    env.pop("SMTPETER_LOG", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_import_touches_no_logger_and_loads_no_client_or_generated_code() -> None:
    report = _run()
    assert set(report["filters"].values()) == {0}  # type: ignore[attr-defined]
    modules = report["modules"]
    assert isinstance(modules, list)
    assert "smtpeter._client" not in modules
    assert not [m for m in modules if m.startswith(("smtpeter_client", "attr", "asyncio"))]
    # A client, once made, installs the redacting filters and loads only what it uses.
    assert set(report["after_client"].values()) != {0}  # type: ignore[attr-defined]
    loaded = report["after_modules"]
    assert isinstance(loaded, list)
    assert "smtpeter_client.resources" in loaded
    assert not [
        m for m in loaded if m.startswith(("smtpeter_client.api.", "smtpeter_client.models."))
    ]


FIRST_SEND = textwrap.dedent("""
    import json, sys
    import httpx
    loaded_by_httpx = set(sys.modules)
    import smtpeter
    answer = {"1cb1d9b0a1f4e7a2": "john@example.com"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    client = smtpeter.SMTPeter("token", http_client=httpx.Client(transport=transport))
    result = client.send(recipient="john@example.com", subject="Hi", text="x", data={"a": 1})
    modules = sorted(set(sys.modules) - loaded_by_httpx)
    print(json.dumps({"ids": result.message_ids, "modules": modules}))
""")
# What a send does not use, beyond what httpx loads; they load where they are used (bench/run.py
# times the difference against httpx).
NOT_FOR_A_SEND = (
    "attr",  # the generated clients and models (attrs classes)
    "smtpeter_client.client",
    "smtpeter_client.models",
    "httpcore",  # the deadline backends of a client's own connections
    "asyncio",
    "smtpeter.idempotency",  # made when a key is first used
    "smtpeter._bulk",
    "smtpeter._download",
    "email.policy",  # for an EmailMessage as ``mime``
    "decimal",  # the validator's multipleOf
)


def test_a_first_send_loads_only_what_a_send_uses() -> None:
    paths = [str(ROOT / "wrapper"), str(ROOT / "generated")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SEND], capture_output=True, text=True, env=env, check=True
    )
    report = json.loads(result.stdout)
    assert report["ids"] == {"1cb1d9b0a1f4e7a2": "john@example.com"}
    modules = report["modules"]
    assert "smtpeter_client.api.sending._wire" in modules
    assert not [m for m in modules if m.startswith(NOT_FOR_A_SEND)]


def test_lazy_names_are_the_real_objects() -> None:
    import smtpeter
    from smtpeter import _client
    from smtpeter_client import resources

    assert smtpeter.SMTPeter is _client.SMTPeter
    assert smtpeter.AsyncMessages is _client.AsyncMessages
    assert smtpeter.SendParams is resources.SendParams
    assert set(smtpeter.__all__) <= set(dir(smtpeter))
    try:
        smtpeter.NoSuchName  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchName" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_the_sandbox_reads_no_yaml_at_run_time() -> None:
    """The sandbox routes and checks every operation from the document as generated data
    (smtpeter_client._document): answering a send loads no YAML parser."""
    script = textwrap.dedent("""
        import os, sys
        import smtpeter
        from smtpeter.sandbox import running_sandbox
        with running_sandbox() as sandbox:
            os.environ["SSL_CERT_FILE"] = str(sandbox.ca_file)
            client = smtpeter.SMTPeter(sandbox.token, base_url=sandbox.base_url)
            with client:
                client.send(recipient="a@example.com", text="x")
        print("yaml" in sys.modules, len(sandbox.store.messages()))
    """)
    paths = [str(ROOT / "wrapper"), str(ROOT / "generated")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "1"]
