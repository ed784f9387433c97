//! The gazetteer: countries, first-level subdivisions, regions and cities
//! with their coordinates, from GeoNames (CC BY 4.0, www.geonames.org).
//!
//! The tables live under `data/gazetteer/` with their provenance;
//! `scripts/gazetteer/build.py` writes them from registry packages. They come
//! in three parts:
//!
//! - the base (countries and regions), always compiled in;
//! - the major places (first-level subdivisions, capitals and cities of
//!   300,000 people or more), in the files named by [`MAJOR_FILES`];
//! - the cities table (every other place of 2,000 people or more), split in
//!   the files named by [`CITY_FILES`].
//!
//! The native build embeds all three (the default `embedded-gazetteer`
//! feature). The web build compiles in only the base, so the page's first
//! download stays small: it fetches the other files as it starts and hands
//! their text to [`install_major`] and then [`install_cities`].
//!
//! Each part is parsed once into an entry list and a name index, and shared
//! afterwards. The index is keyed by a hash of a name's tokens (the text's own
//! tokenizer, lower case) and of each of their prefixes, so a lookup starts
//! only at capitalised tokens and follows a name token by token: with 150,000
//! names an Aho-Corasick automaton over the whole text (`lexicon::PhraseSet`)
//! takes seconds to build and runs at a few MB/s, the index builds in a
//! fraction of that and costs next to nothing per token.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use crate::doc::Doc;
use crate::span::ByteSpan;
use crate::text::{self, Token};

/// The files of the major places under `data/gazetteer/`: the first-level
/// subdivisions and the major cities. The web app fetches them first and
/// passes their text to [`install_major`].
pub const MAJOR_FILES: [&str; 2] = ["admin1.tsv", "cities-major.tsv"];

/// The files of the cities table under `data/gazetteer/`, in order. The web
/// app fetches them, joins their text and passes it to [`install_cities`].
pub const CITY_FILES: &[&str] = &["cities-1.tsv", "cities-2.tsv", "cities-3.tsv"];

const COUNTRIES: &str = include_str!("../data/gazetteer/countries.tsv");
const REGIONS: &str = include_str!("../data/gazetteer/regions.tsv");

#[cfg(feature = "embedded-gazetteer")]
const EMBEDDED_MAJOR: [&str; 2] = [
    include_str!("../data/gazetteer/admin1.tsv"),
    include_str!("../data/gazetteer/cities-major.tsv"),
];

#[cfg(feature = "embedded-gazetteer")]
const EMBEDDED_CITIES: &[&str] = &[
    include_str!("../data/gazetteer/cities-1.tsv"),
    include_str!("../data/gazetteer/cities-2.tsv"),
    include_str!("../data/gazetteer/cities-3.tsv"),
];

/// What kind of place an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Feature {
    /// A sovereign state or dependency.
    Country,
    /// A first-level subdivision.
    Admin1,
    /// A region, sea or continent.
    Region,
    /// A populated place.
    City,
    /// A second-level unit (a county).
    Admin2,
}

/// The GeoNames class of a populated place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A national capital.
    Capital,
    /// The seat of a first-level subdivision.
    Seat,
    /// A section of a city (a neighbourhood).
    Section,
    /// Any other place.
    Other,
}

/// Index of an entry's first-level subdivision among the core entries.
pub(crate) const NO_ADMIN1: u32 = u32::MAX;

/// One place.
#[derive(Debug)]
pub(crate) struct Entry {
    /// Its name ("Belgorod Oblast", "Kyiv").
    pub name: Box<str>,
    /// Its kind.
    pub feature: Feature,
    /// ISO 3166-1 alpha-2, or zeros.
    pub country: [u8; 2],
    /// Its first-level subdivision (a core entry), or [`NO_ADMIN1`].
    pub admin1: u32,
    /// Latitude, degrees.
    pub lat: f32,
    /// Longitude, degrees.
    pub lon: f32,
    /// People (two significant digits); for a region a nominal figure.
    pub population: u32,
    /// GeoNames id, or 0.
    pub geonameid: u32,
    /// What kind of populated place.
    pub class: Class,
}

