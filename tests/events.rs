//! Events read from sentences written for these tests: each trigger family,
//! each argument pattern, and what must not become an event.

use sitrep::report::{Event, Report};

fn analyze(text: &str) -> Report {
    let options = sitrep::Options::default()
        .with_reference_date("2024-03-06")
        .unwrap();
    sitrep::analyze(text, &options)
}

fn only(text: &str) -> Event {
    let r = analyze(text);
    assert_eq!(
        r.events.len(),
        1,
        "{text}\n{:#?}",
        r.events
            .iter()
            .map(|e| (&e.event_type, &e.sub_type, &e.trigger.text))
            .collect::<Vec<_>>()
    );
    r.events.into_iter().next().unwrap()
}

fn types(text: &str) -> Vec<(String, String)> {
    analyze(text)
        .events
        .into_iter()
        .map(|e| (e.event_type, e.sub_type))
        .collect()
}

#[test]
fn air_strike_with_actor_place_and_toll() {
    let e = only("An Israeli air strike on Gaza City killed 12 people on Tuesday.");
    assert_eq!(
        (e.event_type.as_str(), e.sub_type.as_str()),
        ("Explosions/Remote violence", "Air/drone strike")
    );
    assert_eq!(e.actors[0].country.as_deref(), Some("ISR"));
    let place = e.location.as_ref().expect("a place");
    assert_eq!(
        (place.span.text.as_str(), place.country.as_deref()),
        ("Gaza City", Some("PS"))
    );
    assert_eq!(e.fatalities.as_ref().map(|q| q.best), Some(12));
    assert_eq!(
        e.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2024-03-05")
    );
}

#[test]
fn roadside_bomb_wounding_soldiers() {
    let e = only(
        "A roadside bomb exploded near a convoy in Helmand province, wounding three soldiers.",
    );
    assert_eq!(e.sub_type, "Remote explosive/landmine/IED");
    assert_eq!(e.injuries.as_ref().map(|q| q.best), Some(3));
    assert!(e.fatalities.is_none());
}

#[test]
fn abduction_arrest_protest_agreement() {
    assert_eq!(
        types("Gunmen abducted 20 villagers in Zamfara State."),
        [(
            "Violence against civilians".to_string(),
            "Abduction/forced disappearance".to_string()
        )]
    );
    assert_eq!(
        types("Police arrested 15 opposition members in Nairobi."),
        [("Strategic developments".to_string(), "Arrests".to_string())]
    );
    assert_eq!(
        types("Thousands of people held a rally in Tbilisi against the law."),
        [("Protests".to_string(), "Peaceful protest".to_string())]
    );
    // Crowds that march, rally or take to the streets protest; troops that
    // march do not.
    for text in [
        "Protesters marched through Tbilisi on Sunday.",
        "Thousands took to the streets of Belgrade on Saturday.",
        "Hundreds of demonstrators rallied outside parliament in Nairobi.",
    ] {
        assert_eq!(
            types(text),
            [("Protests".to_string(), "Peaceful protest".to_string())],
            "{text}"
        );
    }
    assert_eq!(types("Troops marched into the town."), []);
    assert_eq!(
        types("The two sides agreed to a ceasefire on Sunday."),
        [(
            "Strategic developments".to_string(),
            "Agreement".to_string()
        )]
    );
}

#[test]
fn interception_is_disrupted_weapons_use() {
    let e = only("Air defences shot down 30 drones over the Odesa region overnight.");
    assert_eq!(e.sub_type, "Disrupted weapons use");
    assert_eq!(e.status, "foiled");
}

#[test]
fn passive_voice_gives_the_actor() {
    let e = only("The convoy was attacked by Taliban fighters near Kandahar.");
    assert_eq!(e.actors[0].name, "Taliban");
}

