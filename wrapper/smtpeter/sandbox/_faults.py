"""Deterministic fault injection: rules that make chosen calls of the sandbox fail.

A rule names an operation of openapi.yaml (``send``, ``resend``, ``getEvents``...) or
``webhook`` (the sandbox's own webhook calls), which of its calls it hits (the ``nth``, every
``every``-th, or each with a seeded ``probability``; none of them: every call), and what
happens to them:

- ``status``: answer ``status`` (429, 500, 502, 503, 504...) with a one-line explanation,
  and ``Retry-After: retry_after`` when given; the request is not processed;
- ``reset-before``: reset the connection (TCP RST) before the request is processed;
- ``reset-after``: process the request (a send archives its message), then reset the
  connection instead of answering: the client cannot know the outcome;
- ``delay``: process the request, then answer ``delay`` seconds late;
- ``trickle``: process the request, then send the answer's body in ``pieces`` pieces,
  ``delay`` seconds apart;
- ``malformed-json``: process the request, then answer its status with half its body as
  ``application/json``;
- for ``webhook``: ``late`` (post ``delay`` seconds late), ``twice``, ``out-of-order`` (held
  back until after the next call, or half a second) and ``drop`` (never posted).

Calls are counted per rule from the moment it is set, so ``nth=1`` is the next call. A rule
applies at most ``times`` times (None: no limit); when several rules match one call, the first
in the list wins. Every fault applied is logged (:attr:`Faults.log`).
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
import secrets
import socket
import struct
import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "ACTIONS",
    "TRANSPORT_EXTENSION",
    "WEBHOOK_ACTIONS",
    "WEBHOOK_OPERATION",
    "FaultError",
    "FaultRule",
    "Faults",
    "parse_fault_spec",
]

ACTIONS = ("status", "reset-before", "reset-after", "delay", "trickle", "malformed-json")
"""What a rule can do to a call of an API operation."""
WEBHOOK_OPERATION = "webhook"
WEBHOOK_ACTIONS = ("late", "twice", "out-of-order", "drop")
"""What a rule can do to one of the sandbox's webhook calls."""
TRANSPORT_EXTENSION = "smtpeter.transport"
"""The scope extension where the sandbox's server puts the connection's asyncio transport
(see ``_server``), so that a rule can reset the connection."""

_FIELDS = frozenset(
    {
        "id",
        "operation",
        "nth",
        "every",
        "probability",
        "seed",
        "action",
        "status",
        "retry_after",
        "delay",
        "pieces",
        "times",
    }
)
_KEPT_LOG = 1000
_MAX_DELAY = 600.0
_DISCONNECT_WAIT = 5.0


class FaultError(ValueError):
    """A rule refused: ``field`` names the field, ``rule`` the rule (its id or position)."""

    def __init__(self, rule: str, field: str, problem: str) -> None:
        self.rule = rule
        self.field = field
        self.problem = problem
        super().__init__(f"fault rule {rule}: {field}: {problem}")


@dataclass
class FaultRule:
    """One rule; see the module's documentation for the fields."""

    id: str
    operation: str
    action: str
    nth: int | None = None
    every: int | None = None
    probability: float | None = None
    seed: int | None = None
    status: int | None = None
    retry_after: float | None = None
    delay: float | None = None
    pieces: int | None = None
    times: int | None = None
    calls: int = 0
    """Calls of the operation seen since the rule was set."""
    applied: int = 0
    """Times the rule was applied."""
    _random: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)  # noqa: S311 - repeatable faults, not secrets

    def matches(self) -> bool:
        """Count one call and say whether the rule hits it (a probability draws every call)."""
        self.calls += 1
        if self.probability is not None:
            hit = self._random.random() < self.probability
        elif self.nth is not None:
            hit = self.calls == self.nth
        elif self.every is not None:
            hit = self.calls % self.every == 0
        else:
            hit = True
        return hit and (self.times is None or self.applied < self.times)

    def as_json(self) -> dict[str, Any]:
        """The rule as ``GET /_sandbox/faults`` shows it."""
        return {
            "id": self.id,
            "operation": self.operation,
            "nth": self.nth,
            "every": self.every,
            "probability": self.probability,
            "seed": self.seed,
            "action": self.action,
            "status": self.status,
            "retry_after": self.retry_after,
            "delay": self.delay,
            "pieces": self.pieces,
            "times": self.times,
            "calls": self.calls,
            "applied": self.applied,
        }


