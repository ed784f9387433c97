//! Lexicon files: the tab-separated tables under `data/lexicon/`, and the
//! case rules that decide whether a phrase found without regard to case
//! really is the word the table means.
//!
//! A [`crate::lexicon::PhraseSet`] matches without regard to ASCII case, which
//! is what ALL-CAPS wire copy needs. In mixed-case text case still tells a name
//! from a common word ("Turkey" and "turkey", "WHO" and "who"), so every phrase
//! carries a [`CaseRule`] read from how it is written in the table, and each
//! match is checked against the case of its sentence.

use std::sync::OnceLock;

use crate::doc::Doc;
use crate::lexicon::{leftmost_longest, PhraseMatch, PhraseSet};
use crate::span::ByteSpan;
use crate::text::TokenKind;

/// The data rows of a lexicon file: lines that are neither blank nor `#`
/// comments, without the header line (the first row, naming the columns),
/// split on tabs.
pub(crate) fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// The items of a `;`-separated list cell; `-` is the empty list.
pub(crate) fn list(cell: &'static str) -> impl Iterator<Item = &'static str> {
    cell.split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != "-")
}

/// How the case of a match must agree with the phrase in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Any case ("militants", "al-Shabaab").
    Any,
    /// In mixed-case text the first letter must be a capital ("Turkey").
    Capital,
    /// In mixed-case text, all capitals ("ELN", "FARC").
    Upper,
    /// Exactly as written, and never in ALL-CAPS text ("US", "WHO").
    Exact,
}

/// A phrase as written in a table: its text and how it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    /// The phrase without its markers.
    pub text: &'static str,
    /// Its case rule.
    pub case: CaseRule,
    /// Written with `~`: a name that is also a common word, which counts only
    /// where its context supports it.
    pub needs_support: bool,
}

impl Phrase {
    /// Reads one phrase with its optional `=` or `~` marker.
    pub fn parse(raw: &'static str) -> Phrase {
        let (text, exact, needs_support) = if let Some(t) = raw.strip_prefix('=') {
            (t, true, false)
        } else if let Some(t) = raw.strip_prefix('~') {
            (t, false, true)
        } else {
            (raw, false, false)
        };
        let letters = || text.chars().filter(|c| c.is_alphabetic());
        let case = if exact {
            CaseRule::Exact
        } else if letters().count() >= 2 && letters().all(char::is_uppercase) {
            CaseRule::Upper
        } else if text.chars().next().is_some_and(char::is_uppercase) {
            CaseRule::Capital
        } else {
            CaseRule::Any
        };
        Phrase {
            text,
            case,
            needs_support,
        }
    }
}

impl CaseRule {
    /// Whether `matched` (the text found for `phrase`) satisfies the rule in
    /// a sentence written in `case`.
    pub fn accepts(self, phrase: &str, matched: &str, case: Case) -> bool {
        let upper = || {
            matched
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        };
        match self {
            CaseRule::Any => true,
            CaseRule::Exact => case != Case::Upper && matched == phrase,
            CaseRule::Capital => {
                case != Case::Mixed || matched.chars().next().is_some_and(char::is_uppercase)
            }
            CaseRule::Upper => case == Case::Upper || upper(),
        }
    }
}

/// How a sentence uses case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Ordinary text: capitals mark names.
    Mixed,
    /// A headline in title case ("Russia Launches Massive Attack"): every
    /// word has a capital, so a capital tells nothing.
    Title,
    /// ALL CAPS (wire copy, a shouted headline): nothing is told by case.
    Upper,
}

impl Case {
    /// Whether capitals tell names from words in this sentence.
    pub fn marks_names(self) -> bool {
        self == Case::Mixed
    }
}

