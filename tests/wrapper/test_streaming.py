"""Attachments from files (and large bytes) are base64-encoded while the body is sent: the
server gets exactly the bytes the one-piece encoding makes, with an exact Content-Length,
again on a retry, and the client's memory stays far below the attachment's size."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import smtpeter
from smtpeter import _attachments
from smtpeter_client.validation import validate_body
from tests.support.https_server import Reply, ScriptedHTTPSServer

pytestmark = pytest.mark.usefixtures("clean_env", "sleeps")

ROOT = Path(__file__).resolve().parents[2]
CHUNK = _attachments.CHUNK
# Sizes around the chunk and base64 boundaries (remainders 0, 1 and 2 of 3 included).
SIZES = [0, 1, 2, 3, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 2]


def _send(client: smtpeter.SMTPeter, *attachments: smtpeter.Attachment) -> None:
    client.send(recipient="john@example.com", text="see attached", attachments=list(attachments))


def _one_piece_body(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, data: bytes, monkeypatch: Any
) -> bytes:
    """What the non-streamed path sends for ``data`` as bytes content."""
    with monkeypatch.context() as patch:
        patch.setattr(_attachments, "STREAM_THRESHOLD", len(data) + 1)
        _send(client, smtpeter.Attachment(name="a.bin", content=data))
    return server.requests[-1].body


@pytest.mark.parametrize("size", SIZES)
def test_streamed_body_is_byte_for_byte_the_one_piece_body(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: int,
) -> None:
    data = os.urandom(size)
    path = tmp_path / "a.bin"
    path.write_bytes(data)
    expected = _one_piece_body(client, server, data, monkeypatch)
    assert json.loads(expected)["attachments"][0]["data"] == base64.b64encode(data).decode()

    monkeypatch.setattr(_attachments, "STREAM_THRESHOLD", 0)  # large bytes stream too
    _send(client, smtpeter.Attachment.from_path(path))
    _send(client, smtpeter.Attachment(name="a.bin", file=io.BytesIO(data)))
    _send(client, smtpeter.Attachment(name="a.bin", content=data))
    for request in server.requests[1:]:
        assert request.body == expected
        assert request.headers["content-length"] == str(len(expected))
        assert "transfer-encoding" not in request.headers


def test_several_streamed_attachments_between_other_properties(
    client: smtpeter.SMTPeter,
    server: ScriptedHTTPSServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = os.urandom(CHUNK + 5), os.urandom(7)
    (tmp_path / "a.pdf").write_bytes(first)
    small = smtpeter.Attachment(name="small.txt", content=b"tiny")
    url = smtpeter.Attachment(url="https://example.com/terms.pdf")
    client.send(
        recipient="john@example.com",
        text="ü and \u2028",
        attachments=[
            smtpeter.Attachment.from_path(tmp_path / "a.pdf"),
            small,
            smtpeter.Attachment(name="b.bin", file=io.BytesIO(second)),
            url,
        ],
        tags=["x"],
    )
    sent = server.requests[-1]
    assert sent.headers["content-length"] == str(len(sent.body))
    assert sent.json()["attachments"] == [
        {"data": base64.b64encode(first).decode(), "name": "a.pdf", "type": "application/pdf"},
        {"data": "dGlueQ==", "name": "small.txt", "type": "text/plain"},
        {"data": base64.b64encode(second).decode(), "name": "b.bin",
         "type": "application/octet-stream"},
        {"url": "https://example.com/terms.pdf"},
    ]  # fmt: skip
    assert sent.json()["tags"] == ["x"]


def test_a_retried_send_streams_the_file_again_from_its_start(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, tmp_path: Path
) -> None:
    data = os.urandom(CHUNK * 2 + 1)
    (tmp_path / "a.bin").write_bytes(data)
    file = io.BytesIO(b"skipped" + data)
    file.seek(7)  # read from where the file stood when the call was made
    server.script(Reply(status=503), Reply(status=503))
    _send(client, smtpeter.Attachment.from_path(tmp_path / "a.bin"))
    server.script(Reply(status=429))
    _send(client, smtpeter.Attachment(name="a.bin", file=file))
    bodies = [request.body for request in server.requests]
    assert len(bodies) == 5
    assert len(set(bodies)) == 1
    assert json.loads(bodies[0])["attachments"][0]["data"] == base64.b64encode(data).decode()


async def test_the_async_client_streams_the_same_bytes(
    async_client: smtpeter.AsyncSMTPeter,
    server: ScriptedHTTPSServer,
    tmp_path: Path,
) -> None:
    data = os.urandom(CHUNK + 2)
    (tmp_path / "a.bin").write_bytes(data)
    server.script(Reply(status=503))
    await async_client.send(
        recipient="john@example.com",
        text="see attached",
        attachments=[smtpeter.Attachment.from_path(tmp_path / "a.bin")],
    )
    first, second = server.requests
    assert first.body == second.body
    assert first.headers["content-length"] == str(len(first.body))
    assert first.json()["attachments"][0]["data"] == base64.b64encode(data).decode()


def test_a_file_that_changes_size_while_sent_is_refused_not_sent_short(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 10)
    source = _attachments._PathSource(path)
    path.write_bytes(b"x" * 9)
    with pytest.raises(smtpeter.SMTPeterError, match="changed size"):
        b"".join(source.chunks())
    path.write_bytes(b"x" * (CHUNK + 11))
    with pytest.raises(smtpeter.SMTPeterError, match="changed size"):
        b"".join(source.chunks())


def test_the_validator_sees_a_stand_in_with_the_real_length_and_padding(tmp_path: Path) -> None:
    for size in (0, 1, 2, 100, 101, 102):
        data = os.urandom(size)
        (tmp_path / "a.bin").write_bytes(data)
        stand_in = _attachments.StreamedData.of(_attachments._PathSource(tmp_path / "a.bin"))
        real = base64.b64encode(data).decode()
        assert len(stand_in) == len(real)
        sample = base64.b64encode(data[: min(size, 48 + size % 3)]).decode()
        assert str(stand_in) == sample  # the data's own start, with the whole's padding
        assert sample.count("=") == real.count("=")
        validate_body("DataAttachment", {"data": stand_in, "name": "a.bin"})


def test_streamed_attachments_are_still_checked_before_sending(
    client: smtpeter.SMTPeter, server: ScriptedHTTPSServer, tmp_path: Path
) -> None:
    (tmp_path / "a.bin").write_bytes(os.urandom(1000))
    bad_name = smtpeter.Attachment(name="a\r\nBcc: x@example.com", file=tmp_path / "a.bin")
    with pytest.raises(smtpeter.ValidationError) as caught:
        _send(client, bad_name)
    assert caught.value.field.startswith("attachments[0]")
    with pytest.raises(smtpeter.ValidationError) as caught:
        client.send(
            encoding="form",
            recipient="john@example.com",
            text="x",
            attachments=[smtpeter.Attachment.from_path(tmp_path / "a.bin")],
        )
    assert caught.value.field == "attachments"
    assert "encoding='json'" in str(caught.value)
    assert server.requests == []


def test_a_file_object_must_be_seekable(client: smtpeter.SMTPeter) -> None:
    read, write = os.pipe()
    os.close(write)
    with open(read, "rb") as pipe, pytest.raises(smtpeter.ValidationError) as caught:
        _send(client, smtpeter.Attachment(name="a.bin", file=pipe))
    assert "seekable" in str(caught.value)


def test_from_path_reads_nothing_but_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        smtpeter.Attachment.from_path(tmp_path / "missing.pdf")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    attachment = smtpeter.Attachment.from_path(tmp_path / "a.pdf")
    assert attachment.content is None
    assert attachment.name == "a.pdf"
    assert attachment.type == "application/pdf"
    assert attachment.to_wire()["data"] == "JVBERg=="


MEMORY_SCRIPT = textwrap.dedent("""
    import sys, tracemalloc
    from pathlib import Path
    import smtpeter

    mode, base_url, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    size = path.stat().st_size
    content = path.read_bytes() if mode == "bytes" else None
    client = smtpeter.SMTPeter("token", base_url=base_url)
    client.send(recipient="john@example.com", text="warm-up")
    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    if mode == "bytes":
        attachment = smtpeter.Attachment(name="big.bin", content=content)
    else:
        attachment = smtpeter.Attachment.from_path(path)
    client.send(recipient="john@example.com", text="see attached", attachments=[attachment])
    _, peak = tracemalloc.get_traced_memory()
    print((peak - start) / size)
""")


@pytest.mark.parametrize(("mode", "limit"), [("file", 0.5), ("bytes", 1.5)])
def test_peak_memory_of_a_25_mb_attachment(tmp_path: Path, mode: str, limit: float) -> None:
    from tests.support.sink_server import SinkServer

    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(25_000_000))
    paths = [str(ROOT / "wrapper"), str(ROOT / "generated")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    with SinkServer() as sink:
        result = subprocess.run(
            [sys.executable, "-c", MEMORY_SCRIPT, mode, sink.base_url, str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        received = sink.received
    growth = float(result.stdout.strip())
    assert growth <= limit, f"peak memory grew by {growth:.2f}x the attachment's size"
    declared, read = received[-1]
    attachment = {"data": "", "name": "big.bin", "type": "application/octet-stream"}
    wire = {"recipient": "john@example.com", "text": "see attached", "attachments": [attachment]}
    # 25,000,000 bytes = 8,333,333 groups of 3 and one byte more: 8,333,334 groups of 4.
    expected = len(json.dumps(wire, separators=(",", ":"))) + 4 * 8_333_334
    assert declared == read == expected
