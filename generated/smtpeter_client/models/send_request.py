from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.images import Images, check_images
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_attachment import DataAttachment
    from ..models.dsn import Dsn
    from ..models.extra_headers import ExtraHeaders
    from ..models.patch_operation import PatchOperation
    from ..models.personalization_data import PersonalizationData
    from ..models.unsubscribe import Unsubscribe
    from ..models.url_attachment import UrlAttachment


T = TypeVar("T", bound="SendRequest")


@_attrs_define
class SendRequest:
    """A message to send, as JSON. Needs a delivery address
    (`recipient` or `recipients`, not both) and content (`mime`,
    `template`, `text` or `html`).

    The reply-to property is `replyto`, as the JSON send pages and
    their examples spell it; the template page's `replyTo` and its
    undocumented `headers` are refused like any unknown property
    (custom headers go in `extra`, template changes in `patch`).

        Attributes:
            envelope (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
            recipient (str | Unset): A bare address (`local@domain`) used for delivery, without a display name.
            recipients (Any | Unset): Several delivery addresses, with or without per-recipient data.
                The personalization pages write the second form as
                `[ "a@x": {...} ]`, which is not JSON; it is read here as what it
                plainly means, an object mapping each address to its data.
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
            unsubscribe (Unsubscribe | Unset): Adds a `List-Unsubscribe` header (and `List-Unsubscribe-Post` for one-click).
            extra (ExtraHeaders | Unset): Custom headers; every name starts with `x-` (in any case).
            attachments (list[DataAttachment | UrlAttachment] | Unset):
            template (Any | Unset): A stored template by id or name, or a whole template document.
            data (PersonalizationData | Unset): Values for the `{$name}` placeholders in the message. Names are
                letters, digits, `-` and `_`, start with a letter, and are case
                sensitive; values may be any JSON, nested included.
            patch (list[PatchOperation] | Unset):
            inlinecss (bool | Unset): Turn style sheets in the head into inline style attributes.
            trackclicks (bool | Unset): Rewrite links to count clicks (SMTPeter's default is on).
            trackopens (bool | Unset): Count opens (default on).
            trackbounces (bool | Unset): Let SMTPeter handle bounces (default on; give `envelope` to receive them yourself).
            preventscam (bool | Unset): Leave links whose text is their own address untouched.
            tags (list[str] | Unset):
            maxdelivertime (str | Unset): A UTC time written exactly `YYYY-MM-DD hh:mm:ss`; delivery is given up after it.
            dsn (Dsn | Unset): What delivery status notifications to send to the `envelope` address.
            images (Images | Unset): `hosted` moves embedded images to SMTPeter's servers and links to them; `default`
                leaves them.
    """

    envelope: str | Unset = UNSET
    recipient: str | Unset = UNSET
    recipients: Any | Unset = UNSET
    mime: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: Any | Unset = UNSET
    cc: Any | Unset = UNSET
    replyto: Any | Unset = UNSET
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    html: str | Unset = UNSET
    unsubscribe: Unsubscribe | Unset = UNSET
    extra: ExtraHeaders | Unset = UNSET
    attachments: list[DataAttachment | UrlAttachment] | Unset = UNSET
    template: Any | Unset = UNSET
    data: PersonalizationData | Unset = UNSET
    patch: list[PatchOperation] | Unset = UNSET
    inlinecss: bool | Unset = UNSET
    trackclicks: bool | Unset = UNSET
    trackopens: bool | Unset = UNSET
    trackbounces: bool | Unset = UNSET
    preventscam: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    maxdelivertime: str | Unset = UNSET
    dsn: Dsn | Unset = UNSET
    images: Images | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.url_attachment import UrlAttachment  # noqa: PLC0415

        envelope = self.envelope

        recipient = self.recipient

        recipients = self.recipients

        mime = self.mime

        from_ = self.from_

        to = self.to

        cc = self.cc

        replyto = self.replyto

        subject = self.subject

        text = self.text

        html = self.html

        unsubscribe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsubscribe, Unset):
            unsubscribe = self.unsubscribe.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, UrlAttachment):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        template = self.template

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        patch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patch, Unset):
            patch = []
            for patch_item_data in self.patch:
                patch_item = patch_item_data.to_dict()
                patch.append(patch_item)

        inlinecss = self.inlinecss

        trackclicks = self.trackclicks

        trackopens = self.trackopens

        trackbounces = self.trackbounces

        preventscam = self.preventscam

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        maxdelivertime = self.maxdelivertime

        dsn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dsn, Unset):
            dsn = self.dsn.to_dict()

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
        if unsubscribe is not UNSET:
            field_dict["unsubscribe"] = unsubscribe
        if extra is not UNSET:
            field_dict["extra"] = extra
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if template is not UNSET:
            field_dict["template"] = template
        if data is not UNSET:
            field_dict["data"] = data
        if patch is not UNSET:
            field_dict["patch"] = patch
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
        if dsn is not UNSET:
            field_dict["dsn"] = dsn
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_attachment import DataAttachment  # noqa: PLC0415
        from ..models.dsn import Dsn  # noqa: PLC0415
        from ..models.extra_headers import ExtraHeaders  # noqa: PLC0415
        from ..models.patch_operation import PatchOperation  # noqa: PLC0415
        from ..models.personalization_data import PersonalizationData  # noqa: PLC0415
        from ..models.unsubscribe import Unsubscribe  # noqa: PLC0415
        from ..models.url_attachment import UrlAttachment  # noqa: PLC0415

        d = dict(src_dict)
        envelope = d.pop("envelope", UNSET)

        recipient = d.pop("recipient", UNSET)

        recipients = d.pop("recipients", UNSET)

        mime = d.pop("mime", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        cc = d.pop("cc", UNSET)

        replyto = d.pop("replyto", UNSET)

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        html = d.pop("html", UNSET)

        _unsubscribe = d.pop("unsubscribe", UNSET)
        unsubscribe: Unsubscribe | Unset
        if isinstance(_unsubscribe, Unset):
            unsubscribe = UNSET
        else:
            unsubscribe = Unsubscribe.from_dict(_unsubscribe)

        _extra = d.pop("extra", UNSET)
        extra: ExtraHeaders | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ExtraHeaders.from_dict(_extra)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[DataAttachment | UrlAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> DataAttachment | UrlAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_0 = UrlAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attachment_type_1 = DataAttachment.from_dict(data)

                    return componentsschemas_attachment_type_1

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        template = d.pop("template", UNSET)

        _data = d.pop("data", UNSET)
        data: PersonalizationData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = PersonalizationData.from_dict(_data)

        _patch = d.pop("patch", UNSET)
        patch: list[PatchOperation] | Unset = UNSET
        if _patch is not UNSET:
            patch = []
            for patch_item_data in _patch:
                patch_item = PatchOperation.from_dict(patch_item_data)

                patch.append(patch_item)

        inlinecss = d.pop("inlinecss", UNSET)

        trackclicks = d.pop("trackclicks", UNSET)

        trackopens = d.pop("trackopens", UNSET)

        trackbounces = d.pop("trackbounces", UNSET)

        preventscam = d.pop("preventscam", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        maxdelivertime = d.pop("maxdelivertime", UNSET)

        _dsn = d.pop("dsn", UNSET)
        dsn: Dsn | Unset
        if isinstance(_dsn, Unset):
            dsn = UNSET
        else:
            dsn = Dsn.from_dict(_dsn)

        _images = d.pop("images", UNSET)
        images: Images | Unset
        if isinstance(_images, Unset):
            images = UNSET
        else:
            images = check_images(_images)

        send_request = cls(
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
            unsubscribe=unsubscribe,
            extra=extra,
            attachments=attachments,
            template=template,
            data=data,
            patch=patch,
            inlinecss=inlinecss,
            trackclicks=trackclicks,
            trackopens=trackopens,
            trackbounces=trackbounces,
            preventscam=preventscam,
            tags=tags,
            maxdelivertime=maxdelivertime,
            dsn=dsn,
            images=images,
        )

        return send_request
