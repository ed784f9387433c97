//! Actors: states, state forces, governments, named groups, persons and
//! generic actors ("militants", "civilians"), each normalized to a name, a
//! country (ISO alpha-3) and a kind.
//!
//! Four tables under `data/lexicon/` hold what is known by name: countries
//! (names, demonyms, capitals), named groups and institutions, generic actor
//! nouns and titles. One phrase automaton finds them all; a single pass over
//! the matches then composes what English writes in several words:
//!
//! - a country modifier and a head noun: "Ukrainian forces", "Russia's
//!   Defense Ministry", "US troops", "Ukraine-based militants", "the armed
//!   forces of Ukraine" (the head's table row says what the whole is called:
//!   "Military Forces of Ukraine");
//! - a title and a name: "Ukrainian President Volodymyr Zelenskyy", "LAPD
//!   Deputy Chief Kenneth Garner", "GEN. JUAN RAFAEL BUSTILLO"; a surname
//!   seen so is found again on its own ("Zelenskyy said");
//! - a capital used for its government ("Moscow said", "attacks by Moscow",
//!   "Kyiv-backed"), by [`is_metonymic`];
//! - a possessive pronoun and a head ("its forces"), left for events to
//!   resolve.
//!
//! Case is read with care: a phrase written with a capital must be one in
//! mixed-case text ("Turkey", not "turkey"), an acronym must be in capitals
//! ("OLA", not "Ola"), and in ALL-CAPS sentences names are told from common
//! words by a list of the latter.

use std::sync::OnceLock;

use crate::doc::Doc;
use crate::event::Located;
use crate::lexfile::{self, Phrase, Spot};
use crate::lexicon::Words;
use crate::report::Actor;
use crate::span::{ByteSpan, Offsets};
use crate::text::{ends_with_ignore_case, TokenKind};

const COUNTRIES_TSV: &str = include_str!("../data/lexicon/countries.tsv");
const GROUPS_TSV: &str = include_str!("../data/lexicon/groups.tsv");
const GENERIC_TSV: &str = include_str!("../data/lexicon/generic_actors.tsv");
const TITLES_TSV: &str = include_str!("../data/lexicon/titles.tsv");

/// The contract's actor kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ActorKind {
    /// A state as a whole ("Russia").
    State,
    /// State forces: army, police, intelligence.
    Military,
    /// A government, ministry, parliament.
    Government,
    /// A rebel or militant group.
    Rebel,
    /// A militia, gang or unidentified armed group.
    Militia,
    /// Civilians.
    Civilians,
    /// An international or civil organization.
    Organization,
    /// One person.
    Person,
    /// Anything else (unidentified attackers).
    Other,
}

impl ActorKind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Military => "military",
            ActorKind::Government => "government",
            ActorKind::Rebel => "rebel",
            ActorKind::Militia => "militia",
            ActorKind::Civilians => "civilians",
            ActorKind::Organization => "organization",
            ActorKind::Person => "person",
            ActorKind::Other => "other",
        }
    }

    fn parse(s: &str) -> ActorKind {
        match s {
            "state" => ActorKind::State,
            "military" => ActorKind::Military,
            "government" => ActorKind::Government,
            "rebel" => ActorKind::Rebel,
            "militia" => ActorKind::Militia,
            "civilians" => ActorKind::Civilians,
            "organization" => ActorKind::Organization,
            "person" => ActorKind::Person,
            "other" => ActorKind::Other,
            _ => panic!("actor lexicon: unknown kind {s:?}"),
        }
    }
}

/// How an actor is named in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// A country's name: "Russia", "Russia's", "the United States".
    Country,
    /// A demonym used on its own: "a Ukrainian attack", "Israelis".
    Demonym,
    /// A capital or seat of government for the government: "Moscow said",
    /// "the Kremlin".
    Metonym,
    /// A named group or institution: "Hamas", "NATO", "Congress".
    Group,
    /// A person: "President Volodymyr Zelenskyy", "Putin", "a suspect".
    Person,
    /// A generic noun, with or without a country: "militants",
    /// "Ukrainian forces", "its forces".
    Generic,
}

/// One actor mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ActorMatch {
    /// The words that name it, modifiers included ("Ukraine's military
    /// intelligence agency"); determiners are left out.
    pub span: ByteSpan,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The token of its head noun or name (the word a verb agrees with):
    /// "forces" in "Ukrainian forces", "Zelenskyy" in "President Volodymyr
    /// Zelenskyy".
    pub head: usize,
    /// Normalized name ("Military Forces of Ukraine", "Hamas").
    pub name: String,
    /// ISO 3166-1 alpha-3, when known.
    pub country: Option<&'static str>,
    /// The contract kind.
    pub kind: ActorKind,
    /// How it was named.
    pub form: Form,
    /// Followed by a possessive "'s" (the token at `last`): "Russia's largest
    /// air attack" makes Russia the possessor of what follows.
    pub possessive: bool,
    /// The token of a possessive pronoun that owns it ("its" in "its
    /// forces"): whose forces is for events to resolve.
    pub pronoun: Option<usize>,
    /// A demonym or country name modifying a noun that is no actor ("a
    /// Ukrainian attack", "Russian terror", "Kyiv-backed assaults").
    pub adjectival: bool,
    /// A country name standing for the place ("raided into Russia", "Russian
    /// territory"): left out of the report's actor mentions.
    pub locative: bool,
    /// For a titled person: the title as the table writes it ("President").
    pub title: Option<&'static str>,
}

/// A country of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-3.
    pub alpha3: &'static str,
    /// Short name ("Russia", "United States").
    pub name: &'static str,
    /// The name after "of" ("the United States").
    pub in_phrase: &'static str,
}

struct Group {
    name: &'static str,
    kind: ActorKind,
    country: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    Nothing,
    Determiner,
    Country,
}

struct Generic {
    kind: ActorKind,
    /// `*` for the phrase itself.
    name: &'static str,
    with_country: Option<&'static str>,
    needs: Needs,
}

struct Title {
    weak: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    Country(u16),
    Demonym(u16),
    Plural(u16),
    Capital(u16),
    Group(u16),
    Generic(u16),
    Title(u16),
}

struct Entry {
    what: What,
    phrase: Phrase,
}

struct Tables {
    countries: Vec<Country>,
    groups: Vec<Group>,
    generics: Vec<Generic>,
    titles: Vec<Title>,
    entries: Vec<Entry>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(build_tables)
}

/// The phrase of every entry, in entry order, for the shared lexicon scan
/// ([`lexfile::Table::Actors`]).
pub(crate) fn phrases() -> impl Iterator<Item = &'static str> {
    tables().entries.iter().map(|e| e.phrase.text)
}

fn build_tables() -> Tables {
    let mut entries = Vec::new();
    let add = |cell: &'static str, what: &dyn Fn() -> What, entries: &mut Vec<Entry>| {
        for p in lexfile::list(cell) {
            entries.push(Entry {
                what: what(),
                phrase: Phrase::parse(p),
            });
        }
    };
    let mut countries = Vec::new();
    for r in lexfile::rows(COUNTRIES_TSV) {
        assert_eq!(r.len(), 7, "countries.tsv: bad row {r:?}");
        let i = countries.len() as u16;
        countries.push(Country {
            alpha3: r[0],
            name: r[1],
            in_phrase: r[2],
        });
        add(r[3], &|| What::Country(i), &mut entries);
        add(r[4], &|| What::Demonym(i), &mut entries);
        add(r[5], &|| What::Plural(i), &mut entries);
        add(r[6], &|| What::Capital(i), &mut entries);
    }
    let mut groups = Vec::new();
    for r in lexfile::rows(GROUPS_TSV) {
        assert_eq!(r.len(), 4, "groups.tsv: bad row {r:?}");
        let i = groups.len() as u16;
        groups.push(Group {
            name: r[0],
            kind: ActorKind::parse(r[1]),
            country: (r[2] != "-").then_some(r[2]),
        });
        add(r[3], &|| What::Group(i), &mut entries);
    }
    let mut generics = Vec::new();
    for r in lexfile::rows(GENERIC_TSV) {
        assert_eq!(r.len(), 5, "generic_actors.tsv: bad row {r:?}");
        let i = generics.len() as u16;
        generics.push(Generic {
            kind: ActorKind::parse(r[1]),
            name: r[2],
            with_country: (r[3] != "-").then_some(r[3]),
            needs: match r[4] {
                "none" => Needs::Nothing,
                "det" => Needs::Determiner,
                "country" => Needs::Country,
                other => panic!("generic_actors.tsv: unknown needs {other:?}"),
            },
        });
        add(r[0], &|| What::Generic(i), &mut entries);
    }
    let mut titles = Vec::new();
    for r in lexfile::rows(TITLES_TSV) {
        assert_eq!(r.len(), 3, "titles.tsv: bad row {r:?}");
        let i = titles.len() as u16;
        titles.push(Title {
            weak: r[2] == "yes",
        });
        add(r[0], &|| What::Title(i), &mut entries);
    }
    Tables {
        countries,
        groups,
        generics,
        titles,
        entries,
    }
}

