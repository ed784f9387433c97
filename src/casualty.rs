//! Casualty counts: how many were killed or injured, read from the words
//! around a harm keyword.
//!
//! A harm keyword ("killed", "deaths", "wounded", "injuries", "died", "death
//! toll", "casualties") takes its count from:
//! - a quantity right after an active verb: "killing five", "injured more than 100";
//! - a quantity before it, across a short noun phrase and auxiliaries:
//!   "five people were killed", "THREE SUBVERSIVES WERE KILLED", "130 injuries",
//!   "dozens of deaths", "left 3 dead";
//! - a toll: "the death toll rose to 25";
//! - a single victim: "a man was shot and killed", "he later died", "killing his wife";
//! - a negation, which gives zero: "no one was hurt", "no injuries".
//!
//! Ages, years, money, percentages and measures never count (see
//! [`crate::quantity::Unit`]), nor do quantities of weapons or buildings, and a
//! count in a clause about a whole war or period ("since the war began") is
//! flagged as cumulative.

use std::sync::OnceLock;

use crate::doc::Doc;
use crate::lexicon::{WordMap, WordSet};
use crate::quantity::{QuantityMatch, Unit};
use crate::span::ByteSpan;
use crate::text::{Lower, TokenKind};

/// What happened to the people counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Harm {
    /// Killed, dead, died.
    Killed,
    /// Wounded, injured, hurt, hospitalized.
    Injured,
    /// "casualties": killed or injured, the text does not say.
    Casualties,
}

/// A count of people harmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count {
    /// Least supported.
    pub low: Option<u64>,
    /// Most conservative.
    pub best: u64,
    /// Most supported.
    pub high: Option<u64>,
    /// Given exactly.
    pub exact: bool,
}

impl Count {
    pub(crate) fn exact(n: u64) -> Count {
        Count {
            low: Some(n),
            best: n,
            high: Some(n),
            exact: true,
        }
    }

    fn of(q: &QuantityMatch) -> Count {
        Count {
            low: q.low,
            best: q.best,
            high: q.high,
            exact: q.exact,
        }
    }

    pub(crate) fn plus(self, other: Count) -> Count {
        Count {
            low: Some(self.low.unwrap_or(self.best) + other.low.unwrap_or(other.best)),
            best: self.best + other.best,
            high: self.high.zip(other.high).map(|(a, b)| a + b),
            exact: self.exact && other.exact,
        }
    }
}

/// One casualty figure in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Casualty {
    /// Killed, injured or ambiguous.
    pub harm: Harm,
    /// How many.
    pub count: Count,
    /// The words the count was read from (the quantity, or the words that
    /// imply one victim or none).
    pub span: ByteSpan,
    /// The harm keyword.
    pub keyword: ByteSpan,
    /// Token index of the keyword.
    pub token: usize,
    /// A running or whole-war total, not one event's toll.
    pub cumulative: bool,
    /// One victim implied by a singular ("a man was shot"), not a number.
    pub implicit: bool,
    /// One more victim than those told before: "another man was shot", "a
    /// second victim died".
    pub additional: bool,
    /// Read from "shot": people hit, who may have died of it ("five people
    /// were shot, one fatally").
    pub hit: bool,
    /// The attacker's own death: "before killing himself", "took his own
    /// life", "turned the gun on herself" (one more dead than the victims).
    pub own_life: bool,
}

impl Casualty {
    /// One person killed, implied by the keyword at token `k` alone ("the
    /// death of a man", "the slaying of Omar Lindqvist").
    fn one_killed(doc: &Doc, k: usize) -> Casualty {
        Casualty {
            harm: Harm::Killed,
            count: Count::exact(1),
            span: doc.tokens[k].span,
            keyword: doc.tokens[k].span,
            token: k,
            cumulative: false,
            implicit: true,
            additional: false,
            hit: false,
            own_life: false,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "killed", "wounded": passive participle or active past.
    Participle,
    /// "killing", "wounding": active, count follows.
    Active,
    /// "deaths", "injuries", "fatalities": count precedes.
    Noun,
    /// "died", "perished": count or subject precedes.
    Intransitive,
    /// "dead": "3 dead", "one dead terrorist", "were dead".
    Adjective,
    /// "toll": "the death toll rose to 25".
    Toll,
}

/// The harm keywords, with what each tells and how its count is placed.
const KEYWORDS: &[(&[&str], (Harm, Form))] = {
    use Form::*;
    use Harm::*;
    &[
        (
            &[
                "killed",
                "slain",
                "murdered",
                "massacred",
                "executed",
                "assassinated",
                "beheaded",
                "lynched",
                "gunned",
            ],
            (Killed, Participle),
        ),
        (&["killing", "murdering", "kills"], (Killed, Active)),
        (
            &[
                "deaths",
                "fatalities",
                "bodies",
                "corpses",
                "dead",
                "deceased",
            ],
            (Killed, Adjective),
        ),
        (&["death"], (Killed, Noun)),
        (&["died", "perished", "die", "dies"], (Killed, Intransitive)),
        (&["homicides", "murders", "slayings"], (Killed, Noun)),
        (&["toll"], (Killed, Toll)),
        (
            &[
                "wounded",
                "injured",
                "hurt",
                "hospitalized",
                "hospitalised",
                "shot",
                "stabbed",
                "beaten",
                "grazed",
            ],
            (Injured, Participle),
        ),
        // "wounds" counts people only as a verb ("wounds 2 others"),
        // never as a noun ("six gunshot wounds").
        (
            &["wounding", "injuring", "wounds", "injures", "grazing"],
            (Injured, Active),
        ),
        (&["injuries"], (Injured, Noun)),
        (&["condition"], (Injured, Adjective)),
        (&["casualties"], (Casualties, Noun)),
    ]
};

fn keyword(word: &str) -> Option<(Harm, Form)> {
    // A hash lookup that ignores ASCII case: a `match` on the lower-cased
    // word compared it with the keywords of its length one by one, at every
    // word of the text (~2% of the analysis).
    static MAP: OnceLock<WordMap<(Harm, Form)>> = OnceLock::new();
    MAP.get_or_init(|| {
        WordMap::new(
            KEYWORDS
                .iter()
                .flat_map(|&(words, kind)| words.iter().map(move |&w| (w, kind))),
        )
    })
    .get(word)
}

// The words the rules of [`find`] other than the harm keywords test at the
// token itself, each list used by its rule and by [`may_be_casualty`].

/// "double homicide": how many each word counts ([`multiple_killing`]).
const MULTIPLES: &[(&str, u64)] = &[
    ("double", 2),
    ("triple", 3),
    ("quadruple", 4),
    ("quintuple", 5),
];
/// "a fatal shooting" ([`one_killed_by_name`]).
const FATAL_ADJECTIVES: &[&str] = &["fatal", "deadly"];
/// "the slaying of a teenager" ([`one_killed_by_name`]).
const NAMED_KILLINGS: &[&str] = &["slaying", "murder", "killing", "homicide"];
/// "suffered a gunshot wound" ([`wound_of_one`], with "released").
const WOUNDS: &[&str] = &["injuries", "injury", "wound", "wounds"];
/// "fatally struck", "mortally wounding".
const FATAL_VERBS: &[&str] = &["struck", "striking", "shooting", "wounding"];
/// "was hit by a stray bullet".
const HIT_VERBS: &[&str] = &["hit", "struck"];
/// "fired a shot, striking a 4-year-old girl", "gunfire hit two men".
const HIT_ACTIVE: &[&str] = &["struck", "striking", "hit", "hitting", "strikes", "hits"];
/// What is fired, or firing, before a verb of hitting.
const PROJECTILES: &[&str] = &[
    "fired", "firing", "fire", "gunfire", "bullet", "bullets", "shot", "shots", "round", "rounds",
    "gunshot", "gunshots", "pellets", "shrapnel",
];
/// "accidentally shooting himself".
const REFLEXIVE_VERBS: &[&str] = &["shooting", "shoots"];

/// Whether a casualty can be read at a word: a harm keyword or a word that
/// one of the other rules of [`find`] tests at the token itself. Most words
/// are none of them, and one look-up spares them the dozen list comparisons
/// and the lower-cased copy that the rules make one by one (~8 % of the
/// analysis). Built from the rules' own lists, so it cannot miss a word.
fn may_be_casualty(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let keywords = KEYWORDS.iter().flat_map(|&(words, _)| words.iter());
        let lists = [
            FATAL_ADJECTIVES,
            NAMED_KILLINGS,
            WOUNDS,
            FATAL_VERBS,
            HIT_VERBS,
            HIT_ACTIVE,
            REFLEXIVE_VERBS,
            TAKEN_TO_CARE,
        ];
        let words = keywords
            .chain(lists.into_iter().flatten())
            .chain(MULTIPLES.iter().map(|(w, _)| w))
            .chain(&[
                "death", "released", "passed", "life", "himself", "herself", "fatally", "mortally",
                "sent", "sending", "sends",
            ]);
        WordSet::new(words.copied())
    })
    .contains(word)
}

/// Builds the keyword tables now rather than on the first analysis.
pub(crate) fn prepare() {
    let _ = keyword("");
    let _ = may_be_casualty("");
}

/// Nouns of things: a count before them is not a count of people.
const THINGS: &[&str] = &[
    "missiles",
    "missile",
    "drones",
    "drone",
    "rockets",
    "rocket",
    "shells",
    "bombs",
    "rounds",
    "shots",
    "bullets",
    "homes",
    "houses",
    "buildings",
    "vehicles",
    "cars",
    "tanks",
    "times",
    "days",
    "hours",
    "weeks",
    "months",
    "years",
    "aircraft",
    "planes",
    "helicopters",
    "villages",
    "towns",
    "miles",
    "kilometers",
    "km",
    "meters",
    "dollars",
    "shahed",
    "shaheds",
    "weapons",
    "guns",
    "rifles",
    "handguns",
    "pistols",
    "shotguns",
    "firearms",
    "knives",
    "magazines",
    "casings",
    "mines",
    "grenades",
    "targets",
    "positions",
    "attacks",
    "strikes",
    "incidents",
    "cases",
    "points",
    "blocks",
    "block",
    "pounds",
    "tons",
    "feet",
    "apartments",
    "schools",
    "hospitals",
    "percent",
    "floors",
    "stories",
];

/// Words that end the search for a count on the left.
const BLOCKERS: &[&str] = &[
    "and",
    "or",
    "but",
    "said",
    "says",
    "including",
    "with",
    "after",
    "before",
    "when",
    "while",
    "that",
    "which",
    "than",
    "from",
    "by",
    "at",
    "on",
    "for",
    "as",
    "after",
    "if",
    "the",
    // "Image 1 of 8 A child was shot": a count never reaches over an article.
    "a",
    "an",
    // "called 911 told dispatchers he shot": nor over another subject.
    "he",
    "she",
    "they",
    "we",
    "i",
    "told",
];

const SINGULAR_PERSONS: &[&str] = &[
    "freshman",
    "sophomore",
    "grandson",
    "granddaughter",
    "stepson",
    "stepfather",
    "firefighter",
    "man",
    "woman",
    "boy",
    "girl",
    "teen",
    "teenager",
    "child",
    "baby",
    "toddler",
    "infant",
    "officer",
    "soldier",
    "civilian",
    "person",
    "victim",
    "wife",
    "husband",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "student",
    "driver",
    "resident",
    "journalist",
    "priest",
    "worker",
    "guard",
    "policeman",
    "policewoman",
    "member",
    "leader",
    "commander",
    "general",
    "official",
    "mayor",
    "judge",
    "farmer",
    "peasant",
    "youth",
    "neighbor",
    "neighbour",
    "friend",
    "girlfriend",
    "boyfriend",
    "suspect",
    "gunman",
    "shooter",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "grandmother",
    "grandfather",
    "pedestrian",
    "deputy",
    "trooper",
    "agent",
    "fighter",
    "militant",
    "guerrilla",
    "terrorist",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "major",
    "mayor",
    "senator",
    "candidate",
    "activist",
    "nurse",
    "doctor",
    "employee",
    "customer",
    "clerk",
    "owner",
    "passenger",
    "bystander",
    "infant",
    "individual",
    "male",
    "female",
    "adult",
    "juvenile",
    "subversive",
    "extremist",
    "rebel",
    "insurgent",
    "attacker",
    "assailant",
    "mother",
    "patient",
    "inmate",
    "prisoner",
    "hostage",
    "teacher",
    "pastor",
    "coach",
    "kid",
    "roommate",
    "stepmother",
    "stepdaughter",
    "fiance",
    "fiancee",
    "partner",
    "relative",
    "mom",
    "dad",
    "grandma",
    "grandpa",
    "homeowner",
    "tenant",
    "landlord",
];

const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "i"];

