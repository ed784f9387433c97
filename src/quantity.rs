//! Numbers and vague quantities, by the table of `sitrep.report/1`.
//!
//! A quantity is an optional modifier ("over", "nearly", "between ... and"),
//! a number (digits, number words, or a scale word such as "dozens"), and what
//! follows tells its unit: a percentage, money, an age, a year, a time of day
//! or a measure are not counts. Only counts are reported as quantity
//! mentions; the events module decides what a count counts.

use std::sync::OnceLock;

use crate::lexicon::{WordSet, Words};
use crate::span::ByteSpan;
use crate::text::{Lower, Token, TokenKind};

/// What a number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A count of people or things.
    Count,
    /// "12 percent", "5%".
    Percent,
    /// "$5 million", "70 million dollars".
    Money,
    /// "a 5-year-old", "aged 34".
    Age,
    /// "in 1989".
    Year,
    /// "6 p.m.", "8:20".
    Time,
    /// "10 km", "three days".
    Measure,
    /// A designation: "AK-47", "F-16", "T-72".
    Model,
}

/// A quantity found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuantityMatch {
    /// From the modifier to the last number word.
    pub span: ByteSpan,
    /// Token range `[first, last)`.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The least the text supports.
    pub low: Option<u64>,
    /// The most conservative figure.
    pub best: u64,
    /// The most the text supports.
    pub high: Option<u64>,
    /// Whether the number is given exactly.
    pub exact: bool,
    /// What it measures.
    pub unit: Unit,
}

struct Cursor<'a> {
    tokens: &'a [Token],
    /// The text of each token.
    words: &'a [&'a str],
}

impl<'a> Cursor<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.words.get(i).copied()
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|t| t.eq_ignore_ascii_case(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|t| ws.iter().any(|w| t.eq_ignore_ascii_case(w)))
    }

    fn in_words(&self, i: usize, words: &Words) -> bool {
        self.word(i).is_some_and(|t| words.contains(t))
    }

    /// Whether tokens `i..` spell the words of `phrase`.
    fn phrase(&self, i: usize, phrase: &[&str]) -> bool {
        phrase.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// Whether token `i` is glued to the one before it (no space).
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }
}

const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn unit_value(w: &str) -> Option<u64> {
    UNITS
        .iter()
        .position(|u| u.eq_ignore_ascii_case(w))
        .map(|v| v as u64)
}

fn tens_value(w: &str) -> Option<u64> {
    TENS.iter()
        .position(|u| !u.is_empty() && u.eq_ignore_ascii_case(w))
        .map(|v| v as u64 * 10)
}

fn scale_value(w: &str) -> Option<u64> {
    match Lower::new(w)?.as_str() {
        "hundred" => Some(100),
        "thousand" => Some(1_000),
        "million" | "mln" => Some(1_000_000),
        "billion" | "bln" => Some(1_000_000_000),
        _ => None,
    }
}

/// Parses digits such as "10,000" or "1.5" into a value scaled by 1000 (so
/// that "1.5 million" stays exact).
fn digits_milli(s: &str) -> Option<u64> {
    // The integer part and the separator to leave out of it, and the digits
    // after the stop.
    let (int, frac, separator) = match s.find('.') {
        // "1.500" with three digits after the stop is a thousands separator.
        Some(p) if s[p + 1..].len() == 3 && !s[p + 1..].contains('.') && !s.contains(',') => {
            (s, "", b'.')
        }
        Some(p) => (&s[..p], &s[p + 1..], b','),
        None => (s, "", b','),
    };
    if frac.contains('.') || frac.contains(',') {
        return None;
    }
    // The integer part without its separators, on the stack: more than 15
    // bytes is too long (this runs at every number; a `String` each was
    // ~4,600 allocations a MB).
    let mut buf = [0u8; 15];
    let mut n = 0;
    for &b in int.as_bytes().iter().filter(|&&b| b != separator) {
        *buf.get_mut(n)? = b;
        n += 1;
    }
    // Leaving out ASCII bytes keeps the text UTF-8.
    let int = std::str::from_utf8(&buf[..n]).ok()?;
    let mut v: u64 = int.parse::<u64>().ok()?.checked_mul(1000)?;
    let mut place = 100;
    for c in frac.chars().take(3) {
        v += c.to_digit(10)? as u64 * place;
        place /= 10;
    }
    Some(v)
}