/// How each sentence of `doc` uses case.
pub(crate) fn sentence_cases(doc: &Doc) -> Vec<Case> {
    doc.sentences
        .iter()
        .map(|s| {
            if all_caps(doc.slice(s.span).as_bytes()) {
                return Case::Upper;
            }
            // Title case: nearly every word of four letters or more capitalized.
            // Headlines end without a full stop; a sentence dense with names
            // still has some lower-case words.
            let stop = doc.tokens[s.last - 1].text(doc.text) == ".";
            let share = if stop { 19 } else { 16 }; // of 20
            let tokens = &doc.tokens[s.first..s.last];
            let (mut long, mut capitalized) = (0usize, 0usize);
            for (k, t) in tokens.iter().enumerate() {
                let w = t.text(doc.text);
                if t.kind == TokenKind::Word && w.len() >= 4 {
                    long += 1;
                    capitalized += w.starts_with(|c: char| c.is_uppercase()) as usize;
                    // Stop once even capitalized long words in every token
                    // left could not reach the share (most sentences stop
                    // after their first few lower-case words).
                    let left = tokens.len() - k - 1;
                    if (capitalized + left) * 20 < (long + left) * share {
                        return Case::Mixed;
                    }
                }
            }
            if long >= 4 && capitalized * 20 >= long * share {
                Case::Title
            } else {
                Case::Mixed
            }
        })
        .collect()
}

/// Whether the ASCII letters of a sentence are capitals (at least four,
/// and ten times as many as small letters); other scripts are rare in
/// English news. The count stops as soon as the small letters rule it out:
/// with `n` bytes, at most `n - lower` can be capitals, so once
/// `lower * 11 > n` the ten-to-one share cannot be met (in ordinary text,
/// within the first few words).
fn all_caps(bytes: &[u8]) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for chunk in bytes.chunks(64) {
        for &b in chunk {
            upper += b.is_ascii_uppercase() as usize;
            lower += b.is_ascii_lowercase() as usize;
        }
        if lower * 11 > bytes.len() {
            return false;
        }
    }
    upper >= 4 && lower * 10 <= upper
}

/// The token range `[first, last)` that a span covers exactly, if its ends
/// fall on token boundaries.
pub(crate) fn token_range(doc: &Doc, span: ByteSpan) -> Option<(usize, usize)> {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    let last = doc.tokens.partition_point(|t| t.span.start < span.end);
    let ok = first < last
        && doc.tokens[first].span.start == span.start
        && doc.tokens[last - 1].span.end == span.end;
    ok.then_some((first, last))
}

/// Every match of `set` in `text`, as [`PhraseSet::find_all`] gives them,
/// but with any run of whitespace in the text matching the single space of a
/// phrase: hard-wrapped wire copy breaks names across lines ("BOOBY\nTRAPS",
/// "FARABUNDO MARTI\n   NATIONAL LIBERATION FRONT").
#[cfg(test)]
pub(crate) fn find_all(set: &PhraseSet, text: &str) -> Vec<PhraseMatch> {
    Flat::of(text).find_all(set, text)
}

/// A text with each whitespace run that is not a single space made one
/// space, and the way back to the text's own offsets. A document makes it
/// once ([`Doc::flat`]) for all its lexicon scans.
pub(crate) struct Flat {
    /// The flattened text; `None` when it would equal the text.
    text: Option<String>,
    /// For each place where bytes were dropped: (position in the flattened
    /// text, bytes dropped so far).
    shifts: Vec<(usize, usize)>,
}

impl Flat {
    /// `text` flattened.
    pub fn of(text: &str) -> Flat {
        let (flat, shifts) = flatten(text);
        Flat { text: flat, shifts }
    }

    /// Every match of `set` in `text` (the text this was made of), as
    /// [`PhraseSet::find_all`] gives them, a run of whitespace in the text
    /// matching the single space of a phrase.
    pub fn find_all(&self, set: &PhraseSet, text: &str) -> Vec<PhraseMatch> {
        let Some(flat) = &self.text else {
            return set.find_all(text);
        };
        let shifts = &self.shifts;
        // Original offset of a position in `flat`.
        let back = |p: usize| {
            let k = shifts.partition_point(|&(at, _)| at <= p);
            p + if k == 0 { 0 } else { shifts[k - 1].1 }
        };
        let mut all = set.find_all(flat);
        for m in &mut all {
            m.span = ByteSpan::new(back(m.span.start), back(m.span.end - 1) + 1);
        }
        all
    }
}

