//! The page's engine: the analysis worker (see [`crate::web::worker`]).
//!
//! The worker runs the page's own wasm module: `scripts/worker.js`, a
//! module worker, is posted the compiled `WebAssembly.Module` and the URL
//! of the wasm-bindgen glue, and instantiates it (whose `main` then runs
//! the worker's side, [`crate::web::worker`]), so the analyzer is neither
//! downloaded nor compiled twice.
//!
//! One worker, started with the page (by `boot.js`, as soon as the page's
//! wasm is compiled, and taken over by [`Engine::start`]): it loads the
//! gazetteer's major places and then reads every text; once the page has
//! shown its first result it asks the worker for the cities table too
//! ([`Engine::warm`]; parsing it takes the worker's thread for about half a
//! second). While it works, only the newest request waits (older ones are
//! dropped: their text is gone anyway). Cancel ends the worker; the next
//! request starts a fresh one, which loads what the last one held before it
//! reads.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::web::engine::{Engine, Job, Loaded, OnDone, OnLoaded, Reply};
use crate::web::wire;

/// The worker's script, relative to the page (`scripts/worker.js`, copied
/// by Trunk).
const SCRIPT: &str = "worker.js";

/// The analysis worker as the page's [`Engine`] (one per page: its state
/// is the thread's).
pub struct Remote;

struct Running {
    worker: Worker,
    /// What the worker said of its major places, `None` until it did.
    major: Option<Loaded>,
    /// What it said of its cities table, `None` until it did.
    cities: Option<Loaded>,
    /// Whether it was asked for its cities table.
    asked_cities: bool,
    /// The id of the job in the worker, if any.
    busy: Option<u64>,
    queued: Option<Job>,
    on_done: OnDone,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    /// The last worker ended, kept until the next one ends: its handlers
    /// may be on the stack when it is ended (an error handler ends its own
    /// worker), and freeing them there would break the call.
    static RETIRED: RefCell<Option<Running>> = const { RefCell::new(None) };
    /// Waits for the major places ([`Engine::start`]) and for the cities
    /// table ([`Engine::warm`]); kept apart from the worker, so that a
    /// Cancel before then hands them to the next one.
    static ON_MAJOR: RefCell<Option<OnLoaded>> = const { RefCell::new(None) };
    static ON_CITIES: RefCell<Option<OnLoaded>> = const { RefCell::new(None) };
    /// Whether the page asked for the cities table: every worker started
    /// after that loads it before it reads a text.
    static WANT_CITIES: Cell<bool> = const { Cell::new(false) };
}

/// Ends `running`'s worker: no message of it, even one already queued,
/// reaches its handlers afterwards.
fn retire(running: Running) {
    running.worker.set_onmessage(None);
    running.worker.set_onerror(None);
    running.worker.terminate();
    let old = RETIRED.with(|r| r.borrow_mut().replace(running));
    drop(old);
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads `{key: n}` or `{key_error: why}` from a worker's message.
fn loaded(data: &JsValue, key: &str) -> Loaded {
    match get(data, key).as_f64() {
        Some(n) => Ok(n as usize),
        None => Err(get(data, &format!("{key}_error"))
            .as_string()
            .unwrap_or_else(|| format!("the worker loaded no {key} places"))),
    }
}

/// What a running worker said of a part of the gazetteer, if it did.
fn said(part: fn(&Running) -> &Option<Loaded>) -> Option<Loaded> {
    RUNNING.with(|r| r.borrow().as_ref().and_then(|w| part(w).clone()))
}

fn ensure_started() -> Result<(), String> {
    if RUNNING.with(|r| r.borrow().is_none()) {
        let (worker, said) = match adopt_early() {
            Some(early) => early,
            None => (
                spawn().ok_or_else(|| "the analysis worker could not start".to_string())?,
                Vec::new(),
            ),
        };
        let running = start(worker);
        RUNNING.with(|r| *r.borrow_mut() = Some(running));
        // What the worker said before the page listened, in order.
        for data in said {
            on_message(data).run();
        }
    }
    Ok(())
}

/// Starts a worker on this page's own wasm: posts it the module the page
/// runs (compiled once, by `boot.js`) and the URL of the glue that
/// instantiates it, as `boot.js` does for the first worker.
fn spawn() -> Option<Worker> {
    let glue = glue_url()?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    // (The worker starts importing the glue as it starts, by its name.)
    options.set_name(&glue);
    let worker = Worker::new_with_options(SCRIPT, &options).ok()?;
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"module".into(), &wasm_bindgen::module());
    let _ = js_sys::Reflect::set(&msg, &"glue".into(), &glue.into());
    if worker.post_message(&msg).is_err() {
        worker.terminate();
        return None;
    }
    Some(worker)
}