fn any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Finds the casualty figures in a document, in order.
pub(crate) fn find(doc: &Doc) -> Vec<Casualty> {
    let mut used = vec![false; doc.quantities.len()];
    let mut out: Vec<Casualty> = Vec::new();
    // Indices in `out` of the counts over several incidents ([`is_round_up`]).
    let mut round_ups: Vec<usize> = Vec::new();
    // Quantity index by first and last token, for O(1) look-ups.
    let mut starts_at = vec![u32::MAX; doc.tokens.len() + 1];
    let mut ends_at = vec![u32::MAX; doc.tokens.len() + 1];
    for (qi, q) in doc.quantities.iter().enumerate() {
        starts_at[q.first] = qi as u32;
        ends_at[q.last] = qi as u32;
    }
    for k in 0..doc.tokens.len() {
        if doc.tokens[k].kind != TokenKind::Word {
            continue;
        }
        let word = doc.word(k);
        if word.len() < 3 || word.len() > 13 || !may_be_casualty(word) {
            continue;
        }
        if let Some(c) = multiple_killing(doc, k)
            .or_else(|| one_killed_by_name(doc, k))
            .or_else(|| own_life_phrase(doc, k))
        {
            out.push(c);
            continue;
        }
        // "killed two and sent three others to hospitals": those sent were
        // hurt.
        if any(word, &["sent", "sending", "sends"]) {
            if let Some((count, span, qis)) = right_count(doc, k, &starts_at, &used) {
                let q_end = qis[1].or(qis[0]).map_or(k + 1, |q| doc.quantities[q].last);
                let hospital = (q_end..(q_end + 3).min(doc.tokens.len()))
                    .find(|&i| doc.word(i).eq_ignore_ascii_case("to"))
                    .is_some_and(|t| hospital_after(doc, t));
                if hospital && !is_unrealized(doc, k) && negation(doc, k).is_none() {
                    for qi in qis.into_iter().flatten() {
                        used[qi] = true;
                    }
                    out.push(Casualty {
                        harm: Harm::Injured,
                        count,
                        span,
                        keyword: doc.tokens[k].span,
                        token: k,
                        cumulative: is_cumulative(doc, k) || is_period_total(doc, k),
                        implicit: false,
                        additional: false,
                        hit: false,
                        own_life: false,
                    });
                    continue;
                }
            }
        }
        if let Some(mut c) = fatally_of_count(doc, k) {
            // The dead are among those hurt just told: the figure of the
            // hurt counts them too ("stabbed, one fatally"), and a total
            // or a round-up of the hurt is one of their dead too.
            let sentence = doc.sentence_of(k);
            let hurt = (0..out.len()).rev().find(|&h| {
                doc.sentence_of(out[h].token) == sentence
                    && out[h].harm == Harm::Injured
                    && out[h].count.best > c.count.best
            });
            c.cumulative = is_cumulative(doc, k) || is_period_total(doc, k);
            if let Some(h) = hurt {
                out[h].hit = true;
                c.cumulative |= out[h].cumulative;
                if round_ups.contains(&h) {
                    round_ups.push(out.len());
                }
            }
            out.push(c);
            continue;
        }
        // "suffering fatal injuries", "sustained mortal wounds": a death.
        let fatal = any(word, WOUNDS)
            && (k.saturating_sub(3)..k).any(|i| any(doc.word(i), &["fatal", "mortal"]));
        if let Some((span, another)) = wound_of_one(doc, k) {
            out.push(Casualty {
                harm: if fatal { Harm::Killed } else { Harm::Injured },
                count: Count::exact(1),
                span,
                keyword: doc.tokens[k].span,
                token: k,
                cumulative: false,
                implicit: true,
                additional: false,
                // A wound is a hit, which may have killed: "suffered a
                // gunshot wound and was pronounced dead" is one death.
                // ("minor injuries", "non-life-threatening wounds" are
                // survived: not a hit that may be the death.)
                hit: !another && !fatal && !survived_wound(doc, span, k),
                own_life: false,
            });
            continue;
        }
        // "was shot in the head, suffering fatal injuries": the one hit just
        // read was killed.
        if fatal {
            let sentence = doc.sentence_of(k);
            if let Some(c) = out.last_mut().filter(|c| {
                c.harm == Harm::Injured
                    && c.count.best == 1
                    && c.hit
                    && doc.sentence_of(c.token) == sentence
            }) {
                c.harm = Harm::Killed;
                c.hit = false;
                c.span = c.span.cover(&doc.tokens[k].span);
                continue;
            }
        }
        let fatal_verb =
            any(doc.word(k.wrapping_sub(1)), &["fatally", "mortally"]) && any(word, FATAL_VERBS);
        // "was hit by a stray bullet", "struck by gunfire": wounded.
        let hit_by_bullet = !fatal_verb
            && any(word, HIT_VERBS)
            && doc.word(k + 1).eq_ignore_ascii_case("by")
            && (k + 2..(k + 6).min(doc.tokens.len())).any(|i| {
                any(
                    doc.word(i),
                    &[
                        "bullet", "bullets", "gunfire", "gunshot", "round", "shotgun",
                    ],
                )
            });
        // "The 17-year-old student was hit once in the lower body", "two
        // men were struck in the legs": wounded.
        let hit_in_body =
            !fatal_verb && !hit_by_bullet && any(word, HIT_VERBS) && hit_in_body(doc, k);
        // "fired one shot, striking a 4-year-old girl in the arm", "fired
        // several rounds, striking two men": those hit.
        let hit_by_fire = !fatal_verb
            && !hit_by_bullet
            && any(word, HIT_ACTIVE)
            && !doc.word(k + 1).eq_ignore_ascii_case("by")
            && fired_before(doc, k);
        // "accidentally shooting himself", "Boy shoots self": one hit.
        let reflexive =
            any(word, REFLEXIVE_VERBS) && any(doc.word(k + 1), &["himself", "herself", "self"]);
        // "Four people were sent to the hospital", "three victims were all
        // transported to a local hospital": hurt, and hit (one may die).
        let to_hospital = taken_to_hospital(doc, k);
        let Some((mut harm, form)) = keyword(word).or_else(|| {
            if to_hospital {
                return Some((Harm::Injured, Form::Participle));
            }
            // "fatally struck Wilta Wordsworth", "fatally shooting a man"
            if hit_by_bullet || hit_in_body {
                return Some((Harm::Injured, Form::Participle));
            }
            if hit_by_fire {
                return Some((Harm::Injured, Form::Active));
            }
            if reflexive && !fatal_verb {
                return Some((Harm::Injured, Form::Active));
            }
            // "passed away": died.
            if word.eq_ignore_ascii_case("passed") && doc.word(k + 1).eq_ignore_ascii_case("away") {
                return Some((Harm::Killed, Form::Intransitive));
            }
            fatal_verb.then(|| {
                let f = if word.ends_with("ing") {
                    Form::Active
                } else {
                    Form::Participle
                };
                (Harm::Killed, f)
            })
        }) else {
            continue;
        };
        // "gunned down": shot, and as a rule killed.
        if word.eq_ignore_ascii_case("gunned") && !doc.word(k + 1).eq_ignore_ascii_case("down") {
            continue;
        }
        if is_not_about_people(doc, k, form) {
            continue;
        }
        // "shot to death", "stabbed to death": a killing.
        if form == Form::Participle
            && doc.word(k + 1).eq_ignore_ascii_case("to")
            && doc.word(k + 2).eq_ignore_ascii_case("death")
        {
            harm = Harm::Killed;
        } else if any(doc.word(k.wrapping_sub(1)), &["fatally", "mortally"]) {
            harm = Harm::Killed; // "fatally shot", "mortally wounded"
        } else if word.eq_ignore_ascii_case("shot") && shot_is_fatal(doc, k) {
            continue; // "shot dead", "shot and killed": the killing word carries it
        }
        if word.eq_ignore_ascii_case("death") {
            // "the death of a man", "the shooting death of Iris Rodriguez";
            // "death toll" is read by the "toll" keyword.
            if doc.word(k + 1).eq_ignore_ascii_case("of") && names_one_person(doc, k + 2) {
                out.push(Casualty::one_killed(doc, k));
            }
            // "striking the woman and resulting in her death": one.
            let caused = k >= 3
                && any(doc.word(k - 1), &["his", "her"])
                && (any(doc.word(k - 2), &["caused", "causing"])
                    || doc.word(k - 2).eq_ignore_ascii_case("in")
                        && any(doc.word(k - 3), &["resulting", "resulted"])
                    || doc.word(k - 2).eq_ignore_ascii_case("to")
                        && any(doc.word(k - 3), &["leading", "led"]));
            if caused && !is_unrealized(doc, k) {
                out.push(Casualty {
                    span: doc.tokens[k - 1].span.cover(&doc.tokens[k].span),
                    ..Casualty::one_killed(doc, k)
                });
            }
            continue;
        }
        // "The crash killed two people", "a fire that injured three": an
        // accident's toll, not violence.
        if is_accident(doc, k) {
            continue;
        }
        // "were not injured", "weren't hurt", "has never been shot": none
        // (but "not seriously injured" is injured).
        let negated = negation(doc, k);
        if negated.is_none() && is_unrealized(doc, k) {
            continue;
        }
        let found = match form {
            _ if negated.is_some() => None,
            Form::Active => right_count(doc, k, &starts_at, &used),
            Form::Toll => toll_count(doc, k, &starts_at, &used),
            Form::Participle => right_count(doc, k, &starts_at, &used)
                .filter(|_| is_active_use(doc, k))
                .or_else(|| left_count(doc, k, &ends_at, &used)),
            Form::Noun | Form::Adjective | Form::Intransitive => {
                left_count(doc, k, &ends_at, &used)
            }
        };
        let keyword_span = doc.tokens[k].span;
        let mut implicit = false;
        let casualty = match found {
            Some((count, span, qis)) => {
                for qi in qis.into_iter().flatten() {
                    used[qi] = true;
                }
                Some((count, span))
            }
            None if negated.is_some() => negated.map(|n| {
                (
                    Count::exact(0),
                    doc.tokens[n].span.cover(&doc.tokens[k].span),
                )
            }),
            None => zero(doc, k)
                .or_else(|| plural_subject(doc, k, form))
                .or_else(|| victim_list(doc, k, form))
                .or_else(|| {
                    implicit = true;
                    single(doc, k, form)
                }),
        };
        if let Some((count, span)) = casualty {
            if !implicit && is_round_up(doc, k) {
                round_ups.push(out.len());
            }
            out.push(Casualty {
                implicit,
                additional: implicit && is_additional(doc, k, form),
                // (One "in critical condition" may be the one who died.)
                hit: harm == Harm::Injured
                    && (word.eq_ignore_ascii_case("shot")
                        || to_hospital
                        || reflexive
                        || hit_by_bullet
                        || hit_in_body
                        || hit_by_fire
                        || implicit
                            && word.eq_ignore_ascii_case("condition")
                            && taken_to_care(doc, condition_start(doc, k)).is_some())
                    && !counts_others(doc, span),
                own_life: harm == Harm::Killed
                    && any(doc.word(k + 1), &["himself", "herself"])
                    && after_harming_others(doc, k),
                harm,
                count,
                span,
                keyword: keyword_span,
                token: k,
                cumulative: is_cumulative(doc, k) || (!implicit && is_period_total(doc, k)),
            });
        }
    }
    settle_round_ups(doc, &mut out, &round_ups);
    drop_injuries_that_became_deaths(doc, &mut out);
    out
}

/// "double homicide" (2), "triple murder-suicide" (3 and the killer: 4).
fn multiple_killing(doc: &Doc, k: usize) -> Option<Casualty> {
    let w = doc.word(k);
    let &(_, n) = MULTIPLES.iter().find(|(m, _)| w.eq_ignore_ascii_case(m))?;
    if !any(
        doc.word(k + 1),
        &[
            "murder",
            "homicide",
            "slaying",
            "killing",
            "murders",
            "homicides",
        ],
    ) {
        return None;
    }
    let suicide = doc.word(k + 2) == "-" && doc.word(k + 3).eq_ignore_ascii_case("suicide");
    let last = if suicide { k + 3 } else { k + 1 };
    let span = doc.tokens[k].span.cover(&doc.tokens[last].span);
    Some(Casualty {
        harm: Harm::Killed,
        count: Count::exact(n + suicide as u64),
        span,
        keyword: doc.tokens[k + 1].span,
        token: k + 1,
        cumulative: false,
        implicit: false,
        additional: false,
        hit: false,
        own_life: false,
    })
}

/// Whether the phrase of a death at token `first` follows harm done to
/// others: "killed three people before killing himself", "shot his wife,
/// then turned the gun on himself" (not "accidentally shot and killed
/// himself", where the one who died is the victim).
fn after_harming_others(doc: &Doc, first: usize) -> bool {
    let at = |i: usize, words: &[&str]| first >= i && any(doc.word(first - i), words);
    at(1, &["before", "then"]) || (at(1, &["and", ","]) && at(2, &["then"]))
}

/// The attacker's own death told without a harm keyword: "before taking
/// his own life", "turned the gun on herself".
fn own_life_phrase(doc: &Doc, k: usize) -> Option<Casualty> {
    let w = doc.word(k);
    let at = |i: usize, words: &[&str]| k >= i && any(doc.word(k - i), words);
    let life = w.eq_ignore_ascii_case("life")
        && at(1, &["own"])
        && at(2, &["his", "her"])
        && at(3, &["take", "took", "taking", "taken", "takes"]);
    let gun = any(w, &["himself", "herself"])
        && at(1, &["on"])
        && at(2, &["gun", "weapon", "rifle", "pistol", "handgun"])
        && at(3, &["the", "his", "her"])
        && at(4, &["turned", "turning", "turns", "turn"]);
    let first = if life { k - 3 } else { k.saturating_sub(4) };
    // ("took his own life after authorities say he shot a deputy")
    let harm_follows = doc.word(k + 1).eq_ignore_ascii_case("after")
        && (k + 2..(k + 10).min(doc.tokens.len()))
            .any(|i| keyword(doc.word(i)).is_some_and(|(h, _)| h != Harm::Casualties));
    if !(life || gun) || !(after_harming_others(doc, first) || harm_follows) {
        return None;
    }
    Some(Casualty {
        own_life: true,
        span: doc.tokens[first].span.cover(&doc.tokens[k].span),
        ..Casualty::one_killed(doc, k)
    })
}

/// One person killed, told by the name of the killing: "a fatal
/// shooting", "the shooting death", "the slaying of a teenager", "the
/// murder of Ana Ruiz". (Plurals and "the fatal shootings" say not how many.)
fn one_killed_by_name(doc: &Doc, k: usize) -> Option<Casualty> {
    let w = doc.word(k);
    let next = doc.word(k + 1);
    const KILLINGS: &[&str] = &["shooting", "stabbing", "beating", "attack", "assault"];
    let one = if any(w, FATAL_ADJECTIVES) {
        // "a fatal shooting", "Thursday's deadly shooting"; not "fatal
        // shootings" nor "a fatal shooting of two men" (the count follows).
        any(next, KILLINGS)
            && (!doc.word(k + 2).eq_ignore_ascii_case("of") || names_one_person(doc, k + 3))
    } else if w.eq_ignore_ascii_case("death") {
        // "the shooting death" ("death of" is read with the victim).
        any(
            doc.word(k.wrapping_sub(1)),
            &["shooting", "stabbing", "beating"],
        ) && !next.eq_ignore_ascii_case("of")
    } else if any(w, NAMED_KILLINGS) {
        // "the slaying of a teenager", "the murder of Ana Ruiz"
        next.eq_ignore_ascii_case("of")
            && (any(doc.word(k.wrapping_sub(1)), &["for", "with"]) || harm_named_after(doc, k))
            && names_one_victim(doc, k + 2)
    } else {
        false
    };
    if !one {
        return one_hit_by_name(doc, k);
    }
    Some(Casualty::one_killed(doc, k))
}

/// One person hit, told by the name of the harm done to them: "the
/// wounding of Armond Batey", "the March 18 shooting of 15-year-old
/// Senquez Jackson" (who may have died of it: a hit).
fn one_hit_by_name(doc: &Doc, k: usize) -> Option<Casualty> {
    let w = doc.word(k);
    let named = any(w, &["wounding", "shooting", "stabbing"])
        && doc.word(k + 1).eq_ignore_ascii_case("of")
        && harm_named_after(doc, k)
        && names_one_victim(doc, k + 2);
    // (A wounding is survived; a shooting may have killed.)
    named.then(|| Casualty {
        harm: Harm::Injured,
        hit: !w.eq_ignore_ascii_case("wounding"),
        ..Casualty::one_killed(doc, k)
    })
}

/// Whether the word before a harm's name at `k` makes it a noun phrase
/// of its own: "the slaying of", "in the wounding of", "the Feb. 22
/// shooting of", "the March 18th shooting of", "and wounding of".
fn harm_named_after(doc: &Doc, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let w = doc.word(p);
    any(w, &["the", "in", "and", "'s", "’s"])
        || doc.tokens[p].kind == TokenKind::Number
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            w.ends_with(s)
                && (w.as_bytes()[0].is_ascii_digit()
                    || w.len() == 2 && p >= 1 && doc.tokens[p - 1].kind == TokenKind::Number)
        })
}

/// Whether the words at `i`, after a harm's name and "of", name its one
/// victim: "Ana Ruiz", "a teenager", "15-year-old Senquez Jackson", and no
/// second victim joins them.
fn names_one_victim(doc: &Doc, i: usize) -> bool {
    (is_full_name(doc, i) || !is_capitalized_name(doc, i) && names_one_person(doc, i))
        && !joins_another_victim(doc, i)
}

/// Whether the victim named at `i` is followed by another ("the murder of
/// Ana Ruiz and her son"), or by a number that may count them, within a
/// few words. Another harm named after "and" ("the slaying of Collin
/// Doyle, 17, and the wounding of Armond Batey") is not another victim.
fn joins_another_victim(doc: &Doc, i: usize) -> bool {
    (i..(i + 7).min(doc.tokens.len())).any(|m| {
        doc.word(m).eq_ignore_ascii_case("and")
            && !(any(doc.word(m + 1), &["the", "a"])
                && any(
                    doc.word(m + 2),
                    &["shooting", "wounding", "stabbing", "attempted", "beating"],
                ))
            || doc.tokens[m].kind == TokenKind::Number
                && !doc.word(m + 1).starts_with('-')
                // (an age in apposition: "Collin Doyle, 17,")
                && !(doc.word(m - 1) == "," && matches!(doc.word(m + 1), "," | "." | ")"))
    })
}