/// `text` with each whitespace run that is not a single space made one
/// space (`None` when there is none), and for each place where bytes were
/// dropped, (position in the new text, bytes dropped so far).
fn flatten(text: &str) -> (Option<String>, Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut flat = String::new();
    let mut shifts: Vec<(usize, usize)> = Vec::new();
    let mut copied = 0;
    let mut dropped = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i + 9 <= bytes.len() && single_spaced(&bytes[i..i + 9]) {
            i += 8;
            continue;
        }
        if !bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < bytes.len() && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if j - i > 1 || bytes[i] != b' ' {
            if flat.capacity() == 0 {
                flat.reserve(text.len());
            }
            flat.push_str(&text[copied..i]);
            flat.push(' ');
            copied = j;
            if j - i > 1 {
                dropped += j - i - 1;
                shifts.push((flat.len(), dropped));
            }
        }
        i = j;
    }
    if flat.capacity() == 0 {
        return (None, shifts);
    }
    flat.push_str(&text[copied..]);
    (Some(flat), shifts)
}

/// Whether none of the first eight of these nine bytes starts a whitespace
/// run that `flatten` rewrites: no byte below `0x20` (every ASCII white
/// space but the space is one) and no space followed by a space or such a
/// byte. Tested eight bytes at a time (a byte-wise test of every byte of
/// the text was most of `flatten`'s cost).
fn single_spaced(nine: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const SPACES: u64 = 0x2020_2020_2020_2020;
    // Whether a byte of `v` is below `n` (exact for n <= 0x80).
    let below = |v: u64, n: u64| v.wrapping_sub(ONES * n) & !v & HIGH != 0;
    let x = u64::from_le_bytes(nine[..8].try_into().expect("8 bytes"));
    let y = u64::from_le_bytes(nine[1..].try_into().expect("8 bytes"));
    // A byte of `(x ^ SPACES) | (y ^ SPACES)` is zero where a space
    // follows a space.
    !below(x, 0x20) && !below(y, 0x20) && !below((x ^ SPACES) | (y ^ SPACES), 1)
}

/// A place where one or more table entries matched the same tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Spot {
    /// The matched text.
    pub span: ByteSpan,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Every entry written exactly this way (a phrase may sit in two tables).
    pub entries: Entries,
}

/// The entries of a [`Spot`], read as a slice. Nearly every spot has one,
/// kept without an allocation of its own (a `Vec` per spot was ~5 % of the
/// analysis's allocations).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entries {
    One(u32),
    /// Two or more.
    Many(Vec<u32>),
}

impl Entries {
    /// Adds `entry` at the end.
    pub fn push(&mut self, entry: u32) {
        match self {
            Entries::One(e) => *self = Entries::Many(vec![*e, entry]),
            Entries::Many(v) => v.push(entry),
        }
    }
}

impl std::ops::Deref for Entries {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        match self {
            Entries::One(e) => std::slice::from_ref(e),
            Entries::Many(v) => v,
        }
    }
}

impl std::ops::DerefMut for Entries {
    fn deref_mut(&mut self) -> &mut [u32] {
        match self {
            Entries::One(e) => std::slice::from_mut(e),
            Entries::Many(v) => v,
        }
    }
}

/// The tables whose phrases are found by one shared scan of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Table {
    /// `actor`'s table.
    Actors,
    /// `weapon`'s table.
    Weapons,
    /// `event`'s triggers.
    Triggers,
}

/// The phrases of the actor, weapon and trigger tables in one automaton, so
/// that a document is scanned once for all three: the actors' entries keep
/// their numbers, the weapons' come after them, then the triggers'.
struct Shared {
    set: PhraseSet,
    /// The first weapon entry.
    weapons_from: u32,
    /// The first trigger entry.
    triggers_from: u32,
}

