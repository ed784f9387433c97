//! From a report's spans to highlighted pieces of text.
//!
//! The text view shows the analyzed text once, with every mention marked.
//! This module does the arithmetic, with no DOM in sight: [`marks`] lists the
//! typed spans of a [`Report`], and [`layout`] cuts the text at every span
//! boundary into [`Block`]s (one per sentence, plus the gaps between them) of
//! [`Piece`]s, each carrying the marks that cover it. Marks may nest or
//! overlap ("160 missiles" as a weapon around "160" as a quantity): a piece
//! simply carries all of them.
//!
//! Offsets in the report are Unicode code points; the pieces hold the text
//! itself, so the view never does offset arithmetic (and never touches HTML).
//!
//! A new kind of mention is one [`Kind`] variant and one line in [`marks`].

use crate::report::{Quantity, Report, Span};

/// What a mark stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A number or vague quantity, `report.mentions.quantities[index]`.
    Quantity,
}

impl Kind {
    /// Every kind, in the order a legend lists them.
    pub const ALL: [Kind; 1] = [Kind::Quantity];

    /// The CSS class of a mark of this kind.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Quantity => "mark-quantity",
        }
    }

    /// A short human name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Quantity => "quantity",
        }
    }
}

/// One typed span of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// What it is.
    pub kind: Kind,
    /// Its index in the report's list for that kind.
    pub index: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Mark {
    fn new(kind: Kind, index: usize, span: &Span) -> Mark {
        Mark {
            kind,
            index,
            start: span.start,
            end: span.end,
        }
    }
}

/// Every mention of the report as a mark, in document order.
pub fn marks(report: &Report) -> Vec<Mark> {
    let m = &report.mentions;
    let mut out: Vec<Mark> = Vec::new();
    out.extend(
        m.quantities
            .iter()
            .enumerate()
            .map(|(i, q)| Mark::new(Kind::Quantity, i, &q.span)),
    );
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.kind));
    out
}

/// A run of text under one unchanging set of marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The text.
    pub text: String,
    /// Indices into the marks given to [`layout`], outermost first; empty for
    /// plain text.
    pub marks: Vec<usize>,
}

/// A sentence, or the text between two sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The sentence's index in `report.sentences`; `None` between sentences.
    pub sentence: Option<usize>,
    /// Its pieces, in order; together they are the block's text.
    pub pieces: Vec<Piece>,
}

/// Cuts `text` into sentence blocks of marked pieces.
///
/// `sentences` and `marks` are code point spans of `text`; spans past the end
/// are clipped, sentences that overlap an earlier one are ignored. The pieces
/// of all blocks, joined, give back `text` exactly.
pub fn layout(text: &str, sentences: &[Span], marks: &[Mark]) -> Vec<Block> {
    // Every boundary, in code points, sorted and deduplicated.
    let mut cuts: Vec<usize> = Vec::with_capacity(2 + 2 * (sentences.len() + marks.len()));
    cuts.push(0);
    cuts.extend(sentences.iter().flat_map(|s| [s.start, s.end]));
    cuts.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    cuts.sort_unstable();
    cuts.dedup();
    // The boundaries inside the text, as (code point, byte) pairs found in one
    // walk over it, closed by the end of the text.
    let bounds = to_bytes(text, &cuts);

    // Sentences that do not overlap, in order.
    let mut sents: Vec<(usize, usize, usize)> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if s.start < s.end && sents.last().is_none_or(|&(_, _, end)| end <= s.start) {
            sents.push((i, s.start, s.end));
        }
    }
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| marks[i].start < marks[i].end)
        .collect();
    order.sort_by_key(|&i| (marks[i].start, std::cmp::Reverse(marks[i].end)));

    let mut blocks: Vec<Block> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    let (mut next_mark, mut next_sent) = (0, 0);
    for w in bounds.windows(2) {
        let ((at, b0), (to, b1)) = (w[0], w[1]);
        active.retain(|&i| marks[i].end > at);
        while next_mark < order.len() && marks[order[next_mark]].start <= at {
            let i = order[next_mark];
            if marks[i].end > at {
                active.push(i);
            }
            next_mark += 1;
        }
        while next_sent < sents.len() && sents[next_sent].2 <= at {
            next_sent += 1;
        }
        let sentence = sents
            .get(next_sent)
            .filter(|&&(_, start, _)| start <= at && to <= sents[next_sent].2)
            .map(|&(i, _, _)| i);
        let piece_text = &text[b0..b1];
        match blocks.last_mut() {
            Some(block) if block.sentence == sentence => match block.pieces.last_mut() {
                Some(p) if p.marks == active => p.text.push_str(piece_text),
                _ => block.pieces.push(Piece {
                    text: piece_text.to_string(),
                    marks: active.clone(),
                }),
            },
            _ => blocks.push(Block {
                sentence,
                pieces: vec![Piece {
                    text: piece_text.to_string(),
                    marks: active.clone(),
                }],
            }),
        }
    }
    blocks
}

/// `(code point, byte)` pairs for the sorted, distinct code point offsets
/// `cuts` that fall inside the text, then one for the end of the text.
fn to_bytes(text: &str, cuts: &[usize]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut k = 0;
    let mut count = 0;
    for (cp, (byte, _)) in text.char_indices().enumerate() {
        count = cp + 1;
        if k < cuts.len() && cuts[k] == cp {
            out.push((cp, byte));
            k += 1;
        }
    }
    out.push((count, text.len()));
    out
}

