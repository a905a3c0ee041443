"""Every command the README shows exists: each `make X` is a target of the Makefile, each
`smtpeter SUBCOMMAND ...` a real subcommand given only options it has, spelled out in full.

Commands are read from console blocks (the `$ ` lines, or every line of a block without
prompts) and from inline code that starts with `make ` or `smtpeter `. A command in a block is
also parsed whole by the CLI's own parser, as the shell would hand it over; inline code is often
a fragment (`smtpeter send --dry-run`), so only its subcommand and options are checked.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from smtpeter._cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
MAKEFILE = ROOT / "Makefile"

FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
SHELL_LANGUAGES = {"", "console", "shell", "sh", "bash"}
# Inline code, possibly wrapped over lines of one paragraph.
INLINE = re.compile(r"`([^`\n]+(?:\n[^`\n]+)*)`")
COMMAND = re.compile(r"(make|smtpeter)\s+\S")
OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
TARGET_LINE = re.compile(r"^([\w.-]+(?:[ \t]+[\w.-]+)*)[ \t]*:(?!=)", re.MULTILINE)


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    line: int
    whole: bool
    """From a console block, so a complete command line rather than inline code."""

    def __str__(self) -> str:
        return f"line {self.line}: {shlex.join(self.words)}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _block_lines(body: str) -> list[tuple[int, str]]:
    """(index, command line) of one block: its `$ ` lines if it has any, else every line;
    a line ending in a backslash goes on."""
    lines = body.splitlines()
    prompted = any(line.startswith("$ ") for line in lines)
    found: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        start, line = index, lines[index]
        index += 1
        if prompted and not line.startswith("$ "):
            continue
        line = line.removeprefix("$ ")
        while line.endswith("\\") and index < len(lines):
            line = line[:-1] + " " + lines[index]
            index += 1
        found.append((start, line))
    return found


def commands_in(text: str) -> list[Command]:
    """The `make` and `smtpeter` commands a Markdown text shows."""
    found: list[Command] = []
    for fence in FENCE.finditer(text):
        if fence.group(1) not in SHELL_LANGUAGES:
            continue
        first = _line_of(text, fence.start(2))
        for index, line in _block_lines(fence.group(2)):
            words = shlex.split(line, comments=True)
            if words and words[0] in {"make", "smtpeter"}:
                found.append(Command(tuple(words), first + index, whole=True))
    # Inline code outside the blocks (blanked out, so that line numbers stay right).
    prose = FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for span in INLINE.finditer(prose):
        code = " ".join(span.group(1).split())
        if COMMAND.match(code):
            words = shlex.split(code, comments=True)
            found.append(Command(tuple(words), _line_of(prose, span.start()), whole=False))
    return sorted(found, key=lambda c: c.line)


def make_targets(makefile: str) -> set[str]:
    targets = set()
    for match in TARGET_LINE.finditer(makefile):
        targets |= {name for name in match.group(1).split() if not name.startswith(".")}
    return targets


def _parse(args: list[str]) -> tuple[int, str, str]:
    """Run the CLI's parser on ``args``: exit status (0 when it parsed), stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            build_parser().parse_args(args)
            status = 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
    return status, out.getvalue(), err.getvalue()


@cache
def _options(*subcommand: str) -> frozenset[str] | None:
    """The option strings of ``smtpeter [SUBCOMMAND]``, from its help; None if no such
    subcommand."""
    status, help_text, _ = _parse([*subcommand, "--help"])
    return frozenset(OPTION.findall(help_text)) if status == 0 else None


def _smtpeter_problems(command: Command) -> list[str]:
    args = list(command.words[1:])
    subcommand: tuple[str, ...] = () if not args or args[0].startswith("-") else (args[0],)
    if subcommand == ("webhooks",) and len(args) > 1 and not args[1].startswith("-"):
        subcommand = ("webhooks", args[1])  # its actions: replay, check
    options = _options(*subcommand)
    if options is None:
        return [f"{command}: no subcommand {subcommand[0]!r}"]
    problems = [
        f"{command}: {' '.join(('smtpeter', *subcommand))} has no {word}"
        for word in (arg.split("=", 1)[0] for arg in args[len(subcommand) :])
        if word.startswith("-") and word != "-" and word not in options
    ]
    if command.whole and not problems:
        status, _, error = _parse(args)
        if status != 0:
            problems.append(f"{command}: refused by the parser: {error.strip()}")
    return problems


