"""DMARC aggregate reports about the sandbox's own mail, in RFC 7489's XML format.

The sandbox plays the receivers too: for every day, receiving domain (the recipient's) and
sender domain (the ``From`` header's, when it is one of the sandbox's sender domains), it has
one aggregate report on the messages it accepted. The verdicts follow the domain's settings at
the time the report is read: DKIM passes once the domain is approved and has a DKIM key, SPF
once it is approved; mail that fails both gets the domain's policy as its disposition.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parseaddr

from starlette.responses import Response

from ._common import Handler, as_day, json_answer, not_found
from ._domains import SANDBOX_IPS, DomainRegistry, SenderDomainState
from ._store import MessageStore, StoredMessage
from ._validate import Validated

__all__ = ["DmarcReport", "DmarcReports"]


@dataclass(frozen=True)
class DmarcReport:
    """One aggregate report: a day, the reporting organization, the domain, its messages."""

    day: date
    reporter: str
    domain: SenderDomainState
    messages: tuple[StoredMessage, ...]

    @property
    def report_id(self) -> str:
        """The reporter's id for the report: stable for the same day, reporter and domain."""
        key = f"{self.day}|{self.reporter}|{self.domain.name}".encode()
        return hashlib.sha256(key).hexdigest()[:20]

    @property
    def dkim_passes(self) -> bool:
        """Whether the messages' DKIM signatures verify."""
        return self.domain.approved and bool(self.domain.dkim_keys)

    @property
    def spf_passes(self) -> bool:
        """Whether the sending address is in the domain's SPF record."""
        return self.domain.approved

    def xml(self) -> bytes:
        """The report as an XML document (RFC 7489 appendix C), UTF-8 with a declaration."""
        begin = datetime.combine(self.day, time(), tzinfo=UTC)
        feedback = ET.Element("feedback")
        _add(feedback, "version", "1.0")
        metadata = _add(feedback, "report_metadata")
        _add(metadata, "org_name", self.reporter)
        _add(metadata, "email", f"noreply-dmarc@{self.reporter}")
        _add(metadata, "report_id", self.report_id)
        date_range = _add(metadata, "date_range")
        _add(date_range, "begin", str(int(begin.timestamp())))
        _add(date_range, "end", str(int((begin + timedelta(days=1)).timestamp()) - 1))
        published = _add(feedback, "policy_published")
        for name, value in (
            ("domain", self.domain.name),
            ("adkim", "r"),
            ("aspf", "r"),
            ("p", self.domain.policy),
            ("sp", self.domain.policy),
            ("pct", str(self.domain.current_percentage(self.day))),
            ("fo", "0"),
        ):
            _add(published, name, value)
        record = _add(feedback, "record")
        row = _add(record, "row")
        _add(row, "source_ip", SANDBOX_IPS[0])
        _add(row, "count", str(len(self.messages)))
        evaluated = _add(row, "policy_evaluated")
        passes = self.dkim_passes or self.spf_passes
        _add(evaluated, "disposition", "none" if passes else self.domain.policy)
        _add(evaluated, "dkim", _verdict(self.dkim_passes))
        _add(evaluated, "spf", _verdict(self.spf_passes))
        identifiers = _add(record, "identifiers")
        _add(identifiers, "envelope_from", self.domain.bounces)
        _add(identifiers, "header_from", self.domain.name)
        results = _add(record, "auth_results")
        if self.domain.dkim_keys:
            dkim = _add(results, "dkim")
            _add(dkim, "domain", self.domain.name)
            _add(dkim, "selector", self.domain.dkim_keys[-1].selector)
            _add(dkim, "result", _verdict(self.dkim_passes))
        spf = _add(results, "spf")
        _add(spf, "domain", self.domain.bounces)
        _add(spf, "scope", "mfrom")
        _add(spf, "result", _verdict(self.spf_passes))
        document: bytes = ET.tostring(feedback, encoding="UTF-8", xml_declaration=True)
        return document

    def log_record(self) -> dict[str, object]:
        """The report's record in the day's ``dmarc`` log file (log-dmarc.md's fields)."""
        received = max(m.received for m in self.messages)
        count = len(self.messages)
        return {
            "time": received.strftime("%Y-%m-%d %H:%M:%S"),
            "organizationName": self.reporter,
            "email": f"noreply-dmarc@{self.reporter}",
            "reportId": self.report_id,
            "begin": f"{self.day} 00:00:00",
            "end": f"{self.day} 23:59:59",
            "domain": self.domain.name,
            "sendingDomain": self.reporter,
            "messages": count,
            "failedSpf": 0 if self.spf_passes else count,
            "failedDkim": 0 if self.dkim_passes else count,
        }


class DmarcReports:
    """The reports the sandbox's mail earned, computed from its archive and its domains."""

    def __init__(self, store: MessageStore, domains: DomainRegistry) -> None:
        self.store = store
        self.domains = domains

    def all(self) -> list[DmarcReport]:
        """Every report, by day, reporter and domain."""
        groups: dict[tuple[date, str, str], list[StoredMessage]] = {}
        for message in self.store.messages():
            sender = _domain_of(str(message.message.get("From", "")))
            if sender is None or self.domains.get(sender) is None:
                continue
            reporter = _domain_of(message.recipient)
            if reporter is None:
                continue
            key = (message.received.astimezone(UTC).date(), reporter, sender)
            groups.setdefault(key, []).append(message)
        reports = []
        for (day, reporter, sender), messages in sorted(groups.items()):
            domain = self.domains.get(sender)
            if domain is not None:
                reports.append(DmarcReport(day, reporter, domain, tuple(messages)))
        return reports

    def on(self, day: date) -> list[DmarcReport]:
        """The reports of one day."""
        return [report for report in self.all() if report.day == day]

    def handlers(self) -> dict[str, Handler]:
        """The DMARC operations, by operationId."""
        return {
            "listDmarcDates": lambda call: json_answer(
                sorted({str(report.day) for report in self.all()})
            ),
            "getDmarcReport": lambda call: self._report(call, 0),
            "getDmarcReportByIndex": lambda call: self._report(call, int(call.path["index"])),
        }

    def _report(self, call: Validated, index: int) -> Response:
        day = as_day(call.path["date"])
        reporter = str(call.path["reporter"]).lower()
        domain = str(call.path["domain"]).lower()
        matching = [
            report
            for report in self.on(day)
            if report.reporter == reporter and report.domain.name == domain
        ]
        if index >= len(matching):
            raise not_found(f"DMARC report {index} of {reporter} about {domain} on {day}")
        return Response(matching[index].xml(), media_type="application/xml")


def _add(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = text
    return element


def _verdict(passes: bool) -> str:
    return "pass" if passes else "fail"


def _domain_of(header: str) -> str | None:
    address = parseaddr(header)[1]
    _, at, domain = address.rpartition("@")
    return domain.lower() if at and domain else None
