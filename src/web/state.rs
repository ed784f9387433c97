//! The page's state: a pure reducer.
//!
//! [`State`] holds what the person typed and the last finished analysis;
//! [`Action`]s change it through [`State::apply`]. Nothing here touches the
//! DOM or a timer, so the whole life cycle of the page (type, analyze, drop a
//! stale result) is tested natively. The component layer only turns events
//! into actions and runs the analysis the state asks for.

use std::rc::Rc;

use crate::report::Report;
use crate::web::events::{Filter, SortBy};
use crate::Options;

/// The built-in example article (written for Sitrep; an invented report).
pub const EXAMPLE: &str = include_str!("example.txt");

/// One finished analysis: the text exactly as it was read, and its report.
///
/// The text view renders `text` with the report's spans, so the two always
/// belong together even while the textarea already holds newer text.
#[derive(Debug, PartialEq)]
pub struct Analysis {
    /// The [`State::revision`] whose text this is.
    pub revision: u64,
    /// The text that was analyzed.
    pub text: Rc<str>,
    /// The reference date it was read with.
    pub date: Option<String>,
    /// What the core made of it.
    pub report: Report,
    /// How long the core took, in milliseconds (0 when not measured).
    pub millis: f64,
}

/// Where a part of the gazetteer stands. The analysis worker loads its
/// major places (subdivisions, big cities) as the page starts, and its
/// cities table once the first result is on show; until then only
/// countries and regions, then only major places, are found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Places {
    /// Being fetched.
    #[default]
    Loading,
    /// In place, with this many places.
    Ready(usize),
    /// Could not be loaded: why.
    Failed(String),
}

/// Which side of a picked event to scroll to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reveal {
    /// The evidence in the text (the event was picked on its card).
    #[default]
    Evidence,
    /// The card (the event was picked in the text).
    Card,
}

/// Everything the page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    /// The text in the textarea.
    pub text: Rc<str>,
    /// Bumped on every change of what the analysis reads (the text, the
    /// cities table); an analysis is for one revision.
    pub revision: u64,
    /// The newest analysis that matched the text when it arrived.
    pub analysis: Option<Rc<Analysis>>,
    /// The gazetteer's major places: the text is read once they are in
    /// place (or failed to load), so the first result names its places.
    pub major: Places,
    /// The cities table: once it is in, the text is read again.
    pub cities: Places,
    /// What is typed in the publication date field (may be empty or wrong).
    pub date_input: String,
    /// The document's own date found in the text (a dateline), if any.
    pub detected_date: Option<String>,
    /// Which event cards to show.
    pub filter: Filter,
    /// Their order.
    pub sort: SortBy,
    /// The event whose evidence is marked in the text, by id.
    pub selected: Option<String>,
    /// What to bring into view for the picked event: its evidence when it
    /// was picked on its card, its card when it was picked in the text.
    pub reveal: Reveal,
    /// A message for the person (a share link that could not be read, a
    /// text too long for a link), until dismissed.
    pub notice: Option<String>,
    /// A new version of the page is installed and waits for a reload.
    pub update_ready: bool,
    /// The revision whose analysis the person cancelled.
    pub cancelled: Option<u64>,
    /// Whether the revision came from typing (in the text or the date
    /// field): it is read once typing pauses ([`State::read_delay_ms`]).
    /// Anything else (a paste, a drop, Clear, the example, a share link,
    /// places arriving) is read at once, unless the text is big.
    pub typing: bool,
}

