"""Write a test once, run it through both wrapper clients.

A test is an ``async def`` that takes an :class:`smtpeter.AsyncSMTPeter` and awaits its calls.
:func:`awaitable` turns a :class:`smtpeter.SMTPeter` into an object of the same shape, whose
methods run the sync client's method when awaited (plainly, on the test's own thread: the
sandbox serves from its own thread). The two clients have the same groups, methods and
signatures (tests/wrapper/test_every_operation.py checks that), so typing the adapter as an
``AsyncSMTPeter`` lets mypy check every call the tests make.
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, cast

import httpx

import smtpeter

__all__ = ["Wire", "awaitable", "unique"]


@dataclass
class Wire:
    """What a client put on the wire and what came back, recorded by httpx event hooks of the
    ``http_client`` it was given (so a test can tell that nothing was sent, or read a status
    or header the wrapper's result does not carry)."""

    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    def hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """Event hooks for an ``httpx.Client``."""
        return {"request": [self.requests.append], "response": [self.responses.append]}

    def async_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        """Event hooks for an ``httpx.AsyncClient`` (which awaits them)."""

        async def request(outgoing: httpx.Request) -> None:
            self.requests.append(outgoing)

        async def response(incoming: httpx.Response) -> None:
            self.responses.append(incoming)

        return {"request": [request], "response": [response]}

    @property
    def last(self) -> httpx.Response:
        """The last answer received."""
        assert self.responses, "nothing was received"
        return self.responses[-1]


class _Awaitable:
    """Attribute access mirrors the wrapped object; methods become coroutine functions."""

    def __init__(self, target: object) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.ismethod(value):
            return _deferred(value)
        if name.startswith("_") or isinstance(value, str | int | float | bool | type(None)):
            return value
        return _Awaitable(value)  # a group of operations: client.templates, client.dkim...

    def __repr__(self) -> str:
        return f"awaitable({self._target!r})"


def _deferred(method: Callable[..., Any]) -> Callable[..., Coroutine[Any, Any, Any]]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return method(*args, **kwargs)

    call.__name__ = method.__name__
    return call


def awaitable(client: smtpeter.SMTPeter) -> smtpeter.AsyncSMTPeter:
    """The sync client, called the way the async one is (see the module's docstring)."""
    return cast(smtpeter.AsyncSMTPeter, _Awaitable(client))


def unique(name: str) -> str:
    """A name no other test of the session uses (tests share one sandbox)."""
    return f"{name}-{uuid.uuid4().hex[:8]}"
