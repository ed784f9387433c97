//! Place mentions: names from the gazetteer, and names it lacks that a
//! pattern marks as places, each resolved to one place with coordinates.
//!
//! 1. Every gazetteer name in the text is a *spot* with its candidates. Case
//!    tells a name from a common word in mixed-case text ("Nice" and "nice",
//!    "Reading" at a sentence's start); ALL-CAPS text is read without case,
//!    names that are also common words left out unless the context is strong.
//! 2. Context decides what a name is: a capitalised word next to it makes it
//!    part of a person's or an organization's name ("Jordan Henderson",
//!    "Washington Post", "Mr. Paris"); a capital or country followed by a
//!    speech or decision verb is a government, not a place ("Moscow said",
//!    see [`is_metonymic`]).
//! 3. Patterns add what the gazetteer lacks and restrict what it has: a type
//!    word ("Belgorod region", "Donetsk Oblast", "San Miguel Department"),
//!    "the village of X", and apposition ("South of Krasnohorivka, Donetsk
//!    Oblast"). A name unknown to the gazetteer in such a pattern is still a
//!    place (feature "other", no coordinates), its country and subdivision
//!    taken from the apposition or the places around it.
//! 4. Each spot takes its best candidate: population, the kind of place, and
//!    the countries and subdivisions the text names elsewhere ("Paris,
//!    Texas").

use std::cell::Cell;

use crate::hash::FxHashMap;

use crate::doc::Doc;
use crate::event::Located;
use crate::gazetteer::{self, Class, Entry, Feature, TableId, NO_ADMIN1};
use crate::lexfile::Case;
use crate::lexicon::Words;
use crate::report::Place;
use crate::span::{ByteSpan, Offsets};
use crate::text::TokenKind;

/// One place mention, with byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlaceMatch {
    /// The name as written.
    pub span: ByteSpan,
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
    pub feature: &'static str,
    /// GeoNames id.
    pub geonameid: Option<u64>,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
}

impl PlaceMatch {
    /// The report value, with code point offsets (the names move into it).
    pub fn into_report(self, offsets: &Offsets) -> Place {
        Place {
            span: offsets.span(self.span),
            name: self.name,
            country: self.country,
            admin1: self.admin1,
            lat: self.lat,
            lon: self.lon,
            feature: self.feature.to_string(),
            geonameid: self.geonameid,
        }
    }
}

/// The place mentions of the report, with their tokens.
pub(crate) fn located(doc: &Doc, offsets: &Offsets) -> Vec<Located<Place>> {
    find(doc)
        .into_iter()
        .map(|p| Located {
            span: p.span,
            first: p.first,
            last: p.last,
            value: p.into_report(offsets),
        })
        .collect()
}

/// Whether the name at `span` stands for a government rather than the place:
/// a name followed by a speech, decision or attack verb, perhaps after an
/// auxiliary or an adverb ("Moscow said", "Kyiv states", "Washington has
/// repeatedly warned", "Russia launched"), or the object of an accusation
/// ("accused Kyiv of", "urged Moscow to"). The caller decides which names can
/// stand for a government (countries and capitals); works on ALL-CAPS text.
pub(crate) fn is_metonymic(doc: &Doc, span: ByteSpan) -> bool {
    let Some((first, last)) = token_range(doc, span) else {
        return false;
    };
    let w = |i: usize| doc.word(i);
    let mut j = last;
    if matches!(w(j), "'s" | "’s" | "'S" | "’S") {
        return GOVERNMENT_NOUNS.contains(w(j + 1)) || GOVERNMENT_NOUNS.contains(w(j + 2));
    }
    for _ in 0..3 {
        if AUXILIARIES.contains(w(j)) {
            j += 1;
        } else {
            break;
        }
    }
    if GOVERNMENT_VERBS.contains(w(j)) {
        return true;
    }
    if first > 0 && OBJECT_VERBS.contains(w(first - 1)) {
        let after = w(last);
        return after.eq_ignore_ascii_case("of") || after.eq_ignore_ascii_case("to");
    }
    false
}

/// Verbs whose subject is a government when it is a country or a capital.
static GOVERNMENT_VERBS: Words = Words::new(&[
    "said",
    "says",
    "say",
    "states",
    "stated",
    "announced",
    "announces",
    "announce",
    "warned",
    "warns",
    "warn",
    "claimed",
    "claims",
    "claim",
    "denied",
    "denies",
    "deny",
    "accused",
    "accuses",
    "accuse",
    "insisted",
    "insists",
    "insist",
    "urged",
    "urges",
    "urge",
    "demanded",
    "demands",
    "demand",
    "rejected",
    "rejects",
    "reject",
    "responded",
    "responds",
    "respond",
    "retaliated",
    "retaliates",
    "retaliate",
    "vowed",
    "vows",
    "vow",
    "threatened",
    "threatens",
    "threaten",
    "condemned",
    "condemns",
    "condemn",
    "blamed",
    "blames",
    "blame",
    "confirmed",
    "confirms",
    "confirm",
    "agreed",
    "agrees",
    "agree",
    "decided",
    "decides",
    "decide",
    "refused",
    "refuses",
    "refuse",
    "declared",
    "declares",
    "declare",
    "ordered",
    "orders",
    "approved",
    "approves",
    "approve",
    "signed",
    "signs",
    "sign",
    "imposed",
    "imposes",
    "impose",
    "sanctioned",
    "expelled",
    "expels",
    "recalled",
    "summoned",
    "summons",
    "believes",
    "believed",
    "wants",
    "wanted",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "argued",
    "argues",
    "maintains",
    "maintained",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "welcomed",
    "welcomes",
    "criticized",
    "criticised",
    "criticizes",
    "criticises",
    "praised",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "offered",
    "offers",
    "asked",
    "asks",
    "told",
    "tells",
    "pressed",
    "sought",
    "seeks",
    "plans",
    "planned",
    "intends",
    "intended",
    "reported",
    "reports",
    "insisted",
    "suggested",
    "suggests",
    "proposed",
    "proposes",
    "responded",
    "launched",
    "launches",
    "attacked",
    "attacks",
    "fired",
    "fires",
    "struck",
    "strikes",
    "shelled",
    "shells",
    "bombed",
    "bombs",
    "invaded",
    "invades",
    "deployed",
    "deploys",
    "sent",
    "sends",
    "recognized",
    "recognised",
    "recognizes",
    "recognises",
    "backed",
    "backs",
    "supported",
    "supports",
    "supplied",
    "supplies",
    "negotiated",
    "negotiates",
]);

/// Words between such a subject and its verb.
static AUXILIARIES: Words = Words::new(&[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "is",
    "was",
    "did",
    "does",
    "do",
    "not",
    "also",
    "has",
    "repeatedly",
    "previously",
    "already",
    "later",
    "then",
    "quickly",
    "reportedly",
    "officially",
    "publicly",
    "again",
    "now",
    "still",
    "never",
    "since",
    "swiftly",
    "immediately",
    "formally",
    "initially",
]);

/// Verbs whose object is a government when followed by "of" or "to".
static OBJECT_VERBS: Words = Words::new(&[
    "accused", "accuses", "accuse", "urged", "urges", "urge", "pressed", "blamed", "blames",
    "warned", "warns", "called", "asked", "told", "pushed", "allowed", "forced",
]);

/// Nouns after a possessive that make the name a government ("Moscow's
/// decision").
static GOVERNMENT_NOUNS: Words = Words::new(&[
    "decision",
    "response",
    "position",
    "stance",
    "policy",
    "government",
    "demands",
    "demand",
    "claims",
    "claim",
    "refusal",
    "approval",
    "support",
    "backing",
    "offer",
    "proposal",
    "statement",
    "warning",
    "threat",
    "threats",
    "denial",
    "plan",
    "plans",
    "strategy",
    "envoy",
    "ambassador",
    "negotiators",
    "diplomats",
    "officials",
    "leaders",
    "leadership",
]);

/// The token range `[first, last)` a span covers exactly.
fn token_range(doc: &Doc, span: ByteSpan) -> Option<(usize, usize)> {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    let last = doc.tokens.partition_point(|t| t.span.start < span.end);
    let ok = first < last
        && doc.tokens[first].span.start == span.start
        && doc.tokens[last - 1].span.end == span.end;
    ok.then_some((first, last))
}

// ---------------------------------------------------------------------------
// Word lists.

/// Type words after a name: (word, what the name then is).
const TYPE_WORDS: &[(&str, Unit)] = &[
    ("oblast", Unit::Admin1),
    ("region", Unit::Admin1),
    ("province", Unit::Admin1),
    ("governorate", Unit::Admin1),
    ("department", Unit::Admin1),
    ("state", Unit::Admin1),
    ("krai", Unit::Admin1),
    ("kray", Unit::Admin1),
    ("prefecture", Unit::Admin1),
    ("voivodeship", Unit::Admin1),
    ("territory", Unit::Admin1),
    ("county", Unit::Admin2),
    ("district", Unit::Admin2),
    ("raion", Unit::Admin2),
    ("rayon", Unit::Admin2),
    ("municipality", Unit::Admin2),
    ("hromada", Unit::Admin2),
];

/// What a type word makes of the name before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    /// A first-level subdivision ("Donetsk Oblast").
    Admin1,
    /// A lower unit ("Bakhmut district"): a place of feature "other".
    Admin2,
}

/// Type words that must be capitalised to count ("Borno State", not
/// "Texas state officials"; "Police Department" is caught by needing a known
/// subdivision before it).
static CAPITAL_ONLY_TYPES: Words = Words::new(&["state", "department", "territory", "county"]);

