"""Sender domains, their DNS records and status, DKIM keys and SPF records, through the
generated client against the sandbox over HTTPS."""

from __future__ import annotations

import base64
import datetime
from http import HTTPStatus

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from smtpeter_client.api.dkim import (
    create_dkim_key,
    delete_dkim_key,
    get_dkim_algorithm,
    get_dkim_key,
    get_dkim_public_key,
    get_dkim_selector,
    list_dkim_keys,
)
from smtpeter_client.api.dns import get_dns_status, get_recommended_dns, get_selfhosted_dns
from smtpeter_client.api.domains import (
    add_domain,
    delete_domain,
    delete_domain_report_address,
    get_domain,
    list_domains,
)
from smtpeter_client.api.spf import create_spf, delete_spf, get_spf
from smtpeter_client.models import (
    DkimKeyRequest,
    DomainSettings,
    DomainSettingsForm,
    SpfSettings,
    SpfSettingsForm,
)
from tests.support.generated_api import GeneratedApi, unique


async def approved_domain(api: GeneratedApi) -> str:
    name = f"{unique('shop')}.example"
    assert (await api.call(add_domain, name)).status_code == HTTPStatus.CREATED
    assert (await api.call(add_domain, name)).status_code == HTTPStatus.OK
    return name


async def test_a_domain_is_validated_by_its_second_call(api: GeneratedApi) -> None:
    name = f"{unique('new')}.example"
    first = await api.call(add_domain, name)
    assert first.status_code == HTTPStatus.CREATED
    record = first.parsed
    assert record.type_ == "TXT"
    assert record.name.endswith(f".{name}") and record.name.startswith("smtpeter-")
    assert len(record.value) >= 32

    domain = (await api.call(get_domain, name)).parsed
    assert domain.approved is False
    assert (domain.bounces, domain.tracking) == (f"bounces.{name}", f"clicks.{name}")
    assert domain.addresses == ["dmarc@smtpeter.com"]
    status = (await api.call(get_dns_status, name)).parsed
    assert status.validation == "error"
    recommended = (await api.call(get_recommended_dns, name)).parsed
    assert (record.name, "TXT", record.value) in [(r.name, r.type_, r.value) for r in recommended]

    second = await api.call(add_domain, name)
    assert second.status_code == HTTPStatus.OK
    assert second.parsed.value == record.value
    assert (await api.call(get_domain, name)).parsed.approved is True
    status = (await api.call(get_dns_status, name)).parsed
    assert (status.validation, status.mx, status.dkim, status.spf, status.dmarc) == (
        "ok",
        "ok",
        "error",
        "error",
        "error",
    )
    recommended = (await api.call(get_recommended_dns, name)).parsed
    assert record.name not in [r.name for r in recommended]
    listed = (await api.call(list_domains)).parsed
    assert name in [d.name for d in listed]


async def test_settings_from_json_and_form(api: GeneratedApi) -> None:
    name = await approved_domain(api)
    json_settings = DomainSettings.from_dict(
        {
            "policy": "reject",
            "percentage": 40,
            "startdate": "2026-01-01",
            "enddate": "2026-02-01",
            "https": True,
            "tracking": f"links.{name}",
        }
    )
    assert (await api.call(add_domain, name, body=json_settings)).status_code == HTTPStatus.OK
    domain = (await api.call(get_domain, name)).parsed
    assert (domain.policy, domain.percentage, domain.https) == ("reject", 40, True)
    assert (domain.startdate, domain.enddate) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 2, 1),
    )
    assert domain.tracking == f"links.{name}"
    assert (await api.call(get_dns_status, name)).parsed.dmarc == "ok"
    selfhosted = (await api.call(get_selfhosted_dns, name)).parsed
    dmarc = next(r for r in selfhosted if r.name == f"_dmarc.{name}")
    assert dmarc.type_ == "TXT" and "p=reject" in dmarc.value

    form = DomainSettingsForm.from_dict({"policy": "quarantine", "https": False})
    assert (await api.call(add_domain, name, body=form)).status_code == HTTPStatus.OK
    domain = (await api.call(get_domain, name)).parsed
    assert (domain.policy, domain.https, domain.percentage) == ("quarantine", False, 40)


async def test_settings_are_checked(api: GeneratedApi) -> None:
    name = await approved_domain(api)
    foreign = DomainSettings.from_dict({"bounces": "bounces.elsewhere.test"})
    refused = await api.call(add_domain, name, body=foreign)
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert refused.parsed.startswith("bounces:")
    backwards = DomainSettings.from_dict({"startdate": "2026-03-01", "enddate": "2026-02-01"})
    refused = await api.call(add_domain, name, body=backwards)
    assert refused.status_code == HTTPStatus.BAD_REQUEST
    assert "enddate" in refused.parsed
    too_much = await api.call(add_domain, name, body=DomainSettings(percentage=101))
    assert too_much.status_code == HTTPStatus.BAD_REQUEST
    assert "percentage" in too_much.parsed


