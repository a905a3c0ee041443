"""Sender domains, their DNS records and status, DKIM keys and SPF records, through both
wrapper clients against the sandbox over HTTPS."""

from __future__ import annotations

import base64
import datetime
from http import HTTPStatus

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import smtpeter
from smtpeter_client.resources import ADD_DOMAIN
from tests.support.both_clients import Wire, unique


async def approved_domain(client: smtpeter.AsyncSMTPeter, wire: Wire) -> str:
    name = f"{unique('shop')}.example"
    await client.domains.add_domain(name)
    assert wire.last.status_code == HTTPStatus.CREATED
    await client.domains.add_domain(name)
    assert wire.last.status_code == HTTPStatus.OK
    return name


async def test_a_domain_is_validated_by_its_second_call(
    client: smtpeter.AsyncSMTPeter, wire: Wire
) -> None:
    name = f"{unique('new')}.example"
    record = await client.domains.add_domain(name)
    assert wire.last.status_code == HTTPStatus.CREATED
    assert record.type_ == "TXT"
    assert record.name.endswith(f".{name}") and record.name.startswith("smtpeter-")
    assert len(record.value) >= 32

    domain = await client.domains.get_domain(name)
    assert domain.approved is False
    assert (domain.bounces, domain.tracking) == (f"bounces.{name}", f"clicks.{name}")
    assert domain.addresses == ["dmarc@smtpeter.com"]
    assert (await client.dns.get_dns_status(name)).validation == "error"
    recommended = await client.dns.get_recommended_dns(name)
    assert (record.name, "TXT", record.value) in [(r.name, r.type_, r.value) for r in recommended]

    second = await client.domains.add_domain(name)
    assert wire.last.status_code == HTTPStatus.OK
    assert second.value == record.value
    assert (await client.domains.get_domain(name)).approved is True
    status = await client.dns.get_dns_status(name)
    assert (status.validation, status.mx, status.dkim, status.spf, status.dmarc) == (
        "ok",
        "ok",
        "error",
        "error",
        "error",
    )
    recommended = await client.dns.get_recommended_dns(name)
    assert record.name not in [r.name for r in recommended]
    assert name in [d.name for d in await client.domains.list_domains()]


async def test_settings_from_json_and_form(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    name = await approved_domain(client, wire)
    await client.domains.add_domain(
        name,
        policy="reject",
        percentage=40,
        startdate=datetime.date(2026, 1, 1),
        enddate=datetime.date(2026, 2, 1),
        https=True,
        tracking=f"links.{name}",
    )
    assert wire.requests[-1].headers["content-type"] == "application/json"
    domain = await client.domains.get_domain(name)
    assert (domain.policy, domain.percentage, domain.https) == ("reject", 40, True)
    assert (domain.startdate, domain.enddate) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 2, 1),
    )
    assert domain.tracking == f"links.{name}"
    assert (await client.dns.get_dns_status(name)).dmarc == "ok"
    selfhosted = await client.dns.get_selfhosted_dns(name)
    dmarc = next(r for r in selfhosted if r.name == f"_dmarc.{name}")
    assert dmarc.type_ == "TXT" and "p=reject" in dmarc.value

    await client.domains.add_domain(
        name, encoding="form", policy="quarantine", https=False, enddate=datetime.date(2026, 3, 1)
    )
    assert wire.requests[-1].headers["content-type"] == "application/x-www-form-urlencoded"
    domain = await client.domains.get_domain(name)
    assert (domain.policy, domain.https, domain.percentage) == ("quarantine", False, 40)
    assert (domain.startdate, domain.enddate) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 3, 1),
    )


async def test_settings_are_checked(
    client: smtpeter.AsyncSMTPeter, wire: Wire, http: httpx.Client
) -> None:
    name = await approved_domain(client, wire)
    # Rules only SMTPeter knows: answered 400, naming the field.
    with pytest.raises(smtpeter.BadRequestError) as foreign:
        await client.domains.add_domain(name, bounces="bounces.elsewhere.test")
    assert foreign.value.response.text.startswith("bounces:")
    with pytest.raises(smtpeter.BadRequestError) as backwards:
        await client.domains.add_domain(
            name, startdate=datetime.date(2026, 3, 1), enddate=datetime.date(2026, 2, 1)
        )
    assert "enddate" in backwards.value.response.text
    # A rule of the spec: refused before anything is sent, and by the sandbox too.
    sent_before = len(wire.requests)
    with pytest.raises(smtpeter.ValidationError) as too_much:
        await client.domains.add_domain(name, percentage=101)
    assert too_much.value.field == "percentage"
    assert len(wire.requests) == sent_before
    raw = http.post(ADD_DOMAIN.path.format(domain=name), json={"percentage": 101})
    assert raw.status_code == HTTPStatus.BAD_REQUEST
    assert "percentage" in raw.text
    assert (await client.domains.get_domain(name)).percentage == 100  # nothing changed


