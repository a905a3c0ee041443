"""Sender domains with their DNS proposals and status, DKIM keys and SPF records.

The sandbox has no DNS of its own and looks nothing up. It acts as a customer who publishes
exactly what SMTPeter recommends: the first ``addDomain`` answers the validation record, the
next call finds it "published" and approves the domain. ``getDnsStatus`` then reports what was
configured since:

- ``validation``, ``mx``, ``a`` and ``caa``: ok once the domain is approved;
- ``dkim``: ok once approved and the domain has a DKIM key (``createDkimKey``);
- ``spf``: ok once approved and an SPF record was made (``createSpf``);
- ``dmarc``: ok once approved and a DMARC policy was set (``addDomain`` with ``policy``).

DKIM keys are real RSA key pairs (2048 bits, ``cryptography``); only their public halves are
ever answered.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.responses import PlainTextResponse, Response

from ._common import Handler, as_day, deleted, json_answer, not_found
from ._validate import RequestRejected, Validated

__all__ = ["SMTPETER_REPORT_ADDRESS", "DkimKeyPair", "DomainRegistry", "SenderDomainState"]

SMTPETER_REPORT_ADDRESS = "dmarc@smtpeter.com"
"""Where SMTPeter has every domain's DMARC reports sent; it is always listed."""
SANDBOX_IPS = ("127.0.0.1",)
"""The addresses the sandbox "sends" from (its deliveries log the same)."""
_HOSTED = "sandbox.smtpeter.invalid"
_SELECTORS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True)
class DkimKeyPair:
    """One DKIM key of a sender domain; ``private_pem`` never leaves the sandbox."""

    selector: str
    public_pem: str
    private_pem: str = field(repr=False)
    algorithm: str = "sha256"

    def answer(self) -> dict[str, str]:
        """The key as a `DkimKey` answer: its public parts only."""
        return {"selector": self.selector, "algorithm": self.algorithm, "public": self.public_pem}

    def dns_value(self) -> str:
        """The TXT record that publishes the public key (RFC 6376)."""
        der = "".join(self.public_pem.strip().splitlines()[1:-1])
        return f"v=DKIM1; k=rsa; p={der}"


@dataclass
class SenderDomainState:
    """What the sandbox keeps about one sender domain."""

    name: str
    validation_label: str
    validation_value: str
    approved: bool = False
    bounces: str = ""
    tracking: str = ""
    https: bool = False
    policy: str = "none"
    policy_set: bool = False
    percentage: int = 100
    startdate: date | None = None
    enddate: date | None = None
    addresses: list[str] = field(default_factory=lambda: [SMTPETER_REPORT_ADDRESS])
    dkim_keys: list[DkimKeyPair] = field(default_factory=list)
    spf_ips: list[str] | None = None
    spf_includes: list[str] = field(default_factory=list)

    def answer(self) -> dict[str, Any]:
        """The domain as a `SenderDomain` answer."""
        answer: dict[str, Any] = {
            "name": self.name,
            "approved": self.approved,
            "bounces": self.bounces,
            "tracking": self.tracking,
            "https": self.https,
            "ips": list(SANDBOX_IPS),
            "policy": self.policy,
            "percentage": self.percentage,
            "addresses": list(self.addresses),
        }
        if self.startdate is not None:
            answer["startdate"] = self.startdate.isoformat()
        if self.enddate is not None:
            answer["enddate"] = self.enddate.isoformat()
        return answer

    def validation_record(self) -> dict[str, str]:
        """The TXT record proving the customer controls the domain."""
        return {
            "name": f"{self.validation_label}.{self.name}",
            "type": "TXT",
            "value": self.validation_value,
        }

    def spf_record(self) -> str | None:
        """The SPF record's text, None when no SPF record was made."""
        if self.spf_ips is None:
            return None
        terms = [_spf_term(ip) for ip in self.spf_ips]
        terms += [f"include:{name}" for name in self.spf_includes]
        return " ".join(["v=spf1", *terms, "include:smtpeter.com", "-all"])

    def dmarc_record(self) -> str:
        """The DMARC record's text (RFC 7489) as it stands today."""
        rua = ",".join(f"mailto:{address}" for address in self.addresses)
        return f"v=DMARC1; p={self.policy}; pct={self.current_percentage()}; rua={rua}"

    def current_percentage(self, today: date | None = None) -> int:
        """The percentage in DNS on ``today``: from 0 at ``startdate`` up to it at ``enddate``."""
        today = today or date.today()
        if self.startdate is None or self.enddate is None or today >= self.enddate:
            return self.percentage
        if today < self.startdate:
            return 0
        span = (self.enddate - self.startdate).days or 1
        return self.percentage * (today - self.startdate).days // span

    def status(self) -> dict[str, str]:
        """The `DnsStatus` answer (see the module's docstring for the rules)."""

        def verdict(configured: bool) -> str:
            return "ok" if self.approved and configured else "error"

        return {
            "dmarc": verdict(self.policy_set),
            "dkim": verdict(bool(self.dkim_keys)),
            "spf": verdict(self.spf_ips is not None),
            "mx": verdict(True),
            "a": verdict(True),
            "caa": verdict(True),
            "validation": verdict(True),
        }

    def dns_records(self, *, hosted: bool) -> list[dict[str, str]]:
        """The records to publish: CNAMEs to SMTPeter's records, or the values themselves."""
        slug = self.name.replace(".", "-")
        records = [] if self.approved else [self.validation_record()]
        for key in self.dkim_keys:
            owner = f"{key.selector}._domainkey.{self.name}"
            records.append(
                _record(owner, "CNAME", f"{key.selector}.{slug}.dkim.{_HOSTED}")
                if hosted
                else _record(owner, "TXT", key.dns_value())
            )
        records.append(_record(self.bounces, "MX", f"0 mail.{_HOSTED}"))
        records.append(_record(self.tracking, "CNAME", f"clicks.{_HOSTED}"))
        spf = self.spf_record() or "v=spf1 include:smtpeter.com -all"
        records.append(
            _record(self.name, "TXT", f"v=spf1 include:{slug}.spf.{_HOSTED} -all")
            if hosted
            else _record(self.name, "TXT", spf)
        )
        dmarc_owner = f"_dmarc.{self.name}"
        records.append(
            _record(dmarc_owner, "CNAME", f"{slug}.dmarc.{_HOSTED}")
            if hosted
            else _record(dmarc_owner, "TXT", self.dmarc_record())
        )
        return records


