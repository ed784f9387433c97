//! Phrase matching: finds many known phrases in a text at once.
//!
//! A [`PhraseSet`] is built once from a list of phrases (an Aho-Corasick
//! automaton, ASCII case-insensitive) and then finds every occurrence that
//! starts and ends on token boundaries, keeping the longest at each place.
//! Building costs time linear in the total length of the phrases; matching is
//! linear in the length of the text.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::span::ByteSpan;

/// The kind of automaton. Natively a DFA: the overlapping scan costs about a
/// third of the contiguous NFA's (63 instructions a byte of news text less
/// over the whole analysis, 599 to 536, callgrind), for ~7 MB of tables
/// and ~150 M instructions more to build them on first use. In the browser
/// memory and the first analysis weigh more, so the page keeps the NFA
/// (0.4 MB). Both find the same matches.
const AUTOMATON: AhoCorasickKind = if cfg!(target_arch = "wasm32") {
    AhoCorasickKind::ContiguousNFA
} else {
    AhoCorasickKind::DFA
};

/// A set of phrases to find, each with the index of its entry in the caller's
/// table.
pub struct PhraseSet {
    automaton: AhoCorasick,
    /// For each pattern, the index of the entry it names.
    entries: Vec<u32>,
}

/// One phrase found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Where it is.
    pub span: ByteSpan,
    /// The caller's entry index.
    pub entry: u32,
}

impl PhraseSet {
    /// Builds the set from `(phrase, entry)` pairs. Empty phrases are skipped.
    pub fn new<'p>(phrases: impl IntoIterator<Item = (&'p str, u32)>) -> PhraseSet {
        let mut patterns = Vec::new();
        let mut entries = Vec::new();
        for (p, e) in phrases {
            if !p.is_empty() {
                patterns.push(p);
                entries.push(e);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AUTOMATON))
            .build(&patterns)
            .expect("phrase automaton within size limits");
        PhraseSet { automaton, entries }
    }

    /// Every occurrence on word boundaries, longest first at each start, with
    /// no two overlapping (leftmost, then longest, wins).
    // The core's own lexicons go through the shared scan of `lexfile`; this
    // stays the matcher's plain entry point for a set of one's own.
    #[allow(dead_code)]
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        leftmost_longest(self.find_all(text))
    }

    /// Every occurrence on word boundaries, overlapping ones included, sorted
    /// by start and then by longest.
    pub fn find_all(&self, text: &str) -> Vec<PhraseMatch> {
        let mut all: Vec<PhraseMatch> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| on_boundaries(text, m.start(), m.end()))
            .map(|m| PhraseMatch {
                span: ByteSpan::new(m.start(), m.end()),
                entry: self.entries[m.pattern().as_usize()],
            })
            .collect();
        crate::order::sort_by(&mut all, |a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
        });
        all
    }
}

/// The leftmost-longest of `all` (sorted as [`PhraseSet::find_all`] sorts),
/// no two overlapping.
pub(crate) fn leftmost_longest(all: impl IntoIterator<Item = PhraseMatch>) -> Vec<PhraseMatch> {
    let mut out: Vec<PhraseMatch> = Vec::new();
    for m in all {
        if out.last().is_none_or(|l| l.span.end <= m.span.start) {
            out.push(m);
        }
    }
    out
}

/// Whether `[start, end)` neither starts nor ends inside a word.
fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !((word(before) && word(first)) || (word(after) && word(last)))
}

