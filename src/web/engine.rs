//! Where the page's texts are read.
//!
//! The page itself never runs the analyzer: it hands each text to an
//! [`Engine`] and renders the report that comes back. The page's engine is
//! the analysis worker ([`crate::web::remote`]), which runs the page's own
//! wasm module (downloaded and compiled once, by the page) on its own
//! thread, so the page's thread never runs the analyzer. [`InPage`] reads on the
//! page's thread instead; the browser tests mount the page with it, where no
//! worker script is served.

use std::rc::Rc;

/// One analysis to run.
pub struct Job {
    /// The page's revision the text belongs to.
    pub id: u64,
    /// The text.
    pub text: Rc<str>,
    /// The reference date.
    pub date: Option<String>,
}

/// What came back.
pub struct Reply {
    /// The job's id.
    pub id: u64,
    /// The report, or why there is none.
    pub report: Result<crate::report::Report, String>,
    /// How long the core took.
    pub millis: f64,
}

/// How loading a part of the gazetteer ended: the number of places it
/// holds, or why it failed.
pub type Loaded = Result<usize, String>;

/// Told once how loading a part of the gazetteer ended.
pub type OnLoaded = Box<dyn FnOnce(Loaded)>;

/// Told the reply of a job.
pub type OnDone = Rc<dyn Fn(Reply)>;

/// Reads texts for the page.
pub trait Engine {
    /// Starts the engine and loads the gazetteer's major places;
    /// `on_major` is told once when they are in place or why they are not.
    fn start(&self, on_major: OnLoaded);
    /// Loads the gazetteer's cities table; `on_cities` is told once.
    fn warm(&self, on_cities: OnLoaded);
    /// Reads `job`; `on_done` gets the reply. A newer job replaces one that
    /// has not started yet.
    fn submit(&self, job: Job, on_done: OnDone);
    /// Stops whatever is being read; the next job starts afresh.
    fn cancel(&self);
}

/// A shared engine, as a component property (equal when it is the same one).
#[derive(Clone)]
pub struct EngineRef(pub Rc<dyn Engine>);

impl PartialEq for EngineRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl EngineRef {
    /// The analysis worker: the page's engine.
    pub fn worker() -> EngineRef {
        EngineRef(Rc::new(crate::web::remote::Remote))
    }

    /// Reads on the page's thread ([`InPage`]).
    pub fn in_page() -> EngineRef {
        EngineRef(Rc::new(InPage))
    }
}

/// Reads on the calling thread: a big text holds the page while it is
/// read, and there is nothing to cancel. For pages without workers and for
/// tests; the page's own engine is the worker.
pub struct InPage;

impl Engine for InPage {
    fn start(&self, on_major: OnLoaded) {
        wasm_bindgen_futures::spawn_local(async move {
            on_major(crate::web::cities::load_major().await);
        });
    }

    fn warm(&self, on_cities: OnLoaded) {
        wasm_bindgen_futures::spawn_local(async move {
            on_cities(crate::web::cities::load_cities().await);
        });
    }

    fn submit(&self, job: Job, on_done: OnDone) {
        let options = crate::web::state::options_for(job.date.as_deref());
        let t0 = crate::web::browser::now();
        let report = crate::analyze(&job.text, &options);
        on_done(Reply {
            id: job.id,
            report: Ok(report),
            millis: crate::web::browser::now() - t0,
        });
    }

    fn cancel(&self) {}
}
