# Thin targets; CI calls the same ones. Everything installs itself into .venv and tools/.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := tools/node_modules/.installed
REDOCLY := tools/node_modules/.bin/redocly
GEN_PKG := generated/smtpeter_client

.PHONY: help venv generate docs check lint format system-deps test fuzz demo screenshots bench soak dist clean

help:
	@echo "make generate  regenerate generated/ from openapi.yaml"
	@echo "make docs      rewrite the README's table of operations from openapi.yaml"
	@echo "make check     spec, generated/ in sync, ruff, mypy --strict (changes nothing)"
	@echo "make format    let ruff fix and format the hand-written code"
	@echo "make test      run the test suite"
	@echo "make fuzz      the property tests with random seeds and ten times the examples"
	@echo "make demo      send two mails through a local HTTPS sandbox"
	@echo "make screenshots  the README's pictures of the sandbox's inbox (docs/screenshots/)"
	@echo "make bench     print performance figures"
	@echo "make soak      20,000 sends with injected faults: lost, doubled, client memory"
	@echo "make dist      build the sdist and the wheel into dist/, and twine check them"

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq -e '.[dev]'
	touch $@

$(NODE_STAMP): tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Generate into a scratch folder, then replace generated/ whole: the result depends only on
# openapi.yaml, openapi-config.yaml, templates/ and the pinned tools (see tools/generate.sh).
define generate_into
	PATH="$(CURDIR)/$(BIN):$$PATH" tools/generate.sh openapi.yaml $(1)
endef

generate: $(STAMP)
	$(eval TMP := $(shell mktemp -d))
	$(call generate_into,$(TMP)/smtpeter_client)
	rm -rf $(GEN_PKG)
	mkdir -p generated
	cp -R $(TMP)/smtpeter_client $(GEN_PKG)
	rm -rf $(TMP)
	@echo "generated $(GEN_PKG)"
	$(BIN)/python tools/operations_table.py

docs: $(STAMP)
	$(BIN)/python tools/operations_table.py

check: $(STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	@# Redocly's recommended rules; its Node 20 deprecation banner is dropped from the output.
	$(REDOCLY) lint openapi.yaml 2>&1 | grep -v -e '[║╔╚]' -e '^\s*$$'
	$(eval TMP := $(shell mktemp -d))
	$(call generate_into,$(TMP)/smtpeter_client)
	diff -r --exclude=__pycache__ $(TMP)/smtpeter_client $(GEN_PKG) || { echo "generated/ is out of date: run make generate"; rm -rf $(TMP); exit 1; }
	rm -rf $(TMP)
	@echo "generated/ matches openapi.yaml"
	$(BIN)/python tools/operations_table.py --check
	$(BIN)/ruff check --isolated --no-cache --select F,I,UP,E4,E7,E9 $(GEN_PKG)
	$(BIN)/ruff format --isolated --no-cache --check $(GEN_PKG)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

lint: check

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Debian packages the tests run for real (not pip-installable), installed only when missing.
system-deps:
	@command -v redis-server >/dev/null || { apt-get update && apt-get install -y redis-server; }
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium; }

test: $(STAMP) $(NODE_STAMP) system-deps
	@$(BIN)/python -m pytest

# Every Hypothesis test (pytest marks them "hypothesis"), random seeds, the fuzz profile; what it
# finds is kept in tests/hypothesis-examples/ (see tests/support/properties.py).
fuzz: $(STAMP)
	$(BIN)/python -m pytest -m hypothesis --hypothesis-profile=fuzz --hypothesis-show-statistics -q

demo: $(STAMP)
	@$(BIN)/python -m smtpeter._demo

# The README's pictures of the sandbox's web inbox, in docs/screenshots/.
screenshots: $(STAMP) system-deps
	$(BIN)/python tools/screenshots.py docs/screenshots

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/send_many.py

soak: $(STAMP)
	$(BIN)/python bench/soak.py

# The sdist, then the wheel built from it, in an isolated build env with the pinned hatchling
# of build-system.requires (fetched by pip); twine check renders the README as PyPI would.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

clean:
	rm -rf $(VENV) tools/node_modules .mypy_cache .pytest_cache .ruff_cache dist