def parse_rule(data: object, position: int, operations: Iterable[str]) -> FaultRule:
    """A rule from its JSON form; :class:`FaultError` names the field and the rule."""
    name = f"#{position + 1}"
    if not isinstance(data, Mapping):
        raise FaultError(name, "rule", "must be a JSON object")
    given_id = data.get("id")
    if given_id is not None:
        if not isinstance(given_id, str) or not given_id or len(given_id) > 64:
            raise FaultError(name, "id", "must be a string of 1 to 64 characters")
        name = repr(given_id)
    unknown = sorted(str(key) for key in data if key not in _FIELDS | {"calls", "applied"})
    if unknown:
        raise FaultError(name, unknown[0], f"unknown field (known: {', '.join(sorted(_FIELDS))})")
    known = set(operations)
    operation = data.get("operation")
    if not isinstance(operation, str) or operation not in known | {WEBHOOK_OPERATION}:
        raise FaultError(
            name,
            "operation",
            "must be an operation id of openapi.yaml (send, resend...) or webhook",
        )
    actions = WEBHOOK_ACTIONS if operation == WEBHOOK_OPERATION else ACTIONS
    action = data.get("action")
    if action not in actions:
        raise FaultError(name, "action", f"must be one of {', '.join(actions)} for {operation}")
    nth = _integer(data, "nth", name, minimum=1)
    every = _integer(data, "every", name, minimum=1)
    probability = _number(data, "probability", name, 0.0, 1.0)
    chosen = [key for key in ("nth", "every", "probability") if data.get(key) is not None]
    if len(chosen) > 1:
        raise FaultError(name, chosen[1], f"give at most one of nth, every, probability ({chosen})")
    seed = _integer(data, "seed", name, minimum=0)
    if seed is not None and probability is None:
        raise FaultError(name, "seed", "only goes with probability")
    if probability is not None and seed is None:
        seed = secrets.randbelow(2**32)  # shown by GET, so that the run can be repeated
    status = _integer(data, "status", name, minimum=400, maximum=599)
    retry_after = _number(data, "retry_after", name, 0.0, _MAX_DELAY)
    delay = _number(data, "delay", name, 0.0, _MAX_DELAY)
    pieces = _integer(data, "pieces", name, minimum=2, maximum=10_000)
    times = _integer(data, "times", name, minimum=1)
    if action == "status":
        if status is None:
            raise FaultError(name, "status", "is required for action status (e.g. 503)")
    elif status is not None:
        raise FaultError(name, "status", "only goes with action status")
    if retry_after is not None and action != "status":
        raise FaultError(name, "retry_after", "only goes with action status")
    if action in ("delay", "trickle", "late"):
        if delay is None:
            raise FaultError(name, "delay", f"is required for action {action} (seconds)")
    elif delay is not None:
        raise FaultError(name, "delay", "only goes with actions delay, trickle and late")
    if pieces is not None and action != "trickle":
        raise FaultError(name, "pieces", "only goes with action trickle")
    return FaultRule(
        id=given_id or "",
        operation=operation,
        action=str(action),
        nth=nth,
        every=every,
        probability=probability,
        seed=seed,
        status=status,
        retry_after=retry_after,
        delay=delay,
        pieces=pieces if pieces is not None else (10 if action == "trickle" else None),
        times=times,
    )


def _integer(
    data: Mapping[str, Any], key: str, rule: str, *, minimum: int, maximum: int | None = None
) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise FaultError(rule, key, f"must be a whole number of at least {minimum}")
    if maximum is not None and value > maximum:
        raise FaultError(rule, key, f"must be at most {maximum}")
    return value


