"""The generated package imports whole, and `send`/`resend` insist on a body."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import typing
from pathlib import Path
from types import ModuleType

import pytest

from smtpeter_client.types import RawBody
import smtpeter_client
import yaml
from smtpeter_client.api.sending import resend, send
from smtpeter_client.models import ResendForm, ResendRequest, SendForm, SendRequest

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
MODULES = sorted(
    info.name for info in pkgutil.walk_packages(smtpeter_client.__path__, prefix="smtpeter_client.")
)


def test_walk_finds_every_api_module() -> None:
    assert {
        "smtpeter_client.client",
        "smtpeter_client.api.sending.send",
        "smtpeter_client.api.sending.resend",
        "smtpeter_client.api.messages.get_attachment",
        "smtpeter_client.api.events.get_events_by_tags",
        "smtpeter_client.models.send_request",
    } <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name: str) -> None:
    # Fails on a name used but not imported (upstream once wrote `| Unset` for a required
    # body with several content types without importing Unset).
    assert isinstance(importlib.import_module(name), ModuleType)


ENDPOINTS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
ENDPOINT_MODULES = [
    name
    for name in MODULES
    if name.startswith("smtpeter_client.api.")
    and all(hasattr(importlib.import_module(name), f) for f in ENDPOINTS)
]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_every_operation_has_an_endpoint_module() -> None:
    # Each operation of openapi.yaml is a module named after its first tag and operationId,
    # with all four entry points.
    document = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    expected = {
        f"smtpeter_client.api.{operation['tags'][0]}.{_snake(operation['operationId'])}"
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    assert set(ENDPOINT_MODULES) == expected


@pytest.mark.parametrize("name", ENDPOINT_MODULES)
def test_endpoint_annotations_resolve(name: str) -> None:
    module = importlib.import_module(name)
    for function in ENDPOINTS:
        hints = typing.get_type_hints(getattr(module, function))
        assert "client" in hints
        assert "return" in hints


@pytest.mark.parametrize(
    ("module", "body_types"),
    [(send, {SendRequest, SendForm, RawBody}), (resend, {ResendRequest, ResendForm, RawBody})],
    ids=["send", "resend"],
)
@pytest.mark.parametrize("function", ENDPOINTS)
def test_body_is_required(module: ModuleType, body_types: set[type], function: str) -> None:
    endpoint = getattr(module, function)
    parameter = inspect.signature(endpoint).parameters["body"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default is inspect.Parameter.empty
    assert set(typing.get_args(typing.get_type_hints(endpoint)["body"])) == body_types
    with pytest.raises(TypeError, match="body"):
        endpoint(client=None)
