//! Checks shared by the integration tests: everything the report contract
//! promises about the report of any text.
#![allow(dead_code)] // each test file uses its own share

use sitrep::report::{Quantity, Range, Report, Span};

/// Every span of a report, with a name saying where it sits.
pub fn spans<'r>(r: &'r Report) -> Vec<(String, &'r Span)> {
    let mut out: Vec<(String, &'r Span)> = Vec::new();
    let mut add = |name: String, s: &'r Span| out.push((name, s));
    for e in &r.events {
        let id = &e.id;
        add(format!("{id}.trigger"), &e.trigger);
        add(format!("{id}.evidence"), &e.evidence);
        for (k, s) in e.triggers.iter().enumerate() {
            add(format!("{id}.triggers[{k}]"), s);
        }
        for (k, s) in e.evidence_sentences.iter().enumerate() {
            add(format!("{id}.evidence_sentences[{k}]"), s);
        }
        for (k, a) in e.actors.iter().enumerate() {
            add(format!("{id}.actors[{k}]"), &a.span);
        }
        for (k, a) in e.targets.iter().enumerate() {
            add(format!("{id}.targets[{k}]"), &a.span);
        }
        if let Some(p) = &e.location {
            add(format!("{id}.location"), &p.span);
        }
        if let Some(d) = &e.date {
            add(format!("{id}.date"), &d.span);
        }
        for (k, w) in e.weapons.iter().enumerate() {
            add(format!("{id}.weapons[{k}]"), &w.span);
            if let Some(q) = &w.count {
                add(format!("{id}.weapons[{k}].count"), &q.span);
            }
        }
        for (name, q) in [
            ("fatalities", &e.fatalities),
            ("injuries", &e.injuries),
            ("casualties", &e.casualties),
        ] {
            if let Some(q) = q {
                add(format!("{id}.{name}"), &q.span);
            }
        }
        for (name, s) in [
            ("fatalities_keyword", &e.fatalities_keyword),
            ("injuries_keyword", &e.injuries_keyword),
        ] {
            if let Some(s) = s {
                add(format!("{id}.{name}"), s);
            }
        }
        if let Some(s) = &e.source {
            add(format!("{id}.source"), &s.span);
        }
    }
    let m = &r.mentions;
    for (k, p) in m.places.iter().enumerate() {
        add(format!("places[{k}]"), &p.span);
    }
    for (k, a) in m.actors.iter().enumerate() {
        add(format!("actors[{k}]"), &a.span);
    }
    for (k, w) in m.weapons.iter().enumerate() {
        add(format!("weapons[{k}]"), &w.span);
        if let Some(q) = &w.count {
            add(format!("weapons[{k}].count"), &q.span);
        }
    }
    for (k, q) in m.quantities.iter().enumerate() {
        add(format!("quantities[{k}]"), &q.span);
    }
    for (k, d) in m.dates.iter().enumerate() {
        add(format!("dates[{k}]"), &d.span);
    }
    for (k, s) in r.sentences.iter().enumerate() {
        add(format!("sentences[{k}]"), s);
    }
    out
}

/// Every quantity of a report.
pub fn quantities(r: &Report) -> Vec<&Quantity> {
    let mut out: Vec<&Quantity> = r.mentions.quantities.iter().collect();
    out.extend(r.mentions.weapons.iter().filter_map(|w| w.count.as_ref()));
    for e in &r.events {
        out.extend(e.fatalities.iter());
        out.extend(e.injuries.iter());
        out.extend(e.casualties.iter());
        out.extend(e.weapons.iter().filter_map(|w| w.count.as_ref()));
    }
    out
}

/// The contract's sum of quantities: `best` and `low` add up (a missing low
/// counts as its best); `high` adds up only while every term has one. No
/// term at all is exactly zero. Computed wide, so an overflow shows.
pub fn contract_sum<'a>(terms: impl Iterator<Item = &'a Quantity>) -> (u128, u128, Option<u128>) {
    let (mut low, mut best, mut high, mut all_high) = (0u128, 0u128, 0u128, true);
    for q in terms {
        low += q.low.unwrap_or(q.best) as u128;
        best += q.best as u128;
        match q.high {
            Some(h) => high += h as u128,
            None => all_high = false,
        }
    }
    // Totals stop at u64::MAX rather than overflow.
    let cap = |x: u128| x.min(u64::MAX as u128);
    (cap(low), cap(best), all_high.then_some(cap(high)))
}

