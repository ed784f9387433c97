//! The report: plain serde data, shaped exactly as `sitrep.report/1`.
//!
//! Every offset here is a Unicode code point index into the input text, `end`
//! exclusive. The analyzer works in byte offsets internally and converts once,
//! when it builds these values (see [`crate::span::Offsets`]).

use serde::{Deserialize, Serialize};

/// The schema string every report carries.
pub const SCHEMA: &str = "sitrep.report/1";

/// One analysis of one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The anchor for relative dates, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
    /// Events in document order.
    pub events: Vec<Event>,
    /// Every mention found, event or not.
    pub mentions: Mentions,
    /// The events added up.
    pub summary: Summary,
    /// Anything the reader should know about how the text was read.
    pub warnings: Vec<String>,
    /// The sentences the text was split into (an extension of the contract).
    #[serde(default)]
    pub sentences: Vec<Span>,
}

/// Every mention found in the text, by kind.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Mentions {
    /// Places (toponyms).
    pub places: Vec<Place>,
    /// Actors: states, groups, persons, generic actors.
    pub actors: Vec<Actor>,
    /// Weapons with their counts.
    pub weapons: Vec<Weapon>,
    /// Numbers and vague quantities.
    pub quantities: Vec<Quantity>,
    /// Dates, absolute and relative.
    pub dates: Vec<Date>,
}

/// A piece of the input text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// The text exactly as it stands in the input.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Defines a value read from the text: the struct with a leading
/// `span: Span`, and its serde shape, where the span's `text`, `start` and
/// `end` come first among the value's own fields, as the contract has them.
///
/// The shape is derived on borrowed and owned mirrors of the struct rather
/// than with `#[serde(flatten)]`: flattening goes through serde's untyped
/// buffer, which the compact format between the page and its worker
/// (postcard) cannot express, and it costs code and time in every format.
macro_rules! spanned {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            /// Where it was read.
            pub span: Span,
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        const _: () = {
            #[derive(Serialize)]
            struct Borrowed<'a> {
                text: &'a str,
                start: usize,
                end: usize,
                $($field: &'a $ty,)*
            }

            #[derive(Deserialize)]
            struct Owned {
                text: String,
                start: usize,
                end: usize,
                $($field: $ty,)*
            }

            impl Serialize for $name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    Borrowed {
                        text: &self.span.text,
                        start: self.span.start,
                        end: self.span.end,
                        $($field: &self.$field,)*
                    }
                    .serialize(serializer)
                }
            }

            impl<'de> Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let o = Owned::deserialize(deserializer)?;
                    Ok($name {
                        span: Span { text: o.text, start: o.start, end: o.end },
                        $($field: o.$field,)*
                    })
                }
            }
        };
    };
}

spanned! {
    /// A number of people, weapons or things, with its honest range.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Quantity {
        /// The least the text supports, when it says.
        pub low: Option<u64>,
        /// The most conservative figure the text supports.
        pub best: u64,
        /// The most the text supports, when it says.
        pub high: Option<u64>,
        /// Whether the text gives the number exactly.
        pub exact: bool,
    }
}

spanned! {
    /// A date, normalized against the reference date where it is relative.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Date {
        /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved.
        pub value: Option<String>,
        /// `day`, `week`, `month` or `year`.
        pub precision: Option<String>,
    }
}

spanned! {
    /// A place, resolved in the gazetteer where possible.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Place {
        /// Normalized name ("Belgorod Oblast", "Kyiv").
        pub name: String,
        /// ISO 3166-1 alpha-2.
        pub country: Option<String>,
        /// First-level subdivision name.
        pub admin1: Option<String>,
        /// Latitude.
        pub lat: Option<f64>,
        /// Longitude.
        pub lon: Option<f64>,
        /// `country`, `admin1`, `city`, `region` or `other`.
        pub feature: String,
        /// GeoNames id.
        pub geonameid: Option<u64>,
    }
}

