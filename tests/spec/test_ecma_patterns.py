"""Every pattern of openapi.yaml means in the SDK's validator what it means to JSON Schema.

JSON Schema patterns are ECMA-262 regular expressions. Each pattern of the spec is run by
Node.js (a real ECMA-262 engine, ``u`` flag) and by the generated validator's compiled pattern
over the same strings: valid samples with the characters on which Python's and ECMA-262's
readings differ put in, at the start, the middle and the end, or in place of a character.
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from smtpeter_client import _compiled_schemas
from tests.support.spec import SPEC

# The generator's own code (tools/ is not a package): what make generate compiles with.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
python_pattern: Callable[[str], str] = importlib.import_module("ecma_patterns").python_pattern
escape_class_dollars: Callable[[str], str] = importlib.import_module(
    "generate_surface"
).escape_class_dollars

# Where Python's and ECMA-262's \s, \d, \w, '.', '$' differ, and a few plain ones.
_SPECIAL = (
    "\n",
    "\r",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x1f",
    "\x85",
    "\xa0",
    "\u1680",
    "\u2028",
    "\u2029",
    "\u3000",
    "\ufeff",
    "\x00",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: a digit to Python's \d only
    "\xe9",  # a letter to Python's \w only
    "\U0001f600",
    " ",
    "@",
    "a",
    "0",
    "=",
    "/",
    ":",
    "-",
    ".",
)
_BASES = (
    "",
    "abc",
    "a",
    "1",
    "x-a",
    "example.com",
    "john@example.com",
    "https://example.com/a",
    "2026-11-01",
    "2026-11-01 12:30:00",
    "QUJD",
    "QUI=",
    "10.0.0.0/8",
    "2001:db8::1",
    "a;b",
    "/a/b",
    "SUCCESS,DELAY",
    "text/html",
    "X-Mailer",
    "attempts.2026-11-01.log",
    "rsa-sha256=abc",
)


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for item in node:
            yield from _patterns(item)


PATTERNS = sorted(set(_patterns(SPEC)))


def _strings(pattern: str) -> list[str]:
    regex = re.compile(python_pattern(pattern))
    bases = [base for base in _BASES if regex.search(base)] or list(_BASES)
    found = set()
    for base in bases:
        middle = len(base) // 2
        for char in _SPECIAL:
            found.add(char + base)
            found.add(base[:middle] + char + base[middle:])
            found.add(base + char)
            if base:
                found.add(base[:middle] + char + base[middle + 1 :])
        found.add(base)
        found.add(base + base)
    return sorted(found)


@pytest.fixture(scope="module")
def ecma() -> Any:
    node = shutil.which("node")
    assert node, "Node.js is needed: the ECMA-262 engine the patterns are checked against"

    def run(cases: list[tuple[str, list[str]]]) -> list[list[bool]]:
        script = (
            "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
            "process.stdout.write(JSON.stringify(cases.map(([p, ss]) =>"
            " { const r = new RegExp(p, 'u'); return ss.map(s => r.test(s)); })));"
        )
        done = subprocess.run(
            [node, "-e", script],
            input=json.dumps(cases),
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        answer: list[list[bool]] = json.loads(done.stdout)
        return answer

    return run


def _python_reading(pattern: str) -> str:
    """The pattern as Python's re reads it, with fastjsonschema's '$' -> '\\Z' only."""
    return re.sub(r"(?<!\\)\$", r"\\Z", escape_class_dollars(pattern))


def test_the_spec_has_patterns_that_differ_between_the_two_readings() -> None:
    # The comparison below is only worth something if Python's own reading differs somewhere.
    differs = [
        p
        for p in PATTERNS
        if any(
            bool(re.search(_python_reading(p), s)) != bool(re.search(python_pattern(p), s))
            for s in _strings(p)
        )
    ]
    assert differs


def test_every_pattern_matches_what_ecma_262_matches(ecma: Any) -> None:
    cases = [(pattern, _strings(pattern)) for pattern in PATTERNS]
    answers = ecma(cases)
    disagreements = []
    checked = 0
    for (pattern, strings), expected in zip(cases, answers, strict=True):
        # A pattern of an answer only is not in the validator, which checks requests.
        compiled = _compiled_schemas.REGEX_PATTERNS.get(escape_class_dollars(pattern))
        if compiled is None:
            compiled = re.compile(python_pattern(pattern))
        else:
            checked += 1
        for string, ecma_matches in zip(strings, expected, strict=True):
            if bool(compiled.search(string)) != ecma_matches:
                disagreements.append((pattern, string, ecma_matches))
    assert not disagreements, disagreements[:20]
    assert checked > len(PATTERNS) // 2


@pytest.mark.parametrize(
    ("pattern", "refused"),
    [
        (r"[\S]", "a negated class escape inside a class"),
        (r"(?<=a)b", "a lookbehind"),
        (r"\p{L}", "a property escape"),
        ("[a", "a class that is not closed"),
    ],
)
def test_what_cannot_be_carried_over_is_refused(pattern: str, refused: str) -> None:
    with pytest.raises(ValueError, match="pattern"):
        python_pattern(pattern)