fn shared() -> &'static Shared {
    static S: OnceLock<Shared> = OnceLock::new();
    S.get_or_init(|| {
        let mut phrases: Vec<&'static str> = crate::actor::phrases().collect();
        let weapons_from = phrases.len() as u32;
        phrases.extend(crate::weapon::phrases());
        let triggers_from = phrases.len() as u32;
        phrases.extend(crate::event::trigger_phrases());
        let set = PhraseSet::new(phrases.into_iter().zip(0u32..));
        Shared {
            set,
            weapons_from,
            triggers_from,
        }
    })
}

/// Builds the shared scan's automaton (and the actor, weapon and trigger
/// tables it is made of) now rather than on the first analysis.
pub(crate) fn prepare() {
    let _ = shared();
}

/// Every phrase of the shared scan in `doc`, as [`PhraseSet::find_all`]
/// gives them (a run of whitespace matching a phrase's space). A document
/// keeps them ([`Doc::lexicon_matches`]).
pub(crate) fn shared_matches(doc: &Doc) -> Vec<PhraseMatch> {
    doc.flat().find_all(&shared().set, doc.text)
}

/// The shared scan's matches of one table, with the table's own entry
/// numbers. Same order as a scan with that table alone: overlapping search
/// reports the entries of one span in the order they were added, and the
/// sort by span is stable.
fn matches_of(doc: &Doc, table: Table) -> Vec<PhraseMatch> {
    let s = shared();
    let (from, to) = match table {
        Table::Actors => (0, s.weapons_from),
        Table::Weapons => (s.weapons_from, s.triggers_from),
        Table::Triggers => (s.triggers_from, u32::MAX),
    };
    doc.lexicon_matches()
        .iter()
        .filter(|m| (from..to).contains(&m.entry))
        .map(|m| PhraseMatch {
            entry: m.entry - from,
            ..*m
        })
        .collect()
}

/// The triggers in `doc` as [`PhraseSet::find`] finds them in the text
/// itself: leftmost-longest, no two overlapping, and written as in the
/// table (no line break or run of spaces inside, which the shared scan of
/// the flattened text would let through).
pub(crate) fn find_triggers(doc: &Doc) -> Vec<PhraseMatch> {
    let as_written = |m: &PhraseMatch| {
        let text = doc.slice(m.span).as_bytes();
        !text.windows(2).any(|w| w == b"  ")
            && !text.iter().any(|&b| b.is_ascii_whitespace() && b != b' ')
    };
    leftmost_longest(
        matches_of(doc, Table::Triggers)
            .into_iter()
            .filter(as_written),
    )
}

/// Every phrase of `table` in `doc` whose case fits its sentence (a name in
/// capitals in ordinary text, any case in a title-case headline or in
/// ALL-CAPS wire copy), picked as [`pick`] does; `phrase_of` gives each
/// entry's phrase.
pub(crate) fn find_cased<'a>(
    doc: &Doc,
    table: Table,
    phrase_of: impl Fn(u32) -> &'a Phrase,
) -> Vec<Spot> {
    let all = matches_of(doc, table);
    let cases = doc.cases();
    pick(doc, &all, |m, first, _| {
        let phrase = phrase_of(m.entry);
        let case = cases
            .get(doc.sentence_of(first))
            .copied()
            .unwrap_or(Case::Mixed);
        phrase.case.accepts(phrase.text, doc.slice(m.span), case)
    })
}

