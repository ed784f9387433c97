//! Adds events up: each event counted once, ranges kept honest.

use std::collections::{BTreeMap, HashMap};

use crate::report::{ActorTotal, Event, PlaceTotal, Quantity, Range, Summary, WeaponTotal};

/// Adds quantities: `best` and `low` add up (a missing low counts as its
/// best), and `high` adds up only while every term has one. Sums stop at
/// `u64::MAX` rather than overflow (a text of 19,000 events that each kill
/// "999,999,999,999,999 people" would otherwise crash the analysis).
pub fn add(total: &mut Range, q: &Quantity, first: bool) {
    total.low = total.low.saturating_add(q.low.unwrap_or(q.best));
    total.best = total.best.saturating_add(q.best);
    total.high = match (first, total.high, q.high) {
        (true, _, h) => h,
        (false, Some(a), Some(b)) => Some(a.saturating_add(b)),
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
    // Where each name stands in `actors` and `places`: looking names up by
    // scanning the lists made a text with thousands of distinct names
    // quadratic.
    let mut actor_at: HashMap<String, usize> = HashMap::new();
    let mut place_at: HashMap<(String, Option<String>), usize> = HashMap::new();
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
            match actor_at.get(&a.name) {
                Some(&k) => actors[k].events += 1,
                None => {
                    actor_at.insert(a.name.clone(), actors.len());
                    actors.push(ActorTotal {
                        name: a.name.clone(),
                        country: a.country.clone(),
                        kind: a.kind.clone(),
                        events: 1,
                    });
                }
            }
        }
        if let Some(p) = &e.location {
            let key = (p.name.clone(), p.country.clone());
            match place_at.get(&key) {
                Some(&k) => places[k].events += 1,
                None => {
                    place_at.insert(key, places.len());
                    places.push(PlaceTotal {
                        name: p.name.clone(),
                        country: p.country.clone(),
                        lat: p.lat,
                        lon: p.lon,
                        events: 1,
                    });
                }
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
    crate::order::sort_by(&mut actors, |a, b| {
        b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name))
    });
    crate::order::sort_by(&mut places, |a, b| {
        b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name))
    });
    s.actors = actors;
    s.places = places;
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Span;

    fn q(low: Option<u64>, best: u64, high: Option<u64>) -> Quantity {
        Quantity {
            span: Span::default(),
            low,
            best,
            high,
            exact: false,
        }
    }

    #[test]
    fn sums_follow_the_contract_and_never_overflow() {
        let mut total = Range::default();
        add(&mut total, &q(Some(3), 3, Some(9)), true);
        add(&mut total, &q(None, 40, Some(40)), false);
        assert_eq!(
            total,
            Range {
                low: 43,
                best: 43,
                high: Some(49)
            }
        );
        add(&mut total, &q(Some(100), 100, None), false);
        assert_eq!(
            total,
            Range {
                low: 143,
                best: 143,
                high: None
            }
        );
        let big = q(Some(u64::MAX - 1), u64::MAX - 1, Some(u64::MAX - 1));
        let mut total = Range::default();
        add(&mut total, &big, true);
        add(&mut total, &big, false);
        assert_eq!(total.best, u64::MAX);
        assert_eq!(total.low, u64::MAX);
        assert_eq!(total.high, Some(u64::MAX));
    }
}