/// A plain number at `i`: digits (with an optional scale word) or number
/// words. Returns the value, the index past it, and whether it was written in
/// digits.
fn number(c: &Cursor, i: usize) -> Option<(u64, usize)> {
    let t = c.tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let milli = digits_milli(c.words[i])?;
        let mut j = i + 1;
        let mut value = milli;
        if let Some(s) = c.word(j).and_then(scale_value) {
            if s >= 1000 {
                value = milli.checked_mul(s)?;
                j += 1;
            }
        }
        if value % 1000 != 0 {
            return None; // "1.5" on its own is not a count
        }
        return Some((value / 1000, j));
    }
    // Number words: "one hundred thirty-five", "a hundred", "two thousand".
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut j = i;
    let mut any = false;
    while let Some(w) = c.word(j) {
        if let Some(v) = unit_value(w) {
            if any && current % 100 != 0 && current % 10 == 0 && v < 10 && v > 0 {
                current += v; // "ninety nine"
            } else if any && current % 100 != 0 {
                break;
            } else {
                current += v;
            }
            any = true;
            j += 1;
        } else if let Some(v) = tens_value(w) {
            if any && current % 100 != 0 {
                break;
            }
            current += v;
            any = true;
            j += 1;
            // "thirty-five"
            if c.word(j) == Some("-") && c.glued(j) && c.glued(j + 1) {
                if let Some(u) = c.word(j + 1).and_then(unit_value) {
                    if (1..10).contains(&u) {
                        current += u;
                        j += 2;
                    }
                }
            }
        } else if let Some(s) = scale_value(w) {
            if !any {
                break;
            }
            if s == 100 {
                current = current.max(1) * 100;
            } else {
                total += current.max(1) * s;
                current = 0;
            }
            j += 1;
            // "hundred and twenty"
            if c.is(j, "and")
                && c.word(j + 1)
                    .is_some_and(|w| unit_value(w).is_some() || tens_value(w).is_some())
            {
                j += 1;
            }
        } else if w.eq_ignore_ascii_case("a") && !any {
            // "a hundred", "a thousand"
            if c.word(j + 1).and_then(scale_value).is_some() {
                current = 1;
                any = true;
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if !any || j == i {
        return None;
    }
    // A bare "a" is not a number.
    if j == i + 1 && c.is(i, "a") {
        return None;
    }
    Some((total + current, j))
}

/// Vague quantity words at `i` ("dozens", "a dozen", "scores", "several").
/// Returns (low, best, high, next).
fn vague(c: &Cursor, i: usize) -> Option<(Option<u64>, u64, Option<u64>, usize)> {
    let w = Lower::new(c.word(i)?)?;
    let one =
        |low: u64, best: u64, high: Option<u64>, n: usize| Some((Some(low), best, high, i + n));
    match w.as_str() {
        "dozens" => one(24, 24, None, 1),
        "scores" => one(40, 40, None, 1),
        "hundreds" => one(200, 200, None, 1),
        "thousands" => one(2000, 2000, None, 1),
        "tens" if c.phrase(i + 1, &["of", "thousands"]) => one(20_000, 20_000, None, 3),
        "several" => one(3, 3, Some(9), 1),
        "a" if c.is(i + 1, "dozen") => one(12, 12, Some(12), 2),
        "a" if c.is(i + 1, "few") => one(3, 3, None, 2),
        "a" if c.is(i + 1, "handful") => one(3, 3, None, 2),
        "a" if c.is(i + 1, "couple") => one(2, 2, Some(3), 2),
        "half" if c.phrase(i + 1, &["a", "dozen"]) => one(6, 6, Some(6), 3),
        "handful" => one(3, 3, None, 1),
        _ => None,
    }
}

/// A parsed number: (low, best, high, exact, index past it).
type Parsed = (Option<u64>, u64, Option<u64>, bool, usize);

/// The number at `i`, with "dozen" multiples.
fn core(c: &Cursor, i: usize) -> Option<Parsed> {
    if let Some((low, best, high, next)) = vague(c, i) {
        return Some((low, best, high, false, next));
    }
    let (v, next) = number(c, i)?;
    if c.is(next, "dozen") {
        let n = v * 12;
        return Some((Some(n), n, Some(n), false, next + 1));
    }
    Some((Some(v), v, Some(v), true, next))
}

/// Modifiers before a number, and how they bound it.
#[derive(Clone, Copy)]
enum Bound {
    /// "over 150": at least N.
    AtLeast,
    /// "nearly 160": at most N.
    AtMost,
    /// "about 40".
    About,
}

const MODIFIERS: &[(&[&str], Bound)] = &[
    (&["more", "than"], Bound::AtLeast),
    (&["over"], Bound::AtLeast),
    (&["at", "least"], Bound::AtLeast),
    (&["upwards", "of"], Bound::AtLeast),
    (&["upward", "of"], Bound::AtLeast),
    (&["in", "excess", "of"], Bound::AtLeast),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["a", "minimum", "of"], Bound::AtLeast),
    (&["nearly"], Bound::AtMost),
    (&["almost"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["fewer", "than"], Bound::AtMost),
    (&["less", "than"], Bound::AtMost),
    (&["under"], Bound::AtMost),
    (&["as", "many", "as"], Bound::AtMost),
    (&["at", "most"], Bound::AtMost),
    (&["a", "maximum", "of"], Bound::AtMost),
    (&["close", "to"], Bound::AtMost),
    (&["about"], Bound::About),
    (&["some"], Bound::About),
    (&["around"], Bound::About),
    (&["approximately"], Bound::About),
    (&["approx"], Bound::About),
    (&["roughly"], Bound::About),
    (&["an", "estimated"], Bound::About),
    (&["estimated"], Bound::About),
    (&["circa"], Bound::About),
    (&["an", "approximate"], Bound::About),
];

/// Parses the quantity that starts at token `i`, if any.
fn parse_at(c: &Cursor, i: usize) -> Option<QuantityMatch> {
    // "between 10 and 15"
    if c.is(i, "between") {
        let (lo, _, _, _, j) = core(c, i + 1)?;
        if c.is(j, "and") {
            if let Some((_, hi, _, _, k)) = core(c, j + 1) {
                // Written the wrong way round ("between 10 and 1"), it is
                // the same range: low never above high.
                let (lo, hi) = match lo {
                    Some(l) if l > hi => (Some(hi), l),
                    other => (other, hi),
                };
                return Some(make(c, i, k, lo, lo.unwrap_or(hi), Some(hi), false));
            }
        }
        return None;
    }
    // The word lower-cased once, so that each modifier is tried only when
    // its first word (lower-case ASCII, as they all are) is this word.
    let head = c.word(i).and_then(Lower::new);
    let head = head.as_ref().map_or("", Lower::as_str);
    let modifiers = if modifier_head(head) { MODIFIERS } else { &[] };
    for (words, bound) in modifiers {
        if words[0] == head && c.phrase(i, words) {
            let j = i + words.len() + c.is(i + words.len(), ".") as usize;
            if let Some((low, best, high, _, k)) = core(c, j) {
                let q = match bound {
                    Bound::AtLeast => make(c, i, k, low.or(Some(best)), best, None, false),
                    Bound::AtMost => make(c, i, k, None, best, high.or(Some(best)), false),
                    Bound::About => make(c, i, k, None, best, None, false),
                };
                // "over two dozen": more than 24, so at least 25.
                if matches!(bound, Bound::AtLeast) && c.is(k - 1, "dozen") {
                    return Some(QuantityMatch {
                        best: best + 1,
                        ..q
                    });
                }
                return Some(q);
            }
        }
    }
    let (low, best, high, exact, j) = core(c, i)?;
    // "10 to 15", "10-15", "two or three"
    let range_word =
        c.is(j, "to") || c.is(j, "or") || (c.word(j) == Some("-") && c.glued(j) && c.glued(j + 1));
    if exact && range_word {
        if let Some((_, hi, _, true, k)) = core(c, j + 1) {
            if hi > best && c.word(k) != Some("-") {
                return Some(make(c, i, k, Some(best), best, Some(hi), false));
            }
        }
    }
    Some(make(c, i, j, low, best, high, exact))
}

fn make(
    c: &Cursor,
    first: usize,
    last: usize,
    low: Option<u64>,
    best: u64,
    high: Option<u64>,
    exact: bool,
) -> QuantityMatch {
    QuantityMatch {
        span: ByteSpan::new(c.tokens[first].span.start, c.tokens[last - 1].span.end),
        first,
        last,
        low,
        best,
        high,
        exact,
        unit: Unit::Count,
    }
}

static MEASURES: Words = Words::new(&[
    "km",
    "kilometers",
    "kilometres",
    "kilometer",
    "kilometre",
    "miles",
    "mile",
    "meters",
    "metres",
    "meter",
    "metre",
    "m",
    "feet",
    "ft",
    "yards",
    "kg",
    "kilograms",
    "pounds",
    "lbs",
    "tons",
    "tonnes",
    "hours",
    "hour",
    "minutes",
    "minute",
    "seconds",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "decades",
    "centuries",
    "hectares",
    "acres",
    "mm",
    "cm",
    "caliber",
    "calibre",
    "degrees",
    "times",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "o'clock",
    "mph",
    "kph",
]);
static CURRENCIES: Words = Words::new(&[
    "dollars", "dollar", "euros", "euro", "pounds", "rubles", "roubles", "hryvnias", "yuan", "yen",
    "rupees", "shekels", "colones", "pesos", "usd", "eur",
]);
static YEAR_CUES: Words = Words::new(&[
    "in",
    "since",
    "of",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "during",
    "through",
    "year",
    "early",
    "late",
    "mid",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    ",",
    "the",
]);

/// Tells what the number measures from the words around it.
fn classify(c: &Cursor, q: &QuantityMatch) -> Unit {
    let next = q.last;
    let prev = q.first.wrapping_sub(1);
    if c.is_any(next, &["%", "percent", "pct"]) || c.phrase(next, &["per", "cent"]) {
        return Unit::Percent;
    }
    if c.is_any(prev, &["$", "€", "£", "¥", "₴", "₽", "us$"]) || c.in_words(next, &CURRENCIES)
    {
        return Unit::Money;
    }
    if c.word(next) == Some("-")
        && c.glued(next)
        && c.is_any(next + 1, &["year", "years", "month", "week", "day"])
    {
        return if c.phrase(next + 2, &["-", "old"]) {
            Unit::Age
        } else {
            Unit::Measure
        };
    }
    // "his 12- and 10-year-old sons": an age whose unit comes with the next.
    if c.word(next) == Some("-")
        && c.glued(next)
        && c.is_any(next + 1, &["and", "or", "to"])
        && c.tokens
            .get(next + 2)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && c.phrase(next + 3, &["-", "year", "-", "old"])
    {
        return Unit::Age;
    }
    // "AK-47", "F-16", "Su-25": a model's designation, glued to a short
    // word by a hyphen.
    if q.first >= 2
        && c.word(prev) == Some("-")
        && c.glued(prev)
        && c.glued(q.first)
        && c.tokens[q.first - 2].kind == TokenKind::Word
        && c.word(q.first - 2)
            .is_some_and(|w| w.len() <= 3 && w.chars().next().is_some_and(char::is_uppercase))
    {
        return Unit::Model;
    }
    // "'90", "’89": a year with its century cut off.
    if q.first > 0 && matches!(c.word(prev), Some("'" | "’")) && c.glued(q.first) {
        return Unit::Year;
    }
    // "aged 34", "between the ages of 21 and 58", "34 years old", "26 yr
    // old", "34 years of age".
    let ages_of = c.is(prev, "of") && c.is_any(prev.wrapping_sub(1), &["ages", "age"]);
    let yr_old = c.is_any(next, &["yr", "yrs"])
        && (c.is(next + 1, "old") || c.phrase(next + 1, &[".", "old"]));
    // "a boy younger than 12", "residents older than 60"
    let than_age = c.is(prev, "than") && c.is_any(prev.wrapping_sub(1), &["younger", "older"]);
    if c.is_any(prev, &["aged", "age", "ages"])
        || ages_of
        || than_age
        || c.phrase(next, &["years", "old"])
        || c.phrase(next, &["years", "of", "age"])
        || yr_old
    {
        return Unit::Age;
    }
    if c.word(next) == Some(":")
        && c.glued(next)
        && c.tokens
            .get(next + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return Unit::Time;
    }
    if c.in_words(next, &MEASURES) {
        return Unit::Measure;
    }
    // A bare four-digit number between 1800 and 2100 is a year unless a
    // plural noun follows ("2000 people").
    if q.exact && q.last == q.first + 1 {
        let w = c.word(q.first).unwrap_or("");
        if w.len() == 4 && (1800..=2100).contains(&q.best) {
            let noun_next = c.word(next).is_some_and(|n| {
                n.len() > 2
                    && n.chars().all(|ch| ch.is_lowercase())
                    && ![
                        "was", "were", "and", "when", "the", "that", "had", "has", "saw",
                    ]
                    .contains(&n)
            });
            if !noun_next || c.in_words(prev, &YEAR_CUES) {
                return Unit::Year;
            }
        }
    }
    Unit::Count
}

/// Builds the word sets now rather than on the first analysis.
pub(crate) fn prepare() {
    let _ = modifier_head("");
    let _ = may_start("");
}

/// Whether a lower-case word is the first word of a modifier ("more", "up",
/// "about"): most candidates are numbers, and this spares them a
/// comparison with every modifier.
fn modifier_head(word: &str) -> bool {
    static HEADS: OnceLock<WordSet> = OnceLock::new();
    HEADS
        .get_or_init(|| WordSet::new(MODIFIERS.iter().map(|(phrase, _)| phrase[0])))
        .contains(word)
}

/// Whether a word can begin a quantity: a number word or a word that
/// begins a modifier or a vague quantity.
fn may_start(word: &str) -> bool {
    // Built once: this runs at every word of the text.
    static STARTS: OnceLock<WordSet> = OnceLock::new();
    STARTS
        .get_or_init(|| {
            WordSet::new(
                UNITS
                    .iter()
                    .chain(TENS.iter().filter(|t| !t.is_empty()))
                    .chain(MODIFIERS.iter().map(|(phrase, _)| &phrase[0]))
                    .chain(&[
                        "a",
                        "between",
                        "dozens",
                        "scores",
                        "hundreds",
                        "thousands",
                        "tens",
                        "several",
                        "half",
                        "handful",
                    ])
                    .copied(),
            )
        })
        .contains(word)
}

/// Finds every quantity in the tokens, left to right, without overlaps.
pub fn find(tokens: &[Token], words: &[&str]) -> Vec<QuantityMatch> {
    let c = Cursor { tokens, words };
    let mut out: Vec<QuantityMatch> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Quick reject: a quantity starts with a digit, a number word, a
        // vague quantity or a modifier.
        let t = &tokens[i];
        if t.kind == TokenKind::Punct || (t.kind == TokenKind::Word && !may_start(words[i])) {
            i += 1;
            continue;
        }
        // "no one", "one another", "the one": pronouns, not counts.
        if c.is(i, "one")
            && (c.is_any(
                i.wrapping_sub(1),
                &["no", "the", "any", "every", "each", "this", "that"],
            ) || c.is(i + 1, "another"))
        {
            i += 1;
            continue;
        }
        // Phone numbers and codes: "252-972-1411".
        let is_num = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Number && t.span.start == tokens[k - 1].span.end
            })
        };
        if t.kind == TokenKind::Number
            && is_num(i + 2)
            && is_num(i + 4)
            && matches!(c.word(i + 3), Some("-" | "." | "/"))
        {
            i += 5;
            continue;
        }
        match parse_at(&c, i) {
            Some(mut q) => {
                q.unit = classify(&c, &q);
                // "ages 12 and 16", "aged 13, 17 and 19": the list shares its unit.
                if let Some(prev) = out.last() {
                    let joined =
                        prev.last + 1 == q.first && c.is_any(prev.last, &["and", ",", "or"]);
                    if joined && prev.unit == Unit::Age && q.unit == Unit::Count {
                        q.unit = Unit::Age;
                    }
                }
                i = q.last;
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{token_texts, tokenize};

    #[test]
    fn digits_with_separators_and_fractions() {
        assert_eq!(digits_milli("10,000"), Some(10_000_000));
        assert_eq!(digits_milli("1.500"), Some(1_500_000));
        assert_eq!(digits_milli("1.5"), Some(1_500));
        assert_eq!(digits_milli("2,500.25"), Some(2_500_250));
        assert_eq!(digits_milli("1.2.3"), None);
        assert_eq!(
            digits_milli("999,999,999,999,999"),
            Some(999_999_999_999_999_000)
        );
        assert_eq!(digits_milli("1,000,000,000,000,000"), None);
    }

    fn one(text: &str) -> (String, Option<u64>, u64, Option<u64>, bool) {
        let tokens = tokenize(text);
        let qs = find(&tokens, &token_texts(text, &tokens));
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        let q = qs[0];
        (
            q.span.slice(text).to_string(),
            q.low,
            q.best,
            q.high,
            q.exact,
        )
    }

    #[test]
    fn the_contract_table() {
        type Case = (
            &'static str,
            &'static str,
            Option<u64>,
            u64,
            Option<u64>,
            bool,
        );
        let cases: &[Case] = &[
            ("killing five people", "five", Some(5), 5, Some(5), true),
            ("130 injured", "130", Some(130), 130, Some(130), true),
            ("about 40 were hurt", "about 40", None, 40, None, false),
            ("some 40 people", "some 40", None, 40, None, false),
            ("around 40 dead", "around 40", None, 40, None, false),
            (
                "more than 100 others",
                "more than 100",
                Some(100),
                100,
                None,
                false,
            ),
            ("over 150 injuries", "over 150", Some(150), 150, None, false),
            ("at least 7 dead", "at least 7", Some(7), 7, None, false),
            (
                "upwards of 20 killed",
                "upwards of 20",
                Some(20),
                20,
                None,
                false,
            ),
            (
                "nearly 160 missiles",
                "nearly 160",
                None,
                160,
                Some(160),
                false,
            ),
            ("almost 30 drones", "almost 30", None, 30, Some(30), false),
            ("up to 12 people", "up to 12", None, 12, Some(12), false),
            (
                "fewer than 10 people",
                "fewer than 10",
                None,
                10,
                Some(10),
                false,
            ),
            (
                "between 10 and 15 people",
                "between 10 and 15",
                Some(10),
                10,
                Some(15),
                false,
            ),
            // The wrong way round, the same range (found by fuzzing).
            (
                "between 15 and 10 people",
                "between 15 and 10",
                Some(10),
                10,
                Some(15),
                false,
            ),
            ("10 to 15 people", "10 to 15", Some(10), 10, Some(15), false),
            ("a dozen soldiers", "a dozen", Some(12), 12, Some(12), false),
            ("dozens of deaths", "dozens", Some(24), 24, None, false),
            (
                "over two dozen people",
                "over two dozen",
                Some(24),
                25,
                None,
                false,
            ),
            ("scores of people", "scores", Some(40), 40, None, false),
            ("hundreds of homes", "hundreds", Some(200), 200, None, false),
            ("several people", "several", Some(3), 3, Some(9), false),
            ("a few people", "a few", Some(3), 3, None, false),
            ("a handful of people", "a handful", Some(3), 3, None, false),
        ];
        for &(text, span, low, best, high, exact) in cases {
            assert_eq!(
                one(text),
                (span.to_string(), low, best, high, exact),
                "{text}"
            );
        }
    }

    #[test]
    fn number_words_and_digits() {
        assert_eq!(one("one hundred thirty-five people").2, 135);
        assert_eq!(one("a hundred people").2, 100);
        assert_eq!(one("10,000 troops").2, 10_000);
        assert_eq!(one("1.5 million people").2, 1_500_000);
        assert_eq!(one("twenty five soldiers").2, 25);
        assert_eq!(one("THREE SUBVERSIVES WERE KILLED").2, 3);
        assert_eq!(one("two thousand five hundred people").2, 2500);
    }

    #[test]
    fn units_that_are_not_counts() {
        let units = |text: &str| -> Vec<Unit> {
            let tokens = tokenize(text);
            find(&tokens, &token_texts(text, &tokens))
                .iter()
                .map(|q| q.unit)
                .collect()
        };
        assert_eq!(units("a 5-year-old girl"), [Unit::Age]);
        assert_eq!(units("fell 12 percent"), [Unit::Percent]);
        assert_eq!(units("fell 12%"), [Unit::Percent]);
        assert_eq!(units("cost $5 million"), [Unit::Money]);
        assert_eq!(units("seventy million dollars"), [Unit::Money]);
        assert_eq!(units("since 1989"), [Unit::Year]);
        assert_eq!(units("2000 people fled"), [Unit::Count]);
        assert_eq!(units("at 8:20"), [Unit::Time, Unit::Count]);
        assert_eq!(units("10 km away"), [Unit::Measure]);
        assert_eq!(units("aged 34"), [Unit::Age]);
        assert_eq!(units("ages 12 and 16"), [Unit::Age, Unit::Age]);
        assert_eq!(
            units("five men between the ages of 21 and 58 were shot"),
            [Unit::Count, Unit::Age, Unit::Age]
        );
        assert_eq!(units("a 26 yr old man"), [Unit::Age]);
        assert_eq!(units("a 26 yr. old man"), [Unit::Age]);
        assert_eq!(units("he is 26 years of age"), [Unit::Age]);
        assert_eq!(units("a boy younger than 12 was shot"), [Unit::Age]);
        assert_eq!(
            units("killed his 12- and 10-year-old sons"),
            [Unit::Age, Unit::Age]
        );
        assert_eq!(units("more than 12 were shot"), [Unit::Count]);
        assert_eq!(units("fired an AK-47 at police"), [Unit::Model]);
        assert_eq!(units("two F-16 jets"), [Unit::Count, Unit::Model]);
        assert_eq!(units("a 2-1 vote"), [Unit::Count, Unit::Count]);
        assert_eq!(units("a man of 26 died"), [Unit::Count]);
        assert_eq!(
            units("ages 13, 17 and 19"),
            [Unit::Age, Unit::Age, Unit::Age]
        );
    }

    #[test]
    fn pronouns_and_phone_numbers_are_skipped() {
        let tokens = |text: &str| {
            let tokens = tokenize(text);
            find(&tokens, &token_texts(text, &tokens)).len()
        };
        assert_eq!(tokens("no one was hurt"), 0);
        assert_eq!(tokens("call 252-972-1411 now"), 0);
        assert_eq!(tokens("a soldier"), 0);
    }
}
