//! The report as the worker hands it to the page: compact bytes, not JSON.
//!
//! The page and its worker are two builds of the same crate, so they share
//! the Rust types and need no self-describing format: [postcard] writes the
//! fields in order with varint lengths. Decoding it takes far less code in
//! the page's wasm than a JSON parser with a visitor per field name, and
//! less time for a big report.
//!
//! A page and a worker from different builds (a service worker that still
//! serves the old one) could disagree on the layout, and postcard would
//! misread it silently. So the bytes start with [`SHAPE`], a hash of the
//! report types' source: a mismatch is a clear error, never a wrong report.

use std::fmt;

use crate::report::Report;

/// A hash of `src/report.rs`, where every type of the report is defined:
/// two builds agree on the layout when they agree on this.
pub const SHAPE: u64 = fnv1a(include_str!("../report.rs").as_bytes());

/// Why bytes from the worker could not be read as a report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WireError {
    /// The bytes come from another build of Sitrep.
    OtherBuild,
    /// The bytes are cut off or damaged.
    Damaged(String),
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WireError::OtherBuild => write!(
                f,
                "the analysis worker is from another version of Sitrep: reload the page"
            ),
            WireError::Damaged(why) => write!(f, "the worker's report could not be read: {why}"),
        }
    }
}

/// The bytes of `report`: [`SHAPE`] (8 bytes, little-endian), then postcard.
pub fn encode(report: &Report) -> Vec<u8> {
    let out = SHAPE.to_le_bytes().to_vec();
    // Writing into a `Vec` fails only for types postcard cannot express,
    // which the report has none of (a test round-trips a full report).
    postcard::to_extend(report, out).unwrap_or_default()
}

/// The report in `bytes` from [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Report, WireError> {
    let (shape, body) = bytes
        .split_first_chunk::<8>()
        .ok_or_else(|| WireError::Damaged("too short".to_string()))?;
    if u64::from_le_bytes(*shape) != SHAPE {
        return Err(WireError::OtherBuild);
    }
    match postcard::from_bytes(body) {
        Ok(report) => Ok(report),
        Err(e) => Err(WireError::Damaged(e.to_string())),
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, and usable in a
/// `const`.
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    fn report() -> Report {
        let text = "KYIV, June 3 (Reuters) - Russia launched 40 missiles and drones at Kyiv \
            overnight, killing five people and injuring dozens, Ukraine's air force said. \
            Two days later a car bomb in Odesa killed a police officer, officials said.";
        analyze(
            text,
            &Options::default()
                .with_reference_date("2024-06-03")
                .unwrap(),
        )
    }

    #[test]
    fn a_report_comes_back_whole() {
        let r = report();
        assert!(r.events.len() >= 2, "{:?}", r.events);
        assert!(r.mentions.places.iter().any(|p| p.lat.is_some()));
        assert!(r.events.iter().any(|e| e.fatalities.is_some()));
        let bytes = encode(&r);
        assert_eq!(decode(&bytes), Ok(r.clone()));
        // Far smaller than the JSON of the same report.
        assert!(bytes.len() * 2 < serde_json::to_vec(&r).unwrap().len());
    }

    #[test]
    fn another_build_is_refused_and_damage_is_an_error() {
        let mut bytes = encode(&report());
        assert!(matches!(
            decode(&bytes[..bytes.len() / 2]),
            Err(WireError::Damaged(_))
        ));
        assert!(matches!(decode(&bytes[..3]), Err(WireError::Damaged(_))));
        bytes[0] ^= 1;
        assert_eq!(decode(&bytes), Err(WireError::OtherBuild));
        assert!(WireError::OtherBuild
            .to_string()
            .contains("reload the page"));
    }
}
