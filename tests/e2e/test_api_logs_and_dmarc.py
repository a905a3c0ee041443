"""Log files and DMARC reports made from the sandbox's own mail, through the generated client
over HTTPS; the DMARC report is checked against RFC 7489's XML schema."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from http import HTTPStatus
from pathlib import Path

import xmlschema

from smtpeter_client.api.dkim import create_dkim_key
from smtpeter_client.api.dmarc import get_dmarc_report, get_dmarc_report_by_index, list_dmarc_dates
from smtpeter_client.api.domains import add_domain
from smtpeter_client.api.logfiles import (
    get_log_file,
    get_log_file_json,
    get_log_file_with_header,
    get_log_file_xml,
    list_log_dates,
    list_log_files,
)
from smtpeter_client.api.sending import send
from smtpeter_client.models import (
    AttemptRecord,
    DeliveryRecord,
    DmarcRecord,
    DomainSettings,
    SendRequest,
)
from tests.support.generated_api import GeneratedApi, unique

DMARC_XSD = xmlschema.XMLSchema(Path(__file__).parents[1] / "support" / "dmarc_rfc7489.xsd")
ATTEMPT_FIELDS = ["id", "time", "envelope", "recipient", "properties", "tags", "templateid"]


def today() -> date:
    return datetime.now(UTC).date()


async def send_one(api: GeneratedApi, recipient: str, sender: str, tag: str) -> str:
    body = SendRequest.from_dict(
        {"recipient": recipient, "from": sender, "text": "hi", "tags": [tag]}
    )
    sent = await api.call(send, body=body)
    assert sent.status_code == HTTPStatus.OK, sent.content
    (message_id,) = sent.parsed.to_dict()
    return str(message_id)


async def test_log_files_hold_the_sandbox_events(api: GeneratedApi) -> None:
    tag = unique("logged")
    ids = [await send_one(api, f"{unique('r')}@example.org", "a@example.com", tag) for _ in "ab"]
    day = today()
    assert day in (await api.call(list_log_dates)).parsed
    names = (await api.call(list_log_files, day)).parsed
    assert {f"attempts.{day}.log", f"deliveries.{day}.log"} <= set(names)

    with_header = await api.call(get_log_file_with_header, "attempts", day)
    assert with_header.status_code == HTTPStatus.OK
    assert with_header.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(with_header.parsed)))
    assert rows[0] == ATTEMPT_FIELDS
    mine = [row for row in rows[1:] if row[5] == tag]
    assert [row[0] for row in mine] == ids
    assert all(row[4] == "trackbounces;trackopens;trackclicks" for row in mine)

    bare = list(csv.reader(io.StringIO((await api.call(get_log_file, "attempts", day)).parsed)))
    assert bare == rows[1:]

    attempts = (await api.call(get_log_file_json, "attempts", day)).parsed
    assert all(isinstance(record, AttemptRecord) for record in attempts)
    assert [r.id for r in attempts if r.tags == tag] == ids
    deliveries = (await api.call(get_log_file_json, "deliveries", day)).parsed
    assert all(isinstance(record, DeliveryRecord) for record in deliveries)
    assert {r.id for r in deliveries if r.tags == tag} == set(ids)

    xml = await api.call(get_log_file_xml, "deliveries", day)
    assert xml.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(xml.parsed.payload.read())
    assert root.tag == "records"
    first = root.find("record")
    assert first is not None
    assert [child.tag for child in first] == [
        "id",
        "time",
        "envelope",
        "recipient",
        "from",
        "to",
        "attempt",
        "tags",
        "templateid",
    ]


async def test_missing_log_files_are_not_found(api: GeneratedApi) -> None:
    assert (await api.call(get_log_file, "abuses", today())).status_code == HTTPStatus.NOT_FOUND
    empty_day = date(2001, 1, 1)
    assert (await api.call(list_log_files, empty_day)).parsed == []
    assert (await api.call(get_log_file_json, "attempts", empty_day)).status_code == 404


async def test_dmarc_report_is_rfc_7489_xml(api: GeneratedApi) -> None:
    domain = f"{unique('brand')}.example"
    await api.call(add_domain, domain)
    await api.call(add_domain, domain, body=DomainSettings.from_dict({"policy": "reject"}))
    await api.call(create_dkim_key, domain)
    receiver = f"{unique('mailbox')}.example"
    for _ in range(3):
        await send_one(api, f"{unique('u')}@{receiver}", f"News <news@{domain}>", "dmarc")
    day = today()
    assert str(day) in [str(d) for d in (await api.call(list_dmarc_dates)).parsed]

    records = (await api.call(get_log_file_json, "dmarc", day)).parsed
    mine = [r for r in records if isinstance(r, DmarcRecord) and r.domain == domain]
    assert len(mine) == 1
    assert (mine[0].organization_name, mine[0].messages, mine[0].failed_dkim) == (receiver, 3, 0)

    report = await api.call(get_dmarc_report, day, receiver, domain)
    assert report.status_code == HTTPStatus.OK
    assert report.headers["content-type"].startswith("application/xml")
    document = report.parsed.payload.read()
    DMARC_XSD.validate(document)
    feedback = ET.fromstring(document)
    assert feedback.findtext("report_metadata/report_id") == mine[0].report_id
    assert feedback.findtext("policy_published/domain") == domain
    assert feedback.findtext("policy_published/p") == "reject"
    assert feedback.findtext("record/row/count") == "3"
    assert feedback.findtext("record/row/policy_evaluated/dkim") == "pass"
    assert feedback.findtext("record/auth_results/dkim/selector") == "zero"

    same = await api.call(get_dmarc_report_by_index, day, receiver, domain, 0)
    assert same.parsed.payload.read() == document
    second = await api.call(get_dmarc_report_by_index, day, receiver, domain, 1)
    assert second.status_code == HTTPStatus.NOT_FOUND


async def test_unapproved_domain_fails_dmarc(api: GeneratedApi) -> None:
    domain = f"{unique('fresh')}.example"
    await api.call(add_domain, domain)  # added, never approved
    receiver = f"{unique('mailbox')}.example"
    await send_one(api, f"u@{receiver}", f"news@{domain}", "dmarc")
    report = await api.call(get_dmarc_report, today(), receiver, domain)
    document = report.parsed.payload.read()
    DMARC_XSD.validate(document)
    feedback = ET.fromstring(document)
    assert feedback.findtext("record/row/policy_evaluated/disposition") == "none"  # policy none
    assert feedback.findtext("record/row/policy_evaluated/spf") == "fail"
    assert feedback.find("record/auth_results/dkim") is None  # no key, no signature


def test_schema_refuses_a_report_missing_required_parts() -> None:
    # The schema is not vacuous: a report without its policy_published is invalid.
    broken = b"<feedback><version>1.0</version></feedback>"
    assert not DMARC_XSD.is_valid(broken)
