//! The report as files: JSON (the contract), CSV (one row per event, in
//! ACLED-like columns), GeoJSON (the located events) and a Markdown brief.
//!
//! Pure functions of the report, tested natively; the page only wraps their
//! output in a download or puts it on the clipboard.

use serde::Serialize;

use crate::report::{Actor, Event, Quantity, Report};
use crate::web::format::{plural, short_range, total_range};

/// The report exactly as the contract shapes it (pretty JSON).
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_default()
}

/// The CSV header: ACLED's names where ACLED has the column.
pub const CSV_COLUMNS: [&str; 15] = [
    "event_id",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "country",
    "latitude",
    "longitude",
    "fatalities",
    "injuries",
    "weapons",
    "source",
    "notes",
];

/// One row per event (RFC 4180: CRLF line ends, quoted where needed).
///
/// `fatalities` and `injuries` are the `best` figures (ACLED's conservative
/// rule), empty where the text gives none; `actor1` are the event's actors,
/// `actor2` its targets (several joined by "; "); `notes` is the evidence.
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-` or `@`) gets a leading apostrophe.
pub fn csv(report: &Report) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for e in &report.events {
        let loc = e.location.as_ref();
        let cells = [
            e.id.clone(),
            e.date
                .as_ref()
                .and_then(|d| d.value.clone())
                .unwrap_or_default(),
            e.event_type.clone(),
            e.sub_type.clone(),
            names(&e.actors).join("; "),
            names(&e.targets).join("; "),
            loc.map(|l| l.name.clone()).unwrap_or_default(),
            loc.and_then(|l| l.country.clone()).unwrap_or_default(),
            loc.and_then(|l| l.lat)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            loc.and_then(|l| l.lon)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            best(&e.fatalities),
            best(&e.injuries),
            weapons(e),
            e.source
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            e.evidence.text.clone(),
        ];
        let row: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

fn names(actors: &[Actor]) -> Vec<&str> {
    actors.iter().map(|a| a.name.as_str()).collect()
}

fn best(q: &Option<Quantity>) -> String {
    q.as_ref().map(|q| q.best.to_string()).unwrap_or_default()
}

/// "missile × 40; drone".
fn weapons(e: &Event) -> String {
    e.weapons
        .iter()
        .map(crate::web::highlight::weapon)
        .collect::<Vec<_>>()
        .join("; ")
}

fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A GeoJSON FeatureCollection with one Point per event that has
/// coordinates (`[lon, lat]`, as GeoJSON orders them).
pub fn geojson(report: &Report) -> String {
    let features: Vec<Feature> = report
        .events
        .iter()
        .filter_map(|e| {
            let l = e.location.as_ref()?;
            let (lat, lon) = (l.lat?, l.lon?);
            Some(Feature {
                kind: "Feature",
                id: &e.id,
                geometry: Point {
                    kind: "Point",
                    coordinates: [lon, lat],
                },
                properties: Properties {
                    event_id: &e.id,
                    event_type: &e.event_type,
                    sub_event_type: &e.sub_type,
                    event_date: e.date.as_ref().and_then(|d| d.value.as_deref()),
                    location: &l.name,
                    country: l.country.as_deref(),
                    actors: names(&e.actors),
                    targets: names(&e.targets),
                    fatalities: e.fatalities.as_ref().map(|q| q.best),
                    injuries: e.injuries.as_ref().map(|q| q.best),
                    status: &e.status,
                    notes: &e.evidence.text,
                },
            })
        })
        .collect();
    let collection = FeatureCollection {
        kind: "FeatureCollection",
        features,
    };
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

// The GeoJSON shapes, borrowed from the report (typed rather than built as
// `serde_json::Value`: less code in the page, and the keys keep this order).

#[derive(Serialize)]
struct FeatureCollection<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    geometry: Point,
    properties: Properties<'a>,
}

#[derive(Serialize)]
struct Point {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct Properties<'a> {
    event_id: &'a str,
    event_type: &'a str,
    sub_event_type: &'a str,
    event_date: Option<&'a str>,
    location: &'a str,
    country: Option<&'a str>,
    actors: Vec<&'a str>,
    targets: Vec<&'a str>,
    fatalities: Option<u64>,
    injuries: Option<u64>,
    status: &'a str,
    notes: &'a str,
}

/// A Markdown brief of the summary and the events, for pasting into notes.
pub fn brief(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::from("## Sitrep brief\n\n");
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    if let Some(d) = &report.reference_date {
        line(format!("- Reference date: {d}"));
    }
    line(format!(
        "- {}{}",
        plural(s.events, "event"),
        if s.by_type.is_empty() {
            String::new()
        } else {
            format!(
                ": {}",
                s.by_type
                    .iter()
                    .map(|(t, n)| format!("{t} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    ));
    line(format!(
        "- Killed: {} · Injured: {}",
        total_range(&s.fatalities),
        total_range(&s.injuries)
    ));
    if let (Some(first), Some(last)) = (&s.dates.first, &s.dates.last) {
        line(if first == last {
            format!("- Date: {first}")
        } else {
            format!("- Dates: {first} to {last}")
        });
    }
    if !s.weapons.is_empty() {
        line(format!(
            "- Weapons: {}",
            s.weapons
                .iter()
                .map(|w| format!("{} {}", w.kind.replace('_', " "), total_range(&w.count)))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !s.actors.is_empty() {
        line(format!(
            "- Actors: {}",
            s.actors
                .iter()
                .map(|a| format!("{} ({})", a.name, a.kind))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !s.places.is_empty() {
        line(format!(
            "- Places: {}",
            s.places
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !report.events.is_empty() {
        line(String::new());
        line("### Events".to_string());
        line(String::new());
    }
    for e in &report.events {
        let mut parts = vec![format!("**{}** {} / {}", e.id, e.event_type, e.sub_type)];
        if let Some(d) = e.date.as_ref().and_then(|d| d.value.as_ref()) {
            parts.push(d.clone());
        }
        if let Some(l) = &e.location {
            parts.push(format!("in {}", l.name));
        }
        let who = |xs: &[crate::report::Actor]| {
            xs.iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !e.actors.is_empty() || !e.targets.is_empty() {
            parts.push(format!(
                "{} → {}",
                or_dash(who(&e.actors)),
                or_dash(who(&e.targets))
            ));
        }
        if let Some(q) = &e.fatalities {
            parts.push(format!("killed {}", short_range(q)));
        }
        if let Some(q) = &e.injuries {
            parts.push(format!("injured {}", short_range(q)));
        }
        if e.status != "reported" {
            parts.push(format!("({})", e.status));
        }
        line(format!("{}. {}", &e.id[1..], parts.join(" · ")));
    }
    out
}

fn or_dash(s: String) -> String {
    if s.is_empty() {
        "?".to_string()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    const TEXT: &str = "Russian forces shelled Kharkiv on Monday, killing three civilians and \
        injuring over 20, officials said. Protesters marched in Tbilisi, \"against the law\", \
        on Tuesday.";

    fn report() -> Report {
        let options = Options::default()
            .with_reference_date("2024-03-13")
            .unwrap();
        crate::analyze(TEXT, &options)
    }

    /// A minimal RFC 4180 reader, to check what a spreadsheet would see.
    fn parse_csv(s: &str) -> Vec<Vec<String>> {
        let mut rows = vec![vec![String::new()]];
        let mut quoted = false;
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            let row = rows.last_mut().unwrap();
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    row.last_mut().unwrap().push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => row.last_mut().unwrap().push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(String::new()),
                (false, '\r') => {}
                (false, '\n') => rows.push(vec![String::new()]),
                (false, c) => row.last_mut().unwrap().push(c),
            }
        }
        rows.pop();
        rows
    }

    #[test]
    fn json_is_the_report_itself() {
        let r = report();
        let back: Report = serde_json::from_str(&json(&r)).unwrap();
        assert_eq!(back, r);
        assert!(json(&r).contains("\"schema\": \"sitrep.report/1\""));
    }

    #[test]
    fn csv_has_one_row_per_event_in_acled_columns() {
        let r = report();
        let rows = parse_csv(&csv(&r));
        assert_eq!(rows[0], CSV_COLUMNS);
        assert_eq!(rows.len(), r.events.len() + 1);
        let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
        let shelling = rows
            .iter()
            .find(|row| row[col("location")] == "Kharkiv")
            .expect("a Kharkiv row");
        assert_eq!(shelling[col("event_type")], "Explosions/Remote violence");
        assert_eq!(shelling[col("fatalities")], "3");
        assert_eq!(shelling[col("injuries")], "20");
        assert_eq!(shelling[col("country")], "UA");
        assert_eq!(shelling[col("event_date")], "2024-03-11");
        assert!(shelling[col("latitude")].parse::<f64>().unwrap() > 49.0);
        assert!(shelling[col("notes")].starts_with("Russian forces shelled Kharkiv"));
        // The quotes and commas of the evidence survive the round trip.
        for (row, e) in rows[1..].iter().zip(&r.events) {
            assert_eq!(row[col("notes")], e.evidence.text);
            assert_eq!(row.len(), CSV_COLUMNS.len());
        }
    }

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(cell("-2+3"), "'-2+3");
    }

    use serde_json::Value;

    #[test]
    fn geojson_has_the_located_events_as_points() {
        let r = report();
        let v: Value = serde_json::from_str(&geojson(&r)).unwrap();
        assert_eq!(v["type"], "FeatureCollection");
        let features = v["features"].as_array().unwrap();
        let located = r
            .events
            .iter()
            .filter(|e| e.location.as_ref().is_some_and(|l| l.lat.is_some()))
            .count();
        assert_eq!(features.len(), located);
        let kharkiv = features
            .iter()
            .find(|f| f["properties"]["location"] == "Kharkiv")
            .unwrap();
        let [lon, lat] = [0, 1].map(|i| kharkiv["geometry"]["coordinates"][i].as_f64().unwrap());
        assert!(
            (35.0..37.5).contains(&lon) && (49.0..51.0).contains(&lat),
            "{lon} {lat}"
        );
        assert_eq!(kharkiv["properties"]["fatalities"], 3);
    }

    #[test]
    fn the_brief_sums_up_in_markdown() {
        let r = report();
        let b = brief(&r);
        assert!(b.starts_with("## Sitrep brief\n"));
        assert!(b.contains("- Killed: 3 · Injured: 20+"), "{b}");
        assert!(b.contains("Kharkiv"), "{b}");
        assert!(b.contains("**E1**"), "{b}");
        assert!(b.contains("killed 3"), "{b}");
    }
}
