"""The ``format`` values of openapi.yaml, checked as JSON Schema defines them.

Copied into the generated package by tools/generate_surface.py; the compiled validator calls
these for every string with a ``format`` (fastjsonschema's own checks read ``\\d`` as any
script's digits and take ``a@b@c`` for an address). Each follows the RFC that JSON Schema
2020-12 names for it, as the common validators (jsonschema-rs, Ajv's ajv-formats) read it:

- ``email``: an RFC 5321 Mailbox: a dot-atom local part of at most 64 characters, ``@``, and a
  host name (labels of letters, digits and inner hyphens, at most 63 characters each) or an
  address literal (``[192.0.2.1]``, ``[IPv6:2001:db8::1]``). A quoted local part
  (``"a b"@example.com``) is accepted too, as the RFC does.
- ``uri``: an RFC 3986 URI (a scheme, then the rest in its ASCII syntax; percent escapes whole).
- ``date``: an RFC 3339 full-date that exists in the calendar.
- ``binary``: a marker of bytes for code generators; every string is one.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Callable
from functools import cache

__all__ = ["FORMATS", "SHAPES", "is_date", "is_email", "is_uri"]

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_QUOTED = r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"'
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# Compiled when first used (compiling the two long ones costs more than a send): see _compiled.
_MAILBOX = (
    rf"(?P<local>{_DOT_ATOM}|{_QUOTED})@"
    rf"(?:(?P<host>{_LABEL}(?:\.{_LABEL})*)|\[(?P<literal>[^\[\]\\]+)\])"
)

_UNRESERVED = r"A-Za-z0-9._~\-"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_URI = (
    rf"[A-Za-z][A-Za-z0-9+.-]*:"
    rf"(?://(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?"
    rf"(?:\[(?P<literal>[^\[\]/?#@]*)\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)"
    rf"(?::[0-9]*)?(?:/{_PCHAR}*)*"
    rf"|/?(?:{_PCHAR}+(?:/{_PCHAR}*)*)?)"
    rf"(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)
_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)


def is_email(value: str) -> bool:
    """Whether ``value`` is an RFC 5321 Mailbox (see the module's docstring)."""
    match = _compiled(_MAILBOX).fullmatch(value)
    if match is None or len(match["local"]) > 64:
        return False
    if match["host"] is not None:
        return len(match["host"]) <= 253
    literal = match["literal"]
    if literal.startswith("IPv6:"):
        return _is_ip(literal[5:], 6)
    return _is_ip(literal, 4)


def is_uri(value: str) -> bool:
    """Whether ``value`` is an RFC 3986 URI (see the module's docstring)."""
    match = _compiled(_URI).fullmatch(value)
    if match is None:
        return False
    literal = match["literal"]
    if literal is None:
        return True
    if literal[:1] in ("v", "V"):  # IPvFuture: "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
        return (
            re.fullmatch(rf"[vV][0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+", literal) is not None
        )
    return _is_ip(literal, 6)


def is_date(value: str) -> bool:
    """Whether ``value`` is an RFC 3339 full-date (YYYY-MM-DD) that exists."""
    if _compiled(_DATE).fullmatch(value) is None:
        return False
    # Year 0000 is valid and a leap year (proleptic Gregorian); Python's dates start at 1.
    year = "2000" if value.startswith("0000") else value[:4]
    try:
        dt.date.fromisoformat(year + value[4:])
    except ValueError:
        return False
    return True


def _is_ip(text: str, version: int) -> bool:
    if not text.isascii() or "%" in text:  # no zone ids in an address literal
        return False
    try:
        return ipaddress.ip_address(text).version == version
    except ValueError:
        return False


def _any_string(value: str) -> bool:
    return True


FORMATS: dict[str, Callable[[str], bool]] = {
    "email": is_email,
    "uri": is_uri,
    "date": is_date,
    "binary": _any_string,
}
"""Each format of openapi.yaml and its check; make generate fails on a format not here."""


_ATEXTS = r"[A-Za-z0-9!#\$%&'*+/=?^_`{|}~-]"
_RUNS = r"[A-Za-z0-9]++(?:-++[A-Za-z0-9]++)*+"  # a label without its length limit

SHAPES: dict[str, tuple[tuple[str, int], ...]] = {
    "email": (
        # Up to 65 characters no local part can pass 64 nor a label 63 (one character and
        # the "@" at the least around them): the same addresses without counting, possessive
        # (each run of one class stops where the next class begins), twice as fast.
        (rf"{_ATEXTS}++(?:\.{_ATEXTS}++)*+@{_RUNS}(?:\.{_RUNS})*+", 65),
        # A dot-atom local part of at most 64 characters and a host name: _MAILBOX's first
        # form, which is_email accepts whenever the host has at most 253 characters, as it
        # does in any string of at most 255. Written as EmailAddress's pattern in openapi.yaml
        # is, so that the generator can tell the pattern is this shape and check it once.
        (rf"(?=[^@]{{1,64}}@){_ATEXTS}+(?:\.{_ATEXTS}+)*@{_LABEL}(?:\.{_LABEL})*", 255),
    ),
}
"""For some formats, regular expressions (matched whole) of their common values, each with a
length up to which it holds: every string of at most that length it matches passes the
format's check, and matches the last (widest) shape, and the reverse. The validator's fast
path checks a large list of addresses in one pass with the first shape that holds for the
longest, and runs the full checks on the rest. tests/generated/test_fast_paths.py holds each
shape to that."""
