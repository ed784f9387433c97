//! What each token can mean in a time expression.
//!
//! Every token is classified once, by its text without regard to ASCII case (no
//! allocation), into a [`Lex`]; the grammar then looks only at these classes.
//! Most tokens are [`Lex::Other`] and cost nothing more.

use std::sync::OnceLock;

use crate::lexicon::WordMap;
use crate::text::{Lower, Token, TokenKind};

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// A part of the day, with its TimeML code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub(super) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// Words with a fixed role in time expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kw {
    The,
    A,
    This,
    That,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Ago,
    Earlier,
    Later,
    Before,
    After,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Current,
    Recently,
    Recent,
    Future,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    Of,
    In,
    On,
    At,
    Since,
    Until,
    By,
    For,
    During,
    From,
    To,
    And,
    Or,
    Every,
    Each,
    Per,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Hourly,
    Nightly,
    Several,
    Few,
    Some,
    Many,
    Couple,
    Dozen,
    Number,
    More,
    Than,
    Less,
    Least,
    Nearly,
    Almost,
    About,
    Around,
    Approximately,
    Over,
    Under,
    Up,
    Within,
    Half,
    Noon,
    Midnight,
    Overnight,
    Weekend,
    Fiscal,
    Same,
    Pm,
    Am,
    Zone,
    Christmas,
    Thanksgiving,
    New,
    Eve,
    Sometime,
    Once,
}

/// The class of one token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lex {
    /// Anything else.
    Other,
    /// A month name or abbreviation, 1 to 12; `abbr` for "Jan", "SEPT".
    Month { month: u32, abbr: bool },
    /// A weekday, 0 = Monday.
    Weekday(u32),
    /// A unit word; `plural` for "days".
    Unit { unit: Unit, plural: bool },
    /// A cardinal number word: "one" ... "ninety", "hundred", "thousand".
    Num(u32),
    /// An ordinal: "first", "3rd", "twentieth" ("second" is a unit).
    Ord(u32),
    /// A run of digits: its value and how many digits.
    Digits { value: u32, len: u8 },
    /// A decade: "1990s" gives 199; "90s" and "nineties" give 9 with `short`.
    Decade { value: i32, short: bool },
    /// spring 0, summer 1, fall 2, winter 3.
    Season(u8),
    /// "morning", "night" ...
    Part(DayPart),
    /// A keyword.
    Kw(Kw),
    /// One ASCII punctuation character.
    Punct(u8),
}

/// Classifies every token, given the text of each.
pub(super) fn classify(tokens: &[Token], words: &[&str]) -> Vec<Lex> {
    tokens
        .iter()
        .zip(words)
        .map(|(t, w)| lex(w, t.kind))
        .collect()
}

fn lex(word: &str, kind: TokenKind) -> Lex {
    match kind {
        TokenKind::Punct => {
            let b = word.as_bytes();
            if b.len() == 1 {
                Lex::Punct(b[0])
            } else {
                match word {
                    "’" | "‘" => Lex::Punct(b'\''),
                    "–" | "—" => Lex::Punct(b'-'),
                    _ => Lex::Other,
                }
            }
        }
        TokenKind::Number => {
            let b = word.as_bytes();
            if b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
                Lex::Digits {
                    value: word.parse().unwrap_or(0),
                    len: b.len() as u8,
                }
            } else {
                Lex::Other
            }
        }
        TokenKind::Word => {
            // No word of the grammar is longer than 16 letters.
            if word.len() > 16 {
                return Lex::Other;
            }
            if word.as_bytes()[0].is_ascii_digit() {
                return Lower::new(word).map_or(Lex::Other, |w| numeric_word(w.as_str()));
            }
            // Keywords are lower-case ASCII: the map ignores ASCII case, so
            // the word needs no lower-cased copy (a word with other
            // characters matches none).
            word_lex(word)
        }
    }
}

/// "1990s", "90s", "5th", "21st".
fn numeric_word(w: &str) -> Lex {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let (num, rest) = w.split_at(digits);
    let Ok(value) = num.parse::<u32>() else {
        return Lex::Other;
    };
    match (rest, digits) {
        ("s", 4) if value % 10 == 0 => Lex::Decade {
            value: value as i32 / 10,
            short: false,
        },
        ("s", 2) if value % 10 == 0 => Lex::Decade {
            value: value as i32 / 10,
            short: true,
        },
        ("st", _) | ("nd", _) | ("rd", _) | ("th", _) if (1..=100).contains(&value) => {
            Lex::Ord(value)
        }
        _ => Lex::Other,
    }
}