/// One person hurt, told by a wound: "he suffered a gunshot wound", "the
/// victim was taken to a hospital with non-life-threatening injuries",
/// "Smith was treated for minor injuries". The one who has the wound is
/// the subject: a pronoun, a person's noun or a name. Not a death ("was
/// found dead with a gunshot wound", "died of his injuries").
///
/// Also says whether the one is "another" than those told before ("left
/// one dead and another with injuries"), who is no one of the dead.
fn wound_of_one(doc: &Doc, k: usize) -> Option<(ByteSpan, bool)> {
    // "was treated at a hospital and released": the subject of "treated".
    let released =
        doc.word(k).eq_ignore_ascii_case("released") && doc.word(k - 1).eq_ignore_ascii_case("and");
    if !released && !any(doc.word(k), WOUNDS) {
        return None;
    }
    let s = &doc.sentences[doc.sentence_of(k)];
    let floor = k.saturating_sub(8).max(s.first);
    // The verb of having: at most seven words of description before the
    // noun ("with a non-life threatening gunshot wound").
    let v = (floor..k).rev().find(|&i| {
        if released {
            return doc.word(i).eq_ignore_ascii_case("treated");
        }
        // ("for treatment of non-life threatening injuries")
        let treatment_of = doc.word(i).eq_ignore_ascii_case("of")
            && doc
                .word(i.wrapping_sub(1))
                .eq_ignore_ascii_case("treatment");
        treatment_of
            || any(
                doc.word(i),
                &[
                    "suffered",
                    "sustained",
                    "received",
                    "suffering",
                    "sustaining",
                    "receiving",
                    "suffers",
                    "sustains",
                    "receives",
                    "with",
                    "for",
                ],
            )
    })?;
    if (v + 1..k).any(|i| doc.tokens[i].kind == TokenKind::Punct && doc.word(i) != "-") {
        return None;
    }
    // "treated for", "treated at a hospital for", "taken to a hospital for
    // treatment for", "taken to the hospital for injuries", not "arrested
    // for".
    if doc.word(v).eq_ignore_ascii_case("for")
        && !(v.saturating_sub(6).max(s.first)..v).any(|i| {
            any(
                doc.word(i),
                &["treated", "hospitalized", "hospitalised", "treatment"],
            ) || (any(doc.word(i), TAKEN_TO_CARE) && doc.word(i + 1).eq_ignore_ascii_case("to"))
        })
    {
        return None;
    }
    // Back to the subject, across the verb group and a clause of motion
    // ("was rushed to Grady Memorial Hospital with").
    // "The man suffered a gunshot wound": the subject is right before an
    // active verb of having.
    let active = any(
        doc.word(v),
        &[
            "suffered",
            "sustained",
            "received",
            "suffers",
            "sustains",
            "receives",
        ],
    ) && v > s.first
        && doc.tokens[v - 1].kind == TokenKind::Word
        && !any(
            doc.word(v - 1),
            &["had", "has", "have", "was", "is", "also"],
        );
    let low = if active {
        v
    } else {
        v.saturating_sub(12).max(s.first)
    };
    let mut j = v;
    while j > low {
        let w = doc.word(j - 1);
        if doc.tokens[j - 1].kind == TokenKind::Punct && w != "-" {
            break;
        }
        if keyword(w).is_some_and(|(h, _)| h == Harm::Killed) || any(w, &["succumbed", "death"]) {
            return None;
        }
        if any(w, &["was", "is", "had", "has"]) {
            j -= 1;
            break;
        }
        // The object of finding: "found a 15-year-old with a gunshot
        // wound", "left another with life-threatening injuries".
        if any(
            w,
            &[
                "found",
                "find",
                "discovered",
                "located",
                "left",
                "leaving",
                "and",
            ],
        ) && j < v
        {
            let one = any(doc.word(j), &["a", "an", "another", "one"])
                && (j..v).any(|i| {
                    any(doc.word(i), SINGULAR_PERSONS)
                        || any(doc.word(i), &["old", "another"])
                        || is_full_name(doc, i)
                });
            let another = doc.word(j).eq_ignore_ascii_case("another");
            return one.then(|| (doc.tokens[j].span.cover(&doc.tokens[k].span), another));
        }
        j -= 1;
    }
    let subject = doc.word(j.wrapping_sub(1));
    let one = j > s.first
        && (any(subject, SUBJECT_PRONOUNS)
            || any(subject, SINGULAR_PERSONS)
            // "the 19-year-old was treated for"
            || (subject.eq_ignore_ascii_case("old") && doc.word(j.wrapping_sub(2)) == "-")
            // "his girlfriend, who suffered a gunshot wound"
            || (subject.eq_ignore_ascii_case("who")
                && (j.saturating_sub(3).max(s.first)..j - 1)
                    .any(|i| any(doc.word(i), SINGULAR_PERSONS)))
            // A name, at the sentence's start too when it has the wound
            // ("Velazquez suffered a minor hand injury").
            || (is_capitalized_name(doc, j - 1)
                && doc.tokens[j - 1].kind == TokenKind::Word
                && (j - 1 > s.first || active)
                && !any(
                    subject,
                    &["They", "Police", "It", "This", "There", "Officials", "Authorities"],
                )));
    // "Another man suffered minor injuries": one more victim.
    let another = any(subject, SINGULAR_PERSONS)
        && doc.word(j.wrapping_sub(2)).eq_ignore_ascii_case("another");
    one.then(|| (doc.tokens[j - 1].span.cover(&doc.tokens[k].span), another))
}

/// "dead" in "dead end", "killed the bill", "hurt the economy"...: uses of a
/// harm word that are not about people being harmed.
fn is_not_about_people(doc: &Doc, k: usize, form: Form) -> bool {
    let next = doc.word(k + 1);
    let prev = doc.word(k.wrapping_sub(1));
    let Some(w) = Lower::new(doc.word(k)) else {
        return false;
    };
    match w.as_str() {
        "shot" => {
            // "a six-shot revolver"
            (prev == "-" && !doc.tokens[k].space_before)
                || any(next, &["down", "up", "back"])
                || (next.eq_ignore_ascii_case("at") && !shot_at_is_harm(doc, k))
                || any(prev, &["a", "one", "first", "warning", "the", "big"])
        }
        "dead" => {
            any(
                next,
                &["end", "ends", "heat", "zone", "line", "set", "serious"],
            ) || any(prev, &["brain", "drop"])
        }
        "hurt" => any(
            next,
            &[
                "the", "his", "her", "their", "its", "our", "economy", "business", "feelings",
            ],
        ),
        "bodies" | "body" => any(
            prev,
            &[
                "governing",
                "legislative",
                "government",
                "federal",
                "regulatory",
                "heavenly",
            ],
        ),
        "toll" => !doc.word(k.wrapping_sub(1)).eq_ignore_ascii_case("death"),
        "condition" => !any(prev, CONDITIONS),
        "die" => {
            form == Form::Intransitive && !any(prev, &["to"]) || any(next, &["off", "down", "out"])
        }
        // "the shooting died down", "homeowners died off"
        "died" | "dies" => any(next, &["off", "down", "out"]),
        _ => false,
    }
}

/// The negation right before a harm word, across "been" and the like:
/// "were not injured", "weren't hurt", "has never been shot". A word of
/// degree in between keeps the harm ("not seriously injured").
fn negation(doc: &Doc, k: usize) -> Option<usize> {
    let mut j = k;
    while j > 0
        && any(
            doc.word(j - 1),
            &["been", "be", "being", "get", "got", "even"],
        )
    {
        j -= 1;
    }
    let n = j.checked_sub(1)?;
    any(doc.word(n), &["not", "never", "'t", "’t", "n't", "n’t"]).then_some(n)
}

/// A harm meant, tried or threatened, not done: "did not mean to hurt
/// him", "tried to hurt her", "wanted to die".
fn is_unrealized(doc: &Doc, k: usize) -> bool {
    // "unclear whether he was killed in the fire", "did not say if anyone
    // was hurt": an open question.
    let first = doc.sentences[doc.sentence_of(k)].first;
    let asked = (k.saturating_sub(6).max(first)..k)
        .rev()
        .take_while(|&i| !is_clause_break(doc.word(i)))
        .any(|i| any(doc.word(i), &["whether", "if"]));
    // "came within inches of possibly killing the trooper", "was nearly
    // killed", "could have been killed": a harm that did not happen.
    let mut j = k;
    while j > first && any(doc.word(j - 1), &["been", "have", "be"]) {
        j -= 1;
    }
    let missed = j > first
        && (any(doc.word(j - 1), &["possibly", "nearly", "almost"])
            // (not "could have been murdered by the military", a guess at
            // who did it)
            || j < k
                && any(doc.word(j - 1), &["could", "would", "might"])
                && !doc.word(k + 1).eq_ignore_ascii_case("by"));
    asked
        || missed
        || k >= 2
            && doc.word(k - 1).eq_ignore_ascii_case("to")
            && any(
                doc.word(k - 2),
                &[
                    "mean",
                    "meant",
                    "want",
                    "wanted",
                    "wants",
                    "try",
                    "tried",
                    "trying",
                    "going",
                    "threatened",
                    "threatening",
                    "planned",
                    "intended",
                    "attempted",
                    "wish",
                    "wished",
                ],
            )
}

/// "were shot at the club", "was shot at least twice": people hit; "shot at
/// the officers", "were shot at by a gunman", "they were shot at.": fired
/// at, maybe missed.
fn shot_at_is_harm(doc: &Doc, k: usize) -> bool {
    let after = doc.word(k + 2);
    if after.eq_ignore_ascii_case("least") {
        return true;
    }
    let prev = doc.word(k.wrapping_sub(1));
    // Passive ("were shot at"), or a headline's count or person ("4 shot at
    // Elm Park", "Teen shot at gas station").
    let passive = any(prev, PASSIVE_AUX)
        || (k >= 1 && doc.tokens[k - 1].kind == TokenKind::Number)
        || is_person_noun(prev);
    // At a place or a time, not at someone ("shot at two deputies").
    let mut t = k + 2;
    while t < k + 4
        && (doc
            .tokens
            .get(t)
            .is_some_and(|x| x.kind == TokenKind::Number)
            || any(
                doc.word(t),
                &["a", "an", "the", "his", "her", "their", "two", "three"],
            ))
    {
        t += 1;
    }
    passive
        && doc
            .tokens
            .get(k + 2)
            .is_some_and(|t| t.kind != TokenKind::Punct)
        && !any(after, &["by", "but", "him", "her", "them", "us", "me"])
        && !is_person_noun(doc.word(t))
}

const PASSIVE_AUX: &[&str] = &[
    "was", "were", "been", "being", "is", "are", "be", "get", "got",
];

/// Whether "shot" at `k` is told with the death of the same people: "shot
/// dead", "shot and killed" (not "four shot, one killed" or "four people
/// were shot and one person killed", where a count of its own comes
/// between: those shot are more than those killed).
fn shot_is_fatal(doc: &Doc, k: usize) -> bool {
    let end = (k + 5).min(doc.tokens.len());
    let Some(j) = (k + 1..end).find(|&j| {
        any(doc.word(j), &["dead", "killed", "death", "died"])
            && !any(doc.word(j - 1), &["not", "no"])
    }) else {
        return false;
    };
    !quantities_from(doc, k + 1)
        .take_while(|q| q.first < j)
        .any(|q| q.unit == Unit::Count)
}

/// "four men were shot, one fatally", "five people were wounded, two of
/// them fatally": the dead among those hit, told by an adverb alone after
/// their count, at `k` ("fatally").
fn fatally_of_count(doc: &Doc, k: usize) -> Option<Casualty> {
    if !any(doc.word(k), &["fatally", "mortally"]) {
        return None;
    }
    // The clause goes on no further: "one fatally." or "one fatally, and".
    let next = doc.word(k + 1);
    if !(next.is_empty() || is_clause_break(next) || any(next, &[".", "-", "--", "and", "while"])) {
        return None;
    }
    let last = k.checked_sub(1)?;
    // "two of them fatally"
    let of_them = any(doc.word(last), &["them", "whom"]) && last >= 2 && doc.word(last - 1) == "of";
    let q = quantities_from(doc, last.saturating_sub(5))
        .take_while(|q| q.first <= last)
        // (The quantity may take the adverb for its noun: "one fatally".)
        .find(|q| {
            (q.last == last || q.last == k || (of_them && q.last + 3 > last))
                && q.unit == Unit::Count
        })?;
    // After the count of those hit: "shot, one fatally".
    let before = q.first.checked_sub(1)?;
    let hurt = (before.saturating_sub(8)..before).any(|i| {
        any(
            doc.word(i),
            &["shot", "wounded", "stabbed", "struck", "injured", "hit"],
        )
    });
    // (A dash may be typed as "--".)
    let dash = matches!(doc.word(before), "-" | "--");
    if !(is_clause_break(doc.word(before)) || dash || any(doc.word(before), &["including"]))
        || !hurt
    {
        return None;
    }
    Some(Casualty {
        harm: Harm::Killed,
        count: Count::of(q),
        span: doc.tokens[q.first].span.cover(&doc.tokens[k].span),
        keyword: doc.tokens[k].span,
        token: k,
        cumulative: false,
        implicit: false,
        additional: false,
        hit: false,
        own_life: false,
    })
}

/// Whether a participle is used actively ("killed five"), judged by what
/// comes before: not an auxiliary.
fn is_active_use(doc: &Doc, k: usize) -> bool {
    !any(
        doc.word(k.wrapping_sub(1)),
        &["were", "was", "been", "are", "is", "be"],
    )
}

type Found = Option<(Count, ByteSpan, [Option<usize>; 2])>;

fn usable(doc: &Doc, qi: usize, used: &[bool]) -> bool {
    let q = &doc.quantities[qi];
    // "2:18" (a clock time or a video's length) counts no one.
    let clock = q.first >= 2
        && doc.word(q.first - 1) == ":"
        && doc.tokens[q.first - 2].kind == TokenKind::Number
        && !doc.tokens[q.first - 1].space_before;
    // "a 50 shot", "a 9 millimeter": a numeral after an article names a
    // thing ("a dozen" is a quantity of its own, read whole).
    let after_article = q.first >= 1
        && doc.tokens[q.first].kind == TokenKind::Number
        && any(doc.word(q.first - 1), &["a", "an"]);
    !used[qi] && q.unit == Unit::Count && !any(doc.word(q.last), THINGS) && !clock && !after_article
}

