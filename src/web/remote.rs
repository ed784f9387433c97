//! The page's side of the analysis worker (see [`crate::web::worker`]).
//!
//! One worker, started by [`warm`] once the page has shown its first result
//! (it installs the gazetteer's cities table, which only the worker holds:
//! parsing it takes the worker's thread for about half a second, and would
//! freeze the page's), or by the first request. While it works, only the
//! newest request waits (older ones are dropped: their text is gone anyway).
//! Cancel ends the worker; the next request starts a fresh one.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::report::Report;
use crate::web::wire;

/// The worker's loader script, relative to the page (Trunk writes it).
const SCRIPT: &str = "worker_loader.js";

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
    pub report: Result<Report, String>,
    /// How long the core took in the worker.
    pub millis: f64,
}

type OnDone = Rc<dyn Fn(Reply)>;

/// Told once whether the worker's cities table is in place: the number of
/// places, or why not.
type OnReady = Box<dyn FnOnce(Result<usize, String>)>;

struct Remote {
    worker: Worker,
    /// What the worker said when it was ready: the number of its cities,
    /// or why it has none; `None` until then.
    ready: Option<Result<usize, String>>,
    /// The id of the job in the worker, if any.
    busy: Option<u64>,
    queued: Option<Job>,
    on_done: OnDone,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static REMOTE: RefCell<Option<Remote>> = const { RefCell::new(None) };
    /// The last worker ended, kept until the next one ends: its handlers
    /// may be on the stack when it is ended (an error handler ends its own
    /// worker), and freeing them there would break the call.
    static RETIRED: RefCell<Option<Remote>> = const { RefCell::new(None) };
    /// Waits for a worker to say it is ready ([`warm`]); kept apart from the
    /// worker, so that a Cancel before then hands it to the next one.
    static ON_READY: RefCell<Option<OnReady>> = const { RefCell::new(None) };
}

/// Ends `remote`'s worker: no message of it, even one already queued, reaches
/// its handlers afterwards.
fn retire(remote: Remote) {
    remote.worker.set_onmessage(None);
    remote.worker.set_onerror(None);
    remote.worker.terminate();
    let old = RETIRED.with(|r| r.borrow_mut().replace(remote));
    drop(old);
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Starts the worker now, if it is not running, so that it installs its
/// cities table; `on_ready` is told once when it is in place (the number of
/// places) or why it is not: at once when a running worker has its table
/// already.
pub fn warm(on_ready: impl FnOnce(Result<usize, String>) + 'static) {
    if let Err(why) = ensure_started() {
        on_ready(Err(why));
        return;
    }
    let ready = REMOTE.with(|r| r.borrow().as_ref().and_then(|w| w.ready.clone()));
    match ready {
        Some(cities) => on_ready(cities),
        None => ON_READY.with(|w| *w.borrow_mut() = Some(Box::new(on_ready))),
    }
}

/// Whether a worker is running (started and not cancelled).
fn running() -> bool {
    REMOTE.with(|r| r.borrow().is_some())
}

fn ensure_started() -> Result<(), String> {
    if !running() {
        let remote = start()?;
        REMOTE.with(|r| *r.borrow_mut() = Some(remote));
    }
    Ok(())
}

/// Runs `job` in the worker; `on_done` gets the reply (or the error).
pub fn submit(job: Job, on_done: impl Fn(Reply) + 'static) {
    let on_done: OnDone = Rc::new(on_done);
    if let Err(why) = ensure_started() {
        on_done(Reply {
            id: job.id,
            report: Err(why),
            millis: 0.0,
        });
        return;
    }
    REMOTE.with(|r| {
        let mut r = r.borrow_mut();
        let remote = r.as_mut().expect("started above");
        remote.on_done = on_done;
        remote.queued = Some(job);
        pump(remote);
    });
}

/// Ends the worker and whatever it was doing. When a [`warm`] call still
/// waits for the cities table, a fresh worker starts loading it.
pub fn cancel() {
    let ended = REMOTE.with(|r| r.borrow_mut().take());
    if let Some(remote) = ended {
        retire(remote);
    }
    if ON_READY.with(|w| w.borrow().is_some()) {
        if let Err(why) = ensure_started() {
            if let Some(on_ready) = ON_READY.with(|w| w.borrow_mut().take()) {
                on_ready(Err(why));
            }
        }
    }
}

fn pump(remote: &mut Remote) {
    if remote.ready.is_none() || remote.busy.is_some() {
        return;
    }
    let Some(job) = remote.queued.take() else {
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
    if remote
        .worker
        .post_message_with_transfer(&msg, &transfer)
        .is_ok()
    {
        remote.busy = Some(job.id);
    }
}

fn start() -> Result<Remote, String> {
    let worker =
        Worker::new(SCRIPT).map_err(|_| "the analysis worker could not start".to_string())?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let mut ready = None;
        let reply = REMOTE.with(|r| {
            let mut r = r.borrow_mut();
            let remote = r.as_mut()?;
            let reply = if get(&data, "ready").is_truthy() {
                let cities = match get(&data, "cities").as_f64() {
                    Some(n) => Ok(n as usize),
                    None => Err(get(&data, "cities_error")
                        .as_string()
                        .unwrap_or_else(|| "the worker loaded no cities".to_string())),
                };
                remote.ready = Some(cities.clone());
                ready = ON_READY
                    .with(|w| w.borrow_mut().take())
                    .map(|on_ready| (on_ready, cities));
                None
            } else {
                remote.busy = None;
                // The report as `wire` bytes (see the worker).
                let report = get(&data, "report")
                    .dyn_ref::<js_sys::Uint8Array>()
                    .map(|bytes| bytes.to_vec())
                    .ok_or_else(|| "the worker sent no report".to_string())
                    .and_then(|bytes| wire::decode(&bytes).map_err(|e| e.to_string()));
                Some((
                    remote.on_done.clone(),
                    Reply {
                        id: get(&data, "id").as_f64().unwrap_or(-1.0) as u64,
                        report,
                        millis: get(&data, "millis").as_f64().unwrap_or(0.0),
                    },
                ))
            };
            pump(remote);
            reply
        });
        // Called outside the borrow: the callbacks may submit again.
        if let Some((on_ready, cities)) = ready {
            on_ready(cities);
        }
        if let Some((done, reply)) = reply {
            done(reply);
        }
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        let failed = REMOTE.with(|r| r.borrow_mut().take());
        if let Some(remote) = failed {
            // The job it was reading or about to read, if any.
            let job = remote.busy.or(remote.queued.as_ref().map(|j| j.id));
            let on_done = remote.on_done.clone();
            let on_ready = ON_READY.with(|w| w.borrow_mut().take());
            // (This closure is the worker's own error handler: `retire`
            // keeps it alive past this call.)
            retire(remote);
            if let Some(on_ready) = on_ready {
                on_ready(Err("the analysis worker failed".to_string()));
            }
            if let Some(id) = job {
                on_done(Reply {
                    id,
                    report: Err("the analysis worker failed".to_string()),
                    millis: 0.0,
                });
            }
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Remote {
        worker,
        ready: None,
        busy: None,
        queued: None,
        on_done: Rc::new(|_| {}),
        _on_message: on_message,
        _on_error: on_error,
    })
}
