//! The analyzer's limits (issue 7): its work grows linearly with the text
//! whatever the text, shown by counting inner-loop steps rather than by
//! timing; and a text over the size limit is cut at a sentence end with a
//! warning that says what was read.

use sitrep::{analyze, work_steps, Options, MAX_INPUT_BYTES};

/// Whether steps are counted: only debug builds count them (`cargo test`).
fn counting() -> bool {
    if !cfg!(debug_assertions) {
        eprintln!("SKIPPED: an optimized build does not count work steps");
    }
    cfg!(debug_assertions)
}

/// Inner-loop steps one analysis of `text` takes.
fn work(text: &str) -> u64 {
    let options = Options::default()
        .with_reference_date("2024-01-02")
        .unwrap();
    let before = work_steps();
    let report = analyze(text, &options);
    std::hint::black_box(&report);
    work_steps() - before
}

/// `unit` repeated (with `#` replaced by a running number) to about `bytes`.
fn repeat(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len() + 8);
    let mut k = 0;
    while s.len() < bytes {
        s.push_str(&unit.replace('#', &k.to_string()));
        k += 1;
    }
    s
}

/// Texts that made some step quadratic before it was bounded, and others
/// that stress one extractor: long runs with no sentence end, one event
/// restated thousands of times, thousands of events, mentions and numbers.
const PATHOLOGICAL: &[&str] = &[
    // A well-formed paragraph, restated: one event with thousands of sentences.
    "Russian forces shelled Kharkiv on Monday, killing 3 civilians and wounding 12, officials said. ",
    // The same with no punctuation: one endless sentence.
    "Russian forces shelled Kharkiv on Monday killing 3 civilians and wounding 12 officials said ",
    "The missile struck. ",
    "The Kremlin said Moscow struck Kyiv. Moscow said. ",
    // Thousands of distinct events, actors and places.
    "Days later, another attack by John Bolo# killed # people in the village of Zorbat#.\n",
    "Another attack in Kyiv killed # people. ",
    "Police arrested # protesters in Paris.\n",
    "Gunmen attacked a village in Borno, Nigeria, killing # people. Separately, Russian drones hit Kyiv, killing 2. ",
    // Long lists of one kind of mention, no sentence end.
    "Ukraine, Russia, Nigeria, Mali, Syria, Israel, Hamas, Hezbollah, Kyiv, Moscow, ",
    "in Kyiv in Kharkiv in Odesa in Lviv in Dnipro ",
    "Zorbat# Village attacked by Mr Bolo# ",
    "on Monday, January #, 2024, yesterday, last week, ",
    "three missiles and # drones, ",
    "# # # # ",
    "one two three four five six seven eight nine ten hundred thousand million ",
    "killed killed killed wounded ",
    "U.S. U.N. Jan. Gen. Dr. St. No. ",
    "he she he she he said ",
    "(((((\"“‘«[ ",
    "word ",
    "\u{200B}\u{202E}e\u{301}😀\t\r\n",
];

#[test]
fn work_grows_linearly_on_pathological_text() {
    if !counting() {
        return;
    }
    // Small enough for a debug build; large enough that a quadratic step
    // (hundreds of sentences, thousands of tokens) would dominate.
    const N: usize = 8 * 1024;
    let mut failures = Vec::new();
    for unit in PATHOLOGICAL {
        let small = repeat(unit, N);
        let large = repeat(unit, 8 * N);
        let (w1, w8) = (work(&small), work(&large));
        // The counter counts: at least a step per word of the text.
        let words = small.split_whitespace().count() as u64;
        assert!(
            w1 >= words / 2,
            "{unit:?}: only {w1} steps for {words} words"
        );
        let ratio = w8 as f64 / w1 as f64;
        if ratio > 10.0 {
            failures.push(format!(
                "{unit:?}: {w1} steps for {} bytes, {w8} for {} bytes (x{ratio:.1})",
                small.len(),
                large.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "work grows faster than linearly:\n{}",
        failures.join("\n")
    );
}

#[test]
fn work_grows_linearly_on_news() {
    if !counting() {
        return;
    }
    // A news article of our own, repeated: the ordinary case.
    let article = "KYIV, Jan 2 (Reuters) - Russia launched nearly 100 missiles and \
        drones at Ukraine overnight, killing at least five civilians in Kyiv and \
        Kharkiv, officials said on Tuesday.\n\nUkraine's air force said it shot down \
        72 drones. In Belgorod, a Russian region bordering Ukraine, the governor said \
        two people were wounded by shelling.\n\n";
    let (w1, w8) = (
        work(&repeat(article, 8 * 1024)),
        work(&repeat(article, 64 * 1024)),
    );
    assert!(w8 <= 10 * w1, "{w1} steps, then {w8} for 8 times the text");
}

#[test]
fn sentences_stay_bounded() {
    // One "sentence" of 10,000 words: split into pieces, each of them at
    // most 256 tokens, covering the text in order.
    let text = repeat("the convoy moved north and ", 10_000 * 27 / 5);
    let words = text.split_whitespace().count();
    assert!(words >= 10_000);
    let report = analyze(&text, &Options::default());
    assert!(
        report.sentences.len() >= words / 256,
        "{}",
        report.sentences.len()
    );
    let mut at = 0;
    for s in &report.sentences {
        assert!(s.start >= at);
        assert!(s.text.split_whitespace().count() <= 256, "{:?}", s.text);
        at = s.end;
    }
    // A long list cuts at its commas when it can.
    let text = repeat("Kyiv, Lviv, Odesa, Dnipro, ", 2_000);
    let report = analyze(&text, &Options::default());
    assert!(report.sentences.len() > 1);
    for s in &report.sentences[..report.sentences.len() - 1] {
        assert!(s.text.ends_with(','), "{:?}", &s.text[s.text.len() - 20..]);
    }
}

#[test]
fn text_over_the_limit_is_cut_at_a_sentence_end_and_says_so() {
    // Cheap to analyze: a few sentences, then blank space up to past the
    // limit, then a sentence that is not read.
    let head = "Drones hit Kyiv overnight. Two people were wounded.\n";
    let tail = "Missiles hit Lviv. Five people were killed.";
    let mut text = String::with_capacity(MAX_INPUT_BYTES + 1024);
    text.push_str(head);
    while text.len() < MAX_INPUT_BYTES - 20 {
        text.push_str("                                                               \n");
    }
    text.push_str(tail);
    assert!(text.len() > MAX_INPUT_BYTES);
    let report = analyze(&text, &Options::default());
    let warning = report
        .warnings
        .iter()
        .find(|w| w.contains("limit"))
        .unwrap_or_else(|| panic!("no warning: {:?}", report.warnings));
    assert!(warning.starts_with("input is 16.0 MiB ("), "{warning}");
    assert!(warning.contains("over the 16.0 MiB limit"), "{warning}");
    assert!(warning.contains("the rest was not read"), "{warning}");
    // What was read ends where the warning says.
    let said: usize = warning
        .split("characters 0 to ")
        .nth(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',')
                .filter(char::is_ascii_digit)
                .collect::<String>()
        })
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no character count: {warning}"));
    assert!(
        said <= MAX_INPUT_BYTES && said > MAX_INPUT_BYTES - 100,
        "{said}"
    );
    // The head was read, the tail was not.
    assert!(report.sentences.iter().any(|s| s.text.contains("Kyiv")));
    assert!(!report.sentences.iter().any(|s| s.text.contains("Lviv")));
    // Under the limit, no such warning.
    let report = analyze(head, &Options::default());
    assert!(report.warnings.iter().all(|w| !w.contains("limit")));
}
