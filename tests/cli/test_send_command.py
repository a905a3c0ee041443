"""`smtpeter send` through a subprocess against the HTTPS sandbox."""

from __future__ import annotations

import email
import email.policy
import json
import socket
from pathlib import Path

from smtpeter.sandbox import RunningSandbox

from .conftest import TOKEN, Run


def _ids(stdout: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in stdout.strip().splitlines())


def test_send_prints_one_id_per_recipient(run_cli: Run, sandbox: RunningSandbox) -> None:
    result = run_cli(
        "send",
        "-r", "alice@example.com",
        "-r", "bob@example.com",
        "--from", "Shop <shop@example.com>",
        "--to", "alice@example.com",
        "--subject", "CLI hello",
        "--text", "Hello from the command line",
        "--tag", "cli-test",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ids = _ids(result.stdout)
    assert sorted(ids.values()) == ["alice@example.com", "bob@example.com"]
    for message_id, recipient in ids.items():
        stored = sandbox.store.get(message_id)
        assert stored is not None
        assert stored.recipient == recipient
        assert stored.message["Subject"] == "CLI hello"
        body = stored.message.get_body(("plain",))
        assert body is not None
        assert "Hello from the command line" in body.get_content()
    assert TOKEN not in result.stdout + result.stderr


def test_send_files_and_attachments(run_cli: Run, sandbox: RunningSandbox, tmp_path: Path) -> None:
    (tmp_path / "body.txt").write_text("Text from a file\n", encoding="utf-8")
    (tmp_path / "body.html").write_text("<p>HTML from a file</p>", encoding="utf-8")
    (tmp_path / "invoice.csv").write_bytes(b"item,price\nbook,12\n")
    result = run_cli(
        "send", "-r", "carol@example.com", "--subject", "Files",
        "--text-file", str(tmp_path / "body.txt"),
        "--html-file", str(tmp_path / "body.html"),
        "--attach", str(tmp_path / "invoice.csv"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (message_id,) = _ids(result.stdout)
    stored = sandbox.store.get(message_id)
    assert stored is not None
    attachments = list(stored.message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["invoice.csv"]
    assert attachments[0].get_content_type() == "text/csv"
    assert attachments[0].get_payload(decode=True) == b"item,price\nbook,12\n"
    html = stored.message.get_body(("html",))
    assert html is not None
    assert "HTML from a file" in html.get_content()


def test_send_eml_is_kept_as_given(run_cli: Run, sandbox: RunningSandbox, tmp_path: Path) -> None:
    eml = tmp_path / "ready.eml"
    eml.write_bytes(
        b"From: shop@example.com\r\nTo: dave@example.com\r\nSubject: Ready made\r\n"
        b"Content-Type: text/plain\r\n\r\nPrepared elsewhere.\r\n"
    )
    result = run_cli("send", "-r", "dave@example.com", "--eml", str(eml))
    assert result.returncode == 0, result.stderr
    (message_id,) = _ids(result.stdout)
    stored = sandbox.store.get(message_id)
    assert stored is not None
    assert stored.message["Subject"] == "Ready made"


def test_form_send(run_cli: Run, sandbox: RunningSandbox) -> None:
    result = run_cli(
        "send", "--form", "-r", "erin@example.com", "-r", "frank@example.com",
        "--subject", "Form", "--text", "Sent as a form", "--tag", "a", "--tag", "b",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ids = _ids(result.stdout)
    assert sorted(ids.values()) == ["erin@example.com", "frank@example.com"]
    stored = sandbox.store.get(next(iter(ids)))
    assert stored is not None
    assert stored.request["tags"] == ["a", "b"]


def test_dry_run_prints_the_request_without_the_token(
    run_cli: Run, sandbox: RunningSandbox
) -> None:
    before = len(sandbox.store.messages())
    result = run_cli(
        "send", "-r", "gina@example.com", "--subject", "Dry", "--text", "not sent", "--dry-run"
    )
    assert result.returncode == 0, result.stderr
    first, content_type, _blank, *body = result.stdout.splitlines()
    assert first == f"POST {sandbox.base_url}/send?access_token=[REDACTED]"
    assert content_type == "Content-Type: application/json"
    assert json.loads("\n".join(body)) == {
        "recipient": "gina@example.com",
        "subject": "Dry",
        "text": "not sent",
    }
    assert TOKEN not in result.stdout + result.stderr
    assert len(sandbox.store.messages()) == before


def test_dry_run_form_shows_repeated_keys(run_cli: Run) -> None:
    result = run_cli(
        "send", "--form", "--dry-run", "-r", "a@example.com", "-r", "b@example.com", "--text", "x"
    )
    assert result.returncode == 0, result.stderr
    assert "application/x-www-form-urlencoded" in result.stdout
    assert result.stdout.splitlines()[-1] == (
        "recipients=a%40example.com&recipients=b%40example.com&text=x"
    )
    assert TOKEN not in result.stdout


def test_refused_input_exits_2_with_one_line(run_cli: Run, sandbox: RunningSandbox) -> None:
    before = len(sandbox.store.messages())
    result = run_cli("send", "-r", "not-an-address", "--text", "x")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "recipient: must match pattern" in result.stderr and "bare address" in result.stderr
    header = run_cli("send", "-r", "a@example.com", "--subject", "a\nBcc: x@y.z", "--text", "x")
    assert header.returncode == 2
    assert "subject" in header.stderr and "no line break" in header.stderr
    assert len(sandbox.store.messages()) == before


def test_bad_usage_exits_2(run_cli: Run, tmp_path: Path) -> None:
    assert run_cli("send", "--text", "no recipient").returncode == 2
    assert run_cli("frobnicate").returncode == 2
    missing = run_cli("send", "-r", "a@example.com", "--attach", str(tmp_path / "missing.pdf"))
    assert missing.returncode == 2
    assert "missing.pdf" in missing.stderr


def test_no_token_exits_2(run_cli: Run) -> None:
    result = run_cli("send", "-r", "a@example.com", "--text", "x", env={"SMTPETER_TOKEN": ""})
    assert result.returncode == 2
    assert "SMTPETER_TOKEN" in result.stderr


def test_wrong_token_is_an_api_error(run_cli: Run) -> None:
    result = run_cli(
        "send", "-r", "a@example.com", "--text", "x", env={"SMTPETER_TOKEN": "wrong-SECRET"}
    )
    assert result.returncode == 1
    assert result.stderr.startswith("smtpeter: AuthenticationError: 401")
    assert "wrong-SECRET" not in result.stderr


def test_server_down_exits_1(run_cli: Run) -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_cli(
        "send", "-r", "a@example.com", "--text", "x", "--max-retries", "0",
        env={"SMTPETER_BASE_URL": f"https://127.0.0.1:{port}/v1"},
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("smtpeter: APIConnectionError:")
    assert result.stderr.count("\n") == 1
    assert TOKEN not in result.stderr


def test_untrusted_certificate_exits_1(run_cli: Run) -> None:
    result = run_cli("send", "-r", "a@example.com", "--text", "x", env={"SSL_CERT_FILE": ""})
    assert result.returncode == 1
    assert "CERTIFICATE_VERIFY_FAILED" in result.stderr


def test_eml_from_a_file_parses_like_the_sent_subject(
    run_cli: Run, sandbox: RunningSandbox
) -> None:
    result = run_cli("send", "-r", "hank@example.com", "--subject", "On disk", "--text", "x")
    (message_id,) = _ids(result.stdout)
    mail_dir = sandbox.store.mail_dir
    assert mail_dir is not None
    parsed = email.message_from_bytes(
        (mail_dir / f"{message_id}.eml").read_bytes(), policy=email.policy.default
    )
    assert parsed["Subject"] == "On disk"


def test_an_idempotency_key_sends_once_across_runs(
    run_cli: Run, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    store = tmp_path / "keys.db"
    mail = ("send", "-r", "ann@example.com", "--subject", "Once", "--text", "Only once")
    key = ("--idempotency-key", f"order-{tmp_path.name}", "--idempotency-store", str(store))
    before = len(sandbox.store.messages())
    first = run_cli(*mail, *key)
    assert first.returncode == 0, first.stderr
    again = run_cli(*mail, *key)
    assert again.returncode == 0, again.stderr
    assert _ids(again.stdout) == _ids(first.stdout)  # the first send's ids, not a new send
    assert len(sandbox.store.messages()) == before + 1
    other = run_cli("send", "-r", "ann@example.com", "--text", "Another mail", *key)
    assert other.returncode == 2
    assert "idempotency_key" in other.stderr and "different message" in other.stderr
    assert len(sandbox.store.messages()) == before + 1


def test_the_default_idempotency_store_is_per_user_state(
    run_cli: Run, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    env = {"XDG_STATE_HOME": str(tmp_path / "state")}
    mail = ("send", "-r", "ann@example.com", "--text", "Kept", "--idempotency-key", "k-1")
    assert run_cli(*mail, env=env).returncode == 0
    assert (tmp_path / "state" / "smtpeter" / "idempotency.db").is_file()
    named = {"SMTPETER_IDEMPOTENCY_STORE": str(tmp_path / "named.db")}
    assert run_cli(*mail, env=named).returncode == 0
    assert (tmp_path / "named.db").is_file()
