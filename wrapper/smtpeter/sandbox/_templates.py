"""Stored templates: create, read in every format, replace, delete, list; and sends using them.

Templates are responsiveemail.com JSON documents. The sandbox stores whole documents and returns
them untouched, but renders only a small part of the format:

- ``from`` (text, or ``{"name": ..., "address": ...}``), ``replyto`` and ``subject``;
- ``html`` and ``text``: whole bodies, for templates written as HTML;
- ``content.blocks``: a list of blocks of type ``text`` or ``html`` (``content``, HTML),
  ``button`` (``text``, ``link``) and ``image`` (``src``, ``alt``, optional ``link``).

Personalization (``{$name}``) is filled in as :mod:`._personalize` reads it, after the send's
``patch`` (RFC 6902, applied with ``jsonpatch``) has changed the document.
"""

from __future__ import annotations

import base64
import copy
import html
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr
from html.parser import HTMLParser
from typing import Any

import jsonpatch
from starlette.responses import PlainTextResponse, Response

from ._common import Handler, deleted, json_answer, not_found
from ._mime import build_message
from ._personalize import render
from ._validate import RequestRejected, Validated

__all__ = ["StoredTemplate", "TemplateStore"]

_DATA_URI = re.compile(r"data:(?P<type>[\w.+-]+/[\w.+-]+);base64,(?P<data>[A-Za-z0-9+/=]+)")


@dataclass(frozen=True)
class StoredTemplate:
    """One stored template: its id and its document (which holds its ``name``)."""

    id: int
    document: dict[str, Any]

    @property
    def name(self) -> str:
        """The template's name."""
        return str(self.document.get("name", ""))


