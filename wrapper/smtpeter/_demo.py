"""``make demo``: two mails through a local HTTPS sandbox, end to end, in a few seconds.

Starts the sandbox on a free loopback port with a fresh test CA, sends one JSON and one form
mail through :class:`smtpeter.SMTPeter`, reads the text of one back with ``GET /text/{id}``,
shows where its ``.eml`` file lies, and ends by printing the address of the sandbox's web
inbox, where the mails can be seen: run from a terminal, the sandbox keeps serving it until
Enter (or Ctrl-C); otherwise it stops at once.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import ssl
import sys
from pathlib import Path

import httpx

from ._client import SMTPeter


def main(mail_dir: Path = Path("demo-mail"), *, keep_serving: bool | None = None) -> int:
    """Run the demo; ``keep_serving`` (default: stdin is a terminal) waits for Enter before
    the sandbox stops, so that its inbox can be opened."""
    from .sandbox import running_sandbox
    from .sandbox._inbox import inbox_url

    if keep_serving is None:
        keep_serving = sys.stdin.isatty()
    mail_dir = mail_dir.resolve()
    with running_sandbox(mail_dir=mail_dir) as sandbox:
        print(f"sandbox: {sandbox.base_url} (CA {sandbox.ca_file})")
        trust = ssl.create_default_context(cafile=str(sandbox.ca_file))
        with SMTPeter(
            sandbox.token, base_url=sandbox.base_url, http_client=httpx.Client(verify=trust)
        ) as client:
            json_mail = client.send(
                recipient="john@example.com",
                from_="Demo Shop <shop@example.com>",
                to="John Doe <john@example.com>",
                subject="Hello {$name}, your order has shipped",
                text="Hi {$name},\n\nYour order is on its way.\n",
                html="<p>Hi {$name},</p><p>Your order is on its way.</p>",
                data={"name": "John"},
                tags=["demo"],
            )
            print(f"JSON mail sent: {json_mail.message_ids}")
            form_mail = client.send(
                encoding="form",
                recipients=["alice@example.com", "bob@example.com"],
                from_="shop@example.com",
                to=["alice@example.com", "bob@example.com"],
                subject="Form-encoded hello",
                text="Sent as application/x-www-form-urlencoded.",
            )
            print(f"form mail sent: {form_mail.message_ids}")

            message_id = next(iter(json_mail.message_ids))
            print(f"GET /text/{message_id}:")
            print("    " + client.messages.text(message_id).strip().replace("\n", "\n    "))

        eml = mail_dir / f"{message_id}.eml"
        parsed = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        print(f".eml file: {eml}")
        print(f"its subject: {parsed['Subject']}")
        if keep_serving:
            print(f"The inbox asks for the sandbox's token: {sandbox.token}")
            print("Press Enter (or Ctrl-C) to stop the sandbox.")
        else:
            print("The sandbox stops now (run make demo in a terminal to keep it serving).")
        print(f"Inbox: {inbox_url(sandbox.base_url)}", flush=True)
        if keep_serving:
            with contextlib.suppress(KeyboardInterrupt, EOFError):
                input()
    return 0


if __name__ == "__main__":
    sys.exit(main())
