"""How much of an answer a client holds: at most ``max_response_size`` for an ordinary call,
checked while the answer is read (and inflated), and one piece at a time for
``client.stream()``.

Before, an answer was read whole: 1 MB of gzip that inflates to 1 GiB cost ``get_text`` some
3 GiB and 10 s (tracemalloc's peak, 1 GiB of text) before anything could look at it. Memory
is measured with tracemalloc in this process; the servers' bodies are built before it starts.
"""

from __future__ import annotations

import copy
import hashlib
import io
import os
import pickle
import struct
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

import smtpeter
from tests.support.clients import TOKEN, assert_no_token, exception_texts, make_client
from tests.support.fault_server import Answer, FaultServer
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

MiB = 1 << 20
DAY = date(2026, 1, 2)
LOG_PATH = "/v1/logfiles/deliveries.2026-01-02.log"


def _gzip_of_zeros(size: int) -> bytes:
    """``size`` zero bytes (a whole number of MiB) as gzip, built without holding them."""
    zeros = b"\0" * MiB
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = deflate.compress(zeros) + deflate.flush(zlib.Z_SYNC_FLUSH)  # repeatable as it is
    crc = 0
    for _ in range(size // MiB):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    return header + block * (size // MiB) + deflate.flush() + trailer


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """1 GiB of zeros in about 1 MB of gzip."""
    return _gzip_of_zeros(1024 * MiB)


def _peak(run: Callable[[], object]) -> tuple[int, object]:
    """Peak traced memory (bytes) while ``run`` runs, and what it returned or raised."""
    tracemalloc.start()
    try:
        try:
            outcome: object = run()
        except Exception as exc:  # returned for the test to check
            outcome = exc
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, outcome


def _answer(content_type: str, body: bytes, status: int, encoding: str | None) -> Reply:
    headers = {"Content-Type": content_type}
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    return Reply(status=status, body=body, headers=headers)


def _text(body: bytes, status: int = 200, *, encoding: str | None = None) -> Reply:
    return _answer("text/plain; charset=utf-8", body, status, encoding)


def _csv(body: bytes, *, encoding: str | None = None) -> Reply:
    return _answer("text/csv", body, 200, encoding)


# --- ordinary calls: bounded -----------------------------------------------------------------


@pytest.mark.parametrize("limit", [16 * MiB, None], ids=["16MiB", "default"])
def test_a_gzip_bomb_raises_response_too_large_with_bounded_memory(
    server: ScriptedHTTPSServer, ca_pem: Path, bomb: bytes, limit: int | None
) -> None:
    server.default = _text(bomb, encoding="gzip")
    with make_client(server.base_url, ca_pem) as made:
        client = made if limit is None else made.with_options(max_response_size=limit)
        expected = smtpeter.DEFAULT_MAX_RESPONSE_SIZE if limit is None else limit
        peak, error = _peak(lambda: client.messages.get_text("abc"))
    assert isinstance(error, smtpeter.ResponseTooLargeError), error
    assert isinstance(error, smtpeter.APIError)
    assert (error.limit, error.status_code, error.may_have_been_sent) == (expected, 200, False)
    assert f"max_response_size ({expected:,} bytes)" in str(error)
    assert "client.stream()" in str(error)
    assert_no_token(exception_texts(error))
    assert peak < 1.5 * expected, f"peak {peak / MiB:.0f} MiB for a {expected / MiB:.0f} MiB limit"
    assert peak < 1024 * MiB / 6  # far under the inflated size
    assert len(server.requests) == 1  # never retried


def test_a_plain_answer_over_the_limit_is_refused_and_one_under_it_is_read(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    small = client.with_options(max_response_size=MiB)
    server.script(_text(b"x" * (MiB + 1)), _text(b"x" * MiB))
    with pytest.raises(smtpeter.ResponseTooLargeError):
        small.messages.get_text("abc")
    assert small.messages.get_text("abc") == "x" * MiB
    server.script(_text(b"x" * (3 * MiB)))
    assert len(small.with_options(max_response_size=None).messages.get_text("abc")) == 3 * MiB
    assert (small.max_response_size, client.max_response_size) == (
        MiB,
        smtpeter.DEFAULT_MAX_RESPONSE_SIZE,
    )


def test_an_error_answer_over_the_limit_is_refused_too(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(_text(b"oops " * MiB, status=500))
    with pytest.raises(smtpeter.ResponseTooLargeError) as caught:
        client.with_options(max_response_size=MiB).messages.get_text("abc")
    assert caught.value.status_code == 500


def test_a_send_whose_answer_is_too_large_may_have_been_sent(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(Reply(body=b" " * (2 * MiB), headers={"Content-Type": "application/json"}))
    with pytest.raises(smtpeter.ResponseTooLargeError) as caught:
        client.with_options(max_response_size=MiB).send(recipient="john@example.com", text="hi")
    assert caught.value.may_have_been_sent is True
    assert "may have been sent" in str(caught.value)
    assert len(server.requests) == 1


async def test_the_async_client_stops_a_bomb_too(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, bomb: bytes
) -> None:
    server.default = _text(bomb, encoding="gzip")
    small = async_client.with_options(max_response_size=4 * MiB)
    with pytest.raises(smtpeter.ResponseTooLargeError) as caught:
        await small.messages.get_text("abc")
    assert caught.value.limit == 4 * MiB


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "1"])
def test_max_response_size_must_be_a_positive_number_of_bytes(value: Any) -> None:
    with pytest.raises(ValueError, match="max_response_size"):
        smtpeter.SMTPeter(TOKEN, max_response_size=value)


def _deflate(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", lambda d: _deflate(d, 31)),
        ("deflate", lambda d: _deflate(d, 15)),  # with zlib's header, as the RFC says
        ("deflate", lambda d: _deflate(d, -15)),  # raw, as some servers send it
        ("gzip, gzip", lambda d: _deflate(_deflate(d, 31), 31)),
        ("identity", lambda d: d),
    ],
)
def test_compressed_answers_are_decoded(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    encoding: str,
    encode: Callable[[bytes], bytes],
) -> None:
    text = "Hello John, ü\n" * 20_000  # inflates in several pieces
    server.script(_text(encode(text.encode()), encoding=encoding))
    assert client.messages.get_text("abc") == text
    assert server.requests[0].headers["accept-encoding"] == "gzip, deflate"


def test_an_encoding_the_client_did_not_ask_for_is_an_unusable_answer(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(_text(b"\x8b\x02\x80hello\x03", encoding="br"))
    with pytest.raises(smtpeter.APIResponseValidationError, match="br, which was not asked"):
        client.messages.get_text("abc")


# --- streams: flat memory --------------------------------------------------------------------


def _log_lines(size: int) -> bytes:
    line = b"1cb1d9b0a1f4e7a2,2026-01-02 10:00:00,john@example.com,250 OK\n"
    return (line * (size // len(line) + 1))[:size]


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_a_50_mb_log_file_streams_to_a_file_in_flat_memory(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, tmp_path: Path, compressed: bool
) -> None:
    body = _log_lines(50_000_000) if compressed else os.urandom(50_000_000)
    digest = hashlib.sha256(body).hexdigest()
    wire = _deflate(body, 31) if compressed else body
    server.script(_csv(wire, encoding="gzip" if compressed else None))
    del body
    target = tmp_path / "deliveries.csv"

    def download() -> int:
        with client.stream(client.logfiles.get_log_file, "deliveries", DAY) as answer:
            assert answer.content_type == "text/csv"
            return answer.save(target)

    peak, written = _peak(download)
    assert written == 50_000_000
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert peak < 4 * MiB, f"peak {peak / MiB:.1f} MiB for a 50 MB download"
    assert server.requests[0].path == LOG_PATH


def test_a_stream_is_not_bounded_by_max_response_size_and_yields_pieces(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    body = os.urandom(3 * MiB)
    server.script(_csv(body))
    small = client.with_options(max_response_size=MiB)
    with small.stream(small.logfiles.get_log_file, "deliveries", DAY) as answer:
        pieces = list(answer.iter_bytes(chunk_size=100_000))
    assert b"".join(pieces) == body
    assert {len(piece) for piece in pieces[:-1]} == {100_000}


def test_a_stream_sends_the_request_the_method_sends(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(_csv(b"a,b\n"), _csv(b"a,b\n"))
    client.logfiles.get_log_file("deliveries", DAY)
    with client.stream(client.logfiles.get_log_file, "deliveries", DAY) as answer:
        assert b"".join(answer.iter_bytes()) == b"a,b\n"
    page = Reply(body=b"<p>Hi</p>", headers={"Content-Type": "text/html"})
    server.script(page, page)
    data = {"name": "Jo & Co", "city": "Zürich"}
    client.templates.get_template_html("welcome/1", data=data)  # query parameters too
    with client.stream(client.templates.get_template_html, "welcome/1", data=data) as answer:
        assert b"".join(answer.iter_bytes()) == b"<p>Hi</p>"
    called, streamed, called_html, streamed_html = server.requests
    assert (streamed.method, streamed.target) == (called.method, called.target)
    assert (streamed_html.method, streamed_html.target) == (called_html.method, called_html.target)
    assert streamed.query["access_token"] == [TOKEN]


def test_short_names_and_binary_operations_stream_too(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(_text(b"plain text"), Reply(body=b"%PDF-1.7 ..."))
    with client.stream(client.messages.text, "abc") as answer:
        assert b"".join(answer.iter_bytes()) == b"plain text"
    buffer = io.BytesIO()
    with client.stream(client.messages.get_attachment, "abc", "invoice.pdf") as answer:
        assert answer.save(buffer) == len(b"%PDF-1.7 ...")
    assert buffer.getvalue() == b"%PDF-1.7 ..."
    assert [r.path for r in server.requests] == ["/v1/text/abc", "/v1/attachments/abc/invoice.pdf"]


def test_a_stream_is_opened_like_a_read_retries_then_error_answers(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    server.script(Reply(status=503), _csv(b"x,y\n"))
    with client.stream(client.logfiles.get_log_file, "deliveries", DAY) as answer:
        assert b"".join(answer.iter_bytes()) == b"x,y\n"
    assert len(sleeps) == 1
    server.script(_text(b"no such file", status=404))
    with (
        pytest.raises(smtpeter.NotFoundError) as caught,
        client.stream(client.logfiles.get_log_file, "deliveries", DAY),
    ):
        pass
    assert "no such file" in str(caught.value)
    assert_no_token(exception_texts(caught.value))
    server.script(Reply(body=b"<html>", headers={"Content-Type": "text/html"}))
    with (
        pytest.raises(smtpeter.APIResponseValidationError, match="'text/html', not text/csv"),
        client.stream(client.logfiles.get_log_file, "deliveries", DAY),
    ):
        pass


def test_only_reading_methods_of_the_client_stream(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    send = client.sending.send
    with pytest.raises(TypeError, match="only reading"), client.stream(send, text="hi"):
        pass
    delete = client.templates.delete_template
    with pytest.raises(TypeError, match="only reading"), client.stream(delete, "t"):
        pass
    with (
        pytest.raises(TypeError, match="operation method of this client"),
        client.stream(client.send, text="hi"),  # the client's own method, not a group's
    ):
        pass
    other = smtpeter.SMTPeter(TOKEN, base_url=server.base_url)
    with (
        pytest.raises(TypeError, match="operation method of this client"),
        client.stream(other.messages.get_text, "abc"),
    ):
        pass
    number: Any = 12
    with pytest.raises(smtpeter.ValidationError), client.stream(client.messages.get_text, number):
        pass
    assert server.requests == []


@pytest.fixture
def fault(ca: trustme.CA) -> Iterator[FaultServer]:
    with FaultServer(ca) as running:
        yield running


def test_a_connection_that_breaks_mid_stream_raises_and_leaves_no_partial_file(
    fault: FaultServer, ca_pem: Path, tmp_path: Path
) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\n"
    fault.script(Answer(data=head + b"a,b\n" * 1000, end="close"))
    target = tmp_path / "partial.csv"
    with (
        make_client(fault.base_url, ca_pem) as client,
        pytest.raises(smtpeter.APIConnectionError) as caught,
        client.stream(client.logfiles.get_log_file, "deliveries", DAY) as answer,
    ):
        answer.save(target)
    assert not target.exists()
    assert caught.value.may_have_been_sent is False
    assert_no_token(exception_texts(caught.value))


def test_a_broken_gzip_stream_is_an_unusable_answer(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    server.script(_csv(b"this is not gzip", encoding="gzip"))
    with (
        client.stream(client.logfiles.get_log_file, "deliveries", DAY) as answer,
        pytest.raises(smtpeter.APIResponseValidationError, match="compression is broken"),
    ):
        b"".join(answer.iter_bytes())


def test_a_stream_body_has_no_overall_deadline_only_each_read_its_timeout(
    fault: FaultServer, ca_pem: Path
) -> None:
    body = b"a,b\n" * 100
    answer = Answer.http(200, body, {"Content-Type": "text/csv"}, pieces=6, gap=0.3)
    fault.script(answer, answer)
    timeout = httpx.Timeout(1.0)
    with make_client(fault.base_url, ca_pem, timeout=timeout, max_retries=0) as client:
        with client.stream(client.logfiles.get_log_file, "deliveries", DAY) as download:
            assert b"".join(download.iter_bytes()) == body  # 1.5 s in all, each gap 0.3 s
        with pytest.raises(smtpeter.APITimeoutError):  # an ordinary call's deadline holds
            client.logfiles.get_log_file("deliveries", DAY)


async def test_the_async_client_streams_to_a_file(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, tmp_path: Path
) -> None:
    body = _log_lines(5 * MiB)
    server.script(_csv(_deflate(body, 31), encoding="gzip"), _csv(body))
    logfiles = async_client.logfiles
    async with async_client.stream(logfiles.get_log_file, "deliveries", DAY) as download:
        assert await download.save(tmp_path / "a.csv") == len(body)
    assert (tmp_path / "a.csv").read_bytes() == body
    async with async_client.stream(logfiles.get_log_file, "deliveries", DAY) as download:
        pieces = [piece async for piece in download.aiter_bytes()]
    assert b"".join(pieces) == body
    with pytest.raises(TypeError, match="only reading"):
        async with async_client.stream(async_client.templates.delete_template, "t"):
            pass


async def test_the_async_client_opens_streams_like_the_sync_one(
    async_client: smtpeter.AsyncSMTPeter, server: ScriptedHTTPSServer, sleeps: list[float]
) -> None:
    logfiles = async_client.logfiles
    server.script(Reply(status=503), _text(b"gone", status=404))
    with pytest.raises(smtpeter.NotFoundError):
        async with async_client.stream(logfiles.get_log_file, "deliveries", DAY):
            pass
    assert len(sleeps) == 1
    server.script(Reply(body=b"<html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(smtpeter.APIResponseValidationError, match="'text/html'"):
        async with async_client.stream(logfiles.get_log_file, "deliveries", DAY):
            pass
    small = async_client.with_options(max_response_size=MiB)
    server.script(_text(b"x" * (2 * MiB), status=500))
    with pytest.raises(smtpeter.ResponseTooLargeError):
        async with small.stream(small.logfiles.get_log_file, "deliveries", DAY):
            pass
    server.script(_csv(b"a,b\n"))  # the connections were given back to the pool
    async with async_client.stream(logfiles.get_log_file, "deliveries", DAY) as download:
        assert [piece async for piece in download.aiter_bytes()] == [b"a,b\n"]


def test_a_streamed_error_answer_over_the_limit_is_refused(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer
) -> None:
    small = client.with_options(max_response_size=MiB, max_retries=0)
    server.script(_text(b"x" * (2 * MiB), status=500), _csv(b"a,b\n"))
    with (
        pytest.raises(smtpeter.ResponseTooLargeError) as caught,
        small.stream(small.logfiles.get_log_file, "deliveries", DAY),
    ):
        pass
    assert caught.value.status_code == 500
    with small.stream(small.logfiles.get_log_file, "deliveries", DAY) as download:
        assert b"".join(download.iter_bytes()) == b"a,b\n"


def test_response_too_large_error_copies_and_pickles() -> None:
    error = smtpeter.ResponseTooLargeError(
        "too big", limit=5, status_code=200, may_have_been_sent=True
    )
    for clone in (copy.copy(error), pickle.loads(pickle.dumps(error))):
        assert type(clone) is smtpeter.ResponseTooLargeError
        assert (clone.message, clone.limit, clone.status_code, clone.may_have_been_sent) == (
            "too big",
            5,
            200,
            True,
        )
