//! Placing time expressions on the calendar.
//!
//! A [`Resolver`] walks the expressions of one text in order. Deictic ones
//! ("yesterday", "last week") are placed from the reference date; anaphoric
//! ones ("days later", "a year earlier", "the quarter") from the date
//! mentioned last; a month or weekday without a year or week is placed by the
//! tense of its sentence for weekdays, in the past by default (news reports
//! what happened), and to the nearest year for months and days.

use super::grammar::{Base, Count, Mode, RefKind, SetSpec, Spec, Within, YearSpec};
use super::lex::Unit;
use crate::date::{days_in_month, shift_month, CivilDate};

/// A stretch of the calendar, at the granularity the text gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Day(CivilDate),
    /// ISO week-year and week.
    Week(i32, u32),
    /// The Saturday and Sunday of an ISO week.
    Weekend(i32, u32),
    Month(i32, u32),
    Quarter(i32, u32),
    Half(i32, u32),
    /// spring 0, summer 1, fall 2, winter 3.
    Season(i32, u8),
    Year(i32),
    /// The decade's first three digits: 199 for the 1990s.
    Decade(i32),
    /// The century's first two digits: 19 for the 20th century.
    Century(i32),
}

/// The granularity of a contract date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Precision {
    Day,
    Week,
    Month,
    Year,
}

impl Precision {
    /// The contract's name.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

impl Period {
    /// The TimeML value: "1998-01-08", "1998-W02", "1989-Q3", "199".
    pub(crate) fn timeml(self) -> String {
        match self {
            Period::Day(d) => d.to_string(),
            Period::Week(y, w) => format!("{y:04}-W{w:02}"),
            Period::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Period::Month(y, m) => format!("{y:04}-{m:02}"),
            Period::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Period::Half(y, h) => format!("{y:04}-H{h}"),
            Period::Season(y, s) => format!("{y:04}-{}", SEASONS[s as usize]),
            Period::Year(y) => format!("{y:04}"),
            Period::Decade(d) => format!("{d:03}"),
            Period::Century(c) => format!("{c:02}"),
        }
    }

    /// The contract's value and precision. A week is given by its Monday;
    /// quarters, halves and seasons by their year; decades and centuries
    /// have no contract form.
    pub(crate) fn contract(self) -> Option<(String, Precision)> {
        let year = |y: i32| {
            (1000..=9999)
                .contains(&y)
                .then(|| (format!("{y:04}"), Precision::Year))
        };
        match self {
            Period::Day(d) => Some((d.to_string(), Precision::Day)),
            Period::Week(y, w) | Period::Weekend(y, w) => {
                Some((CivilDate::from_iso_week(y, w).to_string(), Precision::Week))
            }
            Period::Month(y, m) => Some((format!("{y:04}-{m:02}"), Precision::Month)),
            Period::Quarter(y, _) | Period::Half(y, _) | Period::Season(y, _) | Period::Year(y) => {
                year(y)
            }
            Period::Decade(_) | Period::Century(_) => None,
        }
    }

    /// The first and last day.
    pub(crate) fn days(self) -> (CivilDate, CivilDate) {
        let ymd = |y, m, d| CivilDate {
            year: y,
            month: m,
            day: d,
        };
        let months = |y: i32, m1: u32, m2: u32| (ymd(y, m1, 1), ymd(y, m2, days_in_month(y, m2)));
        match self {
            Period::Day(d) => (d, d),
            Period::Week(y, w) => {
                let m = CivilDate::from_iso_week(y, w);
                (m, m.add_days(6))
            }
            Period::Weekend(y, w) => {
                let m = CivilDate::from_iso_week(y, w);
                (m.add_days(5), m.add_days(6))
            }
            Period::Month(y, m) => months(y, m, m),
            Period::Quarter(y, q) => months(y, q * 3 - 2, q * 3),
            Period::Half(y, h) => months(y, h * 6 - 5, h * 6),
            Period::Season(y, s) => match s {
                0 => months(y, 3, 5),
                1 => months(y, 6, 8),
                2 => months(y, 9, 11),
                _ => (ymd(y, 12, 1), {
                    let (ny, nm) = (y + 1, 2);
                    ymd(ny, nm, days_in_month(ny, nm))
                }),
            },
            Period::Year(y) => months(y, 1, 12),
            Period::Decade(d) => (ymd(d * 10, 1, 1), ymd(d * 10 + 9, 12, 31)),
            Period::Century(c) => (ymd(c * 100, 1, 1), ymd(c * 100 + 99, 12, 31)),
        }
    }