impl Entry {
    /// The ISO alpha-2 code, if any.
    pub fn country_code(&self) -> Option<&str> {
        (self.country != [0, 0])
            .then(|| std::str::from_utf8(&self.country).ok())
            .flatten()
    }
}

/// One way a name is written, for one entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    /// The entry (in the table that holds the name).
    pub entry: u32,
    /// A name other than the entry's own.
    pub alias: bool,
    /// Also a lower-case English word ("Nice", "Reading", "Turkey").
    pub common: bool,
    /// Written in capitals ("US", "UAE"): in mixed-case text only so.
    pub upper: bool,
    /// The base name of a subdivision ("Donetsk" of "Donetsk Oblast").
    pub base: bool,
}

/// A parsed part of the gazetteer.
pub(crate) struct Table {
    /// The places.
    pub entries: Vec<Entry>,
    /// For each distinct name, its candidates: `cands[start..start + len]`.
    forms: Vec<(u32, u32)>,
    cands: Vec<Cand>,
    index: Index,
}

/// Names by the hash of their lower-case tokens, prefixes included.
struct Index {
    /// Hash of tokens -> form id + 1 (0 for none), with [`PREFIX`] set when
    /// a longer name continues these tokens.
    map: HashMap<u64, u32, std::hash::BuildHasherDefault<Prehashed>>,
    /// The most tokens in a name.
    longest: usize,
    /// A bit for the hash of each name's first token: most tokens start no
    /// name, and this answers for them without touching the large map.
    first: Vec<u64>,
}

const PREFIX: u32 = 1 << 31;
/// Bits of the first-token filter (2^20 bits, 128 KB).
const FIRST_BITS: u32 = 20;

