//! Adds events up: each event counted once, ranges kept honest.

use std::collections::BTreeMap;

use crate::report::{ActorTotal, Event, PlaceTotal, Quantity, Range, Summary, WeaponTotal};

/// Adds quantities: `best` and `low` add up (a missing low counts as its
/// best), and `high` adds up only while every term has one.
pub fn add(total: &mut Range, q: &Quantity, first: bool) {
    total.low += q.low.unwrap_or(q.best);
    total.best += q.best;
    total.high = match (first, total.high, q.high) {
        (true, _, h) => h,
        (false, Some(a), Some(b)) => Some(a + b),
        _ => None,
    };
}

/// The summary of a list of events.
pub fn summarize(events: &[Event]) -> Summary {
    let mut s = Summary {
        events: events.len(),
        ..Summary::default()
    };
    let (mut any_killed, mut any_injured) = (false, false);
    let mut weapons: BTreeMap<String, (Range, bool)> = BTreeMap::new();
    let mut actors: Vec<ActorTotal> = Vec::new();
    let mut places: Vec<PlaceTotal> = Vec::new();
    for e in events {
        *s.by_type.entry(e.event_type.clone()).or_default() += 1;
        if let Some(q) = &e.fatalities {
            add(&mut s.fatalities, q, !any_killed);
            any_killed = true;
        }
        if let Some(q) = &e.injuries {
            add(&mut s.injuries, q, !any_injured);
            any_injured = true;
        }
        for w in &e.weapons {
            if let Some(q) = &w.count {
                let entry = weapons
                    .entry(w.kind.clone())
                    .or_insert((Range::default(), true));
                add(&mut entry.0, q, entry.1);
                entry.1 = false;
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for a in e.actors.iter().chain(&e.targets) {
            if seen.contains(&a.name.as_str()) {
                continue;
            }
            seen.push(&a.name);
            match actors.iter_mut().find(|t| t.name == a.name) {
                Some(t) => t.events += 1,
                None => actors.push(ActorTotal {
                    name: a.name.clone(),
                    country: a.country.clone(),
                    kind: a.kind.clone(),
                    events: 1,
                }),
            }
        }
        if let Some(p) = &e.location {
            match places
                .iter_mut()
                .find(|t| t.name == p.name && t.country == p.country)
            {
                Some(t) => t.events += 1,
                None => places.push(PlaceTotal {
                    name: p.name.clone(),
                    country: p.country.clone(),
                    lat: p.lat,
                    lon: p.lon,
                    events: 1,
                }),
            }
        }
        if let Some(v) = e.date.as_ref().and_then(|d| d.value.clone()) {
            if s.dates.first.as_ref().is_none_or(|f| v < *f) {
                s.dates.first = Some(v.clone());
            }
            if s.dates.last.as_ref().is_none_or(|l| v > *l) {
                s.dates.last = Some(v);
            }
        }
    }
    if !any_killed {
        s.fatalities.high = Some(0);
    }
    if !any_injured {
        s.injuries.high = Some(0);
    }
    s.weapons = weapons
        .into_iter()
        .map(|(kind, (count, _))| WeaponTotal { kind, count })
        .collect();
    actors.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
    places.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
    s.actors = actors;
    s.places = places;
    s
}
