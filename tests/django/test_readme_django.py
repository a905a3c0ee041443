"""A Django project configured as the README says sends through the HTTPS sandbox."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from smtpeter.sandbox import RunningSandbox

README = Path(__file__).resolve().parents[2] / "README.md"


def django_blocks() -> list[str]:
    blocks = re.findall(r"^```python\n(.*?)^```", README.read_text(), re.DOTALL | re.MULTILINE)
    # The Django email backend's own examples (the webhook section has Django examples too).
    return [code for code in blocks if "django" in code and "smtpeter.webhooks" not in code]


def test_the_readme_project_sends_through_the_sandbox(
    https_sandbox: RunningSandbox, tmp_path: Path
) -> None:
    settings, usage = django_blocks()
    (tmp_path / "readme_settings.py").write_text(settings)
    (tmp_path / "send.py").write_text("import django\n\ndjango.setup()\n\n" + usage)
    https_sandbox.store.clear()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "readme_settings",
        "PYTHONPATH": str(tmp_path),
        "SMTPETER_TOKEN": https_sandbox.token,
        "SMTPETER_BASE_URL": https_sandbox.base_url,
        "SSL_CERT_FILE": str(https_sandbox.ca_file),
    }
    result = subprocess.run(
        [sys.executable, str(tmp_path / "send.py")],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    delivered = {stored.recipient: stored for stored in https_sandbox.store.messages()}
    assert set(delivered) == {"john@example.com", "jane@example.com", "books@example.com"}
    assert delivered["john@example.com"].message["From"] == "Shop <shop@example.com>"
    assert delivered["john@example.com"].tags == ("my-shop",)
    invoice = delivered["jane@example.com"]
    assert invoice.tags == ("my-shop", "invoices")
    assert invoice.request["trackopens"] is False and invoice.request["trackclicks"] is False
    assert [a.get_filename() for a in invoice.message.iter_attachments()] == ["invoice.txt"]
    assert delivered["books@example.com"].message["Bcc"] is None
    printed = result.stdout.strip()
    assert "jane@example.com" in printed and "books@example.com" in printed
    https_sandbox.store.clear()