class TemplateStore:
    """The sandbox's templates, numbered from 1 in the order they were created (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._templates: dict[int, StoredTemplate] = {}
        self._next_id = 1

    def create(self, document: Mapping[str, Any]) -> StoredTemplate:
        """Store a new template document under the next id."""
        with self._lock:
            stored = StoredTemplate(self._next_id, copy.deepcopy(dict(document)))
            self._templates[stored.id] = stored
            self._next_id += 1
        return stored

    def replace(self, document: Mapping[str, Any]) -> StoredTemplate:
        """Replace the document of the template its ``id`` (or else ``name``) names."""
        key = document["id"] if "id" in document else document["name"]
        with self._lock:
            current = self._find(key)
            if current is None:
                raise not_found(f"template {key!r}")
            new = {k: v for k, v in document.items() if k != "id"}
            new.setdefault("name", current.name)
            stored = StoredTemplate(current.id, copy.deepcopy(new))
            self._templates[stored.id] = stored
        return stored

    def delete(self, key: int | str) -> None:
        """Forget a template; raise SMTPeter's 404 when there is none."""
        with self._lock:
            current = self._find(key)
            if current is None:
                raise not_found(f"template {key!r}")
            del self._templates[current.id]

    def get(self, key: int | str) -> StoredTemplate | None:
        """The template with this id (a number, or digits) or, failing that, this name."""
        with self._lock:
            return self._find(key)

    def all(self) -> list[StoredTemplate]:
        """Every template, by id."""
        with self._lock:
            return [self._templates[i] for i in sorted(self._templates)]

    def _find(self, key: int | str) -> StoredTemplate | None:
        if isinstance(key, int) or key.isdigit():
            found = self._templates.get(int(key))
            if found is not None or isinstance(key, int):
                return found
        return next((t for t in self._templates.values() if t.name == key), None)

    def expand_send(self, request: dict[str, Any]) -> dict[str, Any]:
        """The send with its template's subject, addresses and bodies filled in.

        A stored template (by id or name) is looked up, SMTPeter's 404 when it is unknown, and
        ``template`` becomes its numeric id; an inline document is used as it is. The send's own
        properties win over the template's. Sends without a template come back unchanged.
        """
        template = request.get("template")
        if template is None:
            return request
        expanded = dict(request)
        if isinstance(template, Mapping):
            document: dict[str, Any] = copy.deepcopy(dict(template))
        else:
            stored = self.get(template)
            if stored is None:
                raise not_found(f"template {template!r}")
            expanded["template"] = stored.id
            document = copy.deepcopy(stored.document)
        patch = request.get("patch") or []
        if patch:
            try:
                document = jsonpatch.apply_patch(document, patch)
            except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
                raise RequestRejected(
                    409, f"patch: cannot be applied to the template: {exc}"
                ) from exc
        for field, value in _template_fields(document).items():
            if field not in request and value:
                expanded[field] = value
        return expanded

    def handlers(self) -> dict[str, Handler]:
        """The template operations, by operationId."""
        return {
            "listTemplates": lambda call: json_answer(self._listing()),
            "listTemplatesPage": self._page,
            "getTemplate": lambda call: json_answer(self._rendered_document(call)),
            "getTemplateHtml": lambda call: self._html(call, web=False),
            "getTemplateWebversion": lambda call: self._html(call, web=True),
            "getTemplateText": lambda call: PlainTextResponse(self._fields(call)["text"]),
            "getTemplateMime": lambda call: self._mime(call, embed=False),
            "getTemplateEmbedded": lambda call: self._mime(call, embed=True),
            "createTemplate": self._create,
            "updateTemplate": self._update,
            "deleteTemplate": self._delete,
        }

    def _listing(self) -> list[dict[str, Any]]:
        return [{"id": t.id, "name": t.name} for t in self.all()]

    def _page(self, call: Validated) -> Response:
        start, length = int(call.path["start"]), int(call.path["length"])
        return json_answer(self._listing()[start : start + length])

    def _create(self, call: Validated) -> Response:
        stored = self.create(call.body)
        return json_answer({"id": stored.id}, status=201, headers=_location(stored))

    def _update(self, call: Validated) -> Response:
        stored = self.replace(call.body)
        return json_answer({"id": stored.id}, status=201, headers=_location(stored))

    def _delete(self, call: Validated) -> Response:
        self.delete(call.path["template"])
        return deleted()

    def _stored(self, call: Validated) -> StoredTemplate:
        key = call.path["template"]
        stored = self.get(key)
        if stored is None:
            raise not_found(f"template {key!r}")
        return stored

    def _rendered_document(self, call: Validated) -> dict[str, Any]:
        """The document, personalized when the query gave variables (else as stored)."""
        data = dict(call.query.get("data") or {})
        document = self._stored(call).document
        rendered: dict[str, Any] = _render_strings(document, data) if data else document
        return rendered

    def _fields(self, call: Validated) -> dict[str, str]:
        return _template_fields(self._rendered_document(call))

    def _html(self, call: Validated, *, web: bool) -> Response:
        fields = self._fields(call)
        body = fields["html"]
        if web:
            # The web version is a page of its own: a title and a viewport for browsers.
            body = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                f"<title>{html.escape(fields['subject'])}</title></head>"
                f"<body>{body}</body></html>\n"
            )
        return Response(body, media_type="text/html; charset=utf-8")

    def _mime(self, call: Validated, *, embed: bool) -> Response:
        stored = self._stored(call)
        # Already personalized (or meant to stay as stored): braces are kept as they are.
        request = {k: _keep_braces(v) for k, v in self._fields(call).items() if v}
        if "text" not in request and "html" not in request:
            request["text"] = ""
        raw = build_message(request, {}, f"template-{stored.id}", datetime.now(UTC))
        if embed:
            raw = _embed_images(raw)
        return Response(raw, media_type="message/rfc822")


def _keep_braces(text: str) -> str:
    """``text`` written so that :func:`._personalize.render` gives it back unchanged."""
    return re.sub(r"[{}]", lambda m: "{ldelim}" if m[0] == "{" else "{rdelim}", text)


