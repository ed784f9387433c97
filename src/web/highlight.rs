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

use crate::report::{Actor, Date, Place, Quantity, Report, Span, Weapon};
use crate::web::format::short_range;

/// What a mark stands for.
///
/// The mark's `index` is into the report's list for that kind: a mention
/// list for places, actors, dates, weapons and quantities, `events` for the
/// event kinds (triggers, killed and injured counts, the marked evidence).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The evidence of the event picked on the page, `events[index]`.
    Evidence,
    /// A word naming an event, `events[index]`.
    Trigger,
    /// A place, `mentions.places[index]`.
    Place,
    /// An actor, `mentions.actors[index]`.
    Actor,
    /// A date, `mentions.dates[index]`.
    Date,
    /// A weapon, `mentions.weapons[index]`.
    Weapon,
    /// The killed count of `events[index]`.
    Killed,
    /// The injured count of `events[index]`.
    Injured,
    /// A number or vague quantity, `mentions.quantities[index]`.
    Quantity,
}

impl Kind {
    /// Every kind a legend lists, in its order (the evidence mark is not a
    /// kind of mention).
    pub const ALL: [Kind; 8] = [
        Kind::Place,
        Kind::Actor,
        Kind::Date,
        Kind::Weapon,
        Kind::Killed,
        Kind::Injured,
        Kind::Quantity,
        Kind::Trigger,
    ];

    /// The CSS class of a mark of this kind.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Evidence => "mark-evidence",
            Kind::Trigger => "mark-trigger",
            Kind::Place => "mark-place",
            Kind::Actor => "mark-actor",
            Kind::Date => "mark-date",
            Kind::Weapon => "mark-weapon",
            Kind::Killed => "mark-killed",
            Kind::Injured => "mark-injured",
            Kind::Quantity => "mark-quantity",
        }
    }

    /// A short human name, also the prefix of the mention ids on the page.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Evidence => "evidence",
            Kind::Trigger => "event",
            Kind::Place => "place",
            Kind::Actor => "actor",
            Kind::Date => "date",
            Kind::Weapon => "weapon",
            Kind::Killed => "killed",
            Kind::Injured => "injured",
            Kind::Quantity => "quantity",
        }
    }

    /// Whether a mark of this kind is a mention a person can focus.
    pub fn is_mention(self) -> bool {
        self != Kind::Evidence
    }

    /// Whether a mark of this kind is part of an event (its `index` is into
    /// `events`), so picking it picks the event.
    pub fn is_event_part(self) -> bool {
        matches!(self, Kind::Trigger | Kind::Killed | Kind::Injured)
    }
}

/// The event a piece of text picks (an index into `events`): the first of
/// its marks (indexes into `marks`) that is an event's trigger or count.
pub fn event_of(marks: &[Mark], piece: &[usize]) -> Option<usize> {
    piece
        .iter()
        .map(|&i| marks[i])
        .find(|m| m.kind.is_event_part())
        .map(|m| m.index)
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

    /// The id of the mention on the page: "place-3".
    pub fn id(&self) -> String {
        format!("{}-{}", self.kind.name(), self.index)
    }
}