pub fn range_of(r: &Range) -> (u128, u128, Option<u128>) {
    (r.low as u128, r.best as u128, r.high.map(|h| h as u128))
}

/// Checks everything the contract promises about one report of `text`.
pub fn check(text: &str, r: &Report) -> Result<(), String> {
    let chars: Vec<char> = text.chars().collect();
    // Spans: on character boundaries, inside the text, and slicing back.
    for (name, s) in spans(r) {
        if s.start > s.end || s.end > chars.len() {
            return Err(format!(
                "{name}: span {}..{} outside the text of {} characters",
                s.start,
                s.end,
                chars.len()
            ));
        }
        let got: String = chars[s.start..s.end].iter().collect();
        if got != s.text {
            return Err(format!(
                "{name}: text[{}..{}] is {got:?}, the span says {:?}",
                s.start, s.end, s.text
            ));
        }
    }
    // Quantities: an honest range.
    for q in quantities(r) {
        let low_ok = q.low.is_none_or(|l| l <= q.best);
        let high_ok = q.high.is_none_or(|h| h >= q.best);
        if !low_ok || !high_ok {
            return Err(format!(
                "quantity {:?}: low {:?}, best {}, high {:?} out of order",
                q.span.text, q.low, q.best, q.high
            ));
        }
    }
    // Events: numbered in order, confidence in [0, 1].
    for (k, e) in r.events.iter().enumerate() {
        if e.id != format!("E{}", k + 1) {
            return Err(format!("event {k} has id {}", e.id));
        }
        if !(0.0..=1.0).contains(&e.confidence) {
            return Err(format!("{}: confidence {}", e.id, e.confidence));
        }
    }
    // The summary is the sum of its events.
    let s = &r.summary;
    if s.events != r.events.len() {
        return Err(format!(
            "summary.events {} for {} events",
            s.events,
            r.events.len()
        ));
    }
    let mut by_type = std::collections::BTreeMap::new();
    for e in &r.events {
        *by_type.entry(e.event_type.clone()).or_insert(0usize) += 1;
    }
    if s.by_type != by_type {
        return Err(format!(
            "summary.by_type {:?}, events give {by_type:?}",
            s.by_type
        ));
    }
    for (name, total, terms) in [
        (
            "fatalities",
            &s.fatalities,
            contract_sum(r.events.iter().filter_map(|e| e.fatalities.as_ref())),
        ),
        (
            "injuries",
            &s.injuries,
            contract_sum(r.events.iter().filter_map(|e| e.injuries.as_ref())),
        ),
    ] {
        if range_of(total) != terms {
            return Err(format!(
                "summary.{name} {total:?}, its events add up to {terms:?}"
            ));
        }
    }
    for w in &s.weapons {
        let terms = contract_sum(
            r.events
                .iter()
                .flat_map(|e| &e.weapons)
                .filter(|x| x.kind == w.kind)
                .filter_map(|x| x.count.as_ref()),
        );
        if range_of(&w.count) != terms {
            return Err(format!(
                "summary.weapons {}: {:?}, its events add up to {terms:?}",
                w.kind, w.count
            ));
        }
    }
    Ok(())
}

/// Analyzes `text` twice, checks the report and that both runs agree, and
/// that the report survives a JSON round trip.
pub fn analyze_and_check(text: &str, date: Option<&str>) -> Result<Report, String> {
    let mut options = sitrep::Options::default();
    if let Some(d) = date {
        options = options.with_reference_date(d).map_err(|e| e.to_string())?;
    }
    let r = sitrep::analyze(text, &options);
    check(text, &r)?;
    let again = sitrep::analyze(text, &options);
    if again != r {
        return Err("two analyses of the same text differ".into());
    }
    let json = serde_json::to_string(&r).map_err(|e| e.to_string())?;
    // (Coordinates may move by a last bit: serde_json parses floats fast,
    // not exactly. Everything else must come back the same.)
    let back: Report = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let text_of = |r: &Report| -> Vec<(String, Span)> {
        spans(r).into_iter().map(|(n, s)| (n, s.clone())).collect()
    };
    if text_of(&back) != text_of(&r) || back.summary.fatalities != r.summary.fatalities {
        return Err("the report changes in a JSON round trip".into());
    }
    Ok(r)
}
