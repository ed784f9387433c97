//! Time expressions on sentences written for these tests.

use super::*;

/// `(text, TimeML type, TimeML value)` of every expression in `text`.
fn timexes(text: &str, reference: Option<&str>) -> Vec<(String, &'static str, Option<String>)> {
    let r = reference.map(|r| CivilDate::parse_iso(r).unwrap());
    expressions(text, r)
        .into_iter()
        .map(|t| (t.span.text, t.kind, t.value))
        .collect()
}

/// `(text, value, precision, relative)` of the dates of `text`.
fn dates_of(
    text: &str,
    reference: Option<&str>,
) -> Vec<(String, Option<String>, Option<&'static str>, bool)> {
    let doc = Doc::new(text);
    let r = reference.map(|r| CivilDate::parse_iso(r).unwrap());
    let found = find(&doc, r);
    dates(&doc, &found)
        .into_iter()
        .map(|d| {
            (
                doc.slice(d.span).to_string(),
                d.value,
                d.precision.map(Precision::as_str),
                d.relative,
            )
        })
        .collect()
}

fn one(text: &str, reference: Option<&str>) -> (String, Option<String>, Option<&'static str>) {
    let d = dates_of(text, reference);
    assert_eq!(d.len(), 1, "{text:?}: {d:?}");
    let (t, v, p, _) = d.into_iter().next().unwrap();
    (t, v, p)
}

fn day(t: &str, v: &str) -> (String, Option<String>, Option<&'static str>) {
    (t.to_string(), Some(v.to_string()), Some("day"))
}

fn with(t: &str, v: &str, p: &'static str) -> (String, Option<String>, Option<&'static str>) {
    (t.to_string(), Some(v.to_string()), Some(p))
}

// 2024-01-03 is a Wednesday.
const REF: Option<&str> = Some("2024-01-03");

#[test]
fn absolute_dates_with_month_names() {
    assert_eq!(
        one("Troops crossed the river on Jan. 2, 2024.", None),
        day("Jan. 2, 2024", "2024-01-02")
    );
    assert_eq!(
        one("The truce began on January 2, 2024, at dawn.", None),
        day("January 2, 2024", "2024-01-02")
    );
    assert_eq!(
        one("The ceasefire of 2 January 2024 collapsed.", None),
        day("2 January 2024", "2024-01-02")
    );
    assert_eq!(
        one("The convoy left on Sept. 30, 1989.", None),
        day("Sept. 30, 1989", "1989-09-30")
    );
}

#[test]
fn day_and_month_without_a_year_take_it_from_the_reference() {
    assert_eq!(
        one("The village was shelled on 2 January.", REF),
        day("2 January", "2024-01-02")
    );
    // In early January, a late-December date in a past-tense sentence is last year's.
    assert_eq!(
        one("The bridge was destroyed on Dec. 28.", REF),
        day("Dec. 28", "2023-12-28")
    );
    // Without a reference date the year is unknown.
    assert_eq!(
        one("The village was shelled on 2 January.", None),
        ("2 January".to_string(), None, Some("day"))
    );
}

#[test]
fn wire_text_in_capitals_with_two_digit_years() {
    let text = "SAN SALVADOR, 30 DEC 89 -- THE ARMY SAID REBELS ATTACKED A POST.";
    assert_eq!(one(text, None), day("30 DEC 89", "1989-12-30"));
    let text = "BOGOTA, 3 JAN 90 (EFE) -- A BOMB EXPLODED TODAY.";
    let d = dates_of(text, Some("1990-01-03"));
    assert_eq!(d[0].1.as_deref(), Some("1990-01-03"));
    assert_eq!(
        (d[1].0.as_str(), d[1].1.as_deref()),
        ("TODAY", Some("1990-01-03"))
    );
}

#[test]
fn numeric_dates() {
    assert_eq!(
        one("Published 2024-01-02 by the ministry.", None),
        day("2024-01-02", "2024-01-02")
    );
    assert_eq!(
        one("The attack of 12/30/1989 killed four.", None),
        day("12/30/1989", "1989-12-30")
    );
    // A day above 12 first is day-month-year.
    assert_eq!(
        one("Filed on 30/12/1989 in court.", None),
        day("30/12/1989", "1989-12-30")
    );
}

