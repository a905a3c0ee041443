"""The Java client openapi-generator writes from openapi.yaml compiles, with no error.

``-g java --library native`` (java.net.http, Jackson: the library with the fewest dependencies)
is generated once for the module; javac compiles every source under src/main/java against the
jars its pom.xml names, taken from the local Maven repository (Maven Central is not reachable
from the tests, and nothing else of Maven is needed). The generator's own tests (JUnit) are not
compiled: they are stubs that call each operation with nulls.
"""

from __future__ import annotations

import collections
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.openapi_generator import (
    Generated,
    clean_environment,
    require_tool,
    run_generator,
)

# The options a Java user of this spec would pick; each one trims a dependency, not an error.
PROPERTIES = {
    # Optional properties are plain fields (absent = null) rather than JsonNullable wrappers,
    # which need jackson-databind-nullable; the spec has no property that is null on purpose.
    "openApiNullable": "false",
    # The same spec writes the same sources: no date in @Generated.
    "hideGenerationTimestamp": "true",
    # jakarta.annotation.{Generated,Nonnull,Nullable} from one jar, instead of javax's
    # @Generated (javax.annotation-api) plus @Nonnull/@Nullable (jsr305).
    "useJakartaEe": "true",
}
# What the generated sources import besides the JDK: Jackson, its java.time module and the
# Jakarta annotations. (group, artifact, version) as pom.xml would resolve them; the versions
# are those of the local repository, older than the pom's own, which compile the same code.
JARS = (
    ("com.fasterxml.jackson.core", "jackson-databind", "2.17.2"),
    ("com.fasterxml.jackson.core", "jackson-core", "2.17.2"),
    ("com.fasterxml.jackson.core", "jackson-annotations", "2.17.2"),
    ("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", "2.17.1"),
    ("jakarta.annotation", "jakarta.annotation-api", "2.1.1"),
)
MAVEN_REPOSITORY = Path.home() / ".m2" / "repository"
JAVA_RELEASE = "11"  # the pom's maven.compiler.source/target
_ERROR = re.compile(r"^(?P<file>[^\s:][^:]*\.java):(?P<line>\d+): error: (?P<message>.*)$", re.M)
SHOWN_LINES = 2


@dataclass(frozen=True)
class Compiled:
    output: str
    returncode: int

    def errors(self) -> list[re.Match[str]]:
        return list(_ERROR.finditer(self.output))


def classpath() -> str:
    """The jars of JARS in the local Maven repository; fails naming each one that is missing."""
    found, missing = [], []
    for group, artifact, version in JARS:
        folder = MAVEN_REPOSITORY.joinpath(*group.split("."), artifact)
        jar = folder / version / f"{artifact}-{version}.jar"
        if jar.is_file():
            found.append(str(jar))
            continue
        others = sorted(p.name for p in folder.glob("*/") if p.is_dir()) if folder.is_dir() else []
        missing.append(
            f"{group}:{artifact}:{version} (looked for {jar}"
            + (f"; the repository has {', '.join(others)}: change JARS" if others else "")
            + ")"
        )
    if missing:
        pytest.fail("the Java client cannot be compiled without:\n  " + "\n  ".join(missing))
    return ":".join(found)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    return run_generator(
        "java",
        tmp_path_factory.mktemp("java") / "client",
        properties={"library": "native", **PROPERTIES},
    )


@pytest.fixture(scope="module")
def compiled(generated: Generated) -> Compiled:
    sources = sorted((generated.folder / "src" / "main" / "java").rglob("*.java"))
    assert sources, f"openapi-generator wrote no Java source:\n{generated.log[-3000:]}"
    listing = generated.folder / "sources.txt"
    listing.write_text("".join(f"{source}\n" for source in sources), encoding="utf-8")
    command = [
        require_tool("javac"), "--release", JAVA_RELEASE, "-encoding", "UTF-8", "-nowarn",
        "-Xmaxerrs", "100000", "-classpath", classpath(),
        "-d", str(generated.folder / "classes"), f"@{listing}",
    ]  # fmt: skip
    done = subprocess.run(
        command,
        cwd=generated.folder,
        env=clean_environment(generated.folder),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return Compiled(done.stdout + done.stderr, done.returncode)


def _report(compiled: Compiled, root: Path) -> str:
    """How many errors, where and of which kind, then the first of each line as javac wrote it."""
    errors = compiled.errors()
    by_file = collections.Counter(Path(e["file"]).name for e in errors)
    by_kind = collections.Counter(e["message"] for e in errors)
    lines = [
        f"javac: {len(errors)} errors (exit status {compiled.returncode})",
        "by file: " + ", ".join(f"{name} {n}" for name, n in by_file.most_common()),
        "by kind: " + "; ".join(f"{kind} ({n})" for kind, n in by_kind.most_common()),
        "(javac stops at syntax errors: errors of names and types show once those are gone)",
        f"the first error of the first {SHOWN_LINES} lines with errors of each file:",
    ]
    output = compiled.output.replace(f"{root}/", "")
    shown: dict[str, set[str]] = collections.defaultdict(set)
    for match in _ERROR.finditer(output):
        file_lines = shown[match["file"]]
        if match["line"] in file_lines or len(file_lines) == SHOWN_LINES:
            continue
        file_lines.add(match["line"])
        source_and_caret = output[match.end() :].split("\n")[1:3]
        lines += [match.group(0), *(line[:300] for line in source_and_caret)]
    if not errors:
        lines.append(output[-3000:])
    return "\n".join(lines)


def test_generation_loses_no_file(generated: Generated) -> None:
    # A collision means two API or model classes were written to one file: one is missing.
    assert generated.collisions() == [], "\n".join(generated.collisions())


def test_every_source_compiles(compiled: Compiled, generated: Generated) -> None:
    if compiled.returncode != 0 or compiled.errors():
        pytest.fail(_report(compiled, generated.folder), pytrace=False)
    assert any((generated.folder / "classes").rglob("ApiClient.class"))
