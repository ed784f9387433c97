//! Weapons: what was used, by the contract's kinds, and how many.
//!
//! Phrases from `data/lexicon/weapons.tsv` are found in one pass. Adjacent
//! phrases make one weapon ("Shahed drones", "Kalibr cruise missiles"), which
//! takes the kind of its last phrase, as English compounds take their head's.
//! A count is the quantity just before the weapon ("130 missiles", "dozens
//! of drones", "five powerful bombs"). A count shared by a list ("nearly 160
//! missiles and drones") is kept once: the list becomes one weapon whose kind
//! joins its kinds with `+` ("missile+drone"). A list without a count stays
//! separate weapons ("small arms, mortars").

use std::sync::OnceLock;

use crate::doc::Doc;
use crate::event::Located;
use crate::lexfile::{self, Phrase};
use crate::lexicon::Words;
use crate::quantity::Unit;
use crate::report::{Quantity, Weapon};
use crate::span::{ByteSpan, Offsets};
use crate::text::TokenKind;

const WEAPONS_TSV: &str = include_str!("../data/lexicon/weapons.tsv");

/// The contract's weapon kinds, in the order joined kinds are written.
pub(crate) const KINDS: [&str; 12] = [
    "missile",
    "drone",
    "rocket",
    "artillery",
    "mortar",
    "airstrike",
    "bomb",
    "mine",
    "small_arms",
    "vehicle",
    "chemical",
    "other",
];

/// A set of weapon kinds (bit `i` for `KINDS[i]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Kinds(u16);

impl Kinds {
    /// The set holding one kind, by its contract name.
    pub fn of(kind: &str) -> Option<Kinds> {
        KINDS.iter().position(|k| *k == kind).map(|i| Kinds(1 << i))
    }

    /// Both sets.
    pub fn union(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    /// The kinds one by one, in contract order.
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
        KINDS
            .iter()
            .enumerate()
            .filter(move |(i, _)| self.0 & (1 << i) != 0)
            .map(|(_, k)| *k)
    }

    /// The contract's string: one kind, or several joined by `+`.
    pub fn name(self) -> String {
        self.iter().collect::<Vec<_>>().join("+")
    }
}

/// One weapon mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WeaponMatch {
    /// The weapon words ("missiles and drones"), without the count.
    pub span: ByteSpan,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Its kind or kinds.
    pub kinds: Kinds,
    /// Index into `doc.quantities` of its count, if the text gives one.
    pub count: Option<usize>,
    /// Only implied by a verb or event noun ("shot dead", "bombed"), not
    /// named.
    pub implied: bool,
}

impl WeaponMatch {
    /// The contract kind string ("missile", "missile+drone").
    pub fn kind(&self) -> String {
        self.kinds.name()
    }
}

struct Entry {
    phrase: Phrase,
    kind: Kinds,
    /// A verb or event noun that implies the weapon ("shot dead").
    implied: bool,
}

struct Tables {
    entries: Vec<Entry>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut entries = Vec::new();
        for r in lexfile::rows(WEAPONS_TSV) {
            assert_eq!(r.len(), 2, "weapons.tsv: bad row {r:?}");
            let kind =
                Kinds::of(r[1]).unwrap_or_else(|| panic!("weapons.tsv: unknown kind {:?}", r[1]));
            for p in lexfile::list(r[0]) {
                let (p, implied) = match p.strip_prefix('+') {
                    Some(p) => (p, true),
                    None => (p, false),
                };
                entries.push(Entry {
                    phrase: Phrase::parse(p),
                    kind,
                    implied,
                });
            }
        }
        Tables { entries }
    })
}

/// The phrase of every entry, in entry order, for the shared lexicon scan
/// ([`lexfile::Table::Weapons`]).
pub(crate) fn phrases() -> impl Iterator<Item = &'static str> {
    tables().entries.iter().map(|e| e.phrase.text)
}