/// A set of words, looked up without regard to ASCII case: the word lists
/// that extractors test at nearly every token. A lookup is one hash of the
/// word and usually one comparison, where a scan of the list compared the
/// word with every entry (those scans were ~10% of the analysis).
pub(crate) struct WordSet {
    /// Open addressing, linear probing; `""` is a free slot.
    slots: Box<[&'static str]>,
    /// The longest word: longer ones are not looked up.
    longest: usize,
    /// The lengths of the words by first byte ([`shape`]): a word with no
    /// word of its length and first byte in the set is not looked up.
    shapes: [u32; 32],
    /// Whether the empty word is in the set.
    empty: bool,
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let words: Vec<&'static str> = words.into_iter().collect();
        // At most half full, so probes stay short.
        let mut slots = vec![""; (words.len() * 2).next_power_of_two().max(8)].into_boxed_slice();
        let mask = slots.len() - 1;
        let (mut longest, mut shapes, mut empty) = (0, [0u32; 32], false);
        for w in words {
            if w.is_empty() {
                empty = true;
                continue;
            }
            longest = longest.max(w.len());
            let (first, bit) = shape(w);
            shapes[first] |= bit;
            let mut i = fold_hash(w) as usize & mask;
            while !slots[i].is_empty() && !slots[i].eq_ignore_ascii_case(w) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
        WordSet {
            slots,
            longest,
            shapes,
            empty,
        }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        if word.len() > self.longest || word.is_empty() {
            return word.is_empty() && self.empty;
        }
        let (first, bit) = shape(word);
        if self.shapes[first] & bit == 0 {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut i = fold_hash(word) as usize & mask;
        loop {
            let s = self.slots[i];
            if s.is_empty() {
                return false;
            }
            if s.eq_ignore_ascii_case(word) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Words with a value each, looked up without regard to ASCII case: a
/// [`WordSet`] that also answers what the word is. A lookup needs no
/// lower-cased copy of the word.
pub(crate) struct WordMap<V> {
    /// Open addressing, linear probing, at most half full.
    slots: Box<[Option<(&'static str, V)>]>,
    /// The longest word: longer ones are not looked up.
    longest: usize,
    /// The lengths of the words by first byte, as in [`WordSet`].
    shapes: [u32; 32],
}

impl<V: Copy> WordMap<V> {
    /// The map of `entries`; of two entries for one word, the later wins.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> WordMap<V> {
        let entries: Vec<(&'static str, V)> = entries.into_iter().collect();
        let mut slots = vec![None; (entries.len() * 2).next_power_of_two().max(8)];
        let mask = slots.len() - 1;
        let (mut longest, mut shapes) = (0, [0u32; 32]);
        for (w, v) in entries {
            longest = longest.max(w.len());
            if !w.is_empty() {
                let (first, bit) = shape(w);
                shapes[first] |= bit;
            }
            let mut i = fold_hash(w) as usize & mask;
            while slots[i].is_some_and(|(s, _): (&str, V)| !s.eq_ignore_ascii_case(w)) {
                i = (i + 1) & mask;
            }
            slots[i] = Some((w, v));
        }
        WordMap {
            slots: slots.into_boxed_slice(),
            longest,
            shapes,
        }
    }

    /// The value of `word`, ignoring ASCII case.
    pub fn get(&self, word: &str) -> Option<V> {
        if word.len() > self.longest {
            return None;
        }
        if !word.is_empty() {
            let (first, bit) = shape(word);
            if self.shapes[first] & bit == 0 {
                return None;
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = fold_hash(word) as usize & mask;
        loop {
            let (s, v) = self.slots[i]?;
            if s.eq_ignore_ascii_case(word) {
                return Some(v);
            }
            i = (i + 1) & mask;
        }
    }
}

/// The shape of a non-empty word for a quick reject: its first byte's low
/// five bits (the same for both ASCII cases of a letter) and a bit for its
/// length (31 for any longer). Most words of a text have no word of their
/// first byte and length in a short list, and this spares them the hash and
/// the probes; a first byte alone let through most words of a list that
/// starts with many letters.
fn shape(w: &str) -> (usize, u32) {
    (usize::from(w.as_bytes()[0] & 31), 1 << w.len().min(31))
}

/// A hash of the word that ignores ASCII case: bit 5 (`0x20`, the case
/// bit of ASCII letters) is set in every byte, so words equal without regard
/// to ASCII case hash the same (a few punctuation pairs such as `@` and `` ` ``
/// do too, which costs only a comparison). It reads the first and last eight
/// bytes (four for shorter words) as integers instead of looping over bytes:
/// most lookups are of short words, and a byte-wise loop cost ~5
/// instructions a byte at every token.
fn fold_hash(w: &str) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let b = w.as_bytes();
    let n = b.len();
    let word8 = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().expect("8 bytes"));
    let word4 = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().expect("4 bytes")) as u64;
    let (x, y) = if n >= 8 {
        (word8(0), word8(n - 8))
    } else if n >= 4 {
        (word4(0), word4(n - 4))
    } else if n > 0 {
        (
            b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    let h = ((x | FOLD).wrapping_mul(K) ^ (y | FOLD) ^ n as u64).wrapping_mul(K);
    h ^ (h >> 29)
}

/// A word list and its [`WordSet`], built on first use. `const`, so a list
/// can stay a `static` next to the code that reads it.
pub(crate) struct Words {
    list: &'static [&'static str],
    set: OnceLock<WordSet>,
}

impl Words {
    /// The list; its set is built on the first lookup.
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| WordSet::new(self.list.iter().copied()))
            .contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_ignore_ascii_case_only() {
        static W: Words = Words::new(&["over", "nearly", "up", "Kyiv", "naïve"]);
        for w in [
            "over", "OVER", "Nearly", "up", "kyiv", "KYIV", "naïve", "NAïVE",
        ] {
            assert!(W.contains(w), "{w}");
        }
        for w in ["", "ove", "overs", "u", "down", "NAÏVE", "kyiv "] {
            assert!(!W.contains(w), "{w}");
        }
        // Many words: every one found, none else.
        let many: Vec<&'static str> = (0..500)
            .map(|i| &*Box::leak(format!("w{i}").into_boxed_str()))
            .collect();
        let set = WordSet::new(many.iter().copied());
        assert!(many
            .iter()
            .all(|w| set.contains(w) && set.contains(&w.to_uppercase())));
        assert!(!set.contains("w500") && !set.contains("x1"));
    }

    #[test]
    fn word_maps_answer_without_regard_to_ascii_case() {
        let map = WordMap::new([("march", 3), ("may", 5), ("noon", 12), ("may", 6)]);
        assert_eq!(map.get("MARCH"), Some(3));
        assert_eq!(map.get("May"), Some(6));
        assert_eq!(map.get("noon"), Some(12));
        for w in ["", "mar", "marches", "mäy", "midnight"] {
            assert_eq!(map.get(w), None, "{w}");
        }
    }

    #[test]
    fn fold_hash_ignores_ascii_case_at_every_length() {
        let word = "Dnipropetrovsk-Oblast-Region";
        for n in 0..=word.len() {
            let w = &word[..n];
            assert_eq!(fold_hash(w), fold_hash(&w.to_ascii_uppercase()), "{w}");
            assert_eq!(fold_hash(w), fold_hash(&w.to_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn finds_longest_phrases_on_word_boundaries() {
        let set = PhraseSet::new([("Gaza", 0), ("Gaza Strip", 1), ("Iran", 2), ("war", 3)]);
        let text = "Iranian drones; the Gaza Strip and GAZA; software";
        let found: Vec<(&str, u32)> = set
            .find(text)
            .iter()
            .map(|m| (m.span.slice(text), m.entry))
            .collect();
        assert_eq!(found, [("Gaza Strip", 1), ("GAZA", 0)]);
    }
}