/// What a mark was read as, in words: "quantity: at least 150".
pub fn describe(report: &Report, mark: &Mark) -> String {
    let what = match mark.kind {
        Kind::Quantity => report
            .mentions
            .quantities
            .get(mark.index)
            .map(describe_quantity),
    };
    match what {
        Some(w) => format!("{}: {w}", mark.kind.name()),
        None => mark.kind.name().to_string(),
    }
}

/// How a quantity was read, in words: "exactly 5", "at least 150",
/// "at most 160", "10 to 15", "about 40".
pub fn describe_quantity(q: &Quantity) -> String {
    match (q.low, q.high) {
        _ if q.exact => format!("exactly {}", q.best),
        (Some(low), Some(high)) if low == high => format!("{low}"),
        (Some(low), Some(high)) => format!("{low} to {high}"),
        (Some(low), None) if low == q.best => format!("at least {low}"),
        (Some(low), None) => format!("at least {low}, best {}", q.best),
        (None, Some(high)) if high == q.best => format!("at most {high}"),
        (None, Some(high)) => format!("at most {high}, best {}", q.best),
        (None, None) => format!("about {}", q.best),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn span(text: &str, start: usize, end: usize) -> Span {
        Span {
            text: text.chars().skip(start).take(end - start).collect(),
            start,
            end,
        }
    }

    fn joined(blocks: &[Block]) -> String {
        blocks
            .iter()
            .flat_map(|b| b.pieces.iter().map(|p| p.text.as_str()))
            .collect()
    }

    #[test]
    fn pieces_join_back_to_the_text_and_carry_their_marks() {
        let text = "Kyiv: 12 killed.\n\nOver 150 injured.";
        let report = crate::analyze(text, &Options::default());
        let marks = marks(&report);
        let blocks = layout(text, &report.sentences, &marks);
        assert_eq!(joined(&blocks), text);
        let marked: Vec<&str> = blocks
            .iter()
            .flat_map(|b| &b.pieces)
            .filter(|p| !p.marks.is_empty())
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(marked, ["12", "Over 150"]);
        let sentences: Vec<Option<usize>> = blocks.iter().map(|b| b.sentence).collect();
        assert_eq!(sentences, [Some(0), None, Some(1)]);
    }

    #[test]
    fn code_points_not_bytes_nor_utf16() {
        // "Łódź" has two-byte letters, the rocket emoji is four bytes and two
        // UTF-16 units; the mark must still land on "over 40".
        let text = "Łódź 🚀 — over 40 drones.";
        let start = text.chars().position(|c| c == 'o').unwrap();
        let m = Mark {
            kind: Kind::Quantity,
            index: 0,
            start,
            end: start + 7,
        };
        let blocks = layout(text, &[span(text, 0, text.chars().count())], &[m]);
        assert_eq!(blocks.len(), 1);
        let texts: Vec<(&str, bool)> = blocks[0]
            .pieces
            .iter()
            .map(|p| (p.text.as_str(), !p.marks.is_empty()))
            .collect();
        assert_eq!(
            texts,
            [
                ("Łódź 🚀 — ", false),
                ("over 40", true),
                (" drones.", false)
            ]
        );
    }

    #[test]
    fn nested_and_overlapping_marks_split_into_pieces() {
        let text = "nearly 160 missiles and drones";
        let outer = Mark {
            kind: Kind::Quantity,
            index: 0,
            start: 0,
            end: 19,
        };
        let inner = Mark {
            kind: Kind::Quantity,
            index: 1,
            start: 7,
            end: 10,
        };
        let crossing = Mark {
            kind: Kind::Quantity,
            index: 2,
            start: 11,
            end: 23,
        };
        let blocks = layout(text, &[], &[outer, inner, crossing]);
        let pieces: Vec<(&str, Vec<usize>)> = blocks[0]
            .pieces
            .iter()
            .map(|p| (p.text.as_str(), p.marks.clone()))
            .collect();
        assert_eq!(
            pieces,
            [
                ("nearly ", vec![0]),
                ("160", vec![0, 1]),
                (" ", vec![0]),
                ("missiles", vec![0, 2]),
                (" and", vec![2]),
                (" drones", vec![]),
            ]
        );
        assert_eq!(blocks[0].sentence, None);
    }

    #[test]
    fn spans_past_the_end_and_empty_text_are_harmless() {
        let text = "Five.";
        let m = Mark {
            kind: Kind::Quantity,
            index: 0,
            start: 0,
            end: 99,
        };
        let blocks = layout(text, &[span(text, 0, 5)], &[m]);
        assert_eq!(joined(&blocks), text);
        assert!(layout("", &[], &[m]).is_empty());
    }

    #[test]
    fn quantities_are_described_by_their_range() {
        let report = crate::analyze(
            "five died, over 150 were hurt, nearly 160 missiles, between 10 and 15 homes",
            &Options::default(),
        );
        let words: Vec<String> = report
            .mentions
            .quantities
            .iter()
            .map(describe_quantity)
            .collect();
        assert_eq!(
            words,
            ["exactly 5", "at least 150", "at most 160", "10 to 15"]
        );
        let m = marks(&report);
        assert_eq!(describe(&report, &m[1]), "quantity: at least 150");
    }
}
