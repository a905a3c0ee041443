"""The sandbox's parts on their own: personalization, MIME building, read-back, the archive."""

from __future__ import annotations

import base64
import email
import email.policy
import json
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtpeter.sandbox import _parts, create_app
from smtpeter.sandbox._json import MAX_JSON_DEPTH, JsonRefused, read_json
from smtpeter.sandbox._mime import build_message, template_id
from smtpeter.sandbox._personalize import personal_data, render
from smtpeter.sandbox._store import MessageStore, StoredMessage, event_window
from smtpeter.sandbox._validate import RequestRejected, operations, validate
from tests.support.properties import examples

NOW = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def build(request: dict[str, Any], recipient: str = "john@example.com") -> EmailMessage:
    raw = build_message(request, personal_data(request, recipient), "abc123", NOW)
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF
    return email.message_from_bytes(raw.replace(b"\r\n", b"\n"), policy=email.policy.default)


# --- personalization ---------------------------------------------------------------------


def test_render_replaces_simple_nested_and_indexed_variables() -> None:
    data = {"name": "Ann", "kids": ["Bo", "Cy"], "home": {"city": "Delft"}, "n": 3}
    text = "{$name} ({$n}) of {$home.city}: {$kids[1]}, {$home[0]}"
    assert render(text, data) == "Ann (3) of Delft: Cy, Delft"


def test_render_prints_unknown_variables_as_nothing_and_keeps_other_braces() -> None:
    data = {"yes": True, "no": False, "none": None, "list": [1, "a"]}
    assert render("[{$missing}][{$kids[9]}][{$yes}][{$no}][{$none}]", data) == "[][][1][][]"
    assert render("{$list}", data) == '[1, "a"]'
    assert render("{ldelim}$name{rdelim} {if $x}{/if} {$9bad}", {"name": "x"}) == (
        "{$name} {if $x}{/if} {$9bad}"
    )


def test_render_is_case_sensitive() -> None:
    assert render("{$Name}/{$name}", {"name": "low"}) == "/low"


@given(st.text().filter(lambda s: "{" not in s))
def test_render_leaves_text_without_placeholders_alone(text: str) -> None:
    assert render(text, {"a": 1}) == text


@given(st.text())
def test_a_value_is_inserted_verbatim_and_not_rendered_again(value: str) -> None:
    assert render("<{$v}>", {"v": value}) == f"<{value}>"


def test_personal_data_overlays_recipient_data_and_always_has_recipient_and_envelope() -> None:
    request = {
        "data": {"greeting": "Hi", "name": "everyone"},
        "recipients": {"a@example.com": {"name": "Ann"}, "b@example.com": {}},
        "envelope": "bounce@example.com",
    }
    assert personal_data(request, "a@example.com") == {
        "greeting": "Hi",
        "name": "Ann",
        "recipient": "a@example.com",
        "envelope": "bounce@example.com",
    }
    assert personal_data(request, "b@example.com")["name"] == "everyone"
    assert personal_data({}, "c@example.com") == {"recipient": "c@example.com", "envelope": ""}


# --- building ----------------------------------------------------------------------------


def test_headers_and_alternatives() -> None:
    msg = build(
        {
            "from": "Shop <shop@example.com>",
            "to": ["A <a@example.com>", "b@example.com, c@example.com"],
            "cc": "d@example.com",
            "replyto": ["help@example.com"],
            "subject": "Grüße, {$recipient}",
            "text": "plain",
            "html": "<b>rich</b>",
        }
    )
    assert msg["From"] == "Shop <shop@example.com>"
    assert msg["To"] == "A <a@example.com>, b@example.com, c@example.com"
    assert msg["Cc"] == "d@example.com"
    assert msg["Reply-To"] == "help@example.com"
    assert msg["Subject"] == "Grüße, john@example.com"
    assert msg["Message-ID"] == "<abc123@sandbox.smtpeter.invalid>"
    assert msg["Date"].datetime == NOW
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert all("MIME-Version" not in part for part in msg.iter_parts())


def test_html_only_and_text_only_bodies() -> None:
    assert build({"html": "<p>x</p>"}).get_content_type() == "text/html"
    text_only = build({"text": "x"})
    assert text_only.get_content_type() == "text/plain"
    assert text_only.get_content() == "x\n"