type Keywords = WordMap<Lex>;

/// Every keyword with its class, built on first use.
fn keywords() -> &'static Keywords {
    static TABLE: OnceLock<Keywords> = OnceLock::new();
    TABLE.get_or_init(|| {
        WordMap::new(
            table()
                .into_iter()
                .flat_map(|(words, lex)| words.iter().map(move |&w| (w, lex))),
        )
    })
}

/// Builds the keyword table now rather than on the first analysis.
pub(super) fn prepare() {
    let _ = keywords();
}

fn word_lex(w: &str) -> Lex {
    keywords().get(w).unwrap_or(Lex::Other)
}

/// The keyword table: words and what they are.
fn table() -> Vec<(&'static [&'static str], Lex)> {
    use Kw::*;
    let unit = |unit, plural| Lex::Unit { unit, plural };
    let month = |month| Lex::Month { month, abbr: false };
    let abbr = |month| Lex::Month { month, abbr: true };
    vec![
        (&["january"], month(1)),
        (&["february"], month(2)),
        (&["march"], month(3)),
        (&["april"], month(4)),
        (&["may"], month(5)),
        (&["june"], month(6)),
        (&["july"], month(7)),
        (&["august"], month(8)),
        (&["september"], month(9)),
        (&["october"], month(10)),
        (&["november"], month(11)),
        (&["december"], month(12)),
        (&["jan"], abbr(1)),
        (&["feb"], abbr(2)),
        (&["mar"], abbr(3)),
        (&["apr"], abbr(4)),
        (&["jun"], abbr(6)),
        (&["jul"], abbr(7)),
        (&["aug"], abbr(8)),
        (&["sep", "sept"], abbr(9)),
        (&["oct"], abbr(10)),
        (&["nov"], abbr(11)),
        (&["dec"], abbr(12)),
        (&["monday"], Lex::Weekday(0)),
        (&["tuesday"], Lex::Weekday(1)),
        (&["wednesday"], Lex::Weekday(2)),
        (&["thursday"], Lex::Weekday(3)),
        (&["friday"], Lex::Weekday(4)),
        (&["saturday"], Lex::Weekday(5)),
        (&["sunday"], Lex::Weekday(6)),
        (&["second"], unit(Unit::Second, false)),
        (&["seconds"], unit(Unit::Second, true)),
        (&["minute"], unit(Unit::Minute, false)),
        (&["minutes"], unit(Unit::Minute, true)),
        (&["hour", "hr"], unit(Unit::Hour, false)),
        (&["hours", "hrs"], unit(Unit::Hour, true)),
        (&["day"], unit(Unit::Day, false)),
        (&["days"], unit(Unit::Day, true)),
        (&["week"], unit(Unit::Week, false)),
        (&["weeks"], unit(Unit::Week, true)),
        (&["fortnight"], unit(Unit::Fortnight, false)),
        (&["fortnights"], unit(Unit::Fortnight, true)),
        (&["month"], unit(Unit::Month, false)),
        (&["months"], unit(Unit::Month, true)),
        (&["quarter"], unit(Unit::Quarter, false)),
        (&["quarters"], unit(Unit::Quarter, true)),
        (&["year", "yr"], unit(Unit::Year, false)),
        (&["years", "yrs"], unit(Unit::Year, true)),
        (&["decade"], unit(Unit::Decade, false)),
        (&["decades"], unit(Unit::Decade, true)),
        (&["century"], unit(Unit::Century, false)),
        (&["centuries"], unit(Unit::Century, true)),
        (&["millennium"], unit(Unit::Millennium, false)),
        (&["millennia", "millenniums"], unit(Unit::Millennium, true)),
        (&["spring"], Lex::Season(0)),
        (&["summer"], Lex::Season(1)),
        (&["fall", "autumn"], Lex::Season(2)),
        (&["winter"], Lex::Season(3)),
        (&["morning", "mornings"], Lex::Part(DayPart::Morning)),
        (&["afternoon", "afternoons"], Lex::Part(DayPart::Afternoon)),
        (&["evening", "evenings"], Lex::Part(DayPart::Evening)),
        (&["night", "nights"], Lex::Part(DayPart::Night)),
        (&["zero"], Lex::Num(0)),
        (&["one"], Lex::Num(1)),
        (&["two"], Lex::Num(2)),
        (&["three"], Lex::Num(3)),
        (&["four"], Lex::Num(4)),
        (&["five"], Lex::Num(5)),
        (&["six"], Lex::Num(6)),
        (&["seven"], Lex::Num(7)),
        (&["eight"], Lex::Num(8)),
        (&["nine"], Lex::Num(9)),
        (&["ten"], Lex::Num(10)),
        (&["eleven"], Lex::Num(11)),
        (&["twelve"], Lex::Num(12)),
        (&["thirteen"], Lex::Num(13)),
        (&["fourteen"], Lex::Num(14)),
        (&["fifteen"], Lex::Num(15)),
        (&["sixteen"], Lex::Num(16)),
        (&["seventeen"], Lex::Num(17)),
        (&["eighteen"], Lex::Num(18)),
        (&["nineteen"], Lex::Num(19)),
        (&["twenty"], Lex::Num(20)),
        (&["thirty"], Lex::Num(30)),
        (&["forty"], Lex::Num(40)),
        (&["fifty"], Lex::Num(50)),
        (&["sixty"], Lex::Num(60)),
        (&["seventy"], Lex::Num(70)),
        (&["eighty"], Lex::Num(80)),
        (&["ninety"], Lex::Num(90)),
        (&["hundred"], Lex::Num(100)),
        (&["thousand"], Lex::Num(1000)),
        (&["first"], Lex::Ord(1)),
        (&["third"], Lex::Ord(3)),
        (&["fourth"], Lex::Ord(4)),
        (&["fifth"], Lex::Ord(5)),
        (&["sixth"], Lex::Ord(6)),
        (&["seventh"], Lex::Ord(7)),
        (&["eighth"], Lex::Ord(8)),
        (&["ninth"], Lex::Ord(9)),
        (&["tenth"], Lex::Ord(10)),
        (&["eleventh"], Lex::Ord(11)),
        (&["twelfth"], Lex::Ord(12)),
        (&["thirteenth"], Lex::Ord(13)),
        (&["fourteenth"], Lex::Ord(14)),
        (&["fifteenth"], Lex::Ord(15)),
        (&["sixteenth"], Lex::Ord(16)),
        (&["seventeenth"], Lex::Ord(17)),
        (&["eighteenth"], Lex::Ord(18)),
        (&["nineteenth"], Lex::Ord(19)),
        (&["twentieth"], Lex::Ord(20)),
        (&["thirtieth"], Lex::Ord(30)),
        (
            &["twenties"],
            Lex::Decade {
                value: 2,
                short: true,
            },
        ),
        (
            &["thirties"],
            Lex::Decade {
                value: 3,
                short: true,
            },
        ),
        (
            &["forties"],
            Lex::Decade {
                value: 4,
                short: true,
            },
        ),
        (
            &["fifties"],
            Lex::Decade {
                value: 5,
                short: true,
            },
        ),
        (
            &["sixties"],
            Lex::Decade {
                value: 6,
                short: true,
            },
        ),
        (
            &["seventies"],
            Lex::Decade {
                value: 7,
                short: true,
            },
        ),
        (
            &["eighties"],
            Lex::Decade {
                value: 8,
                short: true,
            },
        ),
        (
            &["nineties"],
            Lex::Decade {
                value: 9,
                short: true,
            },
        ),
        (&["the"], Lex::Kw(The)),
        (&["a", "an"], Lex::Kw(A)),
        (&["this"], Lex::Kw(This)),
        (&["that"], Lex::Kw(That)),
        (&["last"], Lex::Kw(Last)),
        (&["next"], Lex::Kw(Next)),
        (&["past"], Lex::Kw(Past)),
        (&["coming", "upcoming"], Lex::Kw(Coming)),
        (&["previous", "prior"], Lex::Kw(Previous)),
        (&["following", "subsequent"], Lex::Kw(Following)),
        (&["ago"], Lex::Kw(Ago)),
        (&["earlier"], Lex::Kw(Earlier)),
        (&["later"], Lex::Kw(Later)),
        (&["before"], Lex::Kw(Before)),
        (&["after"], Lex::Kw(After)),
        (&["today"], Lex::Kw(Today)),
        (&["yesterday"], Lex::Kw(Yesterday)),
        (&["tomorrow"], Lex::Kw(Tomorrow)),
        (&["tonight"], Lex::Kw(Tonight)),
        (&["now", "nowadays"], Lex::Kw(Now)),
        (&["currently", "presently"], Lex::Kw(Currently)),
        (&["current"], Lex::Kw(Current)),
        (&["recently", "lately"], Lex::Kw(Recently)),
        (&["recent"], Lex::Kw(Recent)),
        (&["future"], Lex::Kw(Future)),
        (&["early"], Lex::Kw(Early)),
        (&["late"], Lex::Kw(Late)),
        (&["mid"], Lex::Kw(Mid)),
        (&["middle"], Lex::Kw(Middle)),
        (&["end"], Lex::Kw(End)),
        (&["beginning"], Lex::Kw(Beginning)),
        (&["start"], Lex::Kw(Start)),
        (&["of"], Lex::Kw(Of)),
        (&["in"], Lex::Kw(In)),
        (&["on"], Lex::Kw(On)),
        (&["at"], Lex::Kw(At)),
        (&["since"], Lex::Kw(Since)),
        (&["until", "till"], Lex::Kw(Until)),
        (&["by"], Lex::Kw(By)),
        (&["for"], Lex::Kw(For)),
        (&["during"], Lex::Kw(During)),
        (&["from"], Lex::Kw(From)),
        (&["to"], Lex::Kw(To)),
        (&["and"], Lex::Kw(And)),
        (&["or"], Lex::Kw(Or)),
        (&["every"], Lex::Kw(Every)),
        (&["each"], Lex::Kw(Each)),
        (&["per"], Lex::Kw(Per)),
        (&["daily"], Lex::Kw(Daily)),
        (&["weekly"], Lex::Kw(Weekly)),
        (&["monthly"], Lex::Kw(Monthly)),
        (&["yearly", "annually"], Lex::Kw(Yearly)),
        (&["hourly"], Lex::Kw(Hourly)),
        (&["nightly"], Lex::Kw(Nightly)),
        (&["several"], Lex::Kw(Several)),
        (&["few"], Lex::Kw(Few)),
        (&["some"], Lex::Kw(Some)),
        (&["many", "numerous"], Lex::Kw(Many)),
        (&["couple"], Lex::Kw(Couple)),
        (&["dozen"], Lex::Kw(Dozen)),
        (&["number"], Lex::Kw(Number)),
        (&["more"], Lex::Kw(More)),
        (&["than"], Lex::Kw(Than)),
        (&["less", "fewer"], Lex::Kw(Less)),
        (&["least"], Lex::Kw(Least)),
        (&["nearly"], Lex::Kw(Nearly)),
        (&["almost"], Lex::Kw(Almost)),
        (&["about"], Lex::Kw(About)),
        (&["around"], Lex::Kw(Around)),
        (&["approximately", "roughly"], Lex::Kw(Approximately)),
        (&["over"], Lex::Kw(Over)),
        (&["under"], Lex::Kw(Under)),
        (&["up"], Lex::Kw(Up)),
        (&["within"], Lex::Kw(Within)),
        (&["half"], Lex::Kw(Half)),
        (&["noon", "midday"], Lex::Kw(Noon)),
        (&["midnight"], Lex::Kw(Midnight)),
        (&["overnight"], Lex::Kw(Overnight)),
        (&["weekend", "weekends"], Lex::Kw(Weekend)),
        (&["fiscal"], Lex::Kw(Fiscal)),
        (&["same"], Lex::Kw(Same)),
        (&["p.m.", "pm", "p.m"], Lex::Kw(Pm)),
        (&["a.m.", "am", "a.m"], Lex::Kw(Am)),
        (
            &[
                "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
                "cest", "eet", "eest", "msk",
            ],
            Lex::Kw(Zone),
        ),
        (&["christmas"], Lex::Kw(Christmas)),
        (&["thanksgiving"], Lex::Kw(Thanksgiving)),
        (&["new"], Lex::Kw(New)),
        (&["eve"], Lex::Kw(Eve)),
        (&["sometime"], Lex::Kw(Sometime)),
        (&["once"], Lex::Kw(Once)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{token_texts, tokenize};

    #[test]
    fn classifies_dates_words_and_numbers() {
        let text = "SEPT. 30, 1989: the 1990s, 21st, p.m.";
        let tokens = tokenize(text);
        let lexes = classify(&tokens, &token_texts(text, &tokens));
        assert_eq!(
            lexes[0],
            Lex::Month {
                month: 9,
                abbr: true
            }
        );
        assert_eq!(lexes[1], Lex::Punct(b'.'));
        assert_eq!(lexes[2], Lex::Digits { value: 30, len: 2 });
        assert_eq!(
            lexes[4],
            Lex::Digits {
                value: 1989,
                len: 4
            }
        );
        assert_eq!(lexes[6], Lex::Kw(Kw::The));
        assert_eq!(
            lexes[7],
            Lex::Decade {
                value: 199,
                short: false
            }
        );
        assert_eq!(lexes[9], Lex::Ord(21));
        assert_eq!(lexes[11], Lex::Kw(Kw::Pm));
    }
}
