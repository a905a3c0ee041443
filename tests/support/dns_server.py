"""A small authoritative DNS server on 127.0.0.1 (UDP) answering TXT queries from a dict.

Built on dnspython's message parser, so the SDK's DNS key resolver is tested against real
DNS packets over a real socket, without leaving loopback.

>>> with LocalDnsServer() as dns_server:                  # doctest: +SKIP
...     dns_server.set_txt("one._domainkey.copernica.com", "v=DKIM1; k=rsa; p=...", ttl=300)
...     resolver = dns_server.resolver()                  # a dns.resolver.Resolver for it
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType
from typing import Self

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.resolver
import dns.rrset

__all__ = ["LocalDnsServer"]


class LocalDnsServer:
    """Answers TXT queries for the names given to :meth:`set_txt`; NXDOMAIN for the rest."""

    def __init__(self) -> None:
        self._records: dict[str, tuple[str, int]] = {}
        self._lock = threading.Lock()
        self.queries: list[str] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="local-dns", daemon=True)
        self._thread.start()

    def set_txt(self, name: str, text: str, *, ttl: int = 300) -> None:
        with self._lock:
            self._records[name.lower().rstrip(".")] = (text, ttl)

    def resolver(self) -> dns.resolver.Resolver:
        """A dnspython resolver that asks this server and nothing else."""
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        resolver.port = self.port
        return resolver

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, client = self._sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(wire)
            response = dns.message.make_response(query)
            question = query.question[0]
            name = question.name.to_text(omit_final_dot=True).lower()
            with self._lock:
                self.queries.append(name)
                found = self._records.get(name)
            if found is None or question.rdtype != dns.rdatatype.TXT:
                response.set_rcode(dns.rcode.NXDOMAIN)
            else:
                text, ttl = found
                # One TXT record of several character-strings: each holds at most 255 bytes.
                chunks = " ".join(f'"{text[i : i + 255]}"' for i in range(0, len(text), 255))
                rdata = dns.rdata.from_text(dns.rdataclass.IN, dns.rdatatype.TXT, chunks)
                response.answer.append(dns.rrset.from_rdata(question.name, ttl, rdata))
            response.flags |= dns.flags.AA
            self._sock.sendto(response.to_wire(), client)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        with contextlib.suppress(OSError):
            self._sock.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