spanned! {
    /// Who did something, or to whom it was done.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Actor {
        /// Normalized name ("Ukraine", "Freedom of Russia Legion").
        pub name: String,
        /// ISO 3166-1 alpha-3.
        pub country: Option<String>,
        /// `state`, `military`, `government`, `rebel`, `militia`, `civilians`,
        /// `organization`, `person` or `other`.
        pub kind: String,
    }
}

spanned! {
    /// A weapon and how many.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Weapon {
        /// One kind, or several joined by `+` when one count covers them.
        pub kind: String,
        /// How many, when the text says.
        pub count: Option<Quantity>,
    }
}

spanned! {
    /// Who says so.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Source {
        /// Normalized name of the source.
        pub name: String,
    }
}

/// One real-world event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `E1`, `E2`, ... stable within one report.
    pub id: String,
    /// ACLED event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_type: String,
    /// PLOVER category.
    pub plover: Option<String>,
    /// The words that name the event.
    pub trigger: Span,
    /// Who did it.
    pub actors: Vec<Actor>,
    /// To whom or what it was done.
    pub targets: Vec<Actor>,
    /// Where.
    pub location: Option<Place>,
    /// When.
    pub date: Option<Date>,
    /// With what.
    pub weapons: Vec<Weapon>,
    /// People killed in this event.
    pub fatalities: Option<Quantity>,
    /// People injured in this event.
    pub injuries: Option<Quantity>,
    /// `reported`, `claimed`, `alleged`, `denied`, `foiled`, `threatened`, `planned`.
    pub status: String,
    /// Who says so.
    pub source: Option<Source>,
    /// The sentence(s) it was read from.
    pub evidence: Span,
    /// In `[0, 1]`.
    pub confidence: f64,
    /// People killed or injured, where the text does not say which
    /// ("40 casualties"); never added to fatalities or injuries (extension).
    #[serde(default)]
    pub casualties: Option<Quantity>,
    /// Other words that name the same event (extension).
    #[serde(default)]
    pub triggers: Vec<Span>,
    /// Every sentence the event was read from, the main one first (extension).
    #[serde(default)]
    pub evidence_sentences: Vec<Span>,
    /// The word the fatality count was read with ("killed", "deaths") (extension).
    #[serde(default)]
    pub fatalities_keyword: Option<Span>,
    /// The word the injury count was read with ("wounded", "injuries") (extension).
    #[serde(default)]
    pub injuries_keyword: Option<Span>,
}

/// A `{low, best, high}` total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    /// Sum of the lows (a missing low counts as its best).
    pub low: u64,
    /// Sum of the bests.
    pub best: u64,
    /// Sum of the highs, while every term has one.
    pub high: Option<u64>,
}

/// Weapons of one kind, added up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeaponTotal {
    /// The weapon kind.
    pub kind: String,
    /// How many, over all events.
    pub count: Range,
}

/// One actor and the number of events it takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorTotal {
    /// Normalized name.
    pub name: String,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// Actor kind.
    pub kind: String,
    /// Events it takes part in.
    pub events: usize,
}

/// One place and the number of events located there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceTotal {
    /// Normalized name.
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// Events located there.
    pub events: usize,
}

/// First and last event dates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    /// Earliest event date value.
    pub first: Option<String>,
    /// Latest event date value.
    pub last: Option<String>,
}

/// The events added up, without double counting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of events.
    pub events: usize,
    /// Events by ACLED type.
    pub by_type: std::collections::BTreeMap<String, usize>,
    /// People killed.
    pub fatalities: Range,
    /// People injured.
    pub injuries: Range,
    /// Weapons by kind.
    pub weapons: Vec<WeaponTotal>,
    /// Actors and their events.
    pub actors: Vec<ActorTotal>,
    /// Places and their events.
    pub places: Vec<PlaceTotal>,
    /// First and last dates.
    pub dates: DateRange,
}
