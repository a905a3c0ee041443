"""A wheelhouse made offline: the installed distributions a requirement needs, packed again.

A test may not download, so the runtime dependencies of the wheel under test come from the
distributions already installed next to the tests (the dev venv holds every extra): each one
is zipped again from the files its RECORD lists, as the wheel it was installed from. pip then
installs from that folder alone (``--no-index --find-links``) and resolves as for a user, so
a dependency the wheel forgot to declare is missing from the new venv, not borrowed.
"""

from __future__ import annotations

import base64
import email.parser
import hashlib
import zipfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.tags import sys_tags
from packaging.utils import canonicalize_name

__all__ = ["repack", "requirements_closure", "wheel_requirements"]

# Written by the installer, not part of the wheel (RECORD is written anew).
_INSTALLER_FILES = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}


def wheel_requirements(wheel: Path) -> list[str]:
    """The ``Requires-Dist`` lines of a wheel's METADATA."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        text = archive.read(name).decode("utf-8")
    return email.parser.Parser().parsestr(text).get_all("Requires-Dist") or []


def _wanted(requirement: Requirement, extras: Iterable[str]) -> bool:
    marker = requirement.marker
    return marker is None or any(marker.evaluate({"extra": e}) for e in ("", *extras))


def requirements_closure(
    requires: Iterable[str], extras: Iterable[str] = ()
) -> dict[str, metadata.Distribution]:
    """Every installed distribution that ``requires`` (with ``extras``) needs, transitively,
    by canonical name. Raises PackageNotFoundError for one that is not installed."""
    found: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, str]] = set()
    todo = [Requirement(line) for line in requires if _wanted(Requirement(line), extras)]
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        for extra in ("", *sorted(requirement.extras)):
            if (name, extra) in done:
                continue
            done.add((name, extra))
            dist = found.setdefault(name, metadata.distribution(requirement.name))
            for line in dist.requires or []:
                child = Requirement(line)
                marker = child.marker
                if marker is None or marker.evaluate({"extra": extra}):
                    todo.append(child)
    return found


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return f"sha256={digest.decode('ascii')}"


def _wheel_tag(wheel_metadata: str) -> str:
    tags = [
        line.split(":", 1)[1].strip()
        for line in wheel_metadata.splitlines()
        if line.startswith("Tag:")
    ]
    supported = {str(tag) for tag in sys_tags()}
    return next(tag for tag in tags if tag in supported)


def repack(dist: metadata.Distribution, wheel_dir: Path) -> Path:
    """Zip an installed distribution again as a wheel in ``wheel_dir``; returns its path.

    Only the files under site-packages go in (console scripts are made again from
    entry_points.txt on install), and no bytecode.
    """
    files = dist.files
    if files is None:
        raise ValueError(f"{dist.metadata['Name']} has no RECORD: it cannot be packed again")
    (info_dir,) = {f.parts[0] for f in files if f.parts[0].endswith(".dist-info")}
    wheel_metadata = dist.read_text("WHEEL")
    if wheel_metadata is None:
        raise ValueError(f"{info_dir} has no WHEEL file")
    target = wheel_dir / f"{info_dir.removesuffix('.dist-info')}-{_wheel_tag(wheel_metadata)}.whl"
    record: list[str] = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for file in files:
            name = file.as_posix()
            if file.parts[0] == ".." or "__pycache__" in file.parts or name.endswith(".pyc"):
                continue
            if file.parts[0] == info_dir and file.name in _INSTALLER_FILES:
                continue
            data = Path(str(dist.locate_file(file))).read_bytes()
            archive.writestr(name, data)
            record.append(f"{name},{_record_hash(data)},{len(data)}")
        record.append(f"{info_dir}/RECORD,,")
        archive.writestr(f"{info_dir}/RECORD", "\n".join(record) + "\n")
    return target
