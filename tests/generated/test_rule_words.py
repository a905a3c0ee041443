"""Every pattern the validator checks is told in words too: a refusal reads "must match
pattern ^...$ (what it means)", and "every name must match ^...$ (what a name is)", the words
from the schema's description in openapi.yaml (a parameter's, for a parameter's schema)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import smtpeter_client
from smtpeter_client._schema_document import DEFINITIONS
from smtpeter_client._schema_runtime import fragment
from smtpeter_client.validation import RequestInvalid, validate_body, validate_parameters

SCHEMAS = Path(smtpeter_client.__file__).parent / "_schemas"


def _refusals(rule: str) -> list[tuple[str, dict[str, Any]]]:
    """Each refusal of ``rule`` the compiled code can raise: its module and its schema."""
    found = []
    for path in sorted(SCHEMAS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == (
                "JsonSchemaValueException"
            ):
                keywords = {k.arg: k.value for k in node.keywords}
                if "rule" in keywords and ast.literal_eval(keywords["rule"]) == rule:
                    pointer = ast.literal_eval(keywords["definition"])
                    found.append((path.stem, fragment(pointer, DEFINITIONS)))
    return found


def test_every_pattern_has_words() -> None:
    refusals = _refusals("pattern")
    assert len(refusals) > 10
    assert [(m, d["pattern"]) for m, d in refusals if not d.get("description")] == []


def test_every_name_pattern_has_words() -> None:
    refusals = _refusals("propertyNames")
    assert refusals
    names = [(m, d["propertyNames"]) for m, d in refusals]
    assert [(m, n) for m, n in names if not n.get("description")] == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: validate_body(
                "SendRequest", {"recipient": "a@x.y", "text": "x", "data": {"1st": 1}}
            ),
            "data: every name must match ^[A-Za-z][A-Za-z0-9_-]*$ (A name of letters, digits, "
            "`-` and `_`, starting with a letter)",
        ),
        (
            lambda: validate_body(
                "SendRequest",
                {"recipient": "a@x.y", "text": "x", "unsubscribe": {"url": "ftp://x"}},
            ),
            "unsubscribe.url: must match pattern ^https?://\\S+$ (The unsubscribe page, an http "
            "or https URL with no white space)",
        ),
        (
            lambda: validate_parameters(
                "getEventsByTags", {"tags": "a b", "start": "2024-01-01", "end": "2024-01-02"}
            ),
            "tags: must match pattern ^[^\\s;]+(;[^\\s;]+)*$ (One tag, or several separated by "
            "semicolons)",
        ),
    ],
)
def test_a_refusal_gives_the_words(call: Any, message: str) -> None:
    with pytest.raises(RequestInvalid) as caught:
        call()
    assert str(caught.value) == message