/// Type words after which an unknown name is still a place.
static UNKNOWN_OK_TYPES: Words = Words::new(&[
    "oblast",
    "province",
    "governorate",
    "krai",
    "raion",
    "rayon",
    "county",
    "district",
    "region",
    "prefecture",
    "municipality",
    "hromada",
]);

/// Nouns that introduce a place name: "the village of X".
static SETTLEMENT_NOUNS: Words = Words::new(&[
    "village",
    "town",
    "city",
    "settlement",
    "hamlet",
    "township",
    "commune",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "outskirts",
    "port",
    "municipality",
]);

/// Nouns that introduce a subdivision: "the province of X".
static REGION_NOUNS: Words = Words::new(&[
    "province",
    "region",
    "oblast",
    "governorate",
    "department",
    "state",
    "district",
]);

/// Words before a name that make it a place even when the name is also a
/// common word ("in Reading", "to Nice").
static SUPPORTING: Words = Words::new(&[
    "in",
    "at",
    "near",
    "outside",
    "from",
    "into",
    "toward",
    "towards",
    "around",
    "across",
    "to",
    "inside",
    "through",
    "throughout",
    "via",
]);

/// Words before an unknown name followed by ", Subdivision" that make it a
/// place ("south of X, Donetsk Oblast").
static LOCATIVES: Words = Words::new(&[
    "in",
    "at",
    "near",
    "outside",
    "from",
    "into",
    "toward",
    "towards",
    "around",
    "across",
    "of",
    "to",
    "inside",
    "through",
    "throughout",
    "between",
    "and",
]);

/// Locatives too frequent to mark a name in ALL-CAPS text ("TO BEGIN, ...").
static WEAK_LOCATIVES: Words = Words::new(&["to", "of", "and", "from", "between", "through"]);

/// Capitalised words that may stand before a place name without making it
/// part of a person's or an organization's name.
static FUNCTION_WORDS: Words = Words::new(&[
    "in",
    "at",
    "near",
    "outside",
    "from",
    "into",
    "toward",
    "towards",
    "around",
    "across",
    "of",
    "to",
    "inside",
    "through",
    "throughout",
    "between",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "for",
    "on",
    "by",
    "with",
    "without",
    "since",
    "after",
    "before",
    "during",
    "despite",
    "like",
    "both",
    "as",
    "while",
    "when",
    "where",
    "if",
    "though",
    "although",
    "because",
    "unlike",
    "including",
    "via",
    "over",
    "under",
    "about",
    "against",
    "beyond",
    "within",
    "than",
    "then",
    "meanwhile",
    "also",
    "yet",
    "so",
    "not",
    "only",
    "even",
    "all",
    "across",
    "along",
    "amid",
    "among",
    "upon",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
    "greater",
    "downtown",
    "rural",
    "urban",
    "occupied",
    "liberated",
    "annexed",
    "besieged",
    "embattled",
    "neighboring",
    "neighbouring",
    "nearby",
    "frontline",
    "front-line",
    "coastal",
    "mainland",
    "here",
    "there",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "every",
    "each",
    "some",
    "many",
    "most",
    "several",
    "other",
    "another",
    "visit",
    "visits",
    "visited",
    "welcome",
    "welcomes",
    "to",
    "say",
    "says",
    "said",
    "dateline",
    "by",
    "photo",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "analysis",
    "watch",
    "read",
    "video",
    "live",
]);

/// Words that may follow a place name with a capital letter without making
/// it part of another name.
static FOLLOW_OK: Words = Words::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "on",
    "in",
    "and",
    "or",
    "to",
    "from",
    "the",
    "a",
    "as",
]);

/// Names never read as places on their own: months and weekdays (there are
/// towns called March and May) and words that are names of other things.
static NEVER_ALONE: Words = Words::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "god",
    "allah",
    "christ",
    "jesus",
    "mary",
    "easter",
    "christmas",
    "ramadan",
    "eid",
    "reuters",
    "nato",
    "isis",
]);

/// Titles before a person's name ("Mr. Paris", "Gen. Jordan").
static TITLES: Words = Words::new(&[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "lord",
    "lady",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "maj",
    "major",
    "cpl",
    "pvt",
    "adm",
    "admiral",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "minister",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "st",
    "saint",
    "coach",
    "officer",
    "detective",
    "sheriff",
    "mayor",
    "chief",
    "secretary",
    "ambassador",
    "bishop",
    "father",
    "rev",
    "sister",
    "brother",
    "uncle",
    "aunt",
    "emir",
    "sheikh",
    "imam",
    "rabbi",
    "dame",
]);

/// Words that make a longer name of the place name before them: a
/// neighbourhood, an estate, a park.
static NAME_SUFFIXES: Words = Words::new(&[
    "heights", "hills", "park", "gardens", "terrace", "estates", "manor", "acres", "square",
]);

/// Verbs after which the next name is a person rather than a place.
static PERSON_VERBS: Words = Words::new(&[
    "told",
    "thanked",
    "asked",
    "interviewed",
    "married",
    "named",
]);

fn type_word(w: &str) -> Option<Unit> {
    TYPE_WORDS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(w))
        .map(|&(_, u)| u)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(w: &str) -> bool {
    let mut n = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        n += 1;
    }
    n >= 2
}

// ---------------------------------------------------------------------------
// The reading of one text.

/// A candidate of a spot: an entry of one table.
#[derive(Clone, Copy, Debug)]
struct Choice {
    table: TableId,
    entry: u32,
    alias: bool,
    base: bool,
}

impl Choice {
    fn entry(&self) -> &'static Entry {
        &gazetteer::table(self.table).entries[self.entry as usize]
    }
}

/// The candidates of a spot, read as a slice. Most spots have one to three,
/// kept without an allocation of their own (a `Vec` per spot was the
/// largest allocation site of the analysis, ~13,500 blocks a MB).
#[derive(Clone, Debug)]
enum Choices {
    /// Up to `FEW` candidates; `len` of `items` are used.
    Few { len: u8, items: [Choice; FEW] },
    /// More.
    Many(Vec<Choice>),
}

/// How many candidates a spot keeps inline.
const FEW: usize = 3;

impl Choices {
    fn from_slice(choices: &[Choice]) -> Choices {
        match choices.first() {
            Some(&first) if choices.len() <= FEW => {
                let mut items = [first; FEW];
                items[..choices.len()].copy_from_slice(choices);
                Choices::Few {
                    len: choices.len() as u8,
                    items,
                }
            }
            _ => Choices::Many(choices.to_vec()),
        }
    }
}

impl std::ops::Deref for Choices {
    type Target = [Choice];

    fn deref(&self) -> &[Choice] {
        match self {
            Choices::Few { len, items } => &items[..usize::from(*len)],
            Choices::Many(v) => v,
        }
    }
}

/// How sure the text makes a spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Support {
    /// Nothing beyond the name itself.
    None,
    /// A locative word before it ("in Reading").
    Locative,
    /// A pattern: a type word, "the village of", an apposition.
    Pattern,
}

/// A name in the text that may be a place.
#[derive(Clone, Debug)]
struct Spot {
    span: ByteSpan,
    first: usize,
    last: usize,
    choices: Choices,
    /// Only a name that is also a common word, or a small place, matched.
    weak: bool,
    support: Support,
    /// What a type word or a noun before it says the place is.
    unit: Option<Want>,
    /// Followed by ", " and the spot at this index (an apposition).
    appos: Option<usize>,
    /// Left out (part of another name, metonymy, a person).
    dropped: bool,
    /// The chosen candidate, once resolved.
    chosen: Option<Choice>,
    /// A local name in this first-level subdivision (a core entry): a
    /// small town's namesake far from where the text is set.
    local: Option<u32>,
}

/// What a pattern wants a spot to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Admin1,
    Admin2,
    Settlement,
}

struct Reader<'d, 't> {
    doc: &'d Doc<'t>,
    /// Per sentence, computed when first asked: bit 0 known, bit 1 ALL
    /// CAPS, bit 2 title case.
    case: Vec<Cell<u8>>,
    /// The sentence of each token.
    sent: Vec<u32>,
}

/// The sentence of each token.
fn sentence_index(doc: &Doc) -> Vec<u32> {
    let mut out = vec![u32::MAX; doc.tokens.len()];
    for (k, s) in doc.sentences.iter().enumerate() {
        for o in out.iter_mut().take(s.last).skip(s.first) {
            *o = k as u32;
        }
    }
    out
}