def problems_in(text: str, makefile: str) -> list[str]:
    """What is wrong with the commands of ``text``, one line each."""
    targets = make_targets(makefile)
    problems: list[str] = []
    for command in commands_in(text):
        if command.words[0] == "make":
            for word in command.words[1:]:
                if not word.startswith("-") and "=" not in word and word not in targets:
                    problems.append(f"{command}: no make target {word!r}")
        else:
            problems.extend(_smtpeter_problems(command))
    return problems


# The real README.


def test_every_command_of_the_readme_exists() -> None:
    assert problems_in(README.read_text(), MAKEFILE.read_text()) == []


def test_the_readme_s_commands_are_found() -> None:
    commands = commands_in(README.read_text())
    shown = {c.words[:2] for c in commands}
    makes = {("make", t) for t in ("demo", "test", "generate", "check", "bench", "dist")}
    assert makes <= shown
    subcommands = {("smtpeter", s) for s in ("send", "send-many", "sandbox")}
    assert subcommands <= shown
    # Inline ones too: `smtpeter sandbox --webhook URL` wraps over two lines of prose.
    assert any(
        c.words[:3] == ("smtpeter", "sandbox", "--webhook") and not c.whole for c in commands
    )


def test_the_makefile_s_targets_are_read() -> None:
    targets = make_targets(MAKEFILE.read_text())
    assert {"help", "venv", "generate", "check", "test", "demo", "bench", "dist"} <= targets
    assert not {"SHELL", "PYTHON", "VENV", "BIN", "PHONY", ".PHONY"} & targets


# The checker itself, on made-up text: each of these must be caught.

MAKEFILE_TEXT = "X := 1\n.PHONY: a b\na b: $(X)\n\techo\nc:\n\techo\n"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("```console\n$ make nonexistent\n```\n", "no make target 'nonexistent'"),
        ("```console\nmake a   # fine\nmake nonexistent\n```\n", "no make target 'nonexistent'"),
        ("Run `make nonexistent` first.\n", "no make target 'nonexistent'"),
        ("```console\n$ make a X=1 nonexistent\n```\n", "no make target 'nonexistent'"),
        ("```console\n$ smtpeter sendd -r a@example.com\n```\n", "no subcommand 'sendd'"),
        ("`smtpeter sendd`\n", "no subcommand 'sendd'"),
        ("```console\n$ smtpeter send -r a@example.com --nope\n```\n", "has no --nope"),
        ("```console\n$ smtpeter --nope\n```\n", "smtpeter has no --nope"),
        # argparse would take the abbreviation; the README must spell an option out.
        ("`smtpeter sandbox --mail ./outbox`\n", "smtpeter sandbox has no --mail"),
        ("`smtpeter send --reply-to=a@example.com --bcc=b@example.com`", "has no --bcc"),
        # An option of another subcommand.
        ("```console\n$ smtpeter sandbox --results out.jsonl\n```\n", "has no --results"),
        # A whole command line must parse: send needs a recipient.
        ("```console\n$ smtpeter send --text hi\n```\n", "refused by the parser"),
        ("```console\n$ smtpeter send -r a@example.com \\\n    --nope\n```\n", "has no --nope"),
    ],
)
def test_the_checker_catches(text: str, complaint: str) -> None:
    problems = problems_in(text, MAKEFILE_TEXT)
    assert len(problems) == 1, problems
    assert complaint in problems[0]


@pytest.mark.parametrize(
    "text",
    [
        "```console\n$ make a\n$ make b c\noutput of make nonexistent, not a command\n```\n",
        "Prose may say make nonexistent things; only code counts.\n",
        "```python\nmake nonexistent\n```\n",
        # Inline code may be a fragment of a command: a missing recipient is fine there.
        "`smtpeter send --dry-run` shows the request.\n",
        "`smtpeter`, `smtpeter.webhooks.verify(...)` and `smtpeter[sandbox]` are not commands.\n",
        "```console\n$ smtpeter send-many - --results=out.jsonl\n$ smtpeter --version\n```\n",
    ],
)
def test_the_checker_lets_pass(text: str) -> None:
    assert problems_in(text, MAKEFILE_TEXT) == []


def test_commands_carry_their_line() -> None:
    text = "# Title\n\n```console\n$ make a\n```\n\nThen `make c`.\n"
    assert [(c.words, c.line, c.whole) for c in commands_in(text)] == [
        (("make", "a"), 4, True),
        (("make", "c"), 7, False),
    ]
