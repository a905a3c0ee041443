"""Data requests: everything the sandbox keeps about one email address, gathered on request.

Gathering takes SMTPeter a while; the sandbox takes exactly one look. A new request is pending;
the first time anyone asks about it (its status or its data) it is still pending, and from
then on it is done, with the data as they stood at that moment. Nothing is sent to a request's
``monitor``: it is kept, and shown in :attr:`DataRequest.monitor`.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response

from ._common import Handler, json_answer, not_found
from ._store import MessageStore
from ._validate import Validated

__all__ = ["NOT_AVAILABLE", "DataRequest", "DataRequests"]

NOT_AVAILABLE = "Data not available (yet)."
"""What ``data`` holds while a request is pending (SMTPeter's words)."""


@dataclass
class DataRequest:
    """One data request and, once done, what it found."""

    id: str
    email: str
    monitor: str | None = None
    asked: bool = False
    rows: list[list[Any]] | None = field(default=None, repr=False)

    @property
    def status(self) -> str:
        """``pending`` or ``done``."""
        return "pending" if self.rows is None else "done"


class DataRequests:
    """The sandbox's data requests (thread-safe)."""

    def __init__(self, store: MessageStore) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._requests: dict[str, DataRequest] = {}

    def all(self) -> list[DataRequest]:
        """Every data request, oldest first."""
        with self._lock:
            return list(self._requests.values())

    def handlers(self) -> dict[str, Handler]:
        """The data request operations, by operationId."""
        return {
            "createDataRequest": self._create,
            "getDataRequestStatus": lambda call: json_answer(
                {"id": (request := self._advance(call)).id, "status": request.status}
            ),
            "getDataRequest": self._result,
        }

    def _create(self, call: Validated) -> Response:
        body: dict[str, Any] = dict(call.body)
        request = DataRequest(secrets.token_hex(8), str(body["email"]), body.get("monitor"))
        with self._lock:
            self._requests[request.id] = request
        return json_answer({"id": request.id}, status=201)

    def _advance(self, call: Validated) -> DataRequest:
        """The request after one more look: the first leaves it pending, the next completes it."""
        request_id = str(call.path["request_id"])
        with self._lock:
            request = self._requests.get(request_id)
            if request is None:
                raise not_found(f"data request {request_id}")
            if request.rows is None:
                if request.asked:
                    request.rows = self._gather(request.email)
                request.asked = True
            return request

    def _result(self, call: Validated) -> Response:
        request = self._advance(call)
        data: list[list[Any]] | str = NOT_AVAILABLE if request.rows is None else request.rows
        return json_answer({"info": {"type": "email", "id": request.email}, "data": data})

    def _gather(self, email: str) -> list[list[Any]]:
        """One row per message sent to the address and per event of those messages."""
        rows: list[list[Any]] = []
        for message in self.store.messages():
            if message.recipient.lower() != email.lower():
                continue
            time = message.received.strftime("%Y-%m-%d %H:%M:%S")
            rows.append(["message", message.message_id, time, message.subject])
            rows.extend(
                [event["event"], message.message_id, event["data"].get("time", time)]
                for event in message.events
            )
        return rows
