//! The document's own date, from its opening lines.
//!
//! Wire copy and web pages put the date near the top: a dateline ("SAN
//! SALVADOR, 3 JAN 90 --", "KYIV, Jan 2 (Reuters) -"), a "Published:" line,
//! or a full date under the headline. The detector reads the first lines with
//! the time grammar and takes, in this order: a full date on a "Published",
//! "Updated", "Posted" or "Date" line, with a clock time after it (a
//! timestamp), or in a dateline position (near the start of a line, followed
//! by a dash or a parenthesis, or alone on its line); else the first full
//! date that opens a line. A date inside a sentence of the story ("charged
//! on Dec. 2, 2015") is the story's, not the document's. A dateline without a year ("Jan 2") takes the
//! year written elsewhere in the opening lines, or, given today's date, the
//! latest year that does not put it in the future.

use super::grammar::{Base, Grammar, Spec, Within, YearSpec};
use super::lex::{self, Kw, Lex};
use super::resolve::two_digit_year;
use crate::date::CivilDate;
use crate::text;

/// How many non-empty lines count as the opening.
const OPENING_LINES: usize = 6;
/// At most this many bytes of the opening are read.
const OPENING_BYTES: usize = 800;

/// The date a text carries in its opening lines.
pub(crate) fn detect(text: &str) -> Option<CivilDate> {
    detect_in(text, None)
}

/// Like [`detect`], and a dateline without a year is placed in the latest
/// year that does not put it after `today`.
pub(crate) fn detect_before(text: &str, today: CivilDate) -> Option<CivilDate> {
    detect_in(text, Some(today))
}

