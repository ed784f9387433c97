//! Events: what happened, by whom, to whom, where, when, with what, and how
//! many were killed and injured.
//!
//! The pipeline, per document:
//! 1. Triggers from `data/lexicon/triggers.tsv` are found and filtered:
//!    negated or hypothetical mentions ("if Ukraine fails to ...", "no attack")
//!    and generic bare plurals ("attacks by Moscow") are not events.
//! 2. In each sentence, the violent triggers form one event draft, typed by
//!    the strongest of them; a foil ("foiled an attack"), a threat ("vowed
//!    to strike") and each non-violent family form drafts of their own.
//! 3. Casualty figures ([`crate::casualty`]) join the violent draft of their
//!    sentence, or, with no trigger there, continue the event before them.
//! 4. A draft that restates an earlier event (a headline and its body, "the
//!    attack" later on) merges into it; a draft marked as distinct
//!    ("another", "days later") or whose place or actor conflicts stays apart.
//! 5. Arguments are read from the clause: actors (subject, "by X", "X's",
//!    demonyms), targets, place, date, weapons, source and status.

use std::sync::OnceLock;

use crate::casualty::{self, Casualty, Count, Harm};
use crate::doc::Doc;
use crate::hash::FxHashMap;
use crate::report::{Actor, Date, Event, Place, Quantity, Source, Weapon};
use crate::span::{ByteSpan, Offsets};
use crate::text::TokenKind;

/// How a trigger behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Verb,
    Noun,
    Harm,
    Foil,
    Threat,
    Accuse,
    Launch,
}

/// One row of the trigger lexicon.
struct Trigger {
    event_type: &'static str,
    sub_type: &'static str,
    plover: Option<&'static str>,
    role: Role,
    priority: u8,
}

struct Triggers {
    rows: Vec<Trigger>,
    /// The phrase of each row, found by the shared lexicon scan
    /// (`lexfile::Table::Triggers`).
    phrases: Vec<&'static str>,
}

const TRIGGERS_TSV: &str = include_str!("../data/lexicon/triggers.tsv");

fn triggers() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        let mut rows = Vec::new();
        let mut phrases = Vec::new();
        for line in TRIGGERS_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            assert!(f.len() == 6, "triggers.tsv: bad row {line:?}");
            let role = match f[4] {
                "verb" => Role::Verb,
                "noun" => Role::Noun,
                "harm" => Role::Harm,
                "foil" => Role::Foil,
                "threat" => Role::Threat,
                "accuse" => Role::Accuse,
                "launch" => Role::Launch,
                other => panic!("triggers.tsv: unknown role {other:?}"),
            };
            phrases.push(f[0]);
            rows.push(Trigger {
                event_type: f[1],
                sub_type: f[2],
                plover: (f[3] != "-").then_some(f[3]),
                role,
                priority: f[5].parse().expect("triggers.tsv: priority"),
            });
        }
        Triggers { rows, phrases }
    })
}

/// The phrase of every trigger row, in row order.
pub(crate) fn trigger_phrases() -> impl Iterator<Item = &'static str> {
    triggers().phrases.iter().copied()
}

/// A mention found by another extractor, with where it stands.
pub(crate) struct Located<T> {
    /// Its bytes.
    pub span: ByteSpan,
    /// Its first token.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// The report value.
    pub value: T,
}

/// Everything the other extractors found, for events to draw arguments from.
#[derive(Default)]
pub(crate) struct Context {
    /// Places.
    pub places: Vec<Located<Place>>,
    /// Actors.
    pub actors: Vec<Located<Actor>>,
    /// Weapons.
    pub weapons: Vec<Located<Weapon>>,
    /// Dates.
    pub dates: Vec<Located<Date>>,
    /// For each of `dates`, the days it covers, if placed.
    pub periods: Vec<Option<Period>>,
    /// The tokens of the title line's site name, if any ([`masthead`]).
    pub masthead: Option<(usize, usize)>,
    /// The reference date (the article's), as days, if given.
    pub reference_day: Option<i64>,
}

/// The days a date covers, as [`crate::date::CivilDate::to_days`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Period {
    /// First day.
    pub from: i64,
    /// Last day.
    pub until: i64,
    /// Whether the text fixes the period well enough to tell two events
    /// apart: a date with its month or year ("In December", "in August
    /// 2015"), not a bare weekday ("On Friday"), which hangs on a reference
    /// date that may be the page's rather than the story's.
    pub fixed: bool,
}

const VIOLENT: &[&str] = &[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
];

/// The most sentences one event is read from (see `merge_or_push`). In the
/// dev data one event in ~9,000 draws on more.
const MAX_EVENT_SENTENCES: usize = 64;

fn is_violent(t: &str) -> bool {
    VIOLENT.contains(&t)
}

/// A trigger occurrence.
#[derive(Clone, Copy, Debug)]
struct Hit {
    row: usize,
    span: ByteSpan,
    first: usize,
    last: usize,
}

/// An event being built.
#[derive(Debug)]
struct Draft {
    head: Hit,
    /// Other triggers folded in.
    hits: Vec<Hit>,
    event_type: &'static str,
    sub_type: &'static str,
    plover: Option<&'static str>,
    status: Option<&'static str>,
    /// Sentence indexes it was read from, first is the main one.
    sentences: Vec<usize>,
    killed: Option<Casualty>,
    injured: Option<Casualty>,
    /// People "shot": hit, the dead among them or not (see `finish`).
    shot: Option<Casualty>,
    ambiguous: Option<Casualty>,
    /// Refers back ("the attack").
    anaphoric: bool,
    /// Marked as a new event ("another", "days later").
    distinct: bool,
    /// Generic unless something makes it specific.
    generic: bool,
    /// Tells of an earlier event than the story's (see `told_earlier`):
    /// nothing after it continues it or merges into it.
    earlier: bool,
    /// The attacker's own death ([`Casualty::own_life`]), counted once on
    /// top of the victims in `finish`.
    own_life: Option<Casualty>,
    /// `stated_location` so far: how many of `sentences` it has read, and
    /// its answer. Sentences are only ever appended, so a merge reads only
    /// the new ones instead of every sentence again.
    place: std::cell::Cell<(usize, Option<usize>)>,
}

/// Finds the events of a document.
/// Finds the events of a document, and the warnings a reader needs about
/// figures that were read but not counted.
pub(crate) fn extract(doc: &Doc, ctx: &Context, offsets: &Offsets) -> (Vec<Event>, Vec<String>) {
    let hits: Vec<Hit> = crate::lexfile::find_triggers(doc)
        .into_iter()
        .filter_map(|m| {
            let first = doc.token_at(m.span.start)?;
            let last = doc.token_at(m.span.end - 1)? + 1;
            Some(Hit {
                row: m.entry as usize,
                span: m.span,
                first,
                last,
            })
        })
        .collect();
    let casualties = casualty::find(doc);
    let furniture = page_furniture(doc);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut deferred: Vec<Draft> = Vec::new();
    let mut h = 0;
    let mut c = 0;
    for (si, s) in doc.sentences.iter().enumerate() {
        let start = h;
        while h < hits.len() && hits[h].first < s.last {
            h += 1;
        }
        let cstart = c;
        while c < casualties.len() && casualties[c].token < s.last {
            c += 1;
        }
        let sentence_hits = &hits[start..h];
        // Figures told of an earlier incident in a clause ("10 days after a
        // gunman killed five officers in Dallas") are that incident's: an
        // event of their own, which nothing merges into.
        let (earlier, sentence_casualties): (Vec<Casualty>, Vec<Casualty>) = casualties[cstart..c]
            .iter()
            .filter(|x| !x.cumulative)
            .copied()
            .partition(|x| {
                casualty::in_earlier_clause(doc, x.token) || named_with_earlier_year(doc, ctx, x)
            });
        if let Some(mut d) = harm_draft(si, &earlier) {
            d.earlier = true;
            d.distinct = true;
            drafts.push(d);
        }
        let mut new = sentence_drafts(doc, si, sentence_hits, &sentence_casualties, ctx);
        if furniture[si] {
            // Page furniture may restate the story's event ("Related: 4 shot
            // in Southeast Portland" under the story of the arrest) but
            // names no event of its own: it waits for the story's events.
            if new.is_empty() {
                new.extend(harm_draft(si, &sentence_casualties));
            }
            deferred.extend(new.into_iter().filter(|d| is_violent(d.event_type)));
            continue;
        }
        // Casualties that no draft of the sentence took (none, or only a
        // statement or an arrest: "Smith was arrested after a man was found
        // dead") continue the event before them, or stand as an attack of
        // their own.
        let taken = new.iter().any(|d| {
            d.killed.is_some() || d.injured.is_some() || d.shot.is_some() || d.ambiguous.is_some()
        });
        if !taken && !sentence_casualties.is_empty() {
            // (The event whose figures the sentence repeats, if one has
            // them: "He killed a total of six people and wounded fourteen
            // others", after other violence was told.)
            let told = harm_draft(si, &sentence_casualties);
            let repeated = told
                .as_ref()
                .and_then(|t| recent(&drafts, |d| is_violent(d.event_type) && same_figures(d, t)));
            let latest = repeated.or_else(|| recent(&drafts, |d| is_violent(d.event_type)));
            let continues = latest.filter(|&i| {
                !has_distinct_marker(doc, si, None)
                    && si.saturating_sub(*drafts[i].sentences.last().unwrap_or(&0)) <= 6
                    && !told_earlier(doc, ctx, &drafts[i], si, None)
            });
            match continues {
                Some(i) => {
                    add_casualties(&mut drafts[i], &sentence_casualties);
                    if !drafts[i].sentences.contains(&si)
                        && drafts[i].sentences.len() < MAX_EVENT_SENTENCES
                    {
                        drafts[i].sentences.push(si);
                    }
                }
                None => new.extend(told),
            }
        }
        for d in new {
            merge_or_push(doc, ctx, &mut drafts, d);
        }
    }
    // Furniture gives an event of the story the figures the story leaves
    // out, or repeats those it gives; other figures are another story's.
    let has_figures = |d: &Draft| d.killed.is_some() || d.injured.is_some() || d.shot.is_some();
    for d in deferred.into_iter().filter(has_figures) {
        if let Some(i) = recent(&drafts, |e| {
            same_family(e, &d)
                && compatible(doc, ctx, e, &d)
                && (!has_figures(e) || same_figures(e, &d))
        }) {
            merge_into(&mut drafts[i], d);
        }
    }
    let first_town = home_town(doc, ctx);
    let events: Vec<Event> = drafts
        .into_iter()
        .enumerate()
        .map(|(i, d)| finish(doc, ctx, offsets, d, i + 1, first_town))
        .collect();
    let mut warnings = Vec::new();
    for c in casualties.iter().filter(|c| c.cumulative) {
        let s = doc.sentences[doc.sentence_of(c.token)].span;
        warnings.push(format!(
            "\"{}\" (character {}) is a running or whole-war total or one over several incidents, not one event's toll: not added to any event",
            clip(doc.slice(c.span.cover(&c.keyword))),
            offsets.char_index(s.start),
        ));
    }
    for e in &events {
        if let Some(q) = &e.casualties {
            warnings.push(format!(
                "{}: \"{}\" casualties does not say killed or injured: kept apart, not counted",
                e.id,
                clip(&q.span.text)
            ));
        }
    }
    (events, warnings)
}

