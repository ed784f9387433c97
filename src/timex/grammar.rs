//! The grammar of time expressions, over token classes.
//!
//! [`Grammar::scan`] walks the tokens once. At each token that can open a time
//! expression it tries every rule and keeps the longest match, then jumps past
//! it. A rule returns a [`Spec`]: what the words say ("last Friday", "two
//! weeks", "Jan. 2"), not yet placed on the calendar; `resolve` does that.
//!
//! Spans follow TimeML: determiners and modifiers belong to the expression
//! ("the third quarter", "early next year", "more than four hours"),
//! prepositions do not ("on Sunday" gives "Sunday").

use super::lex::{DayPart, Kw, Lex, Unit};
use crate::text::Token;

/// A year as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// "1989".
    Abs(i32),
    /// "89", "'89": the century comes from the reference date.
    Two(i32),
    /// Relative to the reference year: "this year" 0, "last year" -1.
    Rel(i32),
    /// Not given: chosen from the reference date and the tense.
    Infer,
}

/// Which part of a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Within {
    Whole,
    Month(u32),
    Day(u32, u32),
    Quarter(u32),
    Half(u32),
    /// spring 0, summer 1, fall 2, winter 3.
    Season(u8),
    /// The fourth Thursday of November.
    Thanksgiving,
}

/// How a weekday or weekend is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// Bare "Friday": by tense, the nearest in the past by default.
    Auto,
    /// "last Friday": the most recent before the reference day.
    Last,
    /// "next Friday": the first after the reference day.
    Next,
    /// "this Friday": within the reference week, by tense.
    This,
}

/// A calendar expression before it is placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Base {
    /// A part of a year: "Jan. 2, 2024", "December", "the third quarter".
    Cal { year: YearSpec, within: Within },
    /// "last April" (-1), "next June" (+1): the nearest such period strictly
    /// before or after the current one.
    Nearest { within: Within, dir: i32 },
    /// "the 1990s" (199); `short` for "the '90s" (9).
    Decade { value: i32, short: bool },
    /// "the 20th century" gives 19.
    Century(i32),
    /// The period `offset` units from the reference: "today" (day, 0),
    /// "last week" (week, -1).
    Deictic { unit: Unit, offset: i32 },
    /// `n` units before (`sign` -1) or after (+1) the reference ("two days
    /// ago"), or, when `anaphoric`, the date mentioned before ("days later").
    /// `n` is `None` when vague ("days later").
    Shift {
        unit: Unit,
        n: Option<u32>,
        sign: i32,
        anaphoric: bool,
    },
    /// A weekday, 0 = Monday.
    Weekday { dow: u32, mode: Mode },
    /// A weekend.
    Weekend { mode: Mode },
    /// "the quarter", "the latest quarter": the last one mentioned, else the
    /// last one completed before the reference.
    Anaphoric(Unit),
    /// "the year-earlier period", "the 1988 period": the period last
    /// mentioned, moved into another year.
    PeriodIn(YearSpec),
}

/// Past, present or future reference without a date ("recently", "now").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RefKind {
    Past,
    Present,
    Future,
}

/// How many units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Count {
    Exact(u32),
    /// `n` and a half.
    Half(u32),
    /// "a few", "several", "years".
    Vague,
}

/// What a time expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spec {
    /// A date, or a time when `part` or `clock` is set. `day_named` is false
    /// for a bare clock time ("6 p.m."), which names no day itself.
    Date {
        base: Base,
        part: Option<DayPart>,
        clock: Option<(u32, u32)>,
        day_named: bool,
    },
    /// A length of time.
    Duration { unit: Unit, count: Count },
    /// A recurring time: every `n` units, or a calendar slot ("each July").
    Set(SetSpec),
    /// "now", "recently", "the future".
    Ref(RefKind),
}

/// A recurring time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SetSpec {
    Every { unit: Unit, n: u32 },
    Weekday(u32),
    Month(u32),
}

/// A match: token range `[start, end)` and what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Hit {
    pub start: usize,
    pub end: usize,
    pub spec: Spec,
}

/// The tokens of one text with their classes.
pub(super) struct Grammar<'a> {
    pub tokens: &'a [Token],
    /// The text of each token.
    pub words: &'a [&'a str],
    pub lex: &'a [Lex],
}

fn date(base: Base) -> Spec {
    Spec::Date {
        base,
        part: None,
        clock: None,
        day_named: true,
    }
}

fn cal(year: YearSpec, within: Within) -> Spec {
    date(Base::Cal { year, within })
}

