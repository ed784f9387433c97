//! Numbers as the page shows them: short, honest ranges.
//!
//! The report keeps `low`, `best` and `high` for every count (see the table
//! of vague quantities in the contract); the cards show them in a few
//! characters: "over 150" is "150+", "nearly 160" is "≤160", "dozens" is
//! "24+", "between 10 and 15" is "10–15", "about 40" is "~40".

use crate::report::{Quantity, Range};

/// A count in a few characters.
///
/// ```ignore
/// "5" (exact), "150+" (at least), "≤160" (at most), "10–15", "~40" (about)
/// ```
pub fn short_range(q: &Quantity) -> String {
    if q.exact {
        return q.best.to_string();
    }
    match (q.low, q.high) {
        (Some(low), Some(high)) if low == high => low.to_string(),
        (Some(low), Some(high)) => format!("{low}–{high}"),
        (Some(low), None) => format!("{low}+"),
        (None, Some(high)) if high == q.best => format!("≤{high}"),
        (None, Some(high)) => format!("~{}, ≤{high}", q.best),
        (None, None) => format!("~{}", q.best),
    }
}

/// A total's range: "54" when the ends meet, "53–54" or "380+" (no upper
/// bound) otherwise.
pub fn total_range(r: &Range) -> String {
    match r.high {
        Some(high) if high == r.low => high.to_string(),
        Some(high) => format!("{}–{high}", r.low),
        None => format!("{}+", r.low),
    }
}

/// `1 event`, `3 events`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn ranges(text: &str) -> Vec<String> {
        crate::analyze(text, &Options::default())
            .mentions
            .quantities
            .iter()
            .map(short_range)
            .collect()
    }

    #[test]
    fn vague_counts_read_as_short_ranges() {
        assert_eq!(
            ranges("five died; over 150 hurt; nearly 160 missiles; dozens fled; between 10 and 15 homes; about 40 drones"),
            ["5", "150+", "≤160", "24+", "10–15", "~40"]
        );
    }

    #[test]
    fn totals_show_their_ends() {
        let r = |low, best, high| Range { low, best, high };
        assert_eq!(total_range(&r(54, 54, Some(54))), "54");
        assert_eq!(total_range(&r(53, 54, Some(60))), "53–60");
        assert_eq!(total_range(&r(380, 380, None)), "380+");
        assert_eq!(plural(1, "event"), "1 event");
        assert_eq!(plural(0, "event"), "0 events");
    }
}