/// Every country of the table, with its alpha-3 code and names (shared with
/// places and events).
#[allow(dead_code)]
pub(crate) fn countries() -> &'static [Country] {
    &tables().countries
}

/// The country with this alpha-3 code.
#[allow(dead_code)]
pub(crate) fn country(alpha3: &str) -> Option<&'static Country> {
    countries().iter().find(|c| c.alpha3 == alpha3)
}

// ---------------------------------------------------------------------------
// Word lists for context. Lower case; compared without regard to ASCII case.

/// Determiners and possessive pronouns before a head that needs one.
#[rustfmt::skip]
static DETERMINERS: Words = Words::new(&[
    "the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those",
]);
static PRONOUNS: Words = Words::new(&["its", "their", "his", "her", "our", "your"]);

/// Prepositions after which a country name is the place, not the actor.
#[rustfmt::skip]
static LOCATIVE: Words = Words::new(&[
    "in", "into", "inside", "within", "across", "throughout", "near", "at", "outside", "toward",
    "towards", "from", "through", "to", "around", "entered", "visited", "enter", "visit",
]);

/// Nouns after "to": "aid to Ukraine" makes Ukraine a recipient, not a place.
#[rustfmt::skip]
static TO_RECIPIENT: Words = Words::new(&[
    "aid", "assistance", "support", "weapons", "arms", "help", "loans", "funding", "supplies",
    "deliveries", "threat", "ultimatum", "message", "letter", "loyal", "allegiance", "ambassador",
    "envoy", "sanctions", "missiles", "tanks",
]);

/// Nouns after a demonym that name a place or thing, not an actor.
#[rustfmt::skip]
static PLACE_NOUNS: Words = Words::new(&[
    "territory", "territories", "soil", "border", "borders", "airspace", "waters", "language",
    "city", "cities", "town", "towns", "village", "villages", "region", "regions", "peninsula",
    "capital", "side", "coast", "frontier", "land", "lands", "embassy",
]);

/// Speech, decision and action verbs that make a capital stand for its
/// government ("Moscow said"), and their forms after an auxiliary.
#[rustfmt::skip]
static METONYM_VERBS: Words = Words::new(&[
    "said", "says", "say", "states", "stated", "announced", "announces", "announce", "warned",
    "warns", "warn", "claimed", "claims", "claim", "denied", "denies", "deny", "accused", "accuses",
    "accuse", "insisted", "insists", "insist", "urged", "urges", "urge", "demanded", "demands",
    "demand", "rejected", "rejects", "reject", "responded", "responds", "respond", "retaliated",
    "retaliates", "retaliate", "vowed", "vows", "vow", "threatened", "threatens", "threaten",
    "blamed", "blames", "blame", "condemned", "condemns", "condemn", "called", "calls", "signed",
    "signs", "sign", "agreed", "agrees", "agree", "decided", "decides", "decide", "ordered",
    "orders", "refused", "refuses", "refuse", "sent", "sends", "send", "approved", "approves",
    "approve", "imposed", "imposes", "impose", "welcomed", "welcomes", "confirmed", "confirms",
    "confirm", "reported", "reports", "believes", "believed", "hopes", "hoped", "wants", "wanted",
    "fears", "feared", "considers", "considered", "expects", "expected", "argues", "argued",
    "maintains", "maintained", "recognized", "recognised", "recognizes", "protested", "summoned",
    "expelled", "launched", "launches", "launch", "attacked", "struck", "fired", "shelled",
    "invaded", "annexed", "supplied", "supplies", "delivered", "pledged", "pledges", "promised",
    "promises", "offered", "offers", "provided", "provides", "backs", "backed", "supports",
    "supported", "opposes", "opposed", "seeks", "sought", "needs", "hit", "retorted", "replied",
    "dismissed", "acknowledged", "admitted", "admits", "suggested", "stressed", "noted", "added",
    "told", "asked", "asks", "sanctioned", "responded", "negotiated", "mobilized", "deployed",
    "withdrew", "pulled", "continues", "continued", "plans", "planned", "intends", "wants",
]);
#[rustfmt::skip]
static AUXILIARIES: Words = Words::new(&[
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "did",
    "does", "is", "was", "has", "cannot",
]);
/// Verbs whose object, a capital, is its government ("accused Kyiv of").
#[rustfmt::skip]
static METONYM_OBJECT_VERBS: Words = Words::new(&[
    "accused", "accuses", "accusing", "urged", "urges", "urging", "warned", "warns", "warning",
    "told", "pressed", "asked", "criticized", "criticised", "blamed", "blames", "condemned",
    "sanctioned", "called", "by", "against",
]);
/// Nouns that, owned by a capital, make it the government ("Moscow's
/// decision").
#[rustfmt::skip]
static METONYM_NOUNS: Words = Words::new(&[
    "decision", "response", "forces", "troops", "army", "military", "government", "officials",
    "position", "policy", "policies", "stance", "claims", "claim", "accusations", "war", "invasion",
    "aggression", "offensive", "allies", "ally", "support", "backing", "envoy", "ambassador",
    "demands", "refusal", "plan", "plans", "proposal", "strikes", "attacks", "attack", "missiles",
    "drones", "sanctions", "threats", "warning", "leadership", "regime", "approach", "move",
    "efforts", "intervention", "ultimatum", "retaliation", "denial", "assault", "bombardment",
    "campaign", "partners", "request", "aid", "help", "weapons",
]);
/// Hyphenated participles after a country or capital: "Kyiv-backed".
#[rustfmt::skip]
static SPONSOR_PARTICIPLES: Words = Words::new(&[
    "backed", "led", "sponsored", "allied", "aligned", "supported", "controlled", "installed",
    "appointed", "funded", "armed", "trained", "friendly", "loyal", "affiliated", "linked",
]);
/// "Ukraine-based militants": the actor belongs to the country.
static BASED: Words = Words::new(&["based"]);

/// Nouns of relation before "with": "talks with Moscow".
#[rustfmt::skip]
static WITH_NOUNS: Words = Words::new(&[
    "talks", "ties", "relations", "negotiations", "deal", "agreement", "dialogue", "cooperation",
    "tensions", "contacts", "channels",
]);

