//! Sitrep reads a news report about armed conflict or violence and returns its
//! events as structured data: what happened, who did it to whom, where, when,
//! with what, and how many were killed and injured, each value with the span
//! of text it was read from.
//!
//! The primary entry point is [`analyze`], which returns a [`Report`] shaped
//! exactly as the `sitrep.report/1` contract. Everything the analyzer needs is
//! built once, on first use, and shared afterwards.
//!
//! # Example
//!
//! ```
//! let options = sitrep::Options::default().with_reference_date("2024-01-02").unwrap();
//! let report = sitrep::analyze("Russia launched over 130 missiles at Kyiv.", &options);
//! assert_eq!(report.schema, "sitrep.report/1");
//! let q = &report.mentions.quantities[0];
//! assert_eq!((q.span.text.as_str(), q.low, q.best, q.high), ("over 130", Some(130), 130, None));
//! ```
#![deny(missing_docs)]

mod casualty;
mod date;
mod doc;
mod error;
mod event;
mod lexicon;
mod quantity;
pub mod report;
mod span;
mod summary;
mod text;

// The page; its pure parts (state reducer, highlighting) are also built for
// the native unit tests, so `cargo test` covers them without a browser.
#[cfg(any(feature = "web", test))]
pub mod web;

pub use error::Error;
pub use report::{Report, SCHEMA};

use date::CivilDate;
use span::Offsets;

/// How to read a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    reference_date: Option<CivilDate>,
}

impl Options {
    /// Sets the date relative expressions ("yesterday", "on Sunday") are
    /// resolved against, as `YYYY-MM-DD`.
    pub fn with_reference_date(mut self, date: &str) -> Result<Options, Error> {
        let d = CivilDate::parse_iso(date.trim()).ok_or_else(|| Error::bad_date(date))?;
        self.reference_date = Some(d);
        Ok(self)
    }

    /// The reference date, if one was set.
    pub fn reference_date(&self) -> Option<String> {
        self.reference_date.map(|d| d.to_string())
    }
}

/// Analyzes one text.
pub fn analyze(text: &str, options: &Options) -> Report {
    let offsets = Offsets::new(text);
    let doc = doc::Doc::new(text);
    let warnings = Vec::new();
    // Each extractor adds its mentions to the context, with their byte spans
    // and tokens; events draw their arguments from it.
    let ctx = event::Context::default();
    let quantities = doc
        .quantities
        .iter()
        .filter(|q| q.unit == quantity::Unit::Count)
        .map(|q| report::Quantity {
            span: offsets.span(q.span),
            low: q.low,
            best: q.best,
            high: q.high,
            exact: q.exact,
        })
        .collect();
    let events = event::extract(&doc, &ctx, &offsets);
    let summary = summary::summarize(&events);
    Report {
        schema: SCHEMA.to_string(),
        reference_date: options.reference_date(),
        events,
        mentions: report::Mentions {
            places: ctx.places.into_iter().map(|l| l.value).collect(),
            actors: ctx.actors.into_iter().map(|l| l.value).collect(),
            weapons: ctx.weapons.into_iter().map(|l| l.value).collect(),
            dates: ctx.dates.into_iter().map(|l| l.value).collect(),
            quantities,
        },
        summary,
        warnings,
        sentences: doc.sentences.iter().map(|s| offsets.span(s.span)).collect(),
    }
}
