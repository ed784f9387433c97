//! `sitrep eval DIR`: scores the analyzer against the gold dev sets and prints a
//! scoreboard. Each dataset has its own scorer module; they share the record
//! reader and the table printer here.

use std::io::{BufRead, BufReader};
use std::path::Path;

use serde::Deserialize;

mod events;
mod geo;
mod time;

/// One gold record of `shared/data/dev/*.jsonl`.
#[derive(Deserialize)]
pub struct Record {
    /// `<dataset>-<native id>`.
    pub id: String,
    /// The text exactly as the extractor gets it.
    pub text: String,
    /// The document's own date, used as the reference date.
    pub date: Option<String>,
    /// The gold annotations; null where the source gives none.
    #[serde(default)]
    pub gold: serde_json::Value,
}

impl Record {
    /// The options a user would give for this document.
    pub fn options(&self) -> sitrep::Options {
        let options = sitrep::Options::default();
        match self.date.as_deref() {
            Some(d) => options.clone().with_reference_date(d).unwrap_or(options),
            None => options,
        }
    }
}

/// Reads `DIR/NAME.jsonl`, at most `limit` records.
pub fn load(dir: &Path, name: &str, limit: Option<usize>) -> Result<Vec<Record>, String> {
    let path = dir.join(format!("{name}.jsonl"));
    let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
        let line = line.map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let r: Record = serde_json::from_str(&line)
            .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        out.push(r);
    }
    Ok(out)
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prf {
    /// Predicted and correct.
    pub tp: usize,
    /// Predicted, not in gold.
    pub fp: usize,
    /// In gold, not predicted.
    pub fn_: usize,
}

impl Prf {
    /// tp / (tp + fp).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `a / b`, or 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// One line of the scoreboard.
pub struct Score {
    /// Dataset name.
    pub dataset: &'static str,
    /// What is measured.
    pub metric: String,
    /// The figure (a ratio in [0, 1], or a plain number such as km).
    pub value: f64,
    /// How many items it was measured on.
    pub n: usize,
}

impl Score {
    /// A scoreboard line.
    pub fn new(dataset: &'static str, metric: impl Into<String>, value: f64, n: usize) -> Score {
        Score {
            dataset,
            metric: metric.into(),
            value,
            n,
        }
    }
}

/// The scorers, by dataset name.
type Scorer = fn(&[Record]) -> Vec<Score>;
const SCORERS: &[(&str, Scorer)] = &[
    ("muc4", events::muc4),
    ("gvdb", events::gvdb),
    ("semeval2018-task5-gva", events::gva),
    ("wikievents", events::wikievents),
    ("tempeval3", time::tempeval3),
    ("geowebnews", geo::geowebnews),
];

const EVAL_USAGE: &str = "usage: sitrep eval DIR [--only DATASET] [--limit N]";

/// Runs `sitrep eval` with the arguments after `eval`.
pub fn main(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut only: Option<String> = None;
    let mut limit = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--only" => only = Some(it.next().ok_or(EVAL_USAGE)?.clone()),
            "--limit" => {
                limit = Some(it.next().and_then(|n| n.parse().ok()).ok_or(EVAL_USAGE)?);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}\n{EVAL_USAGE}")),
            _ => dir = Some(a.clone()),
        }
    }
    let dir = dir.ok_or(EVAL_USAGE)?;
    let dir = Path::new(&dir);
    println!("| dataset | metric | value | n |");
    println!("|---|---|---:|---:|");
    for (name, scorer) in SCORERS {
        if only.as_deref().is_some_and(|o| o != *name) {
            continue;
        }
        let records = load(dir, name, limit)?;
        for s in scorer(&records) {
            println!(
                "| {} | {} | {:.3} | {} |",
                s.dataset, s.metric, s.value, s.n
            );
        }
    }
    Ok(())
}
