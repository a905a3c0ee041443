"""Log files and DMARC reports made from the sandbox's own mail, through both wrapper clients
over HTTPS; the DMARC report is checked against RFC 7489's XML schema."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from http import HTTPStatus
from pathlib import Path

import pytest
import xmlschema

import smtpeter
from smtpeter_client.models import AttemptRecord, DeliveryRecord, DmarcRecord
from tests.support.both_clients import Wire, unique

DMARC_XSD = xmlschema.XMLSchema(Path(__file__).parents[1] / "support" / "dmarc_rfc7489.xsd")
ATTEMPT_FIELDS = ["id", "time", "envelope", "recipient", "properties", "tags", "templateid"]


def today() -> date:
    return datetime.now(UTC).date()


async def send_one(client: smtpeter.AsyncSMTPeter, recipient: str, sender: str, tag: str) -> str:
    sent = await client.send(recipient=recipient, from_=sender, text="hi", tags=[tag])
    ((message_id, to),) = sent.message_ids.items()
    assert to == recipient
    return message_id


async def test_log_files_hold_the_sandbox_events(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    tag = unique("logged")
    ids = [await send_one(client, f"{unique('r')}@example.org", "a@example.com", tag) for _ in "ab"]
    day = today()
    dates = await client.logfiles.list_log_dates()
    assert all(type(d) is date for d in dates)
    assert day in dates
    names = await client.logfiles.list_log_files(day)
    assert {f"attempts.{day}.log", f"deliveries.{day}.log"} <= set(names)

    with_header = await client.logfiles.get_log_file_with_header("attempts", day)
    assert wire.last.headers["content-type"].startswith("text/csv")
    assert isinstance(with_header, str)
    rows = list(csv.reader(io.StringIO(with_header)))
    assert rows[0] == ATTEMPT_FIELDS
    mine = [row for row in rows[1:] if row[5] == tag]
    assert [row[0] for row in mine] == ids
    assert all(row[4] == "trackbounces;trackopens;trackclicks" for row in mine)

    bare = await client.logfiles.get_log_file("attempts", day)
    assert list(csv.reader(io.StringIO(bare))) == rows[1:]

    attempts = await client.logfiles.get_log_file_json("attempts", day)
    assert all(isinstance(record, AttemptRecord) for record in attempts)
    assert [r.id for r in attempts if isinstance(r, AttemptRecord) and r.tags == tag] == ids
    deliveries = await client.logfiles.get_log_file_json("deliveries", day)
    assert all(isinstance(record, DeliveryRecord) for record in deliveries)
    assert {r.id for r in deliveries if isinstance(r, DeliveryRecord) and r.tags == tag} == set(ids)

    xml = await client.logfiles.get_log_file_xml("deliveries", day)
    assert wire.last.headers["content-type"].startswith("application/xml")
    assert isinstance(xml, bytes)
    root = ET.fromstring(xml)
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


async def test_missing_log_files_are_not_found(client: smtpeter.AsyncSMTPeter) -> None:
    with pytest.raises(smtpeter.NotFoundError):
        await client.logfiles.get_log_file("abuses", today())
    empty_day = date(2001, 1, 1)
    assert await client.logfiles.list_log_files(empty_day) == []
    with pytest.raises(smtpeter.NotFoundError):
        await client.logfiles.get_log_file_json("attempts", empty_day)


async def test_a_datetime_is_not_a_date(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    with pytest.raises(smtpeter.ValidationError) as refused:
        await client.logfiles.list_log_files(datetime.now(UTC))
    assert refused.value.field == "date"
    assert wire.requests == []


async def test_dmarc_report_is_rfc_7489_xml(client: smtpeter.AsyncSMTPeter) -> None:
    domain = f"{unique('brand')}.example"
    await client.domains.add_domain(domain)
    await client.domains.add_domain(domain, policy="reject")
    await client.dkim.create_dkim_key(domain)
    receiver = f"{unique('mailbox')}.example"
    for _ in range(3):
        await send_one(client, f"{unique('u')}@{receiver}", f"News <news@{domain}>", "dmarc")
    day = today()
    assert day in await client.dmarc.list_dmarc_dates()

    records = await client.logfiles.get_log_file_json("dmarc", day)
    mine = [r for r in records if isinstance(r, DmarcRecord) and r.domain == domain]
    assert len(mine) == 1
    assert (mine[0].organization_name, mine[0].messages, mine[0].failed_dkim) == (receiver, 3, 0)

    document = await client.dmarc.get_dmarc_report(day, receiver, domain)
    assert isinstance(document, bytes)
    DMARC_XSD.validate(document)
    feedback = ET.fromstring(document)
    assert feedback.findtext("report_metadata/report_id") == mine[0].report_id
    assert feedback.findtext("policy_published/domain") == domain
    assert feedback.findtext("policy_published/p") == "reject"
    assert feedback.findtext("record/row/count") == "3"
    assert feedback.findtext("record/row/policy_evaluated/dkim") == "pass"
    assert feedback.findtext("record/auth_results/dkim/selector") == "zero"

    assert await client.dmarc.get_dmarc_report_by_index(day, receiver, domain, 0) == document
    with pytest.raises(smtpeter.NotFoundError) as second:
        await client.dmarc.get_dmarc_report_by_index(day, receiver, domain, 1)
    assert second.value.status_code == HTTPStatus.NOT_FOUND


async def test_unapproved_domain_fails_dmarc(client: smtpeter.AsyncSMTPeter) -> None:
    domain = f"{unique('fresh')}.example"
    await client.domains.add_domain(domain)  # added, never approved
    receiver = f"{unique('mailbox')}.example"
    await send_one(client, f"u@{receiver}", f"news@{domain}", "dmarc")
    document = await client.dmarc.get_dmarc_report(today(), receiver, domain)
    DMARC_XSD.validate(document)
    feedback = ET.fromstring(document)
    assert feedback.findtext("record/row/policy_evaluated/disposition") == "none"  # policy none
    assert feedback.findtext("record/row/policy_evaluated/spf") == "fail"
    assert feedback.find("record/auth_results/dkim") is None  # no key, no signature


def test_schema_refuses_a_report_missing_required_parts() -> None:
    # The schema is not vacuous: a report without its policy_published is invalid.
    broken = b"<feedback><version>1.0</version></feedback>"
    assert not DMARC_XSD.is_valid(broken)