fn first_bit(key: Key) -> (usize, u64) {
    let b = (key.0 >> (64 - FIRST_BITS)) as usize;
    (b / 64, 1u64 << (b % 64))
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Hash state of a token sequence.
#[derive(Clone, Copy)]
struct Key(u64);

/// The multiplier of [`Key::push`] (odd, so each step is a bijection).
const KEY_MUL: u64 = 0x9e37_79b9_7f4a_7c15;

/// Lower-cases the ASCII capitals among the eight bytes of `word`, all at
/// once, and leaves every other byte as it is.
fn ascii_lower8(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let seven = word & LOW7;
    // Per byte, the high bit set when its low seven bits are at least 'A',
    // and when they are past 'Z' (no carry crosses a byte: 0x7f + 0x3f < 0x100).
    let from_a = seven + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = seven + 0x2525_2525_2525_2525;
    let capital = from_a & !past_z & !word & HIGH;
    word | capital >> 2
}

impl Key {
    const START: Key = Key(0xcbf2_9ce4_8422_2325);

    /// Adds one token, ASCII letters in lower case. Reads the token eight
    /// bytes at a step (byte by byte it was a third of the gazetteer
    /// lookup): full words, then the last eight bytes overlapping, or for
    /// a short token its bytes gathered into one word; the length goes in
    /// with them, so that "ab c" and "a bc" differ.
    fn push(self, token: &[u8]) -> Key {
        let n = token.len();
        let mut h = self.0;
        let mut add = |word: u64| h = (h ^ ascii_lower8(word)).wrapping_mul(KEY_MUL);
        let word_at = |i: usize| u64::from_le_bytes(token[i..i + 8].try_into().expect("8 bytes"));
        if n >= 8 {
            let mut i = 0;
            while i + 8 < n {
                add(word_at(i));
                i += 8;
            }
            add(word_at(n - 8));
        } else if n >= 4 {
            let half = |i: usize| {
                u64::from(u32::from_le_bytes(
                    token[i..i + 4].try_into().expect("4 bytes"),
                ))
            };
            add(half(0) | half(n - 4) << 32);
        } else if n > 0 {
            add(u64::from(token[0]) | u64::from(token[n / 2]) << 8 | u64::from(token[n - 1]) << 16);
        }
        h ^= (n as u64) << 48 | 0xff;
        // A final mix: the map takes its buckets from the low bits, its
        // tags and the first-token filter from the high ones.
        h = (h ^ h >> 32).wrapping_mul(KEY_MUL);
        Key(h ^ h >> 29)
    }
}

impl Index {
    fn build(names: &[String]) -> Index {
        let mut map: HashMap<u64, u32, std::hash::BuildHasherDefault<Prehashed>> =
            HashMap::with_capacity_and_hasher(names.len() * 3 / 2, Default::default());
        let mut longest = 0;
        let mut first = vec![0u64; 1 << (FIRST_BITS - 6)];
        let mut spaced = String::new();
        for (id, name) in names.iter().enumerate() {
            // Tokens as in running text: "U.S." before a space is one token,
            // "U.S" and "." at the end of a text.
            spaced.clear();
            spaced.push_str(name);
            spaced.push(' ');
            let a = text::tokenize(&spaced);
            let b = text::tokenize(name);
            let ways: &[&[Token]] = if a.len() == b.len() { &[&a] } else { &[&a, &b] };
            for tokens in ways {
                longest = longest.max(tokens.len());
                let mut key = Key::START;
                for (i, t) in tokens.iter().enumerate() {
                    key = key.push(t.text(&spaced).as_bytes());
                    if i == 0 {
                        let (w, bit) = first_bit(key);
                        first[w] |= bit;
                    }
                    let slot = map.entry(key.0).or_insert(0);
                    if i + 1 == tokens.len() {
                        if *slot & !PREFIX == 0 {
                            *slot |= id as u32 + 1;
                        }
                    } else {
                        *slot |= PREFIX;
                    }
                }
            }
        }
        Index {
            map,
            longest,
            first,
        }
    }

    /// Every name starting at token `i`: `(one past its last token, form)`.
    /// `first` is the key of token `i` alone (the same for every table, so
    /// the caller hashes it once).
    fn at(&self, first: Key, text: &[u8], tokens: &[Token], i: usize, out: &mut Vec<(usize, u32)>) {
        let (w, bit) = first_bit(first);
        if self.first[w] & bit == 0 {
            return;
        }
        let mut key = first;
        for (j, t) in tokens.iter().enumerate().skip(i).take(self.longest) {
            if j > i {
                key = key.push(&text[t.span.start..t.span.end]);
            }
            let Some(&slot) = self.map.get(&key.0) else {
                return;
            };
            if slot & !PREFIX != 0 {
                out.push((j + 1, (slot & !PREFIX) - 1));
            }
            if slot & PREFIX == 0 {
                return;
            }
        }
    }
}

/// A name found in a text, with every place it may be.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    /// Where it is.
    pub span: ByteSpan,
    /// Its first token.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// The table it was found in.
    pub table: TableId,
    /// Index of the name in that table.
    pub form: u32,
}

/// Which part of the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TableId {
    /// Countries, subdivisions, regions, major cities.
    Core,
    /// The cities table.
    Cities,
}

impl Core {
    /// Whether a word is a country's demonym ("Canadian").
    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonyms.contains(&Key::START.push(word.as_bytes()).0)
    }
}

impl Table {
    /// The candidates of a name.
    pub fn cands(&self, form: u32) -> &[Cand] {
        let (s, n) = self.forms[form as usize];
        &self.cands[s as usize..(s + n) as usize]
    }
}

/// The core part with its indexes.
pub(crate) struct Core {
    /// The table.
    pub table: Table,
    /// Admin1 entries by `CC.code`.
    admin1: HashMap<String, u32>,
    /// The countries' demonyms, lower case ("canadian"): a town of that name
    /// is not what the word means.
    demonyms: std::collections::HashSet<u64, std::hash::BuildHasherDefault<Prehashed>>,
}

