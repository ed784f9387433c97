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

mod actor;
mod casualty;
mod date;
mod doc;
mod error;
mod event;
pub mod gazetteer;
mod hash;
mod lexfile;
mod lexicon;
mod limits;
mod order;
mod place;
mod quantity;
pub mod report;
mod span;
mod summary;
mod text;
mod timex;
mod weapon;

// The page; its pure parts (state reducer, highlighting) are also built for
// the native unit tests, so `cargo test` covers them without a browser
// (and the `share` feature builds them for the share-link fuzz target).
#[cfg(any(feature = "web", feature = "share", test))]
pub mod web;

pub use error::Error;
#[doc(hidden)]
pub use limits::work_steps;
pub use limits::MAX_INPUT_BYTES;
pub use report::{Report, SCHEMA};
pub use timex::TimeExpression;

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

/// The warning given when relative dates are found and no reference date is set.
pub const NO_REFERENCE_DATE: &str = "no reference date: relative dates left unresolved";

/// Finds the document's own date in its opening lines, as `YYYY-MM-DD`: a
/// dateline ("SAN SALVADOR, 3 JAN 90 --", "KYIV, Jan 2 (Reuters) -"), a
/// "Published: 2024-01-02" line, or a full date under the headline. A
/// dateline without a year takes a year written in the opening lines, else
/// nothing is returned (see [`detect_reference_date_before`]).
///
/// ```
/// let text = "SAN SALVADOR, 3 JAN 90 -- GUERRILLAS ATTACKED A POST YESTERDAY.";
/// assert_eq!(sitrep::detect_reference_date(text).as_deref(), Some("1990-01-03"));
/// ```
pub fn detect_reference_date(text: &str) -> Option<String> {
    timex::detect(text).map(|d| d.to_string())
}

/// Like [`detect_reference_date`], and a dateline without a year ("KYIV,
/// Jan 2 (Reuters) -") is placed in the latest year that does not put it
/// after `today` (`YYYY-MM-DD`). Returns `None` when `today` is not a date.
///
/// ```
/// let text = "KYIV, Dec 30 (Reuters) - Drones hit the city overnight.";
/// let date = sitrep::detect_reference_date_before(text, "2024-01-02");
/// assert_eq!(date.as_deref(), Some("2023-12-30"));
/// ```
pub fn detect_reference_date_before(text: &str, today: &str) -> Option<String> {
    let today = CivilDate::parse_iso(today.trim())?;
    timex::detect_before(text, today).map(|d| d.to_string())
}

/// Every time expression in `text` with its TimeML type (`DATE`, `TIME`,
/// `DURATION`, `SET`) and value, normalized against the reference date. The
/// report keeps only the dates; this is for evaluation and for tools that
/// want durations and times too.
///
/// ```
/// let options = sitrep::Options::default().with_reference_date("2024-01-03").unwrap();
/// let found = sitrep::time_expressions("Two days ago the shelling lasted three hours.", &options);
/// let got: Vec<(&str, &str, Option<&str>)> = found
///     .iter()
///     .map(|t| (t.span.text.as_str(), t.kind, t.value.as_deref()))
///     .collect();
/// assert_eq!(got, [("Two days ago", "DATE", Some("2024-01-01")), ("three hours", "DURATION", Some("PT3H"))]);
/// ```
pub fn time_expressions(text: &str, options: &Options) -> Vec<TimeExpression> {
    timex::expressions(text, options.reference_date)
}

/// Builds the tables every analysis shares (the word lists and the phrase
/// automaton of actors, weapons and event triggers) now; otherwise the first
/// [`analyze`] call builds them, which makes it several times slower than the
/// next ones. Calling it is optional and cheap once done: the web worker
/// calls it while the gazetteer downloads. The gazetteer's own tables are
/// built when installed ([`gazetteer::install_major`]) or on first use
/// ([`gazetteer::warm_up`]).
///
/// ```
/// sitrep::prepare();
/// let report = sitrep::analyze("Two drones hit Odesa.", &sitrep::Options::default());
/// assert_eq!(report.mentions.quantities[0].best, 2);
/// ```
pub fn prepare() {
    lexfile::prepare();
    casualty::prepare();
    quantity::prepare();
    timex::prepare();
}

/// Analyzes one text.
///
/// Any text is safe to pass: analysis never panics and its work grows
/// linearly with the text. A text over [`MAX_INPUT_BYTES`] is analyzed up to
/// its last sentence end before the limit, and the report's `warnings` say
/// how much was read.
pub fn analyze(text: &str, options: &Options) -> Report {
    // Over the size limit, only a prefix is read; spans stay valid in the
    // whole text.
    let (text, cut) = limits::bounded(text);
    let offsets = Offsets::new(text);
    let mut doc = doc::Doc::new(text);
    let mut warnings: Vec<String> = cut.into_iter().collect();
    let timexes = timex::find(&doc, options.reference_date);
    let dates = timex::dates(&doc, &timexes);
    if options.reference_date.is_none() && dates.iter().any(|d| d.relative && d.value.is_none()) {
        warnings.push(NO_REFERENCE_DATE.to_string());
    }
    // The numbers of a date ("2" in "Jan. 2", "90") are not counts.
    doc.quantities.retain(|q| !timex::covers(&dates, q.span));
    // Each extractor adds its mentions to the context, with their byte spans
    // and tokens; events draw their arguments from it.
    let ctx = event::Context {
        dates: dates.iter().map(|d| timex::located(d, &offsets)).collect(),
        periods: dates.iter().map(timex::period).collect(),
        places: place::located(&doc, &offsets),
        actors: actor::located(&doc, &offsets),
        weapons: weapon::located(&doc, &offsets),
        masthead: event::masthead(&doc),
        reference_day: options.reference_date.map(|d| d.to_days()),
    };
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
    let (events, event_warnings) = event::extract(&doc, &ctx, &offsets);
    warnings.extend(event_warnings);
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
