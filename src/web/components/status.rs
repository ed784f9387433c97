use std::rc::Rc;

use yew::prelude::*;

use crate::web::state::{Analysis, Places};

#[derive(Properties)]
pub struct Props {
    /// The analysis on show.
    pub analysis: Option<Rc<Analysis>>,
    /// Whether the text has changed since.
    pub pending: bool,
    /// Where the gazetteer's major places stand.
    pub major: Places,
    /// Where the cities table stands.
    pub cities: Places,
    /// The text's size in bytes when it is big (read in the worker).
    pub big: Option<usize>,
    /// Whether the person cancelled the analysis of this text.
    pub cancelled: bool,
    /// Stops the running analysis.
    pub on_cancel: Callback<MouseEvent>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.pending == other.pending
            && self.major == other.major
            && self.cities == other.cities
            && self.big == other.big
            && self.cancelled == other.cancelled
            && super::same(&self.analysis, &other.analysis)
    }
}

/// One line saying what the page shows, announced to screen readers.
#[function_component(Status)]
pub fn status(props: &Props) -> Html {
    let line = match (&props.analysis, props.pending) {
        _ if props.cancelled => "Analysis cancelled. Edit the text or the date to read it again.".to_string(),
        (_, true) => match props.big {
            Some(bytes) => format!(
                "Analyzing… a large text ({:.1} MB), read in the background: the page stays usable.",
                bytes as f64 / 1_000_000.0
            ),
            None => "Analyzing…".to_string(),
        },
        (Some(a), false) if !a.text.is_empty() => {
            let r = &a.report;
            format!(
                "{} characters · {} · {} · {} · read in {} ms",
                a.text.chars().count(),
                plural(r.sentences.len(), "sentence"),
                plural(r.events.len(), "event"),
                plural(r.mentions.quantities.len(), "number"),
                a.millis.round(),
            )
        }
        _ => "Nothing analyzed yet. Everything stays in this browser.".to_string(),
    };
    let places = match (&props.major, &props.cities) {
        (Places::Failed(why), _) => Some(format!(
            "Only countries and regions are known: the place names did not load ({why})."
        )),
        (_, Places::Loading) => Some("Loading the full list of place names…".to_string()),
        (_, Places::Ready(_)) => None,
        (_, Places::Failed(why)) => Some(format!(
            "Only major places are known: the city list did not load ({why})."
        )),
    };
    // What the core says about how it read the text (e.g. that it was over
    // the size limit, and how much of it was read): shown, never swallowed.
    let warnings = props
        .analysis
        .as_ref()
        .map(|a| a.report.warnings.clone())
        .unwrap_or_default();
    html! {
        <>
            <p class="status" role="status" aria-live="polite">{ line }</p>
            if !warnings.is_empty() {
                <ul class="warnings" aria-label="Warnings">
                    { for warnings.into_iter().map(|w| html! { <li>{ w }</li> }) }
                </ul>
            }
            if props.pending && props.big.is_some() {
                <div class="progress">
                    <progress aria-label="Analysis in progress"></progress>
                    <button type="button" class="secondary cancel" onclick={props.on_cancel.clone()}>
                        { "Cancel" }
                    </button>
                </div>
            }
            if let Some(places) = places {
                <p class="status places">{ places }</p>
            }
        </>
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