/// Collects names and their candidates while a table is read.
struct Builder {
    entries: Vec<Entry>,
    index: HashMap<String, u32>,
    names: Vec<String>,
    lists: Vec<Vec<Cand>>,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            entries: Vec::new(),
            index: HashMap::new(),
            names: Vec::new(),
            lists: Vec::new(),
        }
    }

    /// Adds a name of the last entry: `raw` may start with `~` (a common word).
    fn name(&mut self, raw: &str, alias: bool, base: bool) {
        let (text, common) = match raw.strip_prefix('~') {
            Some(t) => (t, true),
            None => (raw, false),
        };
        let text = text.trim();
        if text.chars().count() < 2 {
            return;
        }
        let letters = || text.chars().filter(|c| c.is_alphabetic());
        let upper = letters().count() >= 2 && letters().all(char::is_uppercase);
        let entry = (self.entries.len() - 1) as u32;
        let key = text.to_ascii_lowercase();
        let id = match self.index.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.names.len() as u32;
                self.index.insert(key, id);
                self.names.push(text.to_string());
                self.lists.push(Vec::new());
                id
            }
        };
        let list = &mut self.lists[id as usize];
        if !list.iter().any(|c| c.entry == entry) {
            list.push(Cand {
                entry,
                alias,
                common,
                upper,
                base,
            });
        }
    }

    fn finish(self) -> Table {
        let mut forms = Vec::with_capacity(self.lists.len());
        let mut cands = Vec::new();
        for l in &self.lists {
            forms.push((cands.len() as u32, l.len() as u32));
            cands.extend_from_slice(l);
        }
        let index = Index::build(&self.names);
        Table {
            entries: self.entries,
            forms,
            cands,
            index,
        }
    }
}

/// A table's malformed row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    line: usize,
    what: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "gazetteer line {}: {}", self.line, self.what)
    }
}

impl std::error::Error for TableError {}

/// The data rows of a table: not blank, not `#` comments, split on tabs.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    lines(text).filter_map(|(n, l)| l.map(|l| (n, l)))
}

/// Every line of a table with its number: `None` for a `#` comment, the
/// cells of the others (blank lines are left out).
fn lines(text: &str) -> impl Iterator<Item = (usize, Option<Vec<&str>>)> {
    text.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| (n, (!l.starts_with('#')).then(|| l.split('\t').collect())))
}

fn code2(s: &str) -> [u8; 2] {
    match s.as_bytes() {
        [a, b] => [*a, *b],
        _ => [0, 0],
    }
}

fn num<T: std::str::FromStr>(s: &str, line: usize, what: &str) -> Result<T, TableError> {
    s.trim().parse().map_err(|_| TableError {
        line,
        what: format!("bad {what} {s:?}"),
    })
}

fn opt_num<T: std::str::FromStr + Default>(
    s: &str,
    line: usize,
    what: &str,
) -> Result<T, TableError> {
    if s.trim().is_empty() {
        Ok(T::default())
    } else {
        num(s, line, what)
    }
}

fn cols(r: &[&str], n: usize, line: usize) -> Result<(), TableError> {
    if r.len() < n {
        return Err(TableError {
            line,
            what: format!("{} columns, {n} expected", r.len()),
        });
    }
    Ok(())
}

fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').filter(|s| !s.trim().is_empty())
}