/// Every mention of the report as a mark, in document order; with `selected`
/// (an index into `events`), that event's evidence sentences too.
pub fn marks(report: &Report, selected: Option<usize>) -> Vec<Mark> {
    let m = &report.mentions;
    let mut out: Vec<Mark> = Vec::new();
    let each = |kind, spans: &mut dyn Iterator<Item = &Span>, out: &mut Vec<Mark>| {
        out.extend(spans.enumerate().map(|(i, s)| Mark::new(kind, i, s)));
    };
    each(Kind::Place, &mut m.places.iter().map(|x| &x.span), &mut out);
    each(Kind::Actor, &mut m.actors.iter().map(|x| &x.span), &mut out);
    each(Kind::Date, &mut m.dates.iter().map(|x| &x.span), &mut out);
    each(
        Kind::Weapon,
        &mut m.weapons.iter().map(|x| &x.span),
        &mut out,
    );
    each(
        Kind::Quantity,
        &mut m.quantities.iter().map(|x| &x.span),
        &mut out,
    );
    for (i, e) in report.events.iter().enumerate() {
        out.push(Mark::new(Kind::Trigger, i, &e.trigger));
        out.extend(
            e.triggers
                .iter()
                .filter(|t| t.start != e.trigger.start)
                .map(|t| Mark::new(Kind::Trigger, i, t)),
        );
        if let Some(q) = &e.fatalities {
            out.push(Mark::new(Kind::Killed, i, &q.span));
        }
        if let Some(q) = &e.injuries {
            out.push(Mark::new(Kind::Injured, i, &q.span));
        }
    }
    if let Some(e) = selected.and_then(|i| report.events.get(i).map(|e| (i, e))) {
        let (i, e) = e;
        if e.evidence_sentences.is_empty() {
            out.push(Mark::new(Kind::Evidence, i, &e.evidence));
        } else {
            out.extend(
                e.evidence_sentences
                    .iter()
                    .map(|s| Mark::new(Kind::Evidence, i, s)),
            );
        }
    }
    crate::order::sort_by_key(&mut out, |m| (m.start, std::cmp::Reverse(m.end), m.kind));
    out.dedup();
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
    crate::order::sort_by_key(&mut order, |&i| {
        (marks[i].start, std::cmp::Reverse(marks[i].end))
    });

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

/// What a mark was read as, in words: "Place: Belgorod Oblast, RU (50.6, 36.6)".
pub fn describe(report: &Report, mark: &Mark) -> String {
    let m = &report.mentions;
    let event = || report.events.get(mark.index);
    let what = match mark.kind {
        Kind::Place => m
            .places
            .get(mark.index)
            .map(|p| format!("Place: {}", place(p))),
        Kind::Actor => m
            .actors
            .get(mark.index)
            .map(|a| format!("Actor: {}", actor(a))),
        Kind::Date => m
            .dates
            .get(mark.index)
            .map(|d| format!("Date: {}", date(d))),
        Kind::Weapon => m
            .weapons
            .get(mark.index)
            .map(|w| format!("Weapon: {}", weapon(w))),
        Kind::Quantity => m
            .quantities
            .get(mark.index)
            .map(|q| format!("Number: {}", describe_quantity(q))),
        Kind::Killed => event().and_then(|e| {
            let q = e.fatalities.as_ref()?;
            Some(format!("Killed in {}: {}", e.id, short_range(q)))
        }),
        Kind::Injured => event().and_then(|e| {
            let q = e.injuries.as_ref()?;
            Some(format!("Injured in {}: {}", e.id, short_range(q)))
        }),
        Kind::Trigger => {
            event().map(|e| format!("Event {}: {} / {}", e.id, e.event_type, e.sub_type))
        }
        Kind::Evidence => event().map(|e| format!("Evidence of {}", e.id)),
    };
    what.unwrap_or_else(|| mark.kind.name().to_string())
}

/// A place in words: "Belgorod Oblast, RU (50.6, 36.6)".
pub fn place(p: &Place) -> String {
    let mut s = p.name.clone();
    if let Some(c) = &p.country {
        s.push_str(", ");
        s.push_str(c);
    }
    if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
        s.push_str(&format!(" ({lat:.1}, {lon:.1})"));
    }
    s
}

/// An actor in words: "Ukraine (UKR, state)".
pub fn actor(a: &Actor) -> String {
    match &a.country {
        Some(c) => format!("{} ({c}, {})", a.name, a.kind),
        None => format!("{} ({})", a.name, a.kind),
    }
}

/// A date in words: "2024-03-12 (day)", or "unresolved".
pub fn date(d: &Date) -> String {
    match (&d.value, &d.precision) {
        (Some(v), Some(p)) => format!("{v} ({p})"),
        (Some(v), None) => v.clone(),
        _ => "unresolved (no reference date)".to_string(),
    }
}