def _location(stored: StoredTemplate) -> dict[str, str]:
    return {"Location": f"/v1/template/{stored.id}/html"}


def _render_strings(value: Any, data: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        return render(value, data)
    if isinstance(value, list):
        return [_render_strings(item, data) for item in value]
    if isinstance(value, dict):
        return {key: _render_strings(item, data) for key, item in value.items()}
    return value


def _template_fields(document: Mapping[str, Any]) -> dict[str, str]:
    """The send properties a template document gives: from, replyto, subject, text, html."""
    blocks = (
        document.get("content", {}).get("blocks", []) if _is_map(document.get("content")) else []
    )
    blocks = [block for block in blocks if _is_map(block)]
    html_body = document.get("html")
    text_body = document.get("text")
    return {
        "from": _address(document.get("from")),
        "replyto": _address(document.get("replyto")),
        "subject": str(document.get("subject") or ""),
        "html": str(html_body) if isinstance(html_body, str) else _blocks_html(blocks),
        "text": str(text_body) if isinstance(text_body, str) else _blocks_text(blocks, html_body),
    }


def _is_map(value: object) -> bool:
    return isinstance(value, Mapping)


def _address(value: object) -> str:
    if isinstance(value, Mapping):
        return formataddr((str(value.get("name") or ""), str(value.get("address") or "")))
    return str(value) if isinstance(value, str) else ""


def _blocks_html(blocks: list[Mapping[str, Any]]) -> str:
    parts = []
    for block in blocks:
        kind = block.get("type")
        if kind in ("text", "html"):
            parts.append(f"<div>{block.get('content', '')}</div>")
        elif kind == "button":
            link, text = (
                html.escape(str(block.get("link", ""))),
                html.escape(str(block.get("text", ""))),
            )
            parts.append(f'<p><a class="button" href="{link}">{text}</a></p>')
        elif kind == "image":
            src, alt = (
                html.escape(str(block.get("src", ""))),
                html.escape(str(block.get("alt", ""))),
            )
            image = f'<img src="{src}" alt="{alt}">'
            if block.get("link"):
                image = f'<a href="{html.escape(str(block["link"]))}">{image}</a>'
            parts.append(f"<p>{image}</p>")
    return "\n".join(parts)


def _blocks_text(blocks: list[Mapping[str, Any]], html_body: object) -> str:
    if not blocks and isinstance(html_body, str):
        return _strip_tags(html_body)
    lines = []
    for block in blocks:
        kind = block.get("type")
        if kind in ("text", "html"):
            lines.append(_strip_tags(str(block.get("content", ""))))
        elif kind == "button":
            lines.append(f"{block.get('text', '')}: {block.get('link', '')}")
        elif kind == "image" and block.get("alt"):
            lines.append(str(block["alt"]))
    return "\n\n".join(line for line in lines if line)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def _strip_tags(markup: str) -> str:
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return "".join(parser.chunks).strip()


def _embed_images(raw: bytes) -> bytes:
    """The message with every ``data:`` image of its HTML moved into a related part.

    Images on the web stay links: the sandbox never downloads.
    """
    message = BytesParser(policy=policy.SMTP).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    part = message.get_body(preferencelist=("html",))
    if part is None:
        return raw
    markup = part.get_content()
    images: list[tuple[str, str, bytes]] = []

    def to_cid(match: re.Match[str]) -> str:
        cid = f"image{len(images)}@template.sandbox.smtpeter.invalid"
        images.append((cid, match["type"], base64.b64decode(match["data"])))
        return f"cid:{cid}"

    markup = _DATA_URI.sub(to_cid, markup)
    if not images:
        return raw
    part.set_content(markup, subtype="html")
    part.make_related()
    for cid, media_type, content in images:
        maintype, _, subtype = media_type.partition("/")
        part.add_related(content, maintype=maintype, subtype=subtype, cid=f"<{cid}>")
    for sub in message.walk():
        if sub is not message:
            del sub["MIME-Version"]
    return message.as_bytes()
