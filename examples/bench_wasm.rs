//! The browser half of `make bench`: the core built for wasm32 with the
//! page's own settings (the `release` profile, `--no-default-features
//! --features web`, so the major places and the cities table are installed at run
//! time as the page does), exporting just what a benchmark page needs. Never shipped: the page
//! is `src/bin/app.rs`; scripts/bench/run.mjs builds this one into a
//! temporary directory with
//!
//! ```sh
//! cargo build --release --example bench_wasm --target wasm32-unknown-unknown \
//!     --no-default-features --features web
//! wasm-bindgen --target web --out-dir DIR target/wasm32-unknown-unknown/release/examples/bench_wasm.wasm
//! ```
//!
//! On other targets (e.g. `cargo clippy --all-targets`) it is an empty program.

#[cfg(all(feature = "web", target_arch = "wasm32"))]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Installs the gazetteer's major places (the two files of
    /// `sitrep::gazetteer::MAJOR_FILES`); returns the number of places of
    /// the core.
    #[wasm_bindgen]
    pub fn install_major(admin1: &str, cities: &str) -> Result<usize, JsError> {
        sitrep::gazetteer::install_major(admin1, cities).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Installs the gazetteer's cities table (the files of
    /// `sitrep::gazetteer::CITY_FILES`, concatenated); returns the number
    /// of places.
    #[wasm_bindgen]
    pub fn install_cities(text: &str) -> Result<usize, JsError> {
        sitrep::gazetteer::install_cities(text).map_err(|e| JsError::new(&e.to_string()))
    }

    /// Analyzes `text` as the page does; returns the number of things found
    /// (sentences, mentions, events), so the work can't be skipped.
    #[wasm_bindgen]
    pub fn analyze(text: &str) -> usize {
        let r = sitrep::analyze(text, &sitrep::Options::default());
        r.events.len()
            + r.sentences.len()
            + r.mentions.places.len()
            + r.mentions.actors.len()
            + r.mentions.weapons.len()
            + r.mentions.dates.len()
            + r.mentions.quantities.len()
    }

    /// The size of the wasm linear memory in bytes (it only grows, so after
    /// an analysis this is the peak).
    #[wasm_bindgen]
    pub fn memory_bytes() -> usize {
        core::arch::wasm32::memory_size(0) * 65536
    }
}

fn main() {}
