"""Small pieces the sandbox's simulations share: the handler type and answer helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from starlette.responses import JSONResponse, Response

from ._validate import RequestRejected, Validated

__all__ = ["Handler", "as_day", "deleted", "json_answer", "not_found"]

Handler = Callable[[Validated], Response]
"""What the app calls for one operation: the validated request in, the answer out."""


def json_answer(content: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """A JSON answer."""
    return JSONResponse(content, status_code=status, headers=headers)


def deleted() -> Response:
    """The answer to a successful DELETE: no content."""
    return Response(status_code=204)


def not_found(what: str) -> RequestRejected:
    """SMTPeter's 404, naming what is missing."""
    return RequestRejected(404, f"no {what}")


def as_day(value: object) -> date:
    """A path or query date, whether the validator typed it already or left it as text."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))
