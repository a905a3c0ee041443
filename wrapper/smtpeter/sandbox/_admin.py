"""The sandbox's own admin API under ``/_sandbox/`` (see ``faults.openapi.yaml``).

- ``GET /_sandbox/faults``: the fault rules and the log of faults applied;
- ``PUT /_sandbox/faults`` with ``{"rules": [...]}``: replace the rules (400 names the field
  and the rule of a bad one);
- ``DELETE /_sandbox/faults``: remove the rules and empty the log;
- ``GET /_sandbox/webhooks`` (``?message_id=``): the webhook calls the sandbox made, with
  their headers, body and answer, and the key that signed them;
- ``POST /_sandbox/webhooks/sign`` with ``{"url": ..., "body": ...}``: the headers of that
  call signed now with the sandbox's key (what ``smtpeter webhooks replay`` sends).

When the sandbox has a token, every call needs it, as ``Authorization: Bearer <token>`` or as
the ``access_token`` query parameter (as for the v1 API).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from ._faults import FaultError

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._webhooks import WebhookResult

__all__ = ["ADMIN_PREFIX", "admin_routes", "webhook_call_json"]

ADMIN_PREFIX = "/_sandbox"
_MAX_ADMIN_BODY = 1024 * 1024


def admin_routes(app: SandboxApp) -> list[Route]:
    """The routes of the admin API of ``app``."""

    def guarded(
        handler: Callable[[Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            refusal = _refusal(app.token, request)
            if refusal is not None:
                return PlainTextResponse(refusal, status_code=401)
            try:
                return await handler(request)
            except FaultError as exc:
                return JSONResponse(
                    {"error": str(exc), "rule": exc.rule, "field": exc.field}, status_code=400
                )
            except _BadRequest as exc:
                return JSONResponse({"error": str(exc), "field": exc.field}, status_code=400)

        endpoint.__name__ = "admin_" + handler.__name__.strip("_")
        return endpoint

    async def get_faults(request: Request) -> Response:
        return JSONResponse(app.faults.as_json())

    async def put_faults(request: Request) -> Response:
        data = await _json_object(request, {"rules"})
        if "rules" not in data:
            raise _BadRequest("rules", "is required: a list of rules")
        app.faults.replace(data["rules"])
        return JSONResponse(app.faults.as_json())

    async def delete_faults(request: Request) -> Response:
        app.faults.clear()
        return Response(status_code=204)

    async def get_webhooks(request: Request) -> Response:
        unknown = sorted(set(request.query_params) - {"message_id", "access_token"})
        if unknown:
            raise _BadRequest(unknown[0], "unknown query parameter (known: message_id)")
        wanted = request.query_params.get("message_id")
        calls = [
            webhook_call_json(result)
            for result in list(app.webhooks.results)
            if wanted is None or result.message_id == wanted
        ]
        return JSONResponse(
            {
                "key_id": app.webhooks.key_id,
                "key_record": app.webhooks.key_record,
                "calls": calls,
            }
        )

    async def sign_webhook(request: Request) -> Response:
        data = await _json_object(request, {"url", "body"})
        url, body = data.get("url"), data.get("body")
        if not isinstance(url, str):
            raise _BadRequest("url", "is required: the http:// or https:// URL to call")
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise _BadRequest("url", f"is not a URL ({exc})") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise _BadRequest("url", "must be an http:// or https:// URL with a host")
        if not isinstance(body, str):
            raise _BadRequest("body", "is required: the body to sign, as text")
        headers = app.webhooks.signed_headers(url, body.encode("utf-8"))
        return JSONResponse({"headers": headers})

    faults = f"{ADMIN_PREFIX}/faults"
    return [
        Route(faults, guarded(get_faults), methods=["GET"]),
        Route(faults, guarded(put_faults), methods=["PUT"]),
        Route(faults, guarded(delete_faults), methods=["DELETE"]),
        Route(f"{ADMIN_PREFIX}/webhooks", guarded(get_webhooks), methods=["GET"]),
        Route(f"{ADMIN_PREFIX}/webhooks/sign", guarded(sign_webhook), methods=["POST"]),
    ]


def webhook_call_json(result: WebhookResult) -> dict[str, Any]:
    """One recorded webhook call as the admin API lists it."""
    return {
        "at": result.at.isoformat(timespec="milliseconds") if result.at else None,
        "url": result.url,
        "event_type": result.event_type,
        "message_id": result.message_id,
        "headers": dict(result.headers),
        "body": result.body.decode("utf-8", "replace"),
        "status": result.status,
        "error": result.error,
        "fault": result.fault,
    }


class _BadRequest(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        super().__init__(f"{field}: {problem}")


def _refusal(token: str | None, request: Request) -> str | None:
    if token is None:
        return None
    given = request.query_params.get("access_token")
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        given = credentials.strip()
    if not given:
        return "missing token: send Authorization: Bearer <token> or ?access_token="
    if not secrets.compare_digest(given.encode("utf-8", "surrogateescape"), token.encode("utf-8")):
        return "invalid token"
    return None


async def _json_object(request: Request, known: set[str]) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > _MAX_ADMIN_BODY:
        raise _BadRequest("body", f"is larger than {_MAX_ADMIN_BODY} bytes")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise _BadRequest("body", "is not JSON") from None
    if not isinstance(data, dict):
        raise _BadRequest("body", "must be a JSON object")
    unknown = sorted(set(data) - known)
    if unknown:
        raise _BadRequest(unknown[0], f"unknown field (known: {', '.join(sorted(known))})")
    return data
