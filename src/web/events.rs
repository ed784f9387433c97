//! Which event cards to show, in which order: pure, tested natively.
//!
//! The page filters the report's events by type, place and actor, and sorts
//! them by document order, type, place, actor, date or the number killed.
//! The choices offered are the values the report's events actually have.

use std::cmp::Reverse;

use crate::report::{Event, Report};

/// How the cards are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    /// As the events appear in the text.
    #[default]
    Document,
    /// By ACLED type, then sub-type.
    Type,
    /// By place name (events without a place last).
    Place,
    /// By the first actor's name (events without an actor last).
    Actor,
    /// By date (undated events last).
    Date,
    /// Most killed first.
    Killed,
}

impl SortBy {
    /// Every order, as the sort menu lists them.
    pub const ALL: [SortBy; 6] = [
        SortBy::Document,
        SortBy::Type,
        SortBy::Place,
        SortBy::Actor,
        SortBy::Date,
        SortBy::Killed,
    ];

    /// The value in the sort menu.
    pub fn key(self) -> &'static str {
        match self {
            SortBy::Document => "document",
            SortBy::Type => "type",
            SortBy::Place => "place",
            SortBy::Actor => "actor",
            SortBy::Date => "date",
            SortBy::Killed => "killed",
        }
    }

    /// The label in the sort menu.
    pub fn label(self) -> &'static str {
        match self {
            SortBy::Document => "Order in the text",
            SortBy::Type => "Type",
            SortBy::Place => "Place",
            SortBy::Actor => "Actor",
            SortBy::Date => "Date",
            SortBy::Killed => "Most killed",
        }
    }

    /// The order with this menu value.
    pub fn from_key(key: &str) -> SortBy {
        SortBy::ALL
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or_default()
    }
}

/// Which events to show; `None` lets every value through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only events of this ACLED type.
    pub event_type: Option<String>,
    /// Only events at this place (by normalized name).
    pub place: Option<String>,
    /// Only events with this actor or target (by normalized name).
    pub actor: Option<String>,
}

impl Filter {
    /// Whether `e` passes.
    pub fn accepts(&self, e: &Event) -> bool {
        self.event_type.as_ref().is_none_or(|t| &e.event_type == t)
            && self
                .place
                .as_ref()
                .is_none_or(|p| e.location.as_ref().is_some_and(|l| &l.name == p))
            && self
                .actor
                .as_ref()
                .is_none_or(|a| e.actors.iter().chain(&e.targets).any(|x| &x.name == a))
    }

    /// Whether anything is filtered out.
    pub fn is_active(&self) -> bool {
        self.event_type.is_some() || self.place.is_some() || self.actor.is_some()
    }
}

/// The indices into `report.events` to show, in order.
pub fn visible(report: &Report, filter: &Filter, sort: SortBy) -> Vec<usize> {
    let events = &report.events;
    let mut out: Vec<usize> = (0..events.len())
        .filter(|&i| filter.accepts(&events[i]))
        .collect();
    // Stable sorts: ties keep document order. `None` keys sort last.
    let last = |s: Option<&String>| (s.is_none(), s.cloned().unwrap_or_default());
    match sort {
        SortBy::Document => {}
        SortBy::Type => crate::order::sort_by_key(&mut out, |&i| {
            (events[i].event_type.clone(), events[i].sub_type.clone())
        }),
        SortBy::Place => crate::order::sort_by_key(&mut out, |&i| {
            last(events[i].location.as_ref().map(|l| &l.name))
        }),
        SortBy::Actor => crate::order::sort_by_key(&mut out, |&i| {
            last(events[i].actors.first().map(|a| &a.name))
        }),
        SortBy::Date => crate::order::sort_by_key(&mut out, |&i| {
            last(events[i].date.as_ref().and_then(|d| d.value.as_ref()))
        }),
        SortBy::Killed => crate::order::sort_by_key(&mut out, |&i| {
            Reverse(events[i].fatalities.as_ref().map_or(0, |q| q.best))
        }),
    }
    out
}

