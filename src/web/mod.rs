//! The web page (the `web` feature): a Yew app that renders the core's report.
//!
//! The page never reads the text itself: its [`engine`] (the analysis
//! worker) calls [`crate::analyze`], and the page shows the
//! [`Report`](crate::report::Report) that comes back. The page and the
//! worker run one wasm module ([`main`] tells them apart), so the analyzer
//! is downloaded and compiled once, and runs only on the worker's thread.
//!
//! - [`state`]: the page state as a pure reducer (tested natively);
//! - [`highlight`]: the report's spans turned into highlighted pieces of text
//!   (pure, tested natively);
//! - [`events`]: which event cards to show, in which order (pure);
//! - [`format`]: counts as short ranges ("150+", "≤160");
//! - [`map`]: where the offline map's place labels go (pure);
//! - [`export`]: the report as JSON, CSV, GeoJSON and a Markdown brief (pure);
//! - [`share`]: share links, the text compressed into the URL fragment (pure);
//! - [`wire`]: the report as compact bytes from the worker to the page (pure);
//! - [`engine`]: where texts are read (the worker, or the page's thread);
//! - `components`: one Yew component per file, thin views over the above.

pub mod events;
pub mod export;
pub mod format;
pub mod highlight;
pub mod map;
pub mod share;
pub mod state;
#[cfg(any(feature = "web", test))]
pub mod wire;

#[cfg(feature = "web")]
mod browser;
#[cfg(feature = "web")]
mod cities;
#[cfg(feature = "web")]
mod components;
#[cfg(feature = "web")]
pub mod engine;
#[cfg(feature = "web")]
mod remote;
#[cfg(feature = "web")]
mod service_worker;
#[cfg(feature = "web")]
pub mod worker;

#[cfg(feature = "web")]
pub use components::{App, AppProps};

/// The web build's one entry point (`src/bin/app.rs`): the same wasm module
/// runs the page and its analysis worker. In a window it starts the page
/// ([`start`]); in the worker (`scripts/worker.js`, which instantiates the
/// module the page compiled and posted to it) it runs the worker's loop
/// ([`worker::run`]).
#[cfg(feature = "web")]
pub fn main() {
    if web_sys::window().is_some() {
        start();
    } else {
        worker::run();
    }
}

/// Starts the page: mounts [`App`], reading in the analysis worker, into the
/// document's body (which registers the service worker, for offline use).
#[cfg(feature = "web")]
pub fn start() {
    let props = AppProps {
        engine: engine::EngineRef::worker(),
    };
    yew::Renderer::<App>::with_props(props).render();
}
