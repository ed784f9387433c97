//! Fuzzes `sitrep::analyze`: any UTF-8 input must analyze without a panic,
//! and its report must keep the contract (spans slice back to their text,
//! the summary adds up, two runs agree). The same checks replay the seed
//! corpus in `cargo test` (tests/fuzz_corpus.rs), without libFuzzer.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 never reach the analyzer (the CLI and the
    // page refuse them first); read them lossily, as a paste would.
    let text = String::from_utf8_lossy(data);
    let date = match data.first() {
        Some(b) if b % 2 == 0 => Some("2024-01-02"),
        _ => None,
    };
    if let Err(e) = common::analyze_and_check(&text, date) {
        panic!("{e}");
    }
});
