//! Calendar arithmetic, and date expressions normalized against a reference date.

use std::fmt;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u32,
    /// Day of month, 1 to 31.
    pub day: u32,
}

impl CivilDate {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<CivilDate> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s[0..4].parse().ok()?;
        let month = s[5..7].parse().ok()?;
        let day = s[8..10].parse().ok()?;
        CivilDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - (self.month <= 2) as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + (month <= 2) as i64) as i32;
        CivilDate { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> CivilDate {
        CivilDate::from_days(self.to_days() + n)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u32 {
        (self.to_days() + 3).rem_euclid(7) as u32
    }

    /// The ISO 8601 week `(week-year, week)` holding this date: weeks start on
    /// Monday, and week 1 is the week with the year's first Thursday.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let jan1 = CivilDate {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The Monday of ISO week `week` of `year` (weeks past the year's last
    /// run on into the next year).
    pub fn from_iso_week(year: i32, week: u32) -> CivilDate {
        let jan4 = CivilDate {
            year,
            month: 1,
            day: 4,
        };
        let monday = jan4.add_days(-(jan4.weekday() as i64));
        monday.add_days((week as i64 - 1) * 7)
    }
}

/// `(year, month)` moved by `n` months.
pub fn shift_month(year: i32, month: u32, n: i64) -> (i32, u32) {
    let index = year as i64 * 12 + month as i64 - 1 + n;
    (
        index.div_euclid(12) as i32,
        (index.rem_euclid(12) + 1) as u32,
    )
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Days in a month of a year.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for s in [
            "1970-01-01",
            "2024-02-29",
            "1989-12-30",
            "2000-03-01",
            "1900-01-01",
        ] {
            let d = CivilDate::parse_iso(s).unwrap();
            assert_eq!(CivilDate::from_days(d.to_days()), d);
            assert_eq!(d.to_string(), s);
        }
        assert_eq!(CivilDate::parse_iso("1970-01-01").unwrap().to_days(), 0);
    }

    #[test]
    fn weekdays() {
        // 2024-01-01 was a Monday; 1990-01-03 a Wednesday.
        assert_eq!(CivilDate::parse_iso("2024-01-01").unwrap().weekday(), 0);
        assert_eq!(CivilDate::parse_iso("1990-01-03").unwrap().weekday(), 2);
    }

    #[test]
    fn iso_weeks() {
        let d = |s| CivilDate::parse_iso(s).unwrap();
        // 2024-01-01 is a Monday, so it opens week 1; 2021-01-03 (a Sunday)
        // still belongs to week 53 of 2020.
        assert_eq!(d("2024-01-01").iso_week(), (2024, 1));
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(d("1998-03-01").iso_week(), (1998, 9));
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
        assert_eq!(CivilDate::from_iso_week(2020, 53), d("2020-12-28"));
        assert_eq!(CivilDate::from_iso_week(2024, 1), d("2024-01-01"));
        for s in ["1989-12-30", "2024-02-29", "2021-01-03", "2026-06-15"] {
            let (y, w) = d(s).iso_week();
            let monday = CivilDate::from_iso_week(y, w);
            assert_eq!(monday.weekday(), 0);
            assert!(monday <= d(s) && d(s).to_days() - monday.to_days() < 7);
        }
    }

    #[test]
    fn month_arithmetic() {
        assert_eq!(shift_month(1990, 1, -13), (1988, 12));
        assert_eq!(shift_month(2023, 11, 14), (2025, 1));
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(CivilDate::parse_iso("2023-02-29").is_none());
        assert!(CivilDate::parse_iso("2024-13-01").is_none());
        assert!(CivilDate::parse_iso("24-01-01").is_none());
    }
}