    /// This period moved by `n` units, keeping its own granularity where
    /// the unit allows (a quarter a year earlier is a quarter). `None`
    /// when the unit is finer than the period ("two days after March").
    fn shift(self, unit: Unit, n: i64) -> Option<Period> {
        let months = match unit {
            Unit::Month => n,
            Unit::Quarter => 3 * n,
            Unit::Year => 12 * n,
            Unit::Decade => 120 * n,
            Unit::Century => 1200 * n,
            Unit::Millennium => 12000 * n,
            _ => 0,
        };
        let days = match unit {
            Unit::Day => n,
            Unit::Week => 7 * n,
            Unit::Fortnight => 14 * n,
            _ => 0,
        };
        match self {
            Period::Day(d) => Some(match unit {
                Unit::Second | Unit::Minute | Unit::Hour => {
                    let per_day = match unit {
                        Unit::Hour => 24,
                        Unit::Minute => 1440,
                        _ => 86_400,
                    };
                    Period::Day(d.add_days(n.div_euclid(per_day)))
                }
                Unit::Day => Period::Day(d.add_days(n)),
                Unit::Week | Unit::Fortnight => {
                    let (y, w) = d.add_days(days).iso_week();
                    Period::Week(y, w)
                }
                Unit::Month => {
                    let (y, m) = shift_month(d.year, d.month, n);
                    Period::Month(y, m)
                }
                Unit::Quarter => {
                    let (y, m) = shift_month(d.year, d.month, months);
                    Period::Quarter(y, (m - 1) / 3 + 1)
                }
                _ => Period::Year(shift_month(d.year, d.month, months).0),
            }),
            Period::Week(y, w) | Period::Weekend(y, w) if days != 0 || months != 0 => {
                let monday = CivilDate::from_iso_week(y, w);
                if months != 0 {
                    return Period::Day(monday).shift(unit, n);
                }
                let (y, w) = monday.add_days(days).iso_week();
                Some(if matches!(self, Period::Week(..)) {
                    Period::Week(y, w)
                } else {
                    Period::Weekend(y, w)
                })
            }
            Period::Month(y, m) if months != 0 => {
                let (y, m) = shift_month(y, m, months);
                Some(Period::Month(y, m))
            }
            Period::Quarter(y, q) if months % 3 == 0 && months != 0 => {
                let (y, m) = shift_month(y, q * 3, months);
                Some(Period::Quarter(y, (m - 1) / 3 + 1))
            }
            Period::Half(y, h) if months % 6 == 0 && months != 0 => {
                let (y, m) = shift_month(y, h * 6, months);
                Some(Period::Half(y, (m - 1) / 6 + 1))
            }
            Period::Season(y, s) if months % 12 == 0 && months != 0 => {
                Some(Period::Season(y + (months / 12) as i32, s))
            }
            Period::Year(y) if months % 12 == 0 && months != 0 => {
                Some(Period::Year(y + (months / 12) as i32))
            }
            Period::Decade(d) if months % 120 == 0 && months != 0 => {
                Some(Period::Decade(d + (months / 120) as i32))
            }
            _ if n == 0 => Some(self),
            _ => None,
        }
    }
}

/// The tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// TimeML's four types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    /// The TimeML name.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// One expression placed on the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub kind: TimexType,
    /// The TimeML value, if it could be given.
    pub timeml: Option<String>,
    /// The calendar period, for dates that could be placed.
    pub period: Option<Period>,
    /// Whether it needs the reference date or an earlier date.
    pub relative: bool,
    /// Whether it is a date for the report (names a day or a longer period;
    /// not a bare clock time, a duration, a set or "now").
    pub reported: bool,
}

