use std::rc::Rc;

use yew::prelude::*;

use crate::web::browser;
use crate::web::export;
use crate::web::share::{self, ShareError};
use crate::web::state::Analysis;

#[derive(Properties)]
pub struct Props {
    /// The analysis to export.
    pub analysis: Option<Rc<Analysis>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        super::same(&self.analysis, &other.analysis)
    }
}

/// Downloads (JSON, CSV, GeoJSON), the Markdown brief and the share link.
#[function_component(ExportBar)]
pub fn export_bar(props: &Props) -> Html {
    let message = use_state(|| None::<String>);
    let link = use_state(|| None::<String>);
    let Some(analysis) = props.analysis.clone().filter(|a| !a.text.is_empty()) else {
        return html! {};
    };
    let save =
        |name: &'static str, mime: &'static str, make: fn(&crate::report::Report) -> String| {
            let analysis = analysis.clone();
            let message = message.clone();
            Callback::from(move |_: MouseEvent| {
                let result = browser::download(name, mime, &make(&analysis.report));
                message.set(Some(match result {
                    Ok(()) => format!("Saved {name}."),
                    Err(why) => why,
                }));
            })
        };
    let on_brief = {
        let analysis = analysis.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let text = export::brief(&analysis.report);
            let message = message.clone();
            yew::platform::spawn_local(async move {
                message.set(Some(match browser::copy(&text).await {
                    Ok(()) => "The brief is on the clipboard (Markdown).".to_string(),
                    Err(why) => format!("Could not copy: {why}."),
                }));
            });
        })
    };
    let on_share = {
        let analysis = analysis.clone();
        let message = message.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let (analysis, message, link) = (analysis.clone(), message.clone(), link.clone());
            yew::platform::spawn_local(async move {
                match share::encode(&analysis.text, analysis.date.as_deref()).await {
                    Ok(fragment) => {
                        let url = browser::set_fragment(&fragment);
                        link.set(url.clone());
                        if let Some(url) = url {
                            message.set(Some(match browser::copy(&url).await {
                                Ok(()) => "Link copied. It holds the text itself, compressed; opening it sends nothing to any server.".to_string(),
                                Err(_) => "Link made (below). It holds the text itself; opening it sends nothing to any server.".to_string(),
                            }));
                        }
                    }
                    Err(e @ ShareError::TooLong(_)) => {
                        link.set(None);
                        message.set(Some(format!("Not shared: {e}.")));
                    }
                    Err(e) => message.set(Some(e.to_string())),
                }
            });
        })
    };
    html! {
        <div class="export">
            <div class="buttons">
                <button type="button" class="secondary" onclick={save("sitrep-report.json", "application/json", export::json)}>{ "JSON" }</button>
                <button type="button" class="secondary" onclick={save("sitrep-events.csv", "text/csv", export::csv)}>{ "CSV" }</button>
                <button type="button" class="secondary" onclick={save("sitrep-events.geojson", "application/geo+json", export::geojson)}>{ "GeoJSON" }</button>
                <button type="button" class="secondary" onclick={on_brief}>{ "Copy brief" }</button>
                <button type="button" onclick={on_share}>{ "Share link" }</button>
            </div>
            if let Some(url) = (*link).clone() {
                <label class="share-link">
                    <span>{ "Share link" }</span>
                    <input type="text" readonly=true value={url} />
                </label>
            }
            <p class="export-status" role="status" aria-live="polite">
                { (*message).clone().unwrap_or_default() }
            </p>
        </div>
    }
}
