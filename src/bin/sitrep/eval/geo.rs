//! Toponyms on GeoWebNews: span precision, recall and F1 (exact: the same
//! span; overlap: spans that share a character, matched one to one), and the
//! resolution of matched toponyms: accuracy within 161 km (100 miles) and the
//! median error in km.
//!
//! GeoWebNews marks every use of a place name as a toponym: literal places,
//! but also demonyms ("Russian"), metonymy ("China said") and names inside
//! organizations ("New York Times"). The report's contract treats those as
//! actors or not as places at all, so the scoreboard gives two views:
//!
//! - *literal*: the gold toponyms GeoWebNews calls literal; a prediction on a
//!   non-literal gold toponym counts neither way;
//! - *all types*: every gold toponym, every prediction.
//!
//! Resolution is measured on the gold toponyms with coordinates that a
//! prediction overlaps (all types); a match without coordinates (a place the
//! gazetteer lacks) counts as a miss in "acc@161 km (null = miss)" and is left
//! out of the other figures. Set `SITREP_EVAL_ERRORS=1` to list misses,
//! spurious places and resolution errors over 161 km on stderr.

use serde::Deserialize;

use super::{ratio, Prf, Record, Score};

const NAME: &str = "geowebnews";

/// One gold toponym.
#[derive(Deserialize)]
struct Gold {
    start: usize,
    end: usize,
    text: String,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(default)]
    literal: bool,
    #[serde(rename = "type", default)]
    kind: String,
}

/// Great-circle distance in km.
fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// Pairs predictions with gold items one to one: exact spans first, then
/// overlapping ones in order. Returns, for each prediction, its gold index.
fn pair(preds: &[(usize, usize)], gold: &[Gold], exact_only: bool) -> Vec<Option<usize>> {
    let mut taken = vec![false; gold.len()];
    let mut out = vec![None; preds.len()];
    for (i, &(s, e)) in preds.iter().enumerate() {
        if let Some(g) =
            (0..gold.len()).find(|&g| !taken[g] && gold[g].start == s && gold[g].end == e)
        {
            taken[g] = true;
            out[i] = Some(g);
        }
    }
    if exact_only {
        return out;
    }
    for (i, &(s, e)) in preds.iter().enumerate() {
        if out[i].is_some() {
            continue;
        }
        if let Some(g) =
            (0..gold.len()).find(|&g| !taken[g] && gold[g].start < e && s < gold[g].end)
        {
            taken[g] = true;
            out[i] = Some(g);
        }
    }
    out
}