impl<'d, 't> Reader<'d, 't> {
    fn w(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn sentence(&self, i: usize) -> usize {
        self.sent.get(i).map_or(usize::MAX, |&s| s as usize)
    }

    /// Whether case means nothing at token `i` (ALL-CAPS or title-case text).
    fn caseless(&self, i: usize) -> bool {
        self.case_of(i) & 2 != 0
    }

    fn titled(&self, i: usize) -> bool {
        self.case_of(i) & 4 != 0
    }

    fn case_of(&self, i: usize) -> u8 {
        let k = self.sentence(i);
        let Some(s) = self.doc.sentences.get(k) else {
            return 0;
        };
        let case = &self.case[k];
        if case.get() == 0 {
            // ALL CAPS as lexfile::sentence_cases decides it (the same
            // count of letters), worked out once per document.
            let caps = self.doc.cases().get(k) == Some(&Case::Upper);
            let title = !caps && title_sentence(self.doc, s);
            case.set(1 | (caps as u8) << 1 | (title as u8) << 2);
        }
        case.get()
    }

    /// Whether token `i` opens its sentence (after quotes or a dash) or a line.
    fn opens(&self, i: usize) -> bool {
        let Some(s) = self.doc.sentences.get(self.sentence(i)) else {
            return true;
        };
        if self.doc.tokens[i].newline_before {
            return true;
        }
        let mut j = i;
        while j > s.first {
            j -= 1;
            let t = &self.doc.tokens[j];
            if t.kind == TokenKind::Word || t.kind == TokenKind::Number {
                return matches!(self.w(j), ":");
            }
            if self.w(j) == ":" {
                return true;
            }
        }
        true
    }

    /// A capitalised word at `i` that is not a function word: part of a name.
    fn name_word(&self, i: usize) -> bool {
        let w = self.w(i);
        self.is_word(i) && capitalised(w) && !FUNCTION_WORDS.contains(w.trim_end_matches('.'))
    }
}

/// Whether most words of each sentence are capitalised (a headline in title
/// case), where capitals tell little.
fn title_sentence(doc: &Doc, s: &crate::text::Sentence) -> bool {
    let (mut cap, mut all) = (0usize, 0usize);
    for t in &doc.tokens[s.first + 1..s.last] {
        if t.kind != TokenKind::Word || t.span.len() < 4 {
            continue;
        }
        let b = doc.text.as_bytes()[t.span.start];
        all += 1;
        cap += (b.is_ascii_uppercase() || !b.is_ascii()) as usize;
    }
    all >= 3 && (all - cap) * 6 <= all
}

/// Finds the place mentions of `doc`, in order.
pub(crate) fn find(doc: &Doc) -> Vec<PlaceMatch> {
    let r = Reader {
        doc,
        case: vec![Cell::new(0); doc.sentences.len()],
        sent: sentence_index(doc),
    };
    let mut spots = spots(&r);
    patterns(&r, &mut spots);
    filter(&r, &mut spots);
    resolve(&r, &mut spots);
    let unknown = unknown_names(&r, &mut spots);
    output(&r, &spots, unknown)
}

/// The gazetteer's names in the text that pass the case rules: at each start
/// the longest, no two overlapping.
fn spots(r: &Reader) -> Vec<Spot> {
    let doc = r.doc;
    let hits = gazetteer::lookup(doc);
    let mut out: Vec<Spot> = Vec::new();
    // The candidates of one span, gathered here and copied into the spot at
    // their final size (a `Vec` of its own per span grew by steps).
    let mut choices: Vec<Choice> = Vec::new();
    let mut k = 0;
    while k < hits.len() {
        // All hits with this start, longest first; hits of equal span merge.
        let start = hits[k].span.start;
        let mut end = k;
        while end < hits.len() && hits[end].span.start == start {
            end += 1;
        }
        if out.last().is_some_and(|s| s.span.end > start) {
            k = end;
            continue;
        }
        let mut i = k;
        while i < end {
            let span = hits[i].span;
            let mut j = i;
            choices.clear();
            let mut weak = true;
            let facts = Facts::of(r, span, hits[i].first);
            while j < end && hits[j].span == span {
                let h = &hits[j];
                if let Some(f) = &facts {
                    let t = gazetteer::table(h.table);
                    for c in t.cands(h.form) {
                        if let Some(strong) = f.accepts(c, &t.entries[c.entry as usize]) {
                            weak &= !strong;
                            choices.push(Choice {
                                table: h.table,
                                entry: c.entry,
                                alias: c.alias,
                                base: c.base,
                            });
                        }
                    }
                }
                j += 1;
            }
            if !choices.is_empty() {
                out.push(Spot {
                    span,
                    first: hits[i].first,
                    last: hits[i].last,
                    choices: Choices::from_slice(&choices),
                    weak,
                    support: Support::None,
                    unit: None,
                    appos: None,
                    dropped: false,
                    chosen: None,
                    local: None,
                });
                break;
            }
            i = j;
        }
        k = end;
    }
    out
}

/// What the text at a name's span says, for the case rules.
struct Facts {
    /// ALL-CAPS sentence: case says nothing.
    caseless: bool,
    /// Opens its sentence or stands in a title-case headline.
    opens: bool,
    /// Only capitals (with at least two letters).
    all_caps: bool,
    /// How many letters.
    letters: usize,
    /// A country's demonym ("Canadian").
    demonym: bool,
}

impl Facts {
    /// `None` when no candidate can be meant: a month, a lower-case word, a
    /// longer name with a lower-case word in it ("The range").
    fn of(r: &Reader, span: ByteSpan, first_tok: usize) -> Option<Facts> {
        let text = r.doc.slice(span);
        if text.len() <= 9 && NEVER_ALONE.contains(text) {
            return None;
        }
        let caseless = r.caseless(first_tok);
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = all_caps(text);
        if !caseless {
            if !capitalised(text) {
                return None;
            }
            // Every word of a longer name is capitalised ("The Range" is a
            // place, "The range" is not), particles aside ("Rostov-on-Don").
            if span.len() > 3
                && text
                    .split([' ', '-'])
                    .skip(1)
                    .any(|w| w.len() > 3 && !capitalised(w) && !PARTICLES.contains(w))
            {
                return None;
            }
        }
        let titled = r.titled(first_tok);
        Some(Facts {
            caseless,
            opens: titled || r.opens(first_tok),
            all_caps: all_caps && !titled,
            letters,
            demonym: letters == text.len() && demonym(text),
        })
    }