#[test]
fn months_years_and_decades() {
    assert_eq!(
        one("Fighting resumed in December 1989.", None),
        with("December 1989", "1989-12", "month")
    );
    assert_eq!(
        one("The group was founded in 1989.", None),
        with("1989", "1989", "year")
    );
    assert_eq!(
        one("Violence surged in the 1990s.", None),
        ("the 1990s".to_string(), None, None)
    );
    assert_eq!(
        timexes("Violence surged in the 1990s.", None)[0]
            .2
            .as_deref(),
        Some("199")
    );
    // A month alone takes the year of the reference date, by tense.
    assert_eq!(
        one("Talks stalled in October.", Some("2024-03-10")),
        with("October", "2023-10", "month")
    );
    // "May" the verb is not a month.
    assert!(dates_of("Officials may reopen the road.", REF).is_empty());
}

#[test]
fn quarters_and_seasons_report_their_year() {
    let d = one("Profit fell in the third quarter of 1989.", None);
    assert_eq!(d, with("the third quarter of 1989", "1989", "year"));
    assert_eq!(
        timexes("Profit fell in the third quarter of 1989.", None)[0]
            .2
            .as_deref(),
        Some("1989-Q3")
    );
    assert_eq!(
        one("The offensive stalled last summer.", REF),
        with("last summer", "2023", "year")
    );
}

#[test]
fn deictic_days() {
    assert_eq!(
        one("The city was shelled today.", REF),
        day("today", "2024-01-03")
    );
    assert_eq!(
        one("The city was shelled yesterday.", REF),
        day("yesterday", "2024-01-02")
    );
    assert_eq!(
        one("Talks will resume tomorrow.", REF),
        day("tomorrow", "2024-01-04")
    );
    assert_eq!(
        one("Drones struck this morning.", REF),
        day("this morning", "2024-01-03")
    );
    assert_eq!(
        one("More strikes are expected tonight.", REF),
        day("tonight", "2024-01-03")
    );
}

#[test]
fn weekdays_are_in_the_past_by_default() {
    // Reference Wednesday 2024-01-03.
    assert_eq!(
        one("Rebels attacked the base on Sunday.", REF),
        day("Sunday", "2023-12-31")
    );
    assert_eq!(
        one("Sunday's attack killed two.", REF),
        day("Sunday", "2023-12-31")
    );
    assert_eq!(
        one("Rebels attacked the base last Sunday.", REF),
        day("last Sunday", "2023-12-31")
    );
    // Same weekday as the reference: that very day.
    assert_eq!(
        one("He said Wednesday that talks failed.", REF),
        day("Wednesday", "2024-01-03")
    );
    // The future tense looks ahead.
    assert_eq!(
        one("The envoy will arrive on Friday.", REF),
        day("Friday", "2024-01-05")
    );
    assert_eq!(
        one("Shelling resumed Tuesday night.", REF),
        day("Tuesday night", "2024-01-02")
    );
    assert_eq!(
        timexes("Shelling resumed Tuesday night.", REF)[0]
            .2
            .as_deref(),
        Some("2024-01-02TNI")
    );
}

#[test]
fn weeks_months_and_years_relative_to_the_reference() {
    // Weeks are reported by their Monday.
    assert_eq!(
        one("The army advanced last week.", REF),
        with("last week", "2023-12-25", "week")
    );
    assert_eq!(
        one("The army advanced this week.", REF),
        with("this week", "2024-01-01", "week")
    );
    assert_eq!(
        timexes("The army advanced last week.", REF)[0].2.as_deref(),
        Some("2023-W52")
    );
    assert_eq!(
        one("Elections are due next month.", REF),
        with("next month", "2024-02", "month")
    );
    assert_eq!(
        one("The town fell earlier this month.", Some("2024-05-20")),
        with("earlier this month", "2024-05", "month")
    );
    assert_eq!(
        one("The town fell last year.", REF),
        with("last year", "2023", "year")
    );
}