fn is_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Words after "gun" that make it a topic, not a weapon used.
#[rustfmt::skip]
static GUN_TOPICS: Words = Words::new(&[
    "control", "laws", "law", "rights", "violence", "lobby", "owners", "ownership", "shop", "shops",
    "store", "stores", "show", "shows", "safety", "policy", "policies", "legislation", "debate",
    "industry", "buyback", "permit", "permits", "range", "ranges", "culture", "reform", "sales",
    "dealer", "dealers", "license", "licence", "club",
]);
/// Words before "tank(s)" that make it a container or an idea.
#[rustfmt::skip]
static TANK_OTHER: Words = Words::new(&[
    "gas", "fuel", "water", "oil", "septic", "storage", "think", "fish", "propane", "oxygen",
    "petrol", "diesel", "gasoline",
]);
/// Words before "mine(s)" that make it a pit, or a pronoun ("of mine").
#[rustfmt::skip]
static MINE_OTHER_BEFORE: Words = Words::new(&[
    "coal", "gold", "silver", "copper", "salt", "diamond", "uranium", "iron", "tin", "lithium",
    "cobalt", "zinc", "open-pit", "is", "was", "are", "be",
]);
#[rustfmt::skip]
static MINE_OTHER_AFTER: Words = Words::new(&[
    "workers", "worker", "shaft", "owner", "owners", "company", "companies", "operator", "collapse",
    "tailings", "site",
]);
static SHELL_OTHER: Words =
    Words::new(&["company", "companies", "casing", "casings", "game", "shock"]);
static SHOT_OTHER: Words =
    Words::new(&["flu", "vaccine", "booster", "photo", "big", "long", "mug"]);

/// Whether the phrase at tokens `[first, last)` is a weapon in its context.
fn in_weapon_sense(doc: &Doc, first: usize, last: usize) -> bool {
    let head = doc.word(last - 1).to_ascii_lowercase();
    let prev = if first > 0 { doc.word(first - 1) } else { "" };
    let next = doc.word(last);
    match head.as_str() {
        "gun" | "guns" => !GUN_TOPICS.contains(next),
        "tank" | "tanks" => !TANK_OTHER.contains(prev),
        "mine" | "mines" => {
            !(MINE_OTHER_BEFORE.contains(prev)
                || MINE_OTHER_AFTER.contains(next)
                || (head == "mine" && prev.eq_ignore_ascii_case("of")))
        }
        "shell" | "shells" => !SHELL_OTHER.contains(next),
        "shots" => !SHOT_OTHER.contains(prev),
        // "shot down a drone", "shooting down missiles": air defence
        "shot" | "shooting" | "gunned" => !next.eq_ignore_ascii_case("down") || head == "gunned",
        _ => true,
    }
}

/// Words that can stand between a count and its weapon ("five powerful
/// bombs", "130 Russian missiles").
fn is_adjective_between(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let w = doc.word(i);
    t.kind == TokenKind::Word
        && !is_in(
            &[
                "and", "or", "of", "the", "a", "an", "were", "was", "are", "is", "had", "have",
                "has", "people", "killed", "injured", "wounded", "dead", "other", "others",
            ],
            w,
        )
        && (w.ends_with("ss") || !w.ends_with('s'))
}