    /// Whether the name may be the candidate: `None` if not, `Some(false)`
    /// if only with support from the context, `Some(true)` if so.
    fn accepts(&self, c: &gazetteer::Cand, e: &Entry) -> Option<bool> {
        if e.feature == Feature::City && self.demonym {
            return None;
        }
        if self.caseless {
            if c.upper && self.letters <= 3 {
                // "US" in capitals is also "us".
                return None;
            }
            if c.common {
                return match e.feature {
                    Feature::Country | Feature::Region => Some(true),
                    _ => Some(false),
                };
            }
            return Some(e.feature != Feature::City || e.population >= 1000);
        }
        if c.upper && !self.all_caps {
            return None;
        }
        // A short all-capitals word in mixed-case text is an acronym (NATO,
        // ISIS, AFP), not a town of that name.
        if !c.upper && self.all_caps && self.letters <= 5 {
            return None;
        }
        if c.common {
            return match e.feature {
                Feature::Country | Feature::Region => Some(true),
                Feature::City if !self.opens && e.population >= 300_000 => Some(true),
                _ => Some(false),
            };
        }
        Some(true)
    }
}

/// Whether a word is a country's demonym ("Canadian"), which no town of that
/// name stands for.
fn demonym(text: &str) -> bool {
    gazetteer::core().is_demonym(text)
}

/// Type words, "the village of", apposition and locatives: what the context
/// says about each spot.
#[allow(clippy::needless_range_loop)] // spots[k] is changed while others are read
fn patterns(r: &Reader, spots: &mut [Spot]) {
    let n = spots.len();
    for k in 0..n {
        let (first, last) = (spots[k].first, spots[k].last);
        // "Donetsk Oblast", "Belgorod region", "Aleppo province".
        let next = r.w(last);
        if let Some(unit) = type_word(next) {
            let cap_only = CAPITAL_ONLY_TYPES.contains(next);
            let caseless = r.caseless(last);
            if !cap_only || capitalised(next) || caseless {
                let fits = match unit {
                    Unit::Admin1 => spots[k].choices.iter().any(|c| {
                        let e = c.entry();
                        e.feature == Feature::Admin1
                    }),
                    Unit::Admin2 => spots[k]
                        .choices
                        .iter()
                        .any(|c| c.entry().feature == Feature::City),
                };
                if fits {
                    let s = &mut spots[k];
                    s.span = ByteSpan::new(s.span.start, r.doc.tokens[last].span.end);
                    s.last = last + 1;
                    s.unit = Some(match unit {
                        Unit::Admin1 => Want::Admin1,
                        Unit::Admin2 => Want::Admin2,
                    });
                    s.support = Support::Pattern;
                }
            }
        }
        // "Quebec City", "Kuwait City": the city.
        if spots[k].unit.is_none()
            && r.w(spots[k].last) == "City"
            && spots[k]
                .choices
                .iter()
                .any(|c| c.entry().feature == Feature::City)
        {
            let l = spots[k].last;
            let s = &mut spots[k];
            s.span = ByteSpan::new(s.span.start, r.doc.tokens[l].span.end);
            s.last = l + 1;
            s.unit = Some(Want::Settlement);
            s.support = Support::Pattern;
        }
        // "the village of X", "the province of X".
        if first >= 2 && r.w(first - 1).eq_ignore_ascii_case("of") {
            let noun = r.w(first - 2);
            if SETTLEMENT_NOUNS.contains(noun) {
                spots[k].unit.get_or_insert(Want::Settlement);
                spots[k].support = Support::Pattern;
            } else if REGION_NOUNS.contains(noun) {
                spots[k].unit.get_or_insert(Want::Admin1);
                spots[k].support = Support::Pattern;
            }
        }
        if spots[k].support < Support::Locative && first > 0 && SUPPORTING.contains(r.w(first - 1))
        {
            spots[k].support = Support::Locative;
        }
    }
    // "Paris, Texas", "Krasnohorivka, Donetsk Oblast".
    for k in 0..n.saturating_sub(1) {
        let last = spots[k].last;
        if r.w(last) == "," && spots[k + 1].first == last + 1 {
            let wider = spots[k + 1]
                .choices
                .iter()
                .any(|c| matches!(c.entry().feature, Feature::Admin1 | Feature::Country));
            if wider {
                spots[k].appos = Some(k + 1);
                spots[k].support = Support::Pattern;
            }
        }
    }
}

/// Leaves out what is part of another name, a person, or a government.
fn filter(r: &Reader, spots: &mut [Spot]) {
    let mut persons: Vec<String> = Vec::new();
    for k in 0..spots.len() {
        let s = &spots[k];
        let (first, last) = (s.first, s.last);
        // A name that is also a common word needs a locative before it; in
        // capitals ("TO SAY", "IN ONE") a pattern.
        let need = if r.caseless(first) {
            Support::Pattern
        } else {
            Support::Locative
        };
        // A dateline in mixed-case text ("SAVANNAH (WSAV) –", "JACKSON,
        // Tenn —"): a name in capitals opening a line, then a comma, a
        // parenthesis or a dash, is a place even when it is also a word.
        let line_start = first == 0 || r.doc.tokens[first].newline_before;
        let in_dateline = line_start
            && !r.caseless(first)
            && s.span.len() >= 4
            && all_caps(r.doc.slice(s.span))
            && matches!(r.w(last), "," | "(" | "—" | "–" | "-");
        if s.weak && s.support < need && !in_dateline {
            spots[k].dropped = true;
            continue;
        }
        // "West", "Western", "North West": directions, unless a type word
        // or a pattern makes them a unit ("Western Province").
        if s.support < Support::Pattern && !in_dateline && compass(r.doc.slice(s.span)) {
            spots[k].dropped = true;
            continue;
        }
        let strong = s.support == Support::Pattern;
        let caseless = r.caseless(first) || r.titled(first);
        let towns_only = s.choices.iter().all(|c| c.entry().feature == Feature::City);
        // A name in capitals in mixed-case text opens a dateline ("LONDON",
        // "ST. LOUIS –"); neighbours tell nothing there.
        let dateline = s.span.len() >= 4 && all_caps(r.doc.slice(s.span))
            || line_start && matches!(r.w(last), "," | "(" | "—" | "–" | "-" | ":");
        if !strong && !dateline {
            // A name or a title does not run across a line break (a
            // heading above, "THE CHIEF'S ADVICE").
            let heading_above = r.doc.tokens[first].newline_before;
            // "Hillary Clinton", "Mr. Paris", "told Jordan": a person; not
            // "Cyprus, Greece Italy" (a list of places).
            let prev_name = !caseless
                && first > 0
                && !heading_above
                && r.name_word(first - 1)
                && !(k > 0 && spots[k - 1].last == first && wide(&spots[k - 1]));
            let prev_title = !heading_above
                && (first > 0 && TITLES.contains(r.w(first - 1).trim_end_matches('.'))
                    || first > 1 && r.w(first - 1) == "." && TITLES.contains(r.w(first - 2)));
            let after_person_verb = first > 0 && PERSON_VERBS.contains(r.w(first - 1));
            // "Johnson said": a town does not speak.
            let speaks = towns_only
                && s.support == Support::None
                && SPEECH_VERBS.contains(r.w(last))
                && !s.choices.iter().any(|c| c.entry().class == Class::Capital);
            if prev_name || prev_title || after_person_verb || speaks {
                if towns_only {
                    let key = r.doc.slice(s.span).to_ascii_lowercase();
                    if !persons.contains(&key) {
                        persons.push(key);
                    }
                }
                spots[k].dropped = true;
                continue;
            }
            // "Washington Post", "Jordan Henderson": part of a longer name.
            let next = r.w(last);
            let next_name = !caseless
                && r.is_word(last)
                && !r.doc.tokens[last].newline_before
                && capitalised(next)
                && !FOLLOW_OK.contains(next)
                && !FUNCTION_WORDS.contains(next)
                && type_word(next).is_none()
                && r.sentence(last) == r.sentence(first)
                && !spots.get(k + 1).is_some_and(|n| n.first == last && wide(n));
            // "Hamilton Heights", "Lincoln Park" even in a title-case
            // headline: a neighbourhood named after the town, not the town
            // (a gazetteer name that holds the word, "Shaker Heights", is
            // matched whole before this).
            let suffix = r.is_word(last)
                && !r.doc.tokens[last].newline_before
                && capitalised(next)
                && NAME_SUFFIXES.contains(next);
            if next_name || suffix {
                spots[k].dropped = true;
                continue;
            }
        }
        // A capital or a country that speaks or decides is a government.
        let govt = s.choices.iter().any(|c| {
            let e = c.entry();
            e.feature == Feature::Country || e.class == Class::Capital
        });
        // "in Libya launched": after a locative it is the place.
        if govt && s.support == Support::None && is_metonymic(r.doc, s.span) {
            spots[k].dropped = true;
        }
    }
    // A town's name that was a person's once is a person's elsewhere too
    // ("Hillary Clinton ... Clinton said"), unless a locative or a pattern
    // says otherwise.
    if !persons.is_empty() {
        for s in spots.iter_mut() {
            if !s.dropped && s.support < Support::Locative {
                let key = r.doc.slice(s.span).to_ascii_lowercase();
                if persons.contains(&key) {
                    s.dropped = true;
                }
            }
        }
    }
}

/// Whether a name is a direction ("West", "North-West", "Central").
fn compass(text: &str) -> bool {
    static WORDS: Words = Words::new(&[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "north east",
        "north west",
        "south east",
        "south west",
        "centre",
        "center",
        "coast",
        "coastal",
        "upper",
        "lower",
        "middle",
        "interior",
        "capital",
        "highlands",
        "lakes",
        "mountains",
        "islands",
        "plateau",
        "valley",
        "delta",
        "littoral",
        "savanes",
        "savannah",
    ]);
    text.len() <= 12 && WORDS.contains(text)
}

/// Whether a spot may be a country, a subdivision or a region: next to
/// another name it makes a list ("Greece Italy") or an address ("Maiduguri
/// Borno State"), not a person's name.
fn wide(s: &Spot) -> bool {
    s.choices.iter().any(|c| {
        matches!(
            c.entry().feature,
            Feature::Country | Feature::Admin1 | Feature::Region
        )
    })
}

/// Verbs after a name that make it a person's when it names only towns.
static SPEECH_VERBS: Words = Words::new(&[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "noted",
    "wrote",
    "writes",
    "tweeted",
    "argued",
    "recalled",
    "insisted",
    "acknowledged",
    "admitted",
    "replied",
    "asked",
    "thinks",
    "believes",
    "hopes",
    "smiled",
    "laughed",
    "joked",
    "scored",
    "signed",
    "joined",
    "died",
    "who",
    "whose",
]);

/// A name the gazetteer lacks, marked as a place by a pattern.
#[derive(Clone, Debug)]
struct Unknown {
    span: ByteSpan,
    first: usize,
    last: usize,
    /// The spot of its apposition, if any.
    appos: Option<usize>,
}

/// Lower-case particles inside place names ("Deir al-Balah", "Rostov-on-Don").
static PARTICLES: Words = Words::new(&[
    "al", "el", "ad", "ar", "as", "ash", "az", "an", "at", "ez", "ed", "es", "de", "del", "la",
    "le", "los", "las", "da", "do", "dos", "di", "on", "upon", "sur", "am", "bin", "ibn", "abu",
]);

/// Whether token `i` can be part of an unknown place name.
fn name_part(r: &Reader, i: usize) -> bool {
    let w = r.w(i);
    if !r.is_word(i) || NEVER_ALONE.contains(w) {
        return false;
    }
    capitalised(w) && !FUNCTION_WORDS.contains(w) && type_word(w).is_none()
}

/// The tokens `[a, b)` of a capitalised name ending at `end` (exclusive),
/// going back at most four words.
fn name_before(r: &Reader, end: usize) -> Option<(usize, usize)> {
    let mut a = end;
    let mut words = 0;
    while a > 0 && words < 4 {
        let i = a - 1;
        if name_part(r, i) {
            a = i;
            words += 1;
        } else if (r.w(i) == "-" || PARTICLES.contains(r.w(i)))
            && a < end
            && i > 0
            && (name_part(r, i - 1) || PARTICLES.contains(r.w(i - 1)))
        {
            a = i;
        } else {
            break;
        }
    }
    while a < end && !name_part(r, a) {
        a += 1;
    }
    (a < end && words > 0).then_some((a, end))
}

/// The tokens `[start, b)` of a capitalised name starting at `start`.
fn name_after(r: &Reader, start: usize) -> Option<(usize, usize)> {
    let mut b = start;
    let mut words = 0;
    let caseless = r.caseless(start);
    while b < r.doc.tokens.len() && words < 4 {
        if name_part(r, b) {
            b += 1;
            words += 1;
        } else if b > start
            && (r.w(b) == "-" && !r.doc.tokens[b].space_before || PARTICLES.contains(r.w(b)))
            && name_part(r, b + 1)
        {
            b += 1;
        } else {
            break;
        }
        if caseless && words >= 3 {
            break;
        }
    }
    (words > 0).then_some((start, b))
}

/// Names the gazetteer lacks that a pattern marks as places: "the village of
/// X", "X Oblast", "near X, Donetsk Oblast", a dateline "X, Country".
fn unknown_names(r: &Reader, spots: &mut [Spot]) -> Vec<Unknown> {
    let doc = r.doc;
    let n = doc.tokens.len();
    // "Gulf of Aden", "Bay of Kotor": the feature, not the place it is named
    // after.
    for s in spots.iter_mut() {
        if s.first >= 2
            && r.w(s.first - 1) == "of"
            && capitalised(r.w(s.first - 2))
            && GEO_OF_HEADS.contains(r.w(s.first - 2))
            && s.choices
                .iter()
                .all(|c| c.entry().feature != Feature::Region)
        {
            s.dropped = true;
        }
    }
    let spots = &*spots;
    // Tokens of a kept spot are not unknown; those of a spot left out as part
    // of a longer name may be ("Novoselivka Persha").
    let mut covered = vec![false; n];
    for s in spots.iter().filter(|s| !s.dropped) {
        for c in covered.iter_mut().take(s.last).skip(s.first) {
            *c = true;
        }
    }
    let free = |a: usize, b: usize| (a..b).all(|i| !covered[i]);
    let mut out: Vec<Unknown> = Vec::new();
    // The tokens of the unknown names so far: a new name overlaps one of them
    // exactly when one of its tokens is taken (no scan of every name).
    let mut taken = vec![false; n];
    let mut push = |a: usize, b: usize, appos: Option<usize>, out: &mut Vec<Unknown>| {
        if a >= b || !free(a, b) || taken[a..b].iter().any(|&t| t) {
            return;
        }
        taken[a..b].fill(true);
        let span = ByteSpan::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        out.push(Unknown {
            span,
            first: a,
            last: b,
            appos,
        });
    };
    #[allow(clippy::needless_range_loop)] // i indexes tokens and `covered` alike
    for i in 0..n {
        let w = r.w(i);
        // Only "of" and a type word after a capitalised word matter here.
        let of = w.len() == 2 && w.eq_ignore_ascii_case("of");
        let after_cap = i > 0
            && doc.text.as_bytes()[doc.tokens[i - 1].span.start].is_ascii_uppercase()
            && w.len() >= 4;
        if !of && !after_cap {
            continue;
        }
        // "the village of X"
        if of && i > 0 && SETTLEMENT_NOUNS.contains(r.w(i - 1)) {
            if let Some((a, b)) = name_after(r, i + 1) {
                // Spots are in text order with distinct first tokens.
                let k = spots.partition_point(|s| s.first < b + 1);
                let appos =
                    (spots.get(k).is_some_and(|s| s.first == b + 1) && r.w(b) == ",").then_some(k);
                push(a, b, appos, &mut out);
            }
        }
        // "X Oblast", "X district"
        if after_cap && UNKNOWN_OK_TYPES.contains(w) && !covered[i] {
            let cap_only = CAPITAL_ONLY_TYPES.contains(w);
            // Not inside a longer name ("Assistant District Attorney").
            let inside = r.is_word(i + 1) && capitalised(r.w(i + 1));
            if (!cap_only || capitalised(w)) && !r.caseless(i) && !inside {
                if let Some((a, _)) = name_before(r, i) {
                    // A sentence's first word alone is too often a common word.
                    if !(a + 1 == i && r.opens(a)) {
                        push(a, i + 1, None, &mut out);
                    }
                }
            }
        }
    }
    // "near X, Donetsk Oblast", "X, Ukraine (Reuters) -": an unknown name
    // followed by a comma and a subdivision or country.
    for (k, s) in spots.iter().enumerate() {
        if s.dropped || s.first < 2 || r.w(s.first - 1) != "," {
            continue;
        }
        let wider = s
            .choices
            .iter()
            .any(|c| matches!(c.entry().feature, Feature::Admin1 | Feature::Country));
        if !wider {
            continue;
        }
        if let Some((a, b)) = name_before(r, s.first - 1) {
            let lead = a == 0
                || doc.tokens[a].newline_before
                || LOCATIVES.contains(r.w(a - 1))
                    && !(r.caseless(a) && WEAK_LOCATIVES.contains(r.w(a - 1)))
                || SETTLEMENT_NOUNS.contains(r.w(a - 1))
                || matches!(
                    r.w(a - 1).to_ascii_lowercase().as_str(),
                    "north" | "south" | "east" | "west" | "village" | "town"
                );
            if lead {
                push(a, b, Some(k), &mut out);
            }
        }
    }
    // "Royal Street", "Al-Shifa Hospital", "Lake Chad", "University of X".
    if !doc.sentences.is_empty() {
        for i in 1..n {
            let w = r.w(i);
            if w.len() < 3 || !capitalised(w) || r.caseless(i) || covered[i] {
                continue;
            }
            let head = FACILITY_HEADS.contains(w)
                || CENTRE_HEADS.contains(w) && i >= 2 && CENTRE_KINDS.contains(r.w(i - 1));
            let start = if head {
                facility_start(r, i, &covered)
            } else {
                None
            };
            if let Some(a) = start {
                push(a, i + 1, None, &mut out);
            } else if FACILITY_PREFIXES.contains(w.trim_end_matches('.'))
                && (i == 0 || !r.name_word(i - 1))
            {
                // "Lake Victoria", "Mount Chaambi", "Mt. Kenya"
                let mut j = i + 1;
                if r.w(j) == "." {
                    j += 1;
                }
                if let Some((_, b)) = name_after(r, j) {
                    if (j..b).all(|t| !covered[t]) {
                        push(i, b, None, &mut out);
                    }
                }
            } else if r.w(i + 1) == "of" && OF_HEADS.contains(w) && !covered[i] {
                // "University of Nairobi", "Gulf of Aden"
                if let Some((_, b)) = name_after(r, i + 2) {
                    let a = facility_start(r, i, &covered).unwrap_or(i);
                    push(a, b, None, &mut out);
                }
            }
        }
    }
    crate::order::sort_by_key(&mut out, |u| u.first);
    out
}

/// Nouns that end the name of a place that is not a settlement ("Royal
/// Street", "Barclays Center" aside, "Mississippi River").
static FACILITY_HEADS: Words = Words::new(&[
    "street",
    "avenue",
    "road",
    "boulevard",
    "drive",
    "lane",
    "highway",
    "expressway",
    "motorway",
    "square",
    "plaza",
    "bridge",
    "tunnel",
    "airport",
    "airfield",
    "airbase",
    "harbour",
    "harbor",
    "station",
    "stadium",
    "arena",
    "park",
    "hospital",
    "clinic",
    "school",
    "college",
    "university",
    "campus",
    "church",
    "cathedral",
    "basilica",
    "chapel",
    "mosque",
    "temple",
    "synagogue",
    "monastery",
    "shrine",
    "palace",
    "castle",
    "tower",
    "museum",
    "library",
    "theatre",
    "theater",
    "hotel",
    "prison",
    "jail",
    "penitentiary",
    "camp",
    "checkpoint",
    "crossing",
    "market",
    "mall",
    "bazaar",
    "refinery",
    "dam",
    "canal",
    "river",
    "lake",
    "lagoon",
    "bay",
    "island",
    "islands",
    "peninsula",
    "mountains",
    "hills",
    "valley",
    "desert",
    "forest",
    "beach",
    "coast",
    "cemetery",
    "graveyard",
    "courthouse",
    "racecourse",
    "circuit",
    "estate",
    "farm",
    "farms",
    "quarter",
    "gardens",
    "zoo",
    "pier",
    "wharf",
    "embassy",
    "consulate",
    "barracks",
    "compound",
    "plant",
    "mine",
    "junction",
    "heights",
    "strait",
    "channel",
    "falls",
    "point",
    "gate",
    "corridor",
    "village",
]);

/// "Centre" ends a place's name only after one of [`CENTRE_KINDS`]
/// ("Medical Center"), not an institute's ("Research Center").
static CENTRE_HEADS: Words = Words::new(&["center", "centre"]);
static CENTRE_KINDS: Words = Words::new(&[
    "medical",
    "trade",
    "convention",
    "shopping",
    "detention",
    "correctional",
    "community",
    "cultural",
    "sports",
    "health",
    "civic",
    "conference",
    "exhibition",
    "reception",
    "cancer",
    "heritage",
    "visitor",
    "visitors",
    "aquatic",
    "arts",
    "town",
    "city",
    "leisure",
    "garden",
    "business",
    "distribution",
    "transit",
    "holding",
]);

/// Words before a name that make it a natural feature or a base ("Lake
/// Chad", "Mount Chaambi", "Camp Lemonnier").
static FACILITY_PREFIXES: Words = Words::new(&["lake", "mount", "mt", "camp", "cape", "isle"]);

/// Nouns before "of" and a name ("University of Nairobi", "Gulf of Aden").
static OF_HEADS: Words = Words::new(&[
    "university",
    "port",
    "gulf",
    "bay",
    "isle",
    "strait",
    "straits",
    "sea",
    "lake",
    "cathedral",
    "basilica",
    "church",
    "palace",
    "mount",
    "island",
    "islands",
    "valley",
    "cape",
]);

/// Nouns before "of" whose name is a natural feature named after a place
/// ("Gulf of Aden"), which stands for the feature.
static GEO_OF_HEADS: Words = Words::new(&[
    "gulf", "bay", "isle", "strait", "straits", "sea", "cape", "port",
]);

/// The first token of the capitalised name before the head noun at `head`
/// ("Colchester General Hospital", "St. Peter's Basilica").
fn facility_start(r: &Reader, head: usize, covered: &[bool]) -> Option<usize> {
    let mut a = head;
    let mut words = 0;
    while a > 0 && words < 5 {
        let i = a - 1;
        let w = r.w(i);
        let glued = !r.doc.tokens[i + 1].space_before;
        if covered[i] {
            break;
        }
        if r.is_word(i) && capitalised(w) && !FUNCTION_WORDS.contains(w) && !NEVER_ALONE.contains(w)
        {
            a = i;
            words += 1;
        } else if matches!(w, "'s" | "’s" | "&")
            || (w == "." || w == "-") && glued
            || r.doc.tokens[i].kind == TokenKind::Number && words > 0
        {
            a = i;
        } else {
            break;
        }
        if r.doc.tokens[a].newline_before {
            break;
        }
    }
    while a < head && !(r.is_word(a) && capitalised(r.w(a))) {
        a += 1;
    }
    // A sentence's first word alone is too often a common word ("Park").
    (words > 1 || words == 1 && !r.opens(a)).then_some(a)
}

/// How much a spot tells about the countries and subdivisions of the text.
fn weight(s: &Spot) -> f32 {
    let sure = s.choices.len() == 1
        || s.choices
            .iter()
            .all(|c| c.entry().feature == Feature::Country)
        || s.unit == Some(Want::Admin1);
    if sure {
        1.0
    } else {
        0.3 / s.choices.len() as f32
    }
}

/// Towns smaller than this, named without a pattern or a locative, count
/// only where the text names their country elsewhere.
const SMALL_TOWN: u32 = 15_000;

/// A hash of a name without regard to ASCII case.
fn name_key(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// In ALL-CAPS text, towns smaller than this count only where the text
/// names their country elsewhere.
const CAPS_TOWN: u32 = 100_000;

/// A subdivision's name without its type word ("Northern" of "Northern
/// Region").
fn strip_kind(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((base, last)) if type_word(last).is_some() => base,
        _ => name,
    }
}

/// Chooses one candidate for each kept spot.
fn resolve(r: &Reader, spots: &mut [Spot]) {
    // Context: countries and subdivisions the text names for sure.
    let mut countries: FxHashMap<[u8; 2], f32> = FxHashMap::default();
    let mut admins: FxHashMap<u32, f32> = FxHashMap::default();
    // What each name adds by itself, so that a name repeated does not make
    // its own context ("ZAMORA ... ZAMORA").
    let mut own: FxHashMap<(u64, [u8; 2]), f32> = FxHashMap::default();
    for s in spots.iter().filter(|s| !s.dropped) {
        let w = weight(s);
        let key = name_key(r.doc.slice(s.span));
        for c in s.choices.iter() {
            let e = c.entry();
            if e.country != [0, 0] {
                *countries.entry(e.country).or_default() += w;
                *own.entry((key, e.country)).or_default() += w;
            }
            if e.admin1 != NO_ADMIN1 && (w >= 1.0 || e.feature == Feature::Admin1) {
                *admins.entry(e.admin1).or_default() += w;
            }
        }
    }
    // Appositions last: "Paris, Texas" needs to know what "Texas" is.
    let mut order: Vec<usize> = (0..spots.len()).collect();
    crate::order::sort_by_key(&mut order, |&k| spots[k].appos.is_some());
    for k in order {
        if spots[k].dropped {
            continue;
        }
        let appos = spots[k].appos.and_then(|j| {
            spots[j]
                .chosen
                .or_else(|| best(&spots[j], &countries, &admins, None))
        });
        let chosen = best(&spots[k], &countries, &admins, appos);
        spots[k].chosen = chosen;
        let Some(c) = chosen else {
            spots[k].dropped = true;
            continue;
        };
        // A small town named in passing, in a text about another country,
        // is more likely something else of that name (in capitals, where a
        // surname looks the same, any town below a city's size); so is a
        // subdivision named like a direction ("Northern", "Eastern").
        let e = c.entry();
        let caseless = r.caseless(spots[k].first);
        let small = e.feature == Feature::City
            && (e.population < SMALL_TOWN
                || e.class == Class::Section
                || caseless && e.population < CAPS_TOWN);
        let vague = e.feature == Feature::Admin1
            && compass(strip_kind(&e.name))
            && spots[k].unit == Some(Want::Admin1);
        if small && spots[k].support == Support::None || vague {
            let key = name_key(r.doc.slice(spots[k].span));
            let mine = own.get(&(key, e.country)).copied().unwrap_or(0.0);
            let elsewhere = countries.get(&e.country).copied().unwrap_or(0.0) - mine;
            if elsewhere < 0.5 {
                spots[k].dropped = true;
            }
        }
    }
    home_region(spots);
}

/// Towns at least this populous are never taken for a local name.
const LOCAL_TOWN: u32 = 100_000;

/// How far from where the text is set a small town must lie to be taken
/// for a local name, in km.
const FAR_KM: f32 = 500.0;

/// Great-circle distance in km.
fn km(a: &Entry, b: &Entry) -> f32 {
    let (la, lb) = (a.lat.to_radians(), b.lat.to_radians());
    let dl = (b.lon - a.lon).to_radians();
    let h = ((lb - la) / 2.0).sin().powi(2) + la.cos() * lb.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Where the text is set: the first-level subdivision most of its towns
/// and subdivisions lie in, when one does (at least two mentions, more
/// than any other). A town of another subdivision takes its namesake
/// there if the gazetteer has one; else a small town far from the text's
/// main town there is most likely a neighbourhood or a street of that name
/// ("the Englewood neighborhood" in a Chicago story is not Englewood,
/// Colorado) and becomes a local name there, without coordinates. A
/// place the text sets apart ("Paris, Texas") keeps its reading.
fn home_region(spots: &mut [Spot]) {
    // Each name counts once, a repetition a fifth: a surname read as a
    // town ("Toole said ... Toole") does not make the text's region.
    let mut names: FxHashMap<(u32, u64), usize> = FxHashMap::default();
    for s in spots.iter().filter(|s| !s.dropped) {
        let Some(c) = s.chosen else { continue };
        let e = c.entry();
        if matches!(e.feature, Feature::City | Feature::Admin1) && e.admin1 != NO_ADMIN1 {
            *names.entry((e.admin1, name_key(&e.name))).or_default() += 1;
        }
    }
    // (weight, distinct names) of each subdivision.
    let mut tally: FxHashMap<u32, (f32, usize)> = FxHashMap::default();
    for (&(a, _), &n) in &names {
        let t = tally.entry(a).or_default();
        t.0 += 1.0 + 0.2 * (n - 1) as f32;
        t.1 += 1;
    }
    let mut ranked: Vec<(u32, (f32, usize))> = tally.into_iter().collect();
    ranked.sort_by(|x, y| y.1 .0.total_cmp(&x.1 .0).then(x.0.cmp(&y.0)));
    let all: f32 = ranked.iter().map(|r| r.1 .0).sum();
    let home = match ranked.as_slice() {
        [(a, (w, n)), rest @ ..]
            if *n >= 2 && 2.0 * w >= all && rest.first().is_none_or(|r| r.1 .0 < *w) =>
        {
            *a
        }
        _ => return,
    };
    // The main town there: the most named (its first reading on a tie);
    // else the subdivision itself.
    let mut towns: FxHashMap<u32, (usize, usize)> = FxHashMap::default();
    for (k, s) in spots.iter().enumerate().filter(|(_, s)| !s.dropped) {
        let Some(c) = s.chosen else { continue };
        let e = c.entry();
        if e.feature == Feature::City && e.admin1 == home {
            towns.entry(c.entry).or_insert((0, k)).0 += 1;
        }
    }
    let centre: &Entry = match towns
        .values()
        .max_by_key(|&&(n, k)| (n, std::cmp::Reverse(k)))
    {
        Some(&(_, k)) => spots[k]
            .chosen
            .map_or(&gazetteer::core().table.entries[home as usize], |c| {
                c.entry()
            }),
        None => &gazetteer::core().table.entries[home as usize],
    };
    let named_countries: Vec<[u8; 2]> = spots
        .iter()
        .filter(|s| !s.dropped)
        .filter_map(|s| s.chosen)
        .map(|c| c.entry())
        .filter(|e| e.feature != Feature::City)
        .map(|e| e.country)
        .collect();
    for s in spots.iter_mut().filter(|s| !s.dropped && s.appos.is_none()) {
        let Some(c) = s.chosen else { continue };
        let e = c.entry();
        // Cities and capitals are known far away ("Portland", "Vienna").
        if e.feature != Feature::City
            || e.admin1 == home
            || e.population >= LOCAL_TOWN
            || e.class == Class::Capital
        {
            continue;
        }
        if let Some(alt) = s.choices.iter().find(|o| {
            let oe = o.entry();
            oe.feature == Feature::City && oe.admin1 == home
        }) {
            s.chosen = Some(*alt);
            continue;
        }
        // A town abroad only when the text does not name its country.
        let abroad = e.country != centre.country;
        if km(e, centre) > FAR_KM && !(abroad && named_countries.contains(&e.country)) {
            s.local = Some(home);
        }
    }
}

/// The best candidate of a spot, given the context.
fn best(
    s: &Spot,
    countries: &FxHashMap<[u8; 2], f32>,
    admins: &FxHashMap<u32, f32>,
    appos: Option<Choice>,
) -> Option<Choice> {
    let wanted = |c: &Choice| {
        let f = c.entry().feature;
        match s.unit {
            Some(Want::Admin1) => f == Feature::Admin1,
            Some(Want::Admin2) => f == Feature::City || f == Feature::Admin2,
            Some(Want::Settlement) => f == Feature::City,
            None => true,
        }
    };
    let any_wanted = s.choices.iter().any(wanted);
    let has_context = !countries.is_empty();
    let appos_entry = appos.map(|c| c.entry());
    let mut best: Option<(f32, Choice)> = None;
    for c in s.choices.iter() {
        if any_wanted && !wanted(c) {
            continue;
        }
        let e = c.entry();
        // A subdivision named like its main city: the bare name is the city.
        if c.base
            && s.unit.is_none()
            && s.choices.iter().any(|o| {
                let oe = o.entry();
                oe.feature == Feature::City && oe.country == e.country
            })
        {
            continue;
        }
        let (pop, bonus) = match e.feature {
            Feature::Country => (e.population as f32, 5.0),
            Feature::Admin1 => (e.population as f32 / 8.0, 1.0),
            Feature::Region => (5.0e6, 4.0),
            Feature::Admin2 => (e.population as f32 / 4.0, 0.5),
            Feature::City => (
                e.population as f32,
                match e.class {
                    Class::Capital => 2.5,
                    Class::Seat => 0.7,
                    Class::Section => -2.0,
                    Class::Other => 0.0,
                },
            ),
        };
        let mut score = (pop + 2.0).ln() + bonus;
        if c.alias {
            score -= 1.0;
        }
        if e.feature != Feature::Country && e.country != [0, 0] {
            match countries.get(&e.country) {
                Some(w) => score += 2.0 + w.min(3.0),
                None if has_context => score -= 2.0,
                None => {}
            }
            if e.admin1 != NO_ADMIN1 {
                if let Some(w) = admins.get(&e.admin1) {
                    score += 1.0 + w.min(2.0);
                }
            }
        }
        if let Some(a) = appos_entry {
            let fits = match a.feature {
                Feature::Country => e.country == a.country,
                Feature::Admin1 => e.admin1 != NO_ADMIN1 && e.admin1 == a.admin1,
                _ => false,
            };
            if fits {
                score += 20.0;
            }
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, *c));
        }
    }
    best.map(|(_, c)| c)
}