/// What can happen to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The person typed in the text (see [`typed`]): it is read once
    /// typing pauses.
    Edit(Rc<str>),
    /// The text changed in one go (a paste, a drop, a cut, Clear): it is
    /// read at once.
    Paste(Rc<str>),
    /// The person asked for the example article.
    LoadExample,
    /// An analysis finished.
    Analyzed(Rc<Analysis>),
    /// The major places were installed (the core holds this many places
    /// now) or failed.
    MajorLoaded(Result<usize, String>),
    /// The cities table was installed (with this many places) or failed.
    CitiesLoaded(Result<usize, String>),
    /// The person typed in the date field.
    SetDate(String),
    /// A share link was opened: its text and date replace the page's.
    Restore(Rc<str>, Option<String>),
    /// The event filter changed.
    Filter(Filter),
    /// The event order changed.
    Sort(SortBy),
    /// An event card was picked (its evidence is marked), or unpicked.
    Select(Option<String>),
    /// An event's trigger or count was picked in the text (an index into
    /// the shown report's events): its card is marked and shown.
    Pick(usize),
    /// A message to show, or `None` to dismiss it.
    Notice(Option<String>),
    /// A new version of the page waits.
    UpdateReady,
    /// The person stopped the running analysis (of a big text).
    Cancel,
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Edit(text) => self.with_text(text, true),
            Action::Paste(text) => self.with_text(text, false),
            Action::LoadExample => self.with_text(Rc::from(EXAMPLE), false),
            Action::SetDate(input) => {
                if input == self.date_input {
                    return self.clone();
                }
                let was = self.reference_date();
                let next = State {
                    date_input: input,
                    ..self.clone()
                };
                next.bump_if(was, true)
            }
            Action::Restore(text, date) => {
                let was = self.reference_date();
                let next = State {
                    date_input: date.unwrap_or_default(),
                    notice: None,
                    ..self.with_text(text, false)
                };
                next.bump_if(was, false)
            }
            Action::Filter(filter) => State {
                filter,
                ..self.clone()
            },
            Action::Sort(sort) => State {
                sort,
                ..self.clone()
            },
            Action::Select(selected) => State {
                selected,
                reveal: Reveal::Evidence,
                ..self.clone()
            },
            Action::Pick(index) => {
                let Some(event) = self
                    .analysis
                    .as_ref()
                    .and_then(|a| a.report.events.get(index))
                else {
                    return self.clone();
                };
                // A filter that hides the picked card is lifted, or the pick
                // would show nothing.
                let filter = if self.filter.accepts(event) {
                    self.filter.clone()
                } else {
                    Filter::default()
                };
                State {
                    selected: Some(event.id.clone()),
                    reveal: Reveal::Card,
                    filter,
                    ..self.clone()
                }
            }
            Action::Notice(notice) => State {
                notice,
                ..self.clone()
            },
            Action::UpdateReady => State {
                update_ready: true,
                ..self.clone()
            },
            Action::Cancel => State {
                cancelled: Some(self.revision),
                ..self.clone()
            },
            Action::Analyzed(analysis) => {
                // A result for an older text is dropped: a newer analysis is
                // already on its way, and showing the old one would jump back.
                if analysis.revision != self.revision || self.cancelled == Some(self.revision) {
                    return self.clone();
                }
                // The picked event belongs to the old report: ids are
                // only stable within one.
                let selected = match &self.analysis {
                    Some(old) if old.text == analysis.text => self.selected.clone(),
                    _ => None,
                };
                State {
                    analysis: Some(analysis),
                    selected,
                    ..self.clone()
                }
            }
            // More places are known now (or the text waited for them): the
            // same text is read again, at once (nothing was typed).
            Action::MajorLoaded(loaded) => State {
                major: match loaded {
                    Ok(n) => Places::Ready(n),
                    Err(why) => Places::Failed(why),
                },
                revision: self.revision + 1,
                typing: false,
                ..self.clone()
            },
            // (A worker started again after a Cancel loads the table again:
            // nothing changes then.)
            Action::CitiesLoaded(_) if matches!(self.cities, Places::Ready(_)) => self.clone(),
            Action::CitiesLoaded(Ok(n)) => State {
                cities: Places::Ready(n),
                revision: self.revision + 1,
                typing: false,
                ..self.clone()
            },
            Action::CitiesLoaded(Err(why)) => State {
                cities: Places::Failed(why),
                ..self.clone()
            },
        }
    }

    /// `self` with `text`, typed or not, as a new revision (unless it is
    /// the same text).
    fn with_text(&self, text: Rc<str>, typing: bool) -> State {
        if text == self.text {
            return self.clone();
        }
        State {
            detected_date: crate::detect_reference_date(&text),
            text,
            revision: self.revision + 1,
            typing,
            ..self.clone()
        }
    }

    /// `self` with a new revision, typed or not, if its reference date
    /// differs from `was`.
    fn bump_if(self, was: Option<String>, typing: bool) -> State {
        if self.reference_date() == was {
            return self;
        }
        State {
            revision: self.revision + 1,
            typing,
            ..self
        }
    }

    /// How long to wait before the current revision is read: nothing when
    /// it did not come from typing (a paste, the example, a share link,
    /// places arriving), else until typing pauses ([`DEBOUNCE_MS`]). A big
    /// text ([`BIG_TEXT`]) waits three times that however it came, as it
    /// always did: its reading takes seconds, shown with a progress bar and
    /// a Cancel button, and the browser's own handling of a big paste comes
    /// first.
    pub fn read_delay_ms(&self) -> u32 {
        match (self.typing, self.text.len() >= BIG_TEXT) {
            (_, true) => 3 * DEBOUNCE_MS,
            (false, false) => 0,
            (true, false) => DEBOUNCE_MS,
        }
    }

    /// The date typed in the date field, when it is a valid `YYYY-MM-DD`.
    pub fn typed_date(&self) -> Option<String> {
        let typed = self.date_input.trim();
        Options::default()
            .with_reference_date(typed)
            .ok()
            .and(Some(typed.to_string()))
    }

    /// Whether the date field holds something that is not a date.
    pub fn date_is_invalid(&self) -> bool {
        !self.date_input.trim().is_empty() && self.typed_date().is_none()
    }

    /// The reference date the text is read with: the typed date, else the
    /// document's own date found in the text, else none.
    pub fn reference_date(&self) -> Option<String> {
        self.typed_date().or_else(|| self.detected_date.clone())
    }

    /// The analysis options for the current state.
    pub fn options(&self) -> Options {
        options_for(self.reference_date().as_deref())
    }

    /// Whether the text may be read now: not while the major places are on
    /// their way (they arrive within moments of the page, and a first result
    /// without them would name no town), nor once the person cancelled its
    /// reading (also one still waiting for typing to pause).
    pub fn may_analyze(&self) -> bool {
        self.major != Places::Loading && self.cancelled != Some(self.revision)
    }

    /// Whether the text has changed since the analysis on show was made.
    pub fn is_pending(&self) -> bool {
        if self.cancelled == Some(self.revision) {
            return false;
        }
        match &self.analysis {
            Some(a) => a.revision != self.revision,
            None => !self.text.is_empty(),
        }
    }
}

