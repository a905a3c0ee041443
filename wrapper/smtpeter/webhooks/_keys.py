"""Public keys of webhook signatures: DKIM-style TXT records, fetched from DNS and cached.

SMTPeter publishes the key named by a signature's ``keyId`` as a DNS TXT record written like
a DKIM key (RFC 6376, section 3.6.1: ``v=DKIM1; k=rsa; p=<base64>``) and replaces it every
month. A key resolver is any callable ``key_resolver(key_id) -> str`` that returns that
record's text; :class:`DnsKeyResolver` (the default) asks DNS with dnspython.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ._errors import SignatureError
from ._signature import shown

if TYPE_CHECKING:
    import dns.resolver

__all__ = [
    "DnsKeyResolver",
    "KeyResolver",
    "default_key_resolver",
    "dkim_record",
    "override_default_resolver",
    "public_key_from_record",
]

KeyResolver = Callable[[str], str]
"""``key_resolver(key_id) -> str``: the TXT record text for ``key_id``; raise when there is none.

A resolver that caches may also have a ``refresh(key_id) -> str`` method: verification calls
it once when a signature fails with the cached key, in case the key was rotated.
"""

DNS_TIMEOUT = 5.0  # seconds for one key lookup, all retries included
MIN_REFRESH_INTERVAL = 60.0  # seconds between two forced re-fetches of one key
MAX_CACHED_KEYS = 32


def dkim_record(public_key: rsa.RSAPublicKey) -> str:
    """The TXT record text that publishes ``public_key`` as SMTPeter publishes its keys."""
    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return f"v=DKIM1; k=rsa; p={base64.b64encode(der).decode('ascii')}"


def public_key_from_record(key_id: str, record: str) -> rsa.RSAPublicKey:
    """The RSA key in a DKIM-style record; :class:`SignatureError` if there is none.

    ``p=`` holds a SubjectPublicKeyInfo (what DKIM records carry in practice) or a bare
    PKCS#1 RSAPublicKey (what RFC 6376 literally says); both are read.
    """
    tags: dict[str, str] = {}
    for part in record.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            tags[name.strip().lower()] = "".join(value.split())
    where = f"the key record of {shown(key_id)!r}"
    if tags.get("v", "DKIM1") != "DKIM1":
        raise SignatureError("key", f"{where} is not a DKIM1 record")
    if tags.get("k", "rsa").lower() != "rsa":
        raise SignatureError("key", f"{where} is not an RSA key")
    if not tags.get("p"):
        raise SignatureError("key", f"{where} has no public key (p= is empty: revoked)")
    try:
        der = base64.b64decode(tags["p"], validate=True)
    except binascii.Error:
        raise SignatureError("key", f"{where} has a p= that is not base64") from None
    try:
        key = serialization.load_der_public_key(der)
    except ValueError:
        pem = b"-----BEGIN RSA PUBLIC KEY-----\n%s\n-----END RSA PUBLIC KEY-----\n"
        try:
            key = serialization.load_pem_public_key(pem % base64.encodebytes(der))
        except ValueError:
            raise SignatureError("key", f"{where} holds no readable public key") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureError("key", f"{where} is not an RSA key")
    return key


class DnsKeyResolver:
    """Fetches key records from DNS (TXT) with dnspython and keeps each for its TTL.

    ``resolver`` is a :class:`dns.resolver.Resolver` (default: the system's configuration).
    :meth:`refresh` fetches a key again, bypassing the cache, at most once per
    ``min_refresh_interval`` seconds per key, so forged calls cannot make it flood DNS.
    Thread-safe; ``clock`` (monotonic seconds) is there for tests.
    """

    def __init__(
        self,
        resolver: dns.resolver.Resolver | None = None,
        *,
        timeout: float = DNS_TIMEOUT,
        min_refresh_interval: float = MIN_REFRESH_INTERVAL,
        max_entries: int = MAX_CACHED_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._resolver = resolver
        self._timeout = timeout
        self._min_refresh_interval = min_refresh_interval
        self._max_entries = max_entries
        self._clock = clock
        self._lock = threading.Lock()
        # key id -> (record, expires at, fetched at)
        self._cache: OrderedDict[str, tuple[str, float, float]] = OrderedDict()

    def __call__(self, key_id: str) -> str:
        """The record for ``key_id``: from the cache while its TTL lasts, else from DNS."""
        now = self._clock()
        with self._lock:
            cached = self._cache.get(key_id)
            if cached is not None and now < cached[1]:
                return cached[0]
        return self._fetch(key_id)

    def refresh(self, key_id: str) -> str:
        """Fetch ``key_id`` again now, unless it was fetched less than the interval ago."""
        with self._lock:
            cached = self._cache.get(key_id)
            if cached is not None and self._clock() - cached[2] < self._min_refresh_interval:
                return cached[0]
        return self._fetch(key_id)

    def _fetch(self, key_id: str) -> str:
        import dns.exception
        import dns.resolver

        resolver = self._resolver or dns.resolver.Resolver()
        try:
            answer = resolver.resolve(key_id, "TXT", lifetime=self._timeout, search=False)
        except dns.exception.DNSException as exc:
            raise LookupError(
                f"no TXT record for {shown(key_id)!r} ({type(exc).__name__})"
            ) from None
        records = [b"".join(rdata.strings).decode("ascii", "replace") for rdata in answer]
        keys = [record for record in records if "p=" in record]
        if len(keys) != 1:
            raise LookupError(f"{len(keys)} key records for {shown(key_id)!r}, expected one")
        ttl = answer.rrset.ttl if answer.rrset is not None else 0
        now = self._clock()
        with self._lock:
            self._cache[key_id] = (keys[0], now + ttl, now)
            self._cache.move_to_end(key_id)
            while len(self._cache) > self._max_entries:
                self._cache.popitem(last=False)
        return keys[0]


_default: KeyResolver | None = None
_override: KeyResolver | None = None
_default_lock = threading.Lock()


def default_key_resolver() -> KeyResolver:
    """The resolver used when none is given: one shared :class:`DnsKeyResolver`.

    Inside :func:`override_default_resolver` (``smtpeter.testing``), the one given there.
    """
    global _default
    if _override is not None:
        return _override
    with _default_lock:
        if _default is None:
            _default = DnsKeyResolver()
        return _default


@contextlib.contextmanager
def override_default_resolver(resolver: KeyResolver) -> Iterator[None]:
    """Make ``resolver`` the default for the block (for tests; not thread-local)."""
    global _override
    previous, _override = _override, resolver
    try:
        yield
    finally:
        _override = previous
