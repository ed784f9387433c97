# Sitrep: two commands.
#
#   make serve   build the release page and serve it on http://127.0.0.1:8080/
#   make test    every check: format, clippy (native + wasm32), unit tests,
#                wasm tests in headless Chromium, release build, end-to-end tests
#
# Both install whatever is missing first (scripts/setup.sh; idempotent).
# Smaller steps: make setup | lint | unit | wasm-test | dist | e2e | sizes
# Not part of make test: make bench (writes BENCHMARKS.md), make fuzz (SECURITY.md)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
# node_modules/.bin first: wasm-opt must be binaryen 132 from npm, not Debian's.
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# Extra Chromium flags for wasm-bindgen-test-runner.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json

WEB := --target wasm32-unknown-unknown --no-default-features --features web
HOST ?= 127.0.0.1
PORT ?= 8080

# $(call step,COMMAND): runs COMMAND and says how long it took.
define step
	@printf '\n==> %s\n' '$(1)'; t0=$$(date +%s); $(1); printf '<== %ss  %s\n' $$(( $$(date +%s) - t0 )) '$(1)'
endef

.PHONY: help setup lint unit wasm-test dist e2e test serve sizes clean bench fuzz

help:
	@sed -n '1,9s/^# \{0,1\}//p' Makefile

setup:
	$(call step,scripts/setup.sh)

lint: setup
	$(call step,cargo fmt --check)
	$(call step,cargo clippy --all-targets -- -D warnings)
	$(call step,cargo clippy $(WEB) --bin app -- -D warnings)

unit: setup
	$(call step,cargo test)

wasm-test: setup
	$(call step,cargo test $(WEB) --test web)

dist: setup
	$(call step,trunk build --release)

e2e: dist
	$(call step,node --test tests/e2e/)

test: setup lint unit wasm-test e2e
	@printf '\nmake test: every check passed\n'

serve: dist
	node scripts/serve.mjs --host $(HOST) --port $(PORT) dist

# Speed, size and memory against compromise and wink-nlp, in one run; prints
# a table and writes BENCHMARKS.md (scripts/bench/run.mjs; BENCH_ARGS=--quick).
bench: dist
	$(call step,node scripts/bench/run.mjs $(BENCH_ARGS))

# Fuzzes sitrep::analyze for a fixed budget: cargo fuzz on a nightly
# toolchain, else a long randomized property run (scripts/fuzz.sh).
fuzz:
	scripts/fuzz.sh

# Raw and gzipped size of every file in dist/ (build it first: make dist).
sizes:
	@test -f dist/index.html || { echo 'no dist/: run make dist first' >&2; exit 1; }
	@cd dist && find . -type f ! -name '.*' | sort | while read -r f; do \
	  printf '%-40s %9d %9d\n' "$${f#./}" "$$(wc -c < "$$f")" "$$(gzip -9c "$$f" | wc -c)"; \
	done | awk 'BEGIN { printf "%-40s %9s %9s\n", "file", "raw", "gzip" } \
	  { print; raw += $$2; gz += $$3 } END { printf "%-40s %9d %9d\n", "total", raw, gz }'

clean:
	rm -rf dist tests/e2e/artifacts
