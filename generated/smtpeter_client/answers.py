"""The documented success answer of every operation, for stand-ins of the API.

Each is the first success status the operation's responses list, with the first content type
of that answer and a body: the document's example, or else a value built from its schema
(checked against the schema when generated). The sandbox answers with it every
operation it does not simulate.

Written by tools/generate_answers.py from openapi.yaml: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ANSWERS", "Answer"]


@dataclass(frozen=True)
class Answer:
    """One documented success answer, ready to send."""

    status: int
    media_type: str | None = None
    """The content type of the body; None for an answer without one."""
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    """The headers the answer must carry (those its responses entry marks required)."""


ANSWERS: Mapping[str, Answer] = {
    "send": Answer(
        status=200,
        media_type="application/json",
        body=b'{"1cb1d9b0a1f4e7a2": "alice@example.com", "2f0e8c4d5b6a7c81": "bob@example.com"}',
        headers={},
    ),
    "resend": Answer(
        status=200,
        media_type="application/json",
        body=b'{"1cb1d9b0a1f4e7a2": "alice@example.com", "2f0e8c4d5b6a7c81": "bob@example.com"}',
        headers={},
    ),
    "getRecipient": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "getEnvelope": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "getText": Answer(status=200, media_type="text/plain", body=b"example", headers={}),
    "getHtml": Answer(status=200, media_type="text/plain", body=b"example", headers={}),
    "getHeaders": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "listAttachments": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"rank": 0, "name": "example", "type": "example", "cid": "example"}]',
        headers={},
    ),
    "getAttachment": Answer(
        status=200, media_type="application/octet-stream", body=b"", headers={}
    ),
    "listEmbeds": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"rank": 0, "name": "example", "type": "example", "cid": "example"}]',
        headers={},
    ),
    "getEmbed": Answer(
        status=200, media_type="application/octet-stream", body=b"", headers={}
    ),
    "getEventsByMessage": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"event": "attempt", "data": {}}]',
        headers={},
    ),
    "getEventsByEmail": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"event": "attempt", "data": {}}]',
        headers={},
    ),
    "getEventsByTemplate": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"event": "attempt", "data": {}}]',
        headers={},
    ),
    "getEventsByTags": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"event": "attempt", "data": {}}]',
        headers={},
    ),
    "listTemplates": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"id": 1, "name": "Test email"}, {"id": 2, "name": "Test 123"}]',
        headers={},
    ),
    "listTemplatesPage": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"id": 1, "name": "example"}]',
        headers={},
    ),
    "getTemplate": Answer(
        status=200,
        media_type="application/json",
        body=b'{"name": "Welcome", "from": "Shop <shop@example.com>", "subject": "Welcome, {$firstname}"}',
        headers={},
    ),
    "deleteTemplate": Answer(status=200, headers={}),
    "getTemplateHtml": Answer(
        status=200, media_type="text/html", body=b"example", headers={}
    ),
    "getTemplateWebversion": Answer(
        status=200, media_type="text/html", body=b"example", headers={}
    ),
    "getTemplateMime": Answer(
        status=200, media_type="message/rfc822", body=b"", headers={}
    ),
    "getTemplateEmbedded": Answer(
        status=200, media_type="message/rfc822", body=b"", headers={}
    ),
    "getTemplateText": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "updateTemplate": Answer(
        status=200, media_type="application/json", body=b'{"id": 1}', headers={}
    ),
    "createTemplate": Answer(
        status=201, media_type="application/json", body=b'{"id": 2}', headers={}
    ),
    "listDomains": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"name": "example.com", "approved": true, "bounces": "example.com", "tracking": "example.com", "https": true, "ips": ["example"], "policy": "none", "percentage": 0, "startdate": "2024-01-31", "enddate": "2024-01-31", "addresses": ["user@example.com"]}]',
        headers={},
    ),
    "getDomain": Answer(
        status=200,
        media_type="application/json",
        body=b'{"name": "example.com", "approved": true, "bounces": "bounces.example.com", "tracking": "tracking.example.com", "https": false, "ips": ["1.2.3.4", "2.3.4.5"], "policy": "quarantine", "percentage": 50, "startdate": "2016-06-14", "enddate": "2016-06-14", "addresses": ["dmarc@smtpeter.com"]}',
        headers={},
    ),
    "addDomain": Answer(
        status=200,
        media_type="application/json",
        body=b'{"name": "smtpeter-sadfszmnzdhnz.example.com", "type": "TXT", "value": "asdfwer598459sdFiOTIzYzY5YjVmNDFkYmZlYzBkYjkyYjMzZGRhMDcyMTcxNjAxYwxx"}',
        headers={},
    ),
    "deleteDomain": Answer(status=200, headers={}),
    "deleteDomainReportAddress": Answer(status=200, headers={}),
    "getRecommendedDns": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"name": "zero._domainkey.example.com", "type": "CNAME", "value": "dkimX0.smtpeter.com"}, {"name": "example.com", "type": "MX", "value": "0 mail.smtpeter.com"}, {"name": "example.com", "type": "TXT", "value": "v=spf1 include:spfX.smtpeter.com -all"}, {"name": "_dmarc.example.com", "type": "CNAME", "value": "dmarcX.smtpeter.com"}]',
        headers={},
    ),
    "getSelfhostedDns": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"name": "zero._domainkey.example.com", "type": "CNAME", "value": "dkimX0.smtpeter.com"}, {"name": "example.com", "type": "MX", "value": "0 mail.smtpeter.com"}, {"name": "example.com", "type": "TXT", "value": "v=spf1 include:spfX.smtpeter.com -all"}, {"name": "_dmarc.example.com", "type": "CNAME", "value": "dmarcX.smtpeter.com"}]',
        headers={},
    ),
    "getDnsStatus": Answer(
        status=200,
        media_type="application/json",
        body=b'{"dmarc": "ok", "dkim": "error", "spf": "ok", "mx": "ok", "a": "ok", "caa": "ok", "validation": "ok"}',
        headers={},
    ),
    "getDkimKey": Answer(
        status=200,
        media_type="application/json",
        body=b'{"selector": "zero", "algorithm": "sha256", "public": "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\\n-----END PUBLIC KEY-----\\n"}',
        headers={},
    ),
    "createDkimKey": Answer(
        status=201,
        media_type="application/json",
        body=b'{"selector": "example", "algorithm": "example", "public": "example"}',
        headers={},
    ),
    "getDkimPublicKey": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "getDkimAlgorithm": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "getDkimSelector": Answer(
        status=200, media_type="text/plain", body=b"example", headers={}
    ),
    "deleteDkimKey": Answer(status=200, headers={}),
    "listDkimKeys": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"selector": "example", "algorithm": "example", "public": "example"}]',
        headers={},
    ),
    "getSpf": Answer(
        status=200,
        media_type="application/json",
        body=b'{"domain": "example.com", "ips": ["192.0.2.10"], "includes": ["_spf.example.net"], "record": "v=spf1 ip4:192.0.2.10 include:_spf.example.net include:smtpeter.com -all"}',
        headers={},
    ),
    "createSpf": Answer(
        status=200,
        media_type="application/json",
        body=b'{"domain": "example.com", "ips": ["192.0.2.10"], "includes": ["_spf.example.net"], "record": "v=spf1 ip4:192.0.2.10 include:_spf.example.net include:smtpeter.com -all"}',
        headers={},
    ),
    "deleteSpf": Answer(status=200, headers={}),
    "listDmarcDates": Answer(
        status=200,
        media_type="application/json",
        body=b'["2016-03-20", "2016-03-21", "2016-03-22"]',
        headers={},
    ),
    "getDmarcReport": Answer(
        status=200, media_type="application/xml", body=b"", headers={}
    ),
    "getDmarcReportByIndex": Answer(
        status=200, media_type="application/xml", body=b"", headers={}
    ),
    "listLogDates": Answer(
        status=200,
        media_type="application/json",
        body=b'["2016-03-20", "2016-03-21", "2016-03-22"]',
        headers={},
    ),
    "listLogFiles": Answer(
        status=200,
        media_type="application/json",
        body=b'["attempts.2016-03-20.log", "clicks.2016-03-20.log", "dmarc.2016-03-20.log"]',
        headers={},
    ),
    "getLogFile": Answer(
        status=200, media_type="text/csv", body=b"example", headers={}
    ),
    "getLogFileWithHeader": Answer(
        status=200, media_type="text/csv", body=b"example", headers={}
    ),
    "getLogFileJson": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"id": "1cb1d9b0a1f4e7a2", "time": "2016-03-20 10:11:12", "envelope": "bounces@example.com", "recipient": "john@doe.com", "properties": "trackbounces;trackopens;trackclicks", "tags": "summer-sale", "templateid": 0}]',
        headers={},
    ),
    "getLogFileXml": Answer(
        status=200, media_type="application/xml", body=b"", headers={}
    ),
    "createDataRequest": Answer(
        status=200,
        media_type="application/json",
        body=b'{"id": "5f2b1c9e"}',
        headers={},
    ),
    "getDataRequestStatus": Answer(
        status=200,
        media_type="application/json",
        body=b'{"id": "5f2b1c9e", "status": "pending"}',
        headers={},
    ),
    "getDataRequest": Answer(
        status=200,
        media_type="application/json",
        body=b'{"info": {"type": "email", "id": "john@doe.com"}, "data": "Data not available (yet)."}',
        headers={},
    ),
    "listWebhooks": Answer(
        status=200,
        media_type="application/json",
        body=b'[{"type": "open", "url": "https://example.com/hooks/opens"}]',
        headers={},
    ),
    "configureWebhook": Answer(
        status=200,
        media_type="application/json",
        body=b'{"type": "abuse", "url": "https://example.com/"}',
        headers={},
    ),
}
"""Operation id to its documented success answer, in the order of the document."""
