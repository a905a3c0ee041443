"""Property: whatever ``send`` is given, it either sends a request that openapi.yaml accepts
(``SendRequest`` for JSON, ``SendForm`` for form data) or raises ValidationError. Never anything
else.

The request is caught by a MockTransport (this is a test of the wrapper's layer, not of the
network). The schema check is an independent implementation, jsonschema-rs, over the whole
openapi.yaml, with every format asserted and ``pattern`` read as JSON Schema means it
(ECMA-262: ``$`` is the very end, where Python's ``re.search`` lets it match before a final
newline, which would let ``"subject\\n"`` through).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import urllib.parse
from collections.abc import Iterator, Mapping
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

import httpx
import jsonschema_rs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smtpeter
from tests.support.forms import derived
from tests.support.properties import examples
from tests.wrapper.conftest import TOKEN

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
OPENAPI_URI = "urn:smtpeter:openapi"

# Every keyword send() takes (from its TypedDict), so a new one cannot go untested.
KEYWORDS = sorted(smtpeter.SendParams.__optional_keys__)
BOOLEANS = ("inlinecss", "trackclicks", "trackopens", "trackbounces", "preventscam")
FORM_ARRAYS = ("recipients", "to", "cc", "replyto", "tags")
CONTENT = ("mime", "template", "text", "html")
Encoding = Literal["json", "form"]


# --- the schema ----------------------------------------------------------------------------------


class _Reference:
    """openapi.yaml's schema as an independent JSON Schema implementation reads it.

    jsonschema-rs (Rust): Draft 2020-12, ``pattern`` with ECMA-262's meaning (``$`` is the very
    end, ``\\s`` is ECMA-262's white space) and every ``format`` asserted (email, uri, date),
    as third-party tools such as Schemathesis check them.
    """

    def __init__(self, schema_name: str) -> None:
        document = derived(yaml.safe_load(OPENAPI_PATH.read_text(encoding="utf-8")))
        schema = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$ref": f"#/components/schemas/{schema_name}",
            "components": document["components"],
        }
        self._validator = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)

    def iter_errors(self, instance: object) -> Iterator[Any]:
        return iter(self._validator.iter_errors(instance))


def _validator(schema_name: str) -> _Reference:
    return _Reference(schema_name)


SEND_REQUEST = _validator("SendRequest")
SEND_FORM = _validator("SendForm")


def test_schema_check_is_strict_where_python_regex_is_lenient() -> None:
    """The checker refuses what the spec refuses (guards the property below)."""
    good = {"recipient": "john@example.com", "subject": "Hi", "text": "x"}
    assert list(SEND_REQUEST.iter_errors(good)) == []
    assert list(SEND_REQUEST.iter_errors({**good, "subject": "Hi\n"}))
    assert list(SEND_REQUEST.iter_errors({**good, "recipient": "john@example.com\n"}))
    assert list(SEND_REQUEST.iter_errors({**good, "bogus": 1}))
    assert list(SEND_REQUEST.iter_errors({**good, "unsubscribe": {"url": "https://e.com/\n"}}))
    assert list(SEND_REQUEST.iter_errors({**good, "maxdelivertime": "999-01-01 00:00:00"}))
    assert list(SEND_FORM.iter_errors({**good, "data": {}}))
    assert list(SEND_FORM.iter_errors({**good, "to": {"a": "b"}}))  # form: no objects


def _form_to_instance(body: bytes) -> dict[str, Any]:
    """A form body read back into the object SendForm describes."""
    pairs = urllib.parse.parse_qsl(
        body.decode("ascii"), keep_blank_values=True, strict_parsing=False
    )
    instance: dict[str, Any] = {}
    for key, value in pairs:
        if key in FORM_ARRAYS:
            instance.setdefault(key, []).append(value)
        elif key in instance:
            raise AssertionError(f"{key} repeated in the form body")
        elif key in BOOLEANS and value in ("true", "false"):
            instance[key] = value == "true"
        else:
            instance[key] = value
    return instance


def _errors(validator: _Reference, instance: object) -> list[str]:
    return [f"{list(e.instance_path)}: {e.message}" for e in validator.iter_errors(instance)]


# --- strategies ----------------------------------------------------------------------------------
# Three tiers per keyword: VALID (what the rules allow), TRICKY (near misses: CR/LF, display
# names, unicode, wrong shapes) and WIDE (anything: ints, bools, None, bytes, datetimes naive and
# aware, Attachment objects, lists and dicts of those).


def _no_newline(text: str) -> bool:
    # Every line break Python's email package (and other mail software) knows, not only CR/LF.
    return not text or text.splitlines() == [text]


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
ALNUM = LETTERS + "0123456789"


def _word(alphabet: str, min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[str]:
    # st.text over a small alphabet: much cheaper to draw than st.from_regex.
    return st.text(st.sampled_from(alphabet), min_size=min_size, max_size=max_size)


# RFC 5321 mailboxes: a dot-atom local part (no leading, trailing or double dot), a host name.
ADDRESSES = st.builds(
    "{}{}@{}{}".format,
    _word(LOWER + "+-_", 1, 4),
    st.lists(_word(LOWER + "+-", 1, 3), max_size=2).map(
        lambda parts: "".join("." + p for p in parts)
    ),
    _word(LOWER, 1, 6),
    st.sampled_from(["", ".com", ".example", ".co.uk", ".x-y.example"]),
)
LINE = st.text(max_size=16).filter(_no_newline)
TRICKY_CHARS = st.sampled_from(list("aZ9 @<>.,;:\"'\r\n\t-_x/{}$=+%é€\u2028\x00\x1c\ufeff٣"))
TRICKY_TEXT = st.one_of(
    st.text(TRICKY_CHARS, max_size=12),
    st.text(max_size=12),
    ADDRESSES.map(lambda a: a + "\n"),
    ADDRESSES.map(lambda a: f"Name <{a}>"),
    ADDRESSES.map(lambda a: f"{a}\r\nBcc: victim@example.com"),
    st.sampled_from(["", " ", "\n", "\u2028", "a;b", "tab\there", "٣"]),
)
VARIABLE_NAMES = st.builds(str.__add__, _word(LETTERS, 1, 1), _word(ALNUM + "_-", 0, 6))
HEADER_NAMES = st.builds(str.__add__, st.sampled_from(["X-", "x-"]), _word(ALNUM + "-", 1, 8))
TAGS = _word(LOWER + "._-", 1, 8)
POINTERS = st.lists(_word(LOWER + "~", 0, 4), max_size=3).map(lambda p: "".join("/" + s for s in p))
PATCH_OPS = st.sampled_from(["add", "remove", "replace", "move", "copy", "test"])
TIMEZONES = st.one_of(
    st.just(dt.UTC),
    st.builds(
        dt.timezone,
        st.timedeltas(min_value=dt.timedelta(hours=-23), max_value=dt.timedelta(hours=23)),
    ),
)
# Any datetime (near misses included: the SDK must refuse what UTC cannot hold, not crash).
DATETIMES = st.datetimes(timezones=st.none() | TIMEZONES)
# Valid ones: aware, and still a datetime once converted to UTC. The offsets reach 23 hours
# (and any microseconds), so a day's margin at both ends of Python's range is enough.
AWARE_DATETIMES = st.datetimes(
    min_value=dt.datetime.min + dt.timedelta(days=1),
    max_value=dt.datetime.max - dt.timedelta(days=1),
    timezones=TIMEZONES,
)
GOOD_URLS = st.builds(
    "{}://{}.example/{}".format,
    st.sampled_from(["http", "https"]),
    _word(LOWER, 1, 8),
    _word(LOWER + "/._-", 0, 8),
)
TRICKY_URLS = st.one_of(
    GOOD_URLS.map(lambda u: u + "\n"),
    GOOD_URLS.map(lambda u: u + "\r\n"),
    GOOD_URLS.map(lambda u: u.replace("/", "/\n", 3)),
    st.builds(str.__add__, st.sampled_from(["ftp://", "javascript://", "https://"]), LINE),
    st.sampled_from(["https://a b.example/", "javascript:alert(1)", "https://"]),
)
PRINTABLE_ASCII = st.text(
    st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=8
)
MEDIA_TYPES = st.sampled_from(["application/pdf", "text/plain", "image/png"])
FILE_NAMES = st.sampled_from(["a.pdf", "b.txt", "c.unknownext", "d", "ünï cødé.html"])
BASE64 = st.binary(max_size=12).map(lambda b: base64.b64encode(b).decode())

VALID_ATTACHMENTS = st.one_of(
    st.builds(
        smtpeter.Attachment,
        name=st.none() | FILE_NAMES,
        content=st.binary(max_size=16),
        type=st.none() | MEDIA_TYPES,
    ),
    st.builds(
        smtpeter.Attachment,
        url=GOOD_URLS,
        name=st.none() | FILE_NAMES,
        type=st.none() | MEDIA_TYPES,
    ),
    st.fixed_dictionaries({"url": GOOD_URLS}, optional={"name": FILE_NAMES, "type": MEDIA_TYPES}),
    st.fixed_dictionaries({"data": BASE64}, optional={"name": FILE_NAMES, "type": MEDIA_TYPES}),
)
TRICKY_ATTACHMENTS = st.one_of(
    st.builds(
        smtpeter.Attachment,
        name=st.none() | TRICKY_TEXT,
        content=st.binary(max_size=16),
        type=st.none() | TRICKY_TEXT,
    ),
    st.builds(smtpeter.Attachment, url=TRICKY_URLS, name=st.none() | TRICKY_TEXT),
    st.fixed_dictionaries(
        {},
        optional={
            "url": TRICKY_URLS,
            "data": BASE64 | TRICKY_TEXT,
            "name": TRICKY_TEXT,
            "type": TRICKY_TEXT,
        },
    ),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    TRICKY_TEXT,
    st.binary(max_size=8),
    DATETIMES,
    VALID_ATTACHMENTS,
    TRICKY_ATTACHMENTS,
)
WIDE = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(TRICKY_TEXT | VARIABLE_NAMES, inner, max_size=3)
    ),
    max_leaves=6,
)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
# Values that are not JSON: should be refused, not crash the encoder.
NOT_JSON = st.one_of(
    st.binary(max_size=4),
    DATETIMES,
    VALID_ATTACHMENTS,
    st.sampled_from([float("nan"), float("inf")]),
)
ANY_VALUE = JSON | WIDE | NOT_JSON


def _email_messages() -> st.SearchStrategy[EmailMessage]:
    def build(subject: str, body: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = "shop@example.com"
        message["Subject"] = subject
        message.set_content(body)
        return message

    return st.builds(build, _word(ALNUM + " ", 0, 10), st.text())


def _addresses(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    return strategy | st.lists(strategy, min_size=1, max_size=3)


VALID: dict[str, st.SearchStrategy[Any]] = {
    "envelope": ADDRESSES,
    "recipient": ADDRESSES,
    "recipients": st.one_of(
        st.lists(ADDRESSES, min_size=1, max_size=3),
        st.dictionaries(
            ADDRESSES, st.dictionaries(VARIABLE_NAMES, JSON, max_size=3), min_size=1, max_size=3
        ),
    ),
    "mime": st.one_of(
        st.text(min_size=1).filter(str.strip),
        st.text(min_size=1).filter(str.strip).map(str.encode),
        _email_messages(),
    ),
    "from_": LINE,
    "to": _addresses(LINE),
    "cc": _addresses(LINE),
    "replyto": _addresses(LINE),
    "subject": LINE,
    "text": st.text(),
    "html": st.text(),
    "unsubscribe": st.fixed_dictionaries(
        {}, optional={"email": ADDRESSES, "url": GOOD_URLS, "oneclick": st.booleans()}
    ).filter(bool),
    "extra": st.dictionaries(HEADER_NAMES, LINE, max_size=3),
    "attachments": st.lists(VALID_ATTACHMENTS, max_size=3),
    "template": st.one_of(
        st.integers(min_value=1),
        st.text(min_size=1),
        st.dictionaries(st.text(max_size=5), JSON, max_size=3),
    ),
    "data": st.dictionaries(VARIABLE_NAMES, JSON, max_size=3),
    "patch": st.lists(
        st.one_of(
            st.fixed_dictionaries(
                {"op": st.sampled_from(["add", "replace", "test"]), "path": POINTERS, "value": JSON}
            ),
            st.fixed_dictionaries({"op": st.just("remove"), "path": POINTERS}),
            st.fixed_dictionaries(
                {"op": st.sampled_from(["move", "copy"]), "path": POINTERS, "from": POINTERS}
            ),
        ),
        max_size=2,
    ),
    "tags": st.lists(TAGS, max_size=3),
    "maxdelivertime": st.one_of(
        AWARE_DATETIMES,
        st.datetimes(min_value=dt.datetime(1000, 1, 1)).map(
            lambda d: d.strftime("%Y-%m-%d %H:%M:%S")
        ),
    ),
    "dsn": st.fixed_dictionaries(
        {},
        optional={
            "notify": st.sampled_from(["NEVER", "SUCCESS", "FAILURE", "DELAY", "FAILURE,DELAY"]),
            "ret": st.sampled_from(["FULL", "HDRS"]),
            "envid": PRINTABLE_ASCII,
            "orcpt": PRINTABLE_ASCII,
        },
    ),
    "images": st.sampled_from(["hosted", "default"]),
    **{name: st.booleans() for name in BOOLEANS},
}

TRICKY: dict[str, st.SearchStrategy[Any]] = {
    "envelope": TRICKY_TEXT,
    "recipient": TRICKY_TEXT,
    "recipients": st.one_of(
        st.lists(ADDRESSES | TRICKY_TEXT, max_size=3),
        st.dictionaries(
            ADDRESSES | TRICKY_TEXT,
            st.dictionaries(VARIABLE_NAMES | TRICKY_TEXT, ANY_VALUE, max_size=3),
            max_size=3,
        ),
    ),
    "mime": st.one_of(st.text(max_size=8), st.binary(max_size=8)),
    "from_": TRICKY_TEXT,
    "to": _addresses(TRICKY_TEXT) | st.just([]),
    "cc": _addresses(TRICKY_TEXT),
    "replyto": _addresses(TRICKY_TEXT),
    "subject": TRICKY_TEXT,
    "text": TRICKY_TEXT,
    "html": TRICKY_TEXT,
    "unsubscribe": st.fixed_dictionaries(
        {},
        optional={
            "email": TRICKY_TEXT,
            "url": TRICKY_URLS,
            "oneclick": WIDE,
            "other": WIDE,
        },
    ),
    "extra": st.dictionaries(HEADER_NAMES | TRICKY_TEXT, TRICKY_TEXT | WIDE, max_size=3),
    "attachments": st.lists(TRICKY_ATTACHMENTS | WIDE, max_size=3),
    "template": st.one_of(
        st.integers(max_value=1), TRICKY_TEXT, st.dictionaries(TRICKY_TEXT, ANY_VALUE, max_size=3)
    ),
    "data": st.dictionaries(VARIABLE_NAMES | TRICKY_TEXT, ANY_VALUE, max_size=3),
    "patch": st.lists(
        st.fixed_dictionaries(
            {"op": PATCH_OPS | WIDE, "path": POINTERS | TRICKY_TEXT},
            optional={"from": TRICKY_TEXT | WIDE, "value": ANY_VALUE, "extra": WIDE},
        )
        | WIDE,
        max_size=2,
    ),
    "tags": st.lists(TAGS | TRICKY_TEXT | WIDE, max_size=3),
    "maxdelivertime": st.one_of(
        DATETIMES,
        TRICKY_TEXT,
        st.builds(
            "{}-{}-{} {}:{}:{}".format,
            *(
                st.text(st.characters(categories=["Nd"]), min_size=n, max_size=n)
                for n in (4, 2, 2, 2, 2, 2)
            ),
        ),
    ),
    "dsn": st.fixed_dictionaries(
        {},
        optional={
            "notify": TRICKY_TEXT | WIDE,
            "ret": TRICKY_TEXT | WIDE,
            "envid": TRICKY_TEXT | WIDE,
            "orcpt": TRICKY_TEXT | WIDE,
            "other": WIDE,
        },
    ),
    "images": TRICKY_TEXT | WIDE,
    **{name: WIDE for name in BOOLEANS},
}


@st.composite
def send_kwargs(draw: st.DrawFn, odd: str) -> dict[str, Any]:
    """A delivery target, content and a few more keywords, all valid; then the keyword ``odd``
    gets a near miss or anything at all.

    Drawing every keyword from the wide strategies at once would make nearly every call break
    some early rule, and the odd values of the other keywords would never be looked at.
    """
    delivery = draw(st.sampled_from(["recipient", "recipients"]))
    content = draw(st.sampled_from(CONTENT))
    names = draw(st.lists(st.sampled_from(KEYWORDS), max_size=4, unique=True))
    kwargs = {name: draw(VALID[name]) for name in dict.fromkeys([delivery, content, *names])}
    kwargs[odd] = draw(st.one_of(TRICKY[odd], WIDE))
    return kwargs


# --- the property ---------------------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"id": "x@example.com"})


def _check_sent(request: httpx.Request, kwargs: Mapping[str, Any], encoding: str) -> None:
    assert request.method == "POST"
    assert request.url.path == "/v1/send"
    assert request.url.params["access_token"] == TOKEN
    if encoding == "json":
        assert request.headers["content-type"] == "application/json"
        instance = json.loads(request.content)
        errors = _errors(SEND_REQUEST, instance)
    else:
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        instance = _form_to_instance(request.content)
        errors = _errors(SEND_FORM, instance)
    assert errors == [], f"sent {instance!r}"
    # Only what was given is sent, and the rules the schema cannot say hold.
    given_names = {"from" if k == "from_" else k for k, v in kwargs.items() if v is not None}
    assert set(instance) <= given_names
    assert ("recipient" in instance) != ("recipients" in instance)
    assert any(name in instance for name in CONTENT)


def _run(kwargs: dict[str, Any], encoding: Encoding) -> None:
    recorder = _Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with smtpeter.SMTPeter(
        TOKEN, base_url="https://api.example.test/v1", http_client=http, max_retries=0
    ) as client:
        try:
            result = client.send(encoding=encoding, **kwargs)
        except smtpeter.ValidationError as refused:
            assert recorder.requests == [], "refused, yet something was sent"
            assert refused.field and refused.rule
            return
        finally:
            http.close()
    (request,) = recorder.requests
    _check_sent(request, kwargs, encoding)
    assert result.message_ids == {"id": "x@example.com"}


PER_KEYWORD = settings(
    max_examples=examples(20),  # per keyword and encoding: some 1,100 calls in all
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("encoding", ["json", "form"])
@pytest.mark.parametrize("keyword", KEYWORDS)
@PER_KEYWORD
@given(data=st.data())
def test_send_sends_a_valid_request_or_raises_validation_error(
    encoding: Encoding, keyword: str, data: st.DataObject
) -> None:
    _run(data.draw(send_kwargs(keyword), label="kwargs"), encoding)


# Found by the property (or by reading the code) at one time or another; kept so that they are
# always tried, whatever the random draw.
EDGE_CASES: dict[str, dict[str, Any]] = {
    "images-list": {"images": []},
    "images-dict": {"images": {}},
    "dsn-ret-list": {"dsn": {"ret": []}},
    "dsn-notify-nested-list": {"dsn": {"notify": [["FAILURE"]]}},
    "patch-op-list": {"patch": [{"op": [], "path": ""}]},
    "data-bytes": {"data": {"when": b"bytes"}},
    "data-datetime": {"data": {"when": dt.datetime(2026, 1, 1)}},
    "data-nan": {"data": {"x": float("nan")}},
    "data-int-key": {"data": {"x": {1: "non-string key"}}},
    "recipients-data-bytes": {"recipients": {"a@example.com": {"x": b"bytes"}}, "recipient": None},
    "template-inf": {"template": {"x": float("inf")}},
    "patch-value-bytes": {"patch": [{"op": "add", "path": "/a", "value": b"bytes"}]},
    "maxdelivertime-year-999": {"maxdelivertime": dt.datetime(999, 12, 31, tzinfo=dt.UTC)},
    "maxdelivertime-before-year-1-in-utc": {
        "maxdelivertime": dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    },
    "maxdelivertime-after-9999-in-utc": {
        "maxdelivertime": dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-1)))
    },
    "maxdelivertime-arabic-indic-digits": {"maxdelivertime": "٢٠٢٦-01-01 00:00:00"},
    # A URL that ends in LF (Python's "$" matches before a final newline).
    "unsubscribe-url-trailing-LF": {"unsubscribe": {"url": "https://example.com/u\n"}},
    "attachment-object-url-trailing-LF": {
        "attachments": [smtpeter.Attachment(url="https://example.com/a.pdf\n")]
    },
    "attachment-mapping-url-trailing-LF": {"attachments": [{"url": "https://example.com/a.pdf\n"}]},
    # Lone surrogates (as os.fsdecode or errors="surrogateescape" make) cannot be encoded.
    "surrogate-text": {"text": "lone surrogate \udcff"},
    "surrogate-html": {"html": "\ud800"},
    "surrogate-subject": {"subject": "lone surrogate \ud800"},
    "surrogate-from": {"from_": "Shop \udcff <shop@example.com>"},
    "surrogate-to": {"to": ["John \udcff <john@example.com>"]},
    "surrogate-template-name": {"template": "name\udcff"},
    "surrogate-tag": {"tags": ["\udcff"]},
    "surrogate-extra-value": {"extra": {"X-A": "\udcff"}},
    "surrogate-data-value": {"data": {"name": "\udcff"}},
    "surrogate-mime": {"mime": "Subject: \udcff\r\n\r\nbody"},
    "surrogate-attachment-name": {
        "attachments": [smtpeter.Attachment(name="\udcff.txt", content=b"x")]
    },
}


@pytest.mark.parametrize("encoding", ["json", "form"])
@pytest.mark.parametrize("extra", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_edge_cases_are_sent_valid_or_refused(encoding: Encoding, extra: dict[str, Any]) -> None:
    _run({"recipient": "a@example.com", "text": "x", **extra}, encoding)


# Input drawn only from what the rules allow is always sent (the checks are not too strict).
@st.composite
def valid_send_kwargs(draw: st.DrawFn) -> dict[str, Any]:
    delivery = draw(st.sampled_from(["recipient", "recipients"]))
    content = draw(st.sampled_from(CONTENT))
    names = draw(st.lists(st.sampled_from(KEYWORDS), max_size=6, unique=True))
    names = [n for n in names if n not in ("recipient", "recipients")]
    return {name: draw(VALID[name]) for name in dict.fromkeys([delivery, content, *names])}


@settings(max_examples=examples(100))
@given(kwargs=valid_send_kwargs())
def test_valid_input_is_always_sent(kwargs: dict[str, Any]) -> None:
    recorder = _Recorder()
    with (
        httpx.Client(transport=httpx.MockTransport(recorder)) as http,
        smtpeter.SMTPeter(
            TOKEN, base_url="https://api.example.test/v1", http_client=http
        ) as client,
    ):
        client.send(**kwargs)
    (request,) = recorder.requests
    _check_sent(request, kwargs, "json")
