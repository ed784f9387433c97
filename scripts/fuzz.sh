#!/usr/bin/env bash
# make fuzz: fuzzes sitrep::analyze and the share-link decoder for a fixed
# budget (issue 7).
#
# With a nightly toolchain: cargo fuzz (installed from crates.io if missing)
# runs each target of fuzz/fuzz_targets/ (analyze, share_link) for
# FUZZ_SECONDS (default 300), seeded from fuzz/seeds/TARGET; new inputs go to
# fuzz/corpus/TARGET (not committed, minimized after the run), crashes to
# fuzz/artifacts/TARGET (`cargo test` replays the analyze ones, see
# tests/fuzz_corpus.rs, and the share_link seeds, see src/web/share.rs).
# Without nightly: says so and runs the property tests with FUZZ_CASES cases
# each (default 100000; the share-link ones included) and the strange-text
# table (a 5 MB single line included) in an optimized build. FUZZ_ENGINE=proptest forces the latter.
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
  for target in analyze share_link; do
    mkdir -p "fuzz/corpus/$target"
    echo "make fuzz: cargo fuzz, target $target, ${FUZZ_SECONDS} s"
    # -timeout: an input that takes over 10 s counts as a failure (a hang).
    cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
      -max_total_time="$FUZZ_SECONDS" -max_len=8192 -timeout=10 -rss_limit_mb=4096
    cargo +nightly fuzz cmin --fuzz-dir fuzz "$target" "fuzz/corpus/$target" >/dev/null 2>&1 || true
    echo "make fuzz: $target: no failure in ${FUZZ_SECONDS} s; $(find "fuzz/corpus/$target" -type f | wc -l) inputs kept in fuzz/corpus/$target"
  done
else
  if [ "$FUZZ_ENGINE" != proptest ]; then
    echo "make fuzz: no nightly toolchain here, and cargo fuzz needs one (rustup toolchain install nightly);"
  fi
  echo "make fuzz: running the randomized property tests instead, ${FUZZ_CASES} cases each, optimized"
  SITREP_PROPTEST_CASES="$FUZZ_CASES" CARGO_PROFILE_NATIVE_LTO=false CARGO_PROFILE_NATIVE_CODEGEN_UNITS=16 \
    cargo test --profile native --test properties --test strange_text --test fuzz_corpus
  PROPTEST_CASES="$FUZZ_CASES" CARGO_PROFILE_NATIVE_LTO=false CARGO_PROFILE_NATIVE_CODEGEN_UNITS=16 \
    cargo test --profile native --lib web::share
fi
