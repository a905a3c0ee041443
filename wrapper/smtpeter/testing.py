"""Test helpers: catch what your code sends, in-process, with no network.

    import smtpeter
    from smtpeter.testing import outbox

    def test_welcome_mail():
        with outbox() as box:
            smtpeter.SMTPeter().send(recipient="ann@example.com", ...)
        assert box.messages[0].message["Subject"] == "Welcome"

Inside the block every client built without ``http_client=`` talks to the sandbox (see
:mod:`smtpeter.sandbox`), which checks each request against the API description, builds the
message as SMTPeter would and keeps it. Any access token is accepted. With pytest, the
``smtpeter_outbox`` fixture does the same for one test.

Webhooks: a sandbox given webhook URLs posts signed events, as SMTPeter does, with its own
key. :func:`sandbox_key_resolver` resolves that key for ``smtpeter.webhooks.verify``, and
:func:`trust_webhook_keys` makes verification use it wherever no resolver is passed, so a
webhook endpoint is tested end to end, unchanged, with no DNS::

    with running_sandbox(webhooks=["https://127.0.0.1:8443/hooks"]) as sandbox, \
            trust_webhook_keys(sandbox_key_resolver(sandbox)):
        ...   # send through the sandbox; your endpoint verifies the delivery events
        sandbox.app.webhooks.wait()
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from smtpeter import _hooks

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

    from smtpeter.sandbox import RunningSandbox, SandboxApp, StoredMessage

__all__ = ["Outbox", "outbox", "sandbox_key_resolver", "trust_webhook_keys"]

_TOKEN_VARIABLE = "SMTPETER_TOKEN"  # noqa: S105 - the variable's name, not a secret
_PLACEHOLDER_TOKEN = "outbox-token"  # noqa: S105 - any token is accepted inside the outbox


class Outbox:
    """What was sent inside an :func:`outbox` block."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app

    @property
    def messages(self) -> list[StoredMessage]:
        """Every message accepted so far, oldest first, one per recipient.

        Each has ``.message`` (the parsed :class:`email.message.EmailMessage`),
        ``.recipient``, ``.message_id`` and ``.request`` (the fields of the send).
        """
        return self.app.store.messages()

    def clear(self) -> None:
        """Forget the messages sent so far."""
        self.app.store.clear()

    def __len__(self) -> int:
        return len(self.messages)


@contextlib.contextmanager
def outbox() -> Iterator[Outbox]:
    """Route the clients created inside the block to an in-process sandbox.

    Sets ``SMTPETER_TOKEN`` for the block when it is unset, so clients built without a token
    work; the previous environment is restored afterwards.
    """
    from smtpeter.sandbox import create_app  # starlette and friends only when used

    app = create_app(token=None)
    sync = _PortalTransport(app)
    asynchronous = httpx.ASGITransport(app=app)
    token_was_set = _TOKEN_VARIABLE in os.environ
    if not token_was_set:
        os.environ[_TOKEN_VARIABLE] = _PLACEHOLDER_TOKEN
    try:
        with _hooks.override_transports(sync, asynchronous):
            yield Outbox(app)
    finally:
        sync.shutdown()
        if not token_was_set:
            os.environ.pop(_TOKEN_VARIABLE, None)


def sandbox_key_resolver(
    sandbox: SandboxApp | RunningSandbox | Outbox | Path,
) -> Callable[[str], str]:
    """The key resolver for a sandbox's signed webhook calls: its key, and no other.

    ``sandbox`` is the sandbox itself, or, for ``smtpeter sandbox`` running in another
    process, its state folder (:func:`smtpeter.sandbox.default_state_dir`), where it keeps
    its key next to its CA. Pass the resolver as
    ``key_resolver=`` to :func:`smtpeter.webhooks.verify` or an adapter, or to
    :func:`trust_webhook_keys`. No network is used.
    """
    if isinstance(sandbox, Path):
        from smtpeter.sandbox import SandboxWebhooks
        from smtpeter.sandbox._webhooks import KEY_FILE_NAME

        key_file = sandbox / KEY_FILE_NAME
        if not key_file.is_file():
            raise FileNotFoundError(f"no sandbox webhook key in {sandbox}")
        webhooks = SandboxWebhooks()
        webhooks.use_key_file(key_file)
        return webhooks.key_resolver()
    if isinstance(sandbox, Outbox) or not hasattr(sandbox, "webhooks"):
        return sandbox.app.webhooks.key_resolver()  # an Outbox or a RunningSandbox
    return sandbox.webhooks.key_resolver()


@contextlib.contextmanager
def trust_webhook_keys(resolver: Callable[[str], str]) -> Iterator[None]:
    """Inside the block, webhook verification that was given no key resolver uses ``resolver``.

    Code under test (a Django view, a FastAPI dependency) keeps its production settings and
    verifies against, say, :func:`sandbox_key_resolver` instead of DNS. Process-wide, not
    per thread: the endpoint may run in a server thread.
    """
    from smtpeter.webhooks._keys import override_default_resolver

    with override_default_resolver(resolver):
        yield


class _PortalTransport(httpx.BaseTransport):
    """A sync transport that runs the ASGI app on an event loop in a helper thread.

    Shared by every client of the outbox, so a client closing it changes nothing; the
    outbox stops the thread when its block ends.
    """

    def __init__(self, app: SandboxApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._lock = threading.Lock()
        self._portals = contextlib.ExitStack()
        self._portal: BlockingPortal | None = None
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # The request's stream is sync; give the ASGI transport one it can read.
        copy = httpx.Request(
            request.method, request.url, headers=request.headers, content=request.read()
        )
        status, headers, content = self._get_portal().call(self._round_trip, copy)
        return httpx.Response(status, headers=headers, content=content, request=request)

    async def _round_trip(
        self, request: httpx.Request
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return response.status_code, response.headers.raw, content

    def _get_portal(self) -> BlockingPortal:
        with self._lock:
            if self._closed:
                raise RuntimeError("this client was made inside an outbox block that has ended")
            if self._portal is None:
                from anyio.from_thread import start_blocking_portal

                self._portal = self._portals.enter_context(start_blocking_portal())
            return self._portal

    def close(self) -> None:
        """Nothing to do: the outbox owns the helper thread."""

    def shutdown(self) -> None:
        """Stop the helper thread, if one was started."""
        with self._lock:
            self._closed = True
            self._portal = None
            self._portals.close()


if importlib.util.find_spec("pytest") is not None:
    import pytest

    @pytest.fixture
    def smtpeter_outbox() -> Iterator[Outbox]:
        """An :func:`outbox` around one test."""
        with outbox() as box:
            yield box

    __all__ += ["smtpeter_outbox"]
