"""What the generated resource classes hand to a runner: one :class:`Operation` per operation.

Copied into the generated package by tools/generate_surface.py (``make generate``); the
``Operation`` records themselves are written into ``resources.py`` from openapi.yaml.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncRunner", "Operation", "Runner"]


_FIELDS = (
    "operation_id",
    "name",
    "tag",
    "method",
    "path",
    "module",
    "path_parameters",
    "query_parameters",
    "bodies",
    "body_fields",
    "conversions",
    "date_parameters",
    "form_types",
    "media_types",
    "open_body",
    "idempotent",
    "result",
)


class Operation:
    """How to call one operation: its generated functions and what its arguments are.

    Read-only, and equal to another with the same fields. A plain class rather than a frozen
    dataclass, which would cost more to define than a send (this module loads with the first).
    """

    operation_id: str
    name: str
    tag: str
    method: str
    path: str
    module: str
    """The generated module of the operation, relative to this package (``api.<tag>.<name>``).
    Its ``request_kwargs`` and ``parse_response`` are those of its tag's ``_wire`` module
    (``<name>_request_kwargs``, ``<name>_parse_response``), imported on first use: importing
    this module loads no endpoint or model, and a call loads no client or request body model."""
    path_parameters: tuple[str, ...]
    query_parameters: Mapping[str, str]
    """Python keyword to parameter name."""
    bodies: Mapping[str, str]
    """Encoding (``json``, ``form``) to the name of its schema; empty without a body."""
    body_fields: Mapping[str, str]
    """Python keyword to property name (``from_`` to ``from``)."""
    conversions: Mapping[str, str]
    """Property (``name``, or ``name[]`` for each item) to the schema whose Python values the
    runner converts (see templates/surface.yaml), or ``date`` for a ``datetime.date``."""
    date_parameters: tuple[str, ...]
    form_types: Mapping[str, str]
    """Property to its JSON type in the form body, where it is a list or a string (a runner
    sends one string as a one-item list, an id as text)."""
    media_types: tuple[str, ...]
    """The content types of the documented success answers (empty: any, e.g. a file)."""
    open_body: bool
    """Whether the body schema takes properties it does not list (a template document): then
    keyword arguments it does not name go out as they are."""
    idempotent: bool
    """Whether repeating the call is harmless (reads, PUT, DELETE), so that it may be retried."""
    result: str
    """What a success carries: ``json`` (a parsed model), ``text``, ``binary`` or ``none``."""

    def __init__(
        self,
        operation_id: str,
        name: str,
        tag: str,
        method: str,
        path: str,
        module: str,
        path_parameters: tuple[str, ...],
        query_parameters: Mapping[str, str],
        bodies: Mapping[str, str],
        body_fields: Mapping[str, str],
        conversions: Mapping[str, str] | None = None,
        date_parameters: tuple[str, ...] = (),
        form_types: Mapping[str, str] | None = None,
        media_types: tuple[str, ...] = (),
        open_body: bool = False,
        idempotent: bool = False,
        result: str = "json",
    ) -> None:
        self.__dict__.update(
            operation_id=operation_id,
            name=name,
            tag=tag,
            method=method,
            path=path,
            module=module,
            path_parameters=path_parameters,
            query_parameters=query_parameters,
            bodies=bodies,
            body_fields=body_fields,
            conversions={} if conversions is None else conversions,
            date_parameters=date_parameters,
            form_types={} if form_types is None else form_types,
            media_types=media_types,
            open_body=open_body,
            idempotent=idempotent,
            result=result,
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"an Operation is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"an Operation is read-only: cannot delete {name!r}")

    def _fields(self) -> tuple[Any, ...]:
        return tuple(self.__dict__[name] for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Operation)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"

    def _wire(self, function: str) -> Any:
        tag, _, name = self.module.rpartition(".")
        wire: ModuleType = importlib.import_module(f"{__package__}.{tag}._wire")
        return getattr(wire, f"{name}_{function}")

    @cached_property
    def request_kwargs(self) -> Callable[..., dict[str, Any]]:
        """The generated ``request_kwargs`` function: the arguments of ``build_request``."""
        return cast("Callable[..., dict[str, Any]]", self._wire("request_kwargs"))

    @cached_property
    def parse_response(self) -> Callable[[httpx.Response], Any]:
        """The generated ``parse_response`` function: the answer as a model."""
        return cast("Callable[[httpx.Response], Any]", self._wire("parse_response"))


class Runner(Protocol):
    """What the sync resource classes hand their calls to."""

    def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> Any: ...


class AsyncRunner(Protocol):
    """What the async resource classes hand their calls to."""

    async def call(
        self,
        operation: Operation,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        body: Mapping[str, Any] | None = None,
        encoding: str = "json",
    ) -> Any: ...
