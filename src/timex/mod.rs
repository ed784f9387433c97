//! Time expressions: dates, times, durations and sets, found in a text and
//! normalized against a reference date.
//!
//! Finding is a token grammar ([`grammar`]) over token classes ([`lex`]);
//! placing on the calendar is [`resolve`]. Every expression gets its TimeML
//! type and value (so that all four types can be scored against TimeBank);
//! only dates become report mentions, as [`DateMatch`]es:
//!
//! | text | value | precision |
//! |---|---|---|
//! | "Jan. 2, 2024", "yesterday", "Tuesday night" | `2024-01-02` | day |
//! | "last week", "the weekend" | the Monday of the ISO week, `2023-12-25` | week |
//! | "December 1989", "earlier this month" | `1989-12` | month |
//! | "1989", "last year", "the third quarter", "this summer" | `1989` | year |
//! | "the 1990s", "the 20th century" | null | null |
//!
//! Quarters, halves and seasons are reported at year precision (the contract
//! has no finer period that holds them). A relative date that cannot be
//! placed (no reference date, or "days later" with no earlier date) keeps its
//! precision and has a null value. Durations ("three days"), sets ("every
//! day"), bare clock times ("6 p.m.") and "now"/"recently" are not dates.

mod dateline;
mod grammar;
mod lex;
mod resolve;

pub(crate) use dateline::{detect, detect_before};
pub(crate) use resolve::{Precision, TimexType};

use crate::date::CivilDate;
use crate::doc::Doc;
use crate::span::{ByteSpan, Offsets};
use grammar::{Base, Grammar, Hit, Spec, Within};
use lex::Unit;
use resolve::{Resolver, Tense};

/// Builds the keyword table now rather than on the first analysis.
pub(crate) fn prepare() {
    lex::prepare();
}

/// One time expression of any TimeML type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Timex {
    /// Where it is, in bytes.
    pub span: ByteSpan,
    /// Token range `[first, last)`.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimexType,
    /// The TimeML value ("2024-01-02", "P3D", "PRESENT_REF"), if known.
    pub timeml: Option<String>,
    /// The date for the report, for expressions that are dates.
    pub date: Option<DateValue>,
}

/// A date's contract value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateValue {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when it cannot be placed.
    pub value: Option<String>,
    /// The granularity the text gives.
    pub precision: Option<Precision>,
    /// Whether it depends on the reference date or an earlier date.
    pub relative: bool,
    /// The first and last day of the period, when placed.
    pub days: Option<(CivilDate, CivilDate)>,
}

/// A date mention, for the report and for the events module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateMatch {
    /// Where it is, in bytes.
    pub span: ByteSpan,
    /// Token range `[first, last)`.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// The sentence holding its first token.
    pub sentence: usize,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when it cannot be placed.
    pub value: Option<String>,
    /// day, week, month or year.
    pub precision: Option<Precision>,
    /// Whether it depends on the reference date or an earlier date.
    pub relative: bool,
    /// The first and last day of the period, when placed.
    pub days: Option<(CivilDate, CivilDate)>,
}

/// Every time expression in the text, in order, placed against `reference`.
pub(crate) fn find(doc: &Doc, reference: Option<CivilDate>) -> Vec<Timex> {
    let lexes = lex::classify(&doc.tokens, &doc.words);
    let grammar = Grammar {
        tokens: &doc.tokens,
        words: &doc.words,
        lex: &lexes,
    };
    let hits = grammar.scan();
    let mut resolver = Resolver::new(reference);
    hits.iter()
        .map(|hit| {
            let r = resolver.resolve(&hit.spec, || tense(doc, hit.start, hit.end));
            let span = ByteSpan::new(
                doc.tokens[hit.start].span.start,
                doc.tokens[hit.end - 1].span.end,
            );
            let date = r.reported.then(|| {
                let contract = r.period.and_then(|p| p.contract());
                DateValue {
                    precision: contract.as_ref().map(|c| c.1).or_else(|| precision_of(hit)),
                    value: contract.map(|c| c.0),
                    relative: r.relative,
                    days: r.period.map(|p| p.days()),
                }
            });
            Timex {
                span,
                first: hit.start,
                last: hit.end,
                kind: r.kind,
                timeml: r.timeml,
                date,
            }
        })
        .collect()
}

/// The dates among `timexes`, for the report and the events module.
pub(crate) fn dates(doc: &Doc, timexes: &[Timex]) -> Vec<DateMatch> {
    timexes
        .iter()
        .filter_map(|t| {
            let d = t.date.as_ref()?;
            // Decades and centuries have no contract value; keep them only
            // when they are absolute (they are then still dates).
            Some(DateMatch {
                span: t.span,
                first: t.first,
                last: t.last,
                sentence: doc.sentence_of(t.first),
                value: d.value.clone(),
                precision: d.precision,
                relative: d.relative,
                days: d.days,
            })
        })
        .collect()
}

/// Whether any of `dates` (sorted, not overlapping) overlaps `span`.
pub(crate) fn covers(dates: &[DateMatch], span: ByteSpan) -> bool {
    let k = dates.partition_point(|d| d.span.end <= span.start);
    dates.get(k).is_some_and(|d| d.span.overlaps(&span))
}

/// A date as the events module takes it: the report value and where it is.
pub(crate) fn located(
    d: &DateMatch,
    offsets: &Offsets,
) -> crate::event::Located<crate::report::Date> {
    crate::event::Located {
        span: d.span,
        first: d.first,
        last: d.last,
        value: crate::report::Date {
            span: offsets.span(d.span),
            value: d.value.clone(),
            precision: d.precision.map(|p| p.as_str().to_string()),
        },
    }
}

