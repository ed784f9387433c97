//! The web page (the `web` feature): a Yew app that renders the core's report.
//!
//! The page never reads the text itself: it calls [`crate::analyze`] and shows
//! the [`Report`](crate::report::Report) it returns.
//!
//! - [`state`]: the page state as a pure reducer (tested natively);
//! - [`highlight`]: the report's spans turned into highlighted pieces of text
//!   (pure, tested natively);
//! - `components`: one Yew component per file, thin views over the two above.

pub mod highlight;
pub mod state;

#[cfg(feature = "web")]
mod cities;
#[cfg(feature = "web")]
mod components;
#[cfg(feature = "web")]
mod service_worker;

#[cfg(feature = "web")]
pub use components::App;

/// Starts the page: registers the service worker (for offline use) and
/// mounts [`App`] into the document's body.
#[cfg(feature = "web")]
pub fn start() {
    service_worker::register("sw.js");
    yew::Renderer::<App>::new().render();
}