/// The wasm-bindgen glue's URL: the `data-js` of the tag that started the
/// page (Trunk.toml, `pattern_script`), resolved against the page.
fn glue_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let tag = document.query_selector("script[data-js]").ok()??;
    let js = tag.get_attribute("data-js")?;
    let base = document.base_uri().ok()??;
    web_sys::Url::new_with_base(&js, &base)
        .ok()
        .map(|url| url.href())
}

/// The worker `boot.js` started before the page's wasm loaded, once, with
/// what it has said since (`window.__sitrepWorker`).
fn adopt_early() -> Option<(Worker, Vec<JsValue>)> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("__sitrepWorker");
    let early = js_sys::Reflect::get(&window, &key).ok()?;
    if early.is_undefined() || early.is_null() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let worker: Worker = get(&early, "worker").dyn_into().ok()?;
    if let Some(keep) = get(&early, "keep").dyn_ref::<js_sys::Function>() {
        let _ = worker.remove_event_listener_with_callback("message", keep);
    }
    // One that failed before the page listened (its script did not load)
    // is replaced by one whose failure the page hears.
    if get(&early, "failed").is_truthy() {
        worker.terminate();
        return None;
    }
    let said = get(&early, "said")
        .dyn_into::<js_sys::Array>()
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    Some((worker, said))
}

/// Asks the worker for its cities table, once the page wants it and the
/// worker listens: a message posted before its wasm has set its handler
/// (before it says its major places are in) would be lost.
fn ask_for_cities(running: &mut Running) {
    if running.asked_cities || running.major.is_none() || !WANT_CITIES.with(Cell::get) {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"load_cities".into(), &JsValue::TRUE);
    running.asked_cities = running.worker.post_message(&msg).is_ok();
}

impl Engine for Remote {
    fn start(&self, on_major: OnLoaded) {
        if let Err(why) = ensure_started() {
            on_major(Err(why));
            return;
        }
        match said(|w| &w.major) {
            Some(major) => on_major(major),
            None => ON_MAJOR.with(|w| *w.borrow_mut() = Some(on_major)),
        }
    }

    fn warm(&self, on_cities: OnLoaded) {
        if let Err(why) = ensure_started() {
            on_cities(Err(why));
            return;
        }
        WANT_CITIES.with(|w| w.set(true));
        RUNNING.with(|r| {
            if let Some(running) = r.borrow_mut().as_mut() {
                ask_for_cities(running);
            }
        });
        match said(|w| &w.cities) {
            Some(cities) => on_cities(cities),
            None => ON_CITIES.with(|w| *w.borrow_mut() = Some(on_cities)),
        }
    }

    fn submit(&self, job: Job, on_done: OnDone) {
        if let Err(why) = ensure_started() {
            on_done(Reply {
                id: job.id,
                report: Err(why),
                millis: 0.0,
            });
            return;
        }
        RUNNING.with(|r| {
            let mut r = r.borrow_mut();
            let running = r.as_mut().expect("started above");
            running.on_done = on_done;
            running.queued = Some(job);
            pump(running);
        });
    }

    /// Ends the worker and whatever it was doing. When the page still waits
    /// for a part of the gazetteer, a fresh worker starts loading it.
    fn cancel(&self) {
        let ended = RUNNING.with(|r| r.borrow_mut().take());
        if let Some(running) = ended {
            retire(running);
        }
        let waiting =
            ON_MAJOR.with(|w| w.borrow().is_some()) || ON_CITIES.with(|w| w.borrow().is_some());
        if waiting {
            if let Err(why) = ensure_started() {
                fail_waiting(&why);
            }
        }
    }
}

/// Tells whoever waits for a part of the gazetteer that it will not come.
fn fail_waiting(why: &str) {
    if let Some(on_major) = ON_MAJOR.with(|w| w.borrow_mut().take()) {
        on_major(Err(why.to_string()));
    }
    if let Some(on_cities) = ON_CITIES.with(|w| w.borrow_mut().take()) {
        on_cities(Err(why.to_string()));
    }
}