impl<'a> Grammar<'a> {
    /// Every time expression, in order, none overlapping.
    pub(super) fn scan(&self) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.lex.len() {
            if !self.can_start(i) {
                i += 1;
                continue;
            }
            match self.best_at(i) {
                Some((end, spec)) if end > i => {
                    out.push(Hit {
                        start: i,
                        end,
                        spec,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// The longest expression starting at token `i`.
    fn best_at(&self, i: usize) -> Option<(usize, Spec)> {
        let candidates = [
            self.modified_date(i),
            self.duration(i),
            self.set(i),
            self.reference(i),
        ];
        candidates.into_iter().flatten().max_by_key(|&(end, _)| end)
    }

    /// Whether a time expression may start at token `i`: a cheap test that
    /// spares most tokens the rules.
    fn can_start(&self, i: usize) -> bool {
        match self.lex[i] {
            Lex::Other => {
                let w = self.word(i);
                w.len() <= 4
                    && ["no", "just", "only"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
            }
            Lex::Punct(c) => c == b'\'',
            Lex::Kw(Kw::The) => match self.at(i + 1) {
                Lex::Punct(c) => c == b'\'',
                Lex::Other => ["latest", "near", "full", "most"]
                    .iter()
                    .any(|w| self.is_word(i + 1, w)),
                _ => true,
            },
            Lex::Kw(Kw::A) => {
                matches!(
                    self.at(i + 1),
                    Lex::Unit { .. }
                        | Lex::Num(_)
                        | Lex::Kw(Kw::Couple | Kw::Few | Kw::Dozen | Kw::Number)
                ) || self.is_word(i + 1, "additional")
            }
            Lex::Kw(Kw::At) => self.kw(i + 1, Kw::Least),
            Lex::Kw(
                Kw::Of
                | Kw::In
                | Kw::On
                | Kw::Since
                | Kw::Until
                | Kw::By
                | Kw::For
                | Kw::During
                | Kw::From
                | Kw::To
                | Kw::And
                | Kw::Or
                | Kw::Than
                | Kw::Before
                | Kw::After
                | Kw::Ago
                | Kw::Within
                | Kw::Pm
                | Kw::Am
                | Kw::Zone
                | Kw::Eve
                | Kw::Least
                | Kw::Same
                | Kw::Middle
                | Kw::End
                | Kw::Beginning
                | Kw::Start
                | Kw::Once
                | Kw::Half
                | Kw::Weekend,
            ) => false,
            _ => true,
        }
    }

    // ---- token helpers -------------------------------------------------

    fn at(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    fn kw(&self, i: usize, k: Kw) -> bool {
        self.at(i) == Lex::Kw(k)
    }

    fn punct(&self, i: usize, c: u8) -> bool {
        self.at(i) == Lex::Punct(c)
    }

    /// Whether token `i` follows the one before it without a space.
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.word(i).starts_with(|c: char| c.is_ascii_uppercase())
    }

    /// Whether a glued hyphen joins tokens `i` and `i + 2`.
    fn hyphen(&self, i: usize) -> bool {
        self.punct(i, b'-') && self.glued(i) && self.glued(i + 1)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        match self.at(i) {
            Lex::Unit { unit, plural } => Some((unit, plural)),
            _ => None,
        }
    }

    /// An ordinal at `i`, including "second" and "twenty-first".
    fn ordinal(&self, i: usize) -> Option<(usize, u32)> {
        match self.at(i) {
            Lex::Ord(n) => Some((i + 1, n)),
            Lex::Unit {
                unit: Unit::Second,
                plural: false,
            } => Some((i + 1, 2)),
            Lex::Num(t) if (20..=90).contains(&t) && t % 10 == 0 => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                match self.at(j) {
                    Lex::Ord(u) if u < 10 => Some((j + 1, t + u)),
                    Lex::Unit {
                        unit: Unit::Second,
                        plural: false,
                    } => Some((j + 1, t + 2)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// A cardinal number in words or digits: "24", "twenty-four", "a hundred".
    fn cardinal(&self, i: usize) -> Option<(usize, u32)> {
        match self.at(i) {
            Lex::Digits { value, len } if len <= 6 => Some((i + 1, value)),
            Lex::Num(n) if n < 100 => {
                let mut j = i + 1;
                let mut v = n;
                if n >= 20 && n % 10 == 0 {
                    let k = if self.hyphen(j) { j + 1 } else { j };
                    if let Lex::Num(u) = self.at(k) {
                        if (1..10).contains(&u) {
                            v += u;
                            j = k + 1;
                        }
                    }
                }
                match self.at(j) {
                    Lex::Num(100) => Some((j + 1, v * 100)),
                    Lex::Num(1000) => Some((j + 1, v * 1000)),
                    _ => Some((j, v)),
                }
            }
            Lex::Kw(Kw::A) => match self.at(i + 1) {
                Lex::Num(s @ (100 | 1000)) => Some((i + 2, s)),
                _ => None,
            },
            _ => None,
        }
    }

    /// How many: a cardinal, "a", "a couple of", "a few", "several", with
    /// "and a half" or "1/2".
    fn count(&self, i: usize) -> Option<(usize, Count)> {
        let (j, c) = match self.at(i) {
            Lex::Kw(Kw::A) => match self.at(i + 1) {
                Lex::Kw(Kw::Couple) => {
                    let j = if self.kw(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                    (j, Count::Exact(2))
                }
                Lex::Kw(Kw::Few) => (i + 2, Count::Vague),
                Lex::Kw(Kw::Dozen) => (i + 2, Count::Exact(12)),
                Lex::Kw(Kw::Number) if self.kw(i + 2, Kw::Of) => (i + 3, Count::Vague),
                Lex::Num(100 | 1000) => {
                    let (j, n) = self.cardinal(i)?;
                    (j, Count::Exact(n))
                }
                _ => (i + 1, Count::Exact(1)),
            },
            Lex::Kw(Kw::Few | Kw::Several | Kw::Many) => (i + 1, Count::Vague),
            Lex::Kw(Kw::Couple) if self.kw(i + 1, Kw::Of) => (i + 2, Count::Exact(2)),
            Lex::Kw(Kw::Dozen) => (i + 1, Count::Exact(12)),
            _ => {
                let (j, n) = self.cardinal(i)?;
                // "2 1/2 years"
                if let (Lex::Digits { value: 1, .. }, true, Lex::Digits { value: 2, .. }) =
                    (self.at(j), self.punct(j + 1, b'/'), self.at(j + 2))
                {
                    if self.glued(j + 1) && self.glued(j + 2) {
                        return Some((j + 3, Count::Half(n)));
                    }
                }
                (j, Count::Exact(n))
            }
        };
        // "one and a half"
        if let Count::Exact(n) = c {
            if self.kw(j, Kw::And) && self.kw(j + 1, Kw::A) && self.kw(j + 2, Kw::Half) {
                return Some((j + 3, Count::Half(n)));
            }
        }
        Some((j, c))
    }

    // ---- months, days, years ---------------------------------------------

    /// A month name at `i`, with the full stop of an abbreviation. Returns
    /// the index past it, the month, and whether it may stand alone.
    fn month(&self, i: usize) -> Option<(usize, u32, bool)> {
        let Lex::Month { month, abbr } = self.at(i) else {
            return None;
        };
        let lower = self.word(i).starts_with(|c: char| c.is_ascii_lowercase());
        if lower && (abbr || matches!(month, 3 | 5)) {
            // "may", "march", "dec" in running text are not months.
            return None;
        }
        if abbr {
            if self.punct(i + 1, b'.') && self.glued(i + 1) {
                return Some((i + 2, month, false));
            }
            return Some((i + 1, month, false));
        }
        // "May" and "March" alone are often a verb or a name.
        let alone = !matches!(month, 3 | 5) || !lower;
        Some((i + 1, month, alone))
    }

    /// A day of the month: "2", "2nd", "second", "twenty-first".
    fn day_of_month(&self, i: usize) -> Option<(usize, u32)> {
        match self.at(i) {
            Lex::Digits { value, len } if len <= 2 && (1..=31).contains(&value) => {
                // Not a clock time ("2:30") or a decimal.
                if self.punct(i + 1, b':') && self.glued(i + 1) && self.glued(i + 2) {
                    return None;
                }
                Some((i + 1, value))
            }
            _ => self.ordinal(i).filter(|&(_, d)| (1..=31).contains(&d)),
        }
    }

    /// A year written out: "1989", "'89", "nineteen ninety-six", and with
    /// `two_digit` a bare "89".
    fn year(&self, i: usize, two_digit: bool) -> Option<(usize, YearSpec)> {
        match self.at(i) {
            Lex::Digits { value, len: 4 } if (1000..=2999).contains(&value) => {
                if self.punct(i + 1, b'%') || self.kw(i + 1, Kw::Zone) {
                    return None;
                }
                Some((i + 1, YearSpec::Abs(value as i32)))
            }
            // "30 DEC 89 --": a bare two-digit year only on the same line and
            // before punctuation ("ON 23 SEPTEMBER\n28 PEOPLE DIED" is a count).
            Lex::Digits { value, len: 2 }
                if two_digit
                    && !self.tokens[i].newline_before
                    && matches!(self.at(i + 1), Lex::Punct(_) | Lex::Kw(Kw::And | Kw::Or))
                    || two_digit && i + 1 == self.lex.len() =>
            {
                Some((i + 1, YearSpec::Two(value as i32)))
            }
            Lex::Punct(b'\'') => match self.at(i + 1) {
                Lex::Digits { value, len: 2 } if self.glued(i + 1) => {
                    Some((i + 2, YearSpec::Two(value as i32)))
                }
                _ => None,
            },
            Lex::Num(c @ (11..=20)) => {
                // "nineteen ninety-six", "nineteen eighty".
                let Lex::Num(t) = self.at(i + 1) else {
                    return None;
                };
                if !(10..=90).contains(&t) || t % 10 != 0 && t > 19 {
                    return None;
                }
                let mut j = i + 2;
                let mut v = t;
                if t >= 20 {
                    let k = if self.hyphen(j) { j + 1 } else { j };
                    if let Lex::Num(u) = self.at(k) {
                        if (1..10).contains(&u) {
                            v += u;
                            j = k + 1;
                        }
                    }
                }
                Some((j, YearSpec::Abs((c * 100 + v) as i32)))
            }
            Lex::Num(2) if self.at(i + 1) == Lex::Num(1000) => {
                // "two thousand", "two thousand and one"
                let mut j = i + 2;
                let mut v = 2000;
                let k = if self.kw(j, Kw::And) { j + 1 } else { j };
                if let Some((e, n)) = self.cardinal(k) {
                    if n < 100 && !matches!(self.at(k), Lex::Digits { .. }) {
                        v += n;
                        j = e;
                    }
                }
                Some((j, YearSpec::Abs(v as i32)))
            }
            _ => None,
        }
    }

    /// "this year" (0), "last year" (-1), "next year" (+1) at `i`.
    fn relative_year(&self, i: usize) -> Option<(usize, i32)> {
        let offset = match self.at(i) {
            Lex::Kw(Kw::This) => 0,
            Lex::Kw(Kw::Last) => -1,
            Lex::Kw(Kw::Next) => 1,
            _ => return None,
        };
        (self.unit(i + 1) == Some((Unit::Year, false))).then_some((i + 2, offset))
    }

    /// A year after a month or a season: "1989", "of 1989", "this year".
    fn year_after(&self, i: usize, two_digit: bool) -> Option<(usize, YearSpec)> {
        let j = if self.punct(i, b',') || self.kw(i, Kw::Of) {
            i + 1
        } else {
            i
        };
        if let Some(y) = self.year(j, two_digit) {
            // A following ":" or digit run means a clock or a count.
            if self.punct(y.0, b':') && self.glued(y.0) {
                return None;
            }
            return Some(y);
        }
        if j == i || self.kw(i, Kw::Of) {
            if let Some((e, off)) = self.relative_year(j) {
                return Some((e, YearSpec::Rel(off)));
            }
        }
        None
    }

    /// Whether "year" alone may be read at `i` (a four-digit number).
    fn bare_year_ok(&self, i: usize, value: u32) -> bool {
        if value < 1000 {
            return false;
        }
        if i > 0 {
            let prev = self.at(i - 1);
            let mid = i >= 2 && self.kw(i - 2, Kw::Mid);
            if matches!(prev, Lex::Punct(b'$' | b'#' | b'/' | b'.' | b':' | b'-'))
                && self.glued(i)
                && !mid
            {
                return false;
            }
            if self.is_word(i - 1, "no") || self.is_word(i - 1, "number") {
                return false;
            }
        }
        if self.punct(i + 1, b'-') && self.glued(i + 1) {
            // "1989-90" is a season; let it be a year only if a year follows.
            if !matches!(self.at(i + 2), Lex::Digits { len: 2 | 4, .. }) {
                return false;
            }
        }
        if matches!(self.at(i + 1), Lex::Punct(b'%' | b'/' | b':')) && self.glued(i + 1) {
            return false;
        }
        if matches!(
            self.at(i + 1),
            Lex::Unit { .. } | Lex::Kw(Kw::Pm | Kw::Am | Kw::Zone)
        ) {
            return false;
        }
        if (1900..=2099).contains(&value) {
            return true;
        }
        // Older years only after a word that calls for a year.
        i > 0
            && (matches!(
                self.at(i - 1),
                Lex::Kw(Kw::In | Kw::Since | Kw::Until | Kw::By | Kw::Of | Kw::From | Kw::Fiscal)
            ) || self.unit(i - 1) == Some((Unit::Year, false)))
    }

    /// Dates with a month: "Jan. 2, 2024", "2 January", "30 DEC 89",
    /// "December 1989", "June last year", "2024-01-02", "12/30/1989".
    fn calendar_date(&self, i: usize) -> Option<(usize, Spec)> {
        // ISO and numeric dates.
        if let Lex::Digits { value: a, len } = self.at(i) {
            if let Some(hit) = self.numeric_date(i, a, len) {
                return Some(hit);
            }
        }
        // Month first.
        if let Some((j, m, alone)) = self.month(i) {
            if let Some((k, d)) = self.day_of_month(j) {
                // "Jan. 2", "January 2nd", "Jan 2, 2024".
                let k2 = k;
                let abs = self
                    .year_after(k2, false)
                    .filter(|&(_, y)| matches!(y, YearSpec::Abs(_)));
                let two = self.month_is_wire(i) && !self.punct(k2, b',');
                if let Some((e, y)) = abs.or_else(|| {
                    two.then(|| self.year(k2, true))
                        .flatten()
                        .filter(|&(_, y)| matches!(y, YearSpec::Two(_)))
                }) {
                    if day_fits(y, m, d) {
                        return Some((e, cal(y, Within::Day(m, d))));
                    }
                }
                if day_fits(YearSpec::Infer, m, d) && !self.is_count_after(k) {
                    return Some((k, cal(YearSpec::Infer, Within::Day(m, d))));
                }
            }
            if let Some((e, y)) = self.year_after(j, self.month_is_wire(i)) {
                if !matches!(y, YearSpec::Two(_)) || self.month_is_wire(i) {
                    return Some((e, cal(y, Within::Month(m))));
                }
            }
            if alone && self.month_alone_ok(i) {
                return Some((j, cal(YearSpec::Infer, Within::Month(m))));
            }
            return None;
        }
        // Day first: "2 January", "2nd of January 2024", "30 DEC 89".
        let (j, d) = self.day_of_month(i)?;
        let j = if self.kw(j, Kw::Of) && matches!(self.at(i), Lex::Ord(_)) {
            j + 1
        } else {
            j
        };
        let (k, m, _) = self.month(j)?;
        let wire = self.month_is_wire(j);
        if let Some((e, y)) = self.year_after(k, wire) {
            if (!matches!(y, YearSpec::Two(_)) || wire)
                && !matches!(y, YearSpec::Rel(_))
                && day_fits(y, m, d)
            {
                return Some((e, cal(y, Within::Day(m, d))));
            }
        }
        day_fits(YearSpec::Infer, m, d).then(|| (k, cal(YearSpec::Infer, Within::Day(m, d))))
    }

    /// Whether the number before `k` is a count of something that follows
    /// ("Jan 2 people" cannot happen, but "March 5 soldiers" can).
    fn is_count_after(&self, k: usize) -> bool {
        matches!(self.at(k), Lex::Unit { .. } | Lex::Punct(b'%'))
    }

    /// An abbreviated or upper-case month ("DEC", "Dec."), as in wire
    /// datelines, after which a two-digit year may follow.
    fn month_is_wire(&self, i: usize) -> bool {
        matches!(self.at(i), Lex::Month { abbr: true, .. })
            || self.word(i).bytes().all(|b| b.is_ascii_uppercase())
    }

    /// Whether a month name alone at `i` is a month ("in May", "December").
    fn month_alone_ok(&self, i: usize) -> bool {
        let Lex::Month { month, .. } = self.at(i) else {
            return false;
        };
        if !matches!(month, 3 | 5) {
            return true;
        }
        // "May" and "March": only after a word that calls for a date.
        i > 0
            && matches!(
                self.at(i - 1),
                Lex::Kw(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Of
                        | Kw::During
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::From
                        | Kw::Before
                        | Kw::After
                ) | Lex::Punct(b'-')
            )
    }

    fn numeric_date(&self, i: usize, a: u32, len: u8) -> Option<(usize, Spec)> {
        let sep = match self.at(i + 1) {
            Lex::Punct(c @ (b'-' | b'/')) if self.glued(i + 1) => c,
            _ => return None,
        };
        let (Lex::Digits { value: b, len: lb }, true) = (self.at(i + 2), self.glued(i + 2)) else {
            return None;
        };
        if !(self.punct(i + 3, sep) && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
        }
        let Lex::Digits { value: c, len: lc } = self.at(i + 4) else {
            return None;
        };
        if lb > 2 {
            return None;
        }
        let (y, m, d) = if len == 4 && lc <= 2 {
            (YearSpec::Abs(a as i32), b, c)
        } else if len <= 2 && (lc == 4 || lc == 2) {
            let y = if lc == 4 {
                YearSpec::Abs(c as i32)
            } else {
                YearSpec::Two(c as i32)
            };
            // Month first (US) unless the first number cannot be a month.
            if a > 12 {
                (y, b, a)
            } else {
                (y, a, b)
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || !day_fits(y, m, d) {
            return None;
        }
        Some((i + 5, cal(y, Within::Day(m, d))))
    }

    /// A year, decade or century alone: "1989", "fiscal 1989", "the 1990s",
    /// "the '90s", "the 20th century", "the year two thousand".
    fn year_like(&self, i: usize) -> Option<(usize, Spec)> {
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        match self.at(j) {
            Lex::Digits { value, len: 4 } if self.bare_year_ok(j, value) => {
                // "1990's" after "the" is a decade.
                if self.is_word(j + 1, "'s") && the && value % 10 == 0 {
                    let spec = date(Base::Decade {
                        value: value as i32 / 10,
                        short: false,
                    });
                    return Some((j + 2, spec));
                }
                if the {
                    return None; // "the 1988 period" is read elsewhere
                }
                Some((j + 1, cal(YearSpec::Abs(value as i32), Within::Whole)))
            }
            Lex::Decade { value, short } => Some((j + 1, date(Base::Decade { value, short }))),
            Lex::Punct(b'\'') => match self.at(j + 1) {
                Lex::Decade { value, short: true } if self.glued(j + 1) => {
                    Some((j + 2, date(Base::Decade { value, short: true })))
                }
                _ => None,
            },
            Lex::Kw(Kw::Fiscal) if !the => {
                let (e, y) = self.year(j + 1, false)?;
                Some((e, cal(y, Within::Whole)))
            }
            Lex::Unit {
                unit: Unit::Year,
                plural: false,
            } if the => {
                // "the year two thousand", "the year 1990"
                let (e, y) = self.year(j + 1, false)?;
                Some((e, cal(y, Within::Whole)))
            }
            Lex::Num(_) if !the => {
                let (e, y) = self.year(j, false)?;
                (e > j + 1).then(|| (e, cal(y, Within::Whole)))
            }
            _ => {
                let (e, n) = self.ordinal(j)?;
                if self.unit(e) == Some((Unit::Century, false)) && (1..=30).contains(&n) {
                    return Some((e + 1, date(Base::Century(n as i32 - 1))));
                }
                None
            }
        }
    }

    /// Seasons: "this summer", "last fall", "the winter of 1994",
    /// "spring 2023".
    fn season(&self, i: usize) -> Option<(usize, Spec)> {
        let (j, det) = match self.at(i) {
            Lex::Kw(Kw::This) if self.kw(i + 1, Kw::Past) => (i + 2, Some(Kw::Past)),
            Lex::Kw(k @ (Kw::This | Kw::Last | Kw::Next | Kw::The | Kw::That | Kw::Past)) => {
                (i + 1, Some(k))
            }
            _ => (i, None),
        };
        // "the early summer", "the late fall"
        let j = if det == Some(Kw::The)
            && matches!(self.at(j), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid))
        {
            j + 1
        } else {
            j
        };
        let Lex::Season(s) = self.at(j) else {
            return None;
        };
        if let Some((e, y)) = self.year_after(j + 1, false) {
            if !matches!(y, YearSpec::Two(_)) && det != Some(Kw::Last) && det != Some(Kw::Next) {
                return Some((e, cal(y, Within::Season(s))));
            }
        }
        let within = Within::Season(s);
        let spec = match det {
            Some(Kw::This) => cal(YearSpec::Rel(0), within),
            Some(Kw::Last) => cal(YearSpec::Rel(-1), within),
            Some(Kw::Next) => cal(YearSpec::Rel(1), within),
            Some(Kw::Past) => date(Base::Nearest { within, dir: 0 }),
            Some(_) => cal(YearSpec::Infer, within),
            None => {
                // A bare season word needs a preposition before it ("in
                // spring"); "fall" alone is a verb.
                let ok = i > 0
                    && matches!(
                        self.at(i - 1),
                        Lex::Kw(Kw::In | Kw::During | Kw::By | Kw::Until | Kw::Since)
                    )
                    && s != 2;
                if !ok {
                    return None;
                }
                cal(YearSpec::Infer, within)
            }
        };
        Some((j + 1, spec))
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the
    /// fiscal first quarter of 1990", "next year's first quarter", "the
    /// first half", "the latest quarter", "the year-ago quarter".
    fn quarter(&self, i: usize) -> Option<(usize, Spec)> {
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        // A year before: "this year's", "1989's", "the 1988".
        let mut year = YearSpec::Infer;
        if let Some((e, off)) = self.relative_year(j) {
            if self.is_word(e, "'s") {
                year = YearSpec::Rel(off);
                j = e + 1;
            }
        } else if let Lex::Digits { value, len: 4 } = self.at(j) {
            if (1900..=2099).contains(&value) {
                let e = if self.is_word(j + 1, "'s") {
                    j + 2
                } else {
                    j + 1
                };
                if self.ordinal(e).is_some()
                    || self.kw(e, Kw::Fiscal)
                    || self.is_word(e, "period")
                    || self.unit(e) == Some((Unit::Quarter, false))
                {
                    year = YearSpec::Abs(value as i32);
                    j = e;
                }
            }
        }
        if self.kw(j, Kw::Fiscal) {
            j += 1;
            if self.hyphen(j) {
                j += 1;
            }
        }
        if let Some((e, n)) = self.ordinal(j) {
            let e2 = if self.hyphen(e) { e + 1 } else { e };
            let within = match self.at(e2) {
                Lex::Unit {
                    unit: Unit::Quarter,
                    plural: false,
                } if (1..=4).contains(&n) => Within::Quarter(n),
                Lex::Kw(Kw::Half) if (1..=2).contains(&n) => Within::Half(n),
                _ => return None,
            };
            let end = e2 + 1;
            if let Some((e3, y)) = self.year_after(end, false) {
                if (self.kw(end, Kw::Of) || matches!(y, YearSpec::Abs(_)))
                    && !matches!(y, YearSpec::Two(_))
                {
                    return Some((e3, cal(y, within)));
                }
            }
            return Some((end, cal(year, within)));
        }
        if !the {
            // "year-earlier", "year-ago" as an adjective.
            return self.year_ago_adjective(i);
        }
        // "the last half of 1989"
        if self.kw(j, Kw::Last) && self.kw(j + 1, Kw::Half) {
            let end = j + 2;
            if let Some((e3, y)) = self.year_after(end, false) {
                if self.kw(end, Kw::Of) {
                    return Some((e3, cal(y, Within::Half(2))));
                }
            }
        }
        // "the 1988 period", "the 1989 quarter"
        if year != YearSpec::Infer {
            if self.is_word(j, "period") || self.unit(j) == Some((Unit::Quarter, false)) {
                return Some((j + 1, date(Base::PeriodIn(year))));
            }
            return None;
        }
        // "the latest quarter", "the quarter", "the current quarter",
        // "the year-ago quarter", "the year-earlier third quarter".
        if let Some((e, spec)) = self.year_ago_adjective(j) {
            if self.unit(e) == Some((Unit::Quarter, false)) || self.is_word(e, "period") {
                return Some((e + 1, spec));
            }
            if let Some((e2, q @ 1..=4)) = self.ordinal(e) {
                if self.unit(e2) == Some((Unit::Quarter, false)) {
                    return Some((e2 + 1, cal(YearSpec::Rel(-1), Within::Quarter(q))));
                }
            }
            return None;
        }
        // "the latest period": the quarter reported on.
        if self.is_word(j, "latest") && self.is_word(j + 1, "period") {
            return Some((j + 2, date(Base::Anaphoric(Unit::Quarter))));
        }
        let k = if self.is_word(j, "latest")
            || self.is_word(j, "most") && self.kw(j + 1, Kw::Recent)
            || self.kw(j, Kw::Current)
            || self.is_word(j, "full")
        {
            if self.is_word(j, "most") {
                j + 2
            } else {
                j + 1
            }
        } else {
            j
        };
        let k = if self.kw(k, Kw::Fiscal) { k + 1 } else { k };
        if self.unit(k) == Some((Unit::Quarter, false)) {
            if self.kw(j, Kw::Current) {
                return Some((
                    k + 1,
                    date(Base::Deictic {
                        unit: Unit::Quarter,
                        offset: 0,
                    }),
                ));
            }
            return Some((k + 1, date(Base::Anaphoric(Unit::Quarter))));
        }
        match self.unit(k) {
            // "the year ended March 31" is a length of time.
            Some((Unit::Year, false))
                if self.is_word(k + 1, "ended") || self.is_word(k + 1, "ending") =>
            {
                let spec = Spec::Duration {
                    unit: Unit::Year,
                    count: Count::Exact(1),
                };
                Some((k + 1, spec))
            }
            Some((unit @ (Unit::Year | Unit::Month), false)) => {
                if self.kw(j, Kw::Current) {
                    return Some((k + 1, date(Base::Deictic { unit, offset: 0 })));
                }
                // "the year" after "before"/"after" ("the year before") is a
                // shift read elsewhere.
                if matches!(self.at(k + 1), Lex::Kw(Kw::Before | Kw::After)) {
                    return None;
                }
                Some((k + 1, date(Base::Anaphoric(unit))))
            }
            _ => None,
        }
    }

    /// "year-earlier", "year-ago", "month-earlier".
    fn year_ago_adjective(&self, i: usize) -> Option<(usize, Spec)> {
        let (unit, false) = self.unit(i)? else {
            return None;
        };
        if !matches!(unit, Unit::Year | Unit::Month | Unit::Quarter | Unit::Week) {
            return None;
        }
        if !self.hyphen(i + 1) || !matches!(self.at(i + 2), Lex::Kw(Kw::Earlier | Kw::Ago)) {
            return None;
        }
        Some((
            i + 3,
            date(Base::Shift {
                unit,
                n: Some(1),
                sign: -1,
                anaphoric: true,
            }),
        ))
    }

    /// Periods named relative to now: "this week", "last month", "next
    /// year", "the past year", "the last decade", "the coming year",
    /// "this weekend", "the weekend", "the following day", "that year".
    fn relative_period(&self, i: usize) -> Option<(usize, Spec)> {
        let mut j = i;
        let the = self.kw(j, Kw::The);
        if the {
            j += 1;
        }
        let k = self.at(j);
        // "the weekend", "this weekend", "last weekend", "next weekend"
        if let Lex::Kw(Kw::Weekend) = self.at(j + 1) {
            let mode = match k {
                Lex::Kw(Kw::This) if !the => Mode::This,
                Lex::Kw(Kw::Last | Kw::Past) => Mode::Last,
                Lex::Kw(Kw::Next | Kw::Coming) => Mode::Next,
                _ => return None,
            };
            return Some((j + 2, date(Base::Weekend { mode })));
        }
        if the && self.kw(j, Kw::Weekend) {
            return Some((j + 1, date(Base::Weekend { mode: Mode::Auto })));
        }
        let (unit, false) = self.unit(j + 1)? else {
            return None;
        };
        if unit == Unit::Fortnight {
            return None;
        }
        let deictic = |offset| Some((j + 2, date(Base::Deictic { unit, offset })));
        let anaphoric = |n, sign| {
            Some((
                j + 2,
                date(Base::Shift {
                    unit,
                    n: Some(n),
                    sign,
                    anaphoric: true,
                }),
            ))
        };
        let small = matches!(unit, Unit::Second | Unit::Minute | Unit::Hour);
        if small {
            return None;
        }
        match k {
            Lex::Kw(Kw::This) if !the => deictic(0),
            Lex::Kw(Kw::Current) => deictic(0),
            Lex::Kw(Kw::Last) if !the => deictic(-1),
            Lex::Kw(Kw::Last | Kw::Past) if the && !matches!(unit, Unit::Day | Unit::Century) => {
                deictic(-1)
            }
            Lex::Kw(Kw::Next) if !the && unit != Unit::Day => deictic(1),
            Lex::Kw(Kw::Coming) if the => deictic(1),
            Lex::Kw(Kw::Next | Kw::Following) if the => anaphoric(1, 1),
            Lex::Kw(Kw::Previous) if the => anaphoric(1, -1),
            Lex::Kw(Kw::Same) if the => anaphoric(0, 1),
            Lex::Kw(Kw::That) if !the => {
                if self.kw(j + 1, Kw::Same) {
                    return None;
                }
                anaphoric(0, 1)
            }
            _ => None,
        }
    }

    /// "that same day", "that same week".
    fn that_same(&self, i: usize) -> Option<(usize, Spec)> {
        if !(self.kw(i, Kw::That) && self.kw(i + 1, Kw::Same)) {
            return None;
        }
        let (unit, false) = self.unit(i + 2)? else {
            return None;
        };
        Some((
            i + 3,
            date(Base::Shift {
                unit,
                n: Some(0),
                sign: 1,
                anaphoric: true,
            }),
        ))
    }

    /// "two days ago", "a year earlier", "days later", "three weeks ago",
    /// "the day before".
    fn shift(&self, i: usize) -> Option<(usize, Spec)> {
        let (j, count) = self.count(i).unwrap_or((i, Count::Vague));
        let j = if j > i && self.kw(j, Kw::More) {
            j + 1
        } else {
            j
        };
        let (unit, plural) = self.unit(j)?;
        let (sign, anaphoric) = match self.at(j + 1) {
            Lex::Kw(Kw::Ago) => (-1, false),
            Lex::Kw(Kw::Earlier) => (-1, true),
            Lex::Kw(Kw::Later) => (1, true),
            Lex::Kw(Kw::Before | Kw::After) => {
                // Only when nothing follows: "two days before, ...".
                if !matches!(self.at(j + 2), Lex::Punct(b',' | b'.' | b';')) {
                    return None;
                }
                (if self.kw(j + 1, Kw::Before) { -1 } else { 1 }, true)
            }
            _ => return None,
        };
        if j == i && !plural {
            return None;
        }
        let n = match count {
            Count::Exact(n) => Some(n),
            _ => None,
        };
        let spec = if n.is_none() && !anaphoric {
            // "years ago", "a few weeks ago"
            Spec::Ref(RefKind::Past)
        } else {
            date(Base::Shift {
                unit,
                n,
                sign,
                anaphoric,
            })
        };
        Some((j + 2, spec))
    }

    /// Day words: "today", "yesterday", "tomorrow", "tonight", "last
    /// night", "this morning", "the day before yesterday".
    fn day_word(&self, i: usize) -> Option<(usize, Base, Option<DayPart>)> {
        let deictic = |offset| Base::Deictic {
            unit: Unit::Day,
            offset,
        };
        match self.at(i) {
            Lex::Kw(Kw::Today) => Some((i + 1, deictic(0), None)),
            Lex::Kw(Kw::Yesterday) => Some((i + 1, deictic(-1), None)),
            Lex::Kw(Kw::Tomorrow) => Some((i + 1, deictic(1), None)),
            Lex::Kw(Kw::Tonight) => Some((i + 1, deictic(0), Some(DayPart::Night))),
            Lex::Kw(Kw::This) => match self.at(i + 1) {
                Lex::Part(p) if !self.word(i + 1).ends_with('s') => {
                    Some((i + 2, deictic(0), Some(p)))
                }
                _ => None,
            },
            Lex::Kw(Kw::Last) => match self.at(i + 1) {
                Lex::Part(p @ (DayPart::Night | DayPart::Evening)) => {
                    Some((i + 2, deictic(-1), Some(p)))
                }
                _ => None,
            },
            Lex::Kw(Kw::The)
                if self.unit(i + 1) == Some((Unit::Day, false))
                    && matches!(self.at(i + 2), Lex::Kw(Kw::Before | Kw::After))
                    && matches!(self.at(i + 3), Lex::Kw(Kw::Yesterday | Kw::Tomorrow)) =>
            {
                let off = if self.kw(i + 3, Kw::Yesterday) { -2 } else { 2 };
                Some((i + 4, deictic(off), None))
            }
            _ => None,
        }
    }

    /// A weekday, possibly with "last", "next", "this": "Sunday", "last
    /// Sunday".
    fn weekday(&self, i: usize) -> Option<(usize, Base)> {
        let (j, mode) = match self.at(i) {
            Lex::Kw(Kw::Last | Kw::Past) => (i + 1, Mode::Last),
            Lex::Kw(Kw::Next | Kw::Coming) => (i + 1, Mode::Next),
            Lex::Kw(Kw::This) => (i + 1, Mode::This),
            _ => (i, Mode::Auto),
        };
        let Lex::Weekday(dow) = self.at(j) else {
            return None;
        };
        // "Sunday Times", "Friday prayers" stay dates; lower-case "sunday" in
        // mixed text too. Plurals ("Sundays") are not lexed as weekdays.
        Some((j + 1, Base::Weekday { dow, mode }))
    }

    /// A clock time: "6 p.m.", "7:15 p.m.", "14:30", "noon", "midnight".
    fn clock(&self, i: usize) -> Option<(usize, (u32, u32))> {
        let (mut j, mut h, mut m) = match self.at(i) {
            Lex::Kw(Kw::Noon) => return Some((i + 1, (12, 0))),
            Lex::Kw(Kw::Midnight) => return Some((i + 1, (24, 0))),
            Lex::Digits { value, len } if len <= 2 && value <= 24 => (i + 1, value, 0),
            Lex::Digits { value, len: 4 } => {
                // Military time: "2340 hours", "at 1930 GMT", "as of 0700",
                // "at 1830".
                let (h, m) = (value / 100, value % 100);
                let suffix =
                    self.unit(i + 1) == Some((Unit::Hour, true)) || self.kw(i + 1, Kw::Zone);
                let hours = suffix
                    || self.word(i).starts_with('0')
                    || (i > 0 && self.kw(i - 1, Kw::At) && !(1900..=2099).contains(&value));
                if hours && h < 24 && m < 60 {
                    let end = if suffix { i + 2 } else { i + 1 };
                    return Some((end, (h, m)));
                }
                return None;
            }
            _ => return None,
        };
        let mut colon = false;
        if self.punct(j, b':') && self.glued(j) && self.glued(j + 1) {
            if let Lex::Digits { value, len: 2 } = self.at(j + 1) {
                if value < 60 {
                    m = value;
                    j += 2;
                    colon = true;
                }
            }
        }
        match self.at(j) {
            Lex::Kw(Kw::Pm) if h <= 12 => {
                if h < 12 {
                    h += 12;
                }
                j += 1;
            }
            Lex::Kw(Kw::Am) if h <= 12 => {
                // "am" alone is a verb unless glued ("6am") or spelled "a.m.".
                if self.word(j).eq_ignore_ascii_case("am") && !self.glued(j) && !colon {
                    return None;
                }
                if h == 12 {
                    h = 0;
                }
                j += 1;
            }
            _ if colon && h < 24 => {}
            _ => return None,
        }
        if self.kw(j, Kw::Zone) {
            j += 1;
        }
        Some((j, (h, m)))
    }

    /// Holidays: "Christmas", "Christmas Eve", "New Year's Day",
    /// "Thanksgiving".
    fn holiday(&self, i: usize) -> Option<(usize, Within)> {
        match self.at(i) {
            Lex::Kw(Kw::Christmas) => {
                if self.kw(i + 1, Kw::Eve) {
                    Some((i + 2, Within::Day(12, 24)))
                } else if self.unit(i + 1) == Some((Unit::Day, false)) {
                    Some((i + 2, Within::Day(12, 25)))
                } else {
                    Some((i + 1, Within::Day(12, 25)))
                }
            }
            Lex::Kw(Kw::Thanksgiving) => {
                let e = if self.unit(i + 1) == Some((Unit::Day, false)) {
                    i + 2
                } else {
                    i + 1
                };
                Some((e, Within::Thanksgiving))
            }
            Lex::Kw(Kw::New)
                if self.capitalized(i)
                    && self.unit(i + 1) == Some((Unit::Year, false))
                    && self.is_word(i + 2, "'s") =>
            {
                if self.unit(i + 3) == Some((Unit::Day, false)) {
                    Some((i + 4, Within::Day(1, 1)))
                } else if self.kw(i + 3, Kw::Eve) {
                    Some((i + 4, Within::Day(12, 31)))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// A day-level expression with its parts: "Friday morning", "10 p.m.
    /// Wednesday", "Saturday, April 25", "yesterday", "this morning".
    fn day_expr(&self, i: usize) -> Option<(usize, Spec)> {
        // A clock time first: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
        if let Some((j, clk)) = self.clock(i) {
            let k = if self.punct(j, b',') { j + 1 } else { j };
            let day = self.day_core(k).or_else(|| {
                self.calendar_date(k).filter(|(_, s)| {
                    matches!(
                        s,
                        Spec::Date {
                            base: Base::Cal {
                                within: Within::Day(..),
                                ..
                            },
                            ..
                        }
                    )
                })
            });
            if let Some((e, Spec::Date { base, part, .. })) = day {
                if part.is_none() {
                    return Some((
                        e,
                        Spec::Date {
                            base,
                            part: None,
                            clock: Some(clk),
                            day_named: true,
                        },
                    ));
                }
            }
            return Some((
                j,
                Spec::Date {
                    base: Base::Deictic {
                        unit: Unit::Day,
                        offset: 0,
                    },
                    part: None,
                    clock: Some(clk),
                    day_named: false,
                },
            ));
        }
        self.day_core(i)
    }

    /// A day with an optional part of the day after it.
    fn day_core(&self, i: usize) -> Option<(usize, Spec)> {
        let (mut j, base, mut part) = if let Some((j, base, part)) = self.day_word(i) {
            (j, base, part)
        } else if let Some((j, base)) = self.weekday(i) {
            // "Saturday, April 25": the date says which Saturday.
            let k = if self.punct(j, b',') { j + 1 } else { j };
            if let Some((
                e,
                Spec::Date {
                    base:
                        b @ Base::Cal {
                            within: Within::Day(..),
                            ..
                        },
                    ..
                },
            )) = self.calendar_date(k)
            {
                return Some((e, date(b)));
            }
            (j, base, None)
        } else if let Some((j, within)) = self.holiday(i) {
            (
                j,
                Base::Cal {
                    year: YearSpec::Infer,
                    within,
                },
                None,
            )
        } else {
            return None;
        };
        if part.is_none() {
            if let Lex::Part(p) = self.at(j) {
                if !self.word(j).ends_with('s') {
                    part = Some(p);
                    j += 1;
                }
            }
        }
        Some((
            j,
            Spec::Date {
                base,
                part,
                clock: None,
                day_named: true,
            },
        ))
    }

    /// Any date, with a modifier before it: "early Tuesday", "late
    /// November", "earlier this month", "mid-1996", "the end of 1990",
    /// "sometime next year".
    fn modified_date(&self, i: usize) -> Option<(usize, Spec)> {
        let j = self.date_modifier(i);
        if j > i {
            if let Some((e, spec)) = self.plain_date(j) {
                return Some((e, spec));
            }
        }
        // "nearly four years ago", "just over a year ago"
        let j = self.approx(i);
        if j > i {
            if let Some(hit) = self.shift(j) {
                return Some(hit);
            }
        }
        self.plain_date(i)
    }

    /// The end of a modifier before a date, or `i` when there is none.
    fn date_modifier(&self, i: usize) -> usize {
        match self.at(i) {
            Lex::Kw(Kw::Early | Kw::Late | Kw::Earlier | Kw::Later | Kw::Sometime) => {
                let j = i + 1;
                // "late last year"; not "later years"
                if self.hyphen(j) {
                    j + 1
                } else {
                    j
                }
            }
            Lex::Kw(Kw::Mid) => {
                if self.hyphen(i + 1) {
                    i + 2
                } else {
                    i + 1
                }
            }
            Lex::Kw(Kw::The)
                if matches!(
                    self.at(i + 1),
                    Lex::Kw(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                ) && self.kw(i + 2, Kw::Of) =>
            {
                i + 3
            }
            _ => i,
        }
    }

    /// A date without a modifier.
    fn plain_date(&self, i: usize) -> Option<(usize, Spec)> {
        let candidates = [
            self.day_expr(i),
            self.calendar_date(i),
            self.year_like(i),
            self.season(i),
            self.quarter(i),
            self.relative_period(i),
            self.that_same(i),
            self.shift(i),
            self.nearest_month(i),
        ];
        candidates.into_iter().flatten().max_by_key(|&(end, _)| end)
    }

    /// "last April", "next June", "this May".
    fn nearest_month(&self, i: usize) -> Option<(usize, Spec)> {
        let dir = match self.at(i) {
            Lex::Kw(Kw::Last | Kw::Past) => -1,
            Lex::Kw(Kw::Next | Kw::Coming) => 1,
            Lex::Kw(Kw::This) => 0,
            _ => return None,
        };
        let (j, m, _) = self.month(i + 1)?;
        if self.day_of_month(j).is_some() {
            return None;
        }
        let within = Within::Month(m);
        if dir == 0 {
            return Some((j, cal(YearSpec::Rel(0), within)));
        }
        Some((j, date(Base::Nearest { within, dir })))
    }

    // ---- durations, sets, references ---------------------------------------

    /// The end of an approximating modifier ("about", "more than", "at
    /// least", "up to", "nearly"), or `i`.
    fn approx(&self, i: usize) -> usize {
        match self.at(i) {
            Lex::Kw(Kw::About | Kw::Around | Kw::Approximately | Kw::Nearly | Kw::Almost) => i + 1,
            Lex::Kw(Kw::Over | Kw::Under) => i + 1,
            Lex::Kw(Kw::More | Kw::Less) if self.kw(i + 1, Kw::Than) => i + 2,
            Lex::Kw(Kw::At) if matches!(self.at(i + 1), Lex::Kw(Kw::Least)) => i + 2,
            Lex::Kw(Kw::Up) if self.kw(i + 1, Kw::To) => i + 2,
            Lex::Other
                if self.is_word(i, "no")
                    && self.kw(i + 1, Kw::More)
                    && self.kw(i + 2, Kw::Than) =>
            {
                i + 3
            }
            Lex::Other if self.is_word(i, "just") || self.is_word(i, "only") => {
                let j = self.approx(i + 1);
                if j > i + 1 {
                    j
                } else {
                    i
                }
            }
            _ => i,
        }
    }

    /// Lengths of time: "three days", "the past two weeks", "more than four
    /// hours", "a two-year", "the first nine months", "several years",
    /// "2 1/2 years", "for years", "a minute and a half".
    fn duration(&self, i: usize) -> Option<(usize, Spec)> {
        let a = self.approx(i);
        if a > i && self.kw(a, Kw::The) {
            // "over the past two years": the preposition stays out.
            return None;
        }
        let mut j = a;
        let mut determined = false;
        if self.kw(j, Kw::The) {
            j += 1;
            if matches!(
                self.at(j),
                Lex::Kw(Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following)
            ) || self.ordinal(j).is_some_and(|(_, n)| n == 1)
            {
                j += 1;
                determined = true;
            }
        } else if matches!(self.at(j), Lex::Kw(Kw::Past | Kw::Last | Kw::Next))
            && self.count(j + 1).is_some()
            && !self.kw(j + 1, Kw::A)
        {
            // "past 20 years", not "last a year"
            j += 1;
        }
        let (k, count) = match self.count(j) {
            Some(c) => c,
            None => {
                // A bare plural: "for years", "recent years", "the past few
                // weeks", "coming months".
                let recent = self.kw(j, Kw::Recent);
                let k = if recent || self.kw(j, Kw::Coming) {
                    j + 1
                } else {
                    j
                };
                match self.unit(k) {
                    Some((_, true)) if recent => return Some((k + 1, Spec::Ref(RefKind::Past))),
                    Some((_, true)) if k > j || determined || self.bare_plural_ok(i) => {
                        (k, Count::Vague)
                    }
                    _ => return None,
                }
            }
        };
        // "20 more years", "an additional year"
        let k =
            if self.kw(k, Kw::More) || self.is_word(k, "additional") || self.is_word(k, "straight")
            {
                k + 1
            } else {
                k
            };
        // "two-year", "30-day"
        let (k, hyphenated) = if k > j && self.hyphen(k) {
            (k + 1, true)
        } else {
            (k, false)
        };
        let (unit, plural) = self.unit(k)?;
        // "the 1988 quarter" names a period, not a length.
        if !plural && !hyphenated && matches!(self.at(j), Lex::Digits { len: 4, .. }) {
            return None;
        }
        let mut end = k + 1;
        let mut count = count;
        if let Count::Exact(n) = count {
            if self.kw(end, Kw::And) && self.kw(end + 1, Kw::A) && self.kw(end + 2, Kw::Half) {
                count = Count::Half(n);
                end += 3;
            }
        }
        // "a 6-year-old", "52 years old": an age, not a length of time.
        let age = if hyphenated {
            self.hyphen(end) && self.is_word(end + 1, "old")
        } else {
            self.is_word(end, "old")
        };
        if age {
            return None;
        }
        // "a year-earlier loss" is a date; "three-quarters of", "a quarter
        // of" are fractions.
        if self.hyphen(end) && matches!(self.at(end + 1), Lex::Kw(Kw::Earlier | Kw::Ago)) {
            return None;
        }
        let small = matches!(count, Count::Exact(1..=3));
        if unit == Unit::Quarter && small && (hyphenated || self.kw(end, Kw::Of)) {
            return None;
        }
        Some((end, Spec::Duration { unit, count }))
    }

    /// Whether a bare plural unit at `i` is a length of time ("for years").
    fn bare_plural_ok(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.at(i - 1),
                Lex::Kw(Kw::For | Kw::In | Kw::Within | Kw::Over | Kw::Of)
            )
    }

    /// Recurring times: "daily", "every day", "each Thursday", "each July",
    /// "a year" after an amount.
    fn set(&self, i: usize) -> Option<(usize, Spec)> {
        let every = |unit, n| Some((i + 1, Spec::Set(SetSpec::Every { unit, n })));
        match self.at(i) {
            Lex::Kw(Kw::Daily) => every(Unit::Day, 1),
            Lex::Kw(Kw::Weekly) => every(Unit::Week, 1),
            Lex::Kw(Kw::Monthly) => every(Unit::Month, 1),
            Lex::Kw(Kw::Yearly) => every(Unit::Year, 1),
            Lex::Kw(Kw::Hourly) => every(Unit::Hour, 1),
            Lex::Kw(Kw::Nightly) => every(Unit::Day, 1),
            Lex::Kw(Kw::Every | Kw::Each) => {
                let j = i + 1;
                if let Lex::Weekday(d) = self.at(j) {
                    return Some((j + 1, Spec::Set(SetSpec::Weekday(d))));
                }
                if let Lex::Month { month, .. } = self.at(j) {
                    return Some((j + 1, Spec::Set(SetSpec::Month(month))));
                }
                let (k, n) = match self.count(j) {
                    Some((k, Count::Exact(n))) if !self.kw(j, Kw::A) => (k, n),
                    _ => (j, 1),
                };
                let (unit, _) = self.unit(k)?;
                Some((k + 1, Spec::Set(SetSpec::Every { unit, n })))
            }
            Lex::Kw(Kw::A | Kw::Per) => {
                let (unit, false) = self.unit(i + 1)? else {
                    return None;
                };
                // After an amount: "$5 a year", "twice a day", "10% a year".
                let prev_amount = i > 0
                    && (matches!(self.at(i - 1), Lex::Digits { .. } | Lex::Punct(b'%'))
                        || [
                            "twice", "once", "times", "percent", "thrice", "cents", "dollars",
                        ]
                        .iter()
                        .any(|w| self.is_word(i - 1, w))
                        || self.tokens[i - 1].kind == crate::text::TokenKind::Number);
                if !prev_amount
                    || matches!(self.at(i + 2), Lex::Kw(Kw::Ago | Kw::Earlier | Kw::Later))
                {
                    return None;
                }
                Some((i + 2, Spec::Set(SetSpec::Every { unit, n: 1 })))
            }
            _ => None,
        }
    }

    /// "now", "currently", "recently", "the past", "the future", "soon".
    fn reference(&self, i: usize) -> Option<(usize, Spec)> {
        let r = |e, k| Some((e, Spec::Ref(k)));
        match self.at(i) {
            Lex::Kw(Kw::Now | Kw::Currently) => r(i + 1, RefKind::Present),
            Lex::Kw(Kw::Current) => {
                // An adjective before a noun that is not itself a time unit.
                if self.unit(i + 1).is_some() || self.kw(i + 1, Kw::Fiscal) {
                    return None;
                }
                r(i + 1, RefKind::Present)
            }
            Lex::Kw(Kw::Recently) => r(i + 1, RefKind::Past),
            Lex::Kw(Kw::Recent) => {
                if self.unit(i + 1).is_some() {
                    return None;
                }
                r(i + 1, RefKind::Past)
            }
            Lex::Kw(Kw::The) => match self.at(i + 1) {
                Lex::Kw(Kw::Past)
                    if !matches!(
                        self.at(i + 2),
                        Lex::Unit { .. }
                            | Lex::Digits { .. }
                            | Lex::Num(_)
                            | Lex::Kw(Kw::Few | Kw::Several | Kw::Weekend)
                    ) && self.weekday(i + 1).is_none()
                        && self.season(i + 1).is_none() =>
                {
                    r(i + 2, RefKind::Past)
                }
                Lex::Kw(Kw::Future) => r(i + 2, RefKind::Future),
                Lex::Other if self.is_word(i + 1, "near") && self.kw(i + 2, Kw::Future) => {
                    r(i + 3, RefKind::Future)
                }
                _ => None,
            },
            _ => None,
        }
    }
}

/// Whether day `d` exists in month `m` (of any year when the year is not
/// known, so Feb 29 passes).
fn day_fits(y: YearSpec, m: u32, d: u32) -> bool {
    let year = match y {
        YearSpec::Abs(y) => y,
        _ => 2000,
    };
    (1..=12).contains(&m) && d >= 1 && d <= crate::date::days_in_month(year, m)
}