def _number(
    data: Mapping[str, Any], key: str, rule: str, minimum: float, maximum: float
) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not minimum <= value <= maximum
    ):
        raise FaultError(rule, key, f"must be a number from {minimum:g} to {maximum:g}")
    return float(value)


def parse_fault_spec(spec: str) -> dict[str, Any]:
    """A rule's JSON form from the compact spec of ``smtpeter sandbox --fault``.

    ``OPERATION:key=value:...``, where a bare ``status=N`` implies ``action=status`` and a
    bare word is the action: ``send:nth=2:status=503:retry_after=1``,
    ``send:every=3:reset-after``, ``getEvents:probability=0.5:seed=7:status=500``,
    ``send:delay=5`` (action delay), ``send:trickle:delay=0.5:pieces=4``, ``webhook:drop``.
    Values are checked later, with the rule (:func:`parse_rule`).
    """
    operation, *parts = spec.split(":")
    rule: dict[str, Any] = {"operation": operation}
    for part in parts:
        key, sep, value = part.partition("=")
        key = key.strip().replace("-", "_") if sep else key.strip()
        if not sep:
            rule["action"] = key
            continue
        if key in rule:
            raise FaultError(repr(spec), key, "given twice")
        rule[key] = value if key in ("id", "action", "operation") else _spec_value(value)
    if "action" not in rule:
        if "status" in rule:
            rule["action"] = "status"
        elif "delay" in rule:
            rule["action"] = "delay" if operation != WEBHOOK_OPERATION else "late"
    return rule


def _spec_value(text: str) -> object:
    for kind in (int, float):
        with contextlib.suppress(ValueError):
            return kind(text)
    return text


class Faults:
    """The rules of one sandbox and the log of the faults they applied (thread-safe).

    >>> sandbox.faults.add(operation="send", nth=1, action="status", status=503)  # doctest: +SKIP
    """

    def __init__(self, operations: Iterable[str]) -> None:
        self._operations = frozenset(operations)
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._log: deque[dict[str, Any]] = deque(maxlen=_KEPT_LOG)
        self._made = 0

    @property
    def rules(self) -> list[FaultRule]:
        """The rules, in the order they are tried."""
        with self._lock:
            return list(self._rules)

    @property
    def active(self) -> bool:
        """Whether any rule is set."""
        return bool(self._rules)

    @property
    def log(self) -> list[dict[str, Any]]:
        """One entry per fault applied: ``at`` (ISO 8601), ``rule``, ``operation``, ``call``
        (the rule's count of calls), ``action``."""
        with self._lock:
            return list(self._log)

    def add(self, **fields: Any) -> FaultRule:
        """Add a rule (the fields of the JSON form); :class:`FaultError` when it is wrong."""
        rule = parse_rule(fields, len(self._rules), self._operations)
        with self._lock:
            self._name(rule, {r.id for r in self._rules})
            self._rules.append(rule)
        return rule

    def replace(self, rules: object) -> list[FaultRule]:
        """Replace every rule by ``rules`` (a list of JSON forms), all checked first."""
        if not isinstance(rules, list):
            raise FaultError("list", "rules", "must be a list of rules")
        parsed = [parse_rule(data, i, self._operations) for i, data in enumerate(rules)]
        ids = [rule.id for rule in parsed if rule.id]
        for rule_id in ids:
            if ids.count(rule_id) > 1:
                raise FaultError(repr(rule_id), "id", "is given to two rules")
        with self._lock:
            for rule in parsed:
                self._name(rule, set(ids))
            self._rules = parsed
        return parsed

    def clear(self) -> None:
        """Remove every rule and empty the log; new rules are numbered from rule-1 again."""
        with self._lock:
            self._rules.clear()
            self._log.clear()
            self._made = 0

    def as_json(self) -> dict[str, Any]:
        """What ``GET /_sandbox/faults`` answers."""
        with self._lock:
            return {"rules": [r.as_json() for r in self._rules], "log": list(self._log)}

    def hit(self, operation: str) -> FaultRule | None:
        """Count a call of ``operation`` for every rule of it; the first rule that hits it
        (logged and counted as applied), or None."""
        with self._lock:
            chosen: FaultRule | None = None
            for rule in self._rules:
                if rule.operation == operation and rule.matches() and chosen is None:
                    chosen = rule
            if chosen is not None:
                chosen.applied += 1
                self._log.append(
                    {
                        "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                        "rule": chosen.id,
                        "operation": operation,
                        "call": chosen.calls,
                        "action": chosen.action,
                    }
                )
            return chosen

    def _name(self, rule: FaultRule, taken: set[str]) -> None:
        while not rule.id:
            self._made += 1
            candidate = f"rule-{self._made}"
            if candidate not in taken:
                rule.id = candidate


