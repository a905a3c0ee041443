"""Write the README's table of every operation, from openapi.yaml: `make docs`.

The table sits between the markers below; tests/docs/test_readme.py checks that it is what
this script writes, so that it cannot drift from the spec.

Usage: python tools/operations_table.py [--check] [README]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from openapi_python_client.strings import PythonIdentifier, snake_case

ROOT = Path(__file__).resolve().parents[1]
START = "<!-- operations: written by tools/operations_table.py from openapi.yaml -->"
END = "<!-- end of operations -->"
METHODS = ("get", "put", "post", "delete", "patch")


def table(spec: dict) -> str:
    rows = ["| method | path | Python call | what it does |", "| --- | --- | --- | --- |"]
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            tag = str(PythonIdentifier(operation["tags"][0], prefix="tag"))
            parameters = [
                p for p in [*item.get("parameters", []), *operation.get("parameters", [])]
            ]
            positional = [
                p["name"] for p in (_resolve(spec, p) for p in parameters) if p["in"] == "path"
            ]
            arguments = ", ".join(positional)
            if operation.get("requestBody") or any(
                _resolve(spec, p)["in"] == "query" for p in parameters
            ):
                arguments += ", ..." if arguments else "..."
            call = f"`client.{tag}.{snake_case(operation['operationId'])}({arguments})`"
            summary = operation.get("summary", "").replace("|", "\\|")
            rows.append(f"| {method.upper()} | `{path}` | {call} | {summary} |")
    return "\n".join(rows)


def _resolve(spec: dict, parameter: dict) -> dict:
    if "$ref" in parameter:
        return spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
    return parameter


def render(readme: str, spec: dict) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table(spec)}\n{END}{after}"


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--check"]
    readme_path = Path(args[0]) if args else ROOT / "README.md"
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    readme = readme_path.read_text(encoding="utf-8")
    wanted = render(readme, spec)
    if "--check" in sys.argv:
        if wanted != readme:
            print("README's table of operations is out of date: run make docs", file=sys.stderr)
            return 1
        return 0
    readme_path.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