/// "killing five", "injured more than 100", "killing at least 3 people".
fn right_count(doc: &Doc, k: usize, starts_at: &[u32], used: &[bool]) -> Found {
    let mut j = k + 1;
    // "gunned down two men"
    if doc.word(k).eq_ignore_ascii_case("gunned") {
        j += 1;
    }
    // "killing his five young children", "injured another four teenagers"
    // "injuring the three others"
    if any(
        doc.word(j),
        &["his", "her", "their", "its", "another", "the"],
    ) {
        j += 1;
    } else if any(doc.word(j), &["an", "a"]) && any(doc.word(j + 1), &["additional", "further"]) {
        j += 2;
    }
    if doc.word(j) == "a"
        && doc.word(j + 1).eq_ignore_ascii_case("total")
        && doc.word(j + 2).eq_ignore_ascii_case("of")
    {
        j += 3;
    }
    let qi = *starts_at.get(j)? as usize;
    if qi == u32::MAX as usize || !usable(doc, qi, used) {
        return None;
    }
    let q = &doc.quantities[qi];
    // Within the keyword's sentence: "... Three Injured" closing a
    // headline takes no count from the "Four men" that open the next line.
    if q.last > doc.sentences[doc.sentence_of(k)].last {
        return None;
    }
    // A second conjunct after the noun: "injured three adults and an
    // 11-year-old child", "killing two soldiers and three civilians".
    let noun = q.last;
    if is_persons(doc.word(noun)) && doc.word(noun + 1).eq_ignore_ascii_case("and") {
        let next = noun + 2;
        let other = starts_at
            .get(next)
            .map(|&p| p as usize)
            .filter(|&p| p != u32::MAX as usize && usable(doc, p, used))
            .filter(|&p| is_persons(doc.word(doc.quantities[p].last)));
        if let Some(p) = other {
            let pm = &doc.quantities[p];
            let span = q.span.cover(&doc.tokens[pm.last].span);
            return Some((Count::of(q).plus(Count::of(pm)), span, [Some(qi), Some(p)]));
        }
        if any(doc.word(next), &["a", "an"]) {
            let one = (next + 1..(next + 7).min(doc.sentences[doc.sentence_of(k)].last))
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct || doc.word(i) == "-")
                .find(|&i| any(doc.word(i), SINGULAR_PERSONS));
            if let Some(i) = one {
                let span = q.span.cover(&doc.tokens[i].span);
                return Some((Count::of(q).plus(Count::exact(1)), span, [Some(qi), None]));
            }
        }
    }
    Some((Count::of(q), q.span, [Some(qi), None]))
}

/// "the death toll rose to 25", "a death toll of 25".
fn toll_count(doc: &Doc, k: usize, starts_at: &[u32], used: &[bool]) -> Found {
    const BRIDGE: &[&str] = &[
        "rose",
        "risen",
        "has",
        "had",
        "climbed",
        "reached",
        "stands",
        "stood",
        "at",
        "of",
        "is",
        "was",
        "now",
        "to",
        "increased",
        "jumped",
        "hit",
        "grew",
        "rises",
        "climbs",
        "reaches",
    ];
    for (j, &qi) in starts_at
        .iter()
        .enumerate()
        .take((k + 6).min(doc.tokens.len()))
        .skip(k + 1)
    {
        if qi != u32::MAX && usable(doc, qi as usize, used) {
            let q = &doc.quantities[qi as usize];
            return Some((Count::of(q), q.span, [Some(qi as usize), None]));
        }
        if !any(doc.word(j), BRIDGE) {
            return None;
        }
    }
    None
}

/// "five people were killed", "130 injuries", "THREE SUBVERSIVES WERE
/// KILLED", "two soldiers and three civilians were killed" (5), "he and three
/// others were shot" (4).
fn left_count(doc: &Doc, k: usize, ends_at: &[u32], used: &[bool]) -> Found {
    let first = doc.sentences[doc.sentence_of(k)].first;
    let mut floor = k.saturating_sub(7).max(first);
    let mut j = k;
    while j > floor {
        let qi = ends_at[j];
        // The victims' ages between the count and the keyword: "five men
        // between the ages of 21 and 58 were shot".
        let ages = (qi != u32::MAX).then(|| age_phrase_start(doc, qi as usize, ends_at));
        if let Some(start) = ages.flatten().filter(|&start| start > first) {
            floor = start.saturating_sub(4).max(first);
            j = start;
            continue;
        }
        if qi != u32::MAX && usable(doc, qi as usize, used) {
            let qi = qi as usize;
            // "two of the four victims had died": the part, not the whole.
            let whole = doc.quantities[qi].first;
            let the = usize::from(doc.word(whole.wrapping_sub(1)).eq_ignore_ascii_case("the"));
            let of = whole.wrapping_sub(1 + the);
            let part = doc.word(of).eq_ignore_ascii_case("of").then(|| ends_at[of]);
            if let Some(p) = part.filter(|&p| p != u32::MAX && usable(doc, p as usize, used)) {
                let pm = &doc.quantities[p as usize];
                return Some((Count::of(pm), pm.span, [Some(p as usize), Some(qi)]));
            }
            let q = &doc.quantities[qi];
            // "Father of 4 killed": the parent, not the children.
            if q.first >= 2
                && doc.word(q.first - 1).eq_ignore_ascii_case("of")
                && any(
                    doc.word(q.first - 2),
                    &[
                        "father",
                        "mother",
                        "dad",
                        "mom",
                        "parent",
                        "grandfather",
                        "grandmother",
                    ],
                )
            {
                let span = doc.tokens[q.first - 2].span.cover(&q.span);
                return Some((Count::exact(1), span, [Some(qi), None]));
            }
            let mut count = Count::of(q);
            let mut span = q.span;
            let mut second = None;
            // Coordination before the count: "two soldiers and three civilians".
            if q.first >= 2 && doc.word(q.first - 1).eq_ignore_ascii_case("and") {
                let noun = q.first - 2;
                // The other conjunct is a count right before the "and", or a
                // count and one noun ("two soldiers").
                let other = [noun + 1, noun]
                    .into_iter()
                    .filter(|&end| end == noun + 1 || keyword(doc.word(noun)).is_none())
                    .map(|end| ends_at[end])
                    .find(|&p| p != u32::MAX && usable(doc, p as usize, used));
                if let Some(p) = other {
                    let pm = &doc.quantities[p as usize];
                    count = count.plus(Count::of(pm));
                    span = pm.span.cover(&span);
                    second = Some(p as usize);
                } else if doc.word(q.first - 1) == "and"
                    && (any(doc.word(noun), SUBJECT_PRONOUNS)
                        // (Not a headline's capitalized verb: "Father
                        // Killed and 4 Others Hurt" are four more.)
                        || is_capitalized_name(doc, noun) && keyword(doc.word(noun)).is_none())
                    && (any(doc.word(q.last), &["others", "other", "more"])
                        || is_persons(doc.word(q.last)))
                {
                    // "he and three others"
                    count = count.plus(Count::exact(1));
                } else if any(doc.word(noun), SINGULAR_PERSONS) {
                    // "a farmer and two of his sons"
                    count = count.plus(Count::exact(1));
                }
            }
            return Some((count, span, [Some(qi), second]));
        }
        let w = doc.word(j - 1);
        let t = doc.tokens[j - 1];
        // "two men were shot and killed": the count is of both verbs.
        if w.eq_ignore_ascii_case("and")
            && j >= 2
            && (keyword(doc.word(j - 2)).is_some_and(|(_, f)| f == Form::Participle)
                || doc.word(j - 2).eq_ignore_ascii_case("attacked"))
        {
            floor = floor.saturating_sub(2).max(first);
            j -= 2;
            continue;
        }
        if j - 1 != k && j - 1 < k {
            // (A "--" is a dash, as "—": it ends the subject's reach.)
            let dash = w == "-" && j >= 2 && doc.word(j - 2) == "-";
            if t.kind == TokenKind::Punct && (w != "-" || dash) {
                return None;
            }
            if any(w, BLOCKERS) || any(w, THINGS) {
                return None;
            }
        }
        j -= 1;
    }
    None
}

/// The words of a person's condition: "in critical condition", "in
/// non-life-threatening condition".
const CONDITIONS: &[&str] = &[
    "critical",
    "serious",
    "stable",
    "grave",
    "fair",
    "good",
    "life-threatening",
    "threatening",
];

/// The first of the words that tell the "condition" at token `k`: the
/// "in" of "is in critical but stable condition".
fn condition_start(doc: &Doc, k: usize) -> usize {
    let mut j = k - 1;
    while j > 0
        && (any(doc.word(j - 1), CONDITIONS)
            || any(
                doc.word(j - 1),
                &[
                    "but", "in", "listed", "remains", "remained", "non", "-", "life",
                ],
            ))
    {
        j -= 1;
    }
    j
}

/// Verbs of being brought to care: "taken to the hospital".
const TAKEN_TO_CARE: &[&str] = &[
    "taken",
    "transported",
    "rushed",
    "airlifted",
    "flown",
    "driven",
];

/// Whether the verb `w` brings people to care: "taken", "flown", "sent".
pub(crate) fn brings_to_care(w: &str) -> bool {
    any(w, TAKEN_TO_CARE) || w.eq_ignore_ascii_case("sent")
}

/// Whether "to" at `to` leads to a hospital in the next few words: "to the
/// hospital", "to a local hospital", "to hospitals".
fn hospital_after(doc: &Doc, to: usize) -> bool {
    (to + 1..(to + 5).min(doc.tokens.len()))
        .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
        .any(|i| any(doc.word(i), &["hospital", "hospitals"]))
}

/// Whether the passive verb at `k` brings people to a hospital: "were sent
/// to the hospital", "were all transported to a local hospital" (the verb
/// itself; "in stable condition" after it is read by "condition").
fn taken_to_hospital(doc: &Doc, k: usize) -> bool {
    if !brings_to_care(doc.word(k)) {
        return false;
    }
    let mut aux = k.wrapping_sub(1);
    if any(
        doc.word(aux),
        &["all", "both", "later", "also", "then", "each"],
    ) {
        aux = aux.wrapping_sub(1);
    }
    if !any(doc.word(aux), &["were", "was", "been"]) || !doc.word(k + 1).eq_ignore_ascii_case("to")
    {
        return false;
    }
    let hospital = hospital_after(doc, k + 1);
    // Only when the sentence has no word of harm that counts of its own:
    // "was taken to the hospital with a gunshot wound" is read by "wound"
    // (but "with gunshot wounds" counts no one).
    let s = &doc.sentences[doc.sentence_of(k)];
    hospital
        && !(s.first..s.last).any(|i| {
            let w = doc.word(i);
            i != k
                && (keyword(w).is_some_and(|(_, f)| f != Form::Noun) && !any(w, &["wounds"])
                    || any(w, &["wound", "injury"]))
        })
}

/// Where "taken to the hospital" begins, before the "in" at token `j` of
/// "was taken to the hospital in stable condition".
fn taken_to_care(doc: &Doc, j: usize) -> Option<usize> {
    if !doc.word(j).eq_ignore_ascii_case("in") {
        return None;
    }
    let v = (j.saturating_sub(8)..j)
        .rev()
        .find(|&i| any(doc.word(i), TAKEN_TO_CARE) && doc.word(i + 1).eq_ignore_ascii_case("to"))?;
    (v + 2..j)
        .all(|i| doc.tokens[i].kind == TokenKind::Word)
        .then_some(v)
}

/// Where a phrase of ages that ends with quantity `qi` begins: "between
/// the ages of 21 and 58", "aged 13, 17 and 19", "ages 12 to 16".
fn age_phrase_start(doc: &Doc, qi: usize, ends_at: &[u32]) -> Option<usize> {
    let q = &doc.quantities[qi];
    if q.unit != Unit::Age {
        return None;
    }
    let mut f = q.first;
    // Earlier ages of the list.
    while f >= 2 && any(doc.word(f - 1), &["and", "to", "or", ","]) {
        match ends_at[f - 1] {
            p if p != u32::MAX && doc.quantities[p as usize].unit == Unit::Age => {
                f = doc.quantities[p as usize].first;
            }
            _ => break,
        }
    }
    let ages = |i: usize| any(doc.word(i), &["aged", "ages", "age"]);
    if f >= 1 && ages(f - 1) {
        f -= 1;
    } else if f >= 2 && doc.word(f - 1).eq_ignore_ascii_case("of") && ages(f - 2) {
        f -= 2;
    } else {
        return None;
    }
    if f >= 1 && doc.word(f - 1).eq_ignore_ascii_case("the") {
        f -= 1;
    }
    if f >= 1 && doc.word(f - 1).eq_ignore_ascii_case("between") {
        f -= 1;
    }
    Some(f)
}

/// A plural noun of people: "people", "friends", "officers".
pub(crate) fn is_persons(w: &str) -> bool {
    any(
        w,
        &[
            "people",
            "persons",
            "men",
            "women",
            "children",
            "others",
            "teens",
            "relatives",
            "victims",
            "youths",
        ],
    ) || w
        .strip_suffix('s')
        .is_some_and(|stem| stem.len() > 2 && any(stem, SINGULAR_PERSONS))
        || w.strip_suffix("ies").is_some_and(|stem| {
            stem.len() > 2
                && SINGULAR_PERSONS.iter().any(|p| {
                    p.len() == stem.len() + 1
                        && p.ends_with('y')
                        && p[..stem.len()].eq_ignore_ascii_case(stem)
                })
        })
}

/// A noun of one person or of people ("man", "victims").
pub(crate) fn is_person_noun(w: &str) -> bool {
    any(w, SINGULAR_PERSONS) || is_persons(w)
}

fn is_capitalized_name(doc: &Doc, i: usize) -> bool {
    doc.word(i).chars().next().is_some_and(char::is_uppercase)
}

/// "no one was hurt", "no injuries", "nobody was killed", "no casualties".
fn zero(doc: &Doc, k: usize) -> Option<(Count, ByteSpan)> {
    let floor = k.saturating_sub(5);
    for j in (floor..k).rev() {
        let w = doc.word(j);
        if any(w, &["no", "nobody", "none", "neither"]) {
            // "no one", "no other", "no reports of"
            let span = doc.tokens[j].span.cover(&doc.tokens[k].span);
            return Some((Count::exact(0), span));
        }
        if doc.tokens[j].kind == TokenKind::Punct || any(w, &["but", "and", "after", "that"]) {
            break;
        }
    }
    // A subject that says none, with more words before its verb: "No one
    // else in the vehicle that showed up to the hospital was hurt".
    if !any(
        doc.word(k.wrapping_sub(1)),
        &["was", "were", "been", "is", "are"],
    ) {
        return None;
    }
    let first = doc.sentences[doc.sentence_of(k)].first;
    let mut a = k - 1;
    while a > first && k - a < 16 && doc.tokens[a - 1].kind != TokenKind::Punct {
        a -= 1;
    }
    let none = any(doc.word(a), &["nobody", "none"])
        || doc.word(a).eq_ignore_ascii_case("no") && any(doc.word(a + 1), &["one", "other"]);
    none.then(|| {
        (
            Count::exact(0),
            doc.tokens[a].span.cover(&doc.tokens[k].span),
        )
    })
}