/// Scores every document of GeoWebNews.
pub fn geowebnews(records: &[Record]) -> Vec<Score> {
    let show = std::env::var_os("SITREP_EVAL_ERRORS").is_some();
    let (mut all_exact, mut all_overlap) = (Prf::default(), Prf::default());
    let (mut lit_exact, mut lit_overlap) = (Prf::default(), Prf::default());
    let mut errors: Vec<f64> = Vec::new();
    let mut unresolved = 0usize;
    let mut by_type: Vec<(String, usize, usize)> = Vec::new();
    for r in records {
        let gold: Vec<Gold> = r
            .gold
            .get("places")
            .and_then(|p| serde_json::from_value(p.clone()).ok())
            .unwrap_or_default();
        let report = sitrep::analyze(&r.text, &r.options());
        let places = &report.mentions.places;
        let spans: Vec<(usize, usize)> =
            places.iter().map(|p| (p.span.start, p.span.end)).collect();
        for (view_exact, exact) in [(true, true), (false, false)] {
            let paired = pair(&spans, &gold, exact);
            let matched = paired.iter().filter(|g| g.is_some()).count();
            let tally = if view_exact {
                &mut all_exact
            } else {
                &mut all_overlap
            };
            tally.tp += matched;
            tally.fp += spans.len() - matched;
            tally.fn_ += gold.len() - matched;
            // Literal view: non-literal gold is neither found nor missed, and
            // predictions on it count neither way.
            let lit = if view_exact {
                &mut lit_exact
            } else {
                &mut lit_overlap
            };
            for (i, g) in paired.iter().enumerate() {
                match g {
                    Some(g) if gold[*g].literal => lit.tp += 1,
                    Some(_) => {}
                    None => {
                        let (s, e) = spans[i];
                        let on_nonliteral =
                            gold.iter().any(|g| !g.literal && g.start < e && s < g.end);
                        if !on_nonliteral {
                            lit.fp += 1;
                            if show && !view_exact {
                                eprintln!("{NAME} spurious {}: {:?}", r.id, places[i].span.text);
                            }
                        }
                    }
                }
            }
            let found: Vec<bool> = {
                let mut f = vec![false; gold.len()];
                for g in paired.iter().flatten() {
                    f[*g] = true;
                }
                f
            };
            for (g, item) in gold.iter().enumerate() {
                if item.literal && !found[g] {
                    lit.fn_ += 1;
                    if show && !view_exact {
                        eprintln!("{NAME} missed {} [{}]: {:?}", r.id, item.kind, item.text);
                    }
                }
            }
            if !view_exact {
                for (g, item) in gold.iter().enumerate() {
                    let k = match by_type.iter().position(|(t, _, _)| *t == item.kind) {
                        Some(k) => k,
                        None => {
                            by_type.push((item.kind.clone(), 0, 0));
                            by_type.len() - 1
                        }
                    };
                    by_type[k].1 += 1;
                    by_type[k].2 += found[g] as usize;
                }
                for (i, g) in paired.iter().enumerate() {
                    let Some(g) = g else { continue };
                    let item = &gold[*g];
                    let (Some(glat), Some(glon)) = (item.lat, item.lon) else {
                        continue;
                    };
                    let p = &places[i];
                    match (p.lat, p.lon) {
                        (Some(lat), Some(lon)) => {
                            let d = km((lat, lon), (glat, glon));
                            if show && d > 161.0 {
                                eprintln!(
                                    "{NAME} far {} {:?}: {} ({}) {:.0} km",
                                    r.id,
                                    item.text,
                                    p.name,
                                    p.country.as_deref().unwrap_or("-"),
                                    d
                                );
                            }
                            errors.push(d);
                        }
                        _ => unresolved += 1,
                    }
                }
            }
        }
    }
    errors.sort_by(f64::total_cmp);
    let within = errors.iter().filter(|&&d| d <= 161.0).count();
    let median = if errors.is_empty() {
        0.0
    } else {
        errors[errors.len() / 2]
    };
    let n_gold = all_overlap.tp + all_overlap.fn_;
    let n_lit = lit_overlap.tp + lit_overlap.fn_;
    let mut out = Vec::new();
    for (view, n, exact, overlap) in [
        ("literal", n_lit, &lit_exact, &lit_overlap),
        ("all types", n_gold, &all_exact, &all_overlap),
    ] {
        for (how, t) in [("exact", exact), ("overlap", overlap)] {
            out.push(Score::new(
                NAME,
                format!("toponyms {view} {how} P"),
                t.precision(),
                t.tp + t.fp,
            ));
            out.push(Score::new(
                NAME,
                format!("toponyms {view} {how} R"),
                t.recall(),
                n,
            ));
            out.push(Score::new(
                NAME,
                format!("toponyms {view} {how} F1"),
                t.f1(),
                n,
            ));
        }
    }
    let resolved = errors.len();
    out.push(Score::new(
        NAME,
        "acc@161 km (resolved)",
        ratio(within, resolved),
        resolved,
    ));
    out.push(Score::new(
        NAME,
        "acc@161 km (null = miss)",
        ratio(within, resolved + unresolved),
        resolved + unresolved,
    ));
    out.push(Score::new(
        NAME,
        "median error km (resolved)",
        median,
        resolved,
    ));
    by_type.sort();
    for (kind, n, found) in by_type {
        out.push(Score::new(
            NAME,
            format!("recall overlap, gold type {kind}"),
            ratio(found, n),
            n,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(start: usize, end: usize) -> Gold {
        Gold {
            start,
            end,
            text: String::new(),
            lat: None,
            lon: None,
            literal: true,
            kind: "Literal".into(),
        }
    }

    #[test]
    fn distance_of_known_cities() {
        // Kyiv to Kharkiv, about 410 km.
        let d = km((50.45, 30.52), (49.98, 36.25));
        assert!((d - 410.0).abs() < 15.0, "{d}");
        assert!(km((10.0, 10.0), (10.0, 10.0)) < 1e-9);
    }

    #[test]
    fn pairs_exact_first_then_overlapping_one_to_one() {
        let g = [gold(0, 5), gold(10, 20)];
        assert_eq!(
            pair(&[(0, 5), (12, 15), (13, 14)], &g, false),
            [Some(0), Some(1), None]
        );
        assert_eq!(pair(&[(0, 4), (10, 20)], &g, true), [None, Some(1)]);
    }
}