/// Words that are never part of a name, and never an adjective between a
/// country and its head noun: function words, auxiliaries, frequent verbs
/// and a few frequent nouns. Used above all in ALL-CAPS text, where case
/// cannot tell a name from a word.
#[rustfmt::skip]
static COMMON: Words = Words::new(&[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "without", "into", "onto", "over", "under", "about", "after", "before", "during",
    "since", "until", "against", "between", "among", "through", "across", "near", "as", "than",
    "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where",
    "why", "how", "if", "while", "because", "although", "though", "so", "not", "no", "yes", "all",
    "any", "some", "each", "every", "both", "either", "neither", "other", "another", "such", "only",
    "also", "even", "still", "yet", "already", "again", "then", "there", "here", "now", "today",
    "yesterday", "tomorrow", "he", "she", "it", "they", "we", "you", "i", "him", "her", "them",
    "us", "me", "his", "its", "their", "our", "your", "my", "is", "are", "was", "were", "be",
    "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "said", "says", "say", "saying",
    "told", "tells", "stated", "states", "added", "announced", "announces", "reported", "reports",
    "declared", "declares", "denied", "denies", "confirmed", "confirms", "warned", "warns",
    "claimed", "claims", "accused", "accuses", "explained", "noted", "stressed", "indicated",
    "asked", "asks", "urged", "resigns", "resigned", "thought", "think", "believes", "arrived", "arrives", "left", "leaves", "met",
    "meets", "visited", "visits", "ordered", "orders", "called", "calls", "spoke", "speaks", "went",
    "goes", "came", "comes", "made", "makes", "took", "takes", "gave", "gives", "got", "gets",
    "led", "leads", "killed", "kills", "died", "dies", "was", "were", "held", "holds", "issued",
    "signed", "received", "sent", "expressed", "admitted", "admits", "insisted", "described",
    "agreed", "refused", "rejected", "returned", "remained", "according", "mr", "mrs", "ms",
    "former", "late", "acting", "interim", "then", "current", "chief", "head", "leader", "office",
    "government", "army", "police", "forces", "troops", "people", "group", "minister", "ministry",
    "president", "general", "staff", "strike", "offensive", "headquarters", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "text", "report",
    "reports", "news", "radio", "television", "tv", "communique", "statement", "interview", "press",
    "conference", "spokesman", "command", "national", "air", "force", "armed", "military",
    "political", "high",
]);

/// Lower-case particles inside names ("Abdel Fattah al-Burhan", "Ludwig van").
#[rustfmt::skip]
static NAME_PARTICLES: Words = Words::new(&[
    "al", "bin", "ibn", "de", "del", "della", "da", "dos", "das", "van", "von", "der", "la", "le",
    "abu", "el", "y",
]);

/// Words that make a capitalized phrase after a title an organization or a
/// place, not a name ("Major Crime Unit", "Deputy Chief of Police").
#[rustfmt::skip]
static ORG_WORDS: Words = Words::new(&[
    "unit", "units", "command", "squad", "division", "department", "office", "bureau", "police",
    "agency", "service", "services", "council", "court", "stoppers", "task", "team", "center",
    "centre", "hospital", "university", "school", "church", "street", "road", "avenue", "crime",
    "crimes", "homicide", "county", "city", "state", "district", "region", "province", "ministry",
    "committee", "party", "front", "army", "forces", "staff", "operations", "affairs", "drive",
    "boulevard", "lane", "way", "place", "plaza", "square", "park", "location", "update",
]);

/// Whether a quantity ends just before token `i`. Quantities are in text
/// order and do not overlap, so their ends increase: a binary search.
fn ends_quantity(doc: &Doc, i: usize) -> bool {
    let k = doc.quantities.partition_point(|q| q.last < i);
    doc.quantities.get(k).is_some_and(|q| q.last == i)
}

fn is_possessive_mark(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'S" | "’S")
}

