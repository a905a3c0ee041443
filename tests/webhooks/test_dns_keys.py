"""The default key resolver over real DNS packets: TTL cache, and one re-fetch on rotation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import smtpeter.webhooks
from smtpeter.webhooks import DnsKeyResolver, SignatureError
from tests.support.dns_server import LocalDnsServer
from tests.support.webhook_signer import WebhookSigner

from .conftest import NOW

EVENT = {"id": "m1", "type": "open"}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def dns_server() -> Iterator[LocalDnsServer]:
    with LocalDnsServer() as server:
        yield server


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def resolver(dns_server: LocalDnsServer, clock: Clock) -> DnsKeyResolver:
    return DnsKeyResolver(dns_server.resolver(), clock=clock, min_refresh_interval=60)


def verify(signer: WebhookSigner, resolver: DnsKeyResolver) -> object:
    call = signer.sign(EVENT, date=NOW)
    return smtpeter.webhooks.verify(
        call.method, call.target, call.headers, call.body, key_resolver=resolver, now=NOW
    )


def test_the_key_comes_from_dns_and_is_kept_for_its_ttl(
    signer: WebhookSigner, dns_server: LocalDnsServer, resolver: DnsKeyResolver, clock: Clock
) -> None:
    dns_server.set_txt(signer.key_id, signer.record, ttl=300)
    assert len(signer.record) > 255  # so the record travels as several character-strings
    assert verify(signer, resolver)
    assert verify(signer, resolver)
    assert dns_server.queries == [signer.key_id]
    clock.now += 301
    assert verify(signer, resolver)
    assert dns_server.queries == [signer.key_id] * 2


def test_a_rotated_key_is_fetched_again_once(
    signer: WebhookSigner,
    other_signer: WebhookSigner,
    dns_server: LocalDnsServer,
    resolver: DnsKeyResolver,
    clock: Clock,
) -> None:
    dns_server.set_txt(signer.key_id, signer.record, ttl=3600)
    assert verify(signer, resolver)
    dns_server.set_txt(signer.key_id, other_signer.record, ttl=3600)  # the monthly rotation
    clock.now += 120
    assert verify(other_signer, resolver)  # the cached key fails, the fresh one verifies
    assert dns_server.queries == [signer.key_id] * 2
    assert verify(other_signer, resolver)
    assert len(dns_server.queries) == 2  # and is cached from then on


def test_forged_calls_cannot_make_it_query_dns_again_and_again(
    signer: WebhookSigner,
    other_signer: WebhookSigner,
    dns_server: LocalDnsServer,
    resolver: DnsKeyResolver,
    clock: Clock,
) -> None:
    dns_server.set_txt(signer.key_id, signer.record, ttl=3600)
    assert verify(signer, resolver)
    for _ in range(3):  # signed with a key that is not published
        with pytest.raises(SignatureError, match="does not verify"):
            verify(other_signer, resolver)
    assert len(dns_server.queries) == 1  # within the refresh interval the cache answers
    clock.now += 61
    with pytest.raises(SignatureError, match="does not verify"):
        verify(other_signer, resolver)
    assert len(dns_server.queries) == 2


def test_a_key_id_without_a_record_is_refused(
    signer: WebhookSigner, resolver: DnsKeyResolver
) -> None:
    with pytest.raises(SignatureError) as caught:
        verify(signer, resolver)
    assert caught.value.check == "key"
    assert str(caught.value) == (
        "no key for keyId 'test._domainkey.copernica.com': "
        "no TXT record for 'test._domainkey.copernica.com' (NXDOMAIN)"
    )
