use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::article_input::ArticleInput;
use super::event_cards::EventCards;
use super::export_bar::ExportBar;
use super::footer::Footer;
use super::quantity_list::QuantityList;
use super::status::Status;
use super::summary_cards::SummaryCards;
use super::text_view::TextView;
use crate::web::engine::{EngineRef, Job};
use crate::web::share::{self, ShareError};
use crate::web::state::{Action, Analysis, State, BIG_TEXT};
use crate::web::{browser, service_worker};

/// The service worker registers once the first result is on show, or after
/// this long, whichever comes first: its install fetches every file of the
/// app (the gazetteer's too), which would compete with the first load.
const SERVICE_WORKER_AFTER_MS: u32 = 3_000;

/// What the page is given.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where its texts are read: the analysis worker on the page
    /// ([`EngineRef::worker`]).
    pub engine: EngineRef,
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let engine = props.engine.clone();

    // Analyze the text: at once when it was pasted, dropped, cleared,
    // loaded or opened from a link (or the places it waited for came),
    // once typing pauses when it was typed. A newer revision cancels the
    // pending timer (the cleanup drops it), and the reducer drops a result
    // that arrives for an older text. Every text is read by the engine (in
    // the worker), so the page stays responsive while big ones are read.
    {
        let dispatcher = state.dispatcher();
        let text = state.text.clone();
        let date = state.reference_date();
        // (A Cancel also drops a reading still waiting for typing to pause:
        // a date typed just before it.)
        let ready = state.may_analyze();
        let delay = state.read_delay_ms();
        let engine = engine.clone();
        use_effect_with((state.revision, state.cancelled), move |&(revision, _)| {
            // (Once the major places are in, the revision moves on and the
            // text is read.)
            let job = Job {
                id: revision,
                text,
                date,
            };
            let timer = ready.then(|| analyze_after(delay, &engine, job, dispatcher));
            move || drop(timer)
        });
    }

    // Set once the first analysis is on screen: the cities table, which
    // the worker fetches and parses, is asked for only then, so it never
    // competes with the first result for the two threads of a small
    // machine.
    // The service worker is registered then too (or after
    // SERVICE_WORKER_AFTER_MS).
    let shown = use_mut_ref(|| false);
    {
        let shown = shown.clone();
        let dispatcher = state.dispatcher();
        use_effect_with(state.analysis.is_some(), move |&some| {
            if some {
                *shown.borrow_mut() = true;
                register_service_worker(dispatcher);
            }
        });
    }

    // Once, after the first render: open a share link if the address holds
    // one, watch for a new version, start the engine (it loads the
    // gazetteer's major places), and, once the first result is on show, ask
    // it for the cities table.
    {
        let dispatcher = state.dispatcher();
        let engine = engine.clone();
        use_effect_with((), move |_| {
            let fragment = browser::fragment();
            if fragment.len() > 1 {
                let dispatcher = dispatcher.clone();
                yew::platform::spawn_local(async move {
                    match share::decode(&fragment).await {
                        Ok((text, date)) => {
                            dispatcher.dispatch(Action::Restore(Rc::from(text), date))
                        }
                        Err(ShareError::NotALink) => {}
                        Err(e) => dispatcher.dispatch(Action::Notice(Some(format!(
                            "Could not open the link: {e}."
                        )))),
                    }
                });
            }
            {
                let dispatcher = dispatcher.clone();
                Timeout::new(SERVICE_WORKER_AFTER_MS, move || {
                    register_service_worker(dispatcher)
                })
                .forget();
            }
            // The major places first: the text waits for them. Then the
            // cities table.
            let on_major = Box::new({
                let engine = engine.clone();
                move |major: Result<usize, String>| {
                    let failed = major.is_err();
                    dispatcher.dispatch(Action::MajorLoaded(major));
                    if failed {
                        dispatcher.dispatch(Action::CitiesLoaded(Err(
                            "the major places did not load".into(),
                        )));
                        return;
                    }
                    yew::platform::spawn_local(async move {
                        while !*shown.borrow() {
                            yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
                        }
                        let on_cities =
                            move |cities| dispatcher.dispatch(Action::CitiesLoaded(cities));
                        engine.0.warm(Box::new(on_cities));
                    });
                }
            });
            engine.0.start(on_major);
        });
    }

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::Edit(Rc::from(text))))
    };
    let on_paste = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::Paste(Rc::from(text))))
    };
    let on_date = {
        let dispatcher = state.dispatcher();
        Callback::from(move |date: String| dispatcher.dispatch(Action::SetDate(date)))
    };
    let on_example = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::LoadExample))
    };
    let on_filter = {
        let dispatcher = state.dispatcher();
        Callback::from(move |f| dispatcher.dispatch(Action::Filter(f)))
    };
    let on_sort = {
        let dispatcher = state.dispatcher();
        Callback::from(move |s| dispatcher.dispatch(Action::Sort(s)))
    };
    let on_select = {
        let dispatcher = state.dispatcher();
        Callback::from(move |id| dispatcher.dispatch(Action::Select(id)))
    };
    let on_pick = {
        let dispatcher = state.dispatcher();
        Callback::from(move |index| dispatcher.dispatch(Action::Pick(index)))
    };
    let on_cancel = {
        let dispatcher = state.dispatcher();
        let engine = engine.clone();
        Callback::from(move |_: MouseEvent| {
            engine.0.cancel();
            dispatcher.dispatch(Action::Cancel);
        })
    };
    let on_dismiss = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Notice(None)))
    };

    let analysis = state.analysis.clone();
    let selected = analysis.as_ref().and_then(|a| {
        let id = state.selected.as_ref()?;
        a.report.events.iter().position(|e| &e.id == id)
    });
    html! {
        <>
            if state.update_ready {
                <div class="toast update" role="status">
                    <span>{ "A new version of Sitrep is ready." }</span>
                    <button type="button" onclick={Callback::from(|_: MouseEvent| service_worker::activate_update())}>
                        { "Reload" }
                    </button>
                </div>
            }
            <header class="site-header">
                <h1>{ "Sitrep" }</h1>
                <p class="tagline">
                    { "Paste a news report about armed conflict: see its events, places, actors and casualty counts, each traced to the words it was read from." }
                </p>
            </header>
            if let Some(notice) = state.notice.clone() {
                <div class="notice" role="alert">
                    <p>{ notice }</p>
                    <button type="button" class="secondary" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
            }
            <main class="layout">
                <section class="panel input-panel" aria-labelledby="input-heading">
                    <h2 id="input-heading">{ "Article" }</h2>
                    <ArticleInput text={state.text.clone()} date_input={state.date_input.clone()}
                        detected_date={state.detected_date.clone()} {on_edit} {on_paste} {on_date} {on_example} />
                    <Status analysis={analysis.clone()} pending={state.is_pending()} major={state.major.clone()} cities={state.cities.clone()}
                        big={(state.text.len() >= BIG_TEXT).then_some(state.text.len())}
                        cancelled={state.cancelled == Some(state.revision)} {on_cancel} />
                    <ExportBar analysis={analysis.clone()} />
                </section>
                <section class="panel result-panel" aria-labelledby="text-heading">
                    <h2 id="text-heading">{ "Highlighted text" }</h2>
                    <TextView analysis={analysis.clone()} {selected} reveal={state.reveal} {on_pick} />
                </section>
                <section class="panel summary-panel" aria-labelledby="summary-heading">
                    <h2 id="summary-heading">{ "Summary" }</h2>
                    <SummaryCards analysis={analysis.clone()} />
                </section>
                <section class="panel events-panel" aria-labelledby="events-heading">
                    <h2 id="events-heading">{ "Events" }</h2>
                    <EventCards analysis={analysis.clone()} filter={state.filter.clone()} sort={state.sort}
                        selected={state.selected.clone()} reveal={state.reveal} {on_filter} {on_sort} {on_select} />
                </section>
                <section class="panel quantity-panel" aria-labelledby="quantity-heading">
                    <h2 id="quantity-heading">{ "Numbers" }</h2>
                    <QuantityList {analysis} />
                </section>
            </main>
            <Footer />
        </>
    }
}