/// Every weapon mention in `doc`, in text order.
pub(crate) fn find(doc: &Doc) -> Vec<WeaponMatch> {
    let t = tables();
    let spots = lexfile::find_cased(doc, lexfile::Table::Weapons, |entry| {
        &t.entries[entry as usize].phrase
    });
    // Quantities by the token they end on.
    // (Quantities are in text order and do not overlap: a binary search
    // keeps this from scanning every quantity for every weapon.)
    let count_ending_at = |i: usize| {
        let k = doc.quantities.partition_point(|q| q.last < i);
        (k..doc.quantities.len())
            .take_while(|&k| doc.quantities[k].last == i)
            .find(|&k| doc.quantities[k].unit == Unit::Count)
    };
    // 1. Phrases in their weapon sense, adjacent ones merged.
    let mut raw: Vec<WeaponMatch> = Vec::new();
    let mut supported: Vec<bool> = Vec::new();
    for s in &spots {
        if !in_weapon_sense(doc, s.first, s.last) {
            continue;
        }
        let e = &t.entries[s.entries[0] as usize];
        let needs_support = s
            .entries
            .iter()
            .all(|&i| t.entries[i as usize].phrase.needs_support);
        let joins = raw.last().is_some_and(|l| {
            l.last == s.first && doc.sentence_of(l.first) == doc.sentence_of(s.first)
        });
        if joins {
            let l = raw.last_mut().unwrap();
            l.last = s.last;
            l.span = l.span.cover(&s.span);
            l.kinds = e.kind; // the head decides: "Grad rockets"
            l.implied &= e.implied;
            *supported.last_mut().unwrap() = true;
            continue;
        }
        raw.push(WeaponMatch {
            span: s.span,
            first: s.first,
            last: s.last,
            kinds: e.kind,
            count: None,
            implied: e.implied,
        });
        supported.push(!needs_support);
    }
    // 2. Counts just before the weapon.
    for w in raw.iter_mut() {
        let mut j = w.first;
        for _ in 0..3 {
            if j == 0 {
                break;
            }
            if let Some(q) = count_ending_at(j) {
                w.count = Some(q);
                break;
            }
            // "dozens of drones", "a barrage of 40 missiles"
            if doc.word(j - 1).eq_ignore_ascii_case("of") {
                if let Some(q) = count_ending_at(j - 1) {
                    w.count = Some(q);
                    break;
                }
            }
            if !is_adjective_between(doc, j - 1) {
                break;
            }
            j -= 1;
        }
    }
    // 3. A counted weapon shares its count with the list after it.
    let mut out: Vec<WeaponMatch> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let mut w = raw[i].clone();
        let mut ok = supported[i] || w.count.is_some();
        let mut j = i + 1;
        if w.count.is_some() {
            while j < raw.len() && raw[j].count.is_none() && is_list_gap(doc, w.last, raw[j].first)
            {
                w.last = raw[j].last;
                w.span = w.span.cover(&raw[j].span);
                w.kinds = w.kinds.union(raw[j].kinds);
                ok = true;
                j += 1;
            }
        }
        if ok {
            out.push(w);
        }
        i = j;
    }
    out
}

/// The weapon mentions of the report, with their tokens, for events.
pub(crate) fn located(doc: &Doc, offsets: &Offsets) -> Vec<Located<Weapon>> {
    find(doc)
        .into_iter()
        .map(|w| Located {
            span: w.span,
            first: w.first,
            last: w.last,
            value: Weapon {
                span: offsets.span(w.span),
                kind: w.kind(),
                count: w.count.map(|i| {
                    let q = &doc.quantities[i];
                    Quantity {
                        span: offsets.span(q.span),
                        low: q.low,
                        best: q.best,
                        high: q.high,
                        exact: q.exact,
                    }
                }),
            },
        })
        .collect()
}

