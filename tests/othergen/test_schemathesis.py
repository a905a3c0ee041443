"""Schemathesis, a third-party property-based API tester, finds no disagreement between
openapi.yaml and the sandbox.

Its command line runs as a user would run it: every operation, all its default checks, every
phase (examples, coverage, fuzzing, stateful), positive and negative data, against a real
HTTPS sandbox. Under CI the seed is fixed and generation deterministic, so every run sends the
same requests; elsewhere the seed is random, so that local runs keep looking further.

Two kinds of report are true false positives and are set aside, each by its exact signature
(everything else fails the test):

- **A rule across fields that no schema can state.** ``addDomain``'s bounce and tracking hosts
  must share the sender domain's organizational domain (rest-domains.md): a generated body
  can satisfy the schema and break this, and the sandbox rightly answers 400.
- **A form body that is valid on the wire.** In form data a list of one (``tags=a``) and a
  single value are the same bytes, so "send ``tags`` as a string" is a valid one-tag list once
  encoded. Set aside only when the bytes Schemathesis sent, read as the spec's form encoding
  reads them, are a valid body under an independent validator (jsonschema-rs).
"""

from __future__ import annotations

import os
import random
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs
import pytest

from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.forms import derived
from tests.support.spec import SPEC, SPEC_PATH

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
CI_SEED = 20261207
MAX_EXAMPLES = 25


@dataclass(frozen=True)
class Failure:
    operation: str
    check: str
    text: str

    @property
    def answer(self) -> str:
        """The answer's body as the report quotes it."""
        found = re.search(r"^\[\d{3}\][^\n]*:\n\n\s+`(.*)`$", self.text, re.MULTILINE)
        return found.group(1) if found else ""

    @property
    def form_body(self) -> str | None:
        """The form-encoded body of the reproducing curl command, if it sent one."""
        for line in self.text.splitlines():
            if line.strip().startswith("curl ") and "x-www-form-urlencoded" in line:
                words = shlex.split(line.strip())
                return words[words.index("-d") + 1] if "-d" in words else ""
        return None


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with running_sandbox(mail_dir=tmp_path_factory.mktemp("mail")) as running:
        yield running


def _run(sandbox: RunningSandbox, workdir: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    config = workdir / "schemathesis.toml"
    config.write_text('[auth.openapi.accessToken]\napi_key = "${SMTPETER_TOKEN}"\n', "utf-8")
    report = workdir / "junit.xml"
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    seed = CI_SEED if ci else random.randrange(2**31)
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(config),
        "run",
        str(SPEC_PATH),
        "--url",
        sandbox.base_url,
        "--tls-verify",
        str(sandbox.ca_file),
        "--seed",
        str(seed),
        "--max-examples",
        str(MAX_EXAMPLES),
        "--no-color",
        "--report",
        "junit",
        "--report-junit-path",
        str(report),
    ]
    # Deterministic generation uses no example database; a local run uses none either.
    command += ["--generation-deterministic"] if ci else ["--generation-database", "none"]
    env = {**os.environ, "SMTPETER_TOKEN": sandbox.token, "NO_COLOR": "1"}
    done = subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    return done, report


def _failures(report: Path) -> list[Failure]:
    found = []
    for case in ET.parse(report).getroot().iter("testcase"):
        for failure in case.iter("failure"):
            text = failure.text or ""
            for check in sorted(set(re.findall(r"^- (ST\d+) ", text, re.MULTILINE))):
                found.append(Failure(case.get("name", ""), check, text))
    return found


def _form_schema(operation: str) -> dict[str, Any]:
    method, path = operation.split(" ", 1)
    document = derived(SPEC)
    content = document["paths"][path][method.lower()]["requestBody"]["content"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": content["application/x-www-form-urlencoded"]["schema"]["$ref"],
        "components": document["components"],
    }


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _takes_list(schema: dict[str, Any], node: dict[str, Any]) -> bool:
    node = _resolve(schema, node)
    if "then" in node and "else" in node:  # a union by JSON type
        return _takes_list(schema, node["then"]) or _takes_list(schema, node["else"])
    return node.get("type") == "array"


def _form_data(schema: dict[str, Any], body: str) -> dict[str, Any]:
    """A form body as the spec's form encoding reads it (style form, explode true): a repeated
    key, or a single value of a property that takes a list, is a list; booleans are typed."""
    properties = _resolve(schema, schema).get("properties", {})
    data: dict[str, Any] = {}
    for key, value in parse_qsl(body, keep_blank_values=True):
        prop = properties.get(key, {})
        if key in data or _takes_list(schema, prop):
            existing = data.get(key, [])
            data[key] = [*(existing if isinstance(existing, list) else [existing]), value]
        elif _resolve(schema, prop).get("type") == "boolean" and value in ("true", "false"):
            data[key] = value == "true"
        else:
            data[key] = value
    return data


def _false_positive(failure: Failure) -> bool:
    if (
        failure.operation == "POST /domain/{domain}"
        and failure.check == "ST202"
        and re.fullmatch(
            r"(bounces|tracking): \S+ does not share the organizational domain of \S+",
            failure.answer,
        )
    ):
        return True
    body = failure.form_body
    if failure.check == "ST201" and body is not None:
        schema = _form_schema(failure.operation)
        return bool(jsonschema_rs.validator_for(schema).is_valid(_form_data(schema, body)))
    return False


def test_schemathesis_finds_no_disagreement(sandbox: RunningSandbox, tmp_path: Path) -> None:
    done, report = _run(sandbox, tmp_path)
    assert report.exists(), done.stdout[-3000:] + done.stderr[-3000:]
    failures = _failures(report)
    real = [f for f in failures if not _false_positive(f)]
    assert not real, "\n\n".join(f"{f.operation} {f.check}\n{f.text}" for f in real)[:20000]
    assert "Tested: " in done.stdout and "Selected: " in done.stdout
    tested = re.search(r"Tested: (\d+)", done.stdout)
    assert tested and int(tested.group(1)) >= len(SPEC["paths"])


def test_the_false_positive_filters_are_narrow() -> None:
    organizational = "bounces: b.example.com does not share the organizational domain of x.org"
    other_400 = "bounces: must match pattern"
    text = "- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n    `{}`\n"
    assert _false_positive(Failure("POST /domain/{domain}", "ST202", text.format(organizational)))
    assert not _false_positive(Failure("POST /domain/{domain}", "ST202", text.format(other_400)))
    assert not _false_positive(Failure("POST /send", "ST202", text.format(organizational)))
    form = (
        "- ST201 Schema-violating request accepted\n\n"
        "    curl -X POST -H 'Content-Type: application/x-www-form-urlencoded' -d '{}' "
        "'https://127.0.0.1/v1/send'\n"
    )
    one_tag = "recipient=a%40example.com&text=Hi&tags=AAA"
    bad_tag = "recipient=a%40example.com&text=Hi&tags=A%20B"
    unknown = "recipient=a%40example.com&text=Hi&bogus=1"
    assert _false_positive(Failure("POST /send", "ST201", form.format(one_tag)))
    assert not _false_positive(Failure("POST /send", "ST201", form.format(bad_tag)))
    assert not _false_positive(Failure("POST /send", "ST201", form.format(unknown)))