async def test_reporting_addresses(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    name = f"{unique('reports')}.example"
    with pytest.raises(smtpeter.PermissionDeniedError) as early:  # not approved yet
        await client.domains.add_domain(name, address=f"dmarc@{name}")
    assert early.value.response.text.startswith("address:")
    with pytest.raises(smtpeter.NotFoundError):  # refused whole: the domain was not added
        await client.domains.get_domain(name)
    await client.domains.add_domain(name)
    assert wire.last.status_code == HTTPStatus.CREATED
    await client.domains.add_domain(name, address=f"dmarc@{name}")
    assert wire.last.status_code == HTTPStatus.OK
    assert (await client.domains.get_domain(name)).addresses == [
        "dmarc@smtpeter.com",
        f"dmarc@{name}",
    ]

    with pytest.raises(smtpeter.BadRequestError):
        await client.domains.delete_domain_report_address(name, "dmarc@smtpeter.com")
    await client.domains.delete_domain_report_address(name, f"dmarc@{name}")
    assert wire.last.status_code == HTTPStatus.NO_CONTENT
    assert (await client.domains.get_domain(name)).addresses == ["dmarc@smtpeter.com"]
    with pytest.raises(smtpeter.NotFoundError):
        await client.domains.delete_domain_report_address(name, f"dmarc@{name}")


async def test_dkim_keys_are_real_rsa_keys(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    name = await approved_domain(client, wire)
    with pytest.raises(smtpeter.NotFoundError):
        await client.dkim.get_dkim_key(name)

    key = await client.dkim.create_dkim_key(name)
    assert wire.last.status_code == HTTPStatus.CREATED
    assert (key.selector, key.algorithm) == ("zero", "sha256")
    public = serialization.load_pem_public_key(key.public.encode())
    assert isinstance(public, rsa.RSAPublicKey)
    assert public.key_size == 2048
    assert "PRIVATE" not in key.public

    assert await client.dkim.get_dkim_public_key(name) == key.public
    assert await client.dkim.get_dkim_algorithm(name) == "sha256"
    assert await client.dkim.get_dkim_selector(name) == "zero"
    assert (await client.dns.get_dns_status(name)).dkim == "ok"

    selfhosted = await client.dns.get_selfhosted_dns(name)
    txt = next(r for r in selfhosted if r.name == f"zero._domainkey.{name}")
    published = base64.b64decode(txt.value.split("p=", 1)[1])
    assert published == public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    recommended = await client.dns.get_recommended_dns(name)
    cname = next(r for r in recommended if r.name == f"zero._domainkey.{name}")
    assert cname.type_ == "CNAME"

    spring = await client.dkim.create_dkim_key(name, selector="spring")
    assert spring.selector == "spring"
    assert spring.public != key.public
    assert await client.dkim.get_dkim_selector(name) == "spring"
    with pytest.raises(smtpeter.APIStatusError) as taken:  # a conflict with what is there
        await client.dkim.create_dkim_key(name, encoding="form", selector="spring")
    assert taken.value.status_code == HTTPStatus.CONFLICT
    assert [k.selector for k in await client.dkim.list_dkim_keys(name)] == ["zero", "spring"]

    await client.dkim.delete_dkim_key(name, "spring")
    assert wire.last.status_code == HTTPStatus.NO_CONTENT
    assert (await client.dkim.get_dkim_key(name)).selector == "zero"
    with pytest.raises(smtpeter.NotFoundError):
        await client.dkim.delete_dkim_key(name, "spring")


async def test_spf_record_lifecycle(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    name = await approved_domain(client, wire)
    with pytest.raises(smtpeter.NotFoundError):
        await client.spf.get_spf(name)

    created = await client.spf.create_spf(
        name, ips=["192.0.2.10", "2001:db8::/32"], includes=["_spf.example.net"]
    )
    assert wire.last.status_code == HTTPStatus.CREATED
    assert created.record == (
        "v=spf1 ip4:192.0.2.10 ip6:2001:db8::/32 include:_spf.example.net include:smtpeter.com -all"
    )
    assert (await client.dns.get_dns_status(name)).spf == "ok"

    await client.spf.create_spf(name, encoding="form", ips=["198.51.100.0/24"])
    assert wire.last.status_code == HTTPStatus.OK
    current = await client.spf.get_spf(name)
    assert (current.ips, current.includes) == (["198.51.100.0/24"], [])
    selfhosted = await client.dns.get_selfhosted_dns(name)
    assert current.record in [r.value for r in selfhosted if r.name == name]

    # Not an address: refused by the spec's rule before anything is sent.
    with pytest.raises(smtpeter.ValidationError) as bad:
        await client.spf.create_spf(name, ips=["192.0.2.1", "1.2.3.999"])
    assert bad.value.field == "ips[1]" and "IPv4 or IPv6 address" in bad.value.rule

    await client.spf.delete_spf(name)
    assert wire.last.status_code == HTTPStatus.NO_CONTENT
    with pytest.raises(smtpeter.NotFoundError):
        await client.spf.get_spf(name)
    assert (await client.dns.get_dns_status(name)).spf == "error"


async def test_deleted_domain_is_gone(client: smtpeter.AsyncSMTPeter, wire: Wire) -> None:
    name = await approved_domain(client, wire)
    await client.dkim.create_dkim_key(name)
    await client.domains.delete_domain(name)
    assert wire.last.status_code == HTTPStatus.NO_CONTENT
    with pytest.raises(smtpeter.NotFoundError):
        await client.domains.get_domain(name)
    with pytest.raises(smtpeter.NotFoundError):
        await client.dns.get_dns_status(name)
    with pytest.raises(smtpeter.NotFoundError):
        await client.dkim.get_dkim_key(name)
    with pytest.raises(smtpeter.NotFoundError):
        await client.dns.get_recommended_dns(name)
    with pytest.raises(smtpeter.NotFoundError):
        await client.domains.delete_domain(name)
    assert name not in [d.name for d in await client.domains.list_domains()]
