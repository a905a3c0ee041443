"""Starlette and FastAPI: a dependency that verifies SMTPeter's webhook calls.

.. code-block:: python

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from smtpeter.webhooks import WebhookEvent
    from smtpeter.webhooks.starlette import WebhookVerifier

    app = FastAPI()
    verified = WebhookVerifier(host="hooks.example.com")

    @app.post("/hooks/smtpeter", status_code=204)
    async def smtpeter_events(event: Annotated[WebhookEvent, Depends(verified)]) -> None:
        ...

In plain Starlette, ``event = await verified(request)`` in an endpoint does the same. A call
that fails verification gets ``403`` naming the failed check; a signed body that is no known
event ``400`` (an ``HTTPException``, which both frameworks answer).

Behind a reverse proxy: run uvicorn with ``--proxy-headers --forwarded-allow-ips=<proxy>``
(the scheme then comes from ``X-Forwarded-Proto``), and give ``host=``; or pass
``trust_forwarded=True`` to read ``X-Forwarded-Proto``, ``X-Forwarded-Host`` and
``X-Forwarded-Prefix`` here (only when the proxy sets them and drops any a client sent).
"""

# No "from __future__ import annotations": FastAPI reads __call__'s annotations at run time.
import logging

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request

from ._errors import PayloadError, SignatureError
from ._events import WebhookEvent
from ._keys import KeyResolver
from ._verify import DEFAULT_MAX_AGE, verify_request
from .asgi import request_from_scope

__all__ = ["WebhookVerifier"]

logger = logging.getLogger("smtpeter.webhooks")


class WebhookVerifier:
    """A callable ``await verifier(request) -> WebhookEvent``, usable as a FastAPI dependency.

    ``host``, ``key_resolver`` and ``max_age`` are as for :func:`smtpeter.webhooks.verify`;
    ``trust_forwarded`` reads the proxy's ``X-Forwarded-*`` headers; ``require_https=False``
    accepts plain HTTP (local tests only). The check runs in a worker thread, since fetching
    a key from DNS blocks.
    """

    def __init__(
        self,
        *,
        host: str | None = None,
        key_resolver: KeyResolver | None = None,
        max_age: float = DEFAULT_MAX_AGE,
        trust_forwarded: bool = False,
        require_https: bool = True,
    ) -> None:
        self.host = host
        self.key_resolver = key_resolver
        self.max_age = max_age
        self.trust_forwarded = trust_forwarded
        self.require_https = require_https

    async def __call__(self, request: Request) -> WebhookEvent:
        """Verify ``request``; raise ``HTTPException`` (403 or 400) when it fails."""
        call = request_from_scope(
            request.scope, await request.body(), trust_forwarded=self.trust_forwarded
        )
        try:
            return await run_in_threadpool(
                verify_request,
                call,
                key_resolver=self.key_resolver,
                host=self.host,
                max_age=self.max_age,
                require_https=self.require_https,
            )
        except SignatureError as exc:
            logger.warning("webhook refused (%s): %s", exc.check, exc)
            raise HTTPException(403, f"webhook refused: {exc}") from None
        except PayloadError as exc:
            logger.warning("webhook body refused: %s", exc)
            raise HTTPException(400, f"webhook body refused: {exc}") from None
