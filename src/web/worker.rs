//! The web worker's side: every text is analyzed here, off the page's thread
//! (the page's engine, [`crate::web::remote`]).
//!
//! The worker (`scripts/worker.js`, a module worker that instantiates the
//! page's own wasm module, whose `main` calls [`run`] here:
//! [`crate::web::main`]) first installs the gazetteer's major places and says
//! `{"major_ready": true, "major": n}` with the number of places, or
//! `{"major_ready": true, "major_error": why}`, then builds the core's shared
//! tables ([`crate::prepare`]). Asked `{"load_cities": true}`
//! (once the page shows its first result), it installs the cities table too
//! (parsing it takes about half a second, which would freeze the page) and
//! says `{"cities_ready": true, "cities": n}` or `{"cities_ready": true,
//! "cities_error": why}`. The page sends it every text it reads. Each message
//! `{id, text, date}`, where `text` is the text's UTF-8 bytes (a
//! `Uint8Array`), gets the answer `{id, report, millis}`, where `report` is
//! the report in [`wire`](crate::web::wire) bytes and `millis` how long the
//! core took. Both byte buffers are transferred, not copied, between the
//! threads.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::web::state::options_for;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn set(o: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(o, &JsValue::from_str(key), value);
}

thread_local! {
    /// Whether the cities table is being loaded (or is in).
    static CITIES_STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Posts `{what}_ready` with the number of places or `{what}_error`.
fn say_loaded(scope: &DedicatedWorkerGlobalScope, what: &str, loaded: Result<usize, String>) {
    let out = js_sys::Object::new();
    set(&out, &format!("{what}_ready"), &JsValue::TRUE);
    match loaded {
        Ok(n) => set(&out, what, &JsValue::from_f64(n as f64)),
        Err(why) => set(&out, &format!("{what}_error"), &JsValue::from_str(&why)),
    }
    let _ = scope.post_message(&out);
}

/// Loads the cities table, once. The page asks for it only after this
/// worker said its major places are in (`remote::ask_for_cities`: before,
/// the message could come before this worker listens), so they are in
/// place, or failed.
fn load_cities(scope: &DedicatedWorkerGlobalScope) {
    if CITIES_STARTED.with(|s| s.replace(true)) {
        return;
    }
    let scope = scope.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let cities = if crate::gazetteer::major_installed() {
            crate::web::cities::load_cities().await
        } else {
            Err("the major places did not load".to_string())
        };
        say_loaded(&scope, "cities", cities);
    });
}

/// Reads one job: `{id, text, date}` in, `{id, report, millis}` out.
fn read(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
    let id = get(data, "id");
    let text = get(data, "text")
        .dyn_ref::<js_sys::Uint8Array>()
        .map(|bytes| {
            String::from_utf8(bytes.to_vec())
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        })
        .unwrap_or_default();
    let date = get(data, "date").as_string();
    let clock = js_sys::global()
        .unchecked_into::<web_sys::WorkerGlobalScope>()
        .performance();
    let t0 = clock.as_ref().map_or(0.0, |p| p.now());
    let report = crate::analyze(&text, &options_for(date.as_deref()));
    let millis = clock.as_ref().map_or(0.0, |p| p.now()) - t0;
    let out = js_sys::Object::new();
    set(&out, "id", &id);
    let wire = crate::web::wire::encode(&report);
    drop(report);
    let bytes = js_sys::Uint8Array::new_with_length(wire.len() as u32);
    bytes.copy_from(&wire);
    drop(wire);
    set(&out, "report", &bytes);
    set(&out, "millis", &JsValue::from_f64(millis));
    let _ = scope.post_message_with_transfer(&out, &js_sys::Array::of1(&bytes.buffer()));
}

/// Runs the worker: answers analysis requests until the page ends it.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            if get(&data, "load_cities").is_truthy() {
                load_cities(&scope);
            } else {
                read(&scope, &data);
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let major = crate::web::cities::load_major().await;
        say_loaded(&scope, "major", major);
        // The core's shared tables, while the page hears of the places and
        // sends its first text (which waits in the queue meanwhile): the
        // first analysis is then as quick as the next ones.
        crate::prepare();
    });
}
