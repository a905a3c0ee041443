"""Reading what a command prints, as the tests of `smtpeter` commands need it."""

from __future__ import annotations

import os
import subprocess


def read_terminal(controller: int) -> bytes:
    """Everything written to a pseudo-terminal, read from its controlling side until the
    other side is closed; closes ``controller``."""
    shown = b""
    try:
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:  # the terminal side is closed: everything was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    return shown


def banner(process: subprocess.Popen[str]) -> list[str]:
    """The lines `smtpeter sandbox` prints before it serves, up to its "Stop with" line."""
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("Stop with"):
        line = process.stdout.readline()
        assert line, f"the sandbox exited early: {lines}"
        lines.append(line.rstrip("\n"))
    return lines
