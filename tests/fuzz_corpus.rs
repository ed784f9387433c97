//! Replays the fuzz corpus without libFuzzer: every input in
//! `fuzz/seeds/analyze` (the seeds and the crashes the fuzzer once found,
//! kept as regression cases) and any in `fuzz/artifacts/analyze` (crashes
//! of the last `make fuzz`) goes through the same checks as the fuzz target
//! (fuzz/fuzz_targets/analyze.rs).

mod common;

use std::path::Path;

/// What the fuzz target does with one input.
fn replay(data: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(data);
    let date = match data.first() {
        Some(b) if b % 2 == 0 => Some("2024-01-02"),
        _ => None,
    };
    common::analyze_and_check(&text, date).map(|_| ())
}

fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
}

#[test]
fn fuzz_corpus_replays_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let seeds = inputs(&root.join("seeds/analyze"));
    assert!(seeds.len() >= 5, "the seed corpus is missing: {seeds:?}");
    let mut failures = Vec::new();
    for path in seeds.iter().chain(&inputs(&root.join("artifacts/analyze"))) {
        let data = std::fs::read(path).unwrap();
        if let Err(e) = replay(&data) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
