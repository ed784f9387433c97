//! The article users paste, read as a careful analyst would code it.
//!
//! The text is `../shared/examples/belgorod-raid.txt`, read at run time.

use sitrep::report::{Event, Report};

fn report() -> Option<Report> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/examples/belgorod-raid.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("skipped: {path} is not there");
        return None;
    };
    let options = sitrep::Options::default()
        .with_reference_date("2024-01-02")
        .unwrap();
    Some(sitrep::analyze(&text, &options))
}

fn find<'r>(r: &'r Report, what: &str, pred: impl Fn(&Event) -> bool) -> &'r Event {
    let found: Vec<&Event> = r.events.iter().filter(|e| pred(e)).collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one event: {what}; events: {:#?}",
        r.events
            .iter()
            .map(|e| (&e.id, &e.event_type, &e.sub_type, &e.trigger.text))
            .collect::<Vec<_>>()
    );
    found[0]
}

fn has_weapon(e: &Event, kind: &str) -> bool {
    e.weapons.iter().any(|w| w.kind == kind)
}

fn actor_country(e: &Event) -> Option<&str> {
    e.actors.first().and_then(|a| a.country.as_deref())
}

#[test]
fn the_raid_is_one_claimed_battle_with_small_arms_mortars_and_mines() {
    let Some(r) = report() else { return };
    let raid = find(&r, "the raid", |e| {
        e.event_type == "Battles"
            && e.evidence_sentences
                .iter()
                .any(|s| s.text.contains("conducted a raid"))
    });
    assert_eq!(actor_country(raid), Some("UKR"));
    assert_eq!(raid.status, "claimed");
    let place = raid.location.as_ref().expect("a place");
    assert_eq!(
        (place.name.as_str(), place.country.as_deref()),
        ("Belgorod Oblast", Some("RU"))
    );
    assert!(place.lat.is_some_and(|lat| (50.0..51.5).contains(&lat)));
    let source = raid.source.as_ref().expect("a source");
    assert!(source.name.contains("Ukraine"), "{source:?}");
    for kind in ["small_arms", "mortar", "mine"] {
        assert!(has_weapon(raid, kind), "{kind} in {:?}", raid.weapons);
    }
    // The headline and "the assault" / "the raid" later are the same event.
    assert!(raid
        .evidence_sentences
        .iter()
        .any(|s| s.text.starts_with("Kyiv states")));
    assert!(raid
        .evidence_sentences
        .iter()
        .any(|s| s.text.starts_with("The assault")));
    assert!(raid.fatalities.is_none(), "casualties were not specified");
}

#[test]
fn the_earlier_aerial_attacks_are_alleged_with_their_toll() {
    let Some(r) = report() else { return };
    let e = find(&r, "the aerial attacks", |e| {
        e.event_type == "Explosions/Remote violence" && e.status == "alleged"
    });
    assert_eq!(actor_country(e), Some("UKR"));
    assert!(has_weapon(e, "missile") && has_weapon(e, "rocket"));
    assert_eq!(
        e.location.as_ref().map(|p| p.name.as_str()),
        Some("Belgorod Oblast")
    );
    let k = e.fatalities.as_ref().unwrap();
    assert_eq!(
        (k.span.text.as_str(), k.low, k.best, k.high),
        ("over two dozen", Some(24), 25, None)
    );
    let i = e.injuries.as_ref().unwrap();
    assert_eq!(
        (i.span.text.as_str(), i.low, i.best, i.high),
        ("more than 100", Some(100), 100, None)
    );
}