/// One victim: "a man was killed", "he was shot", "the victim died",
/// "killing his wife", "shot and killed a 25-year-old man".
fn single(doc: &Doc, k: usize, form: Form) -> Option<(Count, ByteSpan)> {
    let kw = doc.tokens[k].span;
    match form {
        Form::Participle | Form::Adjective => {
            // Passive with a singular auxiliary: "was killed", "has been wounded".
            const ADVERBS: &[&str] = &[
                "reportedly",
                "fatally",
                "critically",
                "seriously",
                "also",
                "later",
                "allegedly",
                "badly",
                "severely",
                "mortally",
                "then",
                "accidentally",
                "apparently",
                "possibly",
            ];
            let mut j = k;
            while j > 0 && any(doc.word(j - 1), ADVERBS) {
                j -= 1;
            }
            // "shot and killed", "shot, killed", "stabbed and wounded", and
            // the adverbs before them ("was accidentally shot and killed").
            if j >= 2
                && matches!(doc.word(j - 1), "and" | ",")
                && keyword(doc.word(j - 2)).is_some_and(|(_, f)| f == Form::Participle)
            {
                j -= 2;
                while j > 0 && any(doc.word(j - 1), ADVERBS) {
                    j -= 1;
                }
            }
            // "was shot dead", "was beaten dead": the participle's subject.
            if form == Form::Adjective
                && j == k
                && j >= 1
                && keyword(doc.word(j - 1)).is_some_and(|(_, f)| f == Form::Participle)
            {
                j -= 1;
                while j > 0 && any(doc.word(j - 1), ADVERBS) {
                    j -= 1;
                }
            }
            // "was found shot and killed", "Teenager found stabbed": the
            // one found.
            if form == Form::Participle && j >= 1 && doc.word(j - 1).eq_ignore_ascii_case("found") {
                j -= 1;
            }
            // "is in critical condition"
            if doc.word(k).eq_ignore_ascii_case("condition") {
                j = condition_start(doc, k);
                // "was taken to the hospital in stable condition", "was
                // transported to Grady Memorial Hospital in non-critical
                // condition": the one taken.
                if let Some(v) = taken_to_care(doc, j) {
                    j = v;
                }
                // "killing the boy and leaving his brother in critical
                // condition": the one left.
                let floor = j.saturating_sub(6);
                if let Some(v) = (floor..j)
                    .rev()
                    .find(|&i| any(doc.word(i), &["leaving", "left"]))
                {
                    if object_is_single_person(doc, v) && !subject_is_plural_or_thing(doc, v) {
                        return Some((Count::exact(1), kw));
                    }
                }
            }
            // "pronounced him dead", "pronounced the victim dead": one.
            if form == Form::Adjective && doc.word(k).eq_ignore_ascii_case("dead") {
                let floor = k.saturating_sub(5);
                if let Some(v) = (floor..k)
                    .rev()
                    .find(|&i| any(doc.word(i), &["pronounced", "declared"]))
                {
                    let between = v + 1..k;
                    let one = between
                        .clone()
                        .all(|i| doc.tokens[i].kind == TokenKind::Word)
                        && (any(doc.word(v + 1), &["him", "her"]) && v + 2 == k
                            || any(doc.word(v + 1), &["the", "a", "an"])
                                && between.clone().any(|i| any(doc.word(i), SINGULAR_PERSONS)));
                    if one {
                        return Some((Count::exact(1), kw));
                    }
                }
            }
            // "was pronounced dead", "was found dead", "was later
            // pronounced dead"
            if form == Form::Adjective
                && j >= 1
                && any(
                    doc.word(j - 1),
                    &["pronounced", "found", "declared", "left", "confirmed"],
                )
            {
                j -= 1;
                while j > 0 && any(doc.word(j - 1), ADVERBS) {
                    j -= 1;
                }
            }
            let aux = doc.word(j.wrapping_sub(1));
            // A headline or a bare noun phrase: "Man shot, killed", "Auburn freshman killed".
            // "Teen killed, another wounded": one more.
            let another_alone = aux.eq_ignore_ascii_case("another")
                && (j < 2
                    || doc.tokens[j - 2].kind == TokenKind::Punct
                    || doc.word(j - 2).eq_ignore_ascii_case("and"));
            if another_alone
                || aged_one(doc, j.wrapping_sub(1))
                && !any(
                    doc.word(k + 1),
                    &["him", "her", "his", "their", "them", "a", "an", "the", "at"],
                )
                || any(aux, SINGULAR_PERSONS)
                && !any(
                    doc.word(j.wrapping_sub(2)),
                    &["the", "a", "an", "his", "her", "one"],
                )
                || any(aux, SINGULAR_PERSONS) && j >= 2 && any(doc.word(j - 2), &["a", "an"])
                // "the man found dead last Friday"
                || any(aux, SINGULAR_PERSONS)
                    && form == Form::Adjective
                    && j >= 2
                    && any(doc.word(j), &["found", "pronounced"])
                    && any(doc.word(j - 2), &["the", "his", "her"])
            {
                return Some((Count::exact(1), kw));
            }
            let singular_aux = any(aux, &["was", "is"])
                || (aux.eq_ignore_ascii_case("been")
                    && any(doc.word(j.wrapping_sub(2)), &["has", "had"]));
            if singular_aux && !subject_is_plural_or_thing(doc, j.saturating_sub(1)) {
                return Some((Count::exact(1), kw));
            }
            // Active with a singular person object: "killing his wife".
            object_is_single_person(doc, k).then(|| (Count::exact(1), kw))
        }
        Form::Active => object_is_single_person(doc, k).then(|| (Count::exact(1), kw)),
        Form::Intransitive => {
            let mut j = k;
            while j > 0
                && any(
                    doc.word(j - 1),
                    &[
                        "later",
                        "also",
                        "reportedly",
                        "subsequently",
                        "eventually",
                        "then",
                        "had",
                        "has",
                    ],
                )
            {
                j -= 1;
            }
            // A second verb: "A man was shot on Elm Street and later died",
            // "the boy was taken off life support and passed away": the
            // subject of the first.
            if doc.word(j.wrapping_sub(1)).eq_ignore_ascii_case("and") {
                let first = doc.sentences[doc.sentence_of(k)].first;
                if let Some(aux) = (j.saturating_sub(16).max(first)..j - 1)
                    .rev()
                    .take_while(|&i| !matches!(doc.word(i), ";" | ":" | "(" | ")" | "\"" | "“"))
                    .find(|&i| any(doc.word(i), &["was", "is"]))
                {
                    j = aux;
                } else if opens_with_one_person(doc, first, j) {
                    // "The 14-year-old turned the gun on herself and died at
                    // the scene": the subject that opens the sentence.
                    return Some((Count::exact(1), kw));
                }
            }
            // A parenthesis: "The victim (Timothy Echols Jr.) died".
            if doc.word(j.wrapping_sub(1)) == ")" {
                let floor = j.saturating_sub(10);
                if let Some(open) = (floor..j).rev().find(|&i| doc.word(i) == "(") {
                    j = open;
                }
            }
            // An apposition: "Jose Torres, a 18-year-old man, died Saturday".
            if doc.word(j.wrapping_sub(1)) == "," {
                let floor = j.saturating_sub(14);
                // "Two victims, a 25-year-old man and a 26-year-old man, died":
                // the count before the apposition.
                let wide = j.saturating_sub(24);
                if let Some(open) = (wide..j - 1).rev().find(|&i| doc.word(i) == ",") {
                    if let Some(q) = quantities_from(doc, wide)
                        .take_while(|q| q.first < open)
                        .find(|q| q.last + 1 == open || q.last + 2 == open)
                    {
                        if q.unit == Unit::Count {
                            return Some((Count::of(q), q.span));
                        }
                    }
                    // "Boy, 4, dies", "John Doe, 27, died": a person and
                    // an age.
                    let age_only = open + 3 == j && doc.tokens[open + 1].kind == TokenKind::Number;
                    // ("Senquez Jackson, who was shot Friday, died")
                    let named_who = doc.word(open + 1).eq_ignore_ascii_case("who");
                    if any(doc.word(open.wrapping_sub(1)), SINGULAR_PERSONS)
                        || (age_only || named_who) && open >= 2 && is_full_name(doc, open - 2)
                    {
                        return Some((Count::exact(1), kw));
                    }
                }
                let described = (floor..j).any(|i| {
                    any(doc.word(i), &["a", "an"])
                        && (i + 1..(i + 7).min(j)).any(|m| {
                            any(doc.word(m), SINGULAR_PERSONS)
                                || doc.word(m).eq_ignore_ascii_case("old")
                        })
                });
                if described {
                    return Some((Count::exact(1), kw));
                }
            }
            let subject = doc.word(j.wrapping_sub(1));
            let singular = any(subject, SUBJECT_PRONOUNS)
                || aged_one(doc, j.wrapping_sub(1))
                || any(subject, SINGULAR_PERSONS)
                || (is_capitalized_name(doc, j.wrapping_sub(1))
                    && j >= 2
                    && !any(subject, &["They", "Police"]));
            // A headline: "Girl shot at party dies", "Man wounded in
            // shooting dies".
            let first = doc.sentences[doc.sentence_of(k)].first;
            let mut p = first;
            if any(doc.word(p), &["a", "an", "the"]) {
                p += 1;
            }
            let headline = j > p + 1
                && j - p <= 8
                && any(doc.word(p), SINGULAR_PERSONS)
                && keyword(doc.word(p + 1))
                    .is_some_and(|(h, f)| h == Harm::Injured && f == Form::Participle)
                && (p..j).all(|i| doc.tokens[i].kind != TokenKind::Punct);
            // "Wounded teen found outside restaurant dies"
            let wounded_headline = j > p + 1
                && j - p <= 8
                && any(doc.word(p), &["wounded", "injured"])
                && any(doc.word(p + 1), SINGULAR_PERSONS)
                && (p..j).all(|i| doc.tokens[i].kind != TokenKind::Punct);
            // A relative clause: "4-year-old who accidentally shot himself
            // dies", "the man who was shot in the face has died".
            let relative = (j.saturating_sub(10).max(first + 1)..j)
                .rev()
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct || doc.word(i) == "-")
                .find(|&i| doc.word(i).eq_ignore_ascii_case("who"))
                .is_some_and(|w| {
                    let before = doc.word(w - 1);
                    // ("15-year-old Senquez Jackson, who died the next day")
                    before == "," && w >= 3 && w - 3 >= first && is_full_name(doc, w - 3)
                        || any(before, SINGULAR_PERSONS)
                        || (before.eq_ignore_ascii_case("old")
                            && doc.word(w.wrapping_sub(2)) == "-")
                });
            // A reduced relative clause: "a juvenile injured in a shooting
            // Monday morning has died", "the man shot on Friday died".
            let reduced = (j.saturating_sub(12).max(first + 1)..j.saturating_sub(1))
                .rev()
                .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct)
                .any(|i| {
                    // ("an Opelousas teen": a town's name between)
                    let article = |a: usize| any(doc.word(a), &["a", "an", "the"]);
                    any(doc.word(i), SINGULAR_PERSONS)
                        && (article(i - 1)
                            || i >= 2 && article(i - 2) && is_capitalized_name(doc, i - 1))
                        && keyword(doc.word(i + 1))
                            .is_some_and(|(h, f)| h == Harm::Injured && f == Form::Participle)
                });
            (singular || headline || wounded_headline || relative || reduced)
                .then(|| (Count::exact(1), kw))
        }
        _ => None,
    }
}

/// Parts of the body a wound is told in: "shot in the chest".
const BODY_PARTS: &[&str] = &[
    "head",
    "face",
    "neck",
    "chest",
    "back",
    "abdomen",
    "stomach",
    "torso",
    "body",
    "shoulder",
    "shoulders",
    "arm",
    "arms",
    "hand",
    "hands",
    "leg",
    "legs",
    "foot",
    "feet",
    "thigh",
    "hip",
    "side",
    "buttocks",
    "knee",
    "ankle",
    "wrist",
    "groin",
    "jaw",
    "eye",
];

/// Whether the passive "hit" or "struck" at `k` is followed by the part of
/// the body it hit: "was hit once in the lower body", "were struck in the
/// legs" (not "was hit by a car", "the city was hit hard").
fn hit_in_body(doc: &Doc, k: usize) -> bool {
    if k == 0
        || !any(
            doc.word(k - 1),
            &["was", "were", "been", "being", "also", "reportedly"],
        )
    {
        return false;
    }
    let mut i = k + 1;
    while i < k + 3
        && any(
            doc.word(i),
            &["once", "twice", "multiple", "several", "times"],
        )
    {
        i += 1;
    }
    doc.word(i).eq_ignore_ascii_case("in")
        && any(doc.word(i + 1), &["the", "his", "her", "their"])
        && (i + 2..(i + 5).min(doc.tokens.len()))
            .take_while(|&m| doc.tokens[m].kind == TokenKind::Word)
            .any(|m| any(doc.word(m), BODY_PARTS))
}

/// Whether the clause from `first` to `end` opens with one person as its
/// subject and goes on unbroken: "The 14-year-old turned the gun on
/// herself and", "A man walked into the store and".
fn opens_with_one_person(doc: &Doc, first: usize, end: usize) -> bool {
    if end <= first + 2 || end - first > 16 || !any(doc.word(first), &["the", "a", "an"]) {
        return false;
    }
    let Some(head) = (first + 1..(first + 6).min(end)).find(|&i| {
        any(doc.word(i), SINGULAR_PERSONS) || ends_age(doc, i) && !doc.word(i + 1).ends_with('s')
    }) else {
        return false;
    };
    let next = head + 1;
    next < end
        && doc.tokens[next].kind == TokenKind::Word
        && !any(doc.word(next), &["and", "or", "of", "who", "with"])
        && (next..end).all(|i| doc.tokens[i].kind == TokenKind::Word || doc.word(i) == "-")
}

/// Whether token `i` ends an age: "old" in "21-year-old".
fn ends_age(doc: &Doc, i: usize) -> bool {
    i >= 4
        && doc.word(i).eq_ignore_ascii_case("old")
        && doc.word(i - 1) == "-"
        && any(doc.word(i - 2), &["year", "month", "week"])
        && doc.word(i - 3) == "-"
}

/// Whether token `i` ends a person's age standing for the person ("a
/// 3-year-old", "15-year-old"), not a count of them ("two 15-year-olds")
/// nor part of a longer noun ("the 15-year-old boy's").
fn aged_one(doc: &Doc, i: usize) -> bool {
    ends_age(doc, i)
        && !any(
            doc.word(i.wrapping_sub(5)),
            &["the", "his", "her", "their", "one"],
        )
}

/// People counted by naming them, as the subject of a plural verb: "John
/// Stephens, 32, and Paul J. Rayer, 51, were shot and killed" (2), "Mary
/// Jones and Tom Lee died" (2), "Both teens were wounded" (2).
fn plural_subject(doc: &Doc, k: usize, form: Form) -> Option<(Count, ByteSpan)> {
    if !matches!(
        form,
        Form::Participle | Form::Adjective | Form::Intransitive
    ) {
        return None;
    }
    let mut j = k;
    // Adverbs, "shot and killed", "pronounced dead".
    loop {
        let w = doc.word(j.wrapping_sub(1));
        if j >= 2
            && matches!(w, "and" | ",")
            && keyword(doc.word(j - 2)).is_some_and(|(_, f)| f == Form::Participle)
        {
            j -= 2;
        } else if j >= 1
            && any(
                w,
                &[
                    "fatally",
                    "critically",
                    "seriously",
                    "also",
                    "later",
                    "badly",
                    "severely",
                    "mortally",
                    "both",
                    "pronounced",
                    "found",
                    "declared",
                    "reportedly",
                    "then",
                    "accidentally",
                    "apparently",
                ],
            )
        {
            j -= 1;
        } else {
            break;
        }
    }
    // The verb group: "were", "have been", "are"; none before "died".
    if form != Form::Intransitive {
        if doc.word(j.wrapping_sub(1)).eq_ignore_ascii_case("been")
            && any(doc.word(j.wrapping_sub(2)), &["have", "had"])
        {
            j -= 2;
        } else if any(doc.word(j.wrapping_sub(1)), &["were", "are"]) {
            j -= 1;
        } else {
            return None;
        }
    }
    let floor = doc.sentences[doc.sentence_of(k)]
        .first
        .max(j.saturating_sub(LIST_REACH));
    if j <= floor {
        return None;
    }
    if let Some(found) = relative_subject(doc, j, floor).or_else(|| persons_joined(doc, j, floor)) {
        return Some(found);
    }
    // "Both teens were", "both of them died", "they both were".
    let both =
        (j.saturating_sub(4).max(floor)..j).find(|&i| doc.word(i).eq_ignore_ascii_case("both"));
    if let Some(b) = both {
        if (b + 1..j).all(|i| doc.tokens[i].kind == TokenKind::Word) {
            let span = doc.tokens[b].span.cover(&doc.tokens[j - 1].span);
            return Some((Count::exact(2), span));
        }
    }
    // Names, each with an optional age, joined by commas and "and".
    let end = j - 1;
    let mut i = end;
    let mut persons = 0u64;
    let mut joined = false;
    loop {
        // ", 51," after a name.
        if doc.word(i) == ","
            && i >= 2
            && doc.tokens[i - 1].kind == TokenKind::Number
            && doc.word(i - 2) == ","
        {
            i -= 3;
        }
        let mut words = 0;
        while words < 4 && i > floor {
            if doc.word(i) == "." && doc.word(i - 1).len() == 1 && is_capitalized_name(doc, i - 1) {
                i -= 2; // an initial, "J."
            } else if doc.tokens[i].kind == TokenKind::Word
                && is_capitalized_name(doc, i)
                && doc.word(i).len() > 1
            {
                i -= 1;
            } else {
                break;
            }
            words += 1;
        }
        if words == 0 {
            return None;
        }
        persons += 1;
        // The next name back: after "and" (", and"), or after a comma when
        // the name before it has an age ("Mary Jones, 32, Tom Lee, 19, and").
        if doc.word(i).eq_ignore_ascii_case("and") && i > floor {
            joined = true;
            i -= 1;
            let aged =
                i >= 2 && doc.tokens[i - 1].kind == TokenKind::Number && doc.word(i - 2) == ",";
            if doc.word(i) == "," && !aged && i > floor {
                i -= 1;
            }
        } else if doc.word(i) == ","
            && i >= 2
            && doc.tokens[i - 1].kind == TokenKind::Number
            && doc.word(i - 2) == ","
            && i - 2 > floor
        {
            // (read on the next turn)
        } else {
            break;
        }
        if i <= floor {
            return None;
        }
    }
    (joined && persons >= 2).then(|| {
        let span = doc.tokens[i + 1].span.cover(&doc.tokens[end].span);
        (Count::exact(persons), span)
    })
}

