#!/usr/bin/env bash
# Installs what `make serve` and `make test` need, and only what is missing.
# Safe to run again and again: each step checks first, so a set-up machine is
# done in seconds. Everything comes from the package registries (crates.io,
# npm, Debian); nothing downloads a prebuilt binary from anywhere else.
#
#   wasm32 target   rustup target add wasm32-unknown-unknown
#   trunk           cargo install --locked --ignore-rust-version trunk@0.22.1   (~12 min)
#   wasm-bindgen    cargo install wasm-bindgen-cli --version =<Cargo.lock's>    (~4 min)
#   npm dev tools   npm ci: binaryen (wasm-opt 132), playwright-core, axe-core
#   Chromium        apt-get install chromium chromium-driver (when missing)
#   crates          cargo fetch, so later builds can run --offline
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
WASM_OPT_VERSION=132
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PWD/node_modules/.bin:$CARGO_BIN:$PATH"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

for tool in cargo rustup rustc node npm; do
  command -v "$tool" >/dev/null || die "$tool is not installed; this project expects a Rust + Node machine"
done

# The wasm-bindgen version is whatever Cargo.lock says; the CLI must match it
# exactly (else Trunk tries to download one and fails), and so must Trunk.toml.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
grep -qx "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml ||
  die "Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (Cargo.lock's wasm-bindgen)"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes ~12 minutes on 2 cores)"
  # Trunk declares a newer rustc than it needs; it builds and runs on ours.
  cargo install --locked --ignore-rust-version "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION" ||
  ! wasm-bindgen-test-runner --version 2>/dev/null | grep -qx "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~4 minutes)"
  # No --locked: its lock file wants a crate version the registry mirror lacks.
  cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# npm ci again only when package-lock.json changed since the last install.
stamp=node_modules/.sitrep-installed-lock
if ! cmp -s package-lock.json "$stamp" || [ ! -x node_modules/.bin/wasm-opt ]; then
  say "installing the npm dev tools (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
wasm-opt --version | grep -q "version $WASM_OPT_VERSION" ||
  die "wasm-opt is not version $WASM_OPT_VERSION: $(command -v wasm-opt) says $(wasm-opt --version)"

if [ ! -x /usr/bin/chromium ] || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "chromium is missing and I am not root: apt-get install chromium chromium-driver"
    sudo="sudo"
  fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
fi

# Download every crate now, for the host and for wasm, so that the builds that
# follow (Trunk runs cargo with --offline) never need the network.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo fetch --target "$host" --target wasm32-unknown-unknown

say "ok: trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt $WASM_OPT_VERSION, $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
