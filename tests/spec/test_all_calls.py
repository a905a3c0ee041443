"""Every row of SMTPeter's table of all REST calls is an operation of openapi.yaml, and every
operation of openapi.yaml is documented by SMTPeter or says why it is there.

The table (tests/spec/payloads/all-rest-calls.md, copied from the docs) names each method by
its HTTP method and the first segment of its address; the variants a method has (per format,
per date, ...) are listed on its own page, so a row is covered when openapi.yaml has an
operation with that HTTP method under that first segment.

The other direction asks nothing of the table: an operation that is no row of it carries, in
openapi.yaml, either ``x-smtpeter-docs: <page>`` (the page of SMTPeter's docs that documents
it, written as the table links pages: ``rest-templates`` for ``./rest-templates``) or
``x-smtpeter-undocumented: <why the spec has it>``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
TABLE_PATH = Path(__file__).resolve().parent / "payloads" / "all-rest-calls.md"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

_ROW = re.compile(
    r"^\|\s*(?P<method>GET|POST|PUT|DELETE|PATCH)\s*\|\s*\[?www\.smtpeter\.com/v1/"
    r"(?P<segment>[a-z]+)"
)


def table_rows() -> list[tuple[str, str]]:
    """(HTTP method, first address segment) of every row of the table, in order."""
    rows = []
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match:
            rows.append((match["method"].lower(), match["segment"]))
        else:
            assert not line.startswith("| GET") and not line.startswith("| POST"), line
    return rows


def spec_operations() -> set[tuple[str, str]]:
    """(HTTP method, first path segment) of every operation in openapi.yaml."""
    return {
        (method, path.strip("/").split("/")[0])
        for path, item in SPEC["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }


ROWS = table_rows()


def test_table_is_parsed_whole() -> None:
    table_lines = [
        line
        for line in TABLE_PATH.read_text(encoding="utf-8").splitlines()
        if line.startswith("|") and "www.smtpeter.com" in line
    ]
    assert len(ROWS) == len(table_lines)
    assert ("get", "logfiles") in ROWS
    assert ("delete", "template") in ROWS


@pytest.mark.parametrize(("method", "segment"), ROWS, ids=[f"{m} {s}" for m, s in ROWS])
def test_row_is_an_operation(method: str, segment: str) -> None:
    assert (method, segment) in spec_operations(), (
        f"SMTPeter documents {method.upper()} /v1/{segment}..., and openapi.yaml has no such "
        "operation"
    )


DOCS = "x-smtpeter-docs"
UNDOCUMENTED = "x-smtpeter-undocumented"
_PAGE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _documentation_problem(method: str, path: str, operation: dict[str, Any]) -> str | None:
    """What is wrong with how ``operation`` says where SMTPeter documents it; None if nothing."""
    where = f"{operation['operationId']} ({method.upper()} {path})"
    page, reason = operation.get(DOCS), operation.get(UNDOCUMENTED)
    if page is not None and reason is not None:
        return f"{where}: has both {DOCS} and {UNDOCUMENTED}; keep the one that is true"
    if page is not None:
        if isinstance(page, str) and _PAGE.fullmatch(page):
            return None
        return (
            f"{where}: {DOCS} names a page of SMTPeter's docs as the table links it "
            f"(rest-templates for ./rest-templates), not {page!r}"
        )
    if reason is not None:
        if isinstance(reason, str) and reason.strip():
            return None
        return f"{where}: {UNDOCUMENTED} says why the spec has it, in words, not {reason!r}"
    if (method, path.strip("/").split("/")[0]) in ROWS:
        return None
    return (
        f"{where} is not a method of SMTPeter's table of REST calls ({TABLE_PATH.name}). "
        f"In openapi.yaml, give the operation `{DOCS}: <page>` naming the page of SMTPeter's "
        f"docs that documents it (e.g. rest-templates), or, if SMTPeter documents it nowhere, "
        f"`{UNDOCUMENTED}: <why the spec has it>`"
    )


def spec_operation_objects() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, item[method])
        for path, item in SPEC["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def test_every_operation_is_documented_by_smtpeter_or_says_why_not() -> None:
    problems = [_documentation_problem(*operation) for operation in spec_operation_objects()]
    assert [problem for problem in problems if problem] == []


@pytest.mark.parametrize(
    ("operation", "problem"),
    [
        ({"operationId": "getEcho"}, "give the operation `x-smtpeter-docs: <page>`"),
        ({"operationId": "getEcho", DOCS: "rest-other-calls"}, None),
        ({"operationId": "getEcho", DOCS: "./rest-other-calls"}, "not './rest-other-calls'"),
        ({"operationId": "getEcho", UNDOCUMENTED: "A diagnostic of our own."}, None),
        ({"operationId": "getEcho", UNDOCUMENTED: True}, "in words, not True"),
        ({"operationId": "getEcho", DOCS: "rest-api", UNDOCUMENTED: "?"}, "has both"),
    ],
)
def test_a_new_operation_needs_only_an_extension_in_the_spec(
    operation: dict[str, Any], problem: str | None
) -> None:
    found = _documentation_problem("get", "/echo/{word}", operation)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found, found
    assert _documentation_problem("get", "/text/{message_id}", {"operationId": "getText"}) is None