/// Whether the one victim before `k` is one more than those told before:
/// A counted subject with a relative clause before its verb group at `j`:
/// "three state troopers who entered the home were wounded".
fn relative_subject(doc: &Doc, j: usize, floor: usize) -> Option<(Count, ByteSpan)> {
    let who = (j.saturating_sub(12).max(floor + 1)..j)
        .rev()
        .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct || doc.word(i) == "-")
        .find(|&i| any(doc.word(i), &["who", "whom"]))?;
    if !is_persons(doc.word(who - 1)) {
        return None;
    }
    // The count, at most two words before the noun: "three state troopers".
    let q = quantities_from(doc, who.saturating_sub(4))
        .take_while(|q| q.first < who)
        .find(|q| q.unit == Unit::Count && q.last < who && who - q.last <= 3)?;
    if !(q.last..who).all(|i| doc.tokens[i].kind == TokenKind::Word) {
        return None;
    }
    Some((Count::of(q), q.span.cover(&doc.tokens[who - 1].span)))
}

/// Single persons joined by "and" before the verb group at `j`: "another
/// man and a six-month-old baby were injured", "a woman, her son and a
/// neighbor were shot".
fn persons_joined(doc: &Doc, j: usize, floor: usize) -> Option<(Count, ByteSpan)> {
    const DETERMINERS: &[&str] = &["a", "an", "another", "his", "her", "their", "the", "one"];
    let end = j.checked_sub(1)?;
    let mut i = end;
    let mut persons = 0u64;
    let mut joined = false;
    loop {
        if !any(doc.word(i), SINGULAR_PERSONS) {
            return None;
        }
        // Back to the determiner over adjectives and ages ("a six-month-old").
        let det = (i.saturating_sub(7).max(floor)..i)
            .rev()
            .take_while(|&d| doc.tokens[d].kind != TokenKind::Punct || doc.word(d) == "-")
            .find(|&d| any(doc.word(d), DETERMINERS))?;
        persons += 1;
        let before = det.checked_sub(1).filter(|&b| b > floor);
        match before.map(|b| doc.word(b)) {
            Some(w) if w.eq_ignore_ascii_case("and") && !joined => {
                joined = true;
                // ", and" of a list
                let b = det - 1;
                i = if doc.word(b - 1) == "," { b - 2 } else { b - 1 };
            }
            Some(",") if joined => i = det - 2,
            _ => {
                return (joined && persons >= 2).then(|| {
                    let span = doc.tokens[det].span.cover(&doc.tokens[end].span);
                    (Count::exact(persons), span)
                });
            }
        }
        if i <= floor {
            return None;
        }
    }
}

/// "another man was shot", "a second victim died", "a third was wounded".
fn is_additional(doc: &Doc, k: usize, form: Form) -> bool {
    // "An adult man was also shot" (not "he was also shot in the leg").
    if doc.word(k.wrapping_sub(1)).eq_ignore_ascii_case("also")
        && any(doc.word(k.wrapping_sub(2)), &["was", "is"])
        && any(doc.word(k.wrapping_sub(3)), SINGULAR_PERSONS)
    {
        return true;
    }
    // "wounded in a shooting that also injured a woman": the attack's
    // other victim.
    if doc.word(k.wrapping_sub(1)).eq_ignore_ascii_case("also")
        && any(doc.word(k.wrapping_sub(2)), &["that", "which"])
    {
        return true;
    }
    let floor = doc.sentences[doc.sentence_of(k)]
        .first
        .max(k.saturating_sub(8));
    let mut m = k;
    while m > floor {
        m -= 1;
        let w = doc.word(m);
        if doc.tokens[m].kind == TokenKind::Punct && w != "-" {
            return false;
        }
        // (Not "her second-floor apartment".)
        if any(
            w,
            &["another", "second", "third", "fourth", "fifth", "sixth"],
        ) && doc.word(m + 1) != "-"
            // ("The second was shot in the head": one of those told, not
            // one more.)
            && !(m > 0 && doc.word(m - 1).eq_ignore_ascii_case("the"))
        {
            // The one harmed is the subject: "another child fatally shot
            // his mother" counts the mother, once.
            let passive = form == Form::Intransitive
                || (m + 1..k).any(|i| any(doc.word(i), &["was", "is", "been"]));
            return passive
                && (m + 1..(m + 4).min(k)).any(|i| {
                    let x = doc.word(i);
                    is_person_noun(x) || any(x, &["was", "is", "has", "one"])
                });
        }
    }
    false
}

/// Whether a count is of others than those told before: "the other three
/// people shot", "two others were shot".
fn counts_others(doc: &Doc, span: ByteSpan) -> bool {
    let (Some(a), Some(b)) = (doc.token_at(span.start), doc.token_at(span.end - 1)) else {
        return false;
    };
    // "he and six others were shot" counts everyone.
    !doc.word(a.wrapping_sub(1)).eq_ignore_ascii_case("and")
        && (a.saturating_sub(2)..=b + 2).any(|i| any(doc.word(i), &["other", "others", "more"]))
}

/// How far from its verb a list of victims is read (a bound on the work
/// per keyword, whatever the sentence).
const LIST_REACH: usize = 40;

/// People listed one by one: "killing his wife and four daughters" (5),
/// "kills daughter, grandchildren, self" (4), "Teacher, 17-month-old son
/// found dead" (2). Each item of the list ends in a word for people (a
/// count before it multiplies; a plural with none counts two), "himself",
/// or a name; the list is read away from the verb up to the first item that
/// is none of these.
fn victim_list(doc: &Doc, k: usize, form: Form) -> Option<(Count, ByteSpan)> {
    let s = &doc.sentences[doc.sentence_of(k)];
    let (lo, hi, forward) = match form {
        Form::Active => (k + 1, s.last.min(k + LIST_REACH), true),
        // "shot and killed his wife and four daughters": the object follows.
        Form::Participle
            if is_active_use(doc, k)
                && (any(doc.word(k + 1), &["his", "her", "their", "its", "a", "an"])
                    || doc
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number)
                    || is_person_noun(doc.word(k + 1))
                    || is_full_name(doc, k + 1)) =>
        {
            (k + 1, s.last.min(k + LIST_REACH), true)
        }
        // "a woman and her granddaughter both died", "a woman and child
        // have been found dead".
        Form::Participle | Form::Adjective | Form::Intransitive => {
            let mut j = k;
            loop {
                let w = doc.word(j.wrapping_sub(1));
                let joined = matches!(w, "and" | ",")
                    && keyword(doc.word(j.wrapping_sub(2)))
                        .is_some_and(|(_, f)| f == Form::Participle);
                let perfect = w.eq_ignore_ascii_case("been")
                    && any(doc.word(j.wrapping_sub(2)), &["have", "had"]);
                if j >= 2 && (joined || perfect) {
                    j -= 2;
                } else if j > s.first
                    && any(
                        w,
                        &[
                            "found",
                            "later",
                            "fatally",
                            "both",
                            "all",
                            "reportedly",
                            "subsequently",
                            "were",
                            "are",
                        ],
                    )
                {
                    j -= 1;
                } else {
                    break;
                }
            }
            // "was killed" is one person, or one told twice in apposition.
            if any(doc.word(j.wrapping_sub(1)), &["was", "is", "has", "been"]) {
                return None;
            }
            (s.first.max(j.saturating_sub(LIST_REACH)), j, false)
        }
        _ => return None,
    };
    if hi <= lo {
        return None;
    }
    // The items, split at commas and "and", nearest the verb first; each
    // with whether a comma (not "and") comes before it.
    let mut items: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = lo;
    let mut comma = false;
    for i in lo..=hi {
        // A dash around a parenthesis ("Four juveniles -- including two
        // children -- were injured") parts items as a comma does.
        let dash = !forward
            && i < hi
            && (matches!(doc.word(i), "—" | "–" | "--")
                || doc.word(i) == "-"
                    && (doc.word(i + 1) == "-" || doc.word(i.wrapping_sub(1)) == "-"));
        let sep = i == hi
            || dash
            || matches!(doc.word(i), "," | "&")
            || doc.word(i).eq_ignore_ascii_case("and");
        // (Nor does a list reach back over who says so: "Lt. Dave Wilson
        // says a woman and her granddaughter both died".)
        // (`hi` may be one past the last token.)
        let punct = |i: usize| {
            doc.tokens[i].kind == TokenKind::Punct
                && !dash
                && !matches!(doc.word(i), "," | "-" | "&" | "'" | "’" | "\"" | "“" | "”")
        };
        let says = !forward && any(doc.word(i), &["says", "said", "say", "told"]);
        let stop = i < hi && (punct(i) || says);
        if sep || stop {
            if i > start {
                items.push((start, i, comma));
            }
            // ", and" is an "and".
            if i < hi && doc.word(i) == "," {
                comma = true;
            } else if sep {
                comma = false;
            }
            start = i + 1;
            if stop {
                if forward {
                    break;
                }
                items.clear();
            }
        }
    }
    let order: Vec<usize> = if forward {
        (0..items.len()).collect()
    } else {
        (0..items.len()).rev().collect()
    };
    let mut total = Count::exact(0);
    let mut listed = 0;
    let mut subset = false;
    let mut span: Option<ByteSpan> = None;
    let mut previous: Option<(usize, bool)> = None;
    for &n in &order {
        let (a, b, _) = items[n];
        // "Five people, including three children": a part of the whole.
        // Read backward, what came before it was the part ("including a
        // woman and her granddaughter"); read forward, what follows is.
        // "Four people — three of them teenagers —": a part too.
        let of_them = (a..b).any(|i| {
            doc.word(i).eq_ignore_ascii_case("of") && any(doc.word(i + 1), &["them", "whom"])
        });
        if any(doc.word(a), &["including", "among"]) || of_them {
            subset = true;
            if forward {
                break;
            }
            total = Count::exact(0);
            listed = 0;
            span = None;
            previous = None;
            continue;
        }
        let Some((count, name)) = item_people(doc, a, b, forward) else {
            break;
        };
        // "his cousin, Joshua Hagrin": one person named twice.
        // "the suspect, a male": a description of the one just named.
        let apposition = previous.is_some_and(|(p, pname)| {
            let (earlier, later) = if forward { (p, n) } else { (n, p) };
            let described = any(doc.word(items[later].0), &["a", "an"])
                && any(doc.word(items[earlier].0), &["the", "his", "her", "their"]);
            items[later].2 && (pname != name || described)
        });
        // "Two victims, a 25-year-old man and a 26-year-old man, died": the
        // group, then its members.
        let members = !forward
            && count.best > 1
            && count.best == total.best
            && previous.is_some_and(|(p, _)| items[p].2);
        if members {
            total = count;
        } else if !apposition {
            total = total.plus(count);
            listed += 1;
        }
        previous = Some((n, name));
        let item = doc.tokens[a].span.cover(&doc.tokens[b - 1].span);
        span = Some(span.map_or(item, |x| x.cover(&item)));
    }
    (listed >= 2 || (subset && listed >= 1)).then(|| (total, span.unwrap_or(doc.tokens[k].span)))
}

/// The quantities starting at token `i` or later, in order (a binary
/// search: an item of a list looks only at its own few tokens).
fn quantities_from<'a>(doc: &'a Doc, i: usize) -> impl Iterator<Item = &'a QuantityMatch> {
    let from = doc.quantities.partition_point(|q| q.first < i);
    doc.quantities[from..].iter()
}

/// How many people one item of a list names, if it names people, and
/// whether it is a name.
fn item_people(doc: &Doc, a: usize, b: usize, forward: bool) -> Option<(Count, bool)> {
    // Read forward, an item ends at the first word that cannot be in it:
    // "his wife and four daughters in their home".
    let mut end = b;
    if forward {
        end = (a..b)
            .find(|&i| {
                any(
                    doc.word(i),
                    &[
                        "in", "at", "on", "before", "after", "with", "while", "when", "then",
                        "inside", "outside", "near",
                    ],
                )
            })
            .unwrap_or(b);
    }
    // (An age, "21-year-old", is five tokens and one word.)
    let ages = (a..end).filter(|&i| ends_age(doc, i)).count();
    if end <= a || end - a - 4 * ages > 6 {
        return None;
    }
    // An item is a noun phrase: no verb ("grazes child", "injuring three
    // others", "who barricaded herself") and a fitting first word.
    let first = doc.word(a);
    let fits = any(
        first,
        &[
            "a", "an", "the", "his", "her", "their", "its", "one", "both",
        ],
    ) || doc.tokens[a].kind == TokenKind::Number
        || is_person_noun(first)
        || is_capitalized_name(doc, a)
        || any(first, &["self", "himself", "herself"])
        || quantities_from(doc, a).next().is_some_and(|q| q.first == a);
    let verb = (a..end).any(|i| {
        let w = doc.word(i);
        keyword(w).is_some()
            || (w.len() > 5 && w.ends_with("ing"))
            || any(
                w,
                &["who", "whom", "which", "that", "was", "were", "is", "are"],
            )
    });
    if !fits || verb {
        return None;
    }
    let head = doc.word(end - 1);
    let counted = quantities_from(doc, a)
        .take_while(|q| q.first < end)
        .find(|q| q.last <= end && q.unit == Unit::Count);
    if any(head, &["self", "himself", "herself"]) {
        return Some((Count::exact(1), false));
    }
    if any(head, SINGULAR_PERSONS) {
        return Some((counted.map_or(Count::exact(1), Count::of), false));
    }
    if is_persons(head) {
        let n = counted.map_or(
            Count {
                low: Some(2),
                best: 2,
                high: None,
                exact: false,
            },
            Count::of,
        );
        return Some((n, false));
    }
    // A name: capitalized words only, "In Dayton" is none.
    let name = end - a >= 2
        && end - a <= 4
        && is_full_name(doc, end - 2)
        && (a..end).all(|i| is_capitalized_name(doc, i))
        && !any(
            doc.word(a),
            &[
                "the", "a", "in", "at", "on", "from", "for", "near", "by", "to", "police",
            ],
        );
    name.then(|| (Count::exact(1), true))
}