class FaultMiddleware:
    """Applies the rules to the API's calls; ``app`` is the Starlette app of the API."""

    def __init__(self, app: Any, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.faults.active:  # no rules: no route lookup
            await self.app(scope, receive, send)
            return
        operation = self._operation(scope)
        rule = self.faults.hit(operation) if operation is not None else None
        if rule is None:
            await self.app(scope, receive, send)
            return
        if rule.action == "status":
            await _answer_status(rule, send)
        elif rule.action == "reset-before":
            await _reset(scope, receive)
        else:
            start, body = await _buffered(self.app, scope, receive)
            await _deliver(rule, scope, receive, send, start, body)

    def _operation(self, scope: Scope) -> str | None:
        for route in self.app.routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                # A route serves one path, all its methods: each method's operation id.
                method = "GET" if scope["method"] == "HEAD" else scope["method"]
                by_method = getattr(route.endpoint, "operation_ids", None)
                return by_method.get(method) if by_method else str(route.name)
        return None


async def _answer_status(rule: FaultRule, send: Send) -> None:
    status = rule.status or 503
    text = f"the sandbox's fault rule {rule.id} answers {status}".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    headers.append((b"content-length", str(len(text)).encode()))
    if rule.retry_after is not None:
        headers.append((b"retry-after", f"{rule.retry_after:g}".encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text})


async def _buffered(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    """Run the request to the end, keeping its answer instead of sending it."""
    start: Message = {}
    body = bytearray()

    async def keep(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, keep)
    return start, bytes(body)


async def _deliver(
    rule: FaultRule, scope: Scope, receive: Receive, send: Send, start: Message, body: bytes
) -> None:
    if rule.action == "reset-after":
        await _reset(scope, receive)
        return
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    if rule.action == "malformed-json":
        body = body[: len(body) // 2] if len(body) > 1 else b'{"'
        headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
        headers.append((b"content-type", b"application/json"))
    headers.append((b"content-length", str(len(body)).encode()))
    delay = rule.delay or 0.0
    if rule.action == "delay":
        await asyncio.sleep(delay)
    await send({**start, "headers": headers})
    if rule.action != "trickle":
        await send({"type": "http.response.body", "body": body})
        return
    pieces = max(1, min(rule.pieces or 10, len(body)))
    size = -(-len(body) // pieces) if body else 0
    for index in range(pieces):
        await asyncio.sleep(delay)
        chunk = body[index * size : (index + 1) * size]
        await send({"type": "http.response.body", "body": chunk, "more_body": index < pieces - 1})


async def _reset(scope: Scope, receive: Receive) -> None:
    """Reset the connection (RST, not FIN), and wait until the server has seen it go.

    uvicorn gives the app no socket; the sandbox's server puts each connection's transport in
    the scope's extensions (``TRANSPORT_EXTENSION``). With SO_LINGER set to zero, closing the
    socket sends an RST. Without a transport (an in-process client, :func:`smtpeter.testing.outbox`)
    the app raises the error httpx raises for a dropped connection instead.
    """
    transport = scope.get("extensions", {}).get(TRANSPORT_EXTENSION)
    if transport is None:  # in-process (httpx's ASGI transport): what httpx raises for it
        import httpx

        raise httpx.RemoteProtocolError("the sandbox's fault rule reset the connection")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    # uvicorn marks the request disconnected once the transport reports the loss; answering
    # nothing before that would make it log an error and try to send a 500.
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(_DISCONNECT_WAIT):
            while (await receive())["type"] != "http.disconnect":
                pass
