//! Fuzzes the page's share links (`sitrep::web::share::decode`), which
//! arrive from strangers: any fragment, and any bytes as its compressed
//! payload, must decode or fail cleanly, never unpack past the limit, and
//! round-trip when they decode. `cargo test` replays the seeds in
//! `fuzz/seeds/share_link` through the same checks (src/web/share.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = sitrep::web::share::fuzz_check(data) {
        panic!("{e}");
    }
});
