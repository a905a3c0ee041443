"""Input that breaks a rule is refused with a ValidationError naming the field and the rule, and
nothing at all reaches the server."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import smtpeter
from tests.support.https_server import ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

JOHN = "john@example.com"
OK: dict[str, Any] = {"recipient": JOHN, "text": "Hi"}


class _NoOffset(dt.tzinfo):
    """A tzinfo that does not know its offset: the datetime is naive in effect."""

    def utcoffset(self, when: dt.datetime | None) -> None:
        return None

    def dst(self, when: dt.datetime | None) -> None:
        return None

    def tzname(self, when: dt.datetime | None) -> str:
        return "nowhere"


CRLF_INJECTION = "x@example.com\r\nBcc: victim@example.com"

# (keyword arguments, the field named, a piece of the rule)
CASES: list[tuple[dict[str, Any], str, str]] = [
    # delivery address: exactly one of recipient / recipients
    ({"text": "Hi"}, "recipient, recipients", "exactly one of these is required"),
    (
        {"recipient": JOHN, "recipients": ["a@example.com"], "text": "Hi"},
        "recipient, recipients",
        "exactly one of these is required",
    ),
    (
        {"recipient": None, "recipients": None, "text": "Hi"},
        "recipient, recipients",
        "exactly one of these is required",
    ),
    # content
    ({"recipient": JOHN}, "mime, template, text, html", "at least one of these is required"),
    (
        {"recipient": JOHN, "subject": "Only a subject", "from_": JOHN},
        "mime, template, text, html",
        "at least one of these is required",
    ),
    # malformed delivery addresses
    ({**OK, "recipient": "john"}, "recipient", "address"),
    ({**OK, "recipient": "John <john@example.com>"}, "recipient", "address"),
    ({**OK, "recipient": "john@"}, "recipient", "address"),
    ({**OK, "recipient": "@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "jo hn@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "a@b@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "john@example.com\n"}, "recipient", "address"),
    ({**OK, "recipient": CRLF_INJECTION}, "recipient", "address"),
    ({**OK, "recipient": "a@x.com, b@x.com"}, "recipient", "address"),
    ({"recipients": ["ok@example.com", "bad"], "text": "Hi"}, "recipients[1]", "address"),
    ({"recipients": ["a@example.com\r\nBcc: b@x.com"], "text": "Hi"}, "recipients[0]", "address"),
    ({"recipients": {"not-an-address": {}}, "text": "Hi"}, "recipients", "every name must match"),
    ({"recipients": [], "text": "Hi"}, "recipients", "must contain at least 1 items"),
    ({"recipients": "a@example.com", "text": "Hi"}, "recipients", "must be array or object"),
    ({**OK, "envelope": "Bounces <b@example.com>"}, "envelope", "address"),
    ({**OK, "envelope": CRLF_INJECTION}, "envelope", "address"),
    # a line break (CR, LF or any other that mail software reads as one) in a header
    ({**OK, "from_": "shop@example.com\r\nBcc: victim@example.com"}, "from", "no line break"),
    ({**OK, "from_": "shop@example.com\n"}, "from", "no line break"),
    ({**OK, "to": "John <john@example.com>\nBcc: v@example.com"}, "to", "no line break"),
    ({**OK, "to": ["ok@example.com", "x\r@example.com"]}, "to[1]", "no line break"),
    ({**OK, "cc": "cc@example.com\r"}, "cc", "no line break"),
    ({**OK, "cc": ["cc@example.com\n"]}, "cc[0]", "no line break"),
    ({**OK, "replyto": "r@example.com\r\nX-Evil: 1"}, "replyto", "no line break"),
    ({**OK, "subject": "Hello\r\nBcc: victim@example.com"}, "subject", "no line break"),
    ({**OK, "subject": "Hello\n"}, "subject", "no line break"),
    ({**OK, "subject": "Hello\u2028Bcc: v@example.com"}, "subject", "no line break"),
    ({**OK, "subject": "Hello\x85Bcc: v@example.com"}, "subject", "no line break"),
    ({**OK, "from_": "shop@example.com\x0bBcc: v@example.com"}, "from", "no line break"),
    ({**OK, "to": ["ok@example.com", "x\x1c@example.com"]}, "to[1]", "no line break"),
    ({**OK, "extra": {"X-Campaign": "a\u2029b"}}, "extra.X-Campaign", "no line break"),
    ({**OK, "recipient": "jo\x00hn@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "j\u00f6hn@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "a..b@example.com"}, "recipient", "address"),
    ({**OK, "recipient": "john@-example.com"}, "recipient", "address"),
    (
        {**OK, "extra": {"X-Campaign": "a\r\nBcc: v@example.com"}},
        "extra.X-Campaign",
        "no line break",
    ),
    ({**OK, "extra": {"X-Campaign\r\nBcc": "v@example.com"}}, "extra", "every name must match"),
    ({**OK, "extra": {"X-A\n": "b"}}, "extra", "every name must match"),
    (
        {**OK, "attachments": [smtpeter.Attachment(name="a\r\n.txt", content=b"x")]},
        "attachments[0].name",
        "no line break",
    ),
    (
        {**OK, "attachments": [{"url": "https://example.com/a", "name": "a\nb"}]},
        "attachments[0].name",
        "no line break",
    ),
    # extra header names start with x-
    ({**OK, "extra": {"Subject": "Hijacked"}}, "extra", "every name must match"),
    ({**OK, "extra": {"Bcc": "victim@example.com"}}, "extra", "every name must match"),
    ({**OK, "extra": {"x-": "empty name"}}, "extra", "every name must match"),
    ({**OK, "extra": {"X-Has Space": "v"}}, "extra", "every name must match"),
    ({**OK, "extra": {"X-Colon:": "v"}}, "extra", "every name must match"),
    # tags
    ({**OK, "tags": ["summer sale"]}, "tags[0]", "white space or semicolons"),
    ({**OK, "tags": ["ok", "a;b"]}, "tags[1]", "white space or semicolons"),
    ({**OK, "tags": ["tab\there"]}, "tags[0]", "white space or semicolons"),
    ({**OK, "tags": ["new\nline"]}, "tags[0]", "white space or semicolons"),
    ({**OK, "tags": [""]}, "tags[0]", "must be longer than or equal to 1 characters"),
    ({**OK, "tags": "summer"}, "tags", "must be array"),
    # personalization variable names, in data and in recipients-map data
    ({**OK, "data": {"1st": "x"}}, "data", "every name must match"),
    ({**OK, "data": {"first name": "x"}}, "data", "every name must match"),
    ({**OK, "data": {"na.me": "x"}}, "data", "every name must match"),
    ({**OK, "data": {"_x": "x"}}, "data", "every name must match"),
    ({**OK, "data": {"": "x"}}, "data", "every name must match"),
    ({**OK, "data": {"ok": 1, "{$x}": 2}}, "data", "every name must match"),
    (
        {"recipients": {JOHN: {"bad name": 1}}, "text": "Hi"},
        "recipients.john@example.com",
        "every name must match",
    ),
    (
        {"recipients": {JOHN: {"ok": 1}, "jane@example.com": {"9lives": 1}}, "text": "Hi"},
        "recipients.jane@example.com",
        "every name must match",
    ),
    (
        {"recipients": {JOHN: ["not", "a", "mapping"]}, "text": "Hi"},
        "recipients.john@example.com",
        "must be object",
    ),
    # dsn and images take known values only
    ({**OK, "dsn": {"notify": "SOMETIMES"}}, "dsn.notify", "FAILURE"),
    ({**OK, "dsn": {"notify": "FAILURE,NEVERMORE"}}, "dsn.notify", "FAILURE"),
    ({**OK, "dsn": {"notify": ["SUCCESS", "failure"]}}, "dsn.notify", "must be string"),
    ({**OK, "dsn": {"ret": "ALL"}}, "dsn.ret", "must be one of ['FULL', 'HDRS']"),
    ({**OK, "dsn": {"envid": "has space"}}, "dsn.envid", "must match pattern ^[!-~]+$"),
    ({**OK, "dsn": {"bogus": "x"}}, "dsn.bogus", "is not a known property"),
    ({**OK, "images": "inline"}, "images", "hosted"),
    ({**OK, "images": "HOSTED"}, "images", "hosted"),
    # other rules
    ({**OK, "trackclicks": "yes"}, "trackclicks", "must be boolean"),
    ({**OK, "trackopens": 1}, "trackopens", "must be boolean"),
    ({"recipient": JOHN, "template": 0}, "template", "must be bigger than or equal to 1"),
    (
        {"recipient": JOHN, "template": ""},
        "template",
        "must be longer than or equal to 1 characters",
    ),
    ({"recipient": JOHN, "template": True}, "template", "must be object, string or integer"),
    ({**OK, "patch": [{"op": "delete", "path": "/x"}]}, "patch[0].op", "replace"),
    (
        {**OK, "patch": [{"op": "add", "path": "subject", "value": 1}]},
        "patch[0].path",
        "must match pattern ^(/[^/]*)*$",
    ),
    (
        {**OK, "patch": [{"op": "add", "path": "/x", "extra": 1}]},
        "patch[0].value",
        "is required for op 'add'",
    ),
    ({**OK, "unsubscribe": {}}, "unsubscribe", "must contain at least 1 properties"),
    ({**OK, "unsubscribe": {"url": "ftp://example.com/u"}}, "unsubscribe.url", "http"),
    # A URL that goes into a header (List-Unsubscribe) or is fetched may not end in a line break
    ({**OK, "unsubscribe": {"url": "https://example.com/u\n"}}, "unsubscribe.url", ""),
    ({**OK, "attachments": [{"url": "https://example.com/a.pdf\n"}]}, "attachments[0].url", ""),
    ({**OK, "unsubscribe": {"email": "Bad <u@example.com>"}}, "unsubscribe.email", "address"),
    ({**OK, "unsubscribe": {"oneclick": "yes"}}, "unsubscribe.oneclick", "must be boolean"),
    ({**OK, "maxdelivertime": "2026-13-01 00:00:00"}, "maxdelivertime", "YYYY-MM-DD"),
    ({**OK, "maxdelivertime": "2026-12-31T23:59:59"}, "maxdelivertime", "YYYY-MM-DD"),
    ({**OK, "maxdelivertime": dt.datetime(2026, 1, 1)}, "maxdelivertime", "timezone"),
    (
        {**OK, "maxdelivertime": dt.datetime(2026, 1, 1, tzinfo=_NoOffset())},
        "maxdelivertime",
        "timezone",
    ),
    ({**OK, "attachments": "report.pdf"}, "attachments", "must be array"),
    (
        {**OK, "attachments": [{"data": "not base64!"}]},
        "attachments[0].data",
        "in base64",
    ),
    ({**OK, "attachments": [{"data": "="}]}, "attachments[0].data", "in base64"),
    ({**OK, "attachments": [{"data": "QUJ"}]}, "attachments[0].data", "in base64"),
    ({**OK, "attachments": [{"data": "QU=I"}]}, "attachments[0].data", "in base64"),
    (
        {**OK, "attachments": [{"url": "https://e.com/a", "data": "YQ=="}]},
        "attachments[0].data",
        "is not a known property",
    ),
    ({**OK, "attachments": [{"url": "javascript:alert(1)"}]}, "attachments[0].url", "http"),
    ({**OK, "attachments": [b"raw bytes"]}, "attachments[0]", "must be object"),
    (
        {**OK, "attachments": [smtpeter.Attachment(name="x", content=b"", type="not a type")]},
        "attachments[0].type",
        "media type",
    ),
    (
        {**OK, "attachments": [smtpeter.Attachment(name="", content=b"x")]},
        "attachments[0].name",
        "must be longer than or equal to 1 characters",
    ),
    ({"recipient": JOHN, "mime": ""}, "mime", "must be longer than or equal to 1 characters"),
    ({"recipient": JOHN, "mime": " \r\n "}, "mime", "empty"),
    ({"recipient": JOHN, "mime": 123}, "mime", "string"),
    ({**OK, "text": b"bytes are not text"}, "text", "string"),
]


def _case_id(case: tuple[dict[str, Any], str, str]) -> str:
    return f"{case[1]}:{case[2]}"


@pytest.mark.parametrize(("kwargs", "field", "rule"), CASES, ids=[_case_id(c) for c in CASES])
def test_refused_before_anything_is_sent(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    kwargs: dict[str, Any],
    field: str,
    rule: str,
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(**kwargs)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, smtpeter.SMTPeterError)
    assert error.field == field
    assert rule in error.rule
    assert str(error) == f"{field}: {error.rule}"
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": "Hi"}, "recipient, recipients"),
        ({"recipient": JOHN}, "mime, template, text, html"),
        ({**OK, "subject": "a\r\nb"}, "subject"),
        ({**OK, "to": ["ok@example.com", "x\ny"]}, "to[1]"),
        ({**OK, "tags": ["a b"]}, "tags[0]"),
        ({"recipients": ["bad"], "text": "Hi"}, "recipients[0]"),
        ({**OK, "images": "inline"}, "images"),
    ],
)
def test_form_encoding_refuses_the_same(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(encoding="form", **kwargs)
    assert caught.value.field == field
    assert server.requests == []


def test_good_input_next_to_bad_input_is_still_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    """The checks are not so strict that ordinary values are refused."""
    client.send(
        recipient="o'brien+tag@sub.example.co.uk",
        envelope="bounce-123@example.com",
        from_='"Shop, Inc." <shop@example.com>',
        to=["Ünïcødé Name <u@example.com>", "plain@example.com"],
        subject="Ünïcødé subject with ; and : and tabs\tinside",
        text="Line one\r\nLine two\n",
        extra={"X-Tag": "a: b; c", "x-Another-One": ""},
        tags=["ünï-tag", "a.b_c"],
        data={"First_name-2": {"nested": ["any", "json", 1, None, True]}},
    )
    assert len(server.requests) == 1