/// Reads the core tables: the base (countries, regions), then the major
/// places (`[admin1, major cities]`) if given.
///
/// The base comes first, so a core without the major places is a prefix of
/// one with them: the same entries and names at the same indexes. A name
/// found while one was in place stays valid in the other.
fn build_core(major: Option<[&str; 2]>) -> Result<Core, TableError> {
    let mut b = Builder::new();
    let mut admin1 = HashMap::new();
    let mut demonyms = std::collections::HashSet::default();
    // code alpha3 geonameid lat lon population name common names demonym
    for (line, r) in rows(COUNTRIES) {
        cols(&r, 9, line)?;
        let code = code2(r[0]);
        b.entries.push(Entry {
            name: r[6].into(),
            feature: Feature::Country,
            country: code,
            admin1: NO_ADMIN1,
            lat: num(r[3], line, "lat")?,
            lon: num(r[4], line, "lon")?,
            population: opt_num(r[5], line, "population")?,
            geonameid: opt_num(r[2], line, "geonameid")?,
            class: Class::Other,
        });
        let common = if r[7] == "1" { "~" } else { "" };
        b.name(&format!("{common}{}", r[6]), false, false);
        for n in list(r[8]) {
            b.name(n, true, false);
        }
        if let Some(d) = r.get(9).filter(|d| !d.is_empty()) {
            demonyms.insert(Key::START.push(d.as_bytes()).0);
        }
    }
    // name names kind country lat lon geonameid
    for (line, r) in rows(REGIONS) {
        cols(&r, 6, line)?;
        b.entries.push(Entry {
            name: r[0].into(),
            feature: Feature::Region,
            country: code2(r[3]),
            admin1: NO_ADMIN1,
            lat: num(r[4], line, "lat")?,
            lon: num(r[5], line, "lon")?,
            population: 0,
            geonameid: opt_num(r.get(6).copied().unwrap_or(""), line, "geonameid")?,
            class: Class::Other,
        });
        b.name(r[0], false, false);
        for n in list(r[1]) {
            b.name(n, true, false);
        }
    }
    let Some([admin1_tsv, cities_tsv]) = major else {
        return Ok(Core {
            table: b.finish(),
            admin1,
            demonyms,
        });
    };
    // country code geonameid lat lon population type name common names
    for (line, r) in rows(admin1_tsv) {
        cols(&r, 10, line)?;
        let idx = b.entries.len() as u32;
        admin1.insert(format!("{}.{}", r[0], r[1]), idx);
        let kind = r[6];
        let name = r[7];
        b.entries.push(Entry {
            name: name.into(),
            feature: Feature::Admin1,
            country: code2(r[0]),
            admin1: idx,
            lat: num(r[3], line, "lat")?,
            lon: num(r[4], line, "lon")?,
            population: opt_num(r[5], line, "population")?,
            geonameid: opt_num(r[2], line, "geonameid")?,
            class: Class::Other,
        });
        let common = if r[8] == "1" { "~" } else { "" };
        b.name(&format!("{common}{name}"), false, false);
        for n in list(r.get(9).copied().unwrap_or("")) {
            b.name(n, true, true);
        }
        // "Donetsk Oblast" stands as "Donetsk" too (unless listed above, as
        // a common word).
        if let Some(base) = name.strip_suffix(kind).and_then(|s| s.strip_suffix(' ')) {
            if !kind.is_empty() {
                b.name(base, false, true);
            }
        }
    }
    read_cities(&mut b, &[cities_tsv], &admin1)?;
    Ok(Core {
        table: b.finish(),
        admin1,
        demonyms,
    })
}