/// Whether the capital at tokens `[first, last)` stands for its government
/// rather than the city: "Moscow said", "Kyiv has warned", "attacks by
/// Moscow", "accused Kyiv of", "Washington's decision", "Kyiv-backed",
/// "talks with Moscow". Works on ALL-CAPS text as well.
pub(crate) fn is_metonymic(doc: &Doc, first: usize, last: usize) -> bool {
    let w = |i: usize| doc.word(i);
    let glued = |i: usize| doc.tokens.get(i).is_some_and(|t| !t.space_before);
    let next = w(last);
    if METONYM_VERBS.contains(next) {
        return true;
    }
    if AUXILIARIES.contains(next) {
        // "Moscow has warned", "Kyiv will respond", "Washington does not want"
        let mut j = last + 1;
        if w(j).eq_ignore_ascii_case("not") || w(j).eq_ignore_ascii_case("also") {
            j += 1;
        }
        if METONYM_VERBS.contains(w(j)) {
            return true;
        }
    }
    if is_possessive_mark(next) {
        let after = w(last + 1);
        if METONYM_NOUNS.contains(after) || METONYM_NOUNS.contains(w(last + 2)) {
            return true;
        }
    }
    if next == "-" && glued(last) && glued(last + 1) && SPONSOR_PARTICIPLES.contains(w(last + 1)) {
        return true;
    }
    if first > 0 {
        let prev = w(first - 1);
        if METONYM_OBJECT_VERBS.contains(prev) {
            return true;
        }
        if prev.eq_ignore_ascii_case("with") && first >= 2 && WITH_NOUNS.contains(w(first - 2)) {
            return true;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Finding actors.

struct Cx<'d, 't> {
    doc: &'d Doc<'t>,
    t: &'static Tables,
    cases: &'d [lexfile::Case],
    spots: Vec<Spot>,
}

/// What a spot can be read as, first choice first.
fn whats<'a>(t: &'a Tables, s: &'a Spot) -> impl Iterator<Item = What> + 'a {
    // `find` sorts each spot's entries by `priority` once.
    s.entries.iter().map(|&e| t.entries[e as usize].what)
}

fn priority(w: What) -> u8 {
    match w {
        What::Group(_) => 0,
        What::Country(_) => 1,
        What::Capital(_) => 2,
        What::Demonym(_) => 3,
        What::Plural(_) => 4,
        What::Title(_) => 5,
        What::Generic(_) => 6,
    }
}

/// A modifier that can make a head noun belong to someone.
#[derive(Clone, Copy, Debug)]
enum ModKind {
    /// "Ukrainian", "US" (noun adjunct), "Russia's", "Ukraine-based".
    Country,
    /// A named group or institution: "Hamas militants", "LAPD Deputy Chief".
    Group(u16),
    /// A person: "the Biden administration".
    Person,
    /// A generic actor before a title: "state police spokesman".
    Generic,
}

#[derive(Clone, Copy, Debug)]
struct Modifier {
    kind: ModKind,
    country: Option<u16>,
    /// The token after the modifier (past "'s" or "-based").
    end: usize,
}

impl<'d, 't> Cx<'d, 't> {
    fn w(&self, i: usize) -> &'t str {
        self.doc.word(i)
    }

    /// Whether case tells nothing about names at token `i` (ALL CAPS or a
    /// title-case headline).
    fn caps_at(&self, i: usize) -> bool {
        self.cases
            .get(self.doc.sentence_of(i))
            .is_some_and(|c| !c.marks_names())
    }

    fn glued(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.doc.sentence_of(a) == self.doc.sentence_of(b)
    }

    fn span(&self, first: usize, last: usize) -> ByteSpan {
        ByteSpan::new(
            self.doc.tokens[first].span.start,
            self.doc.tokens[last - 1].span.end,
        )
    }

    fn country(&self, i: u16) -> &'static Country {
        &self.t.countries[i as usize]
    }

    /// Whether token `i` is a plain word that may stand between a modifier
    /// and its head ("Russian occupying forces").
    fn is_filler(&self, i: usize) -> bool {
        let Some(tok) = self.doc.tokens.get(i) else {
            return false;
        };
        let w = self.w(i);
        if tok.kind != TokenKind::Word || COMMON.contains(w) || is_possessive_mark(w) {
            return false;
        }
        let capital = w.starts_with(|c: char| c.is_uppercase()) && !self.caps_at(i);
        if ends_with_ignore_case(w, "ed") && !w.eq_ignore_ascii_case("armed") && !capital {
            return false;
        }
        // A plural between them is a noun of its own ("Russian strikes killed
        // civilians"), unless it is part of a capitalized name.
        !(ends_with_ignore_case(w, "s") && !ends_with_ignore_case(w, "ss") && !capital)
    }

    /// The index of the spot starting at token `i`, searching from `from`.
    fn spot_at(&self, from: usize, i: usize) -> Option<usize> {
        let k = from + self.spots[from..].partition_point(|s| s.first < i);
        (self.spots.get(k)?.first == i).then_some(k)
    }

    /// The next spot a modifier ending before token `end` composes with:
    /// right there, or after at most two fillers in the same sentence.
    fn head_after(&self, k: usize, end: usize) -> Option<usize> {
        for j in end..end + 3 {
            if let Some(k2) = self.spot_at(k + 1, j) {
                return self.same_sentence(end.saturating_sub(1), j).then_some(k2);
            }
            if !self.is_filler(j) {
                return None;
            }
        }
        None
    }

    fn group_of(&self, k: usize) -> Option<u16> {
        whats(self.t, &self.spots[k]).find_map(|w| match w {
            What::Group(g) => Some(g),
            _ => None,
        })
    }

    fn generic_of(&self, k: usize) -> Option<u16> {
        whats(self.t, &self.spots[k]).find_map(|w| match w {
            What::Generic(g) => Some(g),
            _ => None,
        })
    }

    fn title_of(&self, k: usize) -> Option<(u16, &'static str)> {
        let s = &self.spots[k];
        s.entries
            .iter()
            .find_map(|&e| match self.t.entries[e as usize] {
                Entry {
                    what: What::Title(t),
                    phrase,
                } => Some((t, phrase.text)),
                _ => None,
            })
    }

    fn country_of(&self, k: usize) -> Option<u16> {
        whats(self.t, &self.spots[k]).find_map(|w| match w {
            What::Country(c) => Some(c),
            _ => None,
        })
    }

    fn is_person_group(&self, g: u16) -> bool {
        self.t.groups[g as usize].kind == ActorKind::Person
    }

    fn group_country(&self, g: u16) -> Option<u16> {
        let a3 = self.t.groups[g as usize].country?;
        self.t
            .countries
            .iter()
            .position(|c| c.alpha3 == a3)
            .map(|i| i as u16)
    }

    /// Reads spot `k` as a modifier of what follows, if it can be one.
    fn modifier(&self, k: usize) -> Option<Modifier> {
        let s = &self.spots[k];
        let next = self.w(s.last);
        let hyphen = next == "-" && self.glued(s.last) && self.glued(s.last + 1);
        for what in whats(self.t, s) {
            match what {
                What::Country(c) | What::Capital(c) => {
                    if is_possessive_mark(next) && self.glued(s.last) {
                        if matches!(what, What::Capital(_))
                            && !is_metonymic(self.doc, s.first, s.last)
                        {
                            continue;
                        }
                        return Some(Modifier {
                            kind: ModKind::Country,
                            country: Some(c),
                            end: s.last + 1,
                        });
                    }
                    if hyphen
                        && BASED.contains(self.w(s.last + 1))
                        && matches!(what, What::Country(_))
                    {
                        return Some(Modifier {
                            kind: ModKind::Country,
                            country: Some(c),
                            end: s.last + 2,
                        });
                    }
                    if matches!(what, What::Country(_)) && !hyphen {
                        return Some(Modifier {
                            kind: ModKind::Country,
                            country: Some(c),
                            end: s.last,
                        });
                    }
                }
                What::Demonym(c) if !hyphen => {
                    return Some(Modifier {
                        kind: ModKind::Country,
                        country: Some(c),
                        end: s.last,
                    })
                }
                What::Group(g) => {
                    let end = if is_possessive_mark(next) {
                        s.last + 1
                    } else {
                        s.last
                    };
                    let kind = if self.is_person_group(g) {
                        ModKind::Person
                    } else {
                        ModKind::Group(g)
                    };
                    return Some(Modifier {
                        kind,
                        country: self.group_country(g),
                        end,
                    });
                }
                What::Generic(_) if !is_possessive_mark(next) => {
                    return Some(Modifier {
                        kind: ModKind::Generic,
                        country: None,
                        end: s.last,
                    })
                }
                _ => {}
            }
        }
        None
    }

    fn new_match(
        &self,
        first: usize,
        last: usize,
        head: usize,
        name: String,
        kind: ActorKind,
        form: Form,
    ) -> ActorMatch {
        ActorMatch {
            span: self.span(first, last),
            first,
            last,
            head,
            name,
            country: None,
            kind,
            form,
            possessive: is_possessive_mark(self.w(last)) && self.glued(last),
            pronoun: None,
            adjectival: false,
            locative: false,
            title: None,
        }
    }

    /// "of [the] Ukraine" after token `last`: the country and the token after it.
    fn of_country(&self, k: usize, last: usize) -> Option<(u16, usize, usize)> {
        if !self.w(last).eq_ignore_ascii_case("of") {
            return None;
        }
        let mut j = last + 1;
        if self.w(j).eq_ignore_ascii_case("the") {
            j += 1;
        }
        let k2 = self.spot_at(k + 1, j)?;
        let c = self.country_of(k2)?;
        Some((c, self.spots[k2].last, k2))
    }

    /// The generic head at spot `k` with an optional country: its name.
    fn generic_name(&self, g: u16, k: usize, country: Option<u16>) -> String {
        let gen = &self.t.generics[g as usize];
        match (country, gen.with_country) {
            (Some(c), Some(template)) => template.replace("{}", self.country(c).in_phrase),
            _ if gen.name == "*" => self.doc.slice(self.spots[k].span).to_lowercase(),
            _ => gen.name.to_string(),
        }
    }

    /// A generic head at spot `k`, owned by `m` when given. Returns the match
    /// and the next spot to read.
    fn generic(
        &self,
        k: usize,
        g: u16,
        m: Option<(usize, Modifier)>,
    ) -> Option<(ActorMatch, usize)> {
        let s = &self.spots[k];
        let gen = &self.t.generics[g as usize];
        let mut first = s.first;
        let mut last = s.last;
        let mut next_k = k + 1;
        let mut country = None;
        let mut pronoun = None;
        let mut owner_group = None;
        match m {
            Some((mk, m)) => {
                first = self.spots[mk].first;
                match m.kind {
                    ModKind::Group(gr) => owner_group = Some(gr),
                    ModKind::Person | ModKind::Country => country = m.country,
                    ModKind::Generic => return None,
                }
            }
            None => {
                // "of Ukraine" after the head.
                if let Some((c, end, k2)) = self.of_country(k, s.last) {
                    country = Some(c);
                    last = end;
                    next_k = k2 + 1;
                } else {
                    let det = s.first.checked_sub(1).map(|i| (i, self.w(i)));
                    let det = det.filter(|(_, w)| DETERMINERS.contains(w)).or_else(|| {
                        // one adjective between: "its own forces", "the regular army"
                        let i = s.first.checked_sub(2)?;
                        (self.is_filler(i + 1) && DETERMINERS.contains(self.w(i)))
                            .then(|| (i, self.w(i)))
                    });
                    match gen.needs {
                        Needs::Nothing => {}
                        Needs::Determiner if det.is_some() => {}
                        _ => return None,
                    }
                    if let Some((i, w)) = det {
                        if PRONOUNS.contains(w) {
                            pronoun = Some(i);
                            first = i;
                        }
                    }
                }
            }
        }
        if let Some(gr) = owner_group {
            // "Hamas militants", "IDF soldiers": the group itself.
            let grp = &self.t.groups[gr as usize];
            let mut a = self.new_match(
                first,
                last,
                s.last - 1,
                grp.name.to_string(),
                grp.kind,
                Form::Group,
            );
            a.country = grp.country;
            return Some((a, next_k));
        }
        let name = self.generic_name(g, k, country);
        let mut a = self.new_match(first, last, s.last - 1, name, gen.kind, Form::Generic);
        a.country = country.map(|c| self.country(c).alpha3);
        a.pronoun = pronoun;
        Some((a, next_k))
    }

    /// Whether token `i` can be part of a person's name.
    fn is_name_word(&self, i: usize, caps: bool, first_word: bool) -> bool {
        let Some(tok) = self.doc.tokens.get(i) else {
            return false;
        };
        if tok.kind != TokenKind::Word {
            return false;
        }
        let w = self.w(i);
        if is_possessive_mark(w) {
            return false;
        }
        if !first_word && NAME_PARTICLES.contains(w) && !caps {
            return true;
        }
        if COMMON.contains(w) {
            return false;
        }
        if caps {
            // "THE PRESIDENT EMPHASIZED": a verb, though "AHMED" is a name.
            let u = w.to_ascii_uppercase();
            let verb = (u.len() >= 6
                && u.ends_with("ED")
                && !(u.ends_with("MED") || u.ends_with("EED") || u.ends_with("YED")))
                || (u.len() >= 6 && u.ends_with("ING"));
            !verb && (w.chars().count() >= 2 || self.w(i + 1) == ".")
        } else {
            w.starts_with(|c: char| c.is_uppercase())
        }
    }

    /// The name after a title ending before token `start`: the token range,
    /// its text normalized, and a person of the groups table it names.
    fn name_after(
        &self,
        k: usize,
        start: usize,
        weak: bool,
    ) -> Option<(usize, String, Option<u16>, usize)> {
        if let Some(k2) = self.spot_at(k + 1, start) {
            if let Some(g) = self.group_of(k2).filter(|&g| self.is_person_group(g)) {
                let s = &self.spots[k2];
                return Some((
                    s.last,
                    self.t.groups[g as usize].name.to_string(),
                    Some(g),
                    k2 + 1,
                ));
            }
        }
        if !self.same_sentence(start.saturating_sub(1), start) {
            return None;
        }
        let caps = self.caps_at(start);
        let mut j = start;
        let mut words = 0;
        while words < 5 && self.is_name_word(j, caps, j == start) {
            // A name word must not begin another known phrase (a country, a group).
            if j > start || words == 0 {
                if let Some(k2) = self.spot_at(k + 1, j) {
                    let person = self.group_of(k2).is_some_and(|g| self.is_person_group(g));
                    if !person {
                        break;
                    }
                }
            }
            j += 1;
            words += 1;
            // initials "L." and glued hyphens "al-Burhan", "Jean-Pierre"
            if self.w(j) == "." && self.glued(j) && self.w(j - 1).chars().count() == 1 {
                j += 1;
            } else if self.w(j) == "-"
                && self.glued(j)
                && self.glued(j + 1)
                && self.is_name_word(j + 1, caps, false)
            {
                j += 2;
            }
        }
        // Particles do not end a name.
        while j > start && NAME_PARTICLES.contains(self.w(j - 1)) {
            j -= 1;
            words -= 1;
        }
        if words == 0 || (caps && weak && words < 2) {
            return None;
        }
        if (start..j).any(|i| ORG_WORDS.contains(self.w(i))) {
            return None;
        }
        let text = self.doc.slice(self.span(start, j));
        let mut name = String::with_capacity(text.len());
        let mut at_word_start = true;
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                space = true;
                at_word_start = true;
                continue;
            }
            if space && !name.is_empty() {
                name.push(' ');
            }
            space = false;
            if caps && c.is_alphabetic() {
                if at_word_start {
                    name.extend(c.to_uppercase());
                } else {
                    name.extend(c.to_lowercase());
                }
            } else {
                name.push(c);
            }
            at_word_start = !c.is_alphabetic() && c != '\'' && c != '’';
        }
        let next_k = self
            .spot_at(k + 1, j)
            .unwrap_or_else(|| k + 1 + self.spots[k + 1..].partition_point(|s| s.first < j));
        Some((j, name, None, next_k))
    }

    /// A person with a title at spot `k`, owned by modifier `m` at spot `mk`.
    fn person(&self, k: usize, m: Option<(usize, Modifier)>) -> Option<(ActorMatch, usize)> {
        let (ti, title_text) = self.title_of(k)?;
        let s = &self.spots[k];
        // "Smithridge Dr. Reno": a street, not a doctor.
        if m.is_none() && title_text.starts_with("Dr") && self.proper_name_before(s.first) {
            return None;
        }
        let weak = self.t.titles[ti as usize].weak;
        let first = m.map_or(s.first, |(mk, _)| self.spots[mk].first);
        let mut country = m.and_then(|(_, m)| m.country);
        if let Some((end, name, g, next_k)) = self.name_after(k, s.last, weak) {
            if let Some(g) = g {
                country = country.or_else(|| self.group_country(g));
            }
            let mut a = self.new_match(first, end, end - 1, name, ActorKind::Person, Form::Person);
            a.country = country.map(|c| self.country(c).alpha3);
            a.title = Some(title_text);
            return Some((a, next_k));
        }
        // "Ukrainian President" or "the President of Russia" without a name.
        let (country, last, next_k) = match country {
            Some(c) => (c, s.last, k + 1),
            None => {
                let (c, end, k2) = self.of_country(k, s.last)?;
                (c, end, k2 + 1)
            }
        };
        let title = self.doc.slice(s.span);
        let mut title_name = String::new();
        for (i, word) in title.split_whitespace().enumerate() {
            if i > 0 {
                title_name.push(' ');
            }
            let mut cs = word.chars();
            if let Some(c) = cs.next() {
                title_name.extend(c.to_uppercase());
                title_name.extend(cs.flat_map(char::to_lowercase));
            }
        }
        let name = format!("{title_name} of {}", self.country(country).in_phrase);
        let mut a = self.new_match(
            first,
            last,
            s.last - 1,
            name,
            ActorKind::Person,
            Form::Person,
        );
        a.country = Some(self.country(country).alpha3);
        a.title = Some(title_text);
        Some((a, next_k))
    }

    /// A modifier at spot `k` composed with the head after it.
    fn compose(&self, k: usize) -> Option<(ActorMatch, usize)> {
        let m = self.modifier(k)?;
        let k2 = self.head_after(k, m.end)?;
        if self.title_of(k2).is_some() {
            if let Some(r) = self.person(k2, Some((k, m))) {
                return Some(r);
            }
        }
        if let ModKind::Generic = m.kind {
            return None;
        }
        if let Some(g) = self.generic_of(k2) {
            if let ModKind::Person = m.kind {
                // "the Biden administration": only a government is owned so.
                if self.t.generics[g as usize].kind != ActorKind::Government {
                    return None;
                }
            }
            return self.generic(k2, g, Some((k, m)));
        }
        if let (ModKind::Country, Some(gr)) = (m.kind, self.group_of(k2)) {
            // "Russian Wagner mercenaries": the group, its span widened.
            let (mut a, next) = self.alone(k2)?;
            if self.is_person_group(gr) || a.form != Form::Group {
                return None;
            }
            a.first = self.spots[k].first;
            a.span = self.span(a.first, a.last);
            return Some((a, next));
        }
        None
    }

    /// Whether token `i` is a capitalized word of a longer proper name in
    /// mixed-case text: no function word, no known phrase.
    fn is_other_name_word(&self, i: usize) -> bool {
        let Some(t) = self.doc.tokens.get(i) else {
            return false;
        };
        let w = self.w(i);
        t.kind == TokenKind::Word
            && w.starts_with(|c: char| c.is_uppercase())
            && !COMMON.contains(w)
            && !self.caps_at(i)
            && self.spots.binary_search_by_key(&i, |s| s.first).is_err()
            && !self.inside_spot(i)
    }

    /// Whether token `i` is inside a spot but not its first token. Spots are
    /// in text order and do not overlap: only the last one starting before
    /// `i` can hold it (a binary search, not a scan of every spot).
    fn inside_spot(&self, i: usize) -> bool {
        let k = self.spots.partition_point(|s| s.first < i);
        k > 0 && i < self.spots[k - 1].last
    }

    /// A name word right before token `first` in the same sentence ("New
    /// Mexico", "African American", "Smithridge Dr.").
    fn proper_name_before(&self, first: usize) -> bool {
        first > 0
            && self.same_sentence(first - 1, first)
            && self.doc.tokens[first].space_before
            && self.is_other_name_word(first - 1)
            && self.doc.sentences[self.doc.sentence_of(first)].first != first - 1
    }

    /// A name word right after token `last - 1` ("Chad Smith", "Washington
    /// Post", "Kyiv Independent").
    fn proper_name_after(&self, last: usize) -> bool {
        last < self.doc.tokens.len()
            && self.same_sentence(last - 1, last)
            && self.doc.tokens[last].space_before
            && self.is_other_name_word(last)
    }

    /// Whether spot `k`, a country, capital or demonym, is only a piece of
    /// another proper name: "New Mexico", "African American", "Chad Smith",
    /// "the Washington Post".
    fn inside_other_name(&self, k: usize) -> bool {
        let s = &self.spots[k];
        match whats(self.t, s).next() {
            Some(What::Country(_) | What::Capital(_)) => {
                self.proper_name_before(s.first) || self.proper_name_after(s.last)
            }
            Some(What::Demonym(_) | What::Plural(_)) => self.proper_name_before(s.first),
            _ => false,
        }
    }

    /// Whether a country name at tokens `[first, ..)` stands for the place.
    fn is_locative(&self, first: usize) -> bool {
        let mut i = first;
        if i > 0 && self.w(i - 1).eq_ignore_ascii_case("the") {
            i -= 1;
        }
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.w(p);
        if prev.eq_ignore_ascii_case("to") && p > 0 && TO_RECIPIENT.contains(self.w(p - 1)) {
            return false;
        }
        LOCATIVE.contains(prev)
    }

    /// Spot `k` read on its own.
    fn alone(&self, k: usize) -> Option<(ActorMatch, usize)> {
        let s = &self.spots[k];
        for what in whats(self.t, s) {
            match what {
                What::Group(g) => {
                    let grp = &self.t.groups[g as usize];
                    let form = if grp.kind == ActorKind::Person {
                        Form::Person
                    } else {
                        Form::Group
                    };
                    let mut last = s.last;
                    let mut next_k = k + 1;
                    // "Hamas militants": the head noun joins the group's span.
                    if form == Form::Group {
                        if let Some(k2) = self.spot_at(k + 1, s.last) {
                            if self.generic_of(k2).is_some() && self.title_of(k2).is_none() {
                                last = self.spots[k2].last;
                                next_k = k2 + 1;
                            }
                        }
                    }
                    let mut a = self.new_match(
                        s.first,
                        last,
                        last - 1,
                        grp.name.to_string(),
                        grp.kind,
                        form,
                    );
                    a.country = grp.country;
                    return Some((a, next_k));
                }
                What::Country(c) => {
                    let country = self.country(c);
                    let mut a = self.new_match(
                        s.first,
                        s.last,
                        s.last - 1,
                        country.name.to_string(),
                        ActorKind::State,
                        Form::Country,
                    );
                    a.country = Some(country.alpha3);
                    a.locative = !a.possessive && self.is_locative(s.first);
                    let next = self.w(s.last);
                    a.adjectival = next == "-"
                        && self.glued(s.last)
                        && SPONSOR_PARTICIPLES.contains(self.w(s.last + 1));
                    return Some((a, k + 1));
                }
                What::Capital(c) => {
                    if !is_metonymic(self.doc, s.first, s.last) {
                        continue;
                    }
                    let country = self.country(c);
                    let name = format!("Government of {}", country.in_phrase);
                    let mut a = self.new_match(
                        s.first,
                        s.last,
                        s.last - 1,
                        name,
                        ActorKind::Government,
                        Form::Metonym,
                    );
                    a.country = Some(country.alpha3);
                    a.adjectival = self.w(s.last) == "-";
                    return Some((a, k + 1));
                }
                What::Demonym(c) => {
                    let country = self.country(c);
                    let mut a = self.new_match(
                        s.first,
                        s.last,
                        s.last - 1,
                        country.name.to_string(),
                        ActorKind::State,
                        Form::Demonym,
                    );
                    a.country = Some(country.alpha3);
                    a.adjectival = true;
                    let mut j = s.last;
                    if self.w(j) == "-" && self.glued(j) {
                        j += 2; // "Russian-speaking", "Russian-backed"
                    }
                    a.locative =
                        PLACE_NOUNS.contains(self.w(j)) || PLACE_NOUNS.contains(self.w(j + 1));
                    return Some((a, k + 1));
                }
                What::Plural(c) => {
                    // "three Israelis", "dozens of Palestinians": people;
                    // "the Russians" in a war: the state and its forces.
                    let country = self.country(c);
                    let counted = s.first > 0
                        && (self.doc.tokens[s.first - 1].kind == TokenKind::Number
                            || self.w(s.first - 1).eq_ignore_ascii_case("of")
                            || ends_quantity(self.doc, s.first));
                    let (name, kind) = if counted {
                        (
                            format!("Civilians of {}", country.in_phrase),
                            ActorKind::Civilians,
                        )
                    } else {
                        (country.name.to_string(), ActorKind::State)
                    };
                    let mut a =
                        self.new_match(s.first, s.last, s.last - 1, name, kind, Form::Demonym);
                    a.country = Some(country.alpha3);
                    return Some((a, k + 1));
                }
                What::Title(_) => {
                    if let Some(r) = self.person(k, None) {
                        return Some(r);
                    }
                }
                What::Generic(g) => {
                    if let Some(r) = self.generic(k, g, None) {
                        return Some(r);
                    }
                }
            }
        }
        None
    }
}