async def test_reporting_addresses(api: GeneratedApi) -> None:
    name = f"{unique('reports')}.example"
    address = DomainSettings.from_dict({"address": f"dmarc@{name}"})
    early = await api.call(add_domain, name, body=address)
    assert early.status_code == HTTPStatus.FORBIDDEN  # not approved yet
    assert early.parsed.startswith("address:")
    assert (await api.call(get_domain, name)).status_code == HTTPStatus.NOT_FOUND  # refused whole
    assert (await api.call(add_domain, name)).status_code == HTTPStatus.CREATED
    approved = await api.call(add_domain, name, body=address)
    assert approved.status_code == HTTPStatus.OK
    assert (await api.call(get_domain, name)).parsed.addresses == [
        "dmarc@smtpeter.com",
        f"dmarc@{name}",
    ]

    own = await api.call(delete_domain_report_address, name, "dmarc@smtpeter.com")
    assert own.status_code == HTTPStatus.BAD_REQUEST
    removed = await api.call(delete_domain_report_address, name, f"dmarc@{name}")
    assert removed.status_code == HTTPStatus.NO_CONTENT
    assert (await api.call(get_domain, name)).parsed.addresses == ["dmarc@smtpeter.com"]
    again = await api.call(delete_domain_report_address, name, f"dmarc@{name}")
    assert again.status_code == HTTPStatus.NOT_FOUND


async def test_dkim_keys_are_real_rsa_keys(api: GeneratedApi) -> None:
    name = await approved_domain(api)
    assert (await api.call(get_dkim_key, name)).status_code == HTTPStatus.NOT_FOUND

    created = await api.call(create_dkim_key, name)
    assert created.status_code == HTTPStatus.CREATED
    key = created.parsed
    assert (key.selector, key.algorithm) == ("zero", "sha256")
    public = serialization.load_pem_public_key(key.public.encode())
    assert isinstance(public, rsa.RSAPublicKey)
    assert public.key_size == 2048
    assert "PRIVATE" not in key.public

    assert (await api.call(get_dkim_public_key, name)).parsed == key.public
    assert (await api.call(get_dkim_algorithm, name)).parsed == "sha256"
    assert (await api.call(get_dkim_selector, name)).parsed == "zero"
    assert (await api.call(get_dns_status, name)).parsed.dkim == "ok"

    selfhosted = (await api.call(get_selfhosted_dns, name)).parsed
    txt = next(r for r in selfhosted if r.name == f"zero._domainkey.{name}")
    published = base64.b64decode(txt.value.split("p=", 1)[1])
    assert published == public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    recommended = (await api.call(get_recommended_dns, name)).parsed
    cname = next(r for r in recommended if r.name == f"zero._domainkey.{name}")
    assert cname.type_ == "CNAME"

    spring = await api.call(create_dkim_key, name, body=DkimKeyRequest(selector="spring"))
    assert spring.parsed.selector == "spring"
    assert spring.parsed.public != key.public
    assert (await api.call(get_dkim_selector, name)).parsed == "spring"
    taken = await api.call(create_dkim_key, name, body=DkimKeyRequest(selector="spring"))
    assert taken.status_code == HTTPStatus.BAD_REQUEST
    listed = (await api.call(list_dkim_keys, name)).parsed
    assert [k.selector for k in listed] == ["zero", "spring"]

    assert (await api.call(delete_dkim_key, name, "spring")).status_code == HTTPStatus.NO_CONTENT
    assert (await api.call(get_dkim_key, name)).parsed.selector == "zero"
    missing = await api.call(delete_dkim_key, name, "spring")
    assert missing.status_code == HTTPStatus.NOT_FOUND


async def test_spf_record_lifecycle(api: GeneratedApi) -> None:
    name = await approved_domain(api)
    assert (await api.call(get_spf, name)).status_code == HTTPStatus.NOT_FOUND

    settings = SpfSettings(ips=["192.0.2.10", "2001:db8::/32"], includes=["_spf.example.net"])
    created = await api.call(create_spf, name, body=settings)
    assert created.status_code == HTTPStatus.CREATED
    assert created.parsed.record == (
        "v=spf1 ip4:192.0.2.10 ip6:2001:db8::/32 include:_spf.example.net include:smtpeter.com -all"
    )
    assert (await api.call(get_dns_status, name)).parsed.spf == "ok"

    replaced = await api.call(create_spf, name, body=SpfSettingsForm(ips=["198.51.100.0/24"]))
    assert replaced.status_code == HTTPStatus.OK
    current = (await api.call(get_spf, name)).parsed
    assert (current.ips, current.includes) == (["198.51.100.0/24"], [])
    selfhosted = (await api.call(get_selfhosted_dns, name)).parsed
    assert current.record in [r.value for r in selfhosted if r.name == name]

    bad = await api.call(create_spf, name, body=SpfSettings(ips=["192.0.2.1", "1.2.3.999"]))
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert bad.parsed.startswith("ips[1]:")

    assert (await api.call(delete_spf, name)).status_code == HTTPStatus.NO_CONTENT
    assert (await api.call(get_spf, name)).status_code == HTTPStatus.NOT_FOUND
    assert (await api.call(get_dns_status, name)).parsed.spf == "error"


async def test_deleted_domain_is_gone(api: GeneratedApi) -> None:
    name = await approved_domain(api)
    await api.call(create_dkim_key, name)
    assert (await api.call(delete_domain, name)).status_code == HTTPStatus.NO_CONTENT
    for endpoint in (get_domain, get_dns_status, get_dkim_key, get_recommended_dns):
        assert (await api.call(endpoint, name)).status_code == HTTPStatus.NOT_FOUND
    assert (await api.call(delete_domain, name)).status_code == HTTPStatus.NOT_FOUND
    assert name not in [d.name for d in (await api.call(list_domains)).parsed]
