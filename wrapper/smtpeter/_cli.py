"""The ``smtpeter`` command: send a message, send many, or run the local sandbox.

Exit status: 0 on success, 2 for bad usage or input refused before sending, 1 for an error
answer from the API or a failed connection; each failure prints one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

from smtpeter_client.resources import SEND, SendParams

from ._attachments import Attachment
from ._cli_bulk import add_send_many_parser, send_many_command
from ._cli_webhooks import add_webhooks_parser, webhooks_command
from ._client import SMTPeter
from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, TOKEN_ENV
from ._exceptions import APIError, SMTPeterError, ValidationError
from ._redact import REDACTED, redact
from ._types import Encoding
from ._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_API, EXIT_USAGE = 0, 1, 2


IDEMPOTENCY_STORE_ENV = "SMTPETER_IDEMPOTENCY_STORE"
"""The variable naming the command's SQLite file of idempotency keys."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smtpeter",
        description="Send mail through SMTPeter's REST API, or run a local sandbox of it.",
        epilog=f"The access token comes from ${TOKEN_ENV}; the API's address from "
        f"${BASE_URL_ENV} (default {DEFAULT_BASE_URL}).",
    )
    parser.add_argument("--version", action="version", version=f"smtpeter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    send = commands.add_parser(
        "send",
        help="send a message and print its message ids",
        description="Send a message and print one 'MESSAGE-ID RECIPIENT' line per recipient. "
        "Give the content as --text/--text-file and/or --html-file, or a ready message as --eml.",
        epilog="Exit status: 0 sent, 1 API or connection error, 2 bad usage or refused input.",
    )
    send.add_argument(
        "-r",
        "--recipient",
        dest="recipients",
        action="append",
        required=True,
        metavar="ADDRESS",
        help="address to deliver to (repeat for several recipients)",
    )
    send.add_argument("--from", dest="from_", metavar="ADDRESS", help="the From: header")
    send.add_argument("--to", action="append", metavar="ADDRESS", help="a To: address (repeat)")
    send.add_argument("--cc", action="append", metavar="ADDRESS", help="a Cc: address (repeat)")
    send.add_argument("--reply-to", action="append", metavar="ADDRESS", help="a Reply-To: address")
    send.add_argument("--envelope", metavar="ADDRESS", help="envelope address for bounces")
    send.add_argument("--subject", help="the subject line")
    text = send.add_mutually_exclusive_group()
    text.add_argument("--text", help="the plain-text version")
    text.add_argument("--text-file", type=Path, metavar="FILE", help="read the text from FILE")
    send.add_argument("--html-file", type=Path, metavar="FILE", help="read the HTML from FILE")
    send.add_argument(
        "--attach", action="append", type=Path, metavar="FILE", help="attach FILE (repeat)"
    )
    send.add_argument("--tag", action="append", metavar="TAG", help="tag the message (repeat)")
    send.add_argument(
        "--eml", type=Path, metavar="FILE", help="send the ready MIME message in FILE as it is"
    )
    send.add_argument("--form", action="store_true", help="send form-encoded instead of JSON")
    send.add_argument(
        "--dry-run",
        action="store_true",
        help="print the request that would be sent (token redacted) and send nothing",
    )
    send.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="send at most once per KEY: the same KEY again prints the first send's ids",
    )
    send.add_argument(
        "--idempotency-store",
        type=Path,
        metavar="FILE",
        help=f"the SQLite file that keeps the keys (default ${IDEMPOTENCY_STORE_ENV} or "
        "~/.local/state/smtpeter/idempotency.db)",
    )
    send.add_argument("--timeout", type=float, metavar="SECONDS", help="overall timeout")
    send.add_argument("--max-retries", type=int, metavar="N", help="retries when safe (default 2)")

    add_send_many_parser(commands)

    sandbox = commands.add_parser(
        "sandbox",
        help="run a local SMTPeter sandbox over HTTPS",
        description="Run a local server that speaks SMTPeter's API over HTTPS with a test CA, "
        "keeps every message it is sent (as .eml files with --mail-dir), and sends nothing on.",
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    sandbox.add_argument("--port", type=int, default=8465, help="port (default 8465; 0 = any)")
    sandbox.add_argument("--mail-dir", type=Path, metavar="DIR", help="write each message here")
    sandbox.add_argument("--token", help="the token clients must use (default: a new random one)")
    sandbox.add_argument(
        "--webhook",
        action="append",
        metavar="URL",
        help="post a signed delivery event to this https:// URL for each message (repeat)",
    )
    sandbox.add_argument(
        "--webhook-ca",
        type=Path,
        metavar="FILE",
        help="CA file to trust for webhook endpoints (default: the sandbox's CA and the system's)",
    )
    sandbox.add_argument(
        "--fault",
        action="append",
        metavar="SPEC",
        help="a fault rule, OPERATION:key=value:...: e.g. send:nth=2:status=503:retry_after=1, "
        "send:every=3:reset-after, getEvents:probability=0.5:seed=7:status=500, "
        "send:delay=5, getText:trickle:delay=0.5:pieces=4, send:malformed-json, "
        "webhook:nth=1:drop (actions: status, reset-before, reset-after, delay, trickle, "
        "malformed-json; for webhook: late, twice, out-of-order, drop); repeat for several. "
        "Change them later through PUT /_sandbox/faults",
    )
    add_webhooks_parser(commands)
    return parser


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(str(path), f"cannot be read as UTF-8 text ({exc})") from None


def _send_params(args: argparse.Namespace) -> SendParams:
    params: dict[str, Any] = {}
    if len(args.recipients) == 1:
        params["recipient"] = args.recipients[0]
    else:
        params["recipients"] = args.recipients
    params.update(
        from_=args.from_,
        to=args.to,
        cc=args.cc,
        replyto=args.reply_to,
        envelope=args.envelope,
        subject=args.subject,
        text=_read_text(args.text_file) if args.text_file else args.text,
        html=_read_text(args.html_file) if args.html_file else None,
        tags=args.tag,
    )
    if args.eml:
        try:
            params["mime"] = args.eml.read_bytes()
        except OSError as exc:
            raise ValidationError("--eml", f"cannot be read ({exc.strerror})") from None
    if args.attach:
        try:
            params["attachments"] = [Attachment.from_path(path) for path in args.attach]
        except OSError as exc:
            raise ValidationError("--attach", f"{exc.filename}: {exc.strerror}") from None
    return cast(SendParams, {k: v for k, v in params.items() if v is not None})


def _dry_run(client: SMTPeter, params: SendParams, encoding: Encoding) -> None:
    request = client._build_request(SEND, body=dict(params), encoding=encoding)
    url = request.url.copy_with(username=None, password=None)
    print(f"{request.method} {url}?access_token={REDACTED}")
    print(f"Content-Type: {request.headers['Content-Type']}")
    print()
    if encoding == "json":
        print(json.dumps(json.loads(request.content), indent=2, ensure_ascii=False))
    else:
        print(request.content.decode("ascii"))


def _default_idempotency_store() -> Path:
    """The command's SQLite file of idempotency keys: one per user, kept across runs."""
    if given := os.environ.get(IDEMPOTENCY_STORE_ENV):
        return Path(given)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "smtpeter" / "idempotency.db"


def _send(args: argparse.Namespace) -> int:
    params = _send_params(args)
    encoding: Encoding = "form" if args.form else "json"
    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if args.dry_run:
        # Nothing is sent, so no token is needed; the base URL is checked as for a send.
        token = os.environ.get(TOKEN_ENV) or "dry-run"
        with SMTPeter(token, **options) as client:
            _dry_run(client, params, encoding)
        return EXIT_OK
    key = args.idempotency_key
    if key is not None:
        from .idempotency import Idempotency, SQLiteStore

        store = args.idempotency_store or _default_idempotency_store()
        store.parent.mkdir(parents=True, exist_ok=True)
        options["idempotency"] = Idempotency(store=SQLiteStore(store))
    with SMTPeter(**options) as client:
        result = client.send(encoding=encoding, idempotency_key=key, **params)
    for message_id, recipient in result.message_ids.items():
        print(f"{message_id} {recipient}")
    if not result.message_ids:
        print("accepted (SMTPeter returned no message ids)")
    return EXIT_OK


def _sandbox(args: argparse.Namespace) -> int:
    try:
        from .sandbox import run_sandbox
    except ImportError as exc:  # the [sandbox] extra is not installed
        raise ValidationError(
            "sandbox", f"needs 'pip install smtpeter[sandbox]' ({exc.name})"
        ) from None
    for url in args.webhook or ():
        if not url.startswith("https://"):
            raise ValidationError("--webhook", f"{url!r} is not an https:// URL")
    _check_faults(args.fault or ())
    return run_sandbox(
        host=args.host,
        port=args.port,
        mail_dir=args.mail_dir,
        token=args.token,
        webhooks=args.webhook or (),
        webhook_ca_file=args.webhook_ca,
        faults=args.fault or (),
    )


def _check_faults(specs: Sequence[str]) -> None:
    """Refuse a bad --fault before the sandbox starts."""
    from .sandbox._faults import FaultError, Faults, parse_fault_spec
    from .sandbox._validate import operations

    faults = Faults(op.operation_id for op in operations())
    for spec in specs:
        try:
            faults.add(**parse_fault_spec(spec))
        except FaultError as exc:
            raise ValidationError("--fault", f"{spec!r}: {exc}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "send":
            return _send(args)
        if args.command == "send-many":
            return send_many_command(args)
        if args.command == "webhooks":
            return webhooks_command(args)
        return _sandbox(args)
    except (ValidationError, ValueError) as exc:
        print(f"smtpeter: refused: {redact(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except APIError as exc:
        print(f"smtpeter: {type(exc).__name__}: {redact(str(exc))}", file=sys.stderr)
        return EXIT_API
    except SMTPeterError as exc:  # no token, and the like: a usage problem
        print(f"smtpeter: {redact(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