/// Every actor mention in `doc`, in text order, without overlaps.
pub(crate) fn find(doc: &Doc) -> Vec<ActorMatch> {
    let t = tables();
    let spots = lexfile::find_cased(doc, lexfile::Table::Actors, |entry| {
        &t.entries[entry as usize].phrase
    });
    let mut spots = spots;
    for s in &mut spots {
        if s.entries.len() > 1 {
            crate::order::sort_by_key(&mut s.entries, |&e| priority(t.entries[e as usize].what));
        }
    }
    let cx = Cx {
        doc,
        t,
        cases: doc.cases(),
        spots,
    };
    let mut out: Vec<ActorMatch> = Vec::new();
    let mut k = 0;
    while k < cx.spots.len() {
        if cx.inside_other_name(k) {
            k += 1;
            continue;
        }
        let found = cx.compose(k).or_else(|| cx.alone(k));
        match found {
            Some((a, next)) => {
                if out.last().is_none_or(|l| l.last <= a.first) {
                    out.push(a);
                }
                k = next.max(k + 1);
            }
            None => k += 1,
        }
    }
    add_surnames(&cx, &mut out);
    out
}

impl ActorMatch {
    /// The report's value for this mention (the name moves into it).
    pub fn into_report(self, offsets: &Offsets) -> Actor {
        Actor {
            span: offsets.span(self.span),
            name: self.name,
            country: self.country.map(str::to_string),
            kind: self.kind.as_str().to_string(),
        }
    }
}

