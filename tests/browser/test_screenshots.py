"""``make screenshots`` (tools/screenshots.py) makes the README's three pictures of the inbox."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("inbox-list.png", "inbox-message.png", "inbox-faults.png")


def test_the_script_writes_the_pictures_the_readme_shows(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "screenshots.py"), str(tmp_path)],
        capture_output=True, text=True, timeout=180, check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(tmp_path / name) for name in NAMES]
    readme = (ROOT / "README.md").read_text()
    for name in NAMES:
        data = (tmp_path / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (1100, 760)  # the script's window
        assert (ROOT / "docs" / "screenshots" / name).exists()  # committed
        assert f"](docs/screenshots/{name})" in readme