/// Which sentences are the furniture of a web page around the story, not
/// the story: once the story has begun (a sentence ending in a full stop),
/// a line with no closing punctuation (another story's headline, a section
/// title, a list of videos); a labelled line ("Related:", "Photo:",
/// "Watch:"); a gallery's "Image 3 of 8"; a long sentence told word for word
/// before (a caption repeated for each photo).
fn page_furniture(doc: &Doc) -> Vec<bool> {
    const LABELS: &[&str] = &[
        "related",
        "photo",
        "photos",
        "gallery",
        "video",
        "videos",
        "watch",
        "caption",
        "image",
        "read",
        "more",
        "recommended",
        "trending",
        "sponsored",
        "advertisement",
        "previously",
        "see",
        "also",
    ];
    let mut out = vec![false; doc.sentences.len()];
    let mut begun = false;
    let mut seen: std::collections::HashSet<&str> =
        std::collections::HashSet::with_capacity(doc.sentences.len());
    for (si, s) in doc.sentences.iter().enumerate() {
        if s.last <= s.first {
            continue;
        }
        let line_start = s.first == 0 || doc.tokens[s.first].newline_before;
        let line_end = s.last >= doc.tokens.len() || doc.tokens[s.last].newline_before;
        let last = doc.word(s.last - 1);
        let closed = matches!(
            last,
            "." | "!" | "?" | "\"" | "”" | "’" | "'" | ")" | ":" | ";" | ","
        );
        // "Related: ...", "[RELATED: ...]", "Read more: ...".
        let mut f = s.first;
        if doc.word(f) == "[" {
            f += 1;
        }
        let labelled = line_start
            && (word_is(doc, f, LABELS)
                && (doc.word(f + 1) == ":"
                    || (word_is(doc, f + 1, &["more", "also"]) && doc.word(f + 2) == ":")));
        // "Image 3 of 8", "Photo 2 of 10"
        let gallery = (s.first..s.last.saturating_sub(3)).any(|i| {
            word_is(doc, i, &["image", "photo", "slide"])
                && doc.tokens[i + 1].kind == TokenKind::Number
                && word_is(doc, i + 2, &["of"])
                && doc
                    .tokens
                    .get(i + 3)
                    .is_some_and(|t| t.kind == TokenKind::Number)
        });
        // "2:03 Video: ...": a list of clips with their lengths.
        let clip_list = line_start
            && doc.tokens[s.first].kind == TokenKind::Number
            && doc.word(s.first + 1) == ":"
            && doc
                .tokens
                .get(s.first + 2)
                .is_some_and(|t| t.kind == TokenKind::Number);
        let words = (s.first..s.last)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        let repeated = words >= 10 && !seen.insert(doc.slice(s.span));
        let stray_line = begun && line_start && line_end && !closed;
        out[si] = labelled || gallery || clip_list || repeated || stray_line;
        if !out[si] && last == "." && words >= 6 {
            begun = true;
        }
    }
    out
}

/// At most 80 characters of a quotation, on a character boundary.
fn clip(s: &str) -> String {
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Words that negate or make hypothetical what follows in the clause.
const IRREALIS: &[&str] = &[
    "not", "no", "never", "if", "unless", "would", "could", "might", "may", "whether", "without",
    "fails", "failed", "fail", "n't", "cannot", "avoid", "prevent", "should",
];

/// Whether a trigger is negated or hypothetical in its clause.
fn is_irrealis(doc: &Doc, hit: &Hit, sentence_first: usize) -> bool {
    let floor = hit.first.saturating_sub(6).max(sentence_first);
    for j in (floor..hit.first).rev() {
        let w = doc.word(j);
        if matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "\"" | "“" | "”") {
            return false;
        }
        if IRREALIS.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            return true;
        }
    }
    false
}

