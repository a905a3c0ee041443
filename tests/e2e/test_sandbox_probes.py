"""Hostile probes that the sandbox already withstands, locked in: idle connections, path
traversal, attachment names that look like paths, and the spec's patterns on adversarial text.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import re
import signal
import socket
import ssl
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest
from fastjsonschema.draft04 import DOLLAR_FINDER  # type: ignore[import-untyped]

from smtpeter.sandbox import RunningSandbox, running_sandbox
from smtpeter.sandbox._validate import operations, spec_document
from smtpeter_client._compiled_schemas import REGEX_PATTERNS

SEND = {"recipient": "a@example.com", "text": "x"}
SECRET = f"SECRET-{uuid.uuid4().hex}"


def _client(sandbox: RunningSandbox) -> httpx.Client:
    return httpx.Client(
        base_url=sandbox.base_url,
        verify=sandbox.ssl_context(),
        params={"access_token": sandbox.token},
        timeout=10,
    )


@pytest.fixture(scope="module")
def own_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    """A sandbox of this module's own, with its mail folder one level inside a folder that
    holds a secret file: what a traversal from the mail folder would reach."""
    root = tmp_path_factory.mktemp("probes")
    (root / "secret.txt").write_text(SECRET)
    with running_sandbox(mail_dir=root / "mail") as running:
        yield running


# --- idle connections ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["tcp", "tls"])
def test_300_idle_connections_do_not_stop_a_send(own_sandbox: RunningSandbox, kind: str) -> None:
    url = urlsplit(own_sandbox.base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 443
    context = own_sandbox.ssl_context()
    with contextlib.ExitStack() as idle:
        for _ in range(300):
            sock = idle.enter_context(socket.create_connection((host, port), timeout=10))
            if kind == "tls":  # the handshake done, then nothing: no request, no close
                idle.enter_context(context.wrap_socket(sock, server_hostname=host))
        with _client(own_sandbox) as client:
            answer = client.post("/send", json=SEND)
        assert answer.status_code == 200, answer.text


# --- path traversal --------------------------------------------------------------------------

_TRAVERSALS = [
    "..%2F..%2Fetc%2Fpasswd",
    "..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "..%5C..%5C..%5Cetc%5Cpasswd",
    "..%252F..%252Fetc%252Fpasswd",
    "%2Fetc%2Fpasswd",
    "..%2Fsecret.txt",
    "..%2F..%2Fsecret.txt",
    "%2E%2E",
    "..%00",
]


def _get_routes() -> list[tuple[str, str]]:
    """(operationId, route) of every GET with path parameters: each names what it reads."""
    return [
        (op.operation_id, op.route) for op in operations() if op.method == "get" and "{" in op.route
    ]


def _no_file_content(answer: httpx.Response, where: str) -> None:
    assert answer.status_code < 500, (where, answer.status_code, answer.text)
    # Routing is on the decoded path, so an encoded "/" splits a segment: the request may then
    # match another route, and get 405 for its method. A search answers an empty list.
    assert answer.status_code in (400, 404, 405) or answer.text == "[]", (where, answer.text)
    for marker in (SECRET, "root:", "PRIVATE KEY", "BEGIN CERTIFICATE"):
        assert marker not in answer.text, (where, marker)


@pytest.fixture(scope="module")
def message_id(own_sandbox: RunningSandbox) -> str:
    """A message that exists, with an attachment, so that a traversal in a part's place is
    tried next to a real message id."""
    with _client(own_sandbox) as client:
        answer = client.post(
            "/send",
            json={
                **SEND,
                "attachments": [{"name": "a.txt", "data": base64.b64encode(b"a").decode()}],
            },
        )
    assert answer.status_code == 200, answer.text
    (found,) = answer.json()
    return str(found)


@pytest.mark.parametrize("traversal", _TRAVERSALS)
def test_a_percent_encoded_traversal_never_reads_a_file(
    own_sandbox: RunningSandbox, message_id: str, traversal: str
) -> None:
    origin = own_sandbox.base_url.removesuffix("/v1")
    with _client(own_sandbox) as client:
        for operation_id, route in _get_routes():
            everywhere = re.sub(r"\{[^}]*\}", traversal, route)
            _no_file_content(client.get(origin + everywhere), f"{operation_id} {everywhere}")
            if "{message_id}" in route and route.count("{") > 1:  # a part of a real message
                beside = re.sub(r"\{[^}]*\}", traversal, route.replace("{message_id}", message_id))
                _no_file_content(client.get(origin + beside), f"{operation_id} {beside}")


@pytest.mark.parametrize(
    "path",
    [
        "/v1/text/../../../../../../etc/passwd",
        "/v1/attachments/{id}/../../../../../../etc/passwd",
        "/v1/embeds/{id}/../../secret.txt",
        "/v1/logfiles/../../../../../../etc/passwd",
        "/v1/template/../../../../../../etc/passwd/html",
        "/../../../../../../etc/passwd",
    ],
)
def test_a_literal_traversal_never_reads_a_file(
    own_sandbox: RunningSandbox, message_id: str, path: str
) -> None:
    # httpx removes dot segments from a URL before sending it; a raw request keeps them.
    status, body = _raw_get(own_sandbox, path.replace("{id}", message_id))
    assert status in (400, 404), (path, status, body[:200])
    for marker in (SECRET, "root:", "PRIVATE KEY"):
        assert marker not in body


def _raw_get(sandbox: RunningSandbox, path: str) -> tuple[int, str]:
    url = urlsplit(sandbox.base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 443
    request = (
        f"GET {path}?access_token={quote(sandbox.token)} HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\nConnection: close\r\n\r\n"
    )
    with (
        socket.create_connection((host, port), timeout=10) as sock,
        sandbox.ssl_context().wrap_socket(sock, server_hostname=host) as tls,
    ):
        tls.sendall(request.encode("ascii"))
        answer = b""
        with contextlib.suppress(ssl.SSLError):  # a close without close_notify ends it too
            while chunk := tls.recv(65536):
                answer += chunk
    status_line, _, rest = answer.decode("latin-1").partition("\r\n")
    return int(status_line.split()[1]), rest.partition("\r\n\r\n")[2]


# --- attachment names that look like paths ----------------------------------------------------


def _files(root: Path) -> set[Path]:
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def test_attachment_names_with_paths_write_nothing_outside_the_mail_folder(
    tmp_path: Path,
) -> None:
    mail = tmp_path / "outer" / "mail"
    names = [
        "../../evil.txt",
        "../../../../../../../../tmp/evil-absolute-by-dots.txt",
        "..\\..\\evil-backslash.txt",
        str(tmp_path / "evil-absolute.txt"),
        "mail/../../evil-inside.txt",
    ]
    with running_sandbox(mail_dir=mail) as sandbox, _client(sandbox) as client:
        before = _files(tmp_path)
        answer = client.post(
            "/send",
            json={
                **SEND,
                "attachments": [
                    {"name": name, "data": base64.b64encode(b"evil").decode()} for name in names
                ],
            },
        )
        assert answer.status_code == 200, answer.text
        (message_id,) = answer.json()
        listing = client.get(f"/attachments/{message_id}").json()
    assert [item["name"] for item in listing] == names  # kept as names, not used as paths
    assert _files(tmp_path) - before == {Path("outer", "mail", f"{message_id}.eml")}
    assert not list(tmp_path.parent.rglob("evil*.txt"))
    assert not Path("/tmp/evil-absolute-by-dots.txt").exists()
    assert not (Path.cwd() / "../../evil.txt").exists()


# --- the spec's patterns on adversarial text --------------------------------------------------

# The issue asks for under 15 ms per pattern on 100 KB. Tests do not assert timings of a
# shared, noisy machine, so the bound is one second: only catastrophic (exponential or
# quadratic) backtracking reaches it; a linear scan of 100 KB takes about a millisecond.
# An alarm stops a search at the bound, so a catastrophic one costs a second, not hours.
_BOUND = 1.0
_SIZE = 100_000
# What an escape in a pattern stands for, as characters to build inputs from.
_ESCAPES = {"s": " \t\n", "S": "a", "d": "0", "D": "a", "w": "a_", "W": "!", "r": "\r", "n": "\n"}
# Found by this test: DataAttachment.data's '^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$' took 35 s on
# 100 KB of line breaks before a bad character (now written so that it cannot backtrack).


def _spec_patterns() -> dict[str, dict[str, Any]]:
    """Every ``pattern`` in openapi.yaml, with the schema that holds it."""
    found: dict[str, dict[str, Any]] = {}
    stack: list[Any] = [spec_document()]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("pattern"), str):
                found.setdefault(node["pattern"], node)
            stack.extend(value for key, value in node.items() if key != "pattern")
        elif isinstance(node, list):
            stack.extend(node)
    return found


PATTERNS = _spec_patterns()


# The validator's compiled patterns by the spec's text (the generator escapes a `$` in a class).
_VALIDATOR_PATTERNS = {key.replace("\\$", "$"): value for key, value in REGEX_PATTERNS.items()}


def _compiled(pattern: str) -> Any:
    """The pattern as the SDK's validator runs it: its own compiled object where it has one
    (every pattern of a request schema or parameter), else compiled the same way (every ``$``
    made ``\\Z``, as fastjsonschema does)."""
    found = _VALIDATOR_PATTERNS.get(pattern)
    return found if found is not None else re.compile(DOLLAR_FINDER.sub(r"\\Z", pattern))


def _adversarial(pattern: str, schema: dict[str, Any]) -> Iterator[str]:
    """100 KB texts built from the pattern's own characters: each character and each pair of
    them repeated, and each word of it followed by each character, with the schema's example in
    front or not, and an end that breaks the match or not."""
    chars = {"a", "0"}
    escaped = False
    for char in pattern:
        if escaped:
            chars.update(_ESCAPES.get(char, char))
        elif char != "\\" and char not in "^$()[]{}*+?|":
            chars.add(char)
        escaped = char == "\\" and not escaped
    alphabet = sorted(chars)
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)))
    units = [
        *alphabet,
        *("".join(pair) for pair in itertools.product(alphabet, repeat=2)),
        *(word + char for word in words for char in alphabet),
    ]
    example = schema.get("example", (schema.get("examples") or [None])[0])
    prefixes = ["", example] if isinstance(example, str) else [""]
    for prefix, unit, end in itertools.product(prefixes, units, ["", "\x00", "\n"]):
        yield prefix + unit * (_SIZE // len(unit)) + end


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_no_pattern_of_the_spec_backtracks_catastrophically(pattern: str) -> None:
    regex = _compiled(pattern)
    slowest, slowest_text = 0.0, ""
    for text in _adversarial(pattern, PATTERNS[pattern]):
        start = time.perf_counter()
        try:
            with _alarm(_BOUND):
                regex.search(text)
        except _TooSlow:
            pytest.fail(f"{pattern!r} took over {_BOUND} s on {text[:24]!r}... ({len(text)})")
        took = time.perf_counter() - start
        if took > slowest:
            slowest, slowest_text = took, text
    print(f"{pattern!r}: at most {slowest * 1000:.1f} ms ({slowest_text[:24]!r}...)")
    assert slowest < _BOUND