/// Reads city rows into `b`.
fn read_cities(
    b: &mut Builder,
    parts: &[&str],
    admin1: &HashMap<String, u32>,
) -> Result<(), TableError> {
    let mut key = String::new();
    // id name country admin1 lat lon population class common names
    //
    // The id is the GeoNames id less that of the row above (from 0 after a
    // file's comment lines), empty for a unit that has none.
    for part in parts {
        let mut id: i64 = 0;
        for (line, r) in lines(part) {
            let Some(r) = r else {
                id = 0;
                continue;
            };
            cols(&r, 9, line)?;
            let geonameid = if r[0].trim().is_empty() {
                0
            } else {
                id += num::<i64>(r[0], line, "id")?;
                u32::try_from(id).map_err(|_| TableError {
                    line,
                    what: format!("id {id} out of range"),
                })?
            };
            key.clear();
            key.push_str(r[2]);
            key.push('.');
            key.push_str(r[3]);
            let class = match r[7] {
                "C" => Class::Capital,
                "A" => Class::Seat,
                "X" => Class::Section,
                _ => Class::Other,
            };
            b.entries.push(Entry {
                name: r[1].into(),
                feature: if r[7] == "ADM2" {
                    Feature::Admin2
                } else {
                    Feature::City
                },
                country: code2(r[2]),
                admin1: admin1.get(&key).copied().unwrap_or(NO_ADMIN1),
                lat: num(r[4], line, "lat")?,
                lon: num(r[5], line, "lon")?,
                population: opt_num(r[6], line, "population")?,
                geonameid,
                class,
            });
            let common = if r[8] == "1" { "~" } else { "" };
            if common.is_empty() {
                b.name(r[1], false, false);
            } else {
                b.name(&format!("~{}", r[1]), false, false);
            }
            for n in list(r.get(9).copied().unwrap_or("")) {
                b.name(n, true, false);
            }
        }
    }
    Ok(())
}

static CORE: OnceLock<Core> = OnceLock::new();
#[cfg(not(feature = "embedded-gazetteer"))]
static BASE: OnceLock<Core> = OnceLock::new();
static CITIES: OnceLock<Table> = OnceLock::new();

/// The core part (with the major places once they are in place), parsed on
/// first use.
pub(crate) fn core() -> &'static Core {
    #[cfg(feature = "embedded-gazetteer")]
    {
        CORE.get_or_init(|| {
            build_core(Some(EMBEDDED_MAJOR))
                .expect("the compiled-in gazetteer tables are well formed")
        })
    }
    #[cfg(not(feature = "embedded-gazetteer"))]
    {
        CORE.get().unwrap_or_else(|| {
            BASE.get_or_init(|| {
                build_core(None).expect("the compiled-in gazetteer tables are well formed")
            })
        })
    }
}

fn build_cities(parts: &[&str]) -> Result<Table, TableError> {
    let mut b = Builder::new();
    read_cities(&mut b, parts, &core().admin1)?;
    Ok(b.finish())
}

/// The cities table, if installed (or embedded).
pub(crate) fn cities() -> Option<&'static Table> {
    #[cfg(feature = "embedded-gazetteer")]
    {
        Some(CITIES.get_or_init(|| {
            build_cities(EMBEDDED_CITIES).expect("the embedded cities table is well formed")
        }))
    }
    #[cfg(not(feature = "embedded-gazetteer"))]
    {
        CITIES.get()
    }
}

/// Why [`install_major`] or [`install_cities`] refused a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InstallError {
    /// A row could not be read.
    Malformed(TableError),
    /// That part is already in place (installed or embedded).
    AlreadyInstalled,
    /// The cities table names its places' subdivisions, so the major places
    /// must be installed first.
    MajorMissing,
}

impl fmt::Display for InstallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InstallError::Malformed(e) => e.fmt(f),
            InstallError::AlreadyInstalled => {
                f.write_str("that part of the gazetteer is already installed")
            }
            InstallError::MajorMissing => {
                f.write_str("the major places must be installed before the cities table")
            }
        }
    }
}

impl std::error::Error for InstallError {}

/// Installs the major places from the text of the files [`MAJOR_FILES`]
/// (the first-level subdivisions and the major cities), in the web build,
/// which compiles in only countries and regions. Returns the number of
/// places of the core afterwards.
///
/// An analysis that ran before found only countries and regions; one that
/// runs afterwards finds these places too. Fails when a row is malformed or
/// when they are already in place (the native build embeds them).
pub fn install_major(admin1: &str, major_cities: &str) -> Result<usize, InstallError> {
    if major_installed() {
        return Err(InstallError::AlreadyInstalled);
    }
    let full = build_core(Some([admin1, major_cities])).map_err(InstallError::Malformed)?;
    let n = full.table.entries.len();
    CORE.set(full).map_err(|_| InstallError::AlreadyInstalled)?;
    Ok(n)
}