def test_attachments_with_and_without_type_and_url_attachments() -> None:
    msg = build(
        {
            "text": "see attached",
            "attachments": [
                {"data": base64.b64encode(b"%PDF").decode(), "name": "a.pdf"},
                {"data": base64.b64encode(b"\x00\x01").decode()},
                {"data": "aGk=", "name": "notes", "type": "text/markdown"},
                {"url": "https://example.com/big.zip"},
            ],
        }
    )
    assert msg.get_content_type() == "multipart/mixed"
    parts = _parts.attachments(msg)
    assert [(p.rank, p.name, p.type, p.content) for p in parts] == [
        (0, "a.pdf", "application/pdf", b"%PDF"),
        (1, "attachment-1", "application/octet-stream", b"\x00\x01"),
        (2, "notes", "text/markdown", b"hi"),
    ]
    assert msg["X-Sandbox-Url-Attachment"] == "https://example.com/big.zip"
    assert _parts.body_text(msg, "plain") == "see attached\n"


@pytest.mark.parametrize(
    ("unsubscribe", "header", "post"),
    [
        ({"email": "u@example.com"}, "<mailto:u@example.com>", None),
        ({"url": "https://e.com/u"}, "<https://e.com/u>", None),
        (
            {"url": "https://e.com/u", "oneclick": True},
            "<https://e.com/u>",
            "List-Unsubscribe=One-Click",
        ),
        ({"email": "u@example.com", "oneclick": True}, "<mailto:u@example.com>", None),
    ],
)
def test_unsubscribe_headers(unsubscribe: dict[str, Any], header: str, post: str | None) -> None:
    msg = build({"text": "x", "unsubscribe": unsubscribe})
    assert msg["List-Unsubscribe"] == header
    assert msg["List-Unsubscribe-Post"] == post


def test_extra_headers_are_added_and_personalized() -> None:
    msg = build({"text": "x", "extra": {"x-user": "{$recipient}", "X-Batch": "7"}})
    assert msg["X-User"] == "john@example.com"
    assert msg["X-Batch"] == "7"


def test_mime_is_kept_byte_for_byte() -> None:
    mime = "Subject: {$name}\nX-Odd:  spacing \n\nbody without CRLF"
    raw = build_message({"mime": mime, "data": {"name": "x"}}, {}, "id", NOW)
    assert raw == mime.encode()


def test_template_sends_note_the_template_and_take_a_patched_subject() -> None:
    msg = build(
        {"template": 12, "patch": [{"op": "replace", "path": "/subject", "value": "Patched"}]}
    )
    assert msg["X-Sandbox-Template"] == "12"
    assert msg["Subject"] == "Patched"
    assert "template 12" in msg.get_content()
    assert build({"template": {"html": "..."}})["X-Sandbox-Template"] == "inline"
    assert template_id({"template": 12}) == 12
    assert template_id({"template": "34"}) == 34
    assert template_id({"template": "welcome"}) == 0
    assert template_id({}) == 0


# --- reading back ------------------------------------------------------------------------


def related_message() -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = "with image"
    msg.set_content("text")
    msg.add_alternative('<img src="cid:logo">', subtype="html")
    html = msg.get_body(preferencelist=("html",))
    assert isinstance(html, EmailMessage)
    html.add_related(b"PNG", "image", "png", cid="<logo>", filename="logo.png")
    msg.add_attachment(b"doc", "application", "pdf", filename="doc.pdf")
    return msg


def test_embeds_and_attachments_are_told_apart() -> None:
    msg = related_message()
    logo = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    assert logo.get_content_disposition() == "attachment"  # still an embed: it is related
    embeds, attachments = _parts.embeds(msg), _parts.attachments(msg)
    assert [e.listing() for e in embeds] == [
        {"rank": 0, "name": "logo.png", "type": "image/png", "cid": "logo"}
    ]
    assert [a.listing() for a in attachments] == [
        {"rank": 0, "name": "doc.pdf", "type": "application/pdf"}
    ]
    assert _parts.body_text(msg, "html") == '<img src="cid:logo">\n'


def test_find_part_by_name_then_by_rank() -> None:
    parts = _parts.attachments(build({"text": "x", "attachments": [
        {"data": "YQ==", "name": "1"},
        {"data": "Yg==", "name": "b.txt"},
    ]}))  # fmt: skip
    assert _parts.find_part(parts, "b.txt") is parts[1]
    assert _parts.find_part(parts, "1") is parts[0]  # a name wins over a rank
    assert _parts.find_part(parts, "0") is parts[0]
    assert _parts.find_part(parts, "2") is None
    assert _parts.find_part(parts, "nope") is None


