"""``smtpeter webhooks replay`` and ``smtpeter webhooks check``: webhook calls, again and explained.

``replay`` asks a running sandbox (``$SMTPETER_BASE_URL``, ``$SMTPETER_TOKEN``, its CA in
``$SSL_CERT_FILE``) for the webhook calls it made, has each body signed anew for the given URL
(``POST /_sandbox/webhooks/sign``: the key stays in the sandbox), posts it there and prints
each call and its answer. ``check`` reads one captured call (raw HTTP, or JSON with
``method``, ``target``, ``headers`` and ``body``) and prints every verification step.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import ssl
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from ._constants import BASE_URL_ENV, TOKEN_ENV
from ._exceptions import ValidationError

__all__ = ["add_webhooks_parser", "parse_captured", "webhooks_command"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_TIMEOUT = 30.0


def add_webhooks_parser(commands: Any) -> None:
    """Add ``webhooks replay`` and ``webhooks check`` to the ``smtpeter`` command."""
    webhooks = commands.add_parser(
        "webhooks",
        help="replay the sandbox's webhook calls, or check a captured call",
        description="Replay the signed webhook calls of a running sandbox to a local endpoint, "
        "or check a captured webhook call step by step.",
    )
    actions = webhooks.add_subparsers(dest="webhooks_command", metavar="ACTION")
    actions.required = True
    replay = actions.add_parser(
        "replay",
        help="re-send the sandbox's webhook calls (of a message, or --all) to URL",
        description="Fetch the webhook calls a running sandbox made (from $SMTPETER_BASE_URL "
        "with $SMTPETER_TOKEN; its CA from $SSL_CERT_FILE), sign each again for URL with the "
        "sandbox's key, post it, and print each call and its answer.",
        epilog="Exit status: 0 every call answered 2xx, 1 otherwise or none found, 2 bad usage.",
    )
    which = replay.add_mutually_exclusive_group(required=True)
    which.add_argument("message_id", nargs="?", metavar="MESSAGE_ID", help="the message's calls")
    which.add_argument("--all", action="store_true", help="every call the sandbox made")
    replay.add_argument("url", metavar="URL", help="the http:// or https:// endpoint to call")
    replay.add_argument(
        "--ca", type=Path, metavar="FILE", help="CA file the endpoint's certificate chains to"
    )
    check = actions.add_parser(
        "check",
        help="check a captured webhook call and say why it fails",
        description="Verify a captured webhook call (raw HTTP as received, or JSON with method, "
        "target, headers and body) and print each step, passed or failed, with why.",
        epilog="Exit status: 0 valid, 1 invalid, 2 unreadable input or bad usage.",
    )
    check.add_argument("file", metavar="FILE", help="the captured request, or - for stdin")
    check.add_argument("--host", help="your public host name, as SMTPeter calls it")
    check.add_argument(
        "--trust-forwarded",
        action="store_true",
        help="take scheme, host and path prefix from X-Forwarded-* (your proxy sets them)",
    )
    check.add_argument("--max-age", type=float, default=300.0, help="seconds (default 300)")
    check.add_argument("--now", metavar="TIME", help="check as at this ISO 8601 time")
    keys = check.add_mutually_exclusive_group()
    keys.add_argument(
        "--key-record", metavar="TEXT|@FILE", help="the key's TXT record instead of DNS"
    )
    keys.add_argument(
        "--sandbox",
        action="store_true",
        help="the key of the running sandbox ($SMTPETER_BASE_URL, $SMTPETER_TOKEN)",
    )


def webhooks_command(args: argparse.Namespace) -> int:
    if args.webhooks_command == "replay":
        return _replay(args)
    return _check(args)


# --- replay ---------------------------------------------------------------------------------


class _Sandbox:
    """The admin API of the sandbox the environment points at."""

    def __init__(self) -> None:
        base_url = os.environ.get(BASE_URL_ENV)
        token = os.environ.get(TOKEN_ENV)
        if not base_url:
            raise ValidationError(BASE_URL_ENV, "must be the sandbox's address (smtpeter sandbox)")
        if not token:
            raise ValidationError(TOKEN_ENV, "must be the sandbox's token")
        origin = httpx.URL(base_url).copy_with(path="/", query=None)
        self.origin = str(origin).rstrip("/")
        self.client = httpx.Client(
            base_url=f"{self.origin}/_sandbox",
            headers={"Authorization": f"Bearer {token}"},
            timeout=_TIMEOUT,
        )

    def __enter__(self) -> _Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.close()

    def get(self, path: str, **params: str) -> dict[str, Any]:
        return self._json(self.client.get(path, params=params))

    def post(self, path: str, body: Mapping[str, Any]) -> dict[str, Any]:
        return self._json(self.client.post(path, json=dict(body)))

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code == 404:
            raise ValidationError(BASE_URL_ENV, f"{self.origin} has no sandbox admin API")
        if response.status_code != 200:
            detail = " ".join(response.text.split())[:200]
            raise ValidationError("sandbox", f"answered {response.status_code}: {detail}")
        data: dict[str, Any] = response.json()
        return data


def _replay(args: argparse.Namespace) -> int:
    url = httpx.URL(args.url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValidationError("URL", f"{args.url!r} is not an http:// or https:// URL")
    if args.ca is not None and not args.ca.is_file():
        raise ValidationError("--ca", f"{args.ca} is not a file")
    try:
        with _Sandbox() as sandbox:
            wanted = {} if args.all else {"message_id": args.message_id}
            calls = sandbox.get("/webhooks", **wanted)["calls"]
            bodies = list(dict.fromkeys(call["body"] for call in calls if call["body"]))
            if not bodies:
                which = "any message" if args.all else f"message {args.message_id}"
                print(f"no webhook calls recorded for {which}", file=sys.stderr)
                return EXIT_FAILED
            verify: ssl.SSLContext | bool = True
            if args.ca is not None:
                verify = ssl.create_default_context(cafile=str(args.ca))
            failures = 0
            with httpx.Client(verify=verify, timeout=_TIMEOUT) as endpoint:
                for body in bodies:
                    headers = sandbox.post("/webhooks/sign", {"url": args.url, "body": body})
                    failures += not _post(endpoint, args.url, body, headers["headers"])
    except httpx.HTTPError as exc:
        print(f"smtpeter: cannot reach the sandbox: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failures else EXIT_OK


def _post(client: httpx.Client, url: str, body: str, headers: dict[str, str]) -> bool:
    event = json.loads(body)
    what = f"{event.get('type', '?')} event of {event.get('id', '?')}"
    try:
        response = client.post(url, content=body.encode("utf-8"), headers=headers)
    except httpx.HTTPError as exc:
        print(f"POST {url} ({what}) -> failed: {type(exc).__name__}: {exc}")
        return False
    answer = " ".join(response.text.split())[:200]
    print(f"POST {url} ({what}) -> {response.status_code} {response.reason_phrase}")
    if answer:
        print(f"    {answer}")
    return response.is_success


# --- check ----------------------------------------------------------------------------------


def parse_captured(raw: bytes) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """Method, target, headers and body of a captured call: raw HTTP, or JSON with
    ``method``, ``target`` (or ``url``), ``headers`` (object or list of pairs) and ``body``
    (text; or ``body_base64``). ValidationError when it is neither."""
    if raw.lstrip().startswith(b"{"):
        return _from_json(raw)
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    lines = head.decode("latin-1").replace("\r\n", "\n").split("\n")
    parts = lines[0].split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise ValidationError("FILE", "the first line is not an HTTP request line")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and headers:  # an obsolete folded line continues the last
            name, value = headers[-1]
            headers[-1] = (name, f"{value} {line.strip()}")
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise ValidationError("FILE", f"not a header line: {line[:60]!r}")
        headers.append((name.strip(), value.strip()))
    length = next((v for n, v in headers if n.lower() == "content-length"), None)
    if length is not None and length.isdigit():
        body = body[: int(length)]
    return parts[0], parts[1], headers, body


def _from_json(raw: bytes) -> tuple[str, str, list[tuple[str, str]], bytes]:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ValidationError("FILE", f"is not JSON ({exc})") from None
    known = {"method", "target", "url", "headers", "body", "body_base64"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValidationError(unknown[0], f"unknown field (known: {', '.join(sorted(known))})")
    target = data.get("target")
    if target is None and isinstance(data.get("url"), str):
        url = httpx.URL(data["url"])
        target = url.raw_path.decode("ascii")
    if not isinstance(target, str) or not isinstance(data.get("method", "POST"), str):
        raise ValidationError("target", "is required: the path and query as received")
    given = data.get("headers", {})
    pairs = list(given.items()) if isinstance(given, dict) else given
    if not isinstance(pairs, list) or not all(
        isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(x, str) for x in p)
        for p in pairs
    ):
        raise ValidationError("headers", "must be an object or a list of [name, value] pairs")
    if "body_base64" in data:
        body = base64.b64decode(str(data["body_base64"]))
    else:
        body = str(data.get("body", "")).encode("utf-8")
    return str(data.get("method", "POST")), target, [(n, v) for n, v in pairs], body


def _check(args: argparse.Namespace) -> int:
    from .webhooks import diagnose
    from .webhooks._forwarded import build_request

    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise ValidationError("FILE", f"{args.file}: {exc.strerror}") from None
    method, target, headers, body = parse_captured(raw)
    now = None
    if args.now is not None:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            raise ValidationError("--now", f"{args.now!r} is not an ISO 8601 time") from None
        if now.tzinfo is None:
            raise ValidationError("--now", "needs a time zone (e.g. 2025-01-06T12:00:00+00:00)")
    request = build_request(
        method=method,
        target=target,
        headers=headers,
        body=body,
        scheme="https",
        trust_forwarded=args.trust_forwarded,
    )
    print(f"{method} {target} ({len(body)} bytes of body)")
    steps = diagnose(
        request.method,
        request.target,
        request.headers,
        request.body,
        key_resolver=_key_resolver(args),
        host=args.host or request.host,
        max_age=args.max_age,
        now=now,
    )
    for step in steps:
        print(step)
    valid = bool(steps) and all(step.passed for step in steps)
    print("valid: the call is SMTPeter's, unchanged and recent" if valid else "invalid")
    return EXIT_OK if valid else EXIT_FAILED


def _key_resolver(args: argparse.Namespace) -> Callable[[str], str] | None:
    if args.key_record is not None:
        record: str = args.key_record
        if record.startswith("@"):
            try:
                record = Path(record[1:]).read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ValidationError("--key-record", f"{record[1:]}: {exc.strerror}") from None
        return lambda key_id: record
    if args.sandbox:
        try:
            with _Sandbox() as sandbox:
                found = sandbox.get("/webhooks")
        except httpx.HTTPError as exc:
            raise ValidationError("--sandbox", f"cannot reach the sandbox ({exc})") from None
        key_id, key_record = str(found["key_id"]), str(found["key_record"])

        def resolve(wanted: str) -> str:
            if wanted.lower().rstrip(".") != key_id:
                raise LookupError(f"the sandbox signs with {key_id}, not with this keyId")
            return key_record

        return resolve
    return None
