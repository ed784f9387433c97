#!/usr/bin/env bash
# make fuzz: fuzzes sitrep::analyze for a fixed budget (issue 7).
#
# With a nightly toolchain: cargo fuzz (installed from crates.io if missing)
# runs fuzz/fuzz_targets/analyze.rs for FUZZ_SECONDS (default 300), seeded
# from fuzz/seeds/analyze; new inputs go to fuzz/corpus/analyze (not
# committed, minimized after the run), crashes to fuzz/artifacts/analyze
# (which `cargo test` replays; see tests/fuzz_corpus.rs).
# Without nightly: says so and runs the property tests with FUZZ_CASES cases
# each (default 100000) and the strange-text table (a 5 MB single line
# included) in an optimized build. FUZZ_ENGINE=proptest forces the latter.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-300}
FUZZ_CASES=${FUZZ_CASES:-100000}
FUZZ_ENGINE=${FUZZ_ENGINE:-auto}

if [ "$FUZZ_ENGINE" != proptest ] && cargo +nightly --version >/dev/null 2>&1; then
  if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "make fuzz: installing cargo-fuzz (crates.io)"
    cargo install --locked cargo-fuzz
  fi
  mkdir -p fuzz/corpus/analyze
  echo "make fuzz: cargo fuzz, target analyze, ${FUZZ_SECONDS} s"
  # -timeout: an input that takes over 10 s counts as a failure (a hang).
  cargo +nightly fuzz run --fuzz-dir fuzz analyze fuzz/corpus/analyze fuzz/seeds/analyze -- \
    -max_total_time="$FUZZ_SECONDS" -max_len=8192 -timeout=10 -rss_limit_mb=4096
  cargo +nightly fuzz cmin --fuzz-dir fuzz analyze fuzz/corpus/analyze >/dev/null 2>&1 || true
  echo "make fuzz: no failure in ${FUZZ_SECONDS} s; $(find fuzz/corpus/analyze -type f | wc -l) inputs kept in fuzz/corpus/analyze"
else
  if [ "$FUZZ_ENGINE" != proptest ]; then
    echo "make fuzz: no nightly toolchain here, and cargo fuzz needs one (rustup toolchain install nightly);"
  fi
  echo "make fuzz: running the randomized property tests instead, ${FUZZ_CASES} cases each, optimized"
  SITREP_PROPTEST_CASES="$FUZZ_CASES" CARGO_PROFILE_NATIVE_LTO=false CARGO_PROFILE_NATIVE_CODEGEN_UNITS=16 \
    cargo test --profile native --test properties --test strange_text --test fuzz_corpus
fi
