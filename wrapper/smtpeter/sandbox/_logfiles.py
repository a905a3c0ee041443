"""Daily log files made from the sandbox's own events and DMARC reports.

A day has a log file for each kind of record it holds (``attempts``, ``deliveries``, ``dmarc``,
...), named ``PREFIX.DATE.log``; the fields and their order are those of SMTPeter's log-*.md
pages. Files are served as CSV (with or without a header line), JSON and XML.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date

from starlette.responses import Response

from ._common import Handler, as_day, json_answer, not_found
from ._dmarc import DmarcReports
from ._store import MessageStore
from ._validate import Validated

__all__ = ["FIELDS", "LogFiles"]

_COMMON = ("id", "time", "envelope", "recipient")
_VISIT = ("city", "countryname", "countrycode", "regioncode", "templateid")
FIELDS: Mapping[str, tuple[str, ...]] = {
    "abuses": (*_COMMON, "tags", "templateid"),
    "attempts": (*_COMMON, "properties", "tags", "templateid"),
    "bounces": (*_COMMON, "mime", "tags", "templateid"),
    "clicks": ("id", "time", "headers", "ip", "url", "destination", "tags", "recipient", *_VISIT),
    "deliveries": (*_COMMON, "from", "to", "attempt", "tags", "templateid"),
    "dmarc": (
        "time",
        "organizationName",
        "email",
        "reportId",
        "begin",
        "end",
        "domain",
        "sendingDomain",
        "messages",
        "failedSpf",
        "failedDkim",
    ),
    "failures": (
        *_COMMON,
        "attempt",
        "from",
        "to",
        "type",
        "code",
        "status",
        "description",
        "state",
        "tags",
        "templateid",
    ),
    "opens": ("id", "time", "headers", "ip", "protocol", "tags", "recipient", *_VISIT),
    "responses": (*_COMMON, "mime", "tags", "templateid"),
}
"""Each log file's fields, in their order (SMTPeter's log-*.md pages)."""

_EVENT_FILES = {
    "abuse": "abuses",
    "attempt": "attempts",
    "bounce": "bounces",
    "click": "clicks",
    "delivery": "deliveries",
    "failure": "failures",
    "open": "opens",
    "response": "responses",
}


class LogFiles:
    """The log files of the sandbox's archive and DMARC reports."""

    def __init__(self, store: MessageStore, reports: DmarcReports) -> None:
        self.store = store
        self.reports = reports

    def records(self, prefix: str, day: date) -> list[dict[str, object]]:
        """The records of one log file, oldest first, with exactly its fields."""
        if prefix == "dmarc":
            rows = [report.log_record() for report in self.reports.on(day)]
        else:
            rows = [
                event["data"]
                for message in self.store.messages()
                for event in message.events
                if _EVENT_FILES.get(event["event"]) == prefix
                and str(event["data"].get("time", "")).startswith(day.isoformat())
            ]
        return [{name: row.get(name, "") for name in FIELDS[prefix]} for row in rows]

    def names(self, day: date) -> list[str]:
        """The day's log files: one per prefix that has records."""
        return [f"{prefix}.{day}.log" for prefix in sorted(FIELDS) if self.records(prefix, day)]

    def days(self) -> list[str]:
        """Every day with a log file, oldest first."""
        days = {
            str(event["data"]["time"])[:10]
            for message in self.store.messages()
            for event in message.events
            if event["event"] in _EVENT_FILES
        }
        days.update(str(report.day) for report in self.reports.all())
        return sorted(days)

    def handlers(self) -> dict[str, Handler]:
        """The log file operations, by operationId."""
        return {
            "listLogDates": lambda call: json_answer(self.days()),
            "listLogFiles": lambda call: json_answer(self.names(as_day(call.path["date"]))),
            "getLogFile": lambda call: self._csv(call, header=False),
            "getLogFileWithHeader": lambda call: self._csv(call, header=True),
            "getLogFileJson": lambda call: json_answer(self._file(call)[1]),
            "getLogFileXml": self._xml,
        }

    def _file(self, call: Validated) -> tuple[str, list[dict[str, object]]]:
        prefix, day = str(call.path["prefix"]), as_day(call.path["date"])
        records = self.records(prefix, day)
        if not records:
            raise not_found(f"log file {prefix}.{day}.log")
        return prefix, records

    def _csv(self, call: Validated, *, header: bool) -> Response:
        prefix, records = self._file(call)
        out = io.StringIO()
        writer = csv.writer(out)
        if header:
            writer.writerow(FIELDS[prefix])
        writer.writerows([record.values() for record in records])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8")

    def _xml(self, call: Validated) -> Response:
        _, records = self._file(call)
        root = ET.Element("records")
        for record in records:
            element = ET.SubElement(root, "record")
            for name, value in record.items():
                ET.SubElement(element, name).text = str(value)
        document = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
        return Response(document, media_type="application/xml")