/// How long typing must pause before the text is read again, in
/// milliseconds.
pub const DEBOUNCE_MS: u32 = 150;

/// Whether an `input` event of the text box was typing, by its `inputType`:
/// keys, Backspace, Enter, undo, an input method or a spelling fix are; a
/// paste, a drop, a cut or a drag (`insertFromPaste`, `insertFromDrop`,
/// `deleteByCut`, ...) are not, and are read at once. An event without one
/// (an older browser, an event made by a script) counts as typing, the
/// cautious side: it is still read, only once typing pauses.
pub fn typed(input_type: Option<&str>) -> bool {
    !matches!(
        input_type,
        Some(
            "insertFromPaste"
                | "insertFromPasteAsQuotation"
                | "insertFromDrop"
                | "insertFromYank"
                | "deleteByCut"
                | "deleteByDrag"
        )
    )
}

/// Texts of at least this many bytes are big: the page waits longer after
/// a keystroke before it has them read, and says it reads them in the
/// background, with Cancel. Measured in the page (Chromium, this project's
/// 2-core machine, shared with other builds; README): the core reads 2 to
/// 4 MB/s in wasm (100 KB in ~30 ms, 200 KB in ~50 ms, 1 MB in ~230 ms, 2 MB
/// in 0.9 to 1.9 s), so below 64 KB a keystroke's result is back within
/// ~20 ms.
pub const BIG_TEXT: usize = 64 * 1024;