def test_header_section_stops_at_the_empty_line() -> None:
    assert _parts.header_section(b"A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore") == "A: 1\r\nB: 2\r\n"
    assert _parts.header_section(b"A: 1\n\nbody") == "A: 1\n"


# --- the archive -------------------------------------------------------------------------


def stored(
    message_id: str, recipient: str, tags: tuple[str, ...] = (), **request: Any
) -> StoredMessage:
    return StoredMessage(
        message_id=message_id,
        recipient=recipient,
        envelope="",
        raw=b"Subject: hi\r\n\r\nbody\r\n",
        request=request,
        data={},
        received=NOW,
        tags=tags,
    )


def test_store_writes_eml_files_and_logs_attempt_and_delivery(tmp_path: Path) -> None:
    store = MessageStore(tmp_path / "mail")
    store.add(stored("m1", "Ann@Example.com", ("a", "b"), trackopens=False, inlinecss=True))
    assert (tmp_path / "mail" / "m1.eml").read_bytes() == b"Subject: hi\r\n\r\nbody\r\n"
    assert list((tmp_path / "mail").iterdir()) == [tmp_path / "mail" / "m1.eml"]
    events = store.events(message_id="m1")
    assert [e["event"] for e in events] == ["attempt", "delivery"]
    assert events[0]["data"] == {
        "id": "m1",
        "time": "2026-03-04 05:06:07",
        "envelope": "",
        "recipient": "Ann@Example.com",
        "properties": "inlinecss;trackbounces;trackclicks",
        "tags": "a;b",
        "templateid": 0,
    }
    assert store.events(email_address="ann@example.com") == events
    assert store.events(tags=["a"]) == events
    assert store.events(tags=["a", "c"]) == []
    assert store.events(template_id=5) == []
    assert store.get("m1") is not None
    assert store.get("m1").subject == "hi"  # type: ignore[union-attr]
    store.clear()
    assert store.messages() == []


@pytest.mark.parametrize(
    ("start", "end", "window"),
    [
        (None, None, None),
        (date(2026, 1, 31), None, (date(2026, 1, 31), date(2026, 2, 28))),
        (date(2024, 1, 31), None, (date(2024, 1, 31), date(2024, 2, 29))),
        (None, date(2026, 3, 31), (date(2026, 2, 28), date(2026, 3, 31))),
        (date(2026, 1, 10), date(2026, 1, 20), (date(2026, 1, 10), date(2026, 1, 20))),
        (date(2026, 1, 10), date(2026, 6, 1), (date(2026, 1, 10), date(2026, 2, 10))),
        (date(2025, 12, 15), None, (date(2025, 12, 15), date(2026, 1, 15))),
    ],
)
def test_event_window_follows_the_docs(
    start: date | None, end: date | None, window: tuple[date, date] | None
) -> None:
    assert event_window(start, end) == window


# --- validation against the document -----------------------------------------------------


def send_operation() -> Any:
    return next(op for op in operations() if op.operation_id == "send")


def test_operations_come_from_the_document() -> None:
    routes = {(op.method, op.route) for op in operations()}
    assert ("post", "/v1/send") in routes
    assert ("get", "/v1/attachments/{message_id}/{part}") in routes
    assert ("get", "/v1/events/tags/{tags}") in routes


FORM = "application/x-www-form-urlencoded"


def test_validate_unmarshals_form_lists_and_booleans() -> None:
    call = validate(
        send_operation(),
        path={},
        query=[("access_token", "t")],
        body=b"recipients=a%40example.com&recipients=b%40example.com&text=x&inlinecss=true",
        content_type="application/x-www-form-urlencoded",
    )
    assert call.body == {
        "recipients": ["a@example.com", "b@example.com"],
        "text": "x",
        "inlinecss": True,
    }


@pytest.mark.parametrize(
    ("body", "content_type", "explanation"),
    [
        (b'{"recipient": 5, "text": "x"}', "application/json", "recipient: must be string"),
        (b'{"recipient": "a@b.example", "text": "x", "to": 5}', "application/json", "to: must be"),
        (
            b'{"recipient": "a@b.example", "text": "x", "attachments": [{"data": "!"}]}',
            "application/json",
            "attachments[0].data: must match pattern",
        ),
        (
            b"subject=a&subject=b",
            "application/x-www-form-urlencoded",
            "subject: given more than once",
        ),
        (b"", "application/json", "body"),
        (b'{"text": "x"}', "application/json", "recipient, recipients: exactly one"),
        (
            b'{"recipient": "a@example.com", "recipients": ["b@example.com"], "html": "x"}',
            "application/json",
            "recipient, recipients: exactly one of these is required",
        ),
        (
            b"recipient=a%40example.com",
            "application/x-www-form-urlencoded",
            "mime, template, text, html: at least one",
        ),
        (b"recipient=a%40example.com&text=x&bogus=1", FORM, "bogus: is not a known property"),
        (b"recipient=a%40example.com&text=x&inlinecss=yes", FORM, "inlinecss: must be boolean"),
    ],
)
def test_validate_explains_what_is_wrong(body: bytes, content_type: str, explanation: str) -> None:
    with pytest.raises(RequestRejected) as caught:
        validate(send_operation(), path={}, query=[("access_token", "t")], body=body,
                 content_type=content_type)  # fmt: skip
    assert caught.value.status == 400
    assert explanation in caught.value.explanation