/// A weapon in words: "missile+drone × ≤160".
pub fn weapon(w: &Weapon) -> String {
    let kind = w.kind.replace('_', " ");
    match &w.count {
        Some(q) => format!("{kind} × {}", short_range(q)),
        None => kind,
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

/// The plain rest of a big text (past the highlights), cut for drawing:
/// the part up to its first line break (if that comes within `size` bytes)
/// stays inline after the highlighted text, and the remainder is cut into blocks of at most about `size` bytes,
/// each ending just after a line break when there is one in its second half
/// (else at a character boundary). The page draws each block as its own
/// element that the browser lays out only when it is on screen
/// (`content-visibility: auto`): one text node of 10 MB took ~2 s of layout
/// when the result arrived. The pieces join back to `rest`.
pub fn plain_blocks(rest: &str, size: usize) -> (&str, Vec<&str>) {
    let size = size.max(4);
    // The lead: up to the first line break, if there is one within `size`
    // bytes (a long first line goes into the blocks instead).
    let head = &rest.as_bytes()[..size.min(rest.len())];
    let lead_end = match head.iter().position(|&b| b == b'\n') {
        Some(i) => i + 1,
        None if rest.len() <= size => rest.len(),
        None => 0,
    };
    let (lead, mut tail) = rest.split_at(lead_end);
    let mut blocks = Vec::new();
    while tail.len() > size {
        let mut cut = size;
        while !tail.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(nl) = tail[..cut].rfind('\n') {
            if nl + 1 > size / 2 {
                cut = nl + 1;
            }
        }
        let (block, more) = tail.split_at(cut);
        blocks.push(block);
        tail = more;
    }
    if !tail.is_empty() {
        blocks.push(tail);
    }
    (lead, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn plain_blocks_join_back_and_end_at_line_breaks() {
        let text = "end of a line\n".to_string() + &"Drones hit Odesa — 3 killed.\n".repeat(500);
        let (lead, blocks) = plain_blocks(&text, 1000);
        assert_eq!(lead, "end of a line\n");
        assert_eq!(lead.to_string() + &blocks.concat(), text);
        assert!(blocks.len() > 10);
        for b in &blocks {
            assert!(b.len() <= 1000, "{}", b.len());
            assert!(b.ends_with('\n'), "{b:?}");
        }
        // No line break at all: cut at character boundaries, nothing lost.
        let line = "й".repeat(3001);
        let (lead, blocks) = plain_blocks(&line, 1001);
        assert_eq!(lead, "");
        assert_eq!(blocks.concat(), line);
        assert!(blocks.iter().all(|b| b.len() <= 1001 && !b.is_empty()));
        assert_eq!(plain_blocks("short", 1001), ("short", vec![]));
        let rest = format!("\n{line}");
        let (lead, blocks) = plain_blocks(&rest, 1001);
        assert_eq!(lead, "\n");
        assert_eq!(blocks.concat(), line);
        assert!(blocks.iter().all(|b| b.len() <= 1001 && !b.is_empty()));
        assert_eq!(plain_blocks("", 10), ("", vec![]));
    }

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
    fn a_trigger_or_a_count_in_the_text_picks_its_event() {
        let text = "Thousands protested in Tbilisi. Russian forces shelled Kharkiv, killing three.";
        let report = crate::analyze(text, &Options::default());
        let shelling = report
            .events
            .iter()
            .position(|e| e.event_type == "Explosions/Remote violence")
            .expect("the shelling is an event");
        let marks = marks(&report, None);
        let blocks = layout(text, &report.sentences, &marks);
        let picks = |word: &str| {
            blocks
                .iter()
                .flat_map(|b| &b.pieces)
                .filter(|p| p.text.contains(word))
                .find_map(|p| event_of(&marks, &p.marks))
        };
        assert_eq!(picks("shelled"), Some(shelling));
        assert_eq!(picks("three"), Some(shelling), "its killed count");
        assert_eq!(picks("Kharkiv"), None, "a place is no event's part");
        let protest = picks("protested").expect("the protest is picked too");
        assert_ne!(protest, shelling);
    }

    #[test]
    fn pieces_join_back_to_the_text_and_carry_their_marks() {
        let text = "Kyiv: 12 killed.\n\nOver 150 injured.";
        let report = crate::analyze(text, &Options::default());
        let marks: Vec<Mark> = marks(&report, None)
            .into_iter()
            .filter(|m| m.kind == Kind::Quantity)
            .collect();
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
        let m: Vec<Mark> = marks(&report, None)
            .into_iter()
            .filter(|m| m.kind == Kind::Quantity)
            .collect();
        assert_eq!(describe(&report, &m[1]), "Number: at least 150");
    }

    #[test]
    fn every_kind_of_mention_is_marked_and_described() {
        let text = "KYIV, March 12, 2024 - Russian forces fired 40 missiles at Kharkiv \
                    on Tuesday, killing over 10 people and injuring nearly 30.";
        let options = Options::default()
            .with_reference_date("2024-03-12")
            .unwrap();
        let report = crate::analyze(text, &options);
        let all = marks(&report, None);
        let by = |kind: Kind| -> Vec<(String, String)> {
            all.iter()
                .filter(|m| m.kind == kind)
                .map(|m| {
                    let t: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                    (t, describe(&report, m))
                })
                .collect()
        };
        let places = by(Kind::Place);
        assert!(
            places.iter().any(|(t, d)| t == "Kharkiv"
                && d.starts_with("Place: Kharkiv, UA (")
                && d.ends_with(')')),
            "{places:?}"
        );
        let actors = by(Kind::Actor);
        assert!(
            actors
                .iter()
                .any(|(t, d)| t.contains("Russian") && d.contains("RUS")),
            "{actors:?}"
        );
        let dates = by(Kind::Date);
        assert!(
            dates.iter().any(|(_, d)| d.starts_with("Date: 2024-03-")),
            "{dates:?}"
        );
        let weapons = by(Kind::Weapon);
        assert!(
            weapons.iter().any(|(_, d)| d == "Weapon: missile × 40"),
            "{weapons:?}"
        );
        assert_eq!(by(Kind::Killed).len(), 1, "{all:?}");
        assert!(
            by(Kind::Killed)[0].1.ends_with(": 10+"),
            "{:?}",
            by(Kind::Killed)
        );
        assert!(
            by(Kind::Injured)[0].1.ends_with(": ≤30"),
            "{:?}",
            by(Kind::Injured)
        );
        let triggers = by(Kind::Trigger);
        assert!(
            triggers.iter().any(|(_, d)| d.starts_with("Event E1: ")),
            "{triggers:?}"
        );
        // Marks come in document order, and evidence only for a picked event.
        assert!(all.windows(2).all(|w| w[0].start <= w[1].start));
        assert!(all.iter().all(|m| m.kind != Kind::Evidence));
        let picked = marks(&report, Some(0));
        let evidence: Vec<&Mark> = picked.iter().filter(|m| m.kind == Kind::Evidence).collect();
        assert!(!evidence.is_empty());
        assert!(evidence.iter().all(|m| m.index == 0));
    }
}
