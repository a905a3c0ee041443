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
- **A path parameter that was not schema-valid when it arrived.** "Schema-valid request
  rejected" while the value the server read breaks the parameter's schema (checked by
  jsonschema-rs), so the refusal is right. Two ways Schemathesis gets there: a generated value
  holding a literal ``%1E`` (valid where ``%`` is, as in an address's local part) goes out as
  ``%1E``, since its HTTP library keeps what looks like an escape, and the server reads U+001E;
  and in the stateful phase a value taken from another answer through a link (a domain name
  fed to an ``address``) is sent as positive data (schemathesis issue 2983).
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
from urllib.parse import parse_qsl, unquote, urlsplit

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
    def url(self) -> str | None:
        """The URL of the reproducing curl command (of a stateful sequence, the last one's)."""
        words = self._last_curl
        return words[-1] if words else None

    @property
    def method(self) -> str | None:
        """The method of the (last) reproducing curl command."""
        words = self._last_curl
        return words[words.index("-X") + 1] if words and "-X" in words else None

    @property
    def _last_curl(self) -> list[str]:
        lines = [line.strip() for line in self.text.splitlines()]
        curls = [shlex.split(line) for line in lines if line.startswith("curl ")]
        return curls[-1] if curls else []

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


def _template(method: str, url: str) -> str | None:
    """The spec's path that a request of ``method`` to ``url`` is routed to, if one."""
    segments = urlsplit(url).path.strip("/").split("/")[1:]  # without the base path, /v1
    for template, item in SPEC["paths"].items():
        names = template.strip("/").split("/")
        if (
            method.lower() in item
            and len(names) == len(segments)
            and all(n.startswith("{") or n == s for n, s in zip(names, segments, strict=True))
        ):
            return str(template)
    return None


def _invalid_path_parameter(failure: Failure) -> bool:
    found = re.fullmatch(r"parameter (\w+): .*", failure.answer)
    url = failure.url
    if failure.check != "ST202" or not found or url is None:
        return False
    template = _template(failure.method or "", url)
    if template is None:
        return False
    method = failure.method or ""
    names = template.strip("/").split("/")
    segments = urlsplit(url).path.strip("/").split("/")[-len(names) :]
    if f"{{{found.group(1)}}}" not in names:
        return False
    segment = segments[names.index(f"{{{found.group(1)}}}")]
    operation = SPEC["paths"][template][method.lower()]
    parameters = [*SPEC["paths"][template].get("parameters", []), *operation.get("parameters", [])]
    for parameter in parameters:
        parameter = (
            SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
            if ("$ref" in parameter)
            else parameter
        )
        if parameter["name"] == found.group(1) and parameter["in"] == "path":
            schema = {**parameter["schema"], "components": SPEC["components"]}
            valid = jsonschema_rs.validator_for(schema).is_valid
            return not valid(unquote(segment))
    return False


def _false_positive(failure: Failure) -> bool:
    if _invalid_path_parameter(failure):
        return True
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
    path = (
        "- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n"
        "    `parameter address: must match pattern ^...$`\n\n"
        "    curl -X DELETE 'https://127.0.0.1:1/v1/domain/0.0/{}?access_token=%5BFiltered%5D'\n"
    )
    operation = "DELETE /domain/{domain}/{address}"
    assert _false_positive(Failure(operation, "ST202", path.format("ds%1E%25%400.com")))
    assert _false_positive(Failure(operation, "ST202", path.format("0iUV0.zWX.N")))
    # A valid address as the server reads it: its refusal would be a real disagreement.
    assert not _false_positive(Failure(operation, "ST202", path.format("ds%400.com")))
    assert not _false_positive(Failure(operation, "ST202", path.format("ds%25%400.com")))
    assert not _false_positive(Failure(operation, "ST201", path.format("ds%1E%25%400.com")))
    stateful = (
        "1. Test Case ID: aSFvW0\n\n- ST202 Schema-valid request rejected\n\n[400] Bad Request:\n\n"
        "    `parameter address: must match pattern ^...$`\n\n    Reproduce with:\n\n"
        "        curl -X POST -H 'Content-Type: application/json' -d '{{}}' "
        "'https://127.0.0.1:1/v1/domain/PL.Oq?access_token=%5BFiltered%5D'\n"
        "        curl -X DELETE 'https://127.0.0.1:1/v1/domain/PL.Oq/{}?access_token=x'\n"
    )
    assert _false_positive(Failure("Stateful tests", "ST202", stateful.format("PL.Oq")))
    assert not _false_positive(Failure("Stateful tests", "ST202", stateful.format("a%40b.nl")))