/// Places the expressions of one text, in order.
pub(crate) struct Resolver {
    reference: Option<CivilDate>,
    /// The last date placed, for anaphora.
    last: Option<Period>,
}

impl Resolver {
    pub(crate) fn new(reference: Option<CivilDate>) -> Resolver {
        Resolver {
            reference,
            last: None,
        }
    }

    /// Places one expression. `tense` is asked only when needed.
    pub(crate) fn resolve(&mut self, spec: &Spec, tense: impl FnOnce() -> Tense) -> Resolved {
        match *spec {
            Spec::Duration { unit, count } => Resolved {
                kind: TimexType::Duration,
                timeml: Some(duration_value(unit, count)),
                period: None,
                relative: false,
                reported: false,
            },
            Spec::Set(set) => Resolved {
                kind: TimexType::Set,
                timeml: Some(set_value(set)),
                period: None,
                relative: false,
                reported: false,
            },
            Spec::Ref(r) => Resolved {
                kind: TimexType::Date,
                timeml: Some(
                    match r {
                        RefKind::Past => "PAST_REF",
                        RefKind::Present => "PRESENT_REF",
                        RefKind::Future => "FUTURE_REF",
                    }
                    .to_string(),
                ),
                period: None,
                relative: true,
                reported: false,
            },
            Spec::Date {
                base,
                part,
                clock,
                day_named,
            } => {
                let (period, relative) = self.place(base, tense);
                let comparison =
                    matches!(base, Base::Shift { unit, sign, .. } if is_comparison(unit, sign));
                if let Some(p) = period {
                    if day_named
                        && !comparison
                        && !matches!(p, Period::Decade(_) | Period::Century(_))
                    {
                        self.last = Some(p);
                    }
                }
                let timed = part.is_some() || clock.is_some();
                let timeml = period.map(|p| match (p, part, clock) {
                    (Period::Day(d), _, Some((h, m))) => format!("{d}T{h:02}:{m:02}"),
                    (Period::Day(d), Some(part), None) => format!("{d}T{}", part.code()),
                    _ => p.timeml(),
                });
                Resolved {
                    kind: if timed {
                        TimexType::Time
                    } else {
                        TimexType::Date
                    },
                    timeml,
                    period,
                    relative,
                    reported: day_named,
                }
            }
        }
    }