class DomainRegistry:
    """The sandbox's sender domains, by lower-case name (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._domains: dict[str, SenderDomainState] = {}

    def get(self, name: str) -> SenderDomainState | None:
        """The domain, or None (names compare case-insensitively)."""
        with self._lock:
            return self._domains.get(name.lower())

    def all(self) -> list[SenderDomainState]:
        """Every domain, in the order they were added."""
        with self._lock:
            return list(self._domains.values())

    def handlers(self) -> dict[str, Handler]:
        """The operations of sender domains, DNS, DKIM and SPF, by operationId."""
        return {
            "listDomains": lambda call: json_answer([d.answer() for d in self.all()]),
            "getDomain": lambda call: json_answer(self._domain(call).answer()),
            "addDomain": self._add,
            "deleteDomain": self._delete,
            "deleteDomainReportAddress": self._delete_address,
            "getRecommendedDns": lambda call: json_answer(
                self._domain(call).dns_records(hosted=True)
            ),
            "getSelfhostedDns": lambda call: json_answer(
                self._domain(call).dns_records(hosted=False)
            ),
            "getDnsStatus": lambda call: json_answer(self._domain(call).status()),
            "getDkimKey": lambda call: json_answer(self._current_key(call).answer()),
            "getDkimPublicKey": lambda call: PlainTextResponse(self._current_key(call).public_pem),
            "getDkimAlgorithm": lambda call: PlainTextResponse(self._current_key(call).algorithm),
            "getDkimSelector": lambda call: PlainTextResponse(self._current_key(call).selector),
            "listDkimKeys": lambda call: json_answer(
                [k.answer() for k in self._domain(call).dkim_keys]
            ),
            "createDkimKey": self._create_key,
            "deleteDkimKey": self._delete_key,
            "getSpf": lambda call: json_answer(_spf_answer(self._spf_domain(call))),
            "createSpf": self._create_spf,
            "deleteSpf": self._delete_spf,
        }

    def _domain(self, call: Validated) -> SenderDomainState:
        name = str(call.path["domain"])
        domain = self.get(name)
        if domain is None:
            raise not_found(f"sender domain {name}")
        return domain

    def _add(self, call: Validated) -> Response:
        name = str(call.path["domain"]).lower()
        settings: dict[str, Any] = dict(call.body or {})
        with self._lock:
            domain = self._domains.get(name)
            created = domain is None
            if domain is None:
                domain = SenderDomainState(
                    name=name,
                    validation_label=f"smtpeter-{secrets.token_hex(6)}",
                    validation_value=secrets.token_urlsafe(32),
                    bounces=f"bounces.{name}",
                    tracking=f"clicks.{name}",
                )
            else:
                domain.approved = True  # the sandbox finds the validation record "published"
            _apply(domain, settings)
            self._domains[name] = domain
            record = domain.validation_record()
        return json_answer(record, status=201 if created else 200)

    def _delete(self, call: Validated) -> Response:
        name = str(call.path["domain"]).lower()
        with self._lock:
            if self._domains.pop(name, None) is None:
                raise not_found(f"sender domain {name}")
        return deleted()

    def _delete_address(self, call: Validated) -> Response:
        address = str(call.path["address"])
        domain = self._domain(call)
        with self._lock:
            if address.lower() == SMTPETER_REPORT_ADDRESS:
                raise RequestRejected(400, f"address: {address} is SMTPeter's own and always stays")
            domain.addresses = _without(
                domain.addresses,
                [a for a in domain.addresses if a.lower() != address.lower()],
                f"reporting address {address} for {domain.name}",
            )
        return deleted()

    def _current_key(self, call: Validated) -> DkimKeyPair:
        domain = self._domain(call)
        with self._lock:
            if not domain.dkim_keys:
                raise not_found(f"DKIM key for {domain.name}")
            return domain.dkim_keys[-1]

    def _create_key(self, call: Validated) -> Response:
        domain = self._domain(call)
        wanted = (call.body or {}).get("selector")
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        with self._lock:
            used = {key.selector for key in domain.dkim_keys}
            if wanted is not None and wanted in used:
                raise RequestRejected(409, f"selector: {wanted!r} is already in use")
            selector = wanted or next((s for s in _SELECTORS if s not in used), f"key{len(used)}")
            key = DkimKeyPair(
                selector=selector,
                public_pem=private.public_key()
                .public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
                .decode("ascii"),
                private_pem=private.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                ).decode("ascii"),
            )
            domain.dkim_keys.append(key)
        return json_answer(key.answer(), status=201)

    def _delete_key(self, call: Validated) -> Response:
        domain = self._domain(call)
        selector = str(call.path["selector"])
        with self._lock:
            domain.dkim_keys = _without(
                domain.dkim_keys,
                [key for key in domain.dkim_keys if key.selector != selector],
                f"DKIM key {selector!r} for {domain.name}",
            )
        return deleted()

    def _spf_domain(self, call: Validated) -> SenderDomainState:
        domain = self._domain(call)
        if domain.spf_ips is None:
            raise not_found(f"SPF record for {domain.name}")
        return domain

    def _create_spf(self, call: Validated) -> Response:
        domain = self._domain(call)
        body: dict[str, Any] = dict(call.body or {})
        ips = [str(ip) for ip in body.get("ips") or []]
        for rank, ip in enumerate(ips):
            try:
                ipaddress.ip_network(ip, strict=False)
            except ValueError as exc:
                raise RequestRejected(
                    400, f"ips[{rank}]: {ip!r} is not an IP address or network"
                ) from exc
        with self._lock:
            created = domain.spf_ips is None
            domain.spf_ips = ips
            domain.spf_includes = [str(name) for name in body.get("includes") or []]
            answer = _spf_answer(domain)
        return json_answer(answer, status=201 if created else 200)

    def _delete_spf(self, call: Validated) -> Response:
        domain = self._spf_domain(call)
        with self._lock:
            domain.spf_ips = None
            domain.spf_includes = []
        return deleted()


def _apply(domain: SenderDomainState, settings: dict[str, Any]) -> None:
    """Check and store the settings of an ``addDomain`` call (the registry's lock is held)."""
    for host_field in ("bounces", "tracking"):
        host = settings.get(host_field)
        if host is not None and _organizational(str(host)) != _organizational(domain.name):
            raise RequestRejected(
                400,
                f"{host_field}: {host} does not share the organizational domain of {domain.name}",
            )
    start = as_day(settings["startdate"]) if "startdate" in settings else domain.startdate
    end = as_day(settings["enddate"]) if "enddate" in settings else domain.enddate
    if start is not None and end is not None and end < start:
        raise RequestRejected(400, "enddate: comes before startdate")
    address = settings.get("address")
    if address is not None and not domain.approved:
        raise RequestRejected(403, "address: a reporting address needs an approved sender domain")
    domain.bounces = str(settings.get("bounces", domain.bounces)).lower()
    domain.tracking = str(settings.get("tracking", domain.tracking)).lower()
    domain.https = bool(settings.get("https", domain.https))
    if "policy" in settings:
        domain.policy = str(settings["policy"])
        domain.policy_set = True
    domain.percentage = int(settings.get("percentage", domain.percentage))
    domain.startdate, domain.enddate = start, end
    if address is not None and str(address).lower() not in (a.lower() for a in domain.addresses):
        domain.addresses.append(str(address))


def _organizational(name: str) -> str:
    """The last two labels of a name: the sandbox's stand-in for the organizational domain."""
    return ".".join(name.lower().split(".")[-2:])


def _record(name: str, kind: str, value: str) -> dict[str, str]:
    return {"name": name, "type": kind, "value": value}


def _spf_term(ip: str) -> str:
    network = ipaddress.ip_network(ip, strict=False)
    return f"ip{network.version}:{ip}"


def _spf_answer(domain: SenderDomainState) -> dict[str, Any]:
    return {
        "domain": domain.name,
        "ips": list(domain.spf_ips or []),
        "includes": list(domain.spf_includes),
        "record": domain.spf_record(),
    }


_T = TypeVar("_T")


def _without(items: list[_T], kept: list[_T], what: str) -> list[_T]:
    """``kept``, what is left of ``items`` once one is deleted; 404 if it took none away."""
    if len(kept) == len(items):
        raise not_found(what)
    return kept
