"""Turning a Django ``EmailMessage`` into the keyword arguments of ``send``.

SMTPeter builds the message itself from JSON properties (from, to, cc, replyto, subject,
text, html, attachments, ``x-`` headers). A message that needs more than those can say goes
as ``mime``, built by Django exactly as its SMTP backend would build it, which SMTPeter
delivers as it is: inline images with Content-IDs, ``MIMEBase`` attachments, headers not
starting with ``x-``, other alternatives than one HTML version, another charset.

Either way every address of to, cc and bcc is a delivery recipient, and bcc never appears
in a header (Django leaves it out of the message it builds, and JSON has no bcc property).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from email.mime.base import MIMEBase
from email.utils import getaddresses
from typing import Any

from django.core.mail import EmailMessage, EmailMultiAlternatives

from smtpeter_client.spec_rules import PATTERNS

from ._attachments import Attachment

__all__ = ["MESSAGE_ATTRIBUTES", "delivery_addresses", "needs_mime", "send_kwargs"]

# Attributes set on a message before sending, and the send property each one sets.
MESSAGE_ATTRIBUTES = {
    "template": "template",
    "data": "data",
    "track_opens": "trackopens",
    "track_clicks": "trackclicks",
    "track_bounces": "trackbounces",
    "inline_css": "inlinecss",
    "prevent_scam": "preventscam",
    "max_deliver_time": "maxdelivertime",
    "unsubscribe": "unsubscribe",
    "envelope": "envelope",
    "dsn": "dsn",
    "images": "images",
    "patch": "patch",
}

_X_HEADER = re.compile(PATTERNS["ExtraHeaders.propertyNames"])
_MEDIA_TYPE = re.compile(PATTERNS["MediaType"])
_UTF8 = frozenset({"utf-8", "utf8"})


def delivery_addresses(message: EmailMessage) -> list[str]:
    """Every bare address of to, cc and bcc, once each, in that order."""
    found: list[str] = []
    seen: set[str] = set()
    for entry in message.recipients():
        parsed = [address for _, address in getaddresses([entry]) if address]
        for address in parsed or [entry]:  # unparsable: let send() name it
            if address.lower() not in seen:
                seen.add(address.lower())
                found.append(address)
    return found


def send_kwargs(
    message: EmailMessage, defaults: Mapping[str, Any], default_tags: Sequence[str]
) -> dict[str, Any] | None:
    """The ``send`` arguments for ``message``; None when it has no recipient at all.

    ``defaults`` are send properties from the settings that a message's own attributes
    override; ``default_tags`` come before the message's own ``tags``.
    """
    addresses = delivery_addresses(message)
    if not addresses:
        return None
    kwargs: dict[str, Any] = {}
    recipient_data = getattr(message, "recipient_data", None)
    if recipient_data is not None:
        kwargs["recipients"] = {address: recipient_data.get(address, {}) for address in addresses}
    elif len(addresses) == 1:
        kwargs["recipient"] = addresses[0]
    else:
        kwargs["recipients"] = addresses
    has_template = getattr(message, "template", None) is not None
    if needs_mime(message):
        kwargs["mime"] = message.message().as_bytes(linesep="\r\n")
    else:
        kwargs.update(_json_content(message, has_template))
    kwargs.update(defaults)
    for attribute, name in MESSAGE_ATTRIBUTES.items():
        value = getattr(message, attribute, None)
        if value is not None:
            kwargs[name] = value
    tags = [*default_tags, *(getattr(message, "tags", None) or ())]
    if tags:
        kwargs["tags"] = list(dict.fromkeys(tags))
    kwargs.update(getattr(message, "smtpeter_options", None) or {})
    return kwargs


def needs_mime(message: EmailMessage) -> bool:
    """Whether the message holds something SMTPeter's JSON properties cannot express."""
    if (message.encoding or "utf-8").lower() not in _UTF8:
        return True
    if message.content_subtype not in ("plain", "html") or message.mixed_subtype != "mixed":
        return True
    if any(not _X_HEADER.fullmatch(str(name)) for name in message.extra_headers):
        return True
    if any(not _json_attachment(attachment) for attachment in message.attachments):
        return True
    if isinstance(message, EmailMultiAlternatives):
        alternatives = list(message.alternatives)
        if alternatives and (
            message.alternative_subtype != "alternative"
            or message.content_subtype != "plain"
            or len(alternatives) > 1
            or alternatives[0][1] != "text/html"
            or not isinstance(alternatives[0][0], str)
        ):
            return True
    return False


def _json_attachment(attachment: object) -> bool:
    if isinstance(attachment, MIMEBase) or not isinstance(attachment, tuple):
        return False
    filename, content, mimetype = attachment
    return (
        isinstance(filename, str)
        and bool(filename)
        and isinstance(content, str | bytes)
        and (mimetype is None or (_MEDIA_TYPE.fullmatch(mimetype) is not None))
        and mimetype != "message/rfc822"
    )


def _json_content(message: EmailMessage, has_template: bool) -> dict[str, Any]:
    content: dict[str, Any] = {"from_": message.from_email}
    for name, value in (("to", message.to), ("cc", message.cc), ("replyto", message.reply_to)):
        if value:
            content[name] = list(value)
    if message.subject:
        content["subject"] = message.subject
    if message.body or not has_template:
        content["html" if message.content_subtype == "html" else "text"] = message.body
    if isinstance(message, EmailMultiAlternatives) and message.alternatives:
        content["html"] = message.alternatives[0][0]
    if message.extra_headers:
        content["extra"] = {str(name): str(value) for name, value in message.extra_headers.items()}
    if message.attachments:
        attachments = []
        for filename, data, mimetype in message.attachments:
            raw = data.encode("utf-8") if isinstance(data, str) else data
            attachments.append(Attachment(name=filename, content=raw, type=mimetype))
        content["attachments"] = attachments
    return content
