"""``smtpeter send-many FILE.jsonl``: one send per line, many at a time.

Each line is a JSON object of send properties under the API's own names (``"from"``, not
``from_``). Every line gets exactly one result line, in input order, written as JSON to
stdout or ``--results FILE``; a line that is not a JSON object is refused without stopping
the others. A summary goes to stderr, with a progress bar when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, TextIO

from smtpeter_client.resources import SEND

from ._bulk import DEFAULT_CONCURRENCY, check_options, ordered_map
from ._client import SMTPeter
from ._exceptions import APIError, APIStatusError, ValidationError
from ._outcomes import classify
from ._redact import redact
from ._types import SendResult
from .idempotency import DEFAULT_RECONCILE_WAIT, Idempotency, OutcomeUnknown, SQLiteStore
from .idempotency._resume import KeyedMessage, Keyer, send_item

__all__ = ["add_send_many_parser", "send_many_command"]

_Line = tuple[int, dict[str, Any] | ValidationError]
_Keyed = tuple[int, "dict[str, Any] | KeyedMessage | Exception"]
RESUME_TTL = 30 * 24 * 3600.0
"""Seconds a resumable job's state is kept (30 days)."""
_Outcome = tuple[int, SendResult | Exception]


def add_send_many_parser(commands: Any) -> None:
    """The ``send-many`` subcommand and its options."""
    parser = commands.add_parser(
        "send-many",
        help="send one message per line of a JSON-lines file",
        description="Send one message per line of FILE ('-' for stdin): each line a JSON object "
        'of send properties under the API\'s names ("recipient", "from", "subject", "text", '
        "...). Writes one JSON result per line, in input order, and a summary on stderr.",
        epilog="Exit status: 0 all sent (or skipped: sent by an earlier run), 1 some not sent, "
        "2 bad usage or unreadable FILE, 130 interrupted.",
    )
    parser.add_argument("file", metavar="FILE", help="the JSON-lines file ('-' for stdin)")
    parser.add_argument(
        "--results",
        metavar="FILE",
        default="-",
        help="write the results as JSON lines to FILE (default: stdout)",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"sends in flight at once (default {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="overall timeout per send")
    parser.add_argument(
        "--max-retries", type=int, metavar="N", help="retries when safe (default 2)"
    )
    parser.add_argument(
        "--resume",
        metavar="STATE.db",
        type=Path,
        help="keep each line's outcome in this SQLite file; run again with the same file after "
        "a crash or Ctrl-C, and only what was not sent goes out",
    )
    parser.add_argument(
        "--reconcile-wait",
        type=float,
        default=DEFAULT_RECONCILE_WAIT,
        metavar="SECONDS",
        help="with --resume: how long to look for an unknown outcome's attempt event "
        f"(default {DEFAULT_RECONCILE_WAIT:g})",
    )


def _parse(number: int, line: str) -> dict[str, Any] | ValidationError:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return ValidationError(f"line {number}", f"is not valid JSON ({exc.msg})")
    if not isinstance(value, dict):
        return ValidationError(f"line {number}", "must be a JSON object of send properties")
    for keyword, name in SEND.body_fields.items():  # e.g. from_ for from
        if keyword == name:
            continue
        if keyword in value:
            return ValidationError(
                f"line {number}", f"use the API's name {name!r}, not {keyword!r}"
            )
        if name in value:
            value[keyword] = value.pop(name)
    return value


def _lines(stream: TextIO) -> Iterator[_Line]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, _parse(number, line)


def _result_record(number: int, outcome: SendResult | Exception) -> dict[str, Any]:
    if isinstance(outcome, SendResult):
        status = {"skipped": "skipped", "reconciled": "reconciled"}.get(classify(outcome), "sent")
        return {"line": number, "status": status, "message_ids": outcome.message_ids}
    record: dict[str, Any] = {
        "line": number,
        "status": "refused" if isinstance(outcome, ValidationError | TypeError) else "failed",
        "error": type(outcome).__name__,
        "message": redact(str(outcome)),
    }
    if isinstance(outcome, APIStatusError):
        record["status_code"] = outcome.status_code
    if isinstance(outcome, APIError):
        record["may_have_been_sent"] = outcome.may_have_been_sent
    return record


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.failed = 0
        self.skipped: int | None = None  # counted with --resume
        self._done = 0
        self._drawn = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        self._done = done
        now = time.monotonic()
        if now - self._drawn < 0.1 and done != self.total:
            return
        self._drawn = now
        self._draw(done)

    def _draw(self, done: int) -> None:
        if self.total:
            filled = 30 * done // self.total
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total}"
        else:
            bar = f"{done} done"
        skipped = "" if self.skipped is None else f"  {self.skipped} skipped"
        self.stream.write(f"\r{bar}{skipped}  {self.failed} not sent")
        self.stream.flush()

    def finish(self) -> None:
        self._draw(self._done)  # with the counts of the last results
        self.stream.write("\n")


def _count_lines(path: Path) -> int | None:
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return None


