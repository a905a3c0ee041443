"""Read the archived parts of a stored message back, as the message methods answer them."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

__all__ = ["Part", "attachments", "body_text", "embeds", "find_part", "header_section"]


@dataclass(frozen=True)
class Part:
    """One attachment or embedded item: its rank, name, media type and Content-ID."""

    rank: int
    name: str
    type: str
    cid: str | None
    content: bytes

    def listing(self) -> dict[str, object]:
        """The item as a `MessagePart` of the listing methods."""
        entry: dict[str, object] = {"rank": self.rank, "name": self.name, "type": self.type}
        if self.cid is not None:
            entry["cid"] = self.cid
        return entry


def header_section(raw: bytes) -> str:
    """The header section of a message as it was sent, up to the empty line."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, _ = raw.partition(separator)
        if found:
            return (head + separator[: len(separator) // 2]).decode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def body_text(message: EmailMessage, subtype: str) -> str:
    """The ``text/plain`` or ``text/html`` version of a message; empty when it has none."""
    part = message.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_type() != f"text/{subtype}":
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""


def attachments(message: EmailMessage) -> list[Part]:
    """The parts a mail reader shows as attachments, in the order they appear."""
    found = [
        part
        for part, related in _leaves(message)
        if part.get_content_disposition() == "attachment" and not _is_embed(part, related)
    ]
    return [_part(rank, p, f"attachment-{rank}") for rank, p in enumerate(found)]


def embeds(message: EmailMessage) -> list[Part]:
    """The items the HTML refers to by Content-ID, in the order they appear.

    That is a part with a Content-ID inside ``multipart/related``, or one marked inline.
    """
    found = [part for part, related in _leaves(message) if _is_embed(part, related)]
    return [_part(rank, p, _cid(p) or f"embed-{rank}") for rank, p in enumerate(found)]


def find_part(parts: list[Part], key: str) -> Part | None:
    """The part named ``key``, or else the one ranked ``key`` (counted from zero)."""
    for part in parts:
        if part.name == key:
            return part
    if key.isdigit() and int(key) < len(parts):
        return parts[int(key)]
    return None


def _leaves(message: EmailMessage, related: bool = False) -> list[tuple[EmailMessage, bool]]:
    """Every non-multipart part, and whether it sits directly in ``multipart/related``."""
    if not message.is_multipart():
        return [(message, related)]
    inside = message.get_content_type() == "multipart/related"
    found: list[tuple[EmailMessage, bool]] = []
    for child in message.iter_parts():
        if isinstance(child, EmailMessage):
            found += _leaves(child, inside)
    return found


def _is_embed(part: EmailMessage, related: bool) -> bool:
    if part.get("Content-ID") is None:
        return False
    return related or part.get_content_disposition() == "inline"


def _cid(part: EmailMessage) -> str | None:
    cid = part.get("Content-ID")
    return None if cid is None else str(cid).strip().strip("<>")


def _part(rank: int, part: EmailMessage, fallback: str) -> Part:
    payload = part.get_payload(decode=True)
    return Part(
        rank=rank,
        name=part.get_filename() or fallback,
        type=part.get_content_type(),
        cid=_cid(part),
        content=payload if isinstance(payload, bytes) else b"",
    )