/// Whether tokens `[a, b)` join two list items: ",", "and", "or", ", and".
fn is_list_gap(doc: &Doc, a: usize, b: usize) -> bool {
    let words: Vec<&str> = (a..b).map(|i| doc.word(i)).collect();
    let and_or = |w: &str| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or");
    match words.as_slice() {
        [w] => *w == "," || and_or(w),
        [",", w] => and_or(w),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, kind, count text) of every weapon.
    fn weapons(text: &str) -> Vec<(String, String, Option<String>)> {
        let doc = Doc::new(text);
        find(&doc)
            .into_iter()
            .map(|w| {
                (
                    doc.slice(w.span).to_string(),
                    w.kind(),
                    w.count
                        .map(|q| doc.slice(doc.quantities[q].span).to_string()),
                )
            })
            .collect()
    }

    fn w(text: &str, kind: &str, count: Option<&str>) -> (String, String, Option<String>) {
        (
            text.to_string(),
            kind.to_string(),
            count.map(str::to_string),
        )
    }

    #[test]
    fn a_shared_count_is_kept_once() {
        assert_eq!(
            weapons("Russia fired nearly 160 missiles and drones at targets."),
            [w(
                "missiles and drones",
                "missile+drone",
                Some("nearly 160")
            )]
        );
        assert_eq!(
            weapons("It launched 130 missiles, drones and rockets."),
            [w(
                "missiles, drones and rockets",
                "missile+drone+rocket",
                Some("130")
            )]
        );
    }

    #[test]
    fn a_list_without_a_count_stays_apart() {
        assert_eq!(
            weapons("The assault involved small arms, mortars, and the detonation of mines."),
            [
                w("small arms", "small_arms", None),
                w("mortars", "mortar", None),
                w("mines", "mine", None)
            ]
        );
    }

    #[test]
    fn each_item_with_its_own_count() {
        assert_eq!(
            weapons("Over 130 missiles and 40 drones were launched."),
            [
                w("missiles", "missile", Some("Over 130")),
                w("drones", "drone", Some("40"))
            ]
        );
    }

    #[test]
    fn names_and_compounds_take_their_head_kind() {
        assert_eq!(
            weapons("Kalibr cruise missiles, Shahed drones, Grad rockets and HIMARS hit them."),
            [
                w("Kalibr cruise missiles", "missile", None),
                w("Shahed drones", "drone", None),
                w("Grad rockets", "rocket", None),
                w("HIMARS", "rocket", None),
            ]
        );
        assert_eq!(
            weapons("Mortar shells fell."),
            [w("Mortar shells", "mortar", None)]
        );
    }

    #[test]
    fn counts_through_adjectives_and_of() {
        assert_eq!(
            weapons("Two powerful car bombs exploded."),
            [w("car bombs", "bomb", Some("Two"))]
        );
        assert_eq!(
            weapons("Dozens of drones were downed."),
            [w("drones", "drone", Some("Dozens"))]
        );
        // a measure is not a count
        assert_eq!(
            weapons("Police found 7 kg of dynamite."),
            [w("dynamite", "bomb", None)]
        );
    }

    #[test]
    fn common_words_in_other_senses_are_not_weapons() {
        assert!(
            weapons("Gun control laws and a think tank; the coal mines; a friend of mine.")
                .is_empty()
        );
        // a name that is also a word needs another weapon word or a count
        assert!(weapons("A Patriot fan wrote in the Lancet.").is_empty());
        assert_eq!(
            weapons("Patriot missiles intercepted them."),
            [w("Patriot missiles", "missile", None)]
        );
    }

    #[test]
    fn all_caps_and_small_arms() {
        assert_eq!(
            weapons("TERRORISTS ARMED WITH AK-47 RIFLES AND A MACHINEGUN PLANTED DYNAMITE."),
            [
                w("AK-47 RIFLES", "small_arms", None),
                w("MACHINEGUN", "small_arms", None),
                w("DYNAMITE", "bomb", None)
            ]
        );
        assert_eq!(
            weapons("A gunman opened fire with a handgun; shots were fired at an armored vehicle."),
            [
                w("opened fire", "small_arms", None),
                w("handgun", "small_arms", None),
                w("shots", "small_arms", None),
                w("armored vehicle", "vehicle", None)
            ]
        );
    }

    #[test]
    fn verbs_imply_weapons() {
        let doc =
            Doc::new("Gunmen shot dead a driver; rebels BOMBED A BRIDGE and shot down a drone.");
        let found = find(&doc);
        let got: Vec<(&str, String, bool)> = found
            .iter()
            .map(|w| (doc.slice(w.span), w.kind(), w.implied))
            .collect();
        assert_eq!(
            got,
            [
                ("shot dead", "small_arms".to_string(), true),
                ("BOMBED", "bomb".to_string(), true),
                ("drone", "drone".to_string(), false)
            ]
        );
    }

    #[test]
    fn every_row_has_a_contract_kind() {
        let t = tables();
        assert!(t.entries.len() > 200);
        assert_eq!(
            Kinds::of("missile")
                .unwrap()
                .union(Kinds::of("drone").unwrap())
                .name(),
            "missile+drone"
        );
        assert!(Kinds::of("laser").is_none());
    }
}
