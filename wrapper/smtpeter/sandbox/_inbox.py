"""The sandbox's web inbox: static pages under ``/inbox/`` and their JSON under ``/_sandbox/``.

The pages are plain HTML, CSS and a little JavaScript shipped in ``sandbox/inbox/``; they
build every element with ``textContent`` and read everything through the JSON endpoints here.

Access rule: the JSON endpoints answer requests from loopback addresses only (403 otherwise)
unless the sandbox was told to serve beyond loopback (``allow_remote``, set when ``--host``
is not a loopback address), and, when the sandbox has a token, only requests carrying it as
the admin API takes it (``Authorization: Bearer <token>``; 401 otherwise). The page sends it
in that header only, never in a URL. The webhook calls come from the admin API's
``GET /_sandbox/webhooks`` and the faults panel uses ``/_sandbox/faults`` (see ``_admin``).
Deleting goes through the store (:meth:`MessageStore.remove`, :meth:`MessageStore.clear`),
which forgets messages from memory: the inbox writes and removes no file.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from .._config import is_loopback
from . import _parts
from ._admin import _refusal as token_refusal

if TYPE_CHECKING:
    from ._app import SandboxApp
    from ._store import StoredMessage

__all__ = [
    "TOKEN_HEADER",
    "UI_POLICY",
    "Inbox",
    "beyond_loopback_warning",
    "frame_policy",
    "inbox_url",
    "is_loopback_host",
]

TOKEN_HEADER = "Authorization"  # noqa: S105 - a header name, not a secret
"""The header the page sends the token in, as ``Bearer <token>`` (as the admin API takes it)."""
UI_POLICY = (
    "default-src 'none'; script-src 'self'; connect-src 'self'; "
    # The message frame (an srcdoc document) inherits this policy on top of its own, which
    # blocks remote content until the user asks for it: the UI itself never makes an element
    # from data, so these sources only ever serve the frame.
    "style-src 'self' 'unsafe-inline' http: https:; img-src 'self' data: http: https:; "
    "font-src data: http: https:; frame-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
_STATIC = {
    "index.html": "text/html; charset=utf-8",
    "inbox.js": "text/javascript; charset=utf-8",
    "inbox.css": "text/css; charset=utf-8",
}
_CID = re.compile(r"""cid:([^"'\s)>]+)""", re.IGNORECASE)

Endpoint = Callable[[Request], Awaitable[Response]]


def frame_policy(*, remote: bool) -> str:
    """The Content-Security-Policy of a message's HTML frame: no script ever, no remote
    image, style or font unless ``remote``."""
    remote_sources = " http: https:" if remote else ""
    return (
        f"default-src 'none'; script-src 'none'; img-src data:{remote_sources}; "
        f"style-src 'unsafe-inline'{remote_sources}; font-src data:{remote_sources}; "
        "base-uri 'none'; form-action 'none'"
    )


def inbox_url(base_url: str) -> str:
    """The inbox's address for the API's ``base_url`` (``https://127.0.0.1:8465/v1``)."""
    return base_url.rstrip("/").removesuffix("/v1") + "/inbox/"


def is_loopback_host(host: str) -> bool:
    """Whether binding ``host`` serves loopback clients only (``127.0.0.1``, ``::1``,
    ``localhost``); ``0.0.0.0``, ``::``, another address or name serves beyond it. The
    client's own test for a plain-HTTP ``base_url``: one rule for both."""
    return is_loopback(host)


def beyond_loopback_warning(host: str) -> str:
    """What ``smtpeter sandbox --host HOST`` prints on stderr when HOST is not loopback."""
    return (
        f"smtpeter sandbox: warning: --host {host} is not a loopback address: the API and the "
        "inbox (every archived mail) are served to other machines too, to whoever has the "
        "access token"
    )


class Inbox:
    """The inbox of one :class:`SandboxApp`; :meth:`routes` are mounted before its API."""

    def __init__(self, app: SandboxApp, *, allow_remote: bool = False) -> None:
        self.app = app
        self.allow_remote = allow_remote
        """Answer clients beyond loopback too (``--host`` not a loopback address)."""

    def routes(self) -> list[BaseRoute]:
        """The inbox's routes: ``/`` and ``/inbox/`` pages, ``/_sandbox/...`` JSON."""
        api: list[tuple[str, Callable[[Request], Response], list[str]]] = [
            ("/_sandbox/messages", self._messages, ["GET"]),
            ("/_sandbox/messages", self._delete_all, ["DELETE"]),
            ("/_sandbox/revision", self._revision, ["GET"]),
            ("/_sandbox/messages/{message_id}", self._message, ["GET"]),
            ("/_sandbox/messages/{message_id}", self._delete, ["DELETE"]),
            ("/_sandbox/messages/{message_id}/raw", self._raw, ["GET"]),
            ("/_sandbox/messages/{message_id}/attachments/{rank:int}", self._attachment, ["GET"]),
            ("/_sandbox/templates", self._templates, ["GET"]),
            ("/_sandbox/domains", self._domains, ["GET"]),
        ]
        return [
            Route("/", lambda request: RedirectResponse("/inbox/"), methods=["GET"]),
            Route("/inbox", lambda request: RedirectResponse("/inbox/"), methods=["GET"]),
            Route("/inbox/", _static("index.html"), methods=["GET"]),
            *(Route(f"/inbox/{name}", _static(name), methods=["GET"]) for name in _STATIC),
            Route("/_sandbox/access", self._access, methods=["GET"]),
            *(
                Route(path, self._guarded(handler), methods=methods)
                for path, handler, methods in api
            ),
        ]

    # --- access ----------------------------------------------------------------------------

    def _refusal(self, request: Request) -> Response | None:
        if not self.allow_remote and not _is_loopback(request):
            return _error(403, "the inbox answers loopback clients only")
        refusal = token_refusal(self.app.token, request)
        return None if refusal is None else _error(401, refusal)

    def _guarded(self, handler: Callable[[Request], Response]) -> Endpoint:
        async def endpoint(request: Request) -> Response:
            refusal = self._refusal(request)
            if refusal is not None:
                return refusal
            return handler(request)

        endpoint.__name__ = "inbox" + handler.__name__
        return endpoint

    async def _access(self, request: Request) -> Response:
        """What the page must do to be answered (no data: answered to anyone it would serve)."""
        if not self.allow_remote and not _is_loopback(request):
            return _error(403, "the inbox answers loopback clients only")
        return _json(
            {
                "token_required": self.app.token is not None,
                "loopback_only": not self.allow_remote,
                "header": TOKEN_HEADER,
            }
        )

    # --- messages --------------------------------------------------------------------------

    def _revision(self, request: Request) -> Response:
        return _json({"revision": _revision(self.app.store.messages())})

    def _messages(self, request: Request) -> Response:
        messages = self.app.store.messages()
        query = request.query_params.get("q", "").strip().lower()
        found = [m for m in reversed(messages) if not query or query in _haystack(m)]
        return _json(
            {
                "revision": _revision(messages),
                "total": len(messages),
                "max_messages": self.app.store.max_messages,
                "messages": [_summary(m) for m in found],
            }
        )

    def _stored(self, request: Request) -> StoredMessage | Response:
        message_id = request.path_params["message_id"]
        message = self.app.store.get(message_id)
        return message if message is not None else _error(404, "no such message")

    def _message(self, request: Request) -> Response:
        message = self._stored(request)
        if isinstance(message, Response):
            return message
        parsed = message.message
        embeds = _parts.embeds(parsed)
        html = _parts.body_text(parsed, "html")
        return _json(
            {
                **_summary(message),
                "envelope": message.envelope,
                "resent_from": message.resent_from,
                "template_id": message.template_id,
                "headers": [[name, str(value)] for name, value in parsed.items()],
                "text": _parts.body_text(parsed, "plain"),
                "html": _inline_embeds(html, embeds),
                "frame_policy": frame_policy(remote=False),
                "frame_policy_remote": frame_policy(remote=True),
                "attachments": [_part_entry(p) for p in _parts.attachments(parsed)],
                "embeds": [_part_entry(p) for p in embeds],
                "events": message.events,
            }
        )

    def _raw(self, request: Request) -> Response:
        message = self._stored(request)
        if isinstance(message, Response):
            return message
        return Response(message.raw, media_type="text/plain; charset=utf-8", headers=_NO_STORE)

    def _attachment(self, request: Request) -> Response:
        message = self._stored(request)
        if isinstance(message, Response):
            return message
        found = _parts.attachments(message.message)
        rank: int = request.path_params["rank"]
        if rank >= len(found):
            return _error(404, "the message has no such attachment")
        part = found[rank]
        return Response(
            part.content,
            media_type="application/octet-stream",
            headers={
                **_NO_STORE,
                "Content-Disposition": f"attachment; filename*=UTF-8''{_quote(part.name)}",
                "X-Content-Type-Options": "nosniff",
            },
        )

    def _delete(self, request: Request) -> Response:
        message = self._stored(request)
        if isinstance(message, Response):
            return message
        self.app.store.remove(message.message_id)
        return _json({"deleted": 1})

    def _delete_all(self, request: Request) -> Response:
        count = len(self.app.store.messages())
        self.app.store.clear()
        return _json({"deleted": count})

    # --- read-only views -------------------------------------------------------------------

    def _templates(self, request: Request) -> Response:
        return _json(
            [{"id": t.id, "name": t.name, "document": t.document} for t in self.app.templates.all()]
        )

    def _domains(self, request: Request) -> Response:
        return _json(
            [
                {
                    **domain.answer(),
                    "dkim": [key.answer() for key in domain.dkim_keys],
                }
                for domain in self.app.domains.all()
            ]
        )


_NO_STORE = {"Cache-Control": "no-store"}


def _static(name: str) -> Endpoint:
    media_type = _STATIC[name]

    async def page(request: Request) -> Response:
        content = resources.files(__package__).joinpath("inbox", name).read_bytes()
        return Response(
            content,
            media_type=media_type,
            headers={
                **_NO_STORE,
                "Content-Security-Policy": UI_POLICY,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",
            },
        )

    page.__name__ = f"inbox_{name.replace('.', '_')}"
    return page


def _is_loopback(request: Request) -> bool:
    client = request.client
    if client is None:  # in-process (no socket): nothing beyond loopback can reach it
        return True
    try:
        return ipaddress.ip_address(client.host).is_loopback
    except ValueError:
        return client.host in {"localhost", "testclient"}


def _json(content: Any, status: int = 200) -> Response:
    return JSONResponse(content, status_code=status, headers=_NO_STORE)


def _error(status: int, explanation: str) -> Response:
    return _json({"error": explanation}, status)


def _revision(messages: list[StoredMessage]) -> str:
    digest = hashlib.sha256()
    for message in messages:
        digest.update(message.message_id.encode())
    return f"{len(messages)}-{digest.hexdigest()[:16]}"


def _summary(message: StoredMessage) -> dict[str, Any]:
    parsed = message.message
    return {
        "id": message.message_id,
        "recipient": message.recipient,
        "from": str(parsed.get("From", "")),
        "subject": message.subject,
        "tags": list(message.tags),
        "received": message.received.isoformat(),
        "size": len(message.raw),
    }


def _haystack(message: StoredMessage) -> str:
    return "\n".join(
        [message.message_id, message.recipient, message.subject, *message.tags]
    ).lower()


def _part_entry(part: _parts.Part) -> dict[str, Any]:
    return {"rank": part.rank, "name": part.name, "type": part.type, "size": len(part.content)}


def _inline_embeds(html: str, embeds: list[_parts.Part]) -> str:
    """``cid:`` references replaced by data: URIs of the embedded items they name."""
    by_cid = {part.cid: part for part in embeds if part.cid}

    def replace(match: re.Match[str]) -> str:
        part = by_cid.get(match.group(1))
        if part is None:
            return match.group(0)
        data = base64.b64encode(part.content).decode("ascii")
        return f"data:{part.type};base64,{data}"

    return _CID.sub(replace, html)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")