/// Sends the queued job once the worker holds what a text is read with:
/// its major places, and its cities table once the page asked for it.
fn pump(running: &mut Running) {
    let places = if WANT_CITIES.with(Cell::get) {
        &running.cities
    } else {
        &running.major
    };
    if places.is_none() || running.busy.is_some() {
        return;
    }
    let Some(job) = running.queued.take() else {
        return;
    };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"id".into(), &JsValue::from_f64(job.id as f64));
    // The text goes as its UTF-8 bytes in a buffer that is moved, not copied,
    // into the worker: one memcpy out of wasm memory here. (As a JS string
    // it was decoded and then cloned on the page's thread: ~100 ms for 10 MB
    // on an idle machine, several hundred on a busy one.)
    let bytes = js_sys::Uint8Array::new_with_length(job.text.len() as u32);
    bytes.copy_from(job.text.as_bytes());
    let _ = js_sys::Reflect::set(&msg, &"text".into(), &bytes);
    let date = job.date.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let _ = js_sys::Reflect::set(&msg, &"date".into(), &date);
    let transfer = js_sys::Array::of1(&bytes.buffer());
    if running
        .worker
        .post_message_with_transfer(&msg, &transfer)
        .is_ok()
    {
        running.busy = Some(job.id);
    }
}

/// What a worker's message asks the page to do, once the borrow of the
/// worker's state has ended (the callbacks may submit again).
enum Then {
    Nothing,
    Major(OnLoaded, Loaded),
    Cities(OnLoaded, Loaded),
    Done(OnDone, Box<Reply>),
}

impl Then {
    fn run(self) {
        match self {
            Then::Nothing => {}
            Then::Major(tell, major) => tell(major),
            Then::Cities(tell, cities) => tell(cities),
            Then::Done(done, reply) => done(*reply),
        }
    }
}

fn on_message(data: JsValue) -> Then {
    RUNNING.with(|r| {
        let mut r = r.borrow_mut();
        let Some(running) = r.as_mut() else {
            return Then::Nothing;
        };
        let then = if get(&data, "major_ready").is_truthy() {
            let major = loaded(&data, "major");
            running.major = Some(major.clone());
            ask_for_cities(running);
            match ON_MAJOR.with(|w| w.borrow_mut().take()) {
                Some(on_major) => Then::Major(on_major, major),
                None => Then::Nothing,
            }
        } else if get(&data, "cities_ready").is_truthy() {
            let cities = loaded(&data, "cities");
            running.cities = Some(cities.clone());
            match ON_CITIES.with(|w| w.borrow_mut().take()) {
                Some(on_cities) => Then::Cities(on_cities, cities),
                None => Then::Nothing,
            }
        } else {
            running.busy = None;
            // The report as `wire` bytes (see the worker).
            let report = get(&data, "report")
                .dyn_ref::<js_sys::Uint8Array>()
                .map(|bytes| bytes.to_vec())
                .ok_or_else(|| "the worker sent no report".to_string())
                .and_then(|bytes| wire::decode(&bytes).map_err(|e| e.to_string()));
            Then::Done(
                running.on_done.clone(),
                Box::new(Reply {
                    id: get(&data, "id").as_f64().unwrap_or(-1.0) as u64,
                    report,
                    millis: get(&data, "millis").as_f64().unwrap_or(0.0),
                }),
            )
        };
        pump(running);
        then
    })
}

fn on_error() {
    let failed = RUNNING.with(|r| r.borrow_mut().take());
    let Some(running) = failed else {
        return;
    };
    // The job it was reading or about to read, if any.
    let job = running.busy.or(running.queued.as_ref().map(|j| j.id));
    let on_done = running.on_done.clone();
    // (This is the worker's own error handler: `retire` keeps it alive past
    // this call.)
    retire(running);
    fail_waiting("the analysis worker failed");
    if let Some(id) = job {
        on_done(Reply {
            id,
            report: Err("the analysis worker failed".to_string()),
            millis: 0.0,
        });
    }
}

fn start(worker: Worker) -> Running {
    let on_message =
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| on_message(e.data()).run());
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| on_error());
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Running {
        worker,
        major: None,
        cities: None,
        asked_cities: false,
        busy: None,
        queued: None,
        on_done: Rc::new(|_| {}),
        _on_message: on_message,
        _on_error: on_error,
    }
}
