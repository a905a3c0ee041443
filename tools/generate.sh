#!/usr/bin/env bash
# Generate the client package from an OpenAPI document: tools/generate.sh SPEC OUT_DIR
# The result depends only on SPEC, openapi-config.yaml, templates/ and the pinned tools found
# on PATH (make puts .venv/bin first). Any generator warning fails: the generator drops what
# it cannot handle with only a warning.
set -euo pipefail
spec=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"
mkdir -p "$(dirname "$out")"
# openapi.yaml gives a body one schema for JSON and form; the generator and the validator get
# a copy in which each form body has its own, derived one (see tools/derive_forms.py).
derived=$(mktemp -d)
trap 'rm -rf "$derived"' EXIT
python "$root/tools/derive_forms.py" "$spec" "$derived/openapi.yaml"
original=$spec
spec=$derived/openapi.yaml
log=$(openapi-python-client generate --path "$spec" --config "$root/openapi-config.yaml" \
	--custom-template-path "$root/templates" --meta none --output-path "$out" 2>&1) \
	|| { echo "$log"; exit 1; }
if grep -qiE "warning|error" <<<"$log"; then echo "$log"; exit 1; fi
# What the generator cannot derive: the compiled validator, the resource classes, and the
# document itself as data (the original, for the sandbox).
python "$root/tools/generate_surface.py" "$spec" "$root/templates/surface.yaml" "$out" "$original"
# The documented success answer of each operation, for the sandbox's operations it does not simulate.
python "$root/tools/generate_answers.py" "$spec" "$out"
(cd "$out" && ruff check --isolated --no-cache --select F,I,UP --fix-only --quiet . \
	&& ruff format --isolated --no-cache --quiet .)
touch "$out/py.typed"
