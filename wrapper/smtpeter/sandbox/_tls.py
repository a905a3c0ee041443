"""A local test CA (made with trustme) and the sandbox's server certificate."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["TlsFiles", "default_state_dir", "prepare_tls"]

_LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class TlsFiles:
    """Where the CA certificate and the server's certificate chain and key were written."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def default_state_dir() -> Path:
    """``$XDG_CACHE_HOME/smtpeter-sandbox``, or ``~/.cache/smtpeter-sandbox``."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "smtpeter-sandbox"


def prepare_tls(state_dir: Path, hosts: Iterable[str] = ()) -> TlsFiles:
    """Load the CA kept in ``state_dir`` (creating it on first use) and issue a server cert.

    The CA stays the same across restarts, so the CA file a shell trusts keeps working; the
    server certificate is issued afresh for the loopback names and ``hosts``.
    """
    import trustme  # only the HTTPS server needs it

    state_dir = state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    ca_file, ca_key = state_dir / "ca.pem", state_dir / "ca-key.pem"
    if ca_file.is_file() and ca_key.is_file():
        ca = trustme.CA.from_pem(ca_file.read_bytes(), ca_key.read_bytes())
    else:
        ca = trustme.CA(organization_name="smtpeter sandbox")
        _write_private(ca_key, ca.private_key_pem.bytes())
        ca_file.write_bytes(ca.cert_pem.bytes())
    names = list(dict.fromkeys([*_LOOPBACK_NAMES, *(h for h in hosts if _certifiable(h))]))
    leaf = ca.issue_cert(*names)
    cert_file, key_file = state_dir / "server.pem", state_dir / "server-key.pem"
    cert_file.write_bytes(b"".join(blob.bytes() for blob in leaf.cert_chain_pems))
    _write_private(key_file, leaf.private_key_pem.bytes())
    return TlsFiles(ca_file=ca_file, cert_file=cert_file, key_file=key_file)


def _certifiable(host: str) -> bool:
    """Whether a bind address can name the server in a certificate (not a wildcard)."""
    try:
        return not ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return bool(host)


def _write_private(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as stream:
        stream.write(content)
