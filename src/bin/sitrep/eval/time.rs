//! Time expressions on TempEval-3 (TimeBank + AQUAINT): span precision,
//! recall and F1, strict (same span) and relaxed (overlapping spans), the
//! accuracy of the normalized value among relaxed matches, and value F1 (a
//! prediction counts when it overlaps a gold expression and has its value),
//! the figure TempEval-3 ranks normalization by.
//!
//! The document's `date` is the reference date. Set `SITREP_EVAL_ERRORS=1`
//! to list every miss, spurious expression and wrong value on stderr.

use serde::Deserialize;

use super::{ratio, Prf, Record, Score};

const NAME: &str = "tempeval3";

/// A gold TIMEX3.
#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
}

/// A predicted expression in code points.
struct Pred {
    start: usize,
    end: usize,
    text: String,
    kind: &'static str,
    value: Option<String>,
}

/// Counts over the whole set.
#[derive(Default)]
struct Tally {
    strict: Prf,
    relaxed: Prf,
    value: Prf,
    /// Relaxed matches with the gold value, and with the gold type.
    value_right: usize,
    type_right: usize,
    /// Gold expressions by type: (count, matched with the right value).
    by_type: Vec<(String, usize, usize)>,
}

impl Tally {
    fn count_type(&mut self, kind: &str, right: bool) {
        let k = match self.by_type.iter().position(|(t, _, _)| t == kind) {
            Some(k) => k,
            None => {
                self.by_type.push((kind.to_string(), 0, 0));
                self.by_type.len() - 1
            }
        };
        self.by_type[k].1 += 1;
        self.by_type[k].2 += right as usize;
    }
}

/// Scores `tempeval3`.
pub fn tempeval3(records: &[Record]) -> Vec<Score> {
    let verbose = std::env::var_os("SITREP_EVAL_ERRORS").is_some();
    let mut t = Tally::default();
    for r in records {
        let gold: Vec<Gold> = r
            .gold
            .get("timexes")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default();
        let preds: Vec<Pred> = sitrep::time_expressions(&r.text, &r.options())
            .into_iter()
            .map(|e| Pred {
                start: e.span.start,
                end: e.span.end,
                text: e.span.text,
                kind: e.kind,
                value: e.value,
            })
            .collect();
        score_doc(r, &gold, &preds, &mut t, verbose);
    }
    let rel = t.relaxed.tp;
    let mut out = vec![
        Score::new(
            NAME,
            "span P strict",
            t.strict.precision(),
            t.strict.tp + t.strict.fp,
        ),
        Score::new(
            NAME,
            "span R strict",
            t.strict.recall(),
            t.strict.tp + t.strict.fn_,
        ),
        Score::new(NAME, "span F1 strict", t.strict.f1(), t.strict.tp),
        Score::new(
            NAME,
            "span P relaxed",
            t.relaxed.precision(),
            t.relaxed.tp + t.relaxed.fp,
        ),
        Score::new(
            NAME,
            "span R relaxed",
            t.relaxed.recall(),
            t.relaxed.tp + t.relaxed.fn_,
        ),
        Score::new(NAME, "span F1 relaxed", t.relaxed.f1(), rel),
        Score::new(
            NAME,
            "value accuracy (of relaxed matches)",
            ratio(t.value_right, rel),
            rel,
        ),
        Score::new(
            NAME,
            "type accuracy (of relaxed matches)",
            ratio(t.type_right, rel),
            rel,
        ),
        Score::new(
            NAME,
            "value P",
            t.value.precision(),
            t.value.tp + t.value.fp,
        ),
        Score::new(NAME, "value R", t.value.recall(), t.value.tp + t.value.fn_),
        Score::new(NAME, "value F1", t.value.f1(), t.value.tp),
    ];
    t.by_type.sort();
    for (kind, n, right) in &t.by_type {
        out.push(Score::new(
            NAME,
            format!("value recall {kind}"),
            ratio(*right, *n),
            *n,
        ));
    }
    out
}

/// Matches one document's predictions to its gold expressions, each at most
/// once, and adds up the counts.
fn score_doc(r: &Record, gold: &[Gold], preds: &[Pred], t: &mut Tally, verbose: bool) {
    let mut pred_used = vec![false; preds.len()];
    for g in gold {
        let strict = preds.iter().any(|p| p.start == g.start && p.end == g.end);
        if strict {
            t.strict.tp += 1;
        } else {
            t.strict.fn_ += 1;
        }
        // The overlapping prediction, preferring one with the right value.
        let overlapping = |p: &Pred| p.start < g.end && g.start < p.end;
        let k = (0..preds.len())
            .filter(|&k| !pred_used[k] && overlapping(&preds[k]))
            .max_by_key(|&k| {
                (
                    preds[k].value.as_deref() == Some(g.value.as_str()),
                    usize::MAX - k,
                )
            });
        let right = k.is_some_and(|k| preds[k].value.as_deref() == Some(g.value.as_str()));
        t.count_type(&g.kind, right);
        match k {
            Some(k) => {
                pred_used[k] = true;
                t.relaxed.tp += 1;
                if preds[k].kind == g.kind {
                    t.type_right += 1;
                }
                if right {
                    t.value_right += 1;
                    t.value.tp += 1;
                } else {
                    t.value.fn_ += 1;
                    t.value.fp += 1;
                    if verbose {
                        let p = &preds[k];
                        eprintln!(
                            "VALUE\t{}\t{}\t{:?}\t{}\t{}\t{:?}\t{}\t{}",
                            r.id,
                            r.date.as_deref().unwrap_or("-"),
                            g.text,
                            g.kind,
                            g.value,
                            p.text,
                            p.kind,
                            p.value.as_deref().unwrap_or("null"),
                        );
                    }
                }
            }
            None => {
                t.relaxed.fn_ += 1;
                t.value.fn_ += 1;
                if verbose {
                    eprintln!(
                        "MISS\t{}\t{}\t{:?}\t{}\t{}\t{}",
                        r.id,
                        r.date.as_deref().unwrap_or("-"),
                        g.text,
                        g.kind,
                        g.value,
                        context(&r.text, g.start, g.end),
                    );
                }
            }
        }
    }
    for (k, p) in preds.iter().enumerate() {
        if pred_used[k] {
            continue;
        }
        let strict = gold.iter().any(|g| p.start == g.start && p.end == g.end);
        if !strict {
            t.strict.fp += 1;
        }
        t.relaxed.fp += 1;
        t.value.fp += 1;
        if verbose {
            eprintln!(
                "SPURIOUS\t{}\t{}\t{:?}\t{}\t{}\t{}",
                r.id,
                r.date.as_deref().unwrap_or("-"),
                p.text,
                p.kind,
                p.value.as_deref().unwrap_or("null"),
                context(&r.text, p.start, p.end),
            );
        }
    }
    // Strict false positives among used predictions whose span differs.
    for (k, p) in preds.iter().enumerate() {
        if pred_used[k] && !gold.iter().any(|g| p.start == g.start && p.end == g.end) {
            t.strict.fp += 1;
        }
    }
}

/// The text around code points `[start, end)`, on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let a = start.saturating_sub(50);
    let b = (end + 30).min(chars.len());
    chars[a..b]
        .iter()
        .collect::<String>()
        .replace(['\n', '\t'], " ")
}