fn word_is(doc: &Doc, i: usize, words: &[&str]) -> bool {
    let w = doc.word(i);
    words.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Road traffic ("struck by a vehicle", "hit by a car"), misfortune
/// ("before tragedy struck") and a patient's struggle ("fighting for his
/// life") are no strike and no fight.
fn is_no_strike(doc: &Doc, hit: &Hit) -> bool {
    const VEHICLES: &[&str] = &[
        "vehicle",
        "car",
        "truck",
        "train",
        "bus",
        "van",
        "suv",
        "motorcycle",
        "pickup",
        "driver",
        "motorist",
        "taxi",
        "tractor",
    ];
    const MISFORTUNES: &[&str] = &[
        "tragedy",
        "disaster",
        "misfortune",
        "lightning",
        "storm",
        "earthquake",
        "quake",
        "tornado",
        "hurricane",
        "flood",
        "floods",
        "illness",
        "pandemic",
        "recession",
    ];
    let near = |from: usize| from..(from + 5).min(doc.tokens.len());
    let struck = word_is(doc, hit.last - 1, &["struck", "hit"]);
    // "struck by a vehicle"
    let by_vehicle = struck
        && word_is(doc, hit.last, &["by"])
        && near(hit.last + 1).any(|i| word_is(doc, i, VEHICLES));
    // "struck a bicyclist with his car"
    let with_vehicle = struck
        && near(hit.last)
            .any(|i| word_is(doc, i, &["with"]) && near(i + 1).any(|j| word_is(doc, j, VEHICLES)));
    // "before tragedy struck", "when the storm hit"
    let misfortune = word_is(doc, hit.last - 1, &["struck", "hit", "strikes", "hits"])
        && hit.first > 0
        && word_is(doc, hit.first - 1, MISFORTUNES);
    // "fighting for his life", "battling for their lives"
    let for_life = word_is(
        doc,
        hit.last - 1,
        &[
            "fighting",
            "fight",
            "fought",
            "battle",
            "battling",
            "battled",
            "struggling",
        ],
    ) && word_is(doc, hit.last, &["for"])
        && near(hit.last + 1).any(|i| word_is(doc, i, &["life", "lives"]));
    by_vehicle || with_vehicle || misfortune || for_life
}

/// Whether the trigger is a definite reference back ("the attack", "this raid").
fn is_anaphoric(doc: &Doc, hit: &Hit) -> bool {
    let mut j = hit.first;
    // skip adjectives: "the deadly attack", "the cross-border raid"
    for _ in 0..3 {
        if j == 0 {
            return false;
        }
        let w = doc.word(j - 1);
        if word_is(
            doc,
            j - 1,
            &["the", "this", "that", "these", "those", "same", "such"],
        ) {
            return !doc.word(hit.last).eq_ignore_ascii_case("of")
                || word_is(doc, j - 1, &["this", "that", "these", "those"]);
        }
        if doc.tokens[j - 1].kind != TokenKind::Word
            || w.chars().next().is_some_and(char::is_uppercase)
            || word_is(
                doc,
                j - 1,
                &["a", "an", "another", "and", "or", "of", "in", "by", "to"],
            )
        {
            return false;
        }
        j -= 1;
    }
    false
}

/// Whether the sentence (or the clause before `before`) marks a new event.
fn has_distinct_marker(doc: &Doc, si: usize, before: Option<usize>) -> bool {
    let s = &doc.sentences[si];
    let end = before.unwrap_or(s.last);
    // "another massive bombardment", "a second attack": next to the trigger.
    // "Another man was shot", "a second victim was wounded": another
    // person, not another event.
    let near = before.is_some_and(|b| {
        (b.saturating_sub(3).max(s.first)..b).any(|j| {
            word_is(
                doc,
                j,
                &[
                    "another", "separate", "second", "third", "fresh", "new", "further", "earlier",
                    "previous", "latest",
                ],
            ) && !(j + 1..b).any(|m| {
                casualty::is_person_noun(doc.word(m))
                    || word_is(doc, m, &["was", "were", "is", "are", "has", "had", "one"])
            })
            // "second-degree murder" is a charge, not a second killing.
            && !(j + 2 < b && doc.word(j + 1) == "-" && word_is(doc, j + 2, &["degree"]))
            // "two boys were hurt in separate shootings": the shootings
            // are apart from each other, not from the story's event.
            && !(word_is(doc, j, &["separate"]) && plural_noun(doc, b))
        })
    });
    near || (s.first..end).any(|j| {
        word_is(
            doc,
            j,
            &["separately", "elsewhere", "meanwhile", "previously"],
        ) || (word_is(doc, j, &["past"]) && word_is(doc, j.saturating_sub(1), &["the"]))
            // "Later on Thursday, artillery fire hit ...": the story moves on.
            || (j == s.first && word_is(doc, j, &["later"]))
            || (word_is(doc, j, &["later", "earlier"])
                && j > s.first
                && word_is(
                    doc,
                    j - 1,
                    &["days", "weeks", "hours", "months", "day", "week", "minutes"],
                ))
    })
}

/// Whether the word at `i` reads as a plural noun ("shootings", "attacks").
fn plural_noun(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// A bare plural noun trigger with no determiner or count: "attacks by Moscow".
fn is_generic(doc: &Doc, hit: &Hit, role: Role) -> bool {
    if role != Role::Noun {
        return false;
    }
    let last_word = doc.word(hit.last - 1).to_ascii_lowercase();
    // Campaigns name no single event; "murder" is a charge unless it is the
    // murder of someone.
    if word_is(
        doc,
        hit.last - 1,
        &["offensive", "counteroffensive", "combat"],
    ) {
        return true;
    }
    if word_is(doc, hit.last - 1, &["murder", "murders", "killings"]) {
        return !word_is(doc, hit.last, &["of"]);
    }
    if !last_word.ends_with('s') || last_word.ends_with("ss") {
        return false;
    }
    // A plural is generic unless a count makes it specific: "two attacks",
    // "multiple cross-border raids", "a series of strikes".
    let mut j = hit.first;
    for _ in 0..5 {
        if j == 0 {
            return true;
        }
        if doc.tokens[j - 1].kind == TokenKind::Number
            || word_is(
                doc,
                j - 1,
                &[
                    "two",
                    "three",
                    "four",
                    "five",
                    "several",
                    "multiple",
                    "both",
                    "series",
                    "wave",
                    "dozens",
                    "twin",
                    "simultaneous",
                    "coordinated",
                ],
            )
        {
            return false;
        }
        if word_is(
            doc,
            j - 1,
            &[
                "of", "from", "by", "to", "in", "and", "with", "on", "after", "against",
            ],
        ) || matches!(doc.word(j - 1), "," | ";" | ":" | "(" | ")")
        {
            return true;
        }
        j -= 1;
    }
    true
}

/// The drafts of one sentence.
fn sentence_drafts(
    doc: &Doc,
    si: usize,
    hits: &[Hit],
    casualties: &[Casualty],
    ctx: &Context,
) -> Vec<Draft> {
    let t = triggers();
    let s = doc.sentences[si];
    let mut live: Vec<(Hit, bool)> = hits
        .iter()
        .filter(|h| !is_irrealis(doc, h, s.first) && !is_no_strike(doc, h))
        .filter(|h| {
            // (Weapons are in text order: look only at those starting in
            // the six tokens after the trigger.)
            t.rows[h.row].role != Role::Launch
                || in_sentence(&ctx.weapons, h.last, h.last + 7)
                    .next()
                    .is_some()
        })
        .map(|h| (*h, false))
        .collect();
    // Governors take the violent trigger right after them.
    let mut out: Vec<Draft> = Vec::new();
    let mut alleged = false;
    for i in 0..live.len() {
        let (gov, _) = live[i];
        let role = t.rows[gov.row].role;
        if !matches!(role, Role::Foil | Role::Threat | Role::Accuse) {
            continue;
        }
        let governed = live.iter().position(|(h, _)| {
            h.first > gov.first
                && h.first <= gov.last + 6
                && is_violent(t.rows[h.row].event_type)
                && !matches!(t.rows[h.row].role, Role::Foil | Role::Threat | Role::Accuse)
        });
        match role {
            // "accused of firing": the firing is alleged, and the accusation
            // is not an event of its own.
            Role::Accuse if governed.is_some() => {
                alleged = true;
                live[i].1 = true;
            }
            Role::Foil | Role::Threat => {
                // "intercepted a vessel" is no disrupted attack: a foil needs
                // an attack or a weapon as its object.
                let weapon_after = in_sentence(&ctx.weapons, gov.last, gov.last + 7)
                    .next()
                    .is_some();
                if role == Role::Foil && governed.is_none() && !weapon_after {
                    live[i].1 = true;
                    continue;
                }
                let mut d = draft(si, gov);
                d.status = Some(if role == Role::Foil {
                    "foiled"
                } else {
                    "threatened"
                });
                if let Some(g) = governed {
                    d.hits.push(live[g].0);
                    live[g].1 = true;
                    if role == Role::Threat {
                        // "vowed to strike": the strike is threatened, not done.
                        d.plover = Some("THREATEN");
                    }
                }
                live[i].1 = true;
                out.push(d);
            }
            _ => {}
        }
    }
    let has_casualties = !casualties.is_empty();
    let has_counted_weapons = in_sentence(&ctx.weapons, s.first, s.last)
        .any(|(_, w)| w.last <= s.last && w.value.count.is_some());
    // The violent triggers of the sentence form one draft.
    let violent: Vec<Hit> = live
        .iter()
        .filter(|(h, used)| {
            !used && is_violent(t.rows[h.row].event_type) && t.rows[h.row].role != Role::Foil
        })
        .map(|(h, _)| *h)
        .collect();
    let non_harm: Vec<Hit> = violent
        .iter()
        .filter(|h| t.rows[h.row].role != Role::Harm)
        .copied()
        .collect();
    let specific: Vec<Hit> = non_harm
        .iter()
        .filter(|h| {
            !is_generic(doc, h, t.rows[h.row].role) || has_casualties || has_counted_weapons
        })
        .copied()
        .collect();
    let pool = if !specific.is_empty() {
        specific
    } else if has_casualties {
        violent
            .iter()
            .filter(|h| t.rows[h.row].role == Role::Harm)
            .copied()
            .collect()
    } else {
        Vec::new()
    };
    if let Some(head) = pool
        .iter()
        .max_by_key(|h| (t.rows[h.row].priority, std::cmp::Reverse(h.first)))
    {
        let mut d = draft(si, *head);
        d.hits = pool
            .iter()
            .filter(|h| h.first != head.first)
            .copied()
            .collect();
        // "The assault, which ..., involved ... the detonation of mines":
        // the first trigger tells whether the sentence refers back.
        d.anaphoric = pool
            .iter()
            .min_by_key(|h| h.first)
            .is_some_and(|h| is_anaphoric(doc, h));
        d.distinct = has_distinct_marker(doc, si, Some(head.first));
        d.generic = pool.iter().all(|h| is_generic(doc, h, t.rows[h.row].role));
        if alleged {
            d.status = Some("alleged");
        }
        // "assassination threats", "bomb threat": a threat, not an attack.
        if pool
            .iter()
            .any(|h| word_is(doc, h.last, &["threat", "threats"]))
        {
            d.event_type = "Strategic developments";
            d.sub_type = "Other";
            d.plover = Some("THREATEN");
            d.status = Some("threatened");
        }
        // An attack's kind follows from its weapons ("the attack with
        // explosives"), decided now so that merging compares real types.
        if d.sub_type == "*" {
            let weapons: Vec<Weapon> = in_sentence(&ctx.weapons, s.first, s.last)
                .filter(|(_, w)| !pool.iter().any(|h| h.span.overlaps(&w.span)))
                .map(|(_, w)| w.value.clone())
                .collect();
            let sub = resolve_sub_type(&d, &weapons, &[]);
            if let Some(t) = sub_type_type(sub) {
                d.event_type = t;
                d.sub_type = sub;
            }
        }
        add_casualties(&mut d, casualties);
        out.push(d);
    } else if let Some(foil) = out.iter_mut().find(|d| d.status == Some("foiled")) {
        add_casualties(foil, casualties);
    }
    // Non-violent triggers: one draft per family.
    for (h, used) in &live {
        let row = &t.rows[h.row];
        if *used || is_violent(row.event_type) || matches!(row.role, Role::Foil | Role::Threat) {
            continue;
        }
        if row.role == Role::Accuse && alleged {
            continue;
        }
        if is_generic(doc, h, row.role) {
            continue;
        }
        if out
            .iter()
            .any(|d| d.event_type == row.event_type && d.plover == row.plover)
        {
            continue;
        }
        let mut d = draft(si, *h);
        d.anaphoric = is_anaphoric(doc, h);
        out.push(d);
    }
    crate::order::sort_by_key(&mut out, |d| d.head.first);
    out
}

fn draft(si: usize, head: Hit) -> Draft {
    let row = &triggers().rows[head.row];
    Draft {
        head,
        hits: Vec::new(),
        event_type: row.event_type,
        sub_type: row.sub_type,
        plover: row.plover,
        status: None,
        sentences: vec![si],
        killed: None,
        injured: None,
        shot: None,
        ambiguous: None,
        anaphoric: false,
        distinct: false,
        generic: false,
        earlier: false,
        own_life: None,
        place: std::cell::Cell::new((0, None)),
    }
}

/// An attack named only by its casualties ("Five people were killed").
fn harm_draft(si: usize, casualties: &[Casualty]) -> Option<Draft> {
    let first = casualties.iter().find(|c| c.count.best > 0)?;
    let t = triggers();
    let row = t
        .rows
        .iter()
        .position(|r| r.role == Role::Harm && r.event_type == "Violence against civilians")?;
    let head = Hit {
        row,
        span: first.keyword,
        first: first.token,
        last: first.token + 1,
    };
    let mut d = draft(si, head);
    add_casualties(&mut d, casualties);
    Some(d)
}

/// Adds the casualty figures of a sentence to a draft. Two figures of one
/// kind are taken as restatements (a headline and its body, a toll that
/// rose): the larger one stands. Figures that add up ("two soldiers and
/// three civilians") were already added by [`casualty::find`].
fn add_casualties(d: &mut Draft, casualties: &[Casualty]) {
    for c in casualties {
        if c.own_life {
            d.own_life.get_or_insert(*c);
            continue;
        }
        match c.harm {
            Harm::Killed => restate(&mut d.killed, *c),
            Harm::Injured => take_injury(&mut d.injured, &mut d.shot, d.killed.is_some(), *c),
            Harm::Casualties => restate(&mut d.ambiguous, *c),
        }
    }
}

/// Takes a figure of people hurt: "shot" apart from the wounded, except one
/// more victim, who adds to the tally of single victims either way ("a man
/// was shot ... a third victim was grazed"), or, the first hurt after the
/// dead, is one of the wounded ("the teen killed ... an adult man was also
/// shot").
fn take_injury(
    injured: &mut Option<Casualty>,
    shot: &mut Option<Casualty>,
    killed: bool,
    c: Casualty,
) {
    let tally = |f: &Option<Casualty>| f.map(|x| x.implicit.then_some(x.count.best));
    let into_shot = match (tally(injured), tally(shot)) {
        _ if !c.additional => c.hit,
        (Some(Some(a)), Some(Some(b))) => b > a,
        (_, Some(Some(_))) => true,
        (Some(Some(_)), _) => false,
        (None, None) if killed => false,
        _ => c.hit,
    };
    restate(if into_shot { shot } else { injured }, c);
}

/// Takes a figure into an event's field: a restatement keeps the larger
/// figure; one more victim ("another man was shot") adds to a tally of
/// single victims, never to a figure the text gave as a number.
fn restate(field: &mut Option<Casualty>, c: Casualty) {
    match field {
        // (A tally that began with one more victim is all more victims.)
        Some(old) if c.additional && old.implicit => {
            old.count = old.count.plus(Count::exact(c.count.best));
        }
        Some(old) if c.count.best <= old.count.best => {}
        _ => *field = Some(c),
    }
}

/// How many of the latest events a new mention is compared with when it may
/// restate one: an article's restatements refer to its recent events, and
/// the bound keeps merging linear in the length of the text (comparing each
/// mention with every earlier event made a 10 MB text take 12 s instead of
/// 4).
const LOOKBACK: usize = 64;

/// The index of the latest of the last [`LOOKBACK`] drafts that `pred`
/// accepts.
fn recent(drafts: &[Draft], mut pred: impl FnMut(&Draft) -> bool) -> Option<usize> {
    let from = drafts.len().saturating_sub(LOOKBACK);
    drafts[from..]
        .iter()
        .rposition(|d| {
            crate::limits::tick(1);
            !d.earlier && pred(d)
        })
        .map(|i| from + i)
}

/// Merges a draft into an earlier event it restates, or appends it.
fn merge_or_push(doc: &Doc, ctx: &Context, drafts: &mut Vec<Draft>, mut d: Draft) {
    let target = if d.distinct {
        None
    } else if d.anaphoric || !is_violent(d.event_type) {
        // Non-violent events (statements, aid, arrests) merge only when they
        // refer back; two statements are two events.
        if !d.anaphoric {
            drafts.push(d);
            return;
        }
        restated_or_latest(drafts, &d)
    } else if triggers().rows[d.head.row].role == Role::Harm {
        // A death or wound with no word for an attack ("James, who was shot
        // on his home block, was pronounced dead") tells more of the event
        // before it, or of the one whose figures it repeats.
        restated_or_latest(drafts, &d)
    } else {
        recent(drafts, |e| same_family(e, &d)).filter(|&i| {
            compatible(doc, ctx, &drafts[i], &d)
                && (drafts[i].sentences[0] == 0
                    || d.generic
                    || drafts[i].generic
                    || same_kind(doc, ctx, &drafts[i], &d))
        })
    };
    // The same figures again ("2 Killed, 2 Injured in ... Shooting", then
    // "Two people were killed and two others were injured") restate one
    // event even where the places seem to conflict (a headline's place
    // read as a namesake elsewhere).
    let target = target.or_else(|| {
        (!d.distinct && is_violent(d.event_type))
            .then(|| recent(drafts, |e| same_family(e, &d) && same_figures(e, &d)))
            .flatten()
    });
    let target = match target {
        Some(i) if told_earlier(doc, ctx, &drafts[i], d.sentences[0], Some(&d)) => {
            d.earlier = true;
            None
        }
        t => t,
    };
    match target {
        Some(i) => merge_into(&mut drafts[i], d),
        None => drafts.push(d),
    }
}

/// The latest event of the draft's family whose figures the draft repeats
/// ("the gunman who killed three officers and wounded three others", after
/// news of another attack), else the latest of its family.
fn restated_or_latest(drafts: &[Draft], d: &Draft) -> Option<usize> {
    recent(drafts, |e| same_family(e, d) && same_figures(e, d))
        .or_else(|| recent(drafts, |e| same_family(e, d)))
}

/// Whether sentence `si`, which gives casualty figures, tells of a time
/// well before the event's: "In December, a woman drove onto the sidewalk,
/// injuring 36" in the story of a January shooting that already has its
/// figures. Only a date that opens the sentence counts, and only an earlier
/// one: a victim who dies days later is still the event's.
fn told_earlier(doc: &Doc, ctx: &Context, e: &Draft, si: usize, d: Option<&Draft>) -> bool {
    /// Days of slack between the event's date and the sentence's (a
    /// shooting on Saturday night told as "Sunday").
    const SLACK: i64 = 3;
    let has_figures = e.killed.is_some() || e.injured.is_some() || e.shot.is_some();
    if !has_figures || d.is_some_and(|d| same_figures(e, d)) {
        return false;
    }
    let periods = |first: usize, last: usize| {
        in_sentence(&ctx.dates, first, last).filter_map(|(i, _)| ctx.periods[i])
    };
    let s = doc.sentences[si];
    // The sentence's opening, or a clause's after a semicolon ("... in the
    // District; in 2010, nine people were shot").
    let openers = std::iter::once(s.first).chain(
        (s.first..s.last)
            .filter(|&i| doc.word(i) == ";")
            .map(|i| i + 1),
    );
    let Some(told) = openers
        .filter_map(|o| periods(o, (o + 3).min(s.last)).find(|p| p.fixed))
        .next()
    else {
        return false;
    };
    // The event's day, from its own sentences, else from the nearest told
    // since its first ("It happened around 7:15 p.m. on Friday").
    let day_of = |sj: usize| {
        let (first, last) = sentence_range(doc, sj);
        periods(first, last).next()
    };
    let event_day = e.sentences.iter().find_map(|&sj| day_of(sj)).or_else(|| {
        (e.sentences[0] + 1..si)
            .rev()
            .take(MAX_EVENT_SENTENCES)
            .find_map(day_of)
    });
    // (No slack against a whole month or year: "the first shooting of 2016"
    // is after "In December".)
    event_day.is_some_and(|p| {
        let slack = if p.until - p.from > 7 { 0 } else { SLACK };
        told.until + slack < p.from
    })
}

/// Whether an event's sentences count the attacker among the dead:
/// "including the gunman", "murder-suicide".
fn counts_the_attacker(doc: &Doc, sentences: &[usize]) -> bool {
    sentences.iter().any(|&si| {
        let (first, last) = sentence_range(doc, si);
        (first..last).any(|j| {
            (word_is(doc, j, &["including"])
                && (j + 1..(j + 4).min(last)).any(|m| {
                    word_is(
                        doc,
                        m,
                        &[
                            "gunman", "shooter", "suspect", "attacker", "killer", "himself",
                            "herself",
                        ],
                    )
                }))
                || (word_is(doc, j, &["murder"])
                    && doc.word(j + 1) == "-"
                    && word_is(doc, j + 2, &["suicide"]))
        })
    })
}

/// Whether a harm named with its victim carries a year before the
/// article's: "the 2011 murder of 20-year-old Odee Perry" in a 2016 story
/// is another, older case. (A day, "the Nov. 3 shooting death of", may be
/// the story's own.)
fn named_with_earlier_year(doc: &Doc, ctx: &Context, c: &Casualty) -> bool {
    let Some(today) = ctx.reference_day else {
        return false;
    };
    if !c.implicit || c.token < 2 {
        return false;
    }
    let k = c.token;
    // (A date of at most a few tokens that ends right before the name.)
    in_sentence(&ctx.dates, k.saturating_sub(6), k).any(|(i, d)| {
        d.last == k
            && doc
                .word(d.first.wrapping_sub(1))
                .eq_ignore_ascii_case("the")
            && ctx.periods[i].is_some_and(|p| p.until - p.from >= 300 && p.until < today - 31)
    })
}

/// Folds a draft into the event it restates.
fn merge_into(e: &mut Draft, d: Draft) {
    // A more specific type wins: "the attack" after "an air strike"
    // keeps the strike, a headline's "kills" gives way to "IED".
    let t = triggers();
    // An explosion that killed people stays an explosion.
    let keeps = e.event_type == "Explosions/Remote violence"
        && d.event_type == "Violence against civilians";
    if t.rows[d.head.row].priority > t.rows[e.head.row].priority && !d.anaphoric && !keeps {
        e.event_type = d.event_type;
        e.sub_type = d.sub_type;
        e.plover = d.plover;
    }
    // A text that restates one event over and over (the same
    // paragraph pasted a thousand times) would make every later merge
    // look at every earlier sentence: an event draws on at most
    // MAX_EVENT_SENTENCES sentences, and what restates it beyond that
    // adds its figures and status but no more sentences.
    if e.sentences.len() < MAX_EVENT_SENTENCES {
        e.hits.push(d.head);
        e.hits.extend(d.hits);
        for s in d.sentences {
            if !e.sentences.contains(&s) && e.sentences.len() < MAX_EVENT_SENTENCES {
                e.sentences.push(s);
            }
        }
    }
    for (mine, theirs) in [(&mut e.killed, d.killed), (&mut e.ambiguous, d.ambiguous)] {
        if let Some(t) = theirs {
            restate(mine, t);
        }
    }
    for c in [d.injured, d.shot].into_iter().flatten() {
        take_injury(&mut e.injured, &mut e.shot, e.killed.is_some(), c);
    }
    if e.status.is_none() {
        e.status = d.status;
    }
    if e.own_life.is_none() {
        e.own_life = d.own_life;
    }
    e.generic &= d.generic;
}

/// Whether two drafts give the same casualty figures: every figure both
/// give is equal, and together they count at least two people (one victim
/// each is too common a coincidence in a round-up).
fn same_figures(a: &Draft, b: &Draft) -> bool {
    let mut compared = 0;
    let mut people = 0;
    // (The wounded may be told as "injured" once and "shot" the next time.)
    let hurt = |d: &Draft| d.injured.or(d.shot);
    for (x, y) in [(a.killed, b.killed), (hurt(a), hurt(b))] {
        if let (Some(x), Some(y)) = (x, y) {
            if x.count.best != y.count.best {
                return false;
            }
            compared += 1;
            people += x.count.best;
        }
    }
    compared > 0 && people >= 2
}

/// Whether two drafts are of one kind of event: both violence (a foiled or
/// threatened attack only with its like), or the same non-violent type.
fn same_family(a: &Draft, b: &Draft) -> bool {
    let special = |d: &Draft| matches!(d.status, Some("foiled" | "threatened"));
    let status_fits = a.status == b.status || (!special(a) && !special(b));
    status_fits
        && ((is_violent(a.event_type) && is_violent(b.event_type))
            || (a.event_type == b.event_type && a.plover == b.plover))
}

/// Whether two drafts are of one kind. With no organized side named, an
/// attack on people and an armed clash are one shooting, told as "gunned
/// down" and as "an exchange of gunfire"; a clash between forces and an
/// attack on civilians stay apart.
fn same_kind(doc: &Doc, ctx: &Context, a: &Draft, b: &Draft) -> bool {
    let shooting = |d: &Draft| {
        matches!(d.sub_type, "Attack" | "Armed clash")
            && actors_of(doc, ctx, d).iter().all(|&i| {
                matches!(
                    ctx.actors[i].value.kind.as_str(),
                    "person" | "civilians" | "other"
                )
            })
    };
    a.event_type == b.event_type || (shooting(a) && shooting(b))
}

/// Whether two drafts can be one event: no conflicting place or actor.
fn compatible(doc: &Doc, ctx: &Context, a: &Draft, b: &Draft) -> bool {
    let pa = stated_location(doc, ctx, a);
    let pb = stated_location(doc, ctx, b);
    if let (Some(x), Some(y)) = (pa, pb) {
        let (x, y) = (&ctx.places[x].value, &ctx.places[y].value);
        // Places in one first-level region may be one event told from
        // the scene and from the hospital; different regions are not.
        let related = x.name == y.name
            || (x.feature == "country" && x.country == y.country)
            || (y.feature == "country" && x.country == y.country)
            || x.admin1.as_deref() == Some(y.name.as_str())
            || y.admin1.as_deref() == Some(x.name.as_str())
            || (x.admin1.is_some() && x.admin1 == y.admin1 && x.country == y.country)
            || x.feature == "other"
            || y.feature == "other";
        if !related {
            return false;
        }
    }
    // Only named sides conflict: two persons or generic actors ("police",
    // "a gunman") may well be the same event told from another angle, and
    // forces or officials of no known country ("Police: 4 teens shot")
    // may be anyone's.
    let strong = |i: &usize| {
        let a = &ctx.actors[*i].value;
        let weak = matches!(a.kind.as_str(), "person" | "civilians" | "other");
        let nobodys_forces =
            a.country.is_none() && matches!(a.kind.as_str(), "military" | "government");
        !(weak || nobodys_forces)
    };
    let aa: Vec<usize> = actors_of(doc, ctx, a).into_iter().filter(strong).collect();
    let ab: Vec<usize> = actors_of(doc, ctx, b).into_iter().filter(strong).collect();
    if !aa.is_empty() && !ab.is_empty() {
        let key = |i: &usize| {
            let v = resolve_pronoun(doc, ctx, *i);
            v.country.unwrap_or(v.name)
        };
        if !aa.iter().any(|x| ab.iter().any(|y| key(x) == key(y))) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------
// Arguments

fn sentence_range(doc: &Doc, si: usize) -> (usize, usize) {
    let s = doc.sentences[si];
    (s.first, s.last)
}

/// The clause around a token: bounded by sentence punctuation and by
/// semicolons.
fn in_sentence<T>(
    items: &[Located<T>],
    first: usize,
    last: usize,
) -> impl Iterator<Item = (usize, &Located<T>)> {
    let start = items.partition_point(|x| x.first < first);
    items[start..]
        .iter()
        .enumerate()
        .take_while(move |(_, x)| x.first < last)
        .map(move |(i, x)| {
            crate::limits::tick(1);
            (start + i, x)
        })
}

/// The place of a draft: in its main sentence, the place after the trigger
/// ("into Belgorod region", "at Kyiv") or else the most specific one.
fn location_of(doc: &Doc, ctx: &Context, d: &Draft, first_town: Option<usize>) -> Option<usize> {
    if let Some(i) = stated_location(doc, ctx, d) {
        // A street, a building or a county is placed in its town: the
        // nearest town of the same sentence that may contain it, else the
        // text's town ("on Elm Street", "at Mercy Hospital").
        if ctx.places[i].value.feature != "other" {
            return Some(i);
        }
        let local = &ctx.places[i];
        let si = doc.sentence_of(local.first);
        let (first, last) = sentence_range(doc, si);
        let town = in_sentence(&ctx.places, first, last)
            .filter(|(_, p)| {
                p.value.feature == "city"
                    && !stands_for_government(ctx, p)
                    && within(&p.value, &local.value)
            })
            .min_by_key(|(_, p)| p.first.abs_diff(local.first))
            .map(|(j, _)| j)
            .or_else(|| first_town.filter(|&j| within(&ctx.places[j].value, &local.value)));
        return Some(town.unwrap_or(i));
    }
    // Statements and decisions are placed only where the text says.
    if d.event_type == "Strategic developments" {
        return None;
    }
    // "another attack on the region": the last region or town named in the
    // two sentences before, when the sentence refers back to one; else the document's first town (its dateline or
    // headline), found once for all events (places are in text order).
    let main = d.sentences[0];
    let (first, last) = sentence_range(doc, main);
    let refers_back = (first + 1..last).any(|j| {
        word_is(
            doc,
            j,
            &[
                "region", "province", "oblast", "area", "state", "city", "town", "village",
            ],
        ) && word_is(doc, j - 1, &["the", "that", "this"])
    });
    let from = doc.sentences[main.saturating_sub(2)].first;
    let before = refers_back
        .then(|| {
            in_sentence(&ctx.places, from, first)
                .filter(|(_, p)| specificity(&p.value) >= 2 && !stands_for_government(ctx, p))
                .last()
                .map(|(i, _)| i)
        })
        .flatten();
    before.or(first_town)
}

/// The town the text is about: of the region (country and first-level
/// subdivision) whose towns it names most often, the town named most often
/// there, the first one on a tie. Found once for all events.
fn home_town(doc: &Doc, ctx: &Context) -> Option<usize> {
    type Region<'a> = (Option<&'a str>, Option<&'a str>);
    let region = |i: usize| -> Region {
        let v = &ctx.places[i].value;
        (v.country.as_deref(), v.admin1.as_deref())
    };
    // (count, first mention) of each region and of each town's name in it.
    let mut regions: FxHashMap<Region, (usize, usize)> = FxHashMap::default();
    let mut names: FxHashMap<(Region, &str), (usize, usize)> = FxHashMap::default();
    for (i, p) in ctx.places.iter().enumerate() {
        if p.value.feature != "city" || stands_for_government(ctx, p) || belongs(doc, ctx, p) {
            continue;
        }
        let r = region(i);
        regions.entry(r).or_insert((0, i)).0 += 1;
        names.entry((r, p.value.name.as_str())).or_insert((0, i)).0 += 1;
    }
    let most = |x: &(usize, usize)| (x.0, std::cmp::Reverse(x.1));
    let (&top, _) = regions.iter().max_by_key(|(_, x)| most(x))?;
    names
        .iter()
        .filter(|((r, _), _)| *r == top)
        .map(|(_, x)| *x)
        .max_by_key(most)
        .map(|x| x.1)
}

/// Whether a place is a capital standing for its government ("attacks by
/// Moscow"): a government actor covers it. Actors are in text order and do
/// not overlap, so only the last one starting before the place can.
fn stands_for_government(ctx: &Context, p: &Located<Place>) -> bool {
    let k = ctx.actors.partition_point(|a| a.span.start < p.span.end);
    k > 0
        && ctx.actors[k - 1].value.kind == "government"
        && ctx.actors[k - 1].span.overlaps(&p.span)
}

/// The place the event's own sentences give, if any.
fn stated_location(doc: &Doc, ctx: &Context, d: &Draft) -> Option<usize> {
    // The place of the main sentence; where that is less than a town, the
    // first more specific place of the event's other sentences that lies
    // within it ("infiltrated Russia" in the headline, "into Russia's
    // Belgorod region" in the body); with no place at all, the first town
    // the document names (its dateline or headline).
    let (read, mut best) = d.place.get();
    for &si in &d.sentences[read.min(d.sentences.len())..] {
        let Some(i) = sentence_place(doc, ctx, d, si) else {
            continue;
        };
        match best {
            None => best = Some(i),
            Some(b)
                if specificity(&ctx.places[i].value) > specificity(&ctx.places[b].value)
                    && within(&ctx.places[i].value, &ctx.places[b].value) =>
            {
                best = Some(i)
            }
            _ => {}
        }
    }
    d.place.set((d.sentences.len(), best));
    best
}

/// How small a place is: a town is more specific than a county, a county
/// than a region, a region than a country.
fn specificity(p: &Place) -> u8 {
    match p.feature.as_str() {
        "city" => 4,
        "other" => 3,
        "admin1" | "region" => 2,
        _ => 1,
    }
}

/// Whether `inner` may lie inside `outer`, as far as the gazetteer says.
fn within(inner: &Place, outer: &Place) -> bool {
    let same_country =
        inner.country.is_none() || outer.country.is_none() || inner.country == outer.country;
    let same_admin1 = match outer.feature.as_str() {
        "admin1" => inner.admin1.is_none() || inner.admin1.as_deref() == Some(outer.name.as_str()),
        "other" | "city" => {
            inner.admin1.is_none() || outer.admin1.is_none() || inner.admin1 == outer.admin1
        }
        _ => true,
    };
    same_country && same_admin1
}

/// "a gunman from Kansas City", "the mayor of Orlando": a place that says
/// where a person comes from or what an official serves, not where
/// something happened; and the publisher's town in the title's site name
/// ("... - KSLA News 12 Shreveport, Louisiana").
fn belongs(doc: &Doc, ctx: &Context, p: &Located<Place>) -> bool {
    if ctx
        .masthead
        .is_some_and(|(first, last)| first <= p.first && p.first < last)
    {
        return true;
    }
    // Where the hurt were taken, not where they were hurt: "Kosair
    // Children's Hospital", "a hospital in Columbus", "flown to Tyler".
    let care_at = |i: usize| {
        word_is(doc, i, &["hospital", "hospitals", "clinic", "infirmary"])
            || i > 0
                && word_is(doc, i, &["center", "centre"])
                && word_is(doc, i - 1, &["medical", "trauma", "health"])
    };
    if (p.first..p.last).any(care_at) {
        return true;
    }
    let Some(before) = p.first.checked_sub(1).filter(|&b| b > 0) else {
        return false;
    };
    if word_is(doc, before, &["in"]) && care_at(before - 1)
        || word_is(doc, before, &["to"]) && casualty::brings_to_care(doc.word(before - 1))
    {
        return true;
    }
    (word_is(doc, before, &["from"])
        && (casualty::is_person_noun(doc.word(before - 1))
            || word_is(doc, before - 1, &["couple", "family", "native", "natives"])))
        || (word_is(doc, before, &["of"])
            && word_is(
                doc,
                before - 1,
                &[
                    "mayor",
                    "governor",
                    "president",
                    "senator",
                    "congressman",
                    "congresswoman",
                    "councilman",
                    "councilwoman",
                    "premier",
                    "minister",
                ],
            ))
}

/// The site name that ends a web page's title line: "Hope man dies in
/// accidental shooting - KSLA News 12 Shreveport, Louisiana News Weather &
/// Sports", "Teens playing with gun led to deadly shooting - wistv.com -
/// Columbia, South Carolina". The title is cut at its separators (" - ",
/// " | ", "«", a dash); from the first part after the headline that names
/// a site (a web address, "News", "Times", a broadcaster's call sign) to
/// the end of the line is the site's, as `(first, last)` tokens.
pub(crate) fn masthead(doc: &Doc) -> Option<(usize, usize)> {
    /// A title longer than this is no page title.
    const MAX_TITLE: usize = 60;
    const SITE_WORDS: &[&str] = &[
        "news",
        "tv",
        "weather",
        "sports",
        "radio",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "daily",
        "press",
        "online",
        "channel",
        "network",
        "abc",
        "nbc",
        "cbs",
        "fox",
        "cnn",
        "npr",
        "pbs",
        "newspaper",
    ];
    let tokens = &doc.tokens;
    let end = (1..tokens.len().min(MAX_TITLE)).find(|&i| tokens[i].newline_before)?;
    // Wire text in capitals ("SAN SALVADOR, 3 JAN 90 -- [TEXT] ...") has
    // no page title, and every word there would look like a call sign.
    if !doc.text[..tokens[end].span.start]
        .bytes()
        .any(|b| b.is_ascii_lowercase())
    {
        return None;
    }
    let separator = |i: usize| match doc.word(i) {
        "|" | "«" | "»" | "—" | "–" | "::" => true,
        // "... shooting - KSLA News", "WTVM.com-Columbus": a spaced
        // hyphen, or one right after a web address.
        "-" => {
            tokens[i].space_before
                || tokens.get(i + 1).is_some_and(|t| t.space_before)
                || word_is(doc, i - 1, &["com", "net", "org"])
        }
        _ => false,
    };
    let site_word = |i: usize| {
        let w = doc.word(i);
        word_is(doc, i, SITE_WORDS)
            || (i > 0 && doc.word(i - 1) == "." && word_is(doc, i, &["com", "net", "org", "co"]))
            // US broadcasters' call signs: "KSLA", "WTVM", "WJZ".
            || (matches!(w.as_bytes().first(), Some(b'K' | b'W'))
                && (3..=5).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    let mut start = None;
    for i in 1..end {
        if separator(i) {
            start = Some(i + 1);
        } else if let Some(s) = start.filter(|_| site_word(i)) {
            return Some((s, end));
        }
    }
    None
}

/// The place of an event in one of its sentences: the first place after
/// the trigger introduced by a locative preposition, else the most specific
/// place nearest the trigger.
fn sentence_place(doc: &Doc, ctx: &Context, d: &Draft, si: usize) -> Option<usize> {
    let (first, last) = sentence_range(doc, si);
    // A capital standing for its government ("attacks by Moscow") is not
    // where anything happened.
    // (Only the sentence's own actors can overlap its places, and as actors
    // do not overlap one another, only the last one starting before a
    // place's end can; looking at every actor made this quadratic.)
    let governments: Vec<ByteSpan> = in_sentence(&ctx.actors, first, last)
        .filter(|(_, a)| a.value.kind == "government")
        .map(|(_, a)| a.span)
        .collect();
    let metonym = |p: &Located<Place>| {
        let k = governments.partition_point(|g| g.start < p.span.end);
        k > 0 && governments[k - 1].overlaps(&p.span)
    };
    // "Michigan man wounded": where the victim is from, not where it
    // happened.
    let origin = |p: &Located<Place>| {
        word_is(
            doc,
            p.last,
            &[
                "man", "woman", "boy", "girl", "teen", "teenager", "youth", "resident", "native",
                "couple",
            ],
        )
    };
    let candidates: Vec<(usize, &Located<Place>)> = in_sentence(&ctx.places, first, last)
        .filter(|(_, p)| !metonym(p) && !origin(p) && !belongs(doc, ctx, p))
        .collect();
    let anchor = if si == d.sentences[0] {
        d.head.first
    } else {
        first
    };
    let rank = specificity;
    const LOCATIVE: &[&str] = &[
        "in", "into", "at", "on", "near", "towards", "toward", "outside", "of", "across", "over",
        "from", "'s", "’s",
    ];
    let after = candidates
        .iter()
        .find(|(_, p)| p.first > anchor && word_is(doc, p.first.saturating_sub(1), LOCATIVE));
    if let Some((i, p)) = after {
        // "into Russia's Belgorod region": the region, not the country.
        let next = candidates.iter().find(|(_, q)| {
            q.first > p.first && q.first <= p.last + 1 && rank(&q.value) > rank(&p.value)
        });
        return Some(next.map_or(*i, |(j, _)| *j));
    }
    candidates
        .iter()
        .max_by_key(|(_, p)| {
            (
                rank(&p.value),
                std::cmp::Reverse((p.first as isize - anchor as isize).unsigned_abs()),
            )
        })
        .map(|(i, _)| *i)
}

/// Speech and claim verbs: the actor before them is a source.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "reported",
    "reports",
    "claimed",
    "claims",
    "stated",
    "states",
    "confirmed",
    "confirms",
    "told",
    "added",
    "alleged",
    "accused",
    "denied",
    "denies",
    "declared",
    "warned",
    "insisted",
    "tweeted",
    "posted",
];

/// The triggers of a draft in its main sentence, in text order.
fn anchors(doc: &Doc, d: &Draft) -> Vec<Hit> {
    let (first, last) = sentence_range(doc, d.sentences[0]);
    let mut v: Vec<Hit> = std::iter::once(d.head)
        .chain(d.hits.iter().copied())
        .filter(|h| h.first >= first && h.first < last)
        .collect();
    crate::order::sort_by_key(&mut v, |h| h.first);
    v
}

/// An actor right before a trigger that owns it: "Russia's largest air
/// attack", "another Ukrainian attack".
fn modifier_of(doc: &Doc, in_s: &[(usize, &Located<Actor>)], h: &Hit) -> Option<usize> {
    in_s.iter().rev().find_map(|(i, a)| {
        let close = a.last <= h.first && h.first - a.last <= 3 && a.value.kind != "civilians";
        let between_ok = close
            && (a.last..h.first).all(|j| {
                doc.tokens[j].kind == TokenKind::Word
                    && !word_is(
                        doc,
                        j,
                        &[
                            "by", "on", "against", "at", "in", "of", "and", "to", "that", "which",
                            "who",
                        ],
                    )
            });
        between_ok.then_some(*i)
    })
}

/// The initiators of a draft: "by X" after a trigger; "X's" or a demonym
/// right before it; "X accused of"; else the subject of its clause.
fn actors_of(doc: &Doc, ctx: &Context, d: &Draft) -> Vec<usize> {
    let si = d.sentences[0];
    let (first, last) = sentence_range(doc, si);
    let in_s: Vec<(usize, &Located<Actor>)> = in_sentence(&ctx.actors, first, last).collect();
    let anchors = anchors(doc, d);
    // A foiled or threatened attack belongs to whoever would have made it.
    if matches!(d.status, Some("foiled" | "threatened")) {
        if let Some(i) = d.hits.iter().find_map(|h| modifier_of(doc, &in_s, h)) {
            return vec![i];
        }
    }
    // Passive: "was attacked by X", "kidnapped by terrorists of the FMLN".
    for h in &anchors {
        if let Some((i, _)) = in_s
            .iter()
            .find(|(_, a)| a.first > h.last && a.first <= h.last + 5 && is_agent(doc, a))
        {
            return vec![*i];
        }
    }
    // "Ukraine accused of firing missiles": the accused.
    for h in &anchors {
        let of = h.first.saturating_sub(1);
        if word_is(doc, of, &["of", "for"])
            && word_is(
                doc,
                of.saturating_sub(1),
                &["accused", "suspected", "blamed"],
            )
        {
            if let Some((i, _)) = in_s.iter().find(|(_, a)| a.last + 1 == of) {
                return vec![*i];
            }
        }
    }
    // Possessive or modifier: "Russia's largest air attack", "Ukrainian attack".
    if let Some(i) = std::iter::once(&d.head)
        .chain(&anchors)
        .find_map(|h| modifier_of(doc, &in_s, h))
    {
        return vec![i];
    }
    // Subject: the nearest actor before the first trigger that is not a
    // source ("X said") nor the object of a preposition. A named group
    // after a generic one stands for it ("militants from the Freedom of
    // Russia Legion").
    let anchor = anchors.first().map_or(d.head.first, |h| h.first);
    let mut best: Option<usize> = None;
    for (i, a) in &in_s {
        if a.first >= anchor {
            break;
        }
        if a.value.kind == "civilians" {
            continue;
        }
        // "Ukraine accused of firing": the accused.
        if word_is(doc, a.last, &["accused", "suspected", "blamed"])
            && word_is(doc, a.last + 1, &["of", "for"])
        {
            best = Some(*i);
            continue;
        }
        let mut p = a.first.saturating_sub(1);
        if word_is(doc, p, &["the"]) && p > first {
            p -= 1;
        }
        if a.first > first && word_is(doc, p, &["of", "from"]) {
            if let Some(b) = best {
                if ctx.actors[b].last + 1 >= p {
                    best = Some(*i);
                }
            }
            continue;
        }
        if a.first > first
            && word_is(
                doc,
                a.first - 1,
                &[
                    "on", "against", "at", "in", "into", "to", "near", "for", "toward", "towards",
                    "across",
                ],
            )
        {
            continue;
        }
        if is_source_position(doc, a) || is_victim_position(doc, a) {
            continue;
        }
        best = Some(*i);
    }
    if best.is_none() && word_is(doc, first, &["he", "she"]) {
        // "He warned ...": the last person named before.
        // (Stops at the first actor too far back, so the search is bounded.)
        let end = in_s.first().map_or_else(
            || ctx.actors.partition_point(|a| a.first < first),
            |(i, _)| *i,
        );
        best = (0..end)
            .rev()
            .take_while(|&i| first.saturating_sub(ctx.actors[i].first) < 80)
            .find(|&i| ctx.actors[i].value.kind == "person");
    }
    if best.is_none() {
        // The doer named in another sentence of the event: "The attack was
        // perpetrated by unidentified individuals", "claimed by al-Shabaab".
        best = d.sentences[1..].iter().find_map(|&si| {
            let (f, l) = sentence_range(doc, si);
            in_sentence(&ctx.actors, f, l)
                .find(|(_, a)| is_agent(doc, a) && a.value.kind != "civilians")
                .map(|(i, _)| i)
        });
    }
    best.into_iter().collect()
}

/// Whether an actor is the agent of a passive: "by X", "by the X".
fn is_agent(doc: &Doc, a: &Located<Actor>) -> bool {
    let mut p = a.first.saturating_sub(1);
    if word_is(doc, p, &["the", "a", "an"]) {
        p = p.saturating_sub(1);
    }
    a.first > 0 && word_is(doc, p, &["by"])
}

/// Whether an actor is the one harmed: "X was killed", "X died", "an
/// Italian, kidnapped in ...".
fn is_victim_position(doc: &Doc, a: &Located<Actor>) -> bool {
    let mut j = a.last;
    if matches!(doc.word(j), ",") {
        j += 1;
    }
    while word_is(
        doc,
        j,
        &[
            "was",
            "were",
            "has",
            "have",
            "had",
            "been",
            "is",
            "are",
            "later",
            "reportedly",
            "also",
        ],
    ) {
        j += 1;
    }
    word_is(
        doc,
        j,
        &[
            "killed",
            "died",
            "dies",
            "wounded",
            "injured",
            "kidnapped",
            "abducted",
            "murdered",
            "shot",
            "hurt",
            "slain",
            "assassinated",
            "executed",
            "hospitalized",
            "dead",
        ],
    )
}

/// Whether an actor is followed by a speech verb ("X said", "X has
/// announced"), which makes it a source rather than a doer.
fn is_source_position(doc: &Doc, a: &Located<Actor>) -> bool {
    // "Police: 4 teens shot at a party": a headline's attribution.
    if doc.word(a.last) == ":" && doc.sentences[doc.sentence_of(a.first)].first == a.first {
        return true;
    }
    let mut j = a.last;
    if word_is(doc, j, &["has", "have", "had", "also", "later"]) {
        j += 1;
    }
    word_is(doc, j, SPEECH) && !word_is(doc, j + 1, &["of", "for"])
}

/// The subject of the draft's clause, whatever it does.
fn subject_of(doc: &Doc, ctx: &Context, d: &Draft) -> Option<usize> {
    let (first, _) = sentence_range(doc, d.sentences[0]);
    let anchor = anchors(doc, d).first().map_or(d.head.first, |h| h.first);
    in_sentence(&ctx.actors, first, anchor)
        .filter(|(_, a)| a.value.kind != "civilians" && a.last <= anchor)
        .last()
        .map(|(i, _)| i)
}

/// "its forces", "their fighters": the owner is the nearest actor before
/// with a country.
fn resolve_pronoun(doc: &Doc, ctx: &Context, i: usize) -> Actor {
    let a = &ctx.actors[i];
    let mut v = a.value.clone();
    if v.country.is_some() || !word_is(doc, a.first, &["its", "their"]) {
        return v;
    }
    let owner = ctx.actors[..i]
        .iter()
        .rev()
        .take(6)
        .find(|o| o.value.country.is_some() && o.value.kind != "person");
    if let Some(o) = owner {
        let country_name = if o.value.kind == "state" {
            o.value.name.clone()
        } else {
            o.value
                .name
                .rsplit(" of ")
                .next()
                .unwrap_or(&o.value.name)
                .to_string()
        };
        v.country = o.value.country.clone();
        v.name = if v.kind == "military" {
            format!("Military Forces of {country_name}")
        } else {
            format!("{} of {country_name}", v.name)
        };
    }
    v
}

/// Targets: actors after the trigger ("attacking Russian positions",
/// "against Ukraine", "on civilians").
fn targets_of(doc: &Doc, ctx: &Context, d: &Draft, actors: &[usize]) -> Vec<usize> {
    let si = d.sentences[0];
    let (first, last) = sentence_range(doc, si);
    let mut out = Vec::new();
    for (i, a) in in_sentence(&ctx.actors, d.head.last, last) {
        if actors.contains(&i) || a.first > d.head.last + 8 {
            continue;
        }
        if is_agent(doc, a) {
            continue;
        }
        out.push(i);
        break;
    }
    // "X was killed", "X died": the one harmed is the target.
    if out.is_empty() {
        out.extend(
            in_sentence(&ctx.actors, first, last)
                .find(|(i, a)| !actors.contains(i) && is_victim_position(doc, a))
                .map(|(i, _)| i),
        );
    }
    out
}

/// Who says so: "X said", "X announced that", "according to X".
fn source_of(doc: &Doc, ctx: &Context, si: usize) -> Option<usize> {
    let (first, last) = sentence_range(doc, si);
    for (i, a) in in_sentence(&ctx.actors, first, last) {
        let says = is_source_position(doc, a);
        let according = a.first >= 2
            && word_is(doc, a.first - 1, &["to"])
            && word_is(doc, a.first - 2, &["according"]);
        if says || according {
            return Some(i);
        }
    }
    None
}

fn status_of(doc: &Doc, d: &Draft, actor: Option<&Actor>, source: Option<&Actor>) -> &'static str {
    if let Some(s) = d.status {
        return s;
    }
    let (first, last) = sentence_range(doc, d.sentences[0]);
    let window = d.head.first.saturating_sub(8).max(first)..(d.head.last + 2).min(last);
    if window
        .clone()
        .any(|j| word_is(doc, j, &["allegedly", "accused", "suspected", "alleged"]))
    {
        return "alleged";
    }
    if window
        .clone()
        .any(|j| word_is(doc, j, &["denied", "denies"]))
    {
        return "denied";
    }
    if window
        .clone()
        .any(|j| word_is(doc, j, &["plans", "planned", "planning", "preparing"]))
    {
        return "planned";
    }
    let claims = window
        .clone()
        .any(|j| word_is(doc, j, &["claimed", "claims"]));
    if let (Some(a), Some(s)) = (actor, source) {
        let same = a.name == s.name || (a.country.is_some() && a.country == s.country);
        if same {
            return "claimed";
        }
    }
    if claims {
        return "claimed";
    }
    "reported"
}

fn quantity(offsets: &Offsets, c: &Casualty) -> Quantity {
    Quantity {
        span: offsets.span(c.span),
        low: c.count.low,
        best: c.count.best,
        high: c.count.high,
        exact: c.count.exact,
    }
}

fn finish(
    doc: &Doc,
    ctx: &Context,
    offsets: &Offsets,
    mut d: Draft,
    n: usize,
    first_town: Option<usize>,
) -> Event {
    // People shot are hurt or dead: "seven people were shot" and "an adult
    // is dead" leave six hurt ("He was shot" of a victim who died is the
    // death, no injury). A word for the wounded ("6 Hurt") may say more.
    if let Some(mut shot) = d.shot {
        let dead = d.killed.map_or(0, |k| k.count.best);
        if dead > 0 {
            let left = shot.count.best.saturating_sub(dead);
            shot.count = Count {
                low: Some(
                    shot.count
                        .low
                        .unwrap_or(shot.count.best)
                        .saturating_sub(dead),
                ),
                best: left,
                high: shot.count.high.map(|h| h.saturating_sub(dead)),
                exact: shot.count.exact,
            };
        }
        if shot.count.best > 0 && d.injured.is_none_or(|i| i.count.best < shot.count.best) {
            d.injured = Some(shot);
        }
    }
    // "killed three people before killing himself": four dead, unless the
    // toll already counts him ("3 dead, including the gunman").
    if let Some(own) = d.own_life {
        match &mut d.killed {
            None => d.killed = Some(own),
            Some(k) if !counts_the_attacker(doc, &d.sentences) => {
                k.count = k.count.plus(Count::exact(1));
                if doc.sentence_of(k.token) == doc.sentence_of(own.token) {
                    k.span = k.span.cover(&own.span);
                }
            }
            Some(_) => {}
        }
    }
    let location = location_of(doc, ctx, &d, first_town).map(|i| ctx.places[i].value.clone());
    let actors = actors_of(doc, ctx, &d);
    let targets = targets_of(doc, ctx, &d, &actors);
    let source = d.sentences.iter().find_map(|&si| source_of(doc, ctx, si));
    let actor_values: Vec<Actor> = actors
        .iter()
        .map(|&i| resolve_pronoun(doc, ctx, i))
        .collect();
    // Who foiled an attack says so.
    let source = source.or_else(|| {
        (d.status == Some("foiled"))
            .then(|| subject_of(doc, ctx, &d))
            .flatten()
    });
    let status = status_of(
        doc,
        &d,
        actor_values.first(),
        source.map(|i| &ctx.actors[i].value),
    );
    let mut weapons: Vec<Weapon> = Vec::new();
    let mut date: Option<Date> = None;
    for &si in &d.sentences {
        let (first, last) = sentence_range(doc, si);
        for (_, w) in in_sentence(&ctx.weapons, first, last) {
            // "air strike" names the event; it is not also a weapon of it.
            let is_trigger = std::iter::once(&d.head)
                .chain(&d.hits)
                .any(|h| h.span.overlaps(&w.span));
            if is_trigger {
                continue;
            }
            if !weapons
                .iter()
                .any(|x| x.kind == w.value.kind && x.count == w.value.count)
            {
                weapons.push(w.value.clone());
            }
        }
        if date.is_none() {
            date = in_sentence(&ctx.dates, first, last)
                .next()
                .map(|(_, x)| x.value.clone());
        }
    }
    // No date in its own sentences: the last dated mention in the two
    // sentences before ("On Tuesday, police were called ... . They found").
    if date.is_none() {
        let main = d.sentences[0];
        let from = doc.sentences[main.saturating_sub(2)].first;
        date = in_sentence(&ctx.dates, from, doc.sentences[main].first)
            .filter(|(_, x)| x.value.value.is_some())
            .last()
            .map(|(_, x)| x.value.clone());
    }
    let sub_type = resolve_sub_type(
        &d,
        &weapons,
        &targets
            .iter()
            .map(|&i| &ctx.actors[i].value)
            .collect::<Vec<_>>(),
    );
    let event_type = if d.sub_type == "*" && sub_type_type(sub_type).is_some() {
        sub_type_type(sub_type).unwrap_or(d.event_type)
    } else {
        d.event_type
    };
    let main = doc.sentences[d.sentences[0]].span;
    let mut filled = 0;
    filled += location.is_some() as u32
        + date.is_some() as u32
        + !actor_values.is_empty() as u32
        + !weapons.is_empty() as u32
        + (d.killed.is_some() || d.injured.is_some()) as u32;
    let confidence =
        (0.45 + 0.1 * filled as f64 - if d.generic { 0.15 } else { 0.0 }).clamp(0.05, 0.95);
    let evidence_sentences = d
        .sentences
        .iter()
        .map(|&si| offsets.span(doc.sentences[si].span))
        .collect();
    Event {
        id: format!("E{n}"),
        event_type: event_type.to_string(),
        sub_type: sub_type.to_string(),
        plover: d.plover.map(str::to_string),
        trigger: offsets.span(d.head.span),
        actors: actor_values,
        targets: targets
            .iter()
            .map(|&i| ctx.actors[i].value.clone())
            .collect(),
        location,
        date,
        weapons,
        fatalities: d.killed.as_ref().map(|c| quantity(offsets, c)),
        injuries: d.injured.as_ref().map(|c| quantity(offsets, c)),
        status: status.to_string(),
        source: source.map(|i| {
            let a = &ctx.actors[i];
            Source {
                span: offsets.span(a.span),
                name: a.value.name.clone(),
            }
        }),
        evidence: offsets.span(main),
        confidence: (confidence * 100.0).round() / 100.0,
        casualties: d.ambiguous.as_ref().map(|c| quantity(offsets, c)),
        triggers: d.hits.iter().map(|h| offsets.span(h.span)).collect(),
        evidence_sentences,
        fatalities_keyword: d.killed.as_ref().map(|c| offsets.span(c.keyword)),
        injuries_keyword: d.injured.as_ref().map(|c| offsets.span(c.keyword)),
    }
}

/// The type a context-decided sub-type belongs to.
fn sub_type_type(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "Air/drone strike"
        | "Shelling/artillery/missile attack"
        | "Remote explosive/landmine/IED"
        | "Grenade" => "Explosions/Remote violence",
        "Attack" => "Violence against civilians",
        "Armed clash" => "Battles",
        _ => return None,
    })
}

/// Resolves a "*" sub-type from the weapons and targets.
fn resolve_sub_type(d: &Draft, weapons: &[Weapon], targets: &[&Actor]) -> &'static str {
    let has = |k: &str| weapons.iter().any(|w| w.kind.split('+').any(|x| x == k));
    // An "air attack" made with missiles and rockets alone is a missile attack.
    if d.sub_type == "Air/drone strike"
        && (has("missile") || has("rocket"))
        && !has("drone")
        && !has("airstrike")
        && !has("bomb")
    {
        return "Shelling/artillery/missile attack";
    }
    if d.sub_type != "*" {
        return d.sub_type;
    }
    if has("airstrike") || (has("drone") && !has("missile")) {
        return "Air/drone strike";
    }
    if has("missile") || has("rocket") || has("artillery") || has("mortar") {
        if d.event_type == "Battles" && has("small_arms") {
            return "Armed clash";
        }
        return "Shelling/artillery/missile attack";
    }
    if has("mine") || has("bomb") {
        return "Remote explosive/landmine/IED";
    }
    if targets.iter().any(|a| a.kind == "civilians") {
        return "Attack";
    }
    if d.event_type == "Explosions/Remote violence" {
        // Shots fired with guns alone are no shelling: an attack, unless a
        // clash says there were two sides.
        if has("small_arms") {
            return "Attack";
        }
        return "Shelling/artillery/missile attack";
    }
    "Armed clash"
}
