//! Phrase matching: finds many known phrases in a text at once.
//!
//! A [`PhraseSet`] is built once from a list of phrases (an Aho-Corasick
//! automaton, ASCII case-insensitive) and then finds every occurrence that
//! starts and ends on token boundaries, keeping the longest at each place.
//! Building costs time linear in the total length of the phrases; matching is
//! linear in the length of the text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::span::ByteSpan;

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
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("phrase automaton within size limits");
        PhraseSet { automaton, entries }
    }

    /// Every occurrence on word boundaries, longest first at each start, with
    /// no two overlapping (leftmost, then longest, wins).
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        let mut out: Vec<PhraseMatch> = Vec::new();
        for m in self.find_all(text) {
            if out.last().is_none_or(|l| l.span.end <= m.span.start) {
                out.push(m);
            }
        }
        out
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
        all.sort_by(|a, b| {
            a.span
                .start
                .cmp(&b.span.start)
                .then(b.span.end.cmp(&a.span.end))
        });
        all
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