/// The actor mentions of the report (places such as "into Russia" left
/// out), with their tokens, for events to draw arguments from.
pub(crate) fn located(doc: &Doc, offsets: &Offsets) -> Vec<Located<Actor>> {
    find(doc)
        .into_iter()
        .filter(|a| !a.locative)
        .map(|a| Located {
            span: a.span,
            first: a.first,
            last: a.last,
            value: a.into_report(offsets),
        })
        .collect()
}

/// Finds again, on their own, the surnames of persons found with a title
/// ("Governor Vyacheslav Gladkov" ... "Gladkov said").
fn add_surnames(cx: &Cx, out: &mut Vec<ActorMatch>) {
    let mut known: Vec<(&str, usize)> = Vec::new();
    for (i, a) in out.iter().enumerate() {
        if a.form == Form::Person && a.title.is_some() && a.head > a.first {
            let w = cx.w(a.head);
            let is_name = cx.doc.tokens[a.head].kind == TokenKind::Word && w.chars().count() >= 3;
            if is_name && !known.iter().any(|(k, _)| k.eq_ignore_ascii_case(w)) && known.len() < 64
            {
                known.push((w, i));
            }
        }
    }
    if known.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    let mut next_actor = 0;
    for (i, tok) in cx.doc.tokens.iter().enumerate() {
        while next_actor < out.len() && out[next_actor].last <= i {
            next_actor += 1;
        }
        let covered = out.get(next_actor).is_some_and(|a| a.first <= i);
        if covered || tok.kind != TokenKind::Word {
            continue;
        }
        let w = tok.text(cx.doc.text);
        let Some(&(_, src)) = known.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)) else {
            continue;
        };
        if !(w.starts_with(|c: char| c.is_uppercase())) {
            continue;
        }
        if w != known
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(w))
            .unwrap()
            .0
            && !cx.caps_at(i)
        {
            continue;
        }
        let p = &out[src];
        let mut a = cx.new_match(i, i + 1, i, p.name.clone(), ActorKind::Person, Form::Person);
        a.country = p.country;
        extra.push(a);
    }
    if !extra.is_empty() {
        out.extend(extra);
        crate::order::sort_by_key(out, |a| a.first);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, name, country, kind) of every actor the report would list.
    fn actors(text: &str) -> Vec<(String, String, Option<&'static str>, &'static str)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .filter(|a| !a.locative)
            .map(|a| {
                (
                    doc.slice(a.span).to_string(),
                    a.name,
                    a.country,
                    a.kind.as_str(),
                )
            })
            .collect()
    }

    fn has(
        list: &[(String, String, Option<&'static str>, &'static str)],
        text: &str,
        name: &str,
        country: Option<&str>,
        kind: &str,
    ) -> bool {
        list.iter()
            .any(|(t, n, c, k)| t == text && n == name && c.as_deref() == country && *k == kind)
    }

    #[track_caller]
    fn assert_has(text: &str, span: &str, name: &str, country: Option<&str>, kind: &str) {
        let found = actors(text);
        assert!(
            has(&found, span, name, country, kind),
            "{span:?} as ({name}, {country:?}, {kind}) not in {found:#?}"
        );
    }

    #[test]
    fn demonym_and_force_noun_make_state_forces() {
        let t = "Ukrainian forces crossed the border while Russian troops withdrew.";
        assert_has(
            t,
            "Ukrainian forces",
            "Military Forces of Ukraine",
            Some("UKR"),
            "military",
        );
        assert_has(
            t,
            "Russian troops",
            "Military Forces of Russia",
            Some("RUS"),
            "military",
        );
    }

    #[test]
    fn possessive_country_and_institution() {
        let t = "Ukraine's military intelligence agency said Russia's Defense Ministry lied.";
        assert_has(
            t,
            "Ukraine's military intelligence agency",
            "Intelligence agency of Ukraine",
            Some("UKR"),
            "military",
        );
        assert_has(
            t,
            "Russia's Defense Ministry",
            "Ministry of Defence of Russia",
            Some("RUS"),
            "government",
        );
    }

    #[test]
    fn a_possessive_country_alone_is_the_state() {
        let doc = Doc::new("It was Russia's largest air attack of the war.");
        let found = find(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(doc.slice(found[0].span), "Russia");
        assert!(found[0].possessive);
        assert_eq!(
            (found[0].kind, found[0].country),
            (ActorKind::State, Some("RUS"))
        );
    }

    #[test]
    fn seats_of_government_and_metonymic_capitals() {
        let t = "The Kremlin denied it. Moscow said the drones came from Kyiv. Washington warned travellers bound for Beijing.";
        assert_has(
            t,
            "Kremlin",
            "Government of Russia",
            Some("RUS"),
            "government",
        );
        assert_has(
            t,
            "Moscow",
            "Government of Russia",
            Some("RUS"),
            "government",
        );
        assert_has(
            t,
            "Washington",
            "Government of the United States",
            Some("USA"),
            "government",
        );
        // "from Kyiv" and the object "Beijing" are places here.
        let found = actors(t);
        assert!(
            !found.iter().any(|a| a.0 == "Kyiv" || a.0 == "Beijing"),
            "{found:?}"
        );
    }

    #[test]
    fn metonymy_rule_reads_verbs_agents_and_hyphens() {
        let check = |text: &str, word: &str| {
            let doc = Doc::new(text);
            let i = doc
                .tokens
                .iter()
                .position(|t| t.text(text) == word)
                .unwrap();
            is_metonymic(&doc, i, i + 1)
        };
        assert!(check("Kyiv states its troops held the line.", "Kyiv"));
        assert!(check("Moscow has warned of retaliation.", "Moscow"));
        assert!(check(
            "civilians who suffer from attacks by Moscow",
            "Moscow"
        ));
        assert!(check("Kyiv-backed assaults continued.", "Kyiv"));
        assert!(check(
            "Washington's decision surprised allies.",
            "Washington"
        ));
        assert!(check("MOSCOW SAID THE TALKS FAILED.", "MOSCOW"));
        assert!(!check("Residents of Kyiv sheltered in the metro.", "Kyiv"));
        assert!(!check("Moscow's Red Square was empty.", "Moscow"));
        assert!(!check("The drones flew toward Moscow overnight.", "Moscow"));
    }

    #[test]
    fn persons_with_titles_and_countries() {
        let t = "Ukrainian President Volodymyr Zelenskyy addressed the nation. \
                 Governor Vyacheslav Gladkov said two people died. \
                 LAPD Deputy Chief Kenneth Garner spoke later.";
        assert_has(
            t,
            "Ukrainian President Volodymyr Zelenskyy",
            "Volodymyr Zelenskyy",
            Some("UKR"),
            "person",
        );
        assert_has(
            t,
            "Governor Vyacheslav Gladkov",
            "Vyacheslav Gladkov",
            None,
            "person",
        );
        assert_has(
            t,
            "LAPD Deputy Chief Kenneth Garner",
            "Kenneth Garner",
            Some("USA"),
            "person",
        );
    }

    #[test]
    fn all_caps_wire_text() {
        let t = "GEN. JUAN RAFAEL BUSTILLO SAID THE SALVADORAN ARMED FORCES REPELLED THE FMLN. \
                 BUSTILLO ADDED THAT GUERRILLAS ATTACKED.";
        assert_has(
            t,
            "GEN. JUAN RAFAEL BUSTILLO",
            "Juan Rafael Bustillo",
            None,
            "person",
        );
        assert_has(
            t,
            "SALVADORAN ARMED FORCES",
            "Military Forces of El Salvador",
            Some("SLV"),
            "military",
        );
        assert_has(
            t,
            "FMLN",
            "Farabundo Marti National Liberation Front",
            Some("SLV"),
            "rebel",
        );
        assert_has(t, "BUSTILLO", "Juan Rafael Bustillo", None, "person");
        assert_has(t, "GUERRILLAS", "Rebels", None, "rebel");
    }

    #[test]
    fn case_tells_names_from_words() {
        // "turkey", "who", "us" in lower case are words, not actors.
        let found = actors("They ate turkey with people who told us about it.");
        assert!(found.iter().all(|a| a.0 == "people"), "{found:?}");
        assert_has(
            "Turkey and the US condemned it; WHO sent aid.",
            "Turkey",
            "Turkey",
            Some("TUR"),
            "state",
        );
        assert_has(
            "Turkey and the US condemned it; WHO sent aid.",
            "US",
            "United States",
            Some("USA"),
            "state",
        );
        assert_has(
            "Turkey and the US condemned it; WHO sent aid.",
            "WHO",
            "World Health Organization",
            None,
            "organization",
        );
    }

    #[test]
    fn named_groups_and_generic_actors() {
        let t = "Ukraine-based militants from the Freedom of Russia Legion raided villages; \
                 Hamas militants and Houthi rebels fired too, and gunmen killed three civilians.";
        assert_has(
            t,
            "Ukraine-based militants",
            "Militants",
            Some("UKR"),
            "rebel",
        );
        assert_has(
            t,
            "Freedom of Russia Legion",
            "Freedom of Russia Legion",
            Some("RUS"),
            "rebel",
        );
        assert_has(t, "Hamas militants", "Hamas", Some("PSE"), "rebel");
        assert_has(t, "Houthi rebels", "Houthis", Some("YEM"), "rebel");
        assert_has(t, "gunmen", "Unidentified attackers", None, "other");
        assert_has(t, "civilians", "Civilians", None, "civilians");
    }

    #[test]
    fn pronoun_owned_forces_are_left_to_resolve() {
        let doc = Doc::new("The agency announced that its forces conducted a raid.");
        let found = find(&doc);
        let f = found
            .iter()
            .find(|a| doc.slice(a.span) == "its forces")
            .expect("its forces");
        assert_eq!(f.pronoun.map(|i| doc.word(i)), Some("its"));
        assert_eq!(doc.word(f.head), "forces");
        assert_eq!(f.kind, ActorKind::Military);
        // "forces" with no owner is no actor
        assert!(find(&Doc::new("Market forces drove prices.")).is_empty());
    }

    #[test]
    fn administrations_and_institutions() {
        let t = "Funding is held up in Congress, and the Biden administration urged action.";
        assert_has(t, "Congress", "Congress", Some("USA"), "government");
        assert_has(
            t,
            "Biden administration",
            "Government of the United States",
            Some("USA"),
            "government",
        );
    }

    #[test]
    fn countries_after_locative_prepositions_are_places() {
        let doc = Doc::new(
            "Troops crossed into Russia, then Russia struck back. Aid to Ukraine stalled.",
        );
        let found = find(&doc);
        let russia: Vec<bool> = found
            .iter()
            .filter(|a| a.name == "Russia")
            .map(|a| a.locative)
            .collect();
        assert_eq!(russia, [true, false]);
        assert!(found.iter().any(|a| a.name == "Ukraine" && !a.locative));
        let doc = Doc::new("They entered Russian territory.");
        assert!(find(&doc).iter().all(|a| a.locative));
    }

    #[test]
    fn of_country_after_the_head_and_plural_demonyms() {
        let t = "The armed forces of Ukraine said three Israelis and the Russians were involved.";
        assert_has(
            t,
            "armed forces of Ukraine",
            "Military Forces of Ukraine",
            Some("UKR"),
            "military",
        );
        assert_has(
            t,
            "Israelis",
            "Civilians of Israel",
            Some("ISR"),
            "civilians",
        );
        assert_has(t, "Russians", "Russia", Some("RUS"), "state");
    }

    /// Throughput of actor and weapon finding on the shared dev texts (run
    /// with `cargo test --release --lib -- --ignored throughput --nocapture`).
    #[test]
    #[ignore]
    fn throughput() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/dev/semeval2018-task5-gva.jsonl"
        );
        let Ok(data) = std::fs::read_to_string(path) else {
            eprintln!("no dev data at {path}");
            return;
        };
        let texts: Vec<String> = data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let docs: Vec<Doc> = texts.iter().map(|t| Doc::new(t)).collect();
        let _ = (tables(), find(&docs[0]), crate::weapon::find(&docs[0]));
        // The best of five runs: the machine is shared.
        let best = |f: &dyn Fn(&Doc) -> usize| {
            let mut best = f64::MAX;
            let mut n = 0;
            for _ in 0..5 {
                let start = std::time::Instant::now();
                n = docs.iter().map(f).sum();
                best = best.min(start.elapsed().as_secs_f64());
            }
            (n, best)
        };
        let (n, actors) = best(&|d| find(d).len());
        let (m, weapons) = best(&|d| crate::weapon::find(d).len());
        let (raw, automaton) = best(&|d| lexfile::shared_matches(d).len());
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "automaton alone (actors and weapons): {raw} matches at {:.0} MB/s",
            mb / automaton
        );
        eprintln!(
            "{mb:.1} MB: actors {n} at {:.0} MB/s, weapons {m} at {:.0} MB/s",
            mb / actors,
            mb / weapons
        );
        assert!(n > 0 && m > 0);
    }

    #[test]
    fn country_words_inside_other_names_are_not_actors() {
        let t = "The New Mexico State Police said an African American man met Chad Smith \
                 of the Washington Post near Smithridge Dr. Reno Police said so.";
        let found = actors(t);
        let names: Vec<&str> = found.iter().map(|a| a.1.as_str()).collect();
        assert!(
            !names
                .iter()
                .any(|n| ["Mexico", "United States", "Chad", "Reno"].contains(n)
                    || n.starts_with("Government")),
            "{found:#?}"
        );
        // a title-case headline keeps its countries
        assert_has(
            "Russia Launches Largest Drone Attack On Ukraine",
            "Russia",
            "Russia",
            Some("RUS"),
            "state",
        );
    }

    #[test]
    fn titles_before_organizations_are_no_persons() {
        let found = actors("Call Agent Matt Ingui with the Major Crime Unit or Crime Stoppers.");
        assert!(found.iter().any(|a| a.1 == "Matt Ingui"), "{found:#?}");
        assert!(!found.iter().any(|a| a.1.contains("Crime")), "{found:#?}");
    }

    /// The example article: the mentions an analyst would mark.
    #[test]
    fn example_article_mentions() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/examples/belgorod-raid.txt"
        );
        let text = std::fs::read_to_string(path).expect("the shared example article");
        let found = actors(&text);
        for (span, name, country, kind) in [
            (
                "Ukraine's military intelligence agency",
                "Intelligence agency of Ukraine",
                Some("UKR"),
                "military",
            ),
            ("its forces", "Forces", None, "military"),
            (
                "Russian positions",
                "Military Forces of Russia",
                Some("RUS"),
                "military",
            ),
            (
                "Freedom of Russia Legion",
                "Freedom of Russia Legion",
                Some("RUS"),
                "rebel",
            ),
            ("Ukraine-based militants", "Militants", Some("UKR"), "rebel"),
            (
                "Ukrainian President Volodymyr Zelenskyy",
                "Volodymyr Zelenskyy",
                Some("UKR"),
                "person",
            ),
            ("Congress", "Congress", Some("USA"), "government"),
            (
                "Biden administration",
                "Government of the United States",
                Some("USA"),
                "government",
            ),
            ("Kyiv", "Government of Ukraine", Some("UKR"), "government"),
            ("Moscow", "Government of Russia", Some("RUS"), "government"),
        ] {
            assert!(
                has(&found, span, name, country, kind),
                "{span:?} not in {found:#?}"
            );
        }
        // "the Belgorod region", "Crimean peninsula", "Europe" are places.
        assert!(!found
            .iter()
            .any(|a| a.0.contains("Belgorod") || a.0 == "Europe"));
        let doc = Doc::new(&text);
        let weapons: Vec<(String, String, Option<String>)> = crate::weapon::find(&doc)
            .iter()
            .map(|w| {
                let count = w
                    .count
                    .map(|q| doc.slice(doc.quantities[q].span).to_string());
                (doc.slice(w.span).to_string(), w.kind(), count)
            })
            .collect();
        let want = |t: &str, k: &str, c: Option<&str>| {
            (t.to_string(), k.to_string(), c.map(str::to_string))
        };
        for w in [
            want("small arms", "small_arms", None),
            want("mortars", "mortar", None),
            want("mines", "mine", None),
            want("missiles and drones", "missile+drone", Some("nearly 160")),
            want("missiles and drones", "missile+drone", Some("over 130")),
        ] {
            assert!(weapons.contains(&w), "{w:?} not in {weapons:?}");
        }
    }

    #[test]
    fn every_table_row_loads() {
        let t = tables();
        assert!(t.countries.len() >= 240);
        assert_eq!(country("UKR").map(|c| c.name), Some("Ukraine"));
        assert!(t.groups.iter().any(|g| g.name == "Hamas"));
        assert!(!t.generics.is_empty() && !t.titles.is_empty());
    }
}