    /// The period a date names, and whether it is relative.
    fn place(&self, base: Base, tense: impl FnOnce() -> Tense) -> (Option<Period>, bool) {
        let r = self.reference;
        match base {
            Base::Cal { year, within } => match year {
                YearSpec::Abs(y) => (in_year(y, within), false),
                YearSpec::Two(yy) => (in_year(two_digit_year(yy, r), within), false),
                YearSpec::Rel(k) => (r.and_then(|r| in_year(r.year + k, within)), true),
                YearSpec::Infer => (r.and_then(|r| infer_year(r, within)), true),
            },
            Base::Nearest { within, dir } => (r.and_then(|r| nearest(r, within, dir)), true),
            Base::Decade { value, short } => {
                let d = if short {
                    // The latest decade with that digit that has begun.
                    let now = r.map_or(1999, |r| r.year);
                    let mut d = (now / 100) * 10 + value;
                    if d * 10 > now {
                        d -= 10;
                    }
                    d
                } else {
                    value
                };
                (Some(Period::Decade(d)), false)
            }
            Base::Century(c) => (Some(Period::Century(c)), false),
            Base::Deictic { unit, offset } => (r.and_then(|r| deictic(r, unit, offset)), true),
            Base::Shift {
                unit,
                n,
                sign,
                anaphoric,
            } => {
                let Some(n) = n else {
                    return (None, true);
                };
                let anchor = match self.last {
                    // A year before a quarter is that quarter a year before.
                    Some(p @ (Period::Quarter(..) | Period::Half(..))) if unit == Unit::Year => {
                        Some(p)
                    }
                    // "A year earlier" compares with now, not with the date
                    // mentioned last.
                    _ if is_comparison(unit, sign) || !anaphoric => r.map(Period::Day),
                    Some(p) => Some(p),
                    None => None,
                };
                (
                    anchor.and_then(|a| a.shift(unit, sign as i64 * n as i64)),
                    true,
                )
            }
            Base::Weekday { dow, mode } => {
                (r.map(|r| Period::Day(weekday(r, dow, mode, tense))), true)
            }
            Base::Weekend { mode } => (r.map(|r| weekend(r, mode, tense)), true),
            Base::Anaphoric(unit) => {
                let p = match (unit, self.last) {
                    (Unit::Quarter, Some(p @ Period::Quarter(..))) => Some(p),
                    (Unit::Quarter, _) => r.map(|r| {
                        let (y, m) = shift_month(r.year, r.month, -3);
                        Period::Quarter(y, (m - 1) / 3 + 1)
                    }),
                    (_, _) => r.and_then(|r| deictic(r, unit, 0)),
                };
                (p, true)
            }
            Base::PeriodIn(year) => {
                let y = match year {
                    YearSpec::Abs(y) => Some(y),
                    YearSpec::Two(yy) => Some(two_digit_year(yy, r)),
                    YearSpec::Rel(k) => r.map(|r| r.year + k),
                    YearSpec::Infer => r.map(|r| r.year),
                };
                let p = y.map(|y| match self.last {
                    Some(Period::Quarter(_, q)) => Period::Quarter(y, q),
                    Some(Period::Half(_, h)) => Period::Half(y, h),
                    Some(Period::Month(_, m)) => Period::Month(y, m),
                    _ => Period::Year(y),
                });
                (p, !matches!(year, YearSpec::Abs(_)))
            }
        }
    }
}

/// Whether a shift back by months or more ("a year earlier", "year-ago")
/// compares with the present rather than moving the narrative on.
fn is_comparison(unit: Unit, sign: i32) -> bool {
    sign < 0 && matches!(unit, Unit::Month | Unit::Quarter | Unit::Year)
}

/// A two-digit year in the century that puts it nearest the reference.
pub(super) fn two_digit_year(yy: i32, reference: Option<CivilDate>) -> i32 {
    match reference {
        Some(r) => {
            let base = (r.year / 100) * 100 + yy;
            [base - 100, base, base + 100]
                .into_iter()
                .min_by_key(|y| (y - r.year).abs())
                .unwrap_or(base)
        }
        None if yy >= 50 => 1900 + yy,
        None => 2000 + yy,
    }
}

fn in_year(y: i32, within: Within) -> Option<Period> {
    Some(match within {
        Within::Whole => Period::Year(y),
        Within::Month(m) => Period::Month(y, m),
        Within::Day(m, d) => Period::Day(CivilDate::new(y, m, d)?),
        Within::Quarter(q) => Period::Quarter(y, q),
        Within::Half(h) => Period::Half(y, h),
        Within::Season(s) => Period::Season(y, s),
        Within::Thanksgiving => {
            let nov1 = CivilDate::new(y, 11, 1)?;
            let first_thursday = (3 + 7 - nov1.weekday()) % 7;
            Period::Day(nov1.add_days(first_thursday as i64 + 21))
        }
    })
}

/// The year of a period named without one: the nearest to the reference
/// day, a future one counting double distance ("Dec. 28" in early January
/// is last December's; "Jan. 4" in late December is next January's; "April"
/// in October is last April). Measured on TimeBank, the nearest year is
/// right for 94% of month-day dates, and the tense of the sentence does
/// worse ("said Tuesday the dividend is payable Dec. 15"). A quarter or half
/// named alone is the latest one begun ("third-quarter results" in November).
fn infer_year(r: CivilDate, within: Within) -> Option<Period> {
    if within == Within::Whole {
        return Some(Period::Year(r.year));
    }
    let candidates: Vec<Period> = (r.year - 1..=r.year + 1)
        .filter_map(|y| in_year(y, within))
        .collect();
    // Days away, the future counting double: news mostly looks back.
    let distance = |p: &Period| {
        let (a, b) = p.days();
        if a <= r && r <= b {
            0
        } else if a > r {
            (a.to_days() - r.to_days()) * 2
        } else {
            r.to_days() - b.to_days()
        }
    };
    let k = (0..candidates.len()).min_by_key(|&k| distance(&candidates[k]))?;
    if matches!(within, Within::Quarter(_) | Within::Half(_)) {
        return candidates.iter().rev().find(|p| p.days().0 <= r).copied();
    }
    Some(candidates[k])
}