#[test]
fn negated_hypothetical_and_cumulative_are_not_counted() {
    assert!(analyze("No attack was reported in the city.")
        .events
        .is_empty());
    assert!(analyze("If talks fail, the army could attack the town.")
        .events
        .is_empty());
    let r = analyze("Since the war began, 10,000 civilians have been killed.");
    assert_eq!(r.summary.fatalities.best, 0);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("10,000 civilians have been killed") && w.contains("not added")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn restatements_merge_and_distinct_events_stay_apart() {
    let r = analyze(
        "A car bomb killed seven people in Mogadishu on Saturday. The blast, which \
         al-Shabaab claimed, destroyed a market. Officials said seven people died in the attack.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.summary.fatalities.best, 7);

    let r = analyze(
        "Russian forces shelled Kharkiv on Monday, killing two people. Two days later, \
         another strike on Kharkiv killed four.",
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    assert_eq!(r.summary.fatalities.best, 6);

    // A sentence opening with "Later" moves the story on to a new event,
    // even of the same kind in the same region; a later toll with no event
    // word of its own still updates the first.
    let r = analyze(
        "Russian forces shelled Kharkiv overnight, killing seven civilians. Later on \
         Thursday, artillery fire on the nearby town of Vovchansk killed two men.",
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    assert_eq!(r.summary.fatalities.best, 9);
    let r = analyze(
        "Russian forces shelled Kharkiv overnight, killing seven civilians. Later, the \
         death toll rose to nine.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.summary.fatalities.best, 9);
}

#[test]
fn casualties_alone_are_kept_apart() {
    let e = only("Heavy fighting near Bakhmut caused 40 casualties.");
    assert!(e.fatalities.is_none() && e.injuries.is_none());
    assert_eq!(e.casualties.as_ref().map(|q| q.best), Some(40));
    let r = analyze("Heavy fighting near Bakhmut caused 40 casualties.");
    assert!(r
        .warnings
        .iter()
        .any(|w| w.contains("does not say killed or injured")));
    assert_eq!(r.summary.fatalities.best + r.summary.injuries.best, 0);
}

#[test]
fn every_event_field_points_at_its_evidence() {
    let text = "Hamas fighters attacked an army post near Gaza on Friday, killing three soldiers.";
    let r = analyze(text);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for e in &r.events {
        assert_eq!(slice(e.trigger.start, e.trigger.end), e.trigger.text);
        assert_eq!(slice(e.evidence.start, e.evidence.end), e.evidence.text);
        for a in e.actors.iter().chain(&e.targets) {
            assert_eq!(slice(a.span.start, a.span.end), a.span.text);
        }
        if let Some(q) = &e.fatalities {
            assert_eq!(slice(q.span.start, q.span.end), q.span.text);
        }
    }
}

/// Killed and injured of a text, as the summary adds them up.
/// Each event's killed and injured, in order.
fn event_figures(r: &Report) -> Vec<(Option<u64>, Option<u64>)> {
    r.events
        .iter()
        .map(|e| {
            (
                e.fatalities.as_ref().map(|q| q.best),
                e.injuries.as_ref().map(|q| q.best),
            )
        })
        .collect()
}

fn totals(text: &str) -> (u64, u64) {
    let r = analyze(text);
    (r.summary.fatalities.best, r.summary.injuries.best)
}

#[test]
fn the_dead_told_after_the_count_of_those_hit_are_among_them() {
    // A count of its own between "shot" and "killed": more were shot.
    assert_eq!(
        totals("Four Shot, One Killed, in Riverside Shooting"),
        (1, 3)
    );
    assert_eq!(
        totals("Police said four people were shot and one person killed in Riverside."),
        (1, 3)
    );
    // "one fatally", "two of them fatally": the dead among the hit.
    assert_eq!(
        totals("Four men were shot, one fatally, near Elm Street in Riverside on Friday."),
        (1, 3)
    );
    assert_eq!(
        totals("Five people were wounded, two of them fatally, in Riverside on Friday."),
        (2, 3)
    );
    assert_eq!(
        totals("Three people were stabbed, including one fatally, on Main Street."),
        (1, 2)
    );
    // "shot and killed": the same people, counted before both verbs; a
    // count of weapons is no count of people.
    assert_eq!(totals("Two men were shot and killed in Riverside."), (2, 0));
    assert_eq!(
        totals("A man carrying two handguns was shot and killed at a store in Riverside."),
        (1, 0)
    );
    // A dash typed as "--".
    assert_eq!(
        totals("A shootout in Riverside left six people wounded -- two mortally, police said."),
        (2, 4)
    );
    // A period's figure stays out of the story's event.
    assert_eq!(
        totals(
            "A man was wounded in Riverside on Friday. At least 20 children have been shot \
             in the city this year, five fatally."
        ),
        (0, 1)
    );
}

#[test]
fn a_subject_of_several_persons_is_counted() {
    // Single persons joined by "and", with a list's commas.
    assert_eq!(
        totals("A man and a six-month-old baby were injured in a shooting in Riverside."),
        (0, 2)
    );
    assert_eq!(
        totals("A woman, her son and a neighbor were shot on Elm Street in Riverside."),
        (0, 3)
    );
    // A count with a relative clause before the verb.
    assert_eq!(
        totals("Three state troopers who entered the home in Riverside were wounded."),
        (0, 3)
    );
    // One person is one.
    assert_eq!(
        totals("A man who was walking his dog was wounded in Riverside."),
        (0, 1)
    );
    // A part of the whole, between commas or dashes, is not added to it.
    for text in [
        "Six people, including an elderly woman and her granddaughter, were wounded in \
         Riverside on Sunday.",
        "Six juveniles -- including two children -- were injured by gunfire in Riverside.",
        "Six people — three of them teenagers — were shot late Tuesday night in Riverside.",
    ] {
        assert_eq!(totals(text), (0, 6), "{text}");
    }
    // Two conjuncts after the verb.
    assert_eq!(
        totals("A drive-by shooting in Riverside injured three adults and an 11-year-old child."),
        (0, 4)
    );
    assert_eq!(
        totals("The shelling of Riverside killed two soldiers and three civilians."),
        (5, 0)
    );
    // "sent three others to hospitals": those sent were hurt.
    assert_eq!(
        totals("A shooting at a home in Riverside killed two and sent three others to hospitals."),
        (2, 3)
    );
    assert_eq!(totals("He sent two men to the store in Riverside."), (0, 0));
}

#[test]
fn a_headline_and_its_body_with_others_hurt_are_one_event() {
    // "Father Killed and 4 Others Hurt": four hurt besides the dead, in a
    // neighbourhood named after a town elsewhere ("Hamilton Heights" is not
    // Hamilton, Ontario).
    let text = "Father Killed and 4 Others Hurt in Hamilton Heights Shooting, Police Say\n\n\
                MANHATTAN — A father was killed and four other people were injured in a \
                shooting on Sunday night, police said.";
    let r = analyze(text);
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(totals(text), (1, 4));
    assert!(
        !r.mentions.places.iter().any(|p| p.name == "Hamilton"),
        "{:#?}",
        r.mentions.places
    );
}

#[test]
fn a_period_told_with_alone_or_statistics_is_no_event_toll() {
    for text in [
        "A man was shot in Riverside on Friday. At least 80 people were killed in the city \
         in November alone.",
        "A man was shot in Riverside on Friday. Crime statistics for 2015 show 165 people \
         were murdered in the city.",
    ] {
        assert_eq!(totals(text), (0, 1), "{text}");
    }
}

#[test]
fn an_earlier_incident_told_in_a_clause_is_its_own_event() {
    // "10 days after a gunman killed five": not the story's five.
    let text = "Three officers were killed in a shooting in Riverside on Sunday. The attack \
                came just 10 days after a gunman killed five police officers in Dallas.";
    let r = analyze(text);
    let tolls: Vec<u64> = r
        .events
        .iter()
        .filter_map(|e| e.fatalities.as_ref().map(|q| q.best))
        .collect();
    assert_eq!(tolls, [3, 5], "{:#?}", r.events);
    // A clause after a semicolon that opens with an earlier year.
    let text = "Two men were shot in Riverside on Friday, March 1. The shooting came three \
                years after a similar one in the city; in 2021, nine people were shot, three \
                of them fatally, on Elm Street.";
    let r = analyze(text);
    let story = &r.events[0];
    assert_eq!(
        (
            story.fatalities.as_ref().map(|q| q.best),
            story.injuries.as_ref().map(|q| q.best)
        ),
        (None, Some(2)),
        "{:#?}",
        r.events
    );
    assert_eq!(r.events.len(), 2, "{:#?}", r.events);
    // The story's own victim, told after "after": the same event.
    assert_eq!(
        totals("A man died in Riverside on Friday, two days after he was shot on Elm Street."),
        (1, 0)
    );
    assert_eq!(
        totals(
            "Police were called to Elm Street in Riverside on Friday. Their presence came \
             after a woman was shot to death and four others were injured."
        ),
        (1, 4)
    );
}

#[test]
fn those_taken_to_a_hospital_were_hurt_there_is_not_where() {
    assert_eq!(
        totals("Four people were sent to the hospital with gunshot wounds in Riverside."),
        (0, 4)
    );
    // The one taken who died is the death.
    assert_eq!(
        totals(
            "A man was shot on Elm Street in Riverside. He was taken to the hospital, where \
             he was pronounced dead."
        ),
        (1, 0)
    );
    // The hospital's town is not the event's place.
    for text in [
        "Three men were shot in Riverside on Friday. They were all transported to a \
         hospital in Fresno.",
        "Three men were shot in Riverside on Friday. They were flown to Fresno.",
        "Three men were shot in Riverside on Friday and taken to Fresno Community Hospital.",
    ] {
        let e = only(text);
        assert_eq!(
            e.location.map(|p| p.name),
            Some("Riverside".into()),
            "{text}"
        );
    }
}

#[test]
fn none_hurt_and_a_period_from_month_to_month() {
    // A subject that says none, far from its verb.
    assert_eq!(
        totals(
            "A man was killed in Riverside. No one else in the car that showed up at the \
             hospital was hurt."
        ),
        (1, 0)
    );
    // "from January to November": a period's tally.
    assert_eq!(
        totals(
            "A man was shot in Riverside on Friday. The city counted 74 people injured by \
             gunfire from January to November."
        ),
        (0, 1)
    );
    // "An Opelousas teen hospitalized ... has died": one death, no one hurt.
    assert_eq!(
        totals("An Opelousas teen hospitalized after a weekend shooting has died."),
        (1, 0)
    );
}

#[test]
fn an_accident_is_no_violent_event() {
    for text in [
        "The crash killed two people on the highway near Riverside.",
        "Two people died in a car crash on Elm Street in Riverside.",
        "A house fire injured three residents of Riverside on Sunday.",
    ] {
        let r = analyze(text);
        assert!(r.events.is_empty(), "{text}\n{:#?}", r.events);
    }
    // A fire an attack set is the attack's.
    assert_eq!(
        totals("The missile strike on Riverside caused a fire that killed three people."),
        (3, 0)
    );
    // Fire from guns, a hunting accident and a fire service are violence
    // or no cause at all.
    assert_eq!(
        totals("Gunmen opened fire on the crowd in Riverside, killing two people."),
        (2, 0)
    );
    assert_eq!(
        totals("A 16-year-old boy was killed in a hunting accident near Riverside."),
        (1, 0)
    );
    assert_eq!(
        totals("A man was shot on Elm Street. Fire Rescue crews pronounced him dead at the scene."),
        (1, 0)
    );
}

#[test]
fn a_parent_of_children_and_a_weapon_model_are_no_count() {
    // "Father of 4": one father.
    assert_eq!(totals("Father of 4 Killed in Riverside Shooting"), (1, 0));
    // "AK-47": a rifle, not 47 people.
    assert_eq!(
        totals(
            "The wife of a man who opened fire on police in Riverside with an AK-47 was found \
             dead."
        ),
        (1, 0)
    );
}

#[test]
fn a_death_told_without_a_count_is_one() {
    // A death a shot caused, told with a possessive.
    assert_eq!(
        totals(
            "A man in the group returned fire in Riverside, striking a woman and resulting \
             in her death."
        ),
        (1, 0)
    );
    // One found shot: a headline with no article.
    assert_eq!(
        totals("Teenager found shot and killed in Riverside"),
        (1, 0)
    );
    // One hurt earlier who has since died is one death, not also one hurt.
    assert_eq!(
        totals(
            "Police say a juvenile injured in a shooting in Riverside on Monday morning has \
             died of the injuries."
        ),
        (1, 0)
    );
}

#[test]
fn people_shot_are_the_dead_and_the_hurt() {
    // Seven hit, one of them died: six hurt.
    assert_eq!(
        totals(
            "Seven people were shot at a park in Riverside on Sunday. One of them died at \
             the hospital, police said."
        ),
        (1, 6)
    );
    // A word for the wounded says more than the count of people shot.
    assert_eq!(
        totals(
            "1 Dead, 4 Hurt After Shooting At Block Party\n\nFive people were shot at a \
             block party in Riverside on Saturday night, police said."
        ),
        (1, 4)
    );
    // "the other three" were not among the dead.
    assert_eq!(
        totals(
            "A man was killed in a shooting outside a gas station in Riverside. The other \
             three people shot were taken to a hospital."
        ),
        (1, 3)
    );
    // "Struck by gunfire" counts the hit, the dead among them.
    assert_eq!(
        totals(
            "Police are investigating the fatal shooting of one man and the wounding of \
             three others in Riverside on Saturday. All four men were struck by the gunfire."
        ),
        (1, 3)
    );
    // The victims' ages are no count of them.
    assert_eq!(
        totals(
            "Police say five men between the ages of 21 and 58 were shot in Riverside. \
             One of them died."
        ),
        (1, 4)
    );
    // A headline's last word takes no count from the line below it.
    assert_eq!(
        totals(
            "Lounge Shooting Leaves One Dead, Three Injured\n\nFour men were in a lounge \
             in Riverside early Sunday when a passing car fired into the building."
        ),
        (1, 3)
    );
    // Hit at a place, not fired at.
    assert_eq!(
        totals("He and two friends were shot at the bowling alley in Riverside on Saturday."),
        (0, 3)
    );
    assert_eq!(
        totals("A man shot at two deputies in Riverside on Friday and fled."),
        (0, 0)
    );
}

#[test]
fn one_more_victim_adds_to_the_tally() {
    let r = analyze(
        "A man was shot in the leg outside a bar in Riverside late Friday. Another man was \
         shot in the arm, and a third victim was grazed by a bullet.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.summary.injuries.best, 3);
    // A number given stays: "another" is one of the two.
    assert_eq!(
        totals(
            "Two people were wounded in a shooting in Riverside on Friday. One man was \
             shot in the chest. Another man was shot in the hand."
        ),
        (0, 2)
    );
    // One more after the dead is hurt, not one of the dead.
    assert_eq!(
        totals(
            "A teenager was killed in a shooting in Riverside on Thursday. Police said he \
             was shot outside a store. An adult man was also shot and is expected to recover."
        ),
        (1, 1)
    );
    // A floor of a house is no second victim.
    assert_eq!(
        totals(
            "Ana Ruiz died in her family's second-floor apartment in Riverside after being \
             shot in the head on Thursday."
        ),
        (1, 0)
    );
}

#[test]
fn one_who_received_injuries_is_hurt() {
    assert_eq!(
        totals("A teenager received non-life-threatening injuries in the shooting in Riverside."),
        (0, 1)
    );
    assert_eq!(
        totals(
            "After the shooting in Riverside, the man was transported to a local hospital for \
             treatment of non-life threatening injuries."
        ),
        (0, 1)
    );
    assert_eq!(
        totals("He received a call about the shooting in Riverside."),
        (0, 0)
    );
}

#[test]
fn one_taken_to_the_hospital_in_a_condition_is_hurt() {
    assert_eq!(
        totals(
            "A boy is accused of shooting a girl with a BB gun in Riverside. The girl was \
             taken to the hospital in non-critical condition."
        ),
        (0, 1)
    );
    // The one taken may be the one who died.
    assert_eq!(
        totals(
            "A man was killed in a shooting in Riverside on Friday. He was rushed to the \
             hospital in critical condition, where he died."
        ),
        (1, 0)
    );
}

#[test]
fn victims_counted_by_name() {
    assert_eq!(
        totals("Ana Ruiz, 19, and Peter K. Novak, 44, were shot and killed near the depot."),
        (2, 0)
    );
    assert_eq!(
        totals("Lena Ward and Omar Haddad were wounded in a drive-by shooting on Elm Street."),
        (0, 2)
    );
    // Before "died" and "have been found dead" too, and not reaching back
    // over who says so.
    let r = analyze(
        "Lt. Omar Haddad says a 51-year-old woman and her 6-year-old granddaughter \
         both died from gunshot wounds in Riverside.",
    );
    assert_eq!(r.summary.fatalities.best, 2);
    let q = r.events[0].fatalities.as_ref().unwrap();
    assert_eq!(
        q.span.text,
        "a 51-year-old woman and her 6-year-old granddaughter"
    );
    assert_eq!(
        totals("A woman and a child have been found dead in a hotel room in Riverside."),
        (2, 0)
    );
    // A group, then its members: two, not four.
    assert_eq!(
        totals(
            "Two victims, a 25-year-old Riverside man and a 26-year-old Riverside man, \
             died at the scene of the shooting."
        ),
        (2, 0)
    );
}

#[test]
fn the_same_figures_again_are_one_event() {
    // The headline's place is another town of the name; the figures tell
    // that the body restates it.
    let r = analyze(
        "1 Dead, 4 Injured In Hamilton Heights Shooting\n\nOne person was killed and four \
         others wounded in a shooting in Upper Manhattan late Sunday night.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!((r.summary.fatalities.best, r.summary.injuries.best), (1, 4));
    // Other figures are another event.
    let r = analyze(
        "Two people were killed in a shooting in Dayton on Sunday. In Denver, three \
         people were killed in a shooting at a bar.",
    );
    assert_eq!(r.summary.fatalities.best, 5);
}

#[test]
fn shots_fired_from_guns_are_an_attack_and_one_shooting() {
    // Shots from guns are no shelling.
    let e = only("Gunmen fired rifles at a bus near the market on Monday.");
    assert_eq!(
        (e.event_type.as_str(), e.sub_type.as_str()),
        ("Violence against civilians", "Attack")
    );
    // "gunned down" and "shots were fired" tell one shooting.
    let r = analyze(
        "A teenager was gunned down outside a store in Riverside on Sunday. Witnesses said \
         shots were fired from a passing car and bullets hit the store window.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.summary.fatalities.best, 1);
}

#[test]
fn page_furniture_restates_but_names_no_event() {
    // Another story's headline under this one is no event of this page.
    let r = analyze(
        "Two hurt in shooting outside Riverside bar\n\nTwo men were wounded in a shooting \
         outside a bar on Elm Street in Riverside early Saturday, police said.\n\nPolice \
         have made no arrests.\n\nMan killed in crash on Route 9\nWoman dies in house fire \
         in Lakeview\n",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!((r.summary.fatalities.best, r.summary.injuries.best), (0, 2));
    // A caption repeated for every photo counts once; a gallery line is none.
    let caption = "A man was shot and killed outside a gas station on Main Street in \
                   Riverside on Friday night.";
    let r = analyze(&format!(
        "Man killed at Riverside gas station\n\n{caption}\n\nImage 1 of 3 {caption}\n\n\
         Image 2 of 3 {caption}\n\n{caption}\n"
    ));
    assert_eq!(r.summary.fatalities.best, 1);
    // The story of an arrest, with the toll only in a related link.
    let r = analyze(
        "Suspect arrested in Riverside park shooting\n\nPolice arrested a 19-year-old man \
         on Tuesday in connection with the shooting at Elm Park in Riverside.\n\nRelated: \
         4 shot at a park in Riverside, no arrests\n",
    );
    assert_eq!(r.summary.injuries.best, 4, "{:#?}", r.events);
}

#[test]
fn a_victim_named_as_the_object_is_one() {
    assert_eq!(
        totals("Police say the gunman killed 7-year-old Lucia Brandt outside her home."),
        (1, 0)
    );
    assert_eq!(
        totals("A stray bullet fatally struck Omar Lindqvist on Pine Street on Sunday."),
        (1, 0)
    );
    // A day after the verb is no victim.
    assert_eq!(
        totals("Officials said the new curfew killed Friday Night Lights games in town."),
        (0, 0)
    );
}

#[test]
fn a_headline_victim_who_died() {
    assert_eq!(
        totals("Girl shot at birthday party dies\n\nPolice are looking for the gunman."),
        (1, 0)
    );
    assert_eq!(
        totals("6-year-old who accidentally shot himself dies\n\nPolice in Riverside are asking questions."),
        (1, 0)
    );
    assert_eq!(
        totals(
            "Wounded teen found outside Riverside diner dies\n\nPolice are looking for the gunman."
        ),
        (1, 0)
    );
    assert_eq!(
        totals("A man was killed in a shooting on Oak Street. Neighbors said old owners died off and renters moved in."),
        (1, 0)
    );
}

#[test]
fn counts_that_are_not_people_hit() {
    // A revolver's capacity and a phone number count no one.
    assert_eq!(
        totals(
            "A man was shot and killed in Riverside on Friday. The caller who dialed 911 \
             told dispatchers he shot his friend by accident. Police found a six-shot \
             revolver."
        ),
        (1, 0)
    );
}

#[test]
fn victims_listed_one_by_one_add_up() {
    assert_eq!(
        totals("Police say the man shot and killed his wife and two daughters in Riverside."),
        (3, 0)
    );
    assert_eq!(
        totals("Farmer, 17-month-old grandson found dead in Riverside home"),
        (2, 0)
    );
    // One person named twice, and a part of the whole, add nothing.
    assert_eq!(
        totals("The gunman fatally shot his neighbor, Carl Dunne, in Riverside on Friday."),
        (1, 0)
    );
    assert_eq!(
        totals("Four people, including two teenagers, were wounded in Riverside on Friday."),
        (0, 4)
    );
}

#[test]
fn hit_by_a_bullet_and_shot_by_accident_are_wounds() {
    assert_eq!(
        totals("A woman was hit by a stray bullet on Sixth Street in Riverside on New Year's Eve."),
        (0, 1)
    );
    assert_eq!(
        totals("A teenager was accidentally shot in the leg at a home in Riverside."),
        (0, 1)
    );
}

#[test]
fn casualties_beside_an_arrest_are_counted() {
    // The only trigger of the sentence is the arrest: the death is still
    // an attack's toll.
    assert_eq!(
        totals("Police arrested a neighbor on Monday after a woman was found dead in her home in Riverside."),
        (1, 0)
    );
}

#[test]
fn totals_over_a_period_are_not_one_event() {
    assert_eq!(
        totals(
            "A man was shot and killed on Elm Street in Riverside on Friday. The mayor said \
             48 people have been shot in the past 17 months in the city."
        ),
        (1, 0)
    );
    assert_eq!(
        totals(
            "Two men were wounded in a shooting in Riverside on Friday. Last year, 312 people \
             were shot in the city."
        ),
        (0, 2)
    );
    // One victim "last year" is one event.
    assert_eq!(totals("A man was shot last year in Riverside."), (0, 1));
}

#[test]
fn negated_and_unrealized_harm_counts_no_one() {
    assert_eq!(
        totals(
            "A man was shot and killed on Elm Street in Riverside. Two other children \
             in the house were not injured."
        ),
        (1, 0)
    );
    assert_eq!(
        totals("A woman was killed in a shooting in Riverside. Her son wasn't hurt."),
        (1, 0)
    );
    // A degree in between keeps the harm.
    assert_eq!(
        totals("A teenager was shot in Riverside on Friday but was not seriously injured."),
        (0, 1)
    );
    assert_eq!(
        totals(
            "A boy was fatally shot by his friend in Riverside. His lawyer said he never \
             meant to hurt him."
        ),
        (1, 0)
    );
}

#[test]
fn a_killing_named_by_its_kind_is_one_death() {
    assert_eq!(
        totals("Police arrested a man on Monday in connection with a fatal shooting in Riverside."),
        (1, 0)
    );
    assert_eq!(
        totals("A Riverside man, 19, was charged on Monday in the shooting death."),
        (1, 0)
    );
    assert_eq!(
        totals("Detectives charged a second suspect in the slaying of a teenager in Riverside."),
        (1, 0)
    );
    // A plural or a count says not how many.
    assert_eq!(
        totals("The mayor spoke about fatal shootings in Riverside on Monday."),
        (0, 0)
    );
    assert_eq!(
        totals("Three men were killed in the deadly shooting in Riverside."),
        (3, 0)
    );
}

#[test]
fn a_wound_is_one_person_hit() {
    assert_eq!(
        totals(
            "Police were called to Elm Street in Riverside after a shooting. A man was \
             taken to a hospital with non-life-threatening injuries."
        ),
        (0, 1)
    );
    assert_eq!(
        totals("Officers found that Dana Marsh had suffered a gunshot wound in Riverside."),
        (0, 1)
    );
    // The one wounded who died is a death, not also a wound.
    assert_eq!(
        totals(
            "A woman was found in her home in Riverside on Friday with a gunshot wound. \
             She was pronounced dead at the scene."
        ),
        (1, 0)
    );
    // Found with a wound; the one left wounded beside the dead.
    assert_eq!(
        totals("Officers responded to Elm Street in Riverside and found a 15-year-old with a gunshot wound."),
        (0, 1)
    );
    assert_eq!(
        totals(
            "A shooting in Riverside left one man dead and another with life-threatening injuries."
        ),
        (1, 1)
    );
    assert_eq!(
        totals(
            "Two men were shot in Riverside on Friday. One died. The 19-year-old was \
             treated at a hospital for his injuries."
        ),
        (1, 1)
    );
    assert_eq!(
        totals("A shooting was reported on Elm Street in Riverside. Velasco suffered a minor hand injury."),
        (0, 1)
    );
    assert_eq!(
        totals("A boy was shot in Riverside on Friday. He was treated at a hospital and released."),
        (0, 1)
    );
    assert_eq!(
        totals("Police said his girlfriend, who suffered a gunshot wound to the leg, ran to a neighbor in Riverside."),
        (0, 1)
    );
    // The man found dead who had a wound is one death.
    assert_eq!(
        totals(
            "Police said the man found dead in Riverside last Friday was 18. Police said he \
             suffered multiple gunshot wounds."
        ),
        (1, 0)
    );
    // "arrested for" is no wound.
    assert_eq!(
        totals("He was arrested for injuries to a child in Riverside."),
        (0, 0)
    );
}

#[test]
fn adverbs_before_shot_and_killed() {
    assert_eq!(
        totals("A 15-year-old boy was accidentally shot and killed by his cousin in Riverside."),
        (1, 0)
    );
}

#[test]
fn a_street_or_a_building_is_placed_in_its_town() {
    // The town of the same sentence.
    let e = only("In Tacoma, a man was shot on Maple Avenue on Sunday night.");
    let place = e.location.as_ref().expect("a place");
    assert_eq!(
        (place.name.as_str(), place.feature.as_str()),
        ("Tacoma", "city")
    );
    // Else the town the text is about.
    assert_eq!(
        place_of_shooting(
            "TACOMA, Wash. -- Police in Tacoma are looking for a driver.\n\nA woman was shot and wounded outside Riverside Diner on Maple Avenue late Sunday.",
        ),
        "Tacoma"
    );
}

#[test]
fn an_event_without_a_place_is_in_the_town_the_text_is_about() {
    // The town is named only after the headline's shooting.
    assert_eq!(
        place_of_shooting(
            "Teenager shot while walking home\n\nSPOKANE, Wash. -- A 16-year-old boy was in stable condition. Spokane police said the boy walked home from school in Spokane when the shots came.",
        ),
        "Spokane"
    );
}

/// The place name of the event whose trigger is "shot" in `text`.
fn place_of_shooting(text: &str) -> String {
    let r = analyze(text);
    let e = r
        .events
        .iter()
        .find(|e| e.trigger.text == "shot")
        .expect("the shooting");
    e.location.as_ref().expect("a place").name.clone()
}

#[test]
fn an_age_stands_for_one_person() {
    assert_eq!(totals("4-year-old shot in East Dayton"), (0, 1));
    assert_eq!(
        totals("Officers answered a call about a 12-year-old shot in the hand."),
        (0, 1)
    );
    assert_eq!(totals("19-year-old dies after shooting at a party"), (1, 0));
    // A count of them is counted as such.
    assert_eq!(totals("Two 15-year-olds shot outside a gym"), (0, 2));
}

#[test]
fn one_who_shot_himself_and_another_hurt() {
    assert_eq!(
        totals("A boy was taken to a hospital after accidentally shooting himself at home."),
        (0, 1)
    );
    assert_eq!(totals("Girl, 6, shoots self with a hunting rifle"), (0, 1));
    // The one who shot himself and died is a death, not also a wound.
    assert_eq!(
        totals("A man who accidentally shot himself died at a hospital on Friday."),
        (1, 0)
    );
    assert_eq!(
        totals("Woman killed, another wounded in Elm Park shooting"),
        (1, 1)
    );
    assert_eq!(
        totals("The driver faces charges of shooting and wounding another man."),
        (0, 1)
    );
    assert_eq!(totals("The band shoots another video in May."), (0, 0));
}

#[test]
fn a_named_person_with_an_age_or_pronounced_dead_is_one_death() {
    assert_eq!(
        totals("Investigators said Carla Mendes, 33, died at the scene."),
        (1, 0)
    );
    assert_eq!(
        totals("Medics pronounced him dead at a nearby hospital after the shooting."),
        (1, 0)
    );
    assert_eq!(
        totals("Paramedics pronounced the young woman dead at the scene."),
        (1, 0)
    );
}

#[test]
fn struck_by_a_vehicle_is_no_strike() {
    let r = analyze("A child who had been struck by a vehicle was taken to a hospital.");
    assert!(
        r.events
            .iter()
            .all(|e| e.event_type != "Explosions/Remote violence"),
        "{:?}",
        r.events.iter().map(|e| &e.event_type).collect::<Vec<_>>()
    );
    let e = only("A drone struck a fuel depot in Kherson overnight.");
    assert_eq!(e.event_type, "Explosions/Remote violence");
}

#[test]
fn a_victims_home_town_is_not_where_it_happened() {
    // (The headline's "Michigan man" split this into two events, one in
    // Michigan.)
    let e = only(
        "Police: Drug deal ends in gunfire, Michigan man wounded. \
         Milwaukee police are investigating a shooting on the north side.",
    );
    assert_eq!(
        e.location.as_ref().map(|p| p.name.as_str()),
        Some("Milwaukee")
    );
}

#[test]
fn police_of_no_country_do_not_split_a_headline_from_its_story() {
    // (The headline's "Police" and the body's "American Legion" were read
    // as two sides, so the four teens were counted twice.)
    let text = "Police: 4 teens shot at Statesville birthday party\n\n\
                Four teens attending a birthday party at the American Legion in \
                Statesville were struck by bullets, including 19-year-old Jon Doe.";
    let r = analyze(text);
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.summary.injuries.best, 4);
    assert!(r.events[0].actors.iter().all(|a| a.name != "Police"));
}

#[test]
fn an_earlier_incident_told_as_background_is_its_own_event() {
    // The reference date is 2024-03-06: the story is Monday's shooting, the
    // bar's December shooting is another event, and the sentence after it
    // goes back to the story.
    let r = analyze(
        "A gunman shot two men outside a bar in Riverside on Monday, killing one. In \
         December, three people were wounded in a shooting at the same bar. Police said the \
         man who died was 34.",
    );
    let figures = event_figures(&r);
    assert_eq!(figures, [(Some(1), Some(1)), (None, Some(3))]);
    assert_eq!(
        r.events[1].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2023-12")
    );
    // A death days after the shooting is still the shooting's.
    assert_eq!(
        analyze(
            "Two men were wounded in a shooting on Elm Street on Feb. 1. On Feb. 20, one of \
             them died at the hospital."
        )
        .events
        .len(),
        1
    );
    // A bare weekday is no sign of another time: it hangs on the reference
    // date (here Friday is March 1), which may be the page's, not the story's.
    assert_eq!(
        analyze(
            "Five people were shot at a party on Elm Street on March 5. On Friday, police \
             said a sixth man was wounded."
        )
        .events
        .len(),
        1
    );
}

#[test]
fn shot_dead_and_fatal_injuries_are_deaths() {
    assert_eq!(
        totals("A man was shot dead in Riverside on Friday."),
        (1, 0)
    );
    assert_eq!(
        totals("A 4-year-old boy shot himself in the head, suffering fatal injuries."),
        (1, 0)
    );
    assert_eq!(totals("The man suffered fatal gunshot wounds."), (1, 0));
}

#[test]
fn a_survived_wound_after_a_death_is_another_person() {
    assert_eq!(
        totals("A man was shot dead on Friday. A woman suffered minor injuries in the shooting."),
        (1, 1)
    );
    assert_eq!(
        totals("A man was shot and killed. Another man suffered minor injuries."),
        (1, 1)
    );
    // A wound that may be the death is not counted twice.
    assert_eq!(
        totals("A man suffered a gunshot wound and was pronounced dead at the scene."),
        (1, 0)
    );
}

#[test]
fn a_count_so_far_this_year_is_a_running_total() {
    assert_eq!(
        totals(
            "A man was wounded on Elm Street on Friday. Already this year, 76 people have been \
             shot in the city."
        ),
        (0, 1)
    );
}

#[test]
fn fired_shots_striking_people_hit_them() {
    assert_eq!(
        totals("A man fired one shot into the car, striking a 4-year-old girl in the arm."),
        (0, 1)
    );
    assert_eq!(
        totals("The suspect fired several rounds, striking two men outside the store."),
        (0, 2)
    );
    // What a shot strikes is not always a person.
    assert_eq!(
        totals("He fired at the car, hitting the windshield. Nobody was hurt."),
        (0, 0)
    );
}

#[test]
fn where_a_gunman_comes_from_is_not_where_he_struck() {
    let e =
        only("Three officers were wounded in an ambush by a gunman from Kansas City on Sunday.");
    assert!(
        e.location
            .as_ref()
            .is_none_or(|p| !p.span.text.contains("Kansas")),
        "{:?}",
        e.location
    );
    assert_eq!(
        place_of_shooting(
            "The mayor of Orlando said two men were shot in Tampa, Florida on Friday."
        ),
        "Tampa"
    );
    // With no other place, the mayor's town is not taken either.
    let e = only("The mayor of Orlando said two men were shot on Friday.");
    assert!(e.location.is_none(), "{:?}", e.location);
}

#[test]
fn a_toll_repeated_after_other_news_restates_its_event() {
    // "The gunman who killed three officers" refers back to the ambush with
    // those figures, not to the nightclub attack told just before.
    let text = "Police said three officers were killed and three others wounded in an ambush \
                in Baton Rouge on Sunday. Weeks earlier a gunman attacked a nightclub in \
                Orlando. The gunman who killed three officers and wounded three others in \
                Baton Rouge was a former Marine.";
    assert_eq!(totals(text), (3, 3));
    assert_eq!(analyze(text).events.len(), 2);
}

#[test]
fn misfortune_or_a_car_striking_is_no_strike() {
    let r = analyze(
        "A 3-year-old boy was shot and killed in a drive-by on Tuesday. His grandmother talked \
         to him an hour before tragedy struck.",
    );
    assert_eq!(r.events.len(), 1);
    assert_eq!(r.events[0].event_type, "Violence against civilians");
    assert!(
        types("The driver struck a bicyclist with his car on Main Street.")
            .iter()
            .all(|(t, _)| t != "Explosions/Remote violence")
    );
}

#[test]
fn a_degree_of_murder_is_no_second_event() {
    // "second-degree" names a charge: the restated toll is the same killing.
    let text = "Deputy charged with murder in the shooting death of a 6-year-old boy in \
                Marksville\n\nThe deputy is charged with second-degree murder and attempted \
                second-degree murder over the shooting that killed the boy and wounded his \
                father in Marksville, Louisiana.";
    assert_eq!(totals(text), (1, 1), "{:#?}", analyze(text).events);
}

#[test]
fn separate_shootings_in_one_headline_are_not_apart_from_it() {
    // "separate" sets the two shootings apart from each other, not from the
    // headline that counted them.
    let text = "Two boys shot in separate accidental shootings in Portsmouth\n\nTwo boys were \
                injured Sunday in separate accidental shootings in Portsmouth, police said.";
    assert_eq!(totals(text), (0, 2));
}

#[test]
fn the_sites_town_in_a_page_title_is_not_where_it_happened() {
    // The station's town in the title's site name is not the event's: the
    // headline and the body are one shooting in Hope.
    let text = "Hope man dies in accidental shooting - KSLA News 12 Shreveport, Louisiana News \
                Weather & Sports\n\nHope, Ark., police are investigating a deadly accidental \
                shooting on Friday. A man died at the scene.";
    let r = analyze(text);
    assert_eq!(totals(text), (1, 0), "{:#?}", r.events);
    let place = r.events[0].location.as_ref().expect("a place");
    assert_eq!(place.name, "Hope");
    // A web address before the town, with no spaces around the dash.
    let text = "Teen dies in shooting - WTVM.com-Columbus, GA News\n\nA teenager was shot and \
                killed in Phenix City on Sunday.";
    let place = only(text).location.expect("a place");
    assert_eq!(place.name, "Phenix City");
    // Wire text in capitals has no title: its first line keeps its places.
    let text = "SAN SALVADOR, 3 JAN 90 -- [TEXT] TERRORISTS KILLED FIVE PEASANTS IN\nSAN MIGUEL \
                DEPARTMENT, THE ARMED FORCES PRESS COMMITTEE REPORTED.";
    assert_eq!(totals(text), (5, 0));
    assert!(only(text).location.is_some());
}

#[test]
fn fighting_for_ones_life_is_no_fight() {
    let r = analyze(
        "A man was shot on Main Street in Riverside on Saturday. \"I saw him lying there \
         fighting for his life,\" a neighbor said.",
    );
    assert_eq!(r.events.len(), 1, "{:#?}", r.events);
    assert_eq!(r.events[0].event_type, "Violence against civilians");
}

#[test]
fn an_age_bound_is_no_count() {
    assert_eq!(
        totals("Around 7 p.m., a boy younger than 12 was shot in Hampton, police said."),
        (0, 1)
    );
}

#[test]
fn the_others_injured_and_a_victim_taken_for_treatment() {
    assert_eq!(
        totals(
            "Jackson fired into a car with four women inside on Saturday, killing one of them \
             and injuring the three others."
        ),
        (1, 3)
    );
    assert_eq!(
        totals("The 14-year-old was taken to the hospital for injuries he sustained."),
        (0, 1)
    );
    assert_eq!(
        totals("The 14-year-old was arrested for injuries he caused."),
        (0, 0)
    );
}

#[test]
fn a_round_up_of_several_shootings_is_not_added_to_its_parts() {
    // The headline adds up the weekend; the body tells each shooting with
    // its own figures: the summary adds the shootings, not the total too.
    let text = "3 killed, 5 wounded in weekend shootings across Riverside\n\nA man was shot and \
                killed on Elm Street on Friday night. In another shooting on Saturday, two women \
                were killed and five people were wounded at a party on Oak Avenue.";
    let r = analyze(text);
    assert_eq!(totals(text), (3, 5), "{:#?}", r.events);
    assert!(
        r.warnings.iter().any(|w| w.contains("several incidents")),
        "{:?}",
        r.warnings
    );
    // "in two separate shootings": a total over both.
    let text = "Two men were killed in two separate shootings in Riverside on Saturday. One \
                man was shot and killed on Elm Street. Later, another man was killed on Oak \
                Avenue.";
    assert_eq!(totals(text), (2, 0), "{:#?}", analyze(text).events);
    // With no shooting told apart, the total is the only toll and stays.
    assert_eq!(
        totals("2 shootings in Chester, 1 dead\n\nPolice are investigating two shootings."),
        (1, 0)
    );
    // A past series of attacks told beside a story of its own injured is a
    // past event with both its tolls, not a sum of the story's figures.
    let text = "A parcel bomb wounded four people in Lyon on Friday. France has been on alert \
                after a series of attacks across Paris, killing 130 people and injuring \
                hundreds.";
    let r = analyze(text);
    let past = r
        .events
        .iter()
        .find(|e| e.fatalities.as_ref().is_some_and(|q| q.best == 130))
        .unwrap_or_else(|| panic!("{:#?}", r.events));
    assert!(past.injuries.is_some(), "{past:#?}");
}

#[test]
fn a_victim_who_later_died_is_a_death() {
    // "was later pronounced dead", "... and later died", "passed away":
    // the one shot is the one who died.
    for text in [
        "A man was shot on Elm Street in Riverside on Friday. He was later pronounced dead at \
         a local hospital.",
        "A man was shot on Elm Street in Riverside on Friday and later died at a hospital.",
        "A boy was shot in the head in Riverside on Monday. The boy was taken off life support \
         on Sunday and passed away.",
    ] {
        assert_eq!(totals(text), (1, 0), "{text}");
    }
    // "passed" alone is no death.
    assert_eq!(
        totals("A man was shot in Riverside on Friday. The council passed a gun law."),
        (0, 1)
    );
}

#[test]
fn an_open_question_is_no_casualty() {
    assert_eq!(
        totals(
            "Four officers were shot and injured at a motel in Topeka on Saturday. It remained \
             unclear whether the suspect had escaped or whether he was killed in the fire."
        ),
        (0, 4)
    );
    assert_eq!(
        totals(
            "A gunman opened fire at a mall in Riverside. Police did not say if anyone was hurt."
        ),
        (0, 0)
    );
}

#[test]
fn an_attacker_who_takes_his_own_life_is_one_more_dead() {
    for text in [
        "A gunman shot and killed three people at an office in Riverside on Monday before \
         killing himself.",
        "A gunman shot and killed three people at an office in Riverside on Monday and then \
         turned the gun on himself.",
    ] {
        assert_eq!(totals(text), (4, 0), "{text}");
    }
    assert_eq!(
        totals("A father shot and killed his two sons in Riverside before taking his own life."),
        (3, 0)
    );
    // The toll that already counts him, and a child who shot himself by
    // accident, are not one more.
    assert_eq!(
        totals(
            "Three people are dead, including the gunman, after a shooting in Riverside. The \
             gunman shot two co-workers before killing himself."
        ),
        (3, 0)
    );
    assert_eq!(
        totals("A 3-year-old boy accidentally shot and killed himself in Riverside on Sunday."),
        (1, 0)
    );
}

#[test]
fn a_harm_named_with_its_victim_counts_one() {
    // "the slaying of X, 17, and the wounding of Y": one of each.
    assert_eq!(
        totals(
            "A Riverside man was indicted in the Feb. 22 slaying of Omar Lindqvist, 19, and \
             the shooting and wounding of Theo Marsh, 16."
        ),
        (1, 1)
    );
    // A shooting of one named victim who died: one dead, not one hurt too.
    assert_eq!(
        totals(
            "Police charged a teenager in the March 1st shooting of 15-year-old Ana Ruiz, \
             who died the next day."
        ),
        (1, 0)
    );
    assert_eq!(
        totals(
            "Police arrested a 13-year-old boy in Riverside in connection with the fatal \
             shooting of another teen."
        ),
        (1, 0)
    );
    // The age alone stands for the person.
    assert_eq!(
        totals("A Riverside 13-year-old is accused of killing 15-year-old in a shooting."),
        (1, 0)
    );
    // Two victims of one murder are not one.
    assert_eq!(
        totals("He was charged in the murder of Ana Ruiz and her son in Riverside."),
        (0, 0)
    );
}

#[test]
fn a_harm_that_did_not_happen_counts_no_one() {
    assert_eq!(
        totals(
            "A gunman fired seven shots at a trooper on Route 9 in Riverside. The bullet came \
             within inches of possibly killing the trooper."
        ),
        (0, 0)
    );
    assert_eq!(
        totals(
            "A car bomb was found in Riverside. Had the detonator worked, it would have \
             killed at least 500 people."
        ),
        (0, 0)
    );
    // A guess at who did it is not a doubt that it was done.
    assert_eq!(
        totals("Officials in Riverside said the six monks could have been murdered by the army."),
        (6, 0)
    );
}

#[test]
fn one_left_in_critical_condition_hit_in_the_body_or_who_died_after_acting() {
    assert_eq!(
        totals(
            "Gunmen opened fire on a house in Riverside, killing the boy and leaving his \
             brother in critical condition."
        ),
        (1, 1)
    );
    assert_eq!(
        totals("A student was hit once in the lower body during a shooting in Riverside."),
        (0, 1)
    );
    assert_eq!(
        totals("Two men were struck in the legs during a shooting in Riverside."),
        (0, 2)
    );
    // Not a body's part.
    assert_eq!(
        totals("Riverside was hit hard by the storm in the spring."),
        (0, 0)
    );
    assert_eq!(
        totals(
            "The 14-year-old fired at a classmate in a Riverside school, then turned the gun \
             on herself and died at the scene."
        ),
        (1, 0)
    );
}

#[test]
fn an_earlier_incident_is_dated_against_the_story_told_before_it() {
    // The story's day is in a sentence of its own, and the earlier
    // incident's month is before it.
    let text = "Police confirm that an officer-involved shooting took place on Elm Street in \
                Riverside. It happened around 7:15 p.m. on Friday. One bullet grazed a \
                child's leg. In January, a woman drove her car onto a sidewalk in the city, \
                injuring 36 and killing one.";
    let r = analyze(text);
    let figures = event_figures(&r);
    assert_eq!(
        figures,
        [(None, Some(1)), (Some(1), Some(36))],
        "{:#?}",
        r.events
    );
}

#[test]
fn a_case_of_an_earlier_year_or_a_record_is_not_the_story_s_toll() {
    // The reference date of these tests is 2024-03-06.
    let r = analyze(
        "A 4-year-old boy was seriously wounded in a shooting in Riverside on Tuesday. The \
         block takes its nickname from the 2011 murder of 20-year-old Omar Lindqvist.",
    );
    let figures = event_figures(&r);
    assert_eq!(
        figures,
        [(None, Some(1)), (Some(1), None)],
        "{:#?}",
        r.events
    );
    // A record year's tally is no event's toll.
    assert_eq!(
        totals(
            "Two people were killed in Riverside on Sunday. The deaths came after figures \
             showed a fall in crime since 2022, when the city set a record with 71 homicides."
        ),
        (2, 0)
    );
}

#[test]
fn one_of_those_told_is_not_one_more() {
    // "The second" of the two already counted.
    assert_eq!(
        totals(
            "Police say two young children were critically wounded by gunfire in Riverside \
             on Wednesday night. The second was shot in the head as she slept. Police say two \
             young children were critically wounded by gunfire in Riverside on Wednesday \
             night. The second was shot in the head as she slept in her home on Elm Street."
        ),
        (0, 2)
    );
    // The shooting's other victim is one more.
    assert_eq!(
        totals("A boy was seriously wounded in a shooting in Riverside that also injured a woman."),
        (0, 2)
    );
    // The attacker took his own life after the harm told after it.
    assert_eq!(
        totals(
            "The coroner in Riverside named the man who took his own life after police say \
             he shot a deputy."
        ),
        (1, 1)
    );
}