/// The name of a core admin1 entry.
fn admin1_name(idx: u32) -> Option<String> {
    (idx != NO_ADMIN1).then(|| {
        gazetteer::core().table.entries[idx as usize]
            .name
            .to_string()
    })
}

fn code(e: &Entry) -> Option<String> {
    e.country_code().map(str::to_string)
}

/// Title case for a name read from ALL-CAPS text.
fn normalize_name(text: &str, caps: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    let mut start = true;
    for ch in text.chars() {
        if ch.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if caps && !start {
            out.extend(ch.to_lowercase());
        } else {
            out.push(ch);
        }
        start = !ch.is_alphanumeric() && ch != '\'';
    }
    out
}

fn output(r: &Reader, spots: &[Spot], unknown: Vec<Unknown>) -> Vec<PlaceMatch> {
    let mut out: Vec<PlaceMatch> = Vec::new();
    for s in spots.iter().filter(|s| !s.dropped) {
        let Some(c) = s.chosen else { continue };
        if let Some(home) = s.local {
            out.push(PlaceMatch {
                span: s.span,
                name: normalize_name(r.doc.slice(s.span), r.caseless(s.first)),
                country: code(&gazetteer::core().table.entries[home as usize]),
                admin1: admin1_name(home),
                lat: None,
                lon: None,
                feature: "other",
                geonameid: None,
                first: s.first,
                last: s.last,
            });
            continue;
        }
        let e = c.entry();
        let (name, feature, admin1) = match (e.feature, s.unit) {
            (Feature::City, Some(Want::Admin2)) => (
                normalize_name(r.doc.slice(s.span), r.caseless(s.first)),
                "other",
                admin1_name(e.admin1),
            ),
            (Feature::Country, _) => (e.name.to_string(), "country", None),
            (Feature::Admin1, _) => (e.name.to_string(), "admin1", admin1_name(e.admin1)),
            (Feature::Region, _) => (e.name.to_string(), "region", None),
            (Feature::Admin2, _) => (e.name.to_string(), "other", admin1_name(e.admin1)),
            (Feature::City, _) => (e.name.to_string(), "city", admin1_name(e.admin1)),
        };
        out.push(PlaceMatch {
            span: s.span,
            name,
            country: code(e),
            admin1,
            lat: Some(e.lat as f64),
            lon: Some(e.lon as f64),
            feature,
            geonameid: (e.geonameid != 0).then_some(e.geonameid as u64),
            first: s.first,
            last: s.last,
        });
    }
    crate::order::sort_by_key(&mut out, |p| p.span.start);
    // Unknown names take their country and subdivision from the apposition,
    // else from the nearest place of the same sentence, else from the text's
    // most named country.
    // Counted by borrowed code: a copy of the code per place was ~3,800
    // allocations a MB.
    let mut tally: FxHashMap<&str, usize> = FxHashMap::default();
    for p in &out {
        if let Some(c) = &p.country {
            *tally.entry(c.as_str()).or_default() += 1;
        }
    }
    let top = tally
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| c.to_string());
    let mut extra = Vec::new();
    for u in unknown {
        let from_appos = u.appos.and_then(|j| spots[j].chosen).map(|c| c.entry());
        let (country, admin1) = match from_appos {
            Some(e) => (
                code(e),
                match e.feature {
                    Feature::Admin1 => Some(e.name.to_string()),
                    _ => admin1_name(e.admin1),
                },
            ),
            None => {
                let sent = r.sentence(u.first);
                // `out` is in text order, so the places of a sentence are one
                // run of it: found by binary search, not by a scan of every
                // place for every unknown name.
                let same = match r.doc.sentences.get(sent) {
                    Some(s) => {
                        let lo = out.partition_point(|p| p.first < s.first);
                        let hi = out.partition_point(|p| p.first < s.last);
                        &out[lo..hi]
                    }
                    None => &out[..],
                };
                let near = same
                    .iter()
                    .filter(|p| r.sentence(p.first) == sent && p.country.is_some())
                    .min_by_key(|p| p.first.abs_diff(u.first));
                match near {
                    Some(p) => (
                        p.country.clone(),
                        match p.feature {
                            "admin1" => Some(p.name.clone()),
                            "city" | "other" => p.admin1.clone(),
                            _ => None,
                        },
                    ),
                    None => (top.clone(), None),
                }
            }
        };
        extra.push(PlaceMatch {
            span: u.span,
            name: normalize_name(r.doc.slice(u.span), r.caseless(u.first)),
            country,
            admin1,
            lat: None,
            lon: None,
            feature: "other",
            geonameid: None,
            first: u.first,
            last: u.last,
        });
    }
    out.extend(extra);
    crate::order::sort_by_key(&mut out, |p| p.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<PlaceMatch> {
        find(&Doc::new(text))
    }

    fn one<'p>(ps: &'p [PlaceMatch], text: &str, written: &str) -> &'p PlaceMatch {
        ps.iter()
            .find(|p| p.span.slice(text) == written)
            .unwrap_or_else(|| panic!("{written:?} not found in {ps:#?}"))
    }

    fn spans(text: &str) -> Vec<String> {
        places(text)
            .iter()
            .map(|p| p.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn kiev_and_kyiv_are_the_same_city() {
        let text = "Missiles hit Kiev overnight. Later, Kyiv's mayor spoke.";
        let ps = places(text);
        let a = one(&ps, text, "Kiev");
        let b = one(&ps, text, "Kyiv");
        assert_eq!(a.name, "Kyiv");
        assert_eq!(a.geonameid, b.geonameid);
        assert_eq!((a.country.as_deref(), a.feature), (Some("UA"), "city"));
        let text = "Shelling in Kharkov and Odessa.";
        let ps = places(text);
        assert_eq!(one(&ps, text, "Kharkov").name, "Kharkiv");
        assert_eq!(one(&ps, text, "Odessa").country.as_deref(), Some("UA"));
    }

    #[test]
    fn a_city_name_and_region_is_the_subdivision() {
        let text = "Drones struck the Belgorod region on Monday.";
        let ps = places(text);
        let p = one(&ps, text, "Belgorod region");
        assert_eq!((p.name.as_str(), p.feature), ("Belgorod Oblast", "admin1"));
        assert_eq!(p.country.as_deref(), Some("RU"));
        assert!(p.lat.is_some_and(|l| (l - 50.6).abs() < 1.5));
    }

    #[test]
    fn oblast_and_department_names_resolve() {
        let text = "Fighting continued in Donetsk Oblast, while in San Miguel Department the army patrolled.";
        let ps = places(text);
        let d = one(&ps, text, "Donetsk Oblast");
        assert_eq!((d.name.as_str(), d.feature), ("Donetsk Oblast", "admin1"));
        assert_eq!(d.country.as_deref(), Some("UA"));
        let s = one(&ps, text, "San Miguel Department");
        assert_eq!((s.feature, s.country.as_deref()), ("admin1", Some("SV")));
    }

    #[test]
    fn the_village_of_a_known_and_an_unknown_name() {
        let text = "Troops entered the village of Shebekino. Later they reached the village of Zmiivka Dolishnia.";
        let ps = places(text);
        let s = one(&ps, text, "Shebekino");
        assert_eq!((s.feature, s.country.as_deref()), ("city", Some("RU")));
        let z = one(&ps, text, "Zmiivka Dolishnia");
        assert_eq!((z.feature, z.lat), ("other", None));
        assert_eq!(z.country.as_deref(), Some("RU"));
    }

    #[test]
    fn unknown_name_takes_country_and_admin1_from_its_apposition() {
        let text =
            "Shelling was reported south of Novoselivka Persha, Donetsk Oblast, and in Kramatorsk.";
        let ps = places(text);
        let u = one(&ps, text, "Novoselivka Persha");
        assert_eq!(u.feature, "other");
        assert_eq!(u.country.as_deref(), Some("UA"));
        assert_eq!(u.admin1.as_deref(), Some("Donetsk Oblast"));
        // The unknown name does not lose the others.
        assert_eq!(one(&ps, text, "Kramatorsk").feature, "city");
        assert_eq!(one(&ps, text, "Donetsk Oblast").feature, "admin1");
    }

    #[test]
    fn a_heading_above_a_town_is_not_a_first_name() {
        // A capitalised heading line followed by "Denver's ..." on the next
        // line: not a person "... Denver", so the town stays a town in the
        // sentence without a locative too.
        let text = "Gunfire rang out in northeast Denver overnight.\n\nA WORD FROM THE CHIEF\n\nDenver's police chief asked for calm.";
        let ps = places(text);
        assert!(
            ps.iter().filter(|p| p.name == "Denver").count() >= 2,
            "{ps:#?}"
        );
    }

    #[test]
    fn a_small_town_far_from_where_the_text_is_set_is_a_local_name() {
        let story = |town: &str| {
            format!(
                "Two men were wounded in a shooting in {town} on Sunday night. \
                 They were taken to a hospital in Chicago. A third man was arrested \
                 later in Evanston, police said."
            )
        };
        // The gazetteer has a namesake in the text's state: that one.
        let text = story("Woodlawn");
        let ps = places(&text);
        assert_eq!(
            one(&ps, &text, "Woodlawn").admin1.as_deref(),
            Some("Illinois")
        );
        // It has none: a local name there, without coordinates, not the
        // town of that name 1,100 km away.
        let text = story("Roseland");
        let ps = places(&text);
        let p = one(&ps, &text, "Roseland");
        assert_eq!((p.feature, p.lat), ("other", None));
        assert_eq!(p.admin1.as_deref(), Some("Illinois"));
        // Set apart by its state, it keeps its reading.
        let text = format!("{} He grew up in Roseland, New Jersey.", story("Evanston"));
        let ps = places(&text);
        let p = one(&ps, &text, "Roseland");
        assert_eq!(
            (p.feature, p.admin1.as_deref()),
            ("city", Some("New Jersey"))
        );
    }

    #[test]
    fn a_dateline_names_a_place_that_is_also_a_word() {
        let text = "Storm damage downtown\n\nMOBILE (WKRG) - Crews worked through the night.";
        let ps = places(text);
        let p = one(&ps, text, "MOBILE");
        assert_eq!((p.feature, p.admin1.as_deref()), ("city", Some("Alabama")));
        // Not in running text.
        assert!(places("The mobile clinic opened in a tent.").is_empty());
    }

    #[test]
    fn paris_texas_is_not_paris_france() {
        let text = "The storm hit Paris, Texas, on Friday.";
        let ps = places(text);
        let p = one(&ps, text, "Paris");
        assert_eq!(p.country.as_deref(), Some("US"));
        assert_eq!(p.admin1.as_deref(), Some("Texas"));
        let text = "Protesters marched in Paris as France debated the law.";
        let ps = places(text);
        let p = one(&ps, text, "Paris");
        assert_eq!(p.country.as_deref(), Some("FR"));
    }

    #[test]
    fn context_country_picks_the_namesake() {
        let text = "Police in Alabama said a man was arrested in Birmingham after the shooting.";
        let ps = places(text);
        assert_eq!(one(&ps, text, "Birmingham").country.as_deref(), Some("US"));
        let text = "Police in England said a man was arrested in Birmingham after the stabbing.";
        let ps = places(text);
        assert_eq!(one(&ps, text, "Birmingham").country.as_deref(), Some("GB"));
    }

    #[test]
    fn persons_and_organizations_named_like_places_are_not_places() {
        let text = "Jordan Henderson scored twice, Georgia Smith told the Washington Post, and Mr. Paris declined to comment.";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
        let text = "The talks were held in Jordan and Georgia.";
        assert_eq!(spans(text), ["Jordan", "Georgia"]);
    }

    #[test]
    fn capitals_that_speak_are_governments() {
        let text = "Moscow said the strikes hit military targets, and Kyiv states otherwise. Washington warned of sanctions.";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
        let text = "Moscow said the drone fell in Moscow overnight.";
        let ps = places(text);
        assert_eq!(ps.len(), 1);
        assert_eq!(ps[0].span.start, text.rfind("Moscow").unwrap());
        let span = ByteSpan::new(0, 6);
        assert!(is_metonymic(&Doc::new(text), span));
    }

    #[test]
    fn common_words_in_lower_case_are_not_places() {
        let text = "Reading the report, a nice split of mobile units appeared. Of course.";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
        let text = "The festival in Nice drew crowds, and fans travelled to Reading.";
        assert_eq!(spans(text), ["Nice", "Reading"]);
    }

    #[test]
    fn all_caps_wire_text_is_read_without_case() {
        let text = "GUERRILLAS ATTACKED A POLICE POST IN SAN MIGUEL DEPARTMENT AND IN SAN SALVADOR, EL SALVADOR, TOLD US THE ARMY.";
        let ps = places(text);
        let names: Vec<&str> = ps.iter().map(|p| p.name.as_str()).collect();
        assert!(names.contains(&"San Miguel Department"), "{names:?}");
        assert!(names.contains(&"San Salvador"), "{names:?}");
        assert!(names.contains(&"El Salvador"), "{names:?}");
        assert!(!ps.iter().any(|p| p.span.slice(text) == "US"), "{names:?}");
    }

    #[test]
    fn regions_news_names() {
        let text = "Strikes on the Gaza Strip and the West Bank, raids in Crimea and the Donbas, tension across the Middle East and Europe.";
        let ps = places(text);
        for n in [
            "Gaza Strip",
            "West Bank",
            "Crimea",
            "Donbas",
            "Middle East",
            "Europe",
        ] {
            let p = one(&ps, text, n);
            assert!(p.lat.is_some(), "{n}");
            assert!(
                matches!(p.feature, "region" | "admin1"),
                "{n}: {}",
                p.feature
            );
        }
    }

    #[test]
    fn facilities_and_natural_features_are_places_without_coordinates() {
        let text = "Patients fled Al-Shifa Hospital after the strike near Royal Street, and boats crossed Lake Tana toward the Gulf of Sidra.";
        let ps = places(text);
        for n in [
            "Al-Shifa Hospital",
            "Royal Street",
            "Lake Tana",
            "Gulf of Sidra",
        ] {
            let p = one(&ps, text, n);
            assert_eq!(p.feature, "other", "{n}");
        }
        // An institute is not a place.
        let text = "The Pew Research Center published a survey.";
        assert!(spans(text).is_empty(), "{:?}", spans(text));
    }

    #[test]
    fn lists_and_datelines_keep_their_places() {
        let text = "Unemployment is high in Cyprus, Greece Italy or Spain.";
        assert_eq!(spans(text), ["Cyprus", "Greece", "Italy", "Spain"]);
        let text =
            "LONDON (Reuters) - Pope Francis spoke.\nQUEBEC CITY - Talks resumed in Quebec City.";
        let ps = places(text);
        assert_eq!(one(&ps, text, "LONDON").country.as_deref(), Some("GB"));
        assert_eq!(one(&ps, text, "Quebec City").country.as_deref(), Some("CA"));
    }

    #[test]
    fn every_place_meets_the_contract() {
        let text = "Explosions were heard in Belgorod, Shebekino and Kharkiv, near the village of Zmiivka, and in Donetsk.";
        for p in places(text) {
            assert!(["country", "admin1", "city", "region", "other"].contains(&p.feature));
            assert_eq!(p.lat.is_some(), p.lon.is_some());
            if let Some(c) = &p.country {
                assert_eq!(c.len(), 2);
            }
            assert_eq!(p.span.slice(text).trim(), p.span.slice(text));
        }
    }
}

/// Speed on the dev texts: `cargo test --release --lib place::speed -- --ignored --nocapture`.
#[cfg(test)]
mod speed {
    use super::*;

    /// This thread's time on a CPU (Linux), so that other work on the
    /// machine does not count; wall time elsewhere.
    fn cpu_now() -> std::time::Duration {
        std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .map(std::time::Duration::from_nanos)
            .unwrap_or_else(|| {
                static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
                START.get_or_init(std::time::Instant::now).elapsed()
            })
    }

    #[test]
    #[ignore = "reads ../shared/data/dev and measures time"]
    fn place_step_speed_on_dev_texts() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/dev");
        let mut texts = Vec::new();
        for f in std::fs::read_dir(dir).expect("dev data").flatten() {
            let body = std::fs::read_to_string(f.path()).unwrap_or_default();
            for line in body.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        texts.push(t.to_string());
                    }
                }
            }
        }
        let bytes: usize = texts.iter().map(String::len).sum();
        let t0 = cpu_now();
        gazetteer::warm_up();
        let warm = cpu_now() - t0;
        let docs: Vec<Doc> = texts.iter().map(|t| Doc::new(t)).collect();
        let t1 = cpu_now();
        let n: usize = docs.iter().map(|d| gazetteer::lookup(d).len()).sum();
        let lookup = cpu_now() - t1;
        let t2 = cpu_now();
        let found: usize = docs.iter().map(|d| find(d).len()).sum();
        let all = cpu_now() - t2;
        let mbs = |d: std::time::Duration| bytes as f64 / 1e6 / d.as_secs_f64();
        let t3 = cpu_now();
        let mut nspots = 0;
        for d in &docs {
            let r = Reader {
                doc: d,
                case: vec![Cell::new(0); d.sentences.len()],
                sent: sentence_index(d),
            };
            let mut sp = spots(&r);
            patterns(&r, &mut sp);
            nspots += sp.len();
        }
        eprintln!("spots+patterns {:.0} MB/s ({nspots})", mbs(cpu_now() - t3));
        let t4 = cpu_now();
        let options = crate::Options::default();
        let n_all: usize = texts
            .iter()
            .map(|t| crate::analyze(t, &options).mentions.places.len())
            .sum();
        eprintln!("analyze {:.1} MB/s ({n_all} places)", mbs(cpu_now() - t4));
        eprintln!(
            "{} texts, {:.1} MB; tables {:.0} ms; lookup {:.0} MB/s ({n} hits); places {:.0} MB/s ({found})",
            texts.len(),
            bytes as f64 / 1e6,
            warm.as_secs_f64() * 1e3,
            mbs(lookup),
            mbs(all)
        );
    }
}