#[test]
fn shifts_from_the_reference_and_from_the_last_date() {
    assert_eq!(
        one("The village was attacked two days ago.", REF),
        day("two days ago", "2024-01-01")
    );
    assert_eq!(
        one("The village was attacked three weeks ago.", REF),
        with("three weeks ago", "2023-12-11", "week")
    );
    let d = dates_of(
        "The dam was hit on Jan. 2, 2024. Two days later the town flooded.",
        None,
    );
    assert_eq!(
        (d[1].0.as_str(), d[1].1.as_deref()),
        ("Two days later", Some("2024-01-04"))
    );
    // "days later" with nothing before it cannot be placed.
    let d = dates_of("Days later the town flooded.", REF);
    assert_eq!(d, [("Days later".to_string(), None, Some("day"), true)]);
}

#[test]
fn durations_times_and_sets_are_not_dates() {
    let text =
        "The siege lasted three days. Shelling began at 6 p.m. and went on daily for two weeks.";
    assert!(dates_of(text, REF).is_empty());
    let got = timexes(text, REF);
    let got: Vec<(&str, &str, Option<&str>)> = got
        .iter()
        .map(|(t, k, v)| (t.as_str(), *k, v.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("three days", "DURATION", Some("P3D")),
            ("6 p.m.", "TIME", Some("2024-01-03T18:00")),
            ("daily", "SET", Some("P1D")),
            ("two weeks", "DURATION", Some("P2W")),
        ]
    );
}

#[test]
fn references_without_a_date() {
    let got = timexes(
        "Aid is now scarce and was recently cut; more is promised in the future.",
        REF,
    );
    let values: Vec<Option<&str>> = got.iter().map(|t| t.2.as_deref()).collect();
    assert_eq!(
        values,
        [Some("PRESENT_REF"), Some("PAST_REF"), Some("FUTURE_REF")]
    );
    assert!(dates_of("Aid is now scarce.", REF).is_empty());
}

#[test]
fn relative_dates_without_a_reference_stay_open() {
    let d = dates_of("Rebels attacked on Sunday and again yesterday.", None);
    assert_eq!(
        d,
        [
            ("Sunday".to_string(), None, Some("day"), true),
            ("yesterday".to_string(), None, Some("day"), true),
        ]
    );
}

#[test]
fn the_report_has_dates_and_warns_without_a_reference_date() {
    let text = "Shelling on Sunday killed 5 people. On Jan. 2, 2024, 3 more died.";
    let report = crate::analyze(text, &crate::Options::default());
    let dates: Vec<(&str, Option<&str>, Option<&str>)> = report
        .mentions
        .dates
        .iter()
        .map(|d| {
            (
                d.span.text.as_str(),
                d.value.as_deref(),
                d.precision.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("Sunday", None, Some("day")),
            ("Jan. 2, 2024", Some("2024-01-02"), Some("day"))
        ]
    );
    assert_eq!(report.warnings, [crate::NO_REFERENCE_DATE]);
    // The numbers of the date are not counts.
    let counts: Vec<&str> = report
        .mentions
        .quantities
        .iter()
        .map(|q| q.span.text.as_str())
        .collect();
    assert_eq!(counts, ["5", "3"]);

    let options = crate::Options::default()
        .with_reference_date("2024-01-03")
        .unwrap();
    let report = crate::analyze(text, &options);
    assert!(report.warnings.is_empty());
    assert_eq!(
        report.mentions.dates[0].value.as_deref(),
        Some("2023-12-31")
    );

    // Only absolute dates: nothing is left unresolved, so no warning.
    let report = crate::analyze(
        "On Jan. 2, 2024, 3 people died.",
        &crate::Options::default(),
    );
    assert!(report.warnings.is_empty());
}

#[test]
fn report_spans_count_code_points() {
    let text = "Łódź – «Jan. 2, 2024»: the town was shelled.";
    let report = crate::analyze(text, &crate::Options::default());
    let d = &report.mentions.dates[0];
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        chars[d.span.start..d.span.end].iter().collect::<String>(),
        "Jan. 2, 2024"
    );
}