/// Whether the major places are in place (embedded or installed).
pub fn major_installed() -> bool {
    cfg!(feature = "embedded-gazetteer") || CORE.get().is_some()
}

/// Installs the cities table from the text of the files [`CITY_FILES`],
/// joined in order (the web build, which does not embed it). Parses it once;
/// every analysis afterwards finds its places. Returns the number of places
/// read.
///
/// Fails when a row is malformed, when a table is already installed (the
/// native build embeds one), or when the major places, whose subdivisions
/// the cities refer to, are not installed yet ([`install_major`]).
pub fn install_cities(tsv: &str) -> Result<usize, InstallError> {
    if CITIES.get().is_some() {
        return Err(InstallError::AlreadyInstalled);
    }
    if !major_installed() {
        return Err(InstallError::MajorMissing);
    }
    let table = build_cities(&[tsv]).map_err(InstallError::Malformed)?;
    let n = table.entries.len();
    CITIES
        .set(table)
        .map_err(|_| InstallError::AlreadyInstalled)?;
    Ok(n)
}

/// Whether the cities table is in place (embedded or installed).
pub fn cities_installed() -> bool {
    cities().is_some()
}

/// Parses the core tables now rather than on the first analysis (the page can
/// call it while the user reads).
pub fn warm_up() {
    let _ = core();
    let _ = cities();
}

/// A table by id.
pub(crate) fn table(id: TableId) -> &'static Table {
    match id {
        TableId::Core => &core().table,
        TableId::Cities => cities().expect("hits from the cities table imply it is installed"),
    }
}

