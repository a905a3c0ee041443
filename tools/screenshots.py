"""``make screenshots``: the screenshots of the sandbox's web inbox shown in the README.

Starts a sandbox on loopback, sends a few sample mails through :class:`smtpeter.SMTPeter`,
sets a fault rule and lets it hit once, then photographs the inbox in Debian's headless
Chromium (driven by Playwright, no browser download) at a fixed window size:

- ``inbox-list.png``: the list of messages;
- ``inbox-message.png``: one message's view, its HTML rendered in the sandboxed frame;
- ``inbox-faults.png``: the faults panel with its rule and log.

Usage: ``python tools/screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import httpx
from playwright.sync_api import expect, sync_playwright

import smtpeter
from smtpeter.sandbox import running_sandbox

CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1100, "height": 760}
ORDER_HTML = """\
<div style="font-family: Georgia, serif; max-width: 560px; margin: 16px auto; color: #222">
  <h1 style="color: #1d3557">Your order has shipped</h1>
  <p>Hi {$name}, your parcel is on its way. It should arrive on Thursday.</p>
  <table style="width: 100%; border-collapse: collapse">
    <tr style="background: #eef4fb"><th align="left">Item</th><th align="right">Price</th></tr>
    <tr><td>Blue mug</td><td align="right">12.50 EUR</td></tr>
    <tr><td>Tea, 250 g</td><td align="right">8.90 EUR</td></tr>
  </table>
  <p style="color: #5b6773; font-size: 12px">Demo Shop, 1 Example Street</p>
</div>
"""


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with running_sandbox() as sandbox:
        client = smtpeter.SMTPeter(
            sandbox.token,
            base_url=sandbox.base_url,
            http_client=httpx.Client(verify=sandbox.ssl_context()),
            max_retries=0,
        )
        with client:
            client.send(
                recipient="alice@example.com",
                from_="Demo Shop <shop@example.com>",
                subject="Welcome to Demo Shop",
                text="Welcome!",
                tags=["signup"],
            )
            client.send(
                recipient="bob@example.com",
                from_="Demo Shop <shop@example.com>",
                subject="Your invoice 2026-0117",
                text="Your invoice is attached.",
                attachments=[smtpeter.Attachment(name="invoice.txt", content=b"Total: 21.40 EUR")],
                tags=["billing"],
            )
            result = client.send(
                recipient="john@example.com",
                from_="Demo Shop <shop@example.com>",
                subject="Hello {$name}, your order has shipped",
                text="Hi {$name}, your parcel is on its way.",
                html=ORDER_HTML,
                data={"name": "John"},
                tags=["orders", "demo"],
            )
            (message_id,) = result.message_ids
            sandbox.faults.add(operation="send", every=3, action="status", status=503)
            for _ in range(3):
                with contextlib.suppress(smtpeter.InternalServerError):
                    client.send(
                        recipient="ann@example.com",
                        subject="Retry me",
                        text="One of three is refused.",
                    )
        origin = sandbox.base_url.removesuffix("/v1")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
            page = browser.new_page(ignore_https_errors=True, viewport=VIEWPORT)
            page.goto(f"{origin}/inbox/")
            page.fill("#token-input", sandbox.token)
            page.click("#token-submit")
            expect(page.locator("#message-list tr")).to_have_count(5)
            page.screenshot(path=str(out_dir / "inbox-list.png"))
            page.click(f'#message-list tr[data-id="{message_id}"]')
            expect(page.frame_locator("#html-frame").locator("h1")).to_be_visible()
            page.screenshot(path=str(out_dir / "inbox-message.png"))
            page.click("#nav-faults")
            expect(page.locator("#fault-log li")).to_have_count(1)
            page.screenshot(path=str(out_dir / "inbox-faults.png"))
            browser.close()
    for name in ("inbox-list.png", "inbox-message.png", "inbox-faults.png"):
        print(out_dir / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
