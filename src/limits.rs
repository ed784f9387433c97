//! Limits that keep every input safe to analyze: a maximum input size, and a
//! counter of the analyzer's inner-loop steps that tests use to show the
//! work stays linear in the input (see `tests/properties.rs`).
//!
//! The size limit: a text longer than [`MAX_INPUT_BYTES`] is analyzed up to
//! its last sentence end before the limit, and the report's `warnings` say
//! exactly how much was read. Nothing is cut silently.

use std::cell::Cell;

/// The most text, in bytes of UTF-8, that one analysis reads: 16 MiB, about
/// 2.5 million words, or several thousand news articles. A longer text is
/// analyzed up to the last sentence end before this limit, and the report
/// says so in its `warnings`.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How far back from the limit a cut looks for a sentence end before it
/// settles for a line break, a space, or any character boundary.
const CUT_WINDOW: usize = 64 * 1024;

thread_local! {
    static STEPS: Cell<u64> = const { Cell::new(0) };
}

/// Counts `n` steps of inner-loop work on this thread. Only debug builds
/// (the tests) count; in optimized builds this is nothing at all.
#[inline(always)]
pub(crate) fn tick(n: usize) {
    if cfg!(debug_assertions) {
        STEPS.with(|s| s.set(s.get().wrapping_add(n as u64)));
    }
}

/// The inner-loop steps counted on this thread so far (always 0 in an
/// optimized build). For tests that show the analysis does linear work; not
/// part of the API.
#[doc(hidden)]
pub fn work_steps() -> u64 {
    STEPS.with(Cell::get)
}

/// The part of `text` one analysis reads, with the warning that says what
/// was left out when that is not the whole text.
pub(crate) fn bounded(text: &str) -> (&str, Option<String>) {
    bounded_to(text, MAX_INPUT_BYTES)
}

/// [`bounded`] with any limit (tests use small ones).
pub(crate) fn bounded_to(text: &str, max: usize) -> (&str, Option<String>) {
    if text.len() <= max {
        return (text, None);
    }
    let (end, how) = cut_point(text, max);
    let kept = &text[..end];
    let chars = kept.chars().count();
    let warning = format!(
        "input is {} ({} bytes), over the {} limit; analyzed the first {} \
         (characters 0 to {}, cut at {how}); the rest was not read",
        mib(text.len()),
        group(text.len()),
        mib(max),
        mib(end),
        group(chars),
    );
    (kept, Some(warning))
}

/// Where to cut `text` (longer than `max`): the last sentence end within
/// [`CUT_WINDOW`] bytes before `max`, else a line break, else a space, else
/// the last character boundary. Returns the byte offset and what it is.
fn cut_point(text: &str, max: usize) -> (usize, &'static str) {
    let mut limit = max;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let from = limit.saturating_sub(CUT_WINDOW);
    let window = &text.as_bytes()[from..limit];
    // A sentence end: `.`, `!` or `?` (maybe closed by a quote or bracket)
    // followed by white space, or a blank line. The cut keeps the stop.
    let mut line_break = None;
    let mut space = None;
    for i in (0..window.len()).rev() {
        let b = window[i];
        if b == b'\n' {
            let blank = (i > 0 && window[i - 1] == b'\n')
                || (i > 1 && window[i - 1] == b'\r' && window[i - 2] == b'\n');
            if blank {
                return (from + i, "a blank line");
            }
            line_break.get_or_insert(from + i);
        }
        if b.is_ascii_whitespace() {
            space.get_or_insert(from + i);
            let mut j = i;
            while j > 0 && matches!(window[j - 1], b'"' | b'\'' | b')' | b']') {
                j -= 1;
            }
            if j > 0 && matches!(window[j - 1], b'.' | b'!' | b'?') {
                return (from + i, "the end of a sentence");
            }
        }
    }
    if let Some(i) = line_break {
        (i, "a line break")
    } else if let Some(i) = space {
        (i, "a space")
    } else {
        (limit, "a character boundary")
    }
}

/// A byte count in MiB with one decimal, in whole numbers: the same text as
/// `format!("{:.1}", bytes as f64 / 1048576.0)` (the quotient is exact, and
/// a tie rounds to the even tenth), without the float formatter, ~11 KB of
/// the worker's wasm.
fn mib(bytes: usize) -> String {
    let tenths = bytes as u128 * 10;
    let (q, r) = ((tenths >> 20) as u64, tenths & 0xf_ffff);
    let q = q + u64::from(r > 0x8_0000 || (r == 0x8_0000 && q % 2 == 1));
    format!("{}.{} MiB", q / 10, q % 10)
}

/// A count with thousands separators: 16777216 -> "16,777,216".
fn group(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mib_reads_as_the_float_formatter_did() {
        let float = |b: usize| format!("{:.1} MiB", b as f64 / (1024.0 * 1024.0));
        let ties = (0..64).map(|k| (2 * k + 1) << 18);
        let steps = (0..200_000).map(|k| k * 1_337);
        let edges = (1..40).flat_map(|s| [(1usize << s) - 1, 1 << s, (1 << s) + 1]);
        for b in (0..70_000).chain(ties).chain(steps).chain(edges) {
            assert_eq!(mib(b), float(b), "{b}");
        }
    }

    #[test]
    fn short_text_is_whole() {
        assert_eq!(bounded_to("Kyiv was hit.", 100), ("Kyiv was hit.", None));
        assert_eq!(bounded_to("", 0), ("", None));
    }

    #[test]
    fn long_text_is_cut_at_a_sentence_end_and_says_so() {
        let text = "Drones hit Kyiv. Missiles hit Lviv overnight. Shelling went on";
        let max = text.find("overnight").unwrap() + 12;
        let (kept, warning) = bounded_to(text, max);
        assert_eq!(kept, "Drones hit Kyiv. Missiles hit Lviv overnight.");
        let warning = warning.unwrap();
        assert!(warning.contains("(62 bytes)"), "{warning}");
        assert!(
            warning.contains("characters 0 to 45, cut at the end of a sentence"),
            "{warning}"
        );
    }

    #[test]
    fn cut_prefers_blank_line_then_line_then_space_then_any_boundary() {
        let (kept, w) = bounded_to("Headline\n\nFirst line of the story goes on", 20);
        assert_eq!(kept, "Headline\n");
        assert!(w.unwrap().contains("cut at a blank line"));
        let (kept, w) = bounded_to("one line\nanother line that goes on", 20);
        assert_eq!(kept, "one line");
        assert!(w.unwrap().contains("cut at a line break"));
        let (kept, w) = bounded_to("words without any stop at all", 12);
        assert_eq!(kept, "words");
        assert!(w.unwrap().contains("cut at a space"));
        // Multi-byte characters: never cut inside one.
        let (kept, w) = bounded_to("ŁódźŁódźŁódź", 5);
        assert_eq!(kept, "Łód");
        assert!(w
            .unwrap()
            .contains("characters 0 to 3, cut at a character boundary"));
    }

    #[test]
    fn counts_are_grouped() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(16_777_216), "16,777,216");
        assert_eq!(mib(MAX_INPUT_BYTES), "16.0 MiB");
    }

    #[test]
    #[cfg(debug_assertions)]
    fn ticks_add_up() {
        let before = work_steps();
        tick(3);
        tick(4);
        assert_eq!(work_steps() - before, 7);
    }
}