/// Registers the service worker (for offline use), the first time only.
fn register_service_worker(dispatcher: UseReducerDispatcher<State>) {
    service_worker::register_once("sw.js", move || dispatcher.dispatch(Action::UpdateReady));
}

/// Has `engine` read `job` after `delay_ms` (at once when 0). The returned
/// timer, if any, cancels it when dropped.
fn analyze_after(
    delay_ms: u32,
    engine: &EngineRef,
    job: Job,
    dispatcher: UseReducerDispatcher<State>,
) -> Option<Timeout> {
    let engine = engine.clone();
    let read = move || {
        let (revision, text, date) = (job.id, job.text.clone(), job.date.clone());
        let on_done = move |reply: crate::web::engine::Reply| match reply.report {
            Ok(report) if reply.id == revision => {
                dispatcher.dispatch(Action::Analyzed(Rc::new(Analysis {
                    revision,
                    text: text.clone(),
                    date: date.clone(),
                    report,
                    millis: reply.millis,
                })))
            }
            Ok(_) => {}
            Err(why) => {
                dispatcher.dispatch(Action::Cancel);
                dispatcher.dispatch(Action::Notice(Some(format!(
                    "The text could not be analyzed: {why}."
                ))));
            }
        };
        engine.0.submit(job, Rc::new(on_done));
    };
    if delay_ms == 0 {
        read();
        None
    } else {
        Some(Timeout::new(delay_ms, read))
    }
}