@contextlib.contextmanager
def _open_output(name: str) -> Iterator[TextIO]:
    if name == "-":
        yield sys.stdout
        return
    try:
        stream = open(name, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise ValidationError("--results", f"cannot be written ({exc.strerror})") from None
    with stream:
        yield stream


@contextlib.contextmanager
def _open_input(name: str) -> Iterator[TextIO]:
    # Undecodable bytes reach send() as lone surrogates, which it refuses for that line only.
    if name == "-":
        yield io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="surrogateescape")
        return
    try:
        stream = open(name, encoding="utf-8", errors="surrogateescape")  # noqa: SIM115
    except OSError as exc:
        raise ValidationError("FILE", f"{name} cannot be read ({exc.strerror})") from None
    with stream:
        yield stream


def send_many_command(args: argparse.Namespace) -> int:
    """Run ``smtpeter send-many``; returns the exit status."""
    concurrency = check_options(args.concurrency, None)
    options: dict[str, Any] = {}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if args.resume is not None:
        options["idempotency"] = _resume_config(args.resume, args.reconcile_wait)
    total = None if args.file == "-" else _count_lines(Path(args.file))
    progress = _Progress(sys.stderr, total) if sys.stderr.isatty() else None
    if progress is not None and args.resume is not None:
        progress.skipped = 0
    counts = {"sent": 0, "skipped": 0, "reconciled": 0, "refused": 0, "failed": 0}
    counts["may_have_been_sent"] = 0
    with (
        _open_input(args.file) as source,
        _open_output(args.results) as out,
        SMTPeter(**options) as client,
    ):
        keyer = Keyer(client) if args.resume is not None else None

        def keyed(lines: Iterator[_Line]) -> Iterator[_Keyed]:
            for number, kwargs in lines:
                if keyer is None or isinstance(kwargs, ValidationError):
                    yield number, kwargs
                else:
                    yield number, keyer.item(kwargs)

        def job(line: _Keyed) -> _Outcome:
            number, item = line
            if isinstance(item, Exception):
                return number, item
            if not isinstance(item, dict):  # keyed: one message of a resumable job
                return number, send_item(client, client.idempotency, item)
            try:
                return number, client.send(**item)
            except Exception as exc:
                return number, exc

        try:
            for number, outcome in ordered_map(job, keyed(_lines(source)), concurrency, progress):
                record = _result_record(number, outcome)
                if args.resume is not None and isinstance(outcome, OutcomeUnknown):
                    record["idempotency_key"] = outcome.key
                counts[record["status"]] += 1
                counts["may_have_been_sent"] += bool(record.get("may_have_been_sent"))
                if progress is not None:
                    progress.failed += record["status"] in ("refused", "failed")
                    if progress.skipped is not None:
                        progress.skipped += record["status"] == "skipped"
                _write(out, record)
        except KeyboardInterrupt:
            if progress is not None:
                progress.finish()
                progress = None
            print(_summary(counts, interrupted=True, resume=args.resume), file=sys.stderr)
            raise
        finally:
            if progress is not None:
                progress.finish()
    print(_summary(counts, resume=args.resume), file=sys.stderr)
    return 0 if counts["refused"] + counts["failed"] == 0 else 1


def _resume_config(path: Path, wait: float) -> Idempotency:
    """The keys of a resumable job: in ``path``, kept for 30 days, unknowns reconciled."""
    if isinstance(wait, bool) or not wait >= 0:
        raise ValidationError("--reconcile-wait", "must be a number of seconds, 0 or more")
    try:
        store = SQLiteStore(path)
    except sqlite3.Error as exc:
        raise ValidationError(
            "--resume", f"{str(path)!r} cannot be opened as SQLite ({exc})"
        ) from None
    return Idempotency(store=store, ttl=RESUME_TTL, reconcile=True, reconcile_wait=wait)


def _write(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record) + "\n")


def _summary(
    counts: dict[str, int], *, interrupted: bool = False, resume: Path | None = None
) -> str:
    total = sum(counts[name] for name in ("sent", "skipped", "reconciled", "refused", "failed"))
    summary = f"sent {counts['sent']} of {total} messages"
    if interrupted:
        summary = f"interrupted: {summary} read so far"
    if resume is not None:
        summary += f"; {counts['skipped']} skipped (sent by an earlier run)"
    if counts["reconciled"]:
        summary += f"; {counts['reconciled']} reconciled (found sent by their tag, not sent again)"
    if counts["refused"]:
        summary += f"; {counts['refused']} refused before sending"
    if counts["failed"]:
        summary += f"; {counts['failed']} failed"
        if counts["may_have_been_sent"] and resume is not None:
            summary += (
                f" ({counts['may_have_been_sent']} may have been sent: their outcome is unknown, "
                "and a rerun will not send them again)"
            )
        elif counts["may_have_been_sent"]:
            summary += (
                f" ({counts['may_have_been_sent']} may have been sent all the same: check their "
                "events before sending them again)"
            )
    if interrupted and resume is not None:
        summary += f"; run again with --resume {resume} to send the rest"
    return summary
