"""Build the MIME message SMTPeter would build from the properties of a send."""

from __future__ import annotations

import base64
import binascii
import email.errors
import email.policy
import mimetypes
from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from ._personalize import render

__all__ = ["MESSAGE_ID_DOMAIN", "BuildError", "build_message", "template_id"]

MESSAGE_ID_DOMAIN = "sandbox.smtpeter.invalid"


class BuildError(ValueError):
    """The properties were valid for the schema but no message can be built from them."""


def build_message(
    request: Mapping[str, Any], data: Mapping[str, Any], message_id: str, now: datetime
) -> bytes:
    """The message for one recipient, as the bytes SMTPeter would deliver (CRLF line ends).

    ``request`` holds the validated properties of the send, ``data`` the personalization
    variables of this recipient. A ``mime`` send is returned as it was given.
    """
    mime = request.get("mime")
    if isinstance(mime, str):
        return mime.encode("utf-8", "surrogateescape")
    try:
        return _build(request, data, message_id, now).as_bytes()
    except (ValueError, TypeError, email.errors.MessageError) as exc:
        raise BuildError(f"cannot build the message: {exc}") from exc


def template_id(request: Mapping[str, Any]) -> int:
    """The numeric id of the stored template a send used, 0 when there is none."""
    template = request.get("template")
    if isinstance(template, int) and not isinstance(template, bool):
        return template
    if isinstance(template, str) and template.isdigit():
        return int(template)
    return 0


def _build(
    request: Mapping[str, Any], data: Mapping[str, Any], message_id: str, now: datetime
) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Date"] = format_datetime(now)
    for header, field in (("From", "from"), ("To", "to"), ("Cc", "cc"), ("Reply-To", "replyto")):
        value = request.get(field)
        if value:
            joined = value if isinstance(value, str) else ", ".join(value)
            msg[header] = render(joined, data)
    subject = _subject(request)
    if subject is not None:
        msg["Subject"] = render(subject, data)
    msg["Message-ID"] = f"<{message_id}@{MESSAGE_ID_DOMAIN}>"
    _add_unsubscribe(msg, request.get("unsubscribe") or {})
    for name, value in (request.get("extra") or {}).items():
        msg[name] = render(value, data)
    if "template" in request:
        msg["X-Sandbox-Template"] = _describe_template(request["template"])
    attachments: list[Mapping[str, Any]] = request.get("attachments") or []
    for attachment in attachments:
        if "url" in attachment:
            # The sandbox never fetches: it notes what SMTPeter would have downloaded.
            msg["X-Sandbox-Url-Attachment"] = attachment["url"]
    _set_body(msg, request, data)
    for rank, attachment in enumerate(attachments):
        if "data" in attachment:
            _attach(msg, attachment, rank)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # the email package repeats it on every part it adds
    return msg


def _subject(request: Mapping[str, Any]) -> str | None:
    subject: str | None = request.get("subject")
    # A template's subject can only come from a patch; honour the plain replace/add.
    for op in request.get("patch") or []:
        is_set = op.get("path") == "/subject" and op.get("op") in ("replace", "add")
        if is_set and isinstance(op.get("value"), str):
            subject = op["value"]
    return subject


def _add_unsubscribe(msg: EmailMessage, unsubscribe: Mapping[str, Any]) -> None:
    targets = []
    if "email" in unsubscribe:
        targets.append(f"<mailto:{unsubscribe['email']}>")
    if "url" in unsubscribe:
        targets.append(f"<{unsubscribe['url']}>")
    if targets:
        msg["List-Unsubscribe"] = ", ".join(targets)
    if unsubscribe.get("oneclick") and "url" in unsubscribe:
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def _describe_template(template: object) -> str:
    if isinstance(template, Mapping):
        return "inline"
    return str(template)


def _set_body(msg: EmailMessage, request: Mapping[str, Any], data: Mapping[str, Any]) -> None:
    text: str | None = request.get("text")
    html: str | None = request.get("html")
    if text is None and html is None:
        text = (
            f"This message would be built from template {_describe_template(request['template'])}"
            "; the sandbox has no templates.\n"
            if "template" in request
            else ""
        )
        msg.set_content(text)
        return
    if text is not None:
        msg.set_content(render(text, data))
        if html is not None:
            msg.add_alternative(render(html, data), subtype="html")
    else:
        assert html is not None
        msg.set_content(render(html, data), subtype="html")


def _attach(msg: EmailMessage, attachment: Mapping[str, Any], rank: int) -> None:
    try:
        content = base64.b64decode(attachment["data"])
    except (binascii.Error, ValueError) as exc:
        raise BuildError(f"attachments[{rank}].data is not valid base64: {exc}") from exc
    name: str = attachment.get("name") or f"attachment-{rank}"
    media_type: str | None = attachment.get("type") or mimetypes.guess_type(name)[0]
    maintype, _, subtype = (media_type or "application/octet-stream").partition("/")
    msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
