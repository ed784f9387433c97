//! The page in a real browser: renders the Yew app into a div in headless
//! Chromium, types into it and checks the DOM after the analysis.
//!
//! Run by `make test` as
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features web --test web`
//! (the runner, wasm-bindgen-test-runner, is set in .cargo/config.toml).
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use gloo_timers::future::TimeoutFuture;
use sitrep::web::engine::EngineRef;
use sitrep::web::state::options_for;
use sitrep::web::state::EXAMPLE;
use sitrep::web::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Longer than the page's debounce, so the analysis has run.
const SETTLE_MS: u32 = 400;

/// Mounts the page, reading on its own thread (the test runner serves no
/// worker script). The gazetteer's major places are installed first, as the
/// worker would fetch them from the page's files (the runner serves none).
async fn mount() -> Element {
    static PLACES: std::sync::Once = std::sync::Once::new();
    PLACES.call_once(|| {
        sitrep::gazetteer::install_major(
            include_str!("../data/gazetteer/admin1.tsv"),
            include_str!("../data/gazetteer/cities-major.tsv"),
        )
        .expect("the major places install");
    });
    let document = document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        engine: EngineRef::in_page(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    yew::scheduler::flush().await;
    TimeoutFuture::new(SETTLE_MS).await;
    yew::scheduler::flush().await;
}

fn type_text(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("textarea")
        .unwrap()
        .unwrap()
        .unchecked_into();
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// The quantity mentions highlighted in the text view, in order, each put
/// back together from its pieces (other marks may cut a mention).
fn quantity_texts(root: &Element) -> Vec<String> {
    let nodes = root
        .query_selector_all(".text-view mark[data-mentions]")
        .unwrap();
    let mut out: Vec<(String, String)> = Vec::new();
    for i in 0..nodes.length() {
        let mark: Element = nodes.item(i).unwrap().unchecked_into();
        let text = mark.text_content().unwrap_or_default();
        let ids = mark.get_attribute("data-mentions").unwrap_or_default();
        for id in ids.split(' ').filter(|id| id.starts_with("quantity-")) {
            match out.iter_mut().find(|(seen, _)| seen == id) {
                Some((_, t)) => t.push_str(&text),
                None => out.push((id.to_string(), text.clone())),
            }
        }
    }
    out.into_iter().map(|(_, t)| t).collect()
}

#[wasm_bindgen_test]
async fn the_example_is_highlighted_exactly_as_the_report_says() {
    let root = mount().await;
    assert!(quantity_texts(&root).is_empty());

    let button: HtmlElement = root
        .query_selector("button.load-example")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    settle().await;

    // The page reads the example with the date of its dateline.
    let date = sitrep::detect_reference_date(EXAMPLE);
    let report = sitrep::analyze(EXAMPLE, &options_for(date.as_deref()));
    let expected: Vec<String> = report
        .mentions
        .quantities
        .iter()
        .map(|q| q.span.text.clone())
        .collect();
    assert!(
        expected.len() >= 5,
        "the example should have numbers: {expected:?}"
    );
    assert_eq!(quantity_texts(&root), expected);
    // The table lists the same numbers, as written, in the same order.
    assert_eq!(texts(&root, "table.quantities tbody th"), expected);
    // The text view holds the whole text, sentence by sentence.
    let view = root.query_selector(".text-view").unwrap().unwrap();
    assert_eq!(view.text_content().unwrap(), EXAMPLE);
    assert_eq!(
        texts(&root, ".text-view .sentence").len(),
        report.sentences.len()
    );
    // The example's vague counts are read as ranges.
    let titles: Vec<String> = {
        let marks = root
            .query_selector_all(".text-view mark.mark-quantity")
            .unwrap();
        (0..marks.length())
            .map(|i| {
                marks
                    .item(i)
                    .unwrap()
                    .unchecked_into::<Element>()
                    .get_attribute("data-tip")
                    .unwrap()
            })
            .collect()
    };
    assert!(
        titles.iter().any(|t| t.contains("Number: at least")),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.contains("Number: exactly")),
        "{titles:?}"
    );
}

#[wasm_bindgen_test]
async fn typing_is_analyzed_after_a_pause_with_code_point_offsets() {
    let root = mount().await;
    // Non-ASCII before the numbers: two-byte letters and an astral emoji (two
    // UTF-16 units) must not shift the highlights.
    let text = "Łódź 🚨 Shelling killed 12 people and wounded over 40 in Zaporizhzhia.";
    type_text(&root, text);
    yew::scheduler::flush().await;
    // Debounced: nothing yet, and the status says so.
    assert!(quantity_texts(&root).is_empty());
    assert_eq!(texts(&root, "p[role=status]"), ["Analyzing…"]);
    settle().await;
    assert_eq!(quantity_texts(&root), ["12", "over 40"]);
    assert_ne!(texts(&root, "p[role=status]"), ["Analyzing…"]);
}

#[wasm_bindgen_test]
async fn user_text_is_never_interpreted_as_html() {
    let root = mount().await;
    let text =
        "<img src=x onerror=alert(1)> <b>Three</b> soldiers &amp; 7 civilians <script>x()</script>";
    type_text(&root, text);
    settle().await;
    let view = root.query_selector(".text-view").unwrap().unwrap();
    assert_eq!(view.text_content().unwrap(), text);
    for tag in ["img", "b", "script"] {
        assert!(
            view.query_selector(tag).unwrap().is_none(),
            "<{tag}> became an element"
        );
    }
    assert!(quantity_texts(&root).contains(&"7".to_string()));
}

#[wasm_bindgen_test]
async fn every_mention_is_focusable_and_described_and_an_event_shows_its_evidence() {
    let root = mount().await;
    type_text(
        &root,
        "Russian forces shelled Kharkiv on Monday, killing three civilians. \
         Separately, Ukrainian drones struck an oil depot in Belgorod, injuring two workers.",
    );
    settle().await;
    let marks = root
        .query_selector_all(".text-view mark[data-mentions]")
        .unwrap();
    assert!(marks.length() >= 6, "{} marks", marks.length());
    let mut kinds = std::collections::BTreeSet::new();
    for i in 0..marks.length() {
        let mark: Element = marks.item(i).unwrap().unchecked_into();
        assert_eq!(mark.get_attribute("tabindex").as_deref(), Some("0"));
        // Every id in aria-describedby names an element saying what it was read as.
        let described = mark.get_attribute("aria-describedby").unwrap();
        for id in described.split(' ') {
            // (Earlier tests left their pages in the document: look in this one.)
            let d = root.query_selector(&format!("#{id}")).unwrap().expect(id);
            assert!(!d.text_content().unwrap().is_empty(), "{id}");
        }
        for id in mark.get_attribute("data-mentions").unwrap().split(' ') {
            kinds.insert(id.split('-').next().unwrap().to_string());
        }
    }
    for kind in [
        "place", "actor", "event", "killed", "injured", "weapon", "quantity",
    ] {
        assert!(kinds.contains(kind), "no {kind} mark among {kinds:?}");
    }
    let place = root.query_selector("#d-place-0").unwrap().unwrap();
    assert!(
        place
            .text_content()
            .unwrap()
            .starts_with("Place: Kharkiv, UA ("),
        "{:?}",
        place.text_content()
    );
    // No evidence marked until an event is picked; then exactly its sentence.
    assert!(texts(&root, ".text-view mark.mark-evidence").is_empty());
    let buttons = root.query_selector_all(".event-card button").unwrap();
    assert!(buttons.length() >= 2);
    buttons
        .item(1)
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    let evidence = texts(&root, ".text-view mark.mark-evidence").concat();
    assert!(
        evidence.starts_with("Separately, Ukrainian drones"),
        "{evidence:?}"
    );
    assert!(!evidence.contains("Kharkiv"), "{evidence:?}");
}
