//! The page's state: a pure reducer.
//!
//! [`State`] holds what the person typed and the last finished analysis;
//! [`Action`]s change it through [`State::apply`]. Nothing here touches the
//! DOM or a timer, so the whole life cycle of the page (type, analyze, drop a
//! stale result) is tested natively. The component layer only turns events
//! into actions and runs the analysis the state asks for.

use std::rc::Rc;

use crate::report::Report;

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
    /// What the core made of it.
    pub report: Report,
}

/// Where the gazetteer's cities table stands (the web build loads it after
/// the page is up; until then only the core places are found).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Cities {
    /// Being fetched.
    #[default]
    Loading,
    /// In place, with this many places.
    Ready(usize),
    /// Could not be loaded: why.
    Failed(String),
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
    /// The cities table.
    pub cities: Cities,
}

/// What can happen to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The person edited the text.
    Edit(Rc<str>),
    /// The person asked for the example article.
    LoadExample,
    /// An analysis finished.
    Analyzed(Rc<Analysis>),
    /// The cities table was installed (with this many places) or failed.
    CitiesLoaded(Result<usize, String>),
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Edit(text) => self.with_text(text),
            Action::LoadExample => self.with_text(Rc::from(EXAMPLE)),
            Action::Analyzed(analysis) => {
                // A result for an older text is dropped: a newer analysis is
                // already on its way, and showing the old one would jump back.
                if analysis.revision != self.revision {
                    return self.clone();
                }
                State {
                    analysis: Some(analysis),
                    ..self.clone()
                }
            }
            // More places are known now: the same text is read again.
            Action::CitiesLoaded(Ok(n)) => State {
                cities: Cities::Ready(n),
                revision: self.revision + 1,
                ..self.clone()
            },
            Action::CitiesLoaded(Err(why)) => State {
                cities: Cities::Failed(why),
                ..self.clone()
            },
        }
    }

    fn with_text(&self, text: Rc<str>) -> State {
        if text == self.text {
            return self.clone();
        }
        State {
            text,
            revision: self.revision + 1,
            ..self.clone()
        }
    }

    /// Whether the text has changed since the analysis on show was made.
    pub fn is_pending(&self) -> bool {
        match &self.analysis {
            Some(a) => a.revision != self.revision,
            None => !self.text.is_empty(),
        }
    }
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
    use crate::Options;

    fn analysis_of(state: &State) -> Rc<Analysis> {
        Rc::new(Analysis {
            revision: state.revision,
            text: state.text.clone(),
            report: crate::analyze(&state.text, &Options::default()),
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
    fn a_loaded_cities_table_makes_the_text_read_again() {
        let s1 = State::default().apply(Action::Edit(Rc::from("Shelling in Vovchansk.")));
        let s2 = s1.apply(Action::Analyzed(analysis_of(&s1)));
        assert_eq!(s2.cities, Cities::Loading);
        let s3 = s2.apply(Action::CitiesLoaded(Ok(12_000)));
        assert_eq!(s3.cities, Cities::Ready(12_000));
        assert!(s3.is_pending(), "the text must be analyzed again");
        assert_eq!(s3.text, s2.text);
        let failed = s2.apply(Action::CitiesLoaded(Err("offline".into())));
        assert_eq!(failed.cities, Cities::Failed("offline".into()));
        assert!(!failed.is_pending());
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
}
