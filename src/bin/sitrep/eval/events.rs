//! Event scorers: MUC-4 incidents, document-level casualty counts on the gun
//! violence sets, and WikiEvents attack/die/injure triggers.

use serde_json::Value;

use super::{ratio, Prf, Record, Score};

const VIOLENT: &[&str] = &[
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
];

fn analyze(r: &Record) -> sitrep::Report {
    sitrep::analyze(&r.text, &r.options())
}

fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// Whether two names overlap, case-insensitively, as whole strings or one
/// inside the other.
fn overlaps(a: &str, b: &str) -> bool {
    let (a, b) = (upper(a.trim()), upper(b.trim()));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether an event's type fits a MUC-4 incident type.
fn muc_type_fits(event: &sitrep::report::Event, muc: &str) -> bool {
    match muc {
        "BOMBING" => event.event_type == "Explosions/Remote violence",
        "KIDNAPPING" => event.sub_type == "Abduction/forced disappearance",
        "ARSON" => event.sub_type == "Looting/property destruction",
        "ROBBERY" => {
            event.sub_type == "Looting/property destruction"
                || event.event_type == "Violence against civilians"
        }
        "FORCED WORK STOPPAGE" => {
            event.event_type == "Protests" || event.event_type == "Strategic developments"
        }
        _ => VIOLENT.contains(&event.event_type.as_str()),
    }
}

/// The events MUC-4 would count as incidents: its task definition leaves out
/// combat between armed forces ("Armed clash"), which ACLED codes as Battles.
fn is_incident_event(e: &sitrep::report::Event) -> bool {
    (VIOLENT.contains(&e.event_type.as_str()) && e.sub_type != "Armed clash")
        || e.sub_type == "Looting/property destruction"
        || e.sub_type == "Abduction/forced disappearance"
}

fn location_fits(e: &sitrep::report::Event, gold: &Value) -> bool {
    let Some(p) = &e.location else { return false };
    let loc = &gold["location"];
    ["city", "admin1", "country"].iter().any(|k| {
        loc[*k]
            .as_str()
            .is_some_and(|g| overlaps(g, &p.name) || overlaps(g, &p.span.text))
    }) || loc["text"]
        .as_str()
        .is_some_and(|g| upper(g).contains(&upper(&p.span.text)))
}

fn perpetrator_fits(e: &sitrep::report::Event, gold: &Value) -> bool {
    let mut names = strings(&gold["perpetrators"]);
    names.extend(strings(&gold["perpetrator_orgs"]));
    if let Some(aliases) = gold["aliases"].as_object() {
        for v in aliases.values() {
            names.extend(strings(v));
        }
    }
    e.actors.iter().any(|a| {
        names
            .iter()
            .any(|g| overlaps(g, &a.span.text) || overlaps(g, &a.name))
    })
}

fn weapon_fits(e: &sitrep::report::Event, gold: &Value) -> bool {
    let names = strings(&gold["weapons"]);
    e.weapons
        .iter()
        .any(|w| names.iter().any(|g| overlaps(g, &w.span.text)))
}

/// MUC-4: each gold incident is aligned to at most one predicted incident
/// event, preferring one whose type fits, then the one sharing most
/// arguments; the field accuracies are measured over the aligned pairs.
pub fn muc4(records: &[Record]) -> Vec<Score> {
    let mut prf = Prf::default();
    let (mut typed, mut located, mut dated, mut perp, mut weapon) = (0, 0, 0, 0, 0);
    let (mut with_loc, mut with_date, mut with_perp, mut with_weapon) = (0, 0, 0, 0);
    let (mut quiet_docs, mut quiet_ok) = (0, 0);
    let mut matched_total = 0;
    for r in records {
        let report = analyze(r);
        let predicted: Vec<&sitrep::report::Event> = report
            .events
            .iter()
            .filter(|e| is_incident_event(e))
            .collect();
        let gold: Vec<&Value> = r.gold["incidents"]
            .as_array()
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        if gold.is_empty() {
            quiet_docs += 1;
            if predicted.is_empty() {
                quiet_ok += 1;
            }
        }
        let mut taken = vec![false; predicted.len()];
        let mut matched_gold = 0;
        let mut optional_matched = 0;
        for g in &gold {
            let optional = g["optional"].as_bool().unwrap_or(false);
            // The best predicted event: type fits, then most shared arguments.
            let best = predicted
                .iter()
                .enumerate()
                .filter(|(i, _)| !taken[*i])
                .max_by_key(|(i, e)| {
                    (
                        muc_type_fits(e, g["type"].as_str().unwrap_or("")),
                        location_fits(e, g) as u8
                            + perpetrator_fits(e, g) as u8
                            + weapon_fits(e, g) as u8,
                        std::cmp::Reverse(*i),
                    )
                })
                .map(|(i, _)| i);
            let Some(i) = best else { continue };
            taken[i] = true;
            if optional {
                optional_matched += 1;
            } else {
                matched_gold += 1;
            }
            let e = predicted[i];
            matched_total += 1;
            typed += muc_type_fits(e, g["type"].as_str().unwrap_or("")) as usize;
            if g["location"]["text"].is_string() {
                with_loc += 1;
                located += location_fits(e, g) as usize;
            }
            if let Some(d) = g["date"].as_str() {
                with_date += 1;
                dated += (e.date.as_ref().and_then(|x| x.value.as_deref()) == Some(d)) as usize;
            }
            if !strings(&g["perpetrators"]).is_empty()
                || !strings(&g["perpetrator_orgs"]).is_empty()
            {
                with_perp += 1;
                perp += perpetrator_fits(e, g) as usize;
            }
            if !strings(&g["weapons"]).is_empty() {
                with_weapon += 1;
                weapon += weapon_fits(e, g) as usize;
            }
        }
        let required = gold
            .iter()
            .filter(|g| !g["optional"].as_bool().unwrap_or(false))
            .count();
        prf.tp += matched_gold;
        prf.fn_ += required - matched_gold;
        prf.fp += predicted.len() - matched_gold - optional_matched;
    }
    let d = "muc4";
    vec![
        Score::new(d, "incident precision", prf.precision(), prf.tp + prf.fp),
        Score::new(d, "incident recall", prf.recall(), prf.tp + prf.fn_),
        Score::new(d, "incident F1", prf.f1(), prf.tp + prf.fp + prf.fn_),
        Score::new(
            d,
            "event-type accuracy (matched)",
            ratio(typed, matched_total),
            matched_total,
        ),
        Score::new(
            d,
            "location accuracy (matched)",
            ratio(located, with_loc),
            with_loc,
        ),
        Score::new(
            d,
            "date accuracy (matched)",
            ratio(dated, with_date),
            with_date,
        ),
        Score::new(
            d,
            "perpetrator accuracy (matched)",
            ratio(perp, with_perp),
            with_perp,
        ),
        Score::new(
            d,
            "weapon accuracy (matched)",
            ratio(weapon, with_weapon),
            with_weapon,
        ),
        Score::new(
            d,
            "no-incident docs with nothing violent",
            ratio(quiet_ok, quiet_docs),
            quiet_docs,
        ),
    ]
}

/// Document-level killed and injured, location and date, for a gun violence set.
///
/// The gold counts the one incident the document was chosen for. The main
/// figures compare it with the report's summary, everything the text
/// reports (other shootings on the page count against us); the "main event
/// only" figures with the event that harmed most people (a shooting split
/// into two events counts against us there).
fn casualty_scores(dataset: &'static str, records: &[Record]) -> Vec<Score> {
    let (mut k_n, mut k_exact, mut k_near) = (0, 0, 0);
    let (mut i_n, mut i_exact, mut i_near) = (0, 0, 0);
    let (mut k_main, mut i_main) = (0, 0);
    let (mut loc_n, mut loc_ok, mut date_n, mut date_ok) = (0, 0, 0, 0);
    let near = |p: u64, g: u64| (p as f64 - g as f64).abs() <= 0.2 * g as f64;
    let show = std::env::var_os("SITREP_EVAL_ERRORS").is_some();
    for r in records {
        let report = analyze(r);
        let gold = &r.gold;
        // The main event: the violent event with the most people harmed,
        // else the first. (Armed clashes count here: MUC-4 leaves them out,
        // but a shooting with no side named may be read as one.)
        let main = report
            .events
            .iter()
            .filter(|e| VIOLENT.contains(&e.event_type.as_str()))
            .max_by_key(|e| {
                let harmed = e.fatalities.as_ref().map_or(0, |q| q.best)
                    + e.injuries.as_ref().map_or(0, |q| q.best);
                (harmed, std::cmp::Reverse(e.id.clone()))
            });
        let main_killed = main
            .and_then(|e| e.fatalities.as_ref())
            .map_or(0, |q| q.best);
        let main_injured = main.and_then(|e| e.injuries.as_ref()).map_or(0, |q| q.best);
        if show {
            let (kg, ig) = (
                gold["killed_total"].as_u64(),
                gold["injured_total"].as_u64(),
            );
            let (kp, ip) = (report.summary.fatalities.best, report.summary.injuries.best);
            let wrong = |g: Option<u64>, p: u64| g.is_some_and(|g| g != p);
            if wrong(kg, kp) || wrong(ig, ip) {
                eprintln!(
                    "{} killed {}/{} injured {}/{} (gold/predicted; main event {}/{}) events {}",
                    r.id,
                    kg.map_or("-".into(), |g| g.to_string()),
                    kp,
                    ig.map_or("-".into(), |g| g.to_string()),
                    ip,
                    main_killed,
                    main_injured,
                    report.events.len(),
                );
            }
        }
        if let Some(g) = gold["killed_total"].as_u64() {
            let p = report.summary.fatalities.best;
            k_n += 1;
            k_exact += (p == g) as usize;
            k_near += near(p, g) as usize;
            k_main += (main_killed == g) as usize;
        }
        if let Some(g) = gold["injured_total"].as_u64() {
            let p = report.summary.injuries.best;
            i_n += 1;
            i_exact += (p == g) as usize;
            i_near += near(p, g) as usize;
            i_main += (main_injured == g) as usize;
        }
        let Some(incident) = gold["incidents"].as_array().and_then(|a| a.first()) else {
            continue;
        };
        if let Some(city) = incident["location"]["city"].as_str() {
            loc_n += 1;
            loc_ok += main
                .and_then(|e| e.location.as_ref())
                .is_some_and(|p| overlaps(city, &p.name) || overlaps(city, &p.span.text))
                as usize;
        }
        if let Some(d) = incident["date"].as_str() {
            date_n += 1;
            date_ok += main
                .and_then(|e| e.date.as_ref())
                .and_then(|x| x.value.as_deref())
                .is_some_and(|v| v == d) as usize;
        }
    }
    vec![
        Score::new(dataset, "killed exact", ratio(k_exact, k_n), k_n),
        Score::new(dataset, "killed within 20%", ratio(k_near, k_n), k_n),
        Score::new(dataset, "injured exact", ratio(i_exact, i_n), i_n),
        Score::new(dataset, "injured within 20%", ratio(i_near, i_n), i_n),
        Score::new(
            dataset,
            "killed exact, main event only",
            ratio(k_main, k_n),
            k_n,
        ),
        Score::new(
            dataset,
            "injured exact, main event only",
            ratio(i_main, i_n),
            i_n,
        ),
        Score::new(
            dataset,
            "location (city) accuracy",
            ratio(loc_ok, loc_n),
            loc_n,
        ),
        Score::new(dataset, "date accuracy", ratio(date_ok, date_n), date_n),
    ]
}

/// Gun Violence Database.
pub fn gvdb(records: &[Record]) -> Vec<Score> {
    casualty_scores("gvdb", records)
}

/// SemEval-2018 task 5, Gun Violence Archive documents.
pub fn gva(records: &[Record]) -> Vec<Score> {
    casualty_scores("semeval2018-task5-gva", records)
}

/// WikiEvents: attack, die and injure trigger F1 (span overlap).
pub fn wikievents(records: &[Record]) -> Vec<Score> {
    let mut scores = [Prf::default(), Prf::default(), Prf::default()];
    for r in records {
        let report = analyze(r);
        let mut predicted: [Vec<(usize, usize)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
        for e in &report.events {
            if VIOLENT.contains(&e.event_type.as_str()) {
                for t in std::iter::once(&e.trigger).chain(&e.triggers) {
                    if e.fatalities_keyword.as_ref() != Some(t)
                        && e.injuries_keyword.as_ref() != Some(t)
                    {
                        predicted[0].push((t.start, t.end));
                    }
                }
            }
            if let Some(k) = &e.fatalities_keyword {
                predicted[1].push((k.start, k.end));
            }
            if let Some(k) = &e.injuries_keyword {
                predicted[2].push((k.start, k.end));
            }
        }
        let mut gold: [Vec<(usize, usize)>; 3] = [Vec::new(), Vec::new(), Vec::new()];
        for g in r.gold["events"].as_array().into_iter().flatten() {
            let ty = g["type"].as_str().unwrap_or("");
            let slot = if ty.starts_with("Conflict.Attack") {
                0
            } else if ty.starts_with("Life.Die") {
                1
            } else if ty.starts_with("Life.Injure") {
                2
            } else {
                continue;
            };
            let t = &g["trigger"];
            if let (Some(s), Some(e)) = (t["start"].as_u64(), t["end"].as_u64()) {
                gold[slot].push((s as usize, e as usize));
            }
        }
        for k in 0..3 {
            predicted[k].sort();
            predicted[k].dedup();
            let hit = |a: &(usize, usize), b: &(usize, usize)| a.0 < b.1 && b.0 < a.1;
            let tp = predicted[k]
                .iter()
                .filter(|p| gold[k].iter().any(|g| hit(p, g)))
                .count();
            let found = gold[k]
                .iter()
                .filter(|g| predicted[k].iter().any(|p| hit(p, g)))
                .count();
            scores[k].tp += found;
            scores[k].fp += predicted[k].len() - tp;
            scores[k].fn_ += gold[k].len() - found;
        }
    }
    let d = "wikievents";
    ["attack", "die", "injure"]
        .iter()
        .zip(scores)
        .map(|(name, s)| {
            Score::new(
                d,
                format!(
                    "{name} trigger F1 (P {:.2} R {:.2})",
                    s.precision(),
                    s.recall()
                ),
                s.f1(),
                s.tp + s.fn_,
            )
        })
        .collect()
}