/// "last April" (-1): the latest before the current one; "next April"
/// (+1): the first after it; "this past spring" (0): the latest begun.
fn nearest(r: CivilDate, within: Within, dir: i32) -> Option<Period> {
    let candidates: Vec<Period> = (r.year - 2..=r.year + 2)
        .filter_map(|y| in_year(y, within))
        .collect();
    let pick = match dir {
        d if d < 0 => candidates.iter().rev().find(|p| p.days().1 < r),
        0 => candidates.iter().rev().find(|p| p.days().0 <= r),
        _ => candidates.iter().find(|p| p.days().0 > r),
    };
    pick.copied()
}

/// The period `offset` units from the reference day.
fn deictic(r: CivilDate, unit: Unit, offset: i32) -> Option<Period> {
    let n = offset as i64;
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Period::Day(r),
        Unit::Day => Period::Day(r.add_days(n)),
        Unit::Week | Unit::Fortnight => {
            let (y, w) = r.add_days(7 * n).iso_week();
            Period::Week(y, w)
        }
        Unit::Month => {
            let (y, m) = shift_month(r.year, r.month, n);
            Period::Month(y, m)
        }
        Unit::Quarter => {
            let (y, m) = shift_month(r.year, r.month, 3 * n);
            Period::Quarter(y, (m - 1) / 3 + 1)
        }
        Unit::Year => Period::Year(r.year + offset),
        Unit::Decade => Period::Decade(r.year.div_euclid(10) + offset),
        Unit::Century => Period::Century(r.year.div_euclid(100) + offset),
        Unit::Millennium => return None,
    })
}

/// The day a weekday names.
fn weekday(r: CivilDate, dow: u32, mode: Mode, tense: impl FnOnce() -> Tense) -> CivilDate {
    let today = r.weekday() as i64;
    let dow = dow as i64;
    let ahead = (dow - today).rem_euclid(7);
    let back = (today - dow).rem_euclid(7);
    let offset = match mode {
        Mode::Last => {
            if back == 0 {
                -7
            } else {
                -back
            }
        }
        Mode::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Mode::This => dow - today,
        Mode::Auto => match tense() {
            Tense::Future => ahead,
            _ => -back,
        },
    };
    r.add_days(offset)
}

/// The weekend a phrase names: the last one begun, or the next one.
fn weekend(r: CivilDate, mode: Mode, tense: impl FnOnce() -> Tense) -> Period {
    let in_weekend = r.weekday() >= 5;
    let (y, w) = r.iso_week();
    let this = (y, w);
    let (py, pw) = r.add_days(-7).iso_week();
    let (ny, nw) = r.add_days(7).iso_week();
    let (y, w) = match mode {
        Mode::Last => (py, pw),
        Mode::Next => {
            if in_weekend {
                (ny, nw)
            } else {
                this
            }
        }
        Mode::This => this,
        Mode::Auto => match (tense(), in_weekend) {
            (_, true) => this,
            (Tense::Future, false) => this,
            _ => (py, pw),
        },
    };
    Period::Weekend(y, w)
}

fn unit_code(unit: Unit) -> (&'static str, &'static str, u32) {
    // (prefix, letter, multiplier)
    match unit {
        Unit::Second => ("PT", "S", 1),
        Unit::Minute => ("PT", "M", 1),
        Unit::Hour => ("PT", "H", 1),
        Unit::Day => ("P", "D", 1),
        Unit::Week => ("P", "W", 1),
        Unit::Fortnight => ("P", "W", 2),
        Unit::Month => ("P", "M", 1),
        Unit::Quarter => ("P", "Q", 1),
        Unit::Year => ("P", "Y", 1),
        Unit::Decade => ("P", "E", 1),
        Unit::Century => ("P", "C", 1),
        Unit::Millennium => ("P", "L", 1),
    }
}

