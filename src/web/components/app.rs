use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::article_input::ArticleInput;
use super::footer::Footer;
use super::quantity_list::QuantityList;
use super::status::Status;
use super::text_view::TextView;
use crate::web::state::{Action, Analysis, State};
use crate::Options;

/// How long typing must pause before the text is analyzed again.
const DEBOUNCE_MS: u32 = 150;

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);

    // Analyze the text once typing pauses. A newer revision cancels the
    // pending timer (the cleanup drops it), and the reducer drops a result
    // that arrives for an older text.
    {
        let dispatcher = state.dispatcher();
        let text = state.text.clone();
        use_effect_with(state.revision, move |&revision| {
            let timer = Timeout::new(DEBOUNCE_MS, move || {
                let report = crate::analyze(&text, &Options::default());
                dispatcher.dispatch(Action::Analyzed(Rc::new(Analysis {
                    revision,
                    text,
                    report,
                })));
            });
            move || drop(timer)
        });
    }

    // Load the gazetteer's cities table once, after the first render.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                let loaded = crate::web::cities::load().await;
                dispatcher.dispatch(Action::CitiesLoaded(loaded));
            });
        });
    }

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::Edit(Rc::from(text))))
    };
    let on_example = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(Action::LoadExample))
    };

    let analysis = state.analysis.clone();
    html! {
        <>
            <header class="site-header">
                <h1>{ "Sitrep" }</h1>
                <p class="tagline">
                    { "Paste a news report about armed conflict: see its sentences and every number, read the way an analyst would." }
                </p>
            </header>
            <main class="layout">
                <section class="panel input-panel" aria-labelledby="input-heading">
                    <h2 id="input-heading">{ "Article" }</h2>
                    <ArticleInput text={state.text.clone()} {on_edit} {on_example} />
                    <Status analysis={analysis.clone()} pending={state.is_pending()} cities={state.cities.clone()} />
                </section>
                <section class="panel result-panel" aria-labelledby="text-heading">
                    <h2 id="text-heading">{ "Highlighted text" }</h2>
                    <TextView analysis={analysis.clone()} />
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