/// The days a date covers, for telling events apart.
pub(crate) fn period(d: &DateMatch) -> Option<crate::event::Period> {
    let (from, until) = d.days?;
    Some(crate::event::Period {
        from: from.to_days(),
        until: until.to_days(),
        fixed: !d.relative || !matches!(d.precision, Some(Precision::Day | Precision::Week)),
    })
}

/// The granularity an expression names, when it could not be placed.
fn precision_of(hit: &Hit) -> Option<Precision> {
    let Spec::Date { base, .. } = hit.spec else {
        return None;
    };
    let of_unit = |u: Unit| match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Some(Precision::Day),
        Unit::Week | Unit::Fortnight => Some(Precision::Week),
        Unit::Month => Some(Precision::Month),
        Unit::Quarter | Unit::Year => Some(Precision::Year),
        _ => None,
    };
    let of_within = |w: Within| match w {
        Within::Day(..) | Within::Thanksgiving => Precision::Day,
        Within::Month(_) => Precision::Month,
        _ => Precision::Year,
    };
    match base {
        Base::Cal { within, .. } | Base::Nearest { within, .. } => Some(of_within(within)),
        Base::Decade { .. } | Base::Century(_) => None,
        Base::Deictic { unit, .. } | Base::Shift { unit, .. } | Base::Anaphoric(unit) => {
            of_unit(unit)
        }
        Base::Weekday { .. } => Some(Precision::Day),
        Base::Weekend { .. } => Some(Precision::Week),
        Base::PeriodIn(_) => Some(Precision::Year),
    }
}

/// Words that mark the future, lower case.
const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "going",
    "plans",
    "plan",
    "planned",
    "scheduled",
    "expected",
    "expects",
    "expect",
    "due",
    "intends",
    "intend",
    "would",
    "upcoming",
    "slated",
    "hopes",
    "aims",
];

/// Irregular past forms common in news, lower case.
const PAST: &[&str] = &[
    "was", "were", "had", "did", "said", "told", "met", "made", "took", "came", "went", "began",
    "fell", "rose", "saw", "gave", "got", "left", "held", "shot", "hit", "struck", "found", "sent",
    "lost", "paid", "sold", "bought", "brought", "fought", "led", "ran", "spoke", "wrote",
    "became", "broke", "flew", "drove", "thought", "knew", "felt", "kept", "stood", "won", "ago",
    "since", "has", "have", "been",
];

/// Words ending in "-ed" that are not past verbs.
const NOT_PAST: &[&str] = &[
    "hundred",
    "united",
    "red",
    "bed",
    "need",
    "speed",
    "feed",
    "seed",
    "based",
    "indeed",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "armed",
    "wounded",
    "injured",
];

/// The tense nearest to tokens `[first, last)` in their sentence: the
/// closest tense marker wins, a marker after the expression counting double
/// distance (the verb that governs a date usually comes before it).
fn tense(doc: &Doc, first: usize, last: usize) -> Tense {
    let s = doc.sentences[doc.sentence_of(first).min(doc.sentences.len() - 1)];
    // "as soon as Tuesday", "as early as Tuesday"
    if first >= 3
        && doc.word(first - 1).eq_ignore_ascii_case("as")
        && doc.word(first - 3).eq_ignore_ascii_case("as")
        && ["soon", "early"]
            .iter()
            .any(|w| doc.word(first - 2).eq_ignore_ascii_case(w))
    {
        return Tense::Future;
    }
    let mut best: Option<(usize, Tense)> = None;
    for k in s.first..s.last {
        if (first..last).contains(&k) {
            continue;
        }
        let w = doc.word(k);
        if w.len() > 16 || !w.is_ascii() {
            continue;
        }
        let is = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
        let t = if is(FUTURE) {
            // "going" only as "going to"
            if w.eq_ignore_ascii_case("going") && !doc.word(k + 1).eq_ignore_ascii_case("to") {
                continue;
            }
            // "had been due to expire Friday" is over.
            let before = doc.word(k.wrapping_sub(1));
            if ["had", "been"]
                .iter()
                .any(|b| before.eq_ignore_ascii_case(b))
            {
                Tense::Past
            } else {
                Tense::Future
            }
        } else if is(PAST)
            || (w.len() > 4 && w[w.len() - 2..].eq_ignore_ascii_case("ed") && !is(NOT_PAST))
        {
            Tense::Past
        } else {
            continue;
        };
        let d = if k < first {
            first - k
        } else {
            2 * (k + 1 - last)
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// A time expression with its TimeML type and value, for scoring and tools.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpression {
    /// Where it is (code points).
    pub span: crate::report::Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: &'static str,
    /// The TimeML value ("2024-01-02", "1989-Q3", "P3D", "PAST_REF"), or
    /// `None` when it cannot be placed.
    pub value: Option<String>,
}

/// Every time expression of `text`, of all TimeML types.
pub(crate) fn expressions(text: &str, reference: Option<CivilDate>) -> Vec<TimeExpression> {
    let doc = Doc::new(text);
    let offsets = Offsets::new(text);
    find(&doc, reference)
        .into_iter()
        .map(|t| TimeExpression {
            span: offsets.span(t.span),
            kind: t.kind.as_str(),
            value: t.timeml,
        })
        .collect()
}

#[cfg(test)]
mod tests;