/// "P3D", "PT5H", "P2Y6M", "PXY".
fn duration_value(unit: Unit, count: Count) -> String {
    let (prefix, letter, mult) = unit_code(unit);
    match count {
        Count::Exact(n) => format!("{prefix}{}{letter}", n * mult),
        Count::Vague => format!("{prefix}X{letter}"),
        Count::Half(n) => {
            // Half a unit in the next smaller unit where there is one.
            let half = match unit {
                Unit::Year => Some("6M"),
                Unit::Day => Some("T12H"),
                Unit::Hour => Some("30M"),
                Unit::Minute => Some("30S"),
                _ => None,
            };
            match half {
                Some(h) if n > 0 => format!("{prefix}{n}{letter}{h}"),
                Some(h) if unit == Unit::Day => format!("P{h}"),
                Some(h) => format!("{prefix}{h}"),
                None => format!("{prefix}{}.5{letter}", n * mult),
            }
        }
    }
}

fn set_value(set: SetSpec) -> String {
    match set {
        SetSpec::Every { unit, n } => duration_value(unit, Count::Exact(n)),
        SetSpec::Weekday(d) => format!("XXXX-WXX-{}", d + 1),
        SetSpec::Month(m) => format!("XXXX-{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn weekdays_default_to_the_past() {
        // 2024-01-03 is a Wednesday.
        let r = day("2024-01-03");
        let past = || Tense::Past;
        assert_eq!(weekday(r, 6, Mode::Auto, past), day("2023-12-31"));
        assert_eq!(weekday(r, 2, Mode::Auto, past), r);
        assert_eq!(weekday(r, 2, Mode::Last, past), day("2023-12-27"));
        assert_eq!(
            weekday(r, 4, Mode::Auto, || Tense::Future),
            day("2024-01-05")
        );
        assert_eq!(weekday(r, 0, Mode::Next, past), day("2024-01-08"));
    }

    #[test]
    fn durations_in_timeml() {
        assert_eq!(duration_value(Unit::Day, Count::Exact(3)), "P3D");
        assert_eq!(duration_value(Unit::Hour, Count::Exact(5)), "PT5H");
        assert_eq!(duration_value(Unit::Year, Count::Half(2)), "P2Y6M");
        assert_eq!(duration_value(Unit::Minute, Count::Half(1)), "PT1M30S");
        assert_eq!(duration_value(Unit::Week, Count::Vague), "PXW");
        assert_eq!(duration_value(Unit::Decade, Count::Exact(1)), "P1E");
    }

    #[test]
    fn periods_shift_at_their_own_granularity() {
        assert_eq!(
            Period::Quarter(1989, 3).shift(Unit::Year, -1),
            Some(Period::Quarter(1988, 3))
        );
        assert_eq!(
            Period::Day(day("2024-01-02")).shift(Unit::Day, 2),
            Some(Period::Day(day("2024-01-04")))
        );
        assert_eq!(
            Period::Day(day("2024-01-02")).shift(Unit::Month, -1),
            Some(Period::Month(2023, 12))
        );
        assert_eq!(Period::Month(2024, 1).shift(Unit::Day, 2), None);
        assert_eq!(Period::Week(2024, 1).timeml(), "2024-W01");
        assert_eq!(
            Period::Week(2024, 1).contract(),
            Some(("2024-01-01".to_string(), Precision::Week))
        );
    }

    #[test]
    fn two_digit_years_take_the_nearest_century() {
        assert_eq!(two_digit_year(89, Some(day("1990-01-03"))), 1989);
        assert_eq!(two_digit_year(5, Some(day("1999-06-01"))), 2005);
        assert_eq!(two_digit_year(89, None), 1989);
    }
}