/// Keeps the matches that `keep` accepts and that lie on token boundaries,
/// then picks leftmost-longest among them, grouping the entries that match
/// the same span. `all` must be sorted by start, then longest first (as
/// [`crate::lexicon::PhraseSet::find_all`] returns them).
pub(crate) fn pick(
    doc: &Doc,
    all: &[PhraseMatch],
    mut keep: impl FnMut(&PhraseMatch, usize, usize) -> bool,
) -> Vec<Spot> {
    let mut out: Vec<Spot> = Vec::new();
    for m in all {
        if let Some(last) = out.last_mut() {
            if last.span == m.span {
                if !last.entries.contains(&m.entry) {
                    let (first, end) = (last.first, last.last);
                    if keep(m, first, end) {
                        last.entries.push(m.entry);
                    }
                }
                continue;
            }
            if m.span.start < last.span.end {
                continue;
            }
        }
        let Some((first, last)) = token_range(doc, m.span) else {
            continue;
        };
        if keep(m, first, last) {
            out.push(Spot {
                span: m.span,
                first,
                last,
                entries: Entries::One(m.entry),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_read_their_case_rule_from_how_they_are_written() {
        assert_eq!(Phrase::parse("militants").case, CaseRule::Any);
        assert_eq!(Phrase::parse("Turkey").case, CaseRule::Capital);
        assert_eq!(Phrase::parse("FARC").case, CaseRule::Upper);
        let us = Phrase::parse("=US");
        assert_eq!((us.text, us.case), ("US", CaseRule::Exact));
        let p = Phrase::parse("~Patriot");
        assert_eq!((p.text, p.needs_support), ("Patriot", true));
    }

    #[test]
    fn case_rules_in_mixed_and_caps_text() {
        use Case::*;
        assert!(CaseRule::Capital.accepts("Turkey", "Turkey", Mixed));
        assert!(!CaseRule::Capital.accepts("Turkey", "turkey", Mixed));
        assert!(CaseRule::Capital.accepts("Turkey", "TURKEY", Upper));
        assert!(!CaseRule::Upper.accepts("OLA", "Ola", Mixed));
        assert!(!CaseRule::Upper.accepts("OLA", "Ola", Title));
        assert!(CaseRule::Upper.accepts("ELN", "ELN", Upper));
        assert!(!CaseRule::Exact.accepts("WHO", "who", Mixed));
        assert!(!CaseRule::Exact.accepts("WHO", "WHO", Upper));
        assert!(CaseRule::Exact.accepts("WHO", "WHO", Mixed));
    }

    #[test]
    fn phrases_match_across_line_breaks() {
        let set = PhraseSet::new([("booby traps", 0), ("car bomb", 1), ("car", 2), ("bomb", 3)]);
        let text = "USED BOOBY\n   TRAPS AND A CAR  BOMB; CARBOMB";
        let found: Vec<(&str, u32)> = find_all(&set, text)
            .iter()
            .map(|m| (m.span.slice(text), m.entry))
            .collect();
        assert_eq!(
            found,
            [
                ("BOOBY\n   TRAPS", 0),
                ("CAR  BOMB", 1),
                ("CAR", 2),
                ("BOMB", 3)
            ]
        );
    }

    #[test]
    fn flattening_skips_only_single_spaces() {
        let texts = [
            "one two three four five six seven eight nine ten",
            "BOOBY\nTRAPS and  two spaces, a\ttab, a\r\nbreak and\n\n",
            "exactly eight, then  a double space past the first chunk   ",
            "Łódź – Kyiv 😀 Odesa\u{a0}non-breaking  and\x0bvertical tab",
        ];
        for text in texts {
            for start in 0..text.len() {
                if !text.is_char_boundary(start) {
                    continue;
                }
                let t = &text[start..];
                let (flat, _) = flatten(t);
                // The byte-wise reading: every run of ASCII white space that
                // is not one space becomes one space.
                let mut want = String::new();
                let mut in_run = false;
                for c in t.chars() {
                    if !c.is_ascii_whitespace() {
                        want.push(c);
                    } else if !in_run {
                        want.push(' ');
                    }
                    in_run = c.is_ascii_whitespace();
                }
                assert_eq!(flat.as_deref().unwrap_or(t), want, "{t:?}");
                assert_eq!(flat.is_none(), want == t, "{t:?}");
            }
        }
    }

    #[test]
    fn sentence_cases_are_told_apart() {
        let doc = Doc::new(
            "GUERRILLAS ATTACKED THE TOWN. Police said the U.S. helped.\n\n\
             Russia Launches Largest Drone Attack On Kyiv\n\nIt was over.",
        );
        assert_eq!(
            sentence_cases(&doc),
            [Case::Upper, Case::Mixed, Case::Title, Case::Mixed]
        );
    }
}