/// Every name of the gazetteer in `doc` that starts with a capital letter
/// (any word in a line of capitals), overlapping ones included, sorted by
/// start and then longest first.
pub(crate) fn lookup(doc: &Doc) -> Vec<Hit> {
    let text = doc.text;
    let bytes = text.as_bytes();
    let tokens = &doc.tokens;
    let core = &core().table;
    let cities = cities();
    let mut hits = Vec::new();
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let b = bytes[t.span.start];
        let upper = if b.is_ascii() {
            b.is_ascii_uppercase()
        } else {
            t.text(text).chars().next().is_some_and(char::is_uppercase)
        };
        if !upper {
            continue;
        }
        let first = Key::START.push(&bytes[t.span.start..t.span.end]);
        for (id, table) in [(TableId::Core, Some(core)), (TableId::Cities, cities)] {
            let Some(table) = table else { continue };
            found.clear();
            table.index.at(first, bytes, tokens, i, &mut found);
            for &(end, form) in &found {
                hits.push(Hit {
                    span: ByteSpan::new(t.span.start, tokens[end - 1].span.end),
                    first: i,
                    last: end,
                    table: id,
                    form,
                });
            }
        }
    }
    crate::order::sort_by(&mut hits, |a, b| {
        a.span
            .start
            .cmp(&b.span.start)
            .then(b.span.end.cmp(&a.span.end))
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(text: &str) -> Vec<(String, Vec<String>)> {
        lookup(&Doc::new(text))
            .into_iter()
            .map(|h| {
                let t = table(h.table);
                let names = t
                    .cands(h.form)
                    .iter()
                    .map(|c| t.entries[c.entry as usize].name.to_string())
                    .collect();
                (h.span.slice(text).to_string(), names)
            })
            .collect()
    }

    #[test]
    fn core_tables_parse_with_their_indexes() {
        let c = core();
        let ua = c
            .table
            .entries
            .iter()
            .find(|e| e.feature == Feature::Country && e.country == *b"UA")
            .expect("Ukraine");
        assert_eq!(&*ua.name, "Ukraine");
        assert!((ua.lat - 49.0).abs() < 1.0 && (ua.lon - 32.0).abs() < 1.0);
        let belgorod = c.admin1.get("RU.09").expect("Belgorod Oblast");
        let e = &c.table.entries[*belgorod as usize];
        assert_eq!((&*e.name, e.feature), ("Belgorod Oblast", Feature::Admin1));
    }

    #[test]
    fn alternate_spellings_name_the_same_city() {
        for (spelling, name) in [
            ("Kiev", "Kyiv"),
            ("Kyiv", "Kyiv"),
            ("Kharkov", "Kharkiv"),
            ("Odessa", "Odesa"),
        ] {
            let found = names_of(spelling);
            assert!(
                found
                    .iter()
                    .any(|(t, n)| t == spelling && n.iter().any(|x| x == name)),
                "{spelling}: {found:?}"
            );
        }
    }

    #[test]
    fn malformed_rows_are_refused_with_their_line() {
        let e = build_cities(&["# header\n1\tX\tUA\t05\tnorth\t1\t1000\t\t\t\n"])
            .err()
            .expect("bad latitude");
        assert_eq!(e.line, 2);
        assert!(build_cities(&["1\tX\tUA\n"]).is_err());
    }

    #[cfg(feature = "embedded-gazetteer")]
    #[test]
    fn cities_table_holds_small_towns_with_their_subdivision() {
        let t = cities().expect("embedded in tests");
        let (_, names) = names_of("Shebekino")
            .into_iter()
            .next()
            .expect("Shebekino found");
        assert!(names.iter().any(|n| n == "Shebekino"));
        let e = t
            .entries
            .iter()
            .find(|e| &*e.name == "Shebekino")
            .expect("entry");
        assert_eq!(e.country_code(), Some("RU"));
        assert_eq!(
            &*core().table.entries[e.admin1 as usize].name,
            "Belgorod Oblast"
        );
    }

    #[cfg(feature = "embedded-gazetteer")]
    #[test]
    fn installing_twice_is_refused() {
        let _ = cities();
        assert_eq!(
            install_cities("1\tX\tUA\t05\t1\t1\t1000\t\t\t\n"),
            Err(InstallError::AlreadyInstalled)
        );
    }

    #[cfg(feature = "embedded-gazetteer")]
    #[test]
    fn installing_the_embedded_major_places_again_is_refused() {
        assert_eq!(
            install_major(EMBEDDED_MAJOR[0], EMBEDDED_MAJOR[1]),
            Err(InstallError::AlreadyInstalled)
        );
    }

    #[test]
    fn the_base_is_a_prefix_of_the_core_with_the_major_places() {
        let base = build_core(None).expect("base");
        let full = build_core(Some([
            include_str!("../data/gazetteer/admin1.tsv"),
            include_str!("../data/gazetteer/cities-major.tsv"),
        ]))
        .expect("full core");
        assert!(base.table.entries.len() > 200);
        assert!(full.table.entries.len() > base.table.entries.len() + 5000);
        for (a, b) in base.table.entries.iter().zip(&full.table.entries) {
            assert_eq!(
                (&a.name, a.feature, a.country),
                (&b.name, b.feature, b.country)
            );
        }
        // Every name of the base means at least the same places in both.
        assert!(base.table.forms.len() < full.table.forms.len());
        for form in 0..base.table.forms.len() as u32 {
            let more: Vec<u32> = full.table.cands(form).iter().map(|c| c.entry).collect();
            for c in base.table.cands(form) {
                assert!(more.contains(&c.entry), "form {form}");
            }
        }
        assert!(base.admin1.is_empty());
        assert!(full.admin1.contains_key("RU.09"));
    }

    #[test]
    fn city_files_are_all_listed() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/gazetteer");
        let mut found: Vec<String> = std::fs::read_dir(dir)
            .expect("data/gazetteer")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with("cities-") && n != "cities-major.tsv")
            .collect();
        found.sort();
        assert_eq!(found, CITY_FILES);
    }
}
