"""The sandbox's web inbox in a real headless Chromium, against a real sandbox over HTTPS,
with mail sent through the real SDK (see conftest.py)."""

from __future__ import annotations

import re
import struct
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, Request, expect

import smtpeter
from smtpeter.sandbox import RunningSandbox
from tests.browser.conftest import inbox_url, open_inbox, sdk, send
from tests.support.https_server import Reply, ScriptedHTTPSServer

DEADLINE = 30.0


def test_the_list_shows_a_mail_sent_through_the_sdk(page: Page, sandbox: RunningSandbox) -> None:
    message_id = send(
        sandbox, recipient="john@example.com", subject="Your order has shipped", tags=["orders"]
    )
    open_inbox(page, sandbox)
    line = page.locator(f'#message-list tr[data-id="{message_id}"]')
    expect(line.locator(".recipient")).to_have_text("john@example.com")
    expect(line.locator(".subject")).to_have_text("Your order has shipped")
    expect(line.locator(".tag")).to_have_text(["orders"])
    expect(page.locator("#count")).to_have_text("1 of 1 (keeps the newest 10000)")


def test_search_finds_a_mail_by_subject_tag_recipient_or_id_and_hides_the_others(
    page: Page, sandbox: RunningSandbox
) -> None:
    alpha = send(sandbox, recipient="alice@example.com", subject="Invoice 17", tags=["billing"])
    beta = send(sandbox, recipient="bob@example.com", subject="Welcome", tags=["signup"])
    open_inbox(page, sandbox)
    rows = page.locator("#message-list tr")
    expect(rows).to_have_count(2)
    for query in ["invoice", "billing", "alice@", alpha[:10]]:
        page.fill("#search", query)
        expect(rows).to_have_count(1)
        expect(page.locator(f'#message-list tr[data-id="{alpha}"]')).to_be_visible()
    page.fill("#search", "welcome")
    expect(page.locator(f'#message-list tr[data-id="{beta}"]')).to_be_visible()
    expect(rows).to_have_count(1)
    page.fill("#search", "no such thing")
    expect(rows).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_html_view_renders_the_mail_laid_out_as_its_html_says(
    page: Page, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    html = (
        '<h1 id="title">Your order</h1>'
        '<table id="items"><tr><td id="name">Widget</td><td id="price">2 x 5 EUR</td></tr></table>'
        '<p id="foot">Thank you</p>'
    )
    message_id = send(sandbox, subject="Order 42", html=html, text="Your order: Widget")
    open_inbox(page, sandbox, f"#/message/{message_id}")
    expect(page.locator("#msg-subject")).to_have_text("Order 42")
    frame = page.frame_locator("#html-frame")
    expect(frame.locator("#title")).to_have_text("Your order")
    boxes = {}
    for name in ["title", "items", "name", "price", "foot"]:
        box = frame.locator(f"#{name}").bounding_box()
        assert box is not None and box["width"] > 0 and box["height"] > 0, name
        boxes[name] = box
    # The structure: heading above the table above the footer; the two cells side by side.
    assert boxes["title"]["y"] + boxes["title"]["height"] <= boxes["items"]["y"]
    assert boxes["items"]["y"] + boxes["items"]["height"] <= boxes["foot"]["y"]
    assert boxes["name"]["x"] + boxes["name"]["width"] <= boxes["price"]["x"]
    assert boxes["name"]["y"] == boxes["price"]["y"]
    shot = page.locator("#html-frame").screenshot(path=str(tmp_path / "message.png"))
    frame_box = page.locator("#html-frame").bounding_box()
    assert frame_box is not None
    width, height = _png_size(shot)  # the frame's box, to the pixel (boxes are fractional)
    assert abs(width - frame_box["width"]) <= 1 and abs(height - frame_box["height"]) <= 1
    # The other tabs show the text and the headers.
    page.click('.tabs button[data-tab="text"]')
    expect(page.locator("#tab-text")).to_have_text("Your order: Widget")
    page.click('.tabs button[data-tab="headers"]')
    expect(page.locator("#headers-body")).to_contain_text("Order 42")
    page.click('.tabs button[data-tab="raw"]')
    expect(page.locator("#tab-raw")).to_contain_text("Subject: Order 42")


def test_a_script_in_the_mail_html_does_not_run(page: Page, sandbox: RunningSandbox) -> None:
    html = (
        '<p id="target">untouched</p><p id="handler">untouched</p>'
        "<script>document.getElementById('target').textContent = 'script ran';"
        "parent.document.title = 'pwned';</script>"
        '<img src="data:image/png;base64,AAAA" '
        "onerror=\"document.getElementById('handler').textContent = 'handler ran'\">"
    )
    message_id = send(sandbox, subject="Scripted", html=html)
    open_inbox(page, sandbox, f"#/message/{message_id}")
    frame = page.frame_locator("#html-frame")
    expect(frame.locator("#target")).to_have_text("untouched")
    # Once the broken image has failed (its error event fired, or would have), neither the
    # script nor the handler changed anything; not with remote content loaded either.
    expect(frame.locator("img")).to_have_js_property("complete", True)
    expect(frame.locator("#handler")).to_have_text("untouched")
    page.click("#load-remote")
    expect(page.locator("#remote-state")).to_have_text("Remote content is loaded.")
    expect(frame.locator("img")).to_have_js_property("complete", True)
    expect(frame.locator("#target")).to_have_text("untouched")
    expect(frame.locator("#handler")).to_have_text("untouched")
    assert page.title() == "SMTPeter sandbox inbox"


def test_a_remote_image_loads_only_after_the_user_asks(page: Page, sandbox: RunningSandbox) -> None:
    with ScriptedHTTPSServer(default=Reply(status=404)) as remote:
        html = f'<p id="first">Hi</p><img id="pixel" src="{remote.origin}/pixel.png?mail=1">'
        message_id = send(sandbox, subject="With a remote image", html=html)
        open_inbox(page, sandbox, f"#/message/{message_id}")
        frame = page.frame_locator("#html-frame")
        expect(frame.locator("#first")).to_have_text("Hi")
        expect(frame.locator("#pixel")).to_have_js_property("complete", True)  # settled: blocked
        expect(page.locator("#remote-state")).to_have_text(
            "Remote content (images, CSS) is blocked."
        )
        assert remote.requests == []
        page.click("#load-remote")
        deadline = time.monotonic() + DEADLINE
        while not remote.requests and time.monotonic() < deadline:
            page.wait_for_timeout(50)  # polling the server, with a deadline
        assert [(r.method, r.path) for r in remote.requests] == [("GET", "/pixel.png")]


def test_an_attachment_downloads_byte_for_byte(page: Page, sandbox: RunningSandbox) -> None:
    content = bytes(range(256)) * 40 + b"\r\n\x00end"
    message_id = send(
        sandbox,
        subject="With a file",
        attachments=[smtpeter.Attachment(name="report 1.bin", content=content)],
    )
    open_inbox(page, sandbox, f"#/message/{message_id}")
    page.click('.tabs button[data-tab="attachments"]')
    with page.expect_download() as download:
        page.click("#attachment-list button")
    assert download.value.suggested_filename == "report 1.bin"
    assert Path(download.value.path()).read_bytes() == content


def test_a_new_mail_appears_without_reloading(page: Page, sandbox: RunningSandbox) -> None:
    send(sandbox, subject="First")
    open_inbox(page, sandbox)
    expect(page.locator("#message-list tr")).to_have_count(1)
    page.evaluate("window.__sameDocument = 'yes'")
    second = send(sandbox, subject="Second, live")
    expect(page.locator(f'#message-list tr[data-id="{second}"] .subject')).to_have_text(
        "Second, live"
    )
    expect(page.locator("#message-list tr").first).to_have_attribute("data-id", second)
    assert page.evaluate("window.__sameDocument") == "yes"  # no reload happened


def test_delete_one_then_all(page: Page, sandbox: RunningSandbox) -> None:
    first = send(sandbox, subject="Keep me")
    second = send(sandbox, subject="Delete me")
    open_inbox(page, sandbox)
    page.click(f'#message-list tr[data-id="{second}"]')
    expect(page.locator("#msg-subject")).to_have_text("Delete me")
    page.click("#delete-message")
    expect(page.locator("#list-view")).to_be_visible()
    expect(page.locator("#message-list tr")).to_have_count(1)
    expect(page.locator("#message-list tr").first).to_have_attribute("data-id", first)
    assert sandbox.store.get(second) is None
    assert sandbox.store.get(first) is not None
    page.click("#delete-all")
    expect(page.locator("#empty")).to_be_visible()
    expect(page.locator("#message-list tr")).to_have_count(0)
    assert sandbox.store.messages() == []


def test_a_subject_with_markup_is_shown_as_text(page: Page, sandbox: RunningSandbox) -> None:
    subject = "<img src=x onerror=\"document.title='pwned'\"> & <b>bold</b>"
    message_id = send(sandbox, subject=subject, tags=["<i>tag</i>"])
    open_inbox(page, sandbox)
    line = page.locator(f'#message-list tr[data-id="{message_id}"]')
    expect(line.locator(".subject")).to_have_text(subject)
    expect(line.locator(".tag")).to_have_text(["<i>tag</i>"])
    assert page.locator("#message-list img, #message-list b, #message-list i").count() == 0
    line.click()
    expect(page.locator("#msg-subject")).to_have_text(subject)
    assert page.locator("#message-view img, #message-view b").count() == 0
    assert page.title() == "SMTPeter sandbox inbox"


def test_the_inbox_asks_for_the_token_refuses_a_wrong_one_and_never_puts_it_in_a_url(
    page: Page, sandbox: RunningSandbox
) -> None:
    message_id = send(sandbox, subject="Behind the token")
    requests: list[Request] = []
    page.on("request", lambda request: requests.append(request))
    page.goto(inbox_url(sandbox))
    expect(page.locator("#token-view")).to_be_visible()
    expect(page.locator("#list-view")).to_be_hidden()
    expect(page.locator("#access-note")).to_contain_text("needs the sandbox's token")
    expect(page.locator("#access-note")).to_contain_text("loopback clients only")
    page.fill("#token-input", "not-the-token")
    page.click("#token-submit")
    expect(page.locator("#token-error")).to_have_text("invalid token")
    expect(page.locator("#token-view")).to_be_visible()
    expect(page.locator("#message-list tr")).to_have_count(0)
    page.fill("#token-input", sandbox.token)
    page.click("#token-submit")
    expect(page.locator(f'#message-list tr[data-id="{message_id}"]')).to_be_visible()
    assert requests
    assert all(sandbox.token not in request.url for request in requests)
    assert sandbox.token not in page.url
    listed = [r for r in requests if r.url.endswith("/_sandbox/messages")]
    assert {r.headers.get("authorization") for r in listed} == {
        "Bearer not-the-token",
        f"Bearer {sandbox.token}",
    }


def test_a_fault_set_in_the_panel_reaches_the_sdk_as_its_typed_error_and_is_logged(
    page: Page, sandbox: RunningSandbox
) -> None:
    open_inbox(page, sandbox, "#/faults")
    expect(page.locator("#faults-panel")).to_be_visible()
    expect(page.locator("#fault-log")).to_have_text("No fault applied yet.")
    form = page.locator("#fault-form")
    form.locator('input[name="operation"]').fill("send")
    form.locator('input[name="nth"]').fill("1")
    form.locator('select[name="action"]').select_option("status")
    form.locator('input[name="status"]').fill("503")
    page.click("#fault-add")
    rule = page.locator("#fault-rules tr")
    expect(rule).to_have_count(1)
    expect(rule.locator("td")).to_have_text(
        ["rule-1", "send", "call 1", "status", "status 503, applied 0 of 0 calls"]
    )
    assert [r.as_json()["status"] for r in sandbox.faults.rules] == [503]
    with sdk(sandbox) as client, pytest.raises(smtpeter.InternalServerError) as caught:
        client.send(recipient="ann@example.com", text="Hi")
    assert caught.value.status_code == 503
    assert caught.value.may_have_been_sent is False
    # The panel refreshes itself: the rule's counts and the log entry appear.
    expect(rule.locator("td").last).to_have_text("status 503, applied 1 of 1 calls")
    expect(page.locator("#fault-log li")).to_have_count(1)
    expect(page.locator("#fault-log li")).to_have_text(
        re.compile(r"^\d{4}-\d\d-\d\dT[\d:.]+\+00:00 rule-1: send call 1 -> status$")
    )
    assert sandbox.store.messages() == []  # refused before it was processed


def test_a_fault_set_through_the_api_is_shown_and_a_bad_rule_from_the_panel_refused(
    page: Page, sandbox: RunningSandbox
) -> None:
    sandbox.faults.add(operation="send", nth=1, action="status", status=429, retry_after=7)
    open_inbox(page, sandbox, "#/faults")
    expect(page.locator("#fault-rules tr td")).to_have_text(
        ["rule-1", "send", "call 1", "status", "status 429, retry_after 7, applied 0 of 0 calls"]
    )
    with sdk(sandbox) as client, pytest.raises(smtpeter.RateLimitError) as caught:
        client.send(recipient="ann@example.com", text="Hi")
    assert caught.value.status_code == 429
    expect(page.locator("#fault-log li")).to_have_text([re.compile(r"rule-1: send call 1")])
    # A rule the sandbox refuses: the panel shows why, naming the field; nothing changes.
    form = page.locator("#fault-form")
    form.locator('input[name="operation"]').fill("noSuchOperation")
    page.click("#fault-add")
    expect(page.locator("#fault-error")).to_contain_text("operation: must be an operation id")
    assert [r.id for r in sandbox.faults.rules] == ["rule-1"]


def test_a_message_view_shows_its_events_and_the_webhook_calls_made_for_it(
    page: Page, sandbox: RunningSandbox, webhook_endpoint: ScriptedHTTPSServer
) -> None:
    message_id = send(sandbox, subject="Hooked")
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline and not any(
        r.message_id == message_id and r.status is not None for r in sandbox.app.webhooks.results
    ):
        time.sleep(0.05)  # polling for the background call, with a deadline
    open_inbox(page, sandbox, f"#/message/{message_id}")
    page.click('.tabs button[data-tab="events"]')
    events = page.locator("#event-list li")
    expect(events.first).to_contain_text(f"attempt at {time.strftime('%Y')}")
    expect(events.filter(has_text=f'"id":"{message_id}"')).to_have_count(events.count())
    expect(events.filter(has_text=re.compile(r"^delivery at "))).to_have_count(1)
    page.click('.tabs button[data-tab="webhooks"]')
    calls = page.locator("#message-webhook-list li")
    expect(calls).to_have_count(1)
    expect(calls).to_contain_text(
        f"delivery for {message_id} to {webhook_endpoint.origin}/hooks: answered 204"
    )
    page.click("#nav-webhooks")
    expect(page.locator("#webhook-key")).to_contain_text("Signing key id: ")
    expect(page.locator("#webhook-calls li").filter(has_text=message_id)).to_have_count(1)