/// Looks back from an auxiliary for a plural subject or a non-person.
fn subject_is_plural_or_thing(doc: &Doc, aux: usize) -> bool {
    let prev = doc.word(aux.wrapping_sub(1));
    // "a man carrying two handguns was shot": the things are what the
    // person before them carried, not the subject.
    let carried = || {
        (aux.saturating_sub(6)..aux.saturating_sub(1)).any(|v| {
            v >= 1
                && any(
                    doc.word(v),
                    &["carrying", "wielding", "holding", "brandishing", "with"],
                )
                && any(doc.word(v - 1), SINGULAR_PERSONS)
        })
    };
    any(prev, THINGS) && !carried()
        || any(
            prev,
            &["they", "we", "which", "it", "that", "this", "there"],
        )
}

/// Whether the words at `i` name one person: "a man", "the victim", "his
/// wife", "7-year-old Iris Rodriguez", "Iris Rodriguez".
fn names_one_person(doc: &Doc, i: usize) -> bool {
    if any(
        doc.word(i),
        &["a", "an", "the", "his", "her", "their", "one", "another"],
    ) || doc
        .tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Number)
    {
        return (i + 1..(i + 7).min(doc.tokens.len())).any(|m| {
            any(doc.word(m), SINGULAR_PERSONS)
                || doc.word(m).eq_ignore_ascii_case("old") && !doc.word(m + 1).ends_with('s')
        });
    }
    is_capitalized_name(doc, i)
        && is_capitalized_name(doc, i + 1)
        && doc.tokens[i].kind == TokenKind::Word
}

/// "a man", "his wife", "a 25-year-old man", "the victim" right after the verb.
fn object_is_single_person(doc: &Doc, k: usize) -> bool {
    let det = doc.word(k + 1);
    if any(det, &["him", "her", "himself", "herself", "self"]) {
        return true;
    }
    // "killed 5-year-old Maleki Parker", "killing 15-year-old girl".
    let after_age = doc
        .quantities
        .binary_search_by_key(&(k + 1), |q| q.first)
        .ok()
        .map(|qi| &doc.quantities[qi])
        .filter(|q| q.unit == Unit::Age)
        .map(|q| q.last);
    if let Some(mut i) = after_age {
        while i < k + 7
            && any(
                doc.word(i),
                &["-", "year", "years", "old", "month", "months"],
            )
        {
            i += 1;
        }
        // ("killing 15-year-old in an accidental shooting": the age alone
        // stands for the person.)
        let alone = i > k + 1
            && doc.word(i - 1).eq_ignore_ascii_case("old")
            && (i >= doc.tokens.len()
                || doc.tokens[i].kind == TokenKind::Punct && doc.word(i) != "-"
                || any(
                    doc.word(i),
                    &[
                        "in", "at", "on", "and", "while", "during", "after", "outside", "inside",
                        "near",
                    ],
                ));
        return alone || any(doc.word(i), SINGULAR_PERSONS) || is_full_name(doc, i);
    }
    // "killed Jeremy Mardis"
    if is_full_name(doc, k + 1) {
        return true;
    }
    // "injuring another person", "wounding another man".
    if !any(
        det,
        &["a", "an", "his", "her", "their", "one", "another", "the"],
    ) {
        return false;
    }
    for j in k + 2..(k + 8).min(doc.tokens.len()) {
        let w = doc.word(j);
        if any(w, SINGULAR_PERSONS) {
            return true;
        }
        if doc.tokens[j].kind == TokenKind::Punct && w != "-" {
            return false;
        }
    }
    false
}

/// Two capitalized words that are no date: "Jeremy Mardis", not "Monday
/// Night" or "Sunday Morning".
fn is_full_name(doc: &Doc, i: usize) -> bool {
    const DATES: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "night",
        "morning",
        "evening",
        "afternoon",
        "police",
        "officers",
    ];
    (i..i + 2).all(|j| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.word(j).len() > 1
            && is_capitalized_name(doc, j)
            && !doc.word(j).chars().all(|c| c.is_uppercase())
            && !any(doc.word(j), DATES)
            && !any(doc.word(j), MONTHS)
    })
}

/// A total over a war or a period, not one event's toll.
fn is_cumulative(doc: &Doc, k: usize) -> bool {
    let s = &doc.sentences[doc.sentence_of(k)];
    // The clause around the keyword, bounded by punctuation.
    let mut a = k;
    while a > s.first && !is_clause_break(doc.word(a - 1)) {
        a -= 1;
    }
    let mut b = k;
    while b + 1 < s.last && !is_clause_break(doc.word(b + 1)) {
        b += 1;
    }
    // A short clause before it sets the period: "already this year, it has
    // seen 76 people shot".
    if a > s.first {
        let mut c = a - 1;
        while c > s.first && !is_clause_break(doc.word(c - 1)) {
            c -= 1;
        }
        if a - 1 - c <= 4 {
            a = c;
        }
    }
    // A sentence that opens with a period: "Since the war began, ...".
    let opener = doc.word(s.first);
    if any(opener, &["since", "overall", "altogether"])
        || (opener.eq_ignore_ascii_case("so") && doc.word(s.first + 1).eq_ignore_ascii_case("far"))
        || (opener.eq_ignore_ascii_case("in")
            && doc.word(s.first + 1).eq_ignore_ascii_case("total"))
    {
        return true;
    }
    (a..=b).any(|j| {
        let w = doc.word(j);
        any(
            w,
            &["since", "overall", "cumulative", "altogether", "so-far"],
        ) || (w.eq_ignore_ascii_case("so") && doc.word(j + 1).eq_ignore_ascii_case("far"))
            || (w.eq_ignore_ascii_case("to") && doc.word(j + 1).eq_ignore_ascii_case("date"))
            // "100 people killed as of June 15": a running count.
            || (w.eq_ignore_ascii_case("as") && doc.word(j + 1).eq_ignore_ascii_case("of"))
            || (w.eq_ignore_ascii_case("in") && doc.word(j + 1).eq_ignore_ascii_case("total"))
            || (w.eq_ignore_ascii_case("this") && any(doc.word(j + 1), &["year", "month"]))
            || (any(w, &["war", "conflict", "pandemic"])
                && any(doc.word(j.wrapping_sub(1)), &["the", "this"]))
    })
}

/// A count over a span of time, not one event's: "in the past 17 months",
/// "over a 9-year period", "in 10 years of war", "last year", "through the
/// first three months", "500 a year". (Only for counts: "a man was shot
/// last year" is one event.) The clause around the keyword is read, at
/// most a few words each side.
fn is_period_total(doc: &Doc, k: usize) -> bool {
    const SPANS: &[&str] = &[
        "year", "years", "months", "decade", "decades", "weeks", "yr", "yrs",
    ];
    let s = &doc.sentences[doc.sentence_of(k)];
    let lo = k.saturating_sub(12).max(s.first);
    let hi = (k + 12).min(s.last);
    let mut a = k;
    while a > lo && !is_clause_break(doc.word(a - 1)) {
        a -= 1;
    }
    let mut b = k;
    while b + 1 < hi && !is_clause_break(doc.word(b + 1)) {
        b += 1;
    }
    // A sentence that opens with the period: "Last year, 312 people were shot".
    let opener = (s.first..(s.first + 6).min(a)).find(|&i| is_clause_break(doc.word(i)));
    let opener = opener.map_or(s.first..s.first, |end| s.first..end);
    let tally_noun = matches!(
        keyword(doc.word(k)),
        Some((_, Form::Noun | Form::Adjective))
    ) && doc.word(k).ends_with('s');
    // "in 2012, when the city set a record with 71 homicides": a clause
    // about the year before it.
    let of_year = tally_noun
        && a >= 2
        && doc.word(a - 1) == ","
        && any(doc.word(a), &["when", "which"])
        && is_year(doc.word(a - 2));
    of_year
        || opener.chain(a..=b).any(|j| {
            let w = doc.word(j);
            let next = doc.word(j + 1);
            // "past 17 months", "last year", "previous two decades"
            let period = |i: usize| {
                any(doc.word(i), SPANS)
                    || quantities_from(doc, i).next().is_some_and(|q| {
                        q.first == i
                            && (any(doc.word(q.last - 1), SPANS)
                                || any(doc.word(q.last), SPANS)
                                || doc.word(q.last) == "-" && any(doc.word(q.last + 1), SPANS))
                    })
            };
            (any(w, &["past", "last", "previous", "first"]) && period(j + 1))
            // "in 9 years", "over a 9-year period", "within two years"
            || (any(w, &["in", "over", "within", "during"])
                && (period(j + 1)
                    || any(next, &["a", "the"]) && period(j + 2) && !any(doc.word(j + 2), SPANS)))
            || (any(w, &["a", "per", "each", "every"]) && any(next, &["year", "month"]))
            || any(w, &["annually", "yearly"])
            // "an uptick in 2015 with 146 homicides"
            // (Of a noun of deaths only: "three people were killed in 2015
            // when a bomb went off" is one event. A year is a date, no
            // quantity: its digits are read.)
            || (tally_noun && any(w, &["in", "during", "throughout"]) && is_year(next))
            // "set a record with 71 homicides", "a record 40 murders"
            || (tally_noun && w.eq_ignore_ascii_case("record"))
            || (any(w, &["years", "decades", "months"]) && next.eq_ignore_ascii_case("of"))
            // "from January to November 2014", "between May and August"
            || (any(w, &["from", "between"])
                && names_a_period(next)
                && (j + 2..j + 5).any(|i| {
                    any(doc.word(i), &["to", "through", "and", "until"])
                        && names_a_period(doc.word(i + 1))
                }))
            // "in November alone", "in 2016 alone": a period's tally.
            || (next.eq_ignore_ascii_case("alone") && names_a_period(w))
            // "Crime stats for 2015 show 165 people were murdered"
            || (any(w, &["stats", "statistics", "figures", "data", "numbers"])
                && (j + 1..=b).any(|i| any(doc.word(i), &["show", "showed", "shows"])))
        })
}

/// The months' names.
const MONTHS: &[&str] = &[
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
];

/// A word that names a span of the calendar: a month, "year", "week", a
/// year's digits.
fn names_a_period(w: &str) -> bool {
    any(w, MONTHS)
        || any(w, &["year", "month", "week", "weekend", "summer", "winter"])
        || is_year(w)
}

/// A year's digits: "2015".
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
}

/// Whether the harm at keyword `k` is told as an accident's: its cause, a
/// few words before it in its clause, is a crash, a fire, a storm ("the
/// crash killed two", "a house fire that injured three", "died in a
/// collision"), not a weapon ("opened fire" is shooting).
fn is_accident(doc: &Doc, k: usize) -> bool {
    const ACCIDENTS: &[&str] = &[
        "crash",
        "crashes",
        "collision",
        "accident",
        "wreck",
        "blaze",
        "storm",
        "tornado",
        "hurricane",
        "flood",
        "flooding",
        "earthquake",
        "landslide",
        "avalanche",
        "overdose",
        "pileup",
        "derailment",
    ];
    let s = &doc.sentences[doc.sentence_of(k)];
    let near = |i: usize| {
        // (A hunting accident, an accidental shooting: a gun's harm.)
        let gun = any(
            doc.word(i.wrapping_sub(1)),
            &["hunting", "shooting", "gun", "firearm", "firearms"],
        );
        // ("Fire Rescue crews", "the fire department": a service.)
        let service = any(
            doc.word(i + 1),
            &[
                "rescue",
                "department",
                "dept",
                "officials",
                "chief",
                "crews",
                "crew",
                "station",
                "marshal",
                "engine",
                "service",
                "fighters",
                "district",
            ],
        );
        any(doc.word(i), ACCIDENTS) && !gun
            || doc.word(i).eq_ignore_ascii_case("fire")
                && !service
                && !any(
                    doc.word(i.wrapping_sub(1)),
                    &[
                        "opened", "open", "opens", "opening", "returned", "return", "under",
                        "cross", "gun", "heavy",
                    ],
                )
                && !doc.word(i + 1).eq_ignore_ascii_case("on")
    };
    let before = (k.saturating_sub(6).max(s.first)..k)
        .rev()
        .take_while(|&i| !matches!(doc.word(i), ";" | ":" | "."))
        .any(near);
    // "died in a crash", "killed in a car accident"
    let after = (k + 1..(k + 5).min(s.last))
        .any(|i| near(i) && (k + 1..i).any(|j| any(doc.word(j), &["in", "after", "from"])));
    // (Not when the sentence tells of an attack too: "the strike caused a
    // fire that killed three", "set fire to the house, killing two".)
    const VIOLENCE: &[&str] = &[
        "strike",
        "strikes",
        "airstrike",
        "shelling",
        "shelled",
        "attack",
        "attacks",
        "attacked",
        "missile",
        "missiles",
        "drone",
        "drones",
        "bomb",
        "bombs",
        "bombing",
        "explosion",
        "blast",
        "arson",
        "gunfire",
        "rocket",
        "rockets",
        "shell",
        "shells",
        "raid",
        "grenade",
        "shooting",
        "gunman",
        "gunmen",
        "fired",
        "torched",
        "set",
        "militants",
        "insurgents",
        "troops",
        "forces",
    ];
    (before || after) && !(s.first..s.last).any(|i| any(doc.word(i), VIOLENCE))
}

/// Whether the casualty keyword at `k` is told in a clause about an
/// earlier incident: "the attack came just 10 days after a gunman killed
/// five police officers in Dallas", "this all comes after a person was
/// killed outside the bar", "four days after a handful of people were shot".
/// The clause opens with "after" behind a span of time or a verb of
/// following, a few words before the keyword.
pub(crate) fn in_earlier_clause(doc: &Doc, k: usize) -> bool {
    const SPANS: &[&str] = &[
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
    ];
    const FOLLOWING: &[&str] = &["comes", "came", "come", "follows", "followed", "following"];
    let first = doc.sentences[doc.sentence_of(k)].first;
    let Some(after) = (k.saturating_sub(10).max(first)..k)
        .rev()
        .take_while(|&i| !matches!(doc.word(i), ";" | ":" | "." | "“" | "\""))
        .find(|&i| doc.word(i).eq_ignore_ascii_case("after"))
    else {
        return false;
    };
    // No other clause between: "after the shooting, police said two were
    // killed" tells the story's own toll.
    if (after + 1..k).any(|i| doc.word(i) == ",") {
        return false;
    }
    // Another incident is told with an indefinite subject ("after a gunman
    // killed", "after a handful of people were shot"), not the story's
    // victim ("he died two days after he was shot", "after being shot").
    if !any(doc.word(after + 1), &["a", "an", "another"]) {
        return false;
    }
    let before = |n: usize| after >= first + n && any(doc.word(after - n), SPANS);
    // "This all comes after", "the shooting came days after": of the story
    // (not "their presence comes after", which may follow the story's own).
    let follows = (after.saturating_sub(3).max(first)..after).any(|i| {
        any(doc.word(i), FOLLOWING)
            && (i.saturating_sub(3).max(first)..i).any(|j| {
                any(
                    doc.word(j),
                    &[
                        "this", "it", "which", "shooting", "attack", "violence", "killing",
                        "stabbing", "bombing",
                    ],
                )
            })
    });
    before(1) || follows
}

