use std::rc::Rc;

use yew::prelude::*;

use super::world_map::WorldMap;
use crate::report::Range;
use crate::web::format::{plural, total_range};
use crate::web::state::Analysis;

#[derive(Properties)]
pub struct Props {
    /// The analysis to sum up.
    pub analysis: Option<Rc<Analysis>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        super::same(&self.analysis, &other.analysis)
    }
}

/// The events added up: casualties, events by type, weapons, actors, a
/// timeline and a map.
#[function_component(SummaryCards)]
pub fn summary_cards(props: &Props) -> Html {
    let Some(analysis) = props.analysis.as_ref().filter(|a| !a.text.is_empty()) else {
        return html! { <p class="placeholder">{ "The summary appears once there is a text." }</p> };
    };
    let report = &analysis.report;
    let s = &report.summary;
    let toll = |class: &'static str, label: &'static str, r: &Range| {
        html! {
            <div class={classes!("card", "toll", class)}>
                <h3>{ label }</h3>
                <p class="big"><span class="value">{ r.best }</span></p>
                <p class="range">
                    { if total_range(r) == r.best.to_string() { "as reported, no range".to_string() } else { format!("range {}", total_range(r)) } }
                </p>
            </div>
        }
    };
    let most = s.by_type.values().copied().max().unwrap_or(1).max(1);
    // Each actor's roles: how often it acts, how often it is the target.
    let roles = |name: &str| {
        let acts = report
            .events
            .iter()
            .filter(|e| e.actors.iter().any(|a| a.name == name))
            .count();
        let targeted = report
            .events
            .iter()
            .filter(|e| e.targets.iter().any(|a| a.name == name))
            .count();
        [(acts, "actor"), (targeted, "target")]
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, role)| format!("{role} in {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut dated: Vec<(&str, &crate::report::Event)> = report
        .events
        .iter()
        .filter_map(|e| Some((e.date.as_ref()?.value.as_deref()?, e)))
        .collect();
    crate::order::sort_by_key(&mut dated, |(d, _)| *d);
    html! {
        <div class="summary-grid">
            { toll("killed", "Killed", &s.fatalities) }
            { toll("injured", "Injured", &s.injuries) }
            <div class="card by-type">
                <h3>{ "Events by type" }</h3>
                if s.by_type.is_empty() {
                    <p class="placeholder">{ "No events." }</p>
                } else {
                    <ul class="bars">
                        { for s.by_type.iter().map(|(t, n)| html! {
                            <li>
                                <span class="label">{ t.clone() }</span>
                                // An SVG bar, not a style attribute: the page's
                                // Content-Security-Policy allows no inline style.
                                <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                                    <rect width={(100 * n / most).max(2).to_string()} height="1" />
                                </svg>
                                <span class="n">{ n }</span>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            <div class="card weapons">
                <h3>{ "Weapons" }</h3>
                if s.weapons.is_empty() {
                    <p class="placeholder">{ "None named." }</p>
                } else {
                    <ul class="plain">
                        { for s.weapons.iter().map(|w| html! {
                            <li><span class="label">{ w.kind.replace('_', " ") }</span>
                                <span class="n">{ total_range(&w.count) }</span></li>
                        }) }
                    </ul>
                }
            </div>
            <div class="card actors">
                <h3>{ "Actors" }</h3>
                if s.actors.is_empty() {
                    <p class="placeholder">{ "None named." }</p>
                } else {
                    <ul class="plain">
                        { for s.actors.iter().map(|a| html! {
                            <li>
                                <span class="label">{ a.name.clone() }</span>
                                <span class="meta">
                                    { format!("{}{} · {}", a.kind, a.country.as_ref().map(|c| format!(", {c}")).unwrap_or_default(), roles(&a.name)) }
                                </span>
                            </li>
                        }) }
                    </ul>
                }
            </div>
            <div class="card timeline">
                <h3>{ "Timeline" }</h3>
                if dated.is_empty() {
                    <p class="placeholder">{ "No dated events." }</p>
                } else {
                    <ol class="plain">
                        { for dated.iter().map(|(d, e)| html! {
                            <li>
                                <time datetime={d.to_string()}>{ d.to_string() }</time>
                                <span class="label">{ format!("{} {}", e.id, e.sub_type) }</span>
                                if let Some(l) = &e.location { <span class="meta">{ l.name.clone() }</span> }
                            </li>
                        }) }
                    </ol>
                }
            </div>
            <div class="card map">
                <h3>{ "Places" }</h3>
                <WorldMap places={Rc::new(s.places.clone())} />
                <p class="meta">{ format!("{} on the map", plural(s.places.iter().filter(|p| p.lat.is_some()).count(), "place")) }</p>
            </div>
        </div>
    }
}