#[test]
fn russias_vow_and_its_foiled_attack_claim() {
    let Some(r) = report() else { return };
    let vow = find(&r, "the vow", |e| {
        e.plover.as_deref() == Some("THREATEN") && e.trigger.text == "vowed"
    });
    assert_eq!(actor_country(vow), Some("RUS"));
    assert_eq!(vow.status, "threatened");
    let foiled = find(&r, "the foiled attack", |e| {
        e.sub_type == "Disrupted weapons use"
    });
    assert_eq!(foiled.status, "foiled");
    assert_eq!(actor_country(foiled), Some("UKR"));
    assert_eq!(
        foiled.source.as_ref().map(|s| s.name.as_str()),
        Some("Russia")
    );
    // "another Ukrainian attack on the region": the Belgorod region before.
    assert_eq!(
        foiled.location.as_ref().map(|p| p.name.as_str()),
        Some("Belgorod Oblast")
    );
    // "attacks by Moscow" names Russia's government, not a place.
    assert!(r
        .events
        .iter()
        .all(|e| e.location.as_ref().is_none_or(|p| p.name != "Moscow")));
}

#[test]
fn the_largest_air_attack_and_the_bombardment_days_later_stay_apart() {
    let Some(r) = report() else { return };
    let largest = find(&r, "the largest air attack", |e| {
        e.trigger.text == "air attack"
    });
    assert_eq!(largest.event_type, "Explosions/Remote violence");
    assert_eq!(actor_country(largest), Some("RUS"));
    let w = largest
        .weapons
        .iter()
        .find(|w| w.kind == "missile+drone")
        .expect("missiles and drones");
    let c = w.count.as_ref().unwrap();
    assert_eq!((c.best, c.high, c.exact), (160, Some(160), false));
    assert_eq!(
        largest.fatalities.as_ref().map(|q| (q.best, q.high)),
        Some((24, None))
    );
    assert_eq!(
        largest.injuries.as_ref().map(|q| (q.low, q.best)),
        Some((Some(150), 150))
    );

    let later = find(&r, "the bombardment days later", |e| {
        e.trigger.text == "bombardment"
    });
    assert_eq!(later.sub_type, "Shelling/artillery/missile attack");
    let kyiv = later.location.as_ref().expect("Kyiv");
    assert_eq!(
        (
            kyiv.name.as_str(),
            kyiv.country.as_deref(),
            kyiv.feature.as_str()
        ),
        ("Kyiv", Some("UA"), "city")
    );
    assert_eq!(actor_country(later), Some("RUS"));
    let w = later
        .weapons
        .iter()
        .find(|w| w.kind == "missile+drone")
        .expect("missiles and drones");
    assert_eq!(
        w.count.as_ref().map(|c| (c.low, c.best)),
        Some((Some(130), 130))
    );
    assert_eq!(
        later.fatalities.as_ref().map(|q| (q.best, q.exact)),
        Some((5, true))
    );
    assert_eq!(
        later.injuries.as_ref().map(|q| (q.best, q.exact)),
        Some((130, true))
    );
}

#[test]
fn aid_held_up_is_a_strategic_development() {
    let Some(r) = report() else { return };
    let aid = find(&r, "the aid", |e| e.plover.as_deref() == Some("AID"));
    assert_eq!(aid.event_type, "Strategic developments");
}

#[test]
fn a_hypothetical_is_not_an_event() {
    let Some(r) = report() else { return };
    assert!(r
        .events
        .iter()
        .filter(|e| e.event_type != "Strategic developments")
        .all(|e| !e.evidence.text.contains("fails to repel")));
}

#[test]
fn the_summary_adds_up_without_double_counting() {
    let Some(r) = report() else { return };
    // 25 + 24 + 5 killed; 100 + 150 + 130 injured; the raid's casualties
    // "were not specified" and count nothing.
    let k = r.summary.fatalities;
    assert_eq!((k.low, k.best, k.high), (53, 54, None));
    let i = r.summary.injuries;
    assert_eq!((i.low, i.best, i.high), (380, 380, None));
    let sum: u64 = r
        .events
        .iter()
        .filter_map(|e| e.fatalities.as_ref())
        .map(|q| q.best)
        .sum();
    assert_eq!(sum, k.best);
    assert_eq!(r.summary.events, r.events.len());
}