/// A count over several incidents, not one event's: "4 killed, 53 wounded
/// in weekend shootings across Chicago", "two men were killed in three
/// separate shootings", "1 dead, 7 wounded in overnight shootings". The
/// incidents are a plural noun of attacks with a word that makes them
/// several (a count, "separate", "weekend", "across the city"), in the same
/// sentence, a few words from the keyword. (Only for counts, as
/// [`is_period_total`]: the incidents told one by one keep their figures.)
fn is_round_up(doc: &Doc, k: usize) -> bool {
    const INCIDENTS: &[&str] = &["shootings", "stabbings", "attacks", "incidents", "killings"];
    const SEVERAL: &[&str] = &[
        "separate",
        "unrelated",
        "different",
        "multiple",
        "several",
        "weekend",
        "overnight",
        "holiday",
    ];
    let s = &doc.sentences[doc.sentence_of(k)];
    let lo = k.saturating_sub(8).max(s.first);
    let hi = (k + 10).min(s.last);
    (lo..hi).any(|j| {
        if !any(doc.word(j), INCIDENTS) || j == k {
            return false;
        }
        let before = |n: usize| j >= lo + n && any(doc.word(j - n), SEVERAL);
        let counted = quantities_from(doc, j.saturating_sub(3))
            .take_while(|q| q.first < j)
            .any(|q| q.best >= 2 && (q.last == j || (q.last + 1 == j && before(1))));
        before(1)
            || before(2)
            || counted
            || any(doc.word(j + 1), &["across", "throughout", "around"])
    })
}

fn is_clause_break(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–")
}

/// Whether something fired comes before a verb of hitting at `k`, in its
/// clause: "fired into the car, striking", "a stray bullet hit".
fn fired_before(doc: &Doc, k: usize) -> bool {
    let s = &doc.sentences[doc.sentence_of(k)];
    (k.saturating_sub(10).max(s.first)..k)
        .rev()
        .take_while(|&i| !matches!(doc.word(i), ";" | "." | ":"))
        .any(|i| any(doc.word(i), PROJECTILES))
}

/// Whether a wound is told as one that is survived: "suffered minor
/// injuries", "with non-life-threatening wounds", "a superficial wound".
fn survived_wound(doc: &Doc, span: ByteSpan, k: usize) -> bool {
    let from = doc
        .token_at(span.start)
        .unwrap_or(k)
        .max(k.saturating_sub(6));
    (from..k).any(|i| {
        let w = doc.word(i);
        any(
            w,
            &[
                "minor",
                "superficial",
                "non-fatal",
                "nonfatal",
                "non-critical",
                "survivable",
            ],
        ) || (any(w, &["non", "not", "non-life"])
            && (i + 1..=k).any(|m| doc.word(m).starts_with("threat")))
    })
}

/// A count over several incidents is no event's toll when the text tells
/// incidents with figures of their own ("4 killed, 53 wounded in weekend
/// shootings across Chicago", then each shooting): it is kept apart as a
/// total. When the text gives no other figure of that harm ("2 shootings
/// in Chester, 1 dead"), it is the only toll there is and stays.
fn settle_round_ups(doc: &Doc, out: &mut [Casualty], round_ups: &[usize]) {
    if round_ups.is_empty() {
        return;
    }
    let mut is_round_up = vec![false; out.len()];
    for &i in round_ups {
        is_round_up[i] = true;
    }
    // Figures of each harm told outside a round-up.
    let mut told = [false; 3];
    let slot = |h: Harm| match h {
        Harm::Killed => 0,
        Harm::Injured => 1,
        Harm::Casualties => 2,
    };
    for (c, &r) in out.iter().zip(&is_round_up) {
        if !r && !c.cumulative && c.count.best > 0 {
            told[slot(c.harm)] = true;
        }
    }
    // One sentence's round-up is one total: it is taken as the sum of the
    // story's own figures only when each harm it counts is told apart too
    // ("a series of attacks across Paris, killing 130 and injuring scores"
    // beside a story of five hurt is a past event, not a sum of it).
    let sentence = |i: usize| doc.sentence_of(out[i].token);
    let settled: Vec<usize> = round_ups
        .iter()
        .copied()
        .filter(|&i| {
            round_ups
                .iter()
                .filter(|&&j| sentence(j) == sentence(i))
                .all(|&j| told[slot(out[j].harm)])
        })
        .collect();
    for i in settled {
        out[i].cumulative = true;
    }
}

/// A person shot (injured) who then died is one death: drop the injury when a
/// death of one person follows in the same sentence.
fn drop_injuries_that_became_deaths(doc: &Doc, out: &mut Vec<Casualty>) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let t = out[i].token;
        // "a juvenile injured in a shooting ... has died": the one hurt.
        let reduced_relative = t >= 1 && any(doc.word(t - 1), SINGULAR_PERSONS);
        if out[i].harm != Harm::Injured
            || out[i].count.best != 1
            || !(doc.word(t).eq_ignore_ascii_case("shot") || reduced_relative)
        {
            continue;
        }
        let sentence = doc.sentence_of(out[i].token);
        // (Not the attacker's own death: "took his own life after he shot a
        // deputy".)
        if out.iter().any(|c| {
            c.harm == Harm::Killed
                && c.count.best == 1
                && !c.own_life
                && doc.sentence_of(c.token) == sentence
        }) {
            drop[i] = true;
        }
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !drop[i - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    type Read = (Harm, u64, Option<u64>, Option<u64>, bool);

    fn read(text: &str) -> Vec<Read> {
        let doc = Doc::new(text);
        find(&doc)
            .iter()
            .map(|c| {
                (
                    c.harm,
                    c.count.best,
                    c.count.low,
                    c.count.high,
                    c.cumulative,
                )
            })
            .collect()
    }

    fn bests(text: &str) -> Vec<(Harm, u64)> {
        read(text).into_iter().map(|c| (c.0, c.1)).collect()
    }

    use Harm::*;

    #[test]
    fn another_and_additional_before_a_count() {
        assert_eq!(
            bests("The gunfire injured another four teenagers."),
            [(Injured, 4)]
        );
        assert_eq!(
            bests("The blast wounded an additional 12 people."),
            [(Injured, 12)]
        );
    }

    #[test]
    fn a_part_of_a_whole_counts_the_part() {
        assert_eq!(
            bests("Police said that two of the four shooting victims had died."),
            [(Killed, 2)]
        );
        assert_eq!(bests("Three of 10 people were wounded."), [(Injured, 3)]);
    }

    #[test]
    fn a_numeral_after_an_article_counts_no_one() {
        assert!(bests("The song is called \"2 techs and a 50 shot.\"").is_empty());
    }

    #[test]
    fn active_verbs_take_the_count_after_them() {
        assert_eq!(
            bests("The strike hit Kyiv, killing five and injuring 130."),
            [(Killed, 5), (Injured, 130)]
        );
        assert_eq!(
            bests("Missiles killed over two dozen people and injured more than 100 others."),
            [(Killed, 25), (Injured, 100)]
        );
    }

    #[test]
    fn passive_and_nouns_take_the_count_before_them() {
        assert_eq!(
            bests("Five people were killed in the blast."),
            [(Killed, 5)]
        );
        assert_eq!(
            bests("THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES."),
            [(Killed, 3), (Injured, 7)]
        );
        assert_eq!(
            bests("It left 3 dead and 12 wounded."),
            [(Killed, 3), (Injured, 12)]
        );
        assert_eq!(
            bests("The attack resulted in five deaths and 130 injuries."),
            [(Killed, 5), (Injured, 130)]
        );
        assert_eq!(
            bests("resulting in dozens of deaths and over 150 injuries"),
            [(Killed, 24), (Injured, 150)]
        );
        assert_eq!(bests("There was one dead terrorist."), [(Killed, 1)]);
        assert_eq!(bests("25 fatalities were recorded"), [(Killed, 25)]);
    }

    #[test]
    fn tolls() {
        assert_eq!(
            bests("The death toll rose to 25 on Monday."),
            [(Killed, 25)]
        );
        assert_eq!(bests("The death toll has climbed to 31."), [(Killed, 31)]);
    }

    #[test]
    fn single_victims() {
        assert_eq!(
            bests("A man was shot and killed on Main Street."),
            [(Killed, 1)]
        );
        // A wound described at length, and treatment for one.
        assert_eq!(
            bests("The 19-year-old was taken to Akron General Hospital with a non-life threatening gunshot wound to his leg."),
            [(Injured, 1)]
        );
        assert_eq!(
            bests(
                "The passenger was transported to the hospital for treatment for a gunshot wound."
            ),
            [(Injured, 1)]
        );
        assert_eq!(bests("He was arrested for a gunshot wound."), []);
        assert_eq!(
            bests("A 12-year-old was shot on the court."),
            [(Injured, 1)]
        );
        assert_eq!(bests("He later died at the hospital."), [(Killed, 1)]);
        assert_eq!(
            bests("A boy was accidentally shot in the leg."),
            [(Injured, 1)]
        );
        assert_eq!(
            bests("A woman was hit by a falling bullet on Sixth Street."),
            [(Injured, 1)]
        );
        assert!(bests("The car was hit by a truck.").is_empty());
        // (The wound that became the death is no injury.)
        assert_eq!(bests("Girl shot at party dies"), [(Killed, 1)]);
        assert!(bests("The old owners died off and renters moved in.").is_empty());
        assert!(bests("Police found a six-shot revolver in the car.").is_empty());
        assert!(bests("He shot a dozen bullets into the apartment.").is_empty());
        assert_eq!(
            bests("The man who called 911 told dispatchers he shot his friend."),
            [(Injured, 1)]
        );
        assert_eq!(
            bests("A teenager was gunned down on Elm Street."),
            [(Killed, 1)]
        );
        assert_eq!(bests("The gunman gunned down four people."), [(Killed, 4)]);
        assert_eq!(
            bests("The teen who allegedly killed 16-year-old Rosa Kent was arrested."),
            [(Killed, 1)]
        );
        assert_eq!(
            bests("A stray bullet fatally struck Omar Lindqvist in the neck."),
            [(Killed, 1)]
        );
        assert_eq!(
            bests("Officials said the curfew killed Friday Night Lights games."),
            []
        );
        assert_eq!(
            bests("The gunman opened fire, killing his wife."),
            [(Killed, 1)]
        );
        assert_eq!(
            bests("A SOLDIER WAS WOUNDED AND TAKEN TO THE HOSPITAL."),
            [(Injured, 1)]
        );
    }

    #[test]
    fn multiple_killings_and_appositions() {
        assert_eq!(
            bests("Police investigate a triple murder-suicide."),
            [(Killed, 4)]
        );
        assert_eq!(bests("It was a double homicide."), [(Killed, 2)]);
        assert_eq!(
            bests("Two victims, a 25-year-old man and a 26-year-old man, died at the scene."),
            [(Killed, 2)]
        );
        assert_eq!(bests("Boy, 4, dies after being shot"), [(Killed, 1)]);
        assert_eq!(bests("Officers returned fire, killing him."), [(Killed, 1)]);
        assert_eq!(
            bests("On 11700 Robertson, one person has been killed."),
            [(Killed, 1)]
        );
    }

    #[test]
    fn coordinated_counts_add_up() {
        assert_eq!(
            bests("Two soldiers and three civilians were killed."),
            [(Killed, 5)]
        );
        assert_eq!(bests("He and three others were shot."), [(Injured, 4)]);
    }

    #[test]
    fn named_victims_are_counted() {
        assert_eq!(
            bests("Ana Ruiz, 19, and Peter K. Novak, 44, were shot and killed near the depot."),
            [(Killed, 2)]
        );
        assert_eq!(
            bests("Lena Ward, 23, Omar Haddad, 30, and Jo Pike, 61, were wounded."),
            [(Injured, 3)]
        );
        assert_eq!(
            bests("Sam Ortiz and Dee Lyle died at the scene."),
            [(Killed, 2)]
        );
        assert_eq!(bests("Both brothers were badly hurt."), [(Injured, 2)]);
        // A place before the names is no person.
        assert_eq!(
            bests("In Dayton, Sam Ortiz and Dee Lyle were injured."),
            [(Injured, 2)]
        );
    }

    #[test]
    fn victims_listed_one_by_one() {
        assert_eq!(
            bests("Police say he shot and killed his wife and four daughters."),
            [(Killed, 5)]
        );
        // An age is one word of an item, never a count.
        assert_eq!(
            bests("A 21-year-old mother and her three-year-old son were shot."),
            [(Injured, 2)]
        );
        assert_eq!(
            bests("A man and a 19-year-old woman were wounded."),
            [(Injured, 2)]
        );
        assert_eq!(
            bests("Grandmother kills daughter, grandson, herself"),
            [(Killed, 3)]
        );
        assert_eq!(
            bests("Teacher, 17-month-old son found dead in home"),
            [(Killed, 2)]
        );
        assert_eq!(
            bests("A farmer and two of his sons were killed."),
            [(Killed, 3)]
        );
        assert_eq!(
            bests("The gunman fatally shot his cousin, Joshua Hagrin, on Friday."),
            [(Killed, 1)]
        );
        assert_eq!(
            bests("Shots were fired, killing a man and injuring three others."),
            [(Killed, 1), (Injured, 3)]
        );
        assert_eq!(
            bests("Five people, including three children, were killed."),
            [(Killed, 5)]
        );
        assert_eq!(bests("A bullet kills a man, grazes a boy"), [(Killed, 1)]);
        // An apposition names one person twice.
        assert_eq!(
            bests("The driver, a 40-year-old man, was killed."),
            [(Killed, 1)]
        );
        assert_eq!(
            bests("In Dayton, a man and a woman were killed."),
            [(Killed, 2)]
        );
    }

    #[test]
    fn shot_at_a_place_is_a_wound_shot_at_someone_is_not() {
        assert_eq!(
            bests("He and two friends were shot at the bowling alley."),
            [(Injured, 3)]
        );
        assert_eq!(bests("The guard was shot at least twice."), [(Injured, 1)]);
        assert!(bests("The man shot at the deputies and fled.").is_empty());
        assert!(bests("Their car was shot at by a passing driver.").is_empty());
        assert_eq!(
            bests("The officer fired, grazing two passers-by."),
            [(Injured, 2)]
        );
    }

    #[test]
    fn negations_give_zero() {
        assert_eq!(bests("No one was hurt."), [(Injured, 0)]);
        assert_eq!(bests("There were no injuries."), [(Injured, 0)]);
    }

    #[test]
    fn not_casualties() {
        assert!(bests("A 5-year-old girl and 160 missiles; 12 percent fell.").is_empty());
        assert!(bests("The drone was shot down over the sea.").is_empty());
        assert!(bests("The tax hurt the economy.").is_empty());
        assert_eq!(
            bests("Russia fired 40 missiles, and 3 people were injured."),
            [(Injured, 3)]
        );
    }

    #[test]
    fn ambiguous_casualties_stay_apart() {
        assert_eq!(
            bests("The attack caused 40 casualties."),
            [(Casualties, 40)]
        );
    }

    #[test]
    fn cumulative_tolls_are_flagged() {
        let r = read("Since the war began, 10,000 civilians have been killed.");
        assert_eq!(r.len(), 1);
        assert!(r[0].4);
        let r = read("Russia's largest air attack since the start of the war killed 30, resulting in dozens of deaths.");
        assert!(r.iter().all(|c| !c.4 || c.1 == 30));
        assert!(!r.last().unwrap().4);
        // A year's or a running count.
        for text in [
            "The city saw an uptick in 2015 with 146 homicides.",
            "There were 146 deaths in 2015.",
            "Citywide, 100 people have been killed as of June 15 and 163 shot.",
        ] {
            let r = read(text);
            assert!(!r.is_empty() && r.iter().all(|c| c.4), "{text}: {r:?}");
        }
        let r = read("Three people were killed in 2015 when a bomb went off in Kabul.");
        assert!(r.len() == 1 && !r[0].4, "{r:?}");
    }
}