/// The opening lines of `text`.
fn opening(text: &str) -> &str {
    let mut lines = 0;
    let mut end = text.len();
    for (i, line) in text.split_inclusive('\n').scan(0, |pos, l| {
        let start = *pos;
        *pos += l.len();
        Some((start, l))
    }) {
        if !line.trim().is_empty() {
            lines += 1;
        }
        if lines > OPENING_LINES {
            end = i;
            break;
        }
    }
    let mut end = end.min(OPENING_BYTES).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn detect_in(text: &str, today: Option<CivilDate>) -> Option<CivilDate> {
    let head = opening(text);
    let tokens = text::tokenize(head);
    let words = text::token_texts(head, &tokens);
    let lexes = lex::classify(&tokens, &words);
    let grammar = Grammar {
        tokens: &tokens,
        words: &words,
        lex: &lexes,
    };
    let hits = grammar.scan();
    let mut first_full = None;
    let mut yearless: Option<(u32, u32)> = None;
    let mut any_year = None;
    for hit in &hits {
        let Spec::Date {
            base: Base::Cal { year, within },
            ..
        } = hit.spec
        else {
            continue;
        };
        let marked = is_marked(head, &tokens, &lexes, hit.start, hit.end);
        match (year, within) {
            (YearSpec::Abs(_) | YearSpec::Two(_), Within::Day(m, d)) => {
                let y = match year {
                    YearSpec::Abs(y) => y,
                    YearSpec::Two(yy) => two_digit_year(yy, today),
                    _ => continue,
                };
                let Some(date) = CivilDate::new(y, m, d) else {
                    continue;
                };
                if marked {
                    return Some(date);
                }
                if opens_line(&tokens, &lexes, hit.start) {
                    first_full.get_or_insert(date);
                }
            }
            (YearSpec::Infer, Within::Day(m, d)) if marked => {
                yearless.get_or_insert((m, d));
            }
            (YearSpec::Abs(y), _) => {
                any_year.get_or_insert(y);
            }
            _ => {}
        }
    }
    if let Some(d) = first_full {
        return Some(d);
    }
    let (m, d) = yearless?;
    match today {
        Some(t) => [t.year, t.year - 1]
            .into_iter()
            .filter_map(|y| CivilDate::new(y, m, d))
            .find(|c| *c <= t),
        None => CivilDate::new(any_year?, m, d),
    }
}

/// Whether the date at token `start` opens its line, perhaps after a
/// weekday ("Monday, December 15, 2014 AUBURN, Alabama --").
fn opens_line(tokens: &[text::Token], lexes: &[Lex], start: usize) -> bool {
    let line_start = (0..=start)
        .rev()
        .find(|&k| k == 0 || tokens[k].newline_before)
        .unwrap_or(0);
    (line_start..start).all(|k| matches!(lexes[k], Lex::Weekday(_) | Lex::Punct(b',')))
}

/// Whether the date at tokens `[start, end)` stands where a document's own
/// date stands: after "Published", "Updated", "Posted" or "Date" on its
/// line, or early on its line and followed by a dash or a parenthesis.
fn is_marked(head: &str, tokens: &[text::Token], lexes: &[Lex], start: usize, end: usize) -> bool {
    let line_start = (0..=start)
        .rev()
        .find(|&k| k == 0 || tokens[k].newline_before)
        .unwrap_or(0);
    let label = (line_start..start).any(|k| {
        let w = tokens[k].text(head);
        [
            "published",
            "updated",
            "posted",
            "date",
            "dateline",
            "filed",
            "modified",
            "created",
        ]
        .iter()
        .any(|l| w.eq_ignore_ascii_case(l))
    });
    if label {
        return true;
    }
    let early = start - line_start <= 12;
    let next = tokens.get(end).map(|t| t.text(head)).unwrap_or("");
    let closes = matches!(
        lexes.get(end),
        Some(Lex::Punct(b'-' | b'(' | b'[' | b')' | b':' | b'|'))
    ) || matches!(next, "—" | "–");
    let opens = start > 0 && matches!(lexes[start - 1], Lex::Punct(b'(' | b'|'));
    // A timestamp: "June 20, 2016 at 5:09PM", "May 11, 2013 1:28 PM".
    let k = if lexes.get(end) == Some(&Lex::Kw(Kw::At)) {
        end + 1
    } else {
        end
    };
    let stamped = matches!(lexes.get(k), Some(Lex::Digits { len: 1 | 2, .. }))
        && lexes.get(k + 1) == Some(&Lex::Punct(b':'));
    if stamped || opens {
        return true;
    }
    let at_end_of_line = tokens.get(end).is_none_or(|t| t.newline_before);
    early && (closes || at_end_of_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn wire_datelines() {
        let t = "SAN SALVADOR, 3 JAN 90 -- [TEXT] GUERRILLAS ATTACKED A POST ON 1 JANUARY.";
        assert_eq!(detect(t), Some(day("1990-01-03")));
        let t = "BOGOTA, 28 AUG 89 (EFE) -- [TEXT] THE PRESIDENT SAID TODAY THAT ...";
        assert_eq!(detect(t), Some(day("1989-08-28")));
    }

    #[test]
    fn published_lines_and_dates_under_the_headline() {
        let t =
            "Drone strike hits depot\nPublished: 2024-01-02\n\nA drone hit a fuel depot on Sunday.";
        assert_eq!(detect(t), Some(day("2024-01-02")));
        let t = "Drone strike hits depot\nJanuary 2, 2024\n\nA drone hit a fuel depot on Sunday.";
        assert_eq!(detect(t), Some(day("2024-01-02")));
    }

    #[test]
    fn bylines_with_a_timestamp_and_sentences_of_the_story() {
        let t = "Teen charged in shooting\n\nBy Staff in News | June 20, 2016 at 5:09PM\n\nFAIRMONT -- A teen was charged.";
        assert_eq!(detect(t), Some(day("2016-06-20")));
        let t = "INDIANAPOLIS, Ind. (Jan. 2, 2016) — Police are investigating a shooting.";
        assert_eq!(detect(t), Some(day("2016-01-02")));
        // A date inside the story's first sentence is the story's own.
        let t = "Suspect arrested\n\nPolice arrested a man on Friday for a shooting on Dec. 2, 2015 in the city.";
        assert_eq!(detect(t), None);
    }

    #[test]
    fn a_yearless_dateline_needs_a_year_from_somewhere() {
        let t = "KYIV, Jan 2 (Reuters) - Russia launched drones overnight, officials said.";
        assert_eq!(detect(t), None);
        assert_eq!(detect_before(t, day("2024-01-05")), Some(day("2024-01-02")));
        // Early January, a dateline from the end of December is last year's.
        let t = "KYIV, Dec 30 (Reuters) - Russia launched drones overnight.";
        assert_eq!(detect_before(t, day("2024-01-05")), Some(day("2023-12-30")));
        let t = "KYIV, Jan 2 (Reuters) - Russia launched drones in its 2024 campaign.";
        assert_eq!(detect(t), Some(day("2024-01-02")));
    }

    #[test]
    fn no_date_no_guess() {
        assert_eq!(
            detect("MOSCOW, NO DATE (DOMESTIC SERVICE) -- [TEXT] ON 11 NOVEMBER ..."),
            None
        );
        assert_eq!(detect("Police said a man was shot on Friday."), None);
    }
}
