from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.images import Images, check_images
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendForm")


@_attrs_define
class SendForm:
    """A message to send, as JSON. Needs a delivery address
    (`recipient` or `recipients`, not both) and content (`mime`,
    `template`, `text` or `html`).

    The reply-to property is `replyto`, as the JSON send pages and
    their examples spell it; the template page's `replyTo` and its
    undocumented `headers` are refused like any unknown property
    (custom headers go in `extra`, template changes in `patch`).

    Form-encoded SendRequest: form data has no nesting, so `unsubscribe`, `extra`, `attachments`, `data`, `patch`, `dsn`
    can only go as JSON.

        Attributes:
            envelope (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
            recipient (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
            recipients (list[str] | Unset):
            mime (str | Unset): A complete MIME message (headers, an empty line, the body), sent as it is.
            from_ (str | Unset): One header value of addresses: SMTPeter accepts display names and
                comma-separated lists, e.g. `"Jane" <jane@example.com>, bob@example.com`.
                It holds no line break (CR, LF, or another character that mail software takes
                for one: VT, FF, U+001C-U+001E, U+0085, U+2028, U+2029): it becomes a header.
            to (Any | Unset): One header value, or a list of them that SMTPeter joins.
            cc (Any | Unset): One header value, or a list of them that SMTPeter joins.
            replyto (Any | Unset): One header value, or a list of them that SMTPeter joins.
            subject (str | Unset): The subject line; no line break (see `HeaderAddresses`).
            text (str | Unset): The plain-text version.
            html (str | Unset): The HTML version.
            template (Any | Unset):
            inlinecss (bool | Unset): Turn style sheets in the head into inline style attributes.
            trackclicks (bool | Unset): Rewrite links to count clicks (SMTPeter's default is on).
            trackopens (bool | Unset): Count opens (default on).
            trackbounces (bool | Unset): Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).
            preventscam (bool | Unset): Leave links whose text is their own address untouched.
            tags (list[str] | Unset):
            maxdelivertime (str | Unset): A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.
            images (Images | Unset): `hosted` moves embedded images to SMTPeter's servers and links to them; `default`
                leaves them.
    """

    envelope: str | Unset = UNSET
    recipient: str | Unset = UNSET
    recipients: list[str] | Unset = UNSET
    mime: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: Any | Unset = UNSET
    cc: Any | Unset = UNSET
    replyto: Any | Unset = UNSET
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    html: str | Unset = UNSET
    template: Any | Unset = UNSET
    inlinecss: bool | Unset = UNSET
    trackclicks: bool | Unset = UNSET
    trackopens: bool | Unset = UNSET
    trackbounces: bool | Unset = UNSET
    preventscam: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    maxdelivertime: str | Unset = UNSET
    images: Images | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        envelope = self.envelope

        recipient = self.recipient

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients

        mime = self.mime

        from_ = self.from_

        to = self.to

        cc = self.cc

        replyto = self.replyto

        subject = self.subject

        text = self.text

        html = self.html

        template = self.template

        inlinecss = self.inlinecss

        trackclicks = self.trackclicks

        trackopens = self.trackopens

        trackbounces = self.trackbounces

        preventscam = self.preventscam

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        maxdelivertime = self.maxdelivertime

        images: str | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if mime is not UNSET:
            field_dict["mime"] = mime
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if replyto is not UNSET:
            field_dict["replyto"] = replyto
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html
        if template is not UNSET:
            field_dict["template"] = template
        if inlinecss is not UNSET:
            field_dict["inlinecss"] = inlinecss
        if trackclicks is not UNSET:
            field_dict["trackclicks"] = trackclicks
        if trackopens is not UNSET:
            field_dict["trackopens"] = trackopens
        if trackbounces is not UNSET:
            field_dict["trackbounces"] = trackbounces
        if preventscam is not UNSET:
            field_dict["preventscam"] = preventscam
        if tags is not UNSET:
            field_dict["tags"] = tags
        if maxdelivertime is not UNSET:
            field_dict["maxdelivertime"] = maxdelivertime
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        envelope = d.pop("envelope", UNSET)

        recipient = d.pop("recipient", UNSET)

        recipients = cast(list[str], d.pop("recipients", UNSET))

        mime = d.pop("mime", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        cc = d.pop("cc", UNSET)

        replyto = d.pop("replyto", UNSET)

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        html = d.pop("html", UNSET)

        template = d.pop("template", UNSET)

        inlinecss = d.pop("inlinecss", UNSET)

        trackclicks = d.pop("trackclicks", UNSET)

        trackopens = d.pop("trackopens", UNSET)

        trackbounces = d.pop("trackbounces", UNSET)

        preventscam = d.pop("preventscam", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        maxdelivertime = d.pop("maxdelivertime", UNSET)

        _images = d.pop("images", UNSET)
        images: Images | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = check_images(_images)

        send_form = cls(
            envelope=envelope,
            recipient=recipient,
            recipients=recipients,
            mime=mime,
            from_=from_,
            to=to,
            cc=cc,
            replyto=replyto,
            subject=subject,
            text=text,
            html=html,
            template=template,
            inlinecss=inlinecss,
            trackclicks=trackclicks,
            trackopens=trackopens,
            trackbounces=trackbounces,
            preventscam=preventscam,
            tags=tags,
            maxdelivertime=maxdelivertime,
            images=images,
        )

        return send_form