/// The values the filters can take, each once, sorted: event types, place
/// names, actor names (actors and targets).
pub fn choices(report: &Report) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut types = Vec::new();
    let mut places = Vec::new();
    let mut actors = Vec::new();
    for e in &report.events {
        types.push(e.event_type.clone());
        places.extend(e.location.as_ref().map(|l| l.name.clone()));
        actors.extend(e.actors.iter().chain(&e.targets).map(|a| a.name.clone()));
    }
    for v in [&mut types, &mut places, &mut actors] {
        crate::order::sort(v);
        v.dedup();
    }
    (types, places, actors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    const TEXT: &str = concat!(
        "Russian forces shelled Kharkiv on Monday, killing three civilians. ",
        "Ukrainian drones struck an oil depot in Belgorod, injuring two workers. ",
        "Ukrainian troops clashed with Russian forces near Bakhmut on Tuesday; five soldiers ",
        "were killed. On Wednesday, a Russian missile strike killed 12 people in Odesa."
    );

    fn report() -> Report {
        let options = Options::default()
            .with_reference_date("2024-03-12")
            .unwrap();
        crate::analyze(TEXT, &options)
    }

    fn types(r: &Report, order: &[usize]) -> Vec<String> {
        order
            .iter()
            .map(|&i| r.events[i].event_type.clone())
            .collect()
    }

    #[test]
    fn no_filter_shows_every_event_in_document_order() {
        let r = report();
        assert!(r.events.len() >= 4, "{:#?}", r.events);
        let all = visible(&r, &Filter::default(), SortBy::Document);
        assert_eq!(all, (0..r.events.len()).collect::<Vec<_>>());
    }

    #[test]
    fn filters_keep_only_matching_events() {
        let r = report();
        let (kinds, places, actors) = choices(&r);
        assert!(kinds.len() >= 2, "{kinds:?}");
        for t in &kinds {
            let f = Filter {
                event_type: Some(t.clone()),
                ..Filter::default()
            };
            let shown = visible(&r, &f, SortBy::Document);
            assert!(!shown.is_empty());
            assert!(types(&r, &shown).iter().all(|x| x == t));
            let n = r.events.iter().filter(|e| &e.event_type == t).count();
            assert_eq!(shown.len(), n);
        }
        for p in &places {
            let f = Filter {
                place: Some(p.clone()),
                ..Filter::default()
            };
            let shown = visible(&r, &f, SortBy::Document);
            assert!(!shown.is_empty(), "{p}");
            assert!(shown
                .iter()
                .all(|&i| r.events[i].location.as_ref().unwrap().name == *p));
        }
        for a in &actors {
            let f = Filter {
                actor: Some(a.clone()),
                ..Filter::default()
            };
            assert!(!visible(&r, &f, SortBy::Document).is_empty(), "{a}");
        }
        let nowhere = Filter {
            place: Some("Atlantis".into()),
            ..Filter::default()
        };
        assert!(nowhere.is_active());
        assert!(visible(&r, &nowhere, SortBy::Document).is_empty());
    }

    #[test]
    fn sorting_orders_by_the_key_and_keeps_ties_in_text_order() {
        let r = report();
        let by_type = visible(&r, &Filter::default(), SortBy::Type);
        let t = types(&r, &by_type);
        let mut sorted = t.clone();
        sorted.sort();
        assert_eq!(t, sorted);
        let killed = visible(&r, &Filter::default(), SortBy::Killed);
        let counts: Vec<u64> = killed
            .iter()
            .map(|&i| r.events[i].fatalities.as_ref().map_or(0, |q| q.best))
            .collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        assert_eq!(counts[0], 12);
        let by_date = visible(&r, &Filter::default(), SortBy::Date);
        let dates: Vec<Option<String>> = by_date
            .iter()
            .map(|&i| r.events[i].date.as_ref().and_then(|d| d.value.clone()))
            .collect();
        assert!(
            dates.iter().flatten().collect::<Vec<_>>().is_sorted(),
            "{dates:?}"
        );
        let by_place = visible(&r, &Filter::default(), SortBy::Place);
        let names: Vec<Option<&str>> = by_place
            .iter()
            .map(|&i| r.events[i].location.as_ref().map(|l| l.name.as_str()))
            .collect();
        let located = names.iter().take_while(|n| n.is_some()).count();
        assert!(names[located..].iter().all(|n| n.is_none()), "{names:?}");
        assert!(
            names[..located].windows(2).all(|w| w[0] <= w[1]),
            "{names:?}"
        );
        for s in SortBy::ALL {
            assert_eq!(SortBy::from_key(s.key()), s);
        }
        assert_eq!(SortBy::from_key("nonsense"), SortBy::Document);
    }
}