@pytest.mark.parametrize("address", ["a@example.com\n", "a@example.com\r\n", "\na@example.com"])
def test_anchored_patterns_refuse_a_trailing_or_leading_newline(address: str) -> None:
    body = json.dumps({"recipient": address, "text": "x"}).encode()
    with pytest.raises(RequestRejected) as caught:
        validate(send_operation(), path={}, query=[], body=body, content_type="application/json")
    assert caught.value.status == 400
    assert "recipient" in caught.value.explanation


def test_every_operation_of_the_spec_is_simulated() -> None:
    app = create_app()
    assert {op.operation_id for op in operations()} == set(app.operation_ids)


# --- reading a JSON body -----------------------------------------------------------------

# Strings full of what a depth count could trip on: brackets, quotes, backslashes, non-ASCII.
_TRICKY_TEXT = st.text(alphabet=st.sampled_from('[]{}"\\ aé€\U0001f600\n'), max_size=12)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | _TRICKY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY_TEXT, inner, max_size=3),
    max_leaves=12,
)


def _depth(value: Any) -> int:
    """The nesting depth of a JSON value, by walking it (a scalar has depth 0)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


@given(
    inner=_JSON_VALUES,
    # Most often near the limit, where an off-by-one would show.
    levels=st.integers(MAX_JSON_DEPTH - 6, MAX_JSON_DEPTH + 3) | st.integers(0, 600),
    kinds=st.lists(st.sampled_from(["list", "dict"]), min_size=1, max_size=4),
    ascii_only=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-32-le"]),
)
@settings(max_examples=examples(300))
def test_the_depth_limit_counts_exactly_the_brackets_outside_strings(
    inner: Any, levels: int, kinds: list[str], ascii_only: bool, encoding: str
) -> None:
    value = inner
    for level in range(levels):
        value = [value] if kinds[level % len(kinds)] == "list" else {'"[{\\': value}
    body = json.dumps(value, ensure_ascii=ascii_only).encode(encoding)
    if _depth(value) > MAX_JSON_DEPTH:
        with pytest.raises(JsonRefused, match=f"nested deeper than {MAX_JSON_DEPTH} levels"):
            read_json(body)
    else:
        assert read_json(body) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3.0", 3),
        ("-0.0", 0),
        ("1e2", 100),
        ("2.5E1", 25),
        ("1.5", 1.5),
        ("1e-1", 0.1),
        ("1e400", float("inf")),  # not integral: left to the validator, as before
    ],
)
def test_integral_numbers_are_read_as_integers(text: str, expected: float) -> None:
    read = read_json(f'{{"n": {text}}}'.encode())["n"]
    assert read == expected
    assert isinstance(read, int) == isinstance(expected, int)


def test_a_duplicate_key_is_refused_at_any_depth_but_not_across_objects() -> None:
    assert read_json(b'{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}]}') == {
        "a": {"a": 1},
        "b": [{"a": 2}, {"a": 3}],
    }
    with pytest.raises(JsonRefused, match='the key "a" appears twice in one object'):
        read_json(b'{"b": [{"c": 1}, {"a": 2, "a": 2}]}')
    # Keys are compared after unescaping: "\u0061" is "a".
    with pytest.raises(JsonRefused, match='the key "a" appears twice'):
        read_json(b'{"a": 1, "\\u0061": 2}')


def test_a_validated_body_reaches_the_handlers_with_integral_numbers_as_int() -> None:
    body = b'{"recipient": "a@example.com", "text": "x", "template": 3.0}'
    call = validate(send_operation(), path={}, query=[], body=body, content_type="application/json")
    assert call.body["template"] == 3
    assert type(call.body["template"]) is int
    assert template_id(call.body) == 3