/// The text view highlights this many code points; past them the text is
/// shown plain (the cards, summary and exports still cover all of it).
/// Rendering, not reading, is what costs on big texts.
pub const HIGHLIGHT_LIMIT: usize = 40_000;

/// At most this many event cards and number rows are drawn at once.
pub const LIST_LIMIT: usize = 200;

/// Analysis options with `date` (`YYYY-MM-DD`) as the reference date; a bad
/// date is left out.
pub fn options_for(date: Option<&str>) -> Options {
    date.and_then(|d| Options::default().with_reference_date(d).ok())
        .unwrap_or_default()
}

#[cfg(feature = "web")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysis_of(state: &State) -> Rc<Analysis> {
        Rc::new(Analysis {
            revision: state.revision,
            text: state.text.clone(),
            date: state.reference_date(),
            report: crate::analyze(&state.text, &state.options()),
            millis: 0.0,
        })
    }

    #[test]
    fn editing_bumps_the_revision_and_marks_the_analysis_pending() {
        let s0 = State::default();
        assert!(!s0.is_pending());
        let s1 = s0.apply(Action::Edit(Rc::from("Three people were killed.")));
        assert_eq!(s1.revision, 1);
        assert!(s1.is_pending());
        let s2 = s1.apply(Action::Analyzed(analysis_of(&s1)));
        assert!(!s2.is_pending());
        assert_eq!(
            s2.analysis.as_ref().unwrap().report.mentions.quantities[0].best,
            3
        );
    }

    #[test]
    fn the_same_text_again_is_no_change() {
        let s1 = State::default().apply(Action::Edit(Rc::from("Two drones.")));
        let s2 = s1.apply(Action::Edit(Rc::from("Two drones.")));
        assert_eq!(s2.revision, s1.revision);
    }

    #[test]
    fn a_stale_analysis_is_dropped_and_the_old_one_stays_on_show() {
        let s1 = State::default().apply(Action::Edit(Rc::from("Four were injured.")));
        let first = analysis_of(&s1);
        let s2 = s1.apply(Action::Analyzed(first.clone()));
        let s3 = s2.apply(Action::Edit(Rc::from("Four were injured. Nine")));
        let stale = analysis_of(&s2);
        let s4 = s3.apply(Action::Analyzed(stale));
        assert!(s4.is_pending());
        assert!(Rc::ptr_eq(s4.analysis.as_ref().unwrap(), &first));
        let fresh = analysis_of(&s4);
        let s5 = s4.apply(Action::Analyzed(fresh.clone()));
        assert!(Rc::ptr_eq(s5.analysis.as_ref().unwrap(), &fresh));
    }

    #[test]
    fn the_text_waits_for_the_major_places_and_is_read_once_they_come() {
        let s1 = State::default().apply(Action::Edit(Rc::from("Shelling in Kharkiv.")));
        assert!(!s1.may_analyze());
        assert!(s1.is_pending());
        let s2 = s1.apply(Action::MajorLoaded(Ok(6_000)));
        assert!(s2.may_analyze());
        assert_eq!(s2.major, Places::Ready(6_000));
        assert_eq!(s2.revision, s1.revision + 1);
        assert!(s2.is_pending());
        // A failed load lets the text be read too, with the places there are.
        let failed = s1.apply(Action::MajorLoaded(Err("offline".into())));
        assert!(failed.may_analyze());
        assert_eq!(failed.revision, s1.revision + 1);
    }

    #[test]
    fn a_loaded_cities_table_makes_the_text_read_again() {
        let s1 = State::default().apply(Action::Edit(Rc::from("Shelling in Vovchansk.")));
        let s2 = s1.apply(Action::Analyzed(analysis_of(&s1)));
        assert_eq!(s2.cities, Places::Loading);
        let s3 = s2.apply(Action::CitiesLoaded(Ok(12_000)));
        assert_eq!(s3.cities, Places::Ready(12_000));
        assert!(s3.is_pending(), "the text must be analyzed again");
        assert_eq!(s3.text, s2.text);
        let failed = s2.apply(Action::CitiesLoaded(Err("offline".into())));
        assert_eq!(failed.cities, Places::Failed("offline".into()));
        assert!(!failed.is_pending());
        // A worker started again (after a Cancel) reports its table again:
        // the text is not read once more for it, and a failure then does
        // not hide the table the page knows the worker loads.
        let s4 = s3.apply(Action::Analyzed(analysis_of(&s3)));
        assert_eq!(s4.apply(Action::CitiesLoaded(Ok(12_000))), s4);
        assert_eq!(s4.apply(Action::CitiesLoaded(Err("offline".into()))), s4);
    }

    #[test]
    fn the_example_loads_and_has_vague_and_exact_counts() {
        let s = State::default().apply(Action::LoadExample);
        assert_eq!(&*s.text, EXAMPLE);
        let a = analysis_of(&s);
        let q = &a.report.mentions.quantities;
        assert!(q.iter().any(|q| q.exact), "no exact count in {q:?}");
        assert!(q.iter().any(|q| !q.exact), "no vague count in {q:?}");
        assert!(a.report.sentences.len() >= 5);
    }

    #[test]
    fn the_date_defaults_to_the_dateline_and_a_typed_date_wins() {
        let text = "KYIV, March 12, 2024 - Drones hit the city on Sunday, killing two.";
        let s1 = State::default().apply(Action::Edit(Rc::from(text)));
        assert_eq!(s1.detected_date.as_deref(), Some("2024-03-12"));
        assert_eq!(s1.reference_date().as_deref(), Some("2024-03-12"));
        let r1 = analysis_of(&s1);
        assert_eq!(r1.report.reference_date.as_deref(), Some("2024-03-12"));
        // Typing half a date changes nothing yet, and says it is not a date.
        let s2 = s1.apply(Action::SetDate("2024-04".into()));
        assert_eq!(s2.revision, s1.revision);
        assert!(s2.date_is_invalid());
        let s3 = s2.apply(Action::SetDate("2024-04-02".into()));
        assert_eq!(s3.revision, s1.revision + 1);
        assert!(!s3.date_is_invalid());
        let r3 = analysis_of(&s3);
        assert_eq!(r3.report.reference_date.as_deref(), Some("2024-04-02"));
        // "Sunday" is read against the date in force.
        let sunday = |a: &Analysis| {
            let d = a
                .report
                .mentions
                .dates
                .iter()
                .find(|d| d.span.text.contains("Sunday"));
            d.and_then(|d| d.value.clone())
        };
        assert!(sunday(&r1).is_some());
        assert_ne!(sunday(&r1), sunday(&r3));
        // Clearing the field goes back to the dateline.
        let s4 = s3.apply(Action::SetDate(String::new()));
        assert_eq!(s4.reference_date().as_deref(), Some("2024-03-12"));
        // A text without a dateline has no date.
        let s5 = s4.apply(Action::Edit(Rc::from("Drones hit the city on Sunday.")));
        assert_eq!(s5.reference_date(), None);
        assert_eq!(analysis_of(&s5).report.reference_date, None);
    }

    #[test]
    fn a_share_link_restores_text_and_date_and_clears_the_notice() {
        let s0 = State::default().apply(Action::Notice(Some("hello".into())));
        assert_eq!(s0.notice.as_deref(), Some("hello"));
        let s1 = s0.apply(Action::Restore(
            Rc::from("Two drones hit Odesa."),
            Some("2023-01-05".into()),
        ));
        assert_eq!(&*s1.text, "Two drones hit Odesa.");
        assert_eq!(s1.reference_date().as_deref(), Some("2023-01-05"));
        assert!(s1.is_pending());
        assert_eq!(s1.notice, None);
        assert_eq!(s1.apply(Action::Notice(None)).notice, None);
    }

    #[test]
    fn filter_sort_and_the_picked_event_live_in_the_state() {
        let text = "Russian forces shelled Kharkiv, killing three. Protesters marched in Tbilisi.";
        let s1 = State::default().apply(Action::Edit(Rc::from(text)));
        let s2 = s1.apply(Action::Analyzed(analysis_of(&s1)));
        let f = Filter {
            event_type: Some("Protests".into()),
            ..Filter::default()
        };
        let s3 = s2
            .apply(Action::Filter(f.clone()))
            .apply(Action::Sort(SortBy::Killed))
            .apply(Action::Select(Some("E1".into())));
        assert_eq!((s3.filter.clone(), s3.sort), (f, SortBy::Killed));
        assert_eq!(s3.selected.as_deref(), Some("E1"));
        assert_eq!(
            s3.revision, s2.revision,
            "none of these reads the text again"
        );
        // The same text read again (the cities table came) keeps the pick;
        // a new text drops it, since event ids belong to one report.
        let s4 = s3.apply(Action::CitiesLoaded(Ok(1)));
        let s5 = s4.apply(Action::Analyzed(analysis_of(&s4)));
        assert_eq!(s5.selected.as_deref(), Some("E1"));
        let s6 = s5.apply(Action::Edit(Rc::from("Shelling in Kherson.")));
        let s7 = s6.apply(Action::Analyzed(analysis_of(&s6)));
        assert_eq!(s7.selected, None);
        assert!(!s7.update_ready);
        assert!(s7.apply(Action::UpdateReady).update_ready);
    }

    #[test]
    fn an_event_picked_in_the_text_shows_its_card_even_when_filtered_out() {
        let text = "Russian forces shelled Kharkiv, killing three. Thousands protested in Tbilisi.";
        let s1 = State::default().apply(Action::Edit(Rc::from(text)));
        let s2 = s1.apply(Action::Analyzed(analysis_of(&s1)));
        let events = &s2.analysis.as_ref().unwrap().report.events;
        let shelling = events
            .iter()
            .position(|e| e.event_type == "Explosions/Remote violence")
            .expect("the shelling is an event");
        let protests = Filter {
            event_type: Some("Protests".into()),
            ..Filter::default()
        };
        let s3 = s2
            .apply(Action::Filter(protests.clone()))
            .apply(Action::Pick(shelling));
        assert_eq!(s3.selected.as_deref(), Some(events[shelling].id.as_str()));
        assert_eq!(s3.reveal, Reveal::Card);
        assert!(
            !s3.filter.is_active(),
            "the filter hid the picked card, so it is lifted"
        );
        // A pick the filter already shows keeps the filter.
        let protest = events
            .iter()
            .position(|e| e.event_type == "Protests")
            .expect("the march is an event");
        let s4 = s2
            .apply(Action::Filter(protests.clone()))
            .apply(Action::Pick(protest));
        assert_eq!(s4.filter, protests);
        // Picking on a card again brings the evidence into view; an index
        // the report does not have changes nothing.
        let s5 = s4.apply(Action::Select(Some(events[shelling].id.clone())));
        assert_eq!(s5.reveal, Reveal::Evidence);
        assert_eq!(s5.apply(Action::Pick(events.len())), s5);
    }

    #[test]
    fn a_cancelled_analysis_is_not_pending_until_the_text_changes() {
        let s1 = State::default()
            .apply(Action::MajorLoaded(Ok(6_000)))
            .apply(Action::Edit(Rc::from("Big text.")));
        assert!(s1.is_pending());
        assert!(s1.may_analyze());
        let s2 = s1.apply(Action::Cancel);
        assert!(!s2.is_pending());
        assert!(!s2.may_analyze(), "a cancelled text is not read again");
        // A result that was already on its way is not shown.
        let late = s2.apply(Action::Analyzed(analysis_of(&s1)));
        assert!(late.analysis.is_none());
        let s3 = s2.apply(Action::Edit(Rc::from("Big text, edited.")));
        assert!(s3.is_pending());
        assert!(s3.may_analyze());
    }

    #[test]
    fn a_paste_is_read_at_once_while_typing_waits_until_it_pauses() {
        // Which input events are typing.
        for kind in [
            "insertText",
            "insertLineBreak",
            "deleteContentBackward",
            "deleteWordBackward",
            "historyUndo",
            "insertCompositionText",
            "insertReplacementText",
            "",
        ] {
            assert!(typed(Some(kind)), "{kind}");
        }
        for kind in [
            "insertFromPaste",
            "insertFromPasteAsQuotation",
            "insertFromDrop",
            "deleteByCut",
            "deleteByDrag",
        ] {
            assert!(!typed(Some(kind)), "{kind}");
        }
        // An event without an inputType (made by a script) waits, to be safe.
        assert!(typed(None));

        let s0 = State::default().apply(Action::MajorLoaded(Ok(6_000)));
        assert_eq!(s0.read_delay_ms(), 0, "the empty text is read at once");
        let s1 = s0.apply(Action::Edit(Rc::from("Two drones")));
        assert!(s1.typing);
        assert_eq!(s1.read_delay_ms(), DEBOUNCE_MS);
        let s2 = s1.apply(Action::Paste(Rc::from("Two drones hit Odesa.")));
        assert_eq!(s2.revision, s1.revision + 1);
        assert!(s2.is_pending());
        assert_eq!(s2.read_delay_ms(), 0);
        // The same text again is no change, pasted or typed.
        assert_eq!(s2.apply(Action::Paste(s2.text.clone())), s2);
        // Typing after the paste waits again; Clear does not.
        let s3 = s2.apply(Action::Edit(Rc::from("Two drones hit Odesa. Three")));
        assert_eq!(s3.read_delay_ms(), DEBOUNCE_MS);
        let s4 = s3.apply(Action::Paste(Rc::from("")));
        assert_eq!((s4.revision, s4.read_delay_ms()), (s3.revision + 1, 0));
        // The example and a share link are read at once.
        let s5 = s4
            .apply(Action::Edit(Rc::from("x")))
            .apply(Action::LoadExample);
        assert_eq!(s5.read_delay_ms(), 0);
        let s6 = s5
            .apply(Action::Edit(Rc::from("x")))
            .apply(Action::Restore(Rc::from("Shelling in Kherson."), None));
        assert_eq!(s6.read_delay_ms(), 0);
        // A date typed in its field waits like typing.
        let s7 = s6.apply(Action::SetDate("2024-04-02".into()));
        assert_eq!(
            (s7.revision, s7.read_delay_ms()),
            (s6.revision + 1, DEBOUNCE_MS)
        );
        // Places arriving make the text be read again at once, even if it was
        // typed (nothing is being typed now that they are what changed).
        let typed_first = State::default().apply(Action::Edit(Rc::from("Kharkiv")));
        assert_eq!(typed_first.read_delay_ms(), DEBOUNCE_MS);
        let s8 = typed_first.apply(Action::MajorLoaded(Ok(6_000)));
        assert_eq!(s8.read_delay_ms(), 0);
        let s9 = s8
            .apply(Action::Edit(Rc::from("Kharkiv.")))
            .apply(Action::CitiesLoaded(Ok(12_000)));
        assert_eq!(s9.read_delay_ms(), 0);
        // A big text waits longer, typed or pasted.
        let big: Rc<str> = Rc::from("Shelling in Kharkiv. ".repeat(BIG_TEXT / 20));
        assert!(big.len() >= BIG_TEXT);
        let typed_big = s9.apply(Action::Edit(big.clone()));
        assert_eq!(typed_big.read_delay_ms(), 3 * DEBOUNCE_MS);
        let pasted_big = s9.apply(Action::Paste(big));
        assert_eq!(pasted_big.read_delay_ms(), 3 * DEBOUNCE_MS);
    }
}
