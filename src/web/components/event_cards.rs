use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::report::{Actor, Event};
use crate::web::events::{self, Filter, SortBy};
use crate::web::format::short_range;
use crate::web::highlight;
use crate::web::state::{Analysis, Reveal, LIST_LIMIT};

#[derive(Properties)]
pub struct Props {
    /// The analysis whose events to show.
    pub analysis: Option<Rc<Analysis>>,
    /// Which events.
    pub filter: Filter,
    /// In which order.
    pub sort: SortBy,
    /// The picked event's id.
    pub selected: Option<String>,
    /// Whether the picked event's card is to be scrolled into view (it was
    /// picked in the text).
    pub reveal: Reveal,
    /// A new filter.
    pub on_filter: Callback<Filter>,
    /// A new order.
    pub on_sort: Callback<SortBy>,
    /// An event picked (or unpicked).
    pub on_select: Callback<Option<String>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.filter == other.filter
            && self.sort == other.sort
            && self.selected == other.selected
            && self.reveal == other.reveal
            && super::same(&self.analysis, &other.analysis)
    }
}

/// One card per event, with filter and sort menus.
#[function_component(EventCards)]
pub fn event_cards(props: &Props) -> Html {
    // An event picked in the text: bring its card into view once drawn.
    use_effect_with(
        (props.selected.clone(), props.reveal),
        |(selected, reveal)| {
            if selected.is_some() && *reveal == Reveal::Card {
                super::super::browser::scroll_near(".event-card.picked");
            }
        },
    );
    let Some(analysis) = props
        .analysis
        .as_ref()
        .filter(|a| !a.report.events.is_empty())
    else {
        return html! { <p class="placeholder">{ "No events found yet." }</p> };
    };
    let report = &analysis.report;
    let (types, places, actors) = events::choices(report);
    let shown = events::visible(report, &props.filter, props.sort);

    let menu = |id: &'static str,
                label: &'static str,
                all: &'static str,
                values: Vec<String>,
                current: Option<String>,
                set: fn(&mut Filter, Option<String>)| {
        let filter = props.filter.clone();
        let on_filter = props.on_filter.clone();
        let onchange = Callback::from(move |e: Event_| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut f = filter.clone();
            set(&mut f, (!value.is_empty()).then_some(value));
            on_filter.emit(f);
        });
        html! {
            <div class="control">
                <label for={id}>{ label }</label>
                <select id={id} {onchange}>
                    <option value="" selected={current.is_none()}>{ all }</option>
                    { for values.into_iter().map(|v| html! {
                        <option value={v.clone()} selected={current.as_ref() == Some(&v)}>{ v.clone() }</option>
                    }) }
                </select>
            </div>
        }
    };
    let on_sort = {
        let on_sort = props.on_sort.clone();
        Callback::from(move |e: Event_| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            on_sort.emit(SortBy::from_key(&value));
        })
    };
    html! {
        <>
            <div class="controls" role="group" aria-label="Filter and sort the events">
                { menu("filter-type", "Type", "All types", types, props.filter.event_type.clone(),
                       |f, v| f.event_type = v) }
                { menu("filter-place", "Place", "All places", places, props.filter.place.clone(),
                       |f, v| f.place = v) }
                { menu("filter-actor", "Actor", "All actors", actors, props.filter.actor.clone(),
                       |f, v| f.actor = v) }
                <div class="control">
                    <label for="sort-by">{ "Sort by" }</label>
                    <select id="sort-by" onchange={on_sort}>
                        { for SortBy::ALL.iter().map(|s| html! {
                            <option value={s.key()} selected={*s == props.sort}>{ s.label() }</option>
                        }) }
                    </select>
                </div>
            </div>
            <p class="count" aria-live="polite">
                { format!("Showing {} of {} events", shown.len(), report.events.len()) }
                if shown.len() > LIST_LIMIT {
                    { format!(" (the first {LIST_LIMIT} drawn: filter to narrow them down)") }
                }
            </p>
            <ol class="event-cards">
                { for shown.iter().take(LIST_LIMIT).map(|&i| card(&report.events[i], props)) }
            </ol>
        </>
    }
}

type Event_ = yew::Event;

fn card(e: &Event, props: &Props) -> Html {
    let picked = props.selected.as_deref() == Some(e.id.as_str());
    let onclick = {
        let on_select = props.on_select.clone();
        let id = e.id.clone();
        Callback::from(move |_: MouseEvent| on_select.emit((!picked).then(|| id.clone())))
    };
    let names = |xs: &[Actor]| -> String {
        xs.iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let row = |label: &str, value: Html| {
        html! {
            <div class="row"><dt>{ label.to_string() }</dt><dd>{ value }</dd></div>
        }
    };
    let who = if e.actors.is_empty() && e.targets.is_empty() {
        None
    } else {
        let a = names(&e.actors);
        let t = names(&e.targets);
        Some(html! {
            <>
                <span class="actor">{ if a.is_empty() { "unknown".to_string() } else { a } }</span>
                <span aria-label="against">{ " → " }</span>
                <span class="target">{ if t.is_empty() { "unknown".to_string() } else { t } }</span>
            </>
        })
    };
    let weapons = (!e.weapons.is_empty()).then(|| {
        e.weapons
            .iter()
            .map(highlight::weapon)
            .collect::<Vec<_>>()
            .join(", ")
    });
    html! {
        <li class={classes!("event-card", picked.then_some("picked"))} data-event={e.id.clone()}
            data-type={e.event_type.clone()}>
            <h3>
                <span class="event-id">{ e.id.clone() }</span>
                <span class="event-type">{ e.event_type.clone() }</span>
            </h3>
            <p class="sub-type">{ e.sub_type.clone() }</p>
            <dl>
                if let Some(who) = who { { row("Who", who) } }
                if let Some(l) = &e.location { { row("Where", html! { highlight::place(l) }) } }
                if let Some(d) = &e.date { { row("When", html! { highlight::date(d) }) } }
                if let Some(w) = weapons { { row("Weapons", html! { w }) } }
                if let Some(q) = &e.fatalities {
                    { row("Killed", html! { <span class="count killed" title={q.span.text.clone()}>{ short_range(q) }</span> }) }
                }
                if let Some(q) = &e.injuries {
                    { row("Injured", html! { <span class="count injured" title={q.span.text.clone()}>{ short_range(q) }</span> }) }
                }
                if let Some(q) = &e.casualties {
                    { row("Casualties", html! { short_range(q) }) }
                }
                { row("Status", html! { <span class={classes!("status-tag", e.status.clone())}>{ e.status.clone() }</span> }) }
                if let Some(s) = &e.source { { row("Source", html! { s.name.clone() }) } }
            </dl>
            <button type="button" class="secondary evidence-button" aria-pressed={picked.to_string()} {onclick}>
                { if picked { "Unmark evidence" } else { "Show evidence" } }
            </button>
        </li>
    }
}
