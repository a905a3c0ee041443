"""The sandbox's archive: messages and their events in memory, optionally as .eml files."""

from __future__ import annotations

import calendar
import email
import email.policy
import functools
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

__all__ = ["MessageStore", "StoredMessage", "event_window"]

_TRACKING_DEFAULTS = {
    "preventscam": False,
    "inlinecss": False,
    "trackbounces": True,
    "trackopens": True,
    "trackclicks": True,
}


@dataclass
class StoredMessage:
    """One message the sandbox accepted, for one recipient."""

    message_id: str
    recipient: str
    envelope: str
    raw: bytes
    """The message as it would be delivered."""
    request: dict[str, Any]
    """The fields of the send (or of the send a resend repeated)."""
    data: dict[str, Any]
    """The personalization variables this message was built with."""
    received: datetime
    tags: tuple[str, ...] = ()
    template_id: int = 0
    resent_from: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list, repr=False)

    @functools.cached_property
    def message(self) -> EmailMessage:
        """The message, parsed with the standard library's modern policy.

        Line ends are read as ``\n``, so ``get_content()`` gives text as it was sent.
        """
        return email.message_from_bytes(
            self.raw.replace(b"\r\n", b"\n"), policy=email.policy.default
        )

    @property
    def subject(self) -> str:
        """The decoded Subject header, empty when there is none."""
        return str(self.message.get("Subject", ""))


class MessageStore:
    """Thread-safe archive of stored messages; writes ``<message_id>.eml`` into ``mail_dir``.

    It keeps the newest ``max_messages`` messages (None: all); the oldest are dropped first,
    from memory only (their files stay).
    """

    def __init__(
        self,
        mail_dir: Path | None = None,
        *,
        max_messages: int | None = None,
        event_delay: float = 0.0,
    ) -> None:
        self.event_delay = event_delay
        """Seconds before a message's events are returned (SMTPeter logs them with a lag)."""
        if max_messages is not None and max_messages < 1:
            raise ValueError("max_messages must be 1 or more (or None for no limit)")
        self.mail_dir = mail_dir
        self.max_messages = max_messages
        if mail_dir is not None:
            mail_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._messages: dict[str, StoredMessage] = {}

    def add(self, message: StoredMessage) -> None:
        """Archive a message and log its attempt and delivery events."""
        message.events[:] = _events_for(message)
        if self.mail_dir is not None:
            _write_atomically(self.mail_dir / f"{message.message_id}.eml", message.raw)
        with self._lock:
            self._messages[message.message_id] = message
            if self.max_messages is not None:
                while len(self._messages) > self.max_messages:
                    del self._messages[next(iter(self._messages))]

    def get(self, message_id: str) -> StoredMessage | None:
        """The message with this id, or None."""
        with self._lock:
            return self._messages.get(message_id)

    def messages(self) -> list[StoredMessage]:
        """Every stored message, oldest first."""
        with self._lock:
            return list(self._messages.values())

    def remove(self, message_id: str) -> bool:
        """Forget one message (its file stays); False when there was none with this id."""
        with self._lock:
            return self._messages.pop(message_id, None) is not None

    def clear(self) -> None:
        """Forget every message (files already written stay)."""
        with self._lock:
            self._messages.clear()

    def events(
        self,
        *,
        message_id: str | None = None,
        email_address: str | None = None,
        template_id: int | None = None,
        tags: Iterable[str] = (),
        start: date | None = None,
        end: date | None = None,
    ) -> list[dict[str, Any]]:
        """The events matching every given filter, oldest first.

        Messages must carry all of ``tags``; ``start``/``end`` select a span as
        :func:`event_window` describes (without either, every event is returned).
        """
        wanted_tags = set(tags)
        window = event_window(start, end)
        selected: list[dict[str, Any]] = []
        logged_before = datetime.now(UTC) - timedelta(seconds=self.event_delay)
        for message in self.messages():
            if self.event_delay and message.received > logged_before:
                continue
            if message_id is not None and message.message_id != message_id:
                continue
            if email_address is not None and message.recipient.lower() != email_address.lower():
                continue
            if template_id is not None and message.template_id != template_id:
                continue
            if not wanted_tags.issubset(message.tags):
                continue
            if window is not None and not window[0] <= message.received.date() < window[1]:
                continue
            selected.extend(message.events)
        return selected


def event_window(start: date | None, end: date | None) -> tuple[date, date] | None:
    """The days ``[first, last)`` an events call covers, as SMTPeter's docs describe it.

    ``start`` alone: one month from it; ``end`` alone: the month before it; both: from
    ``start`` up to ``end`` but at most one month; neither: None (no date filter).
    """
    if start is not None:
        month_later = _add_months(start, 1)
        return (start, month_later if end is None else min(end, month_later))
    if end is not None:
        return (_add_months(end, -1), end)
    return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _events_for(message: StoredMessage) -> list[dict[str, Any]]:
    time = message.received.strftime("%Y-%m-%d %H:%M:%S")
    common = {
        "id": message.message_id,
        "time": time,
        "envelope": message.envelope,
        "recipient": message.recipient,
    }
    tags = ";".join(message.tags)
    properties = ";".join(
        name
        for name, default in _TRACKING_DEFAULTS.items()
        if _flag(message.request, name, default)
    )
    attempt = {**common, "properties": properties, "tags": tags, "templateid": message.template_id}
    delivery = {
        **common,
        "from": "127.0.0.1",
        "to": "127.0.0.1",
        "attempt": 0,
        "tags": tags,
        "templateid": message.template_id,
    }
    return [{"event": "attempt", "data": attempt}, {"event": "delivery", "data": delivery}]


def _flag(request: Mapping[str, Any], name: str, default: bool) -> bool:
    value = request.get(name)
    return default if value is None else bool(value)


def _write_atomically(path: Path, content: bytes) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
