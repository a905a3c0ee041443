"""Every row of SMTPeter's table of all REST calls is an operation of openapi.yaml.

The table (tests/spec/payloads/all-rest-calls.md, copied from the docs) names each method by
its HTTP method and the first segment of its address; the variants a method has (per format,
per date, ...) are listed on its own page, so a row is covered when openapi.yaml has an
operation with that HTTP method under that first segment.
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
    assert (method, segment) in spec_operations()


def test_every_operation_belongs_to_a_documented_method() -> None:
    # The other direction: nothing in openapi.yaml is made up beyond the documented families
    # (PUT /template is the one operation documented on its page but missing from the table).
    documented = {segment for _, segment in ROWS}
    extra = {(m, s) for m, s in spec_operations() if s not in documented}
    assert extra == set()
    assert ("put", "template") in spec_operations() - set(ROWS)
