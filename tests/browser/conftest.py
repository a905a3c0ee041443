"""Fixtures for the browser tests: the sandbox's web inbox in a real headless Chromium.

Playwright's Python package drives Debian's ``chromium`` (``/usr/bin/chromium``, installed by
``make system-deps`` when missing): no browser is downloaded. One browser per module, one
fresh context (own session storage, so no token yet) per test. The sandbox runs over HTTPS
on loopback with a test CA the browser is told to accept (``ignore_https_errors``); its
webhooks go to a loopback HTTPS endpoint that answers 204.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from playwright.sync_api import Browser, Page, expect, sync_playwright

import smtpeter
from smtpeter.sandbox import RunningSandbox, running_sandbox
from tests.support.https_server import Reply, ScriptedHTTPSServer

CHROMIUM = Path("/usr/bin/chromium")
TOKEN = "browser-test-token-4f9c2a"  # made up for these tests
TIMEOUT_MS = 20_000  # what an expect waits at most: generous for a busy 2-core machine

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "make system-deps installs Debian's chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def webhook_endpoint() -> Iterator[ScriptedHTTPSServer]:
    with ScriptedHTTPSServer(trustme.CA(), default=Reply(status=204)) as server:
        yield server


@pytest.fixture(scope="module")
def module_sandbox(
    webhook_endpoint: ScriptedHTTPSServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RunningSandbox]:
    folder = tmp_path_factory.mktemp("browser")
    ca_file = webhook_endpoint.write_ca_pem(folder / "endpoint-ca.pem")
    with running_sandbox(
        token=TOKEN,
        mail_dir=folder / "mail",
        webhooks=[f"{webhook_endpoint.origin}/hooks"],
        webhook_ca_file=ca_file,
    ) as sandbox:
        yield sandbox


@pytest.fixture
def sandbox(module_sandbox: RunningSandbox) -> Iterator[RunningSandbox]:
    """The module's sandbox with an empty archive and no fault rule."""
    module_sandbox.store.clear()
    module_sandbox.faults.clear()
    yield module_sandbox
    module_sandbox.faults.clear()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page in a fresh context; a script error on it fails the test."""
    context = browser.new_context(ignore_https_errors=True, accept_downloads=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []


def inbox_url(sandbox: RunningSandbox) -> str:
    return sandbox.base_url.removesuffix("/v1") + "/inbox/"


def open_inbox(page: Page, sandbox: RunningSandbox, hash_: str = "") -> None:
    """Open the inbox and give it the token, as a user does; wait for the list."""
    page.goto(inbox_url(sandbox) + hash_)
    expect(page.locator("#token-view")).to_be_visible()
    page.fill("#token-input", sandbox.token)
    page.click("#token-submit")
    expect(page.locator("#token-view")).to_be_hidden()


def sdk(sandbox: RunningSandbox, **options: Any) -> smtpeter.SMTPeter:
    """The real SDK, pointed at the sandbox and trusting its CA (no retries unless asked)."""
    options.setdefault("max_retries", 0)
    return smtpeter.SMTPeter(
        sandbox.token,
        base_url=sandbox.base_url,
        http_client=httpx.Client(verify=sandbox.ssl_context()),
        **options,
    )


def send(sandbox: RunningSandbox, **fields: Any) -> str:
    """Send one mail through the SDK; its message id."""
    fields.setdefault("recipient", "ann@example.com")
    fields.setdefault("from_", "shop@example.com")
    fields.setdefault("text", "Hello")
    with sdk(sandbox) as client:
        result = client.send(**fields)
    (message_id,) = result.message_ids
    return message_id
