//! The web worker's side: big texts are analyzed off the page's thread.
//!
//! The worker (`src/bin/worker.rs`, built by Trunk with `data-type="worker"`)
//! first installs the gazetteer's major places and cities table (the page
//! holds only the major places: the cities table takes half a second to
//! parse, which would freeze it), then says `{"ready": true, "cities": n}`
//! with the number of cities, or `{"ready": true, "cities_error": why}`. From
//! then on the page sends it every text it reads. Each message
//! `{id, text, date}`, where `text` is the text's UTF-8 bytes (a
//! `Uint8Array`), gets the answer `{id, report, millis}`, where `report` is
//! the report in [`wire`](crate::web::wire) bytes and `millis` how long the
//! core took. Both byte buffers are transferred, not copied, between the
//! threads.

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

/// Runs the worker: answers analysis requests until the page ends it.
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let id = get(&data, "id");
            let text = get(&data, "text")
                .dyn_ref::<js_sys::Uint8Array>()
                .map(|bytes| {
                    String::from_utf8(bytes.to_vec())
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
                })
                .unwrap_or_default();
            let date = get(&data, "date").as_string();
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
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let cities = crate::web::cities::load().await;
        let out = js_sys::Object::new();
        set(&out, "ready", &JsValue::TRUE);
        match cities {
            Ok(n) => set(&out, "cities", &JsValue::from_f64(n as f64)),
            Err(why) => set(&out, "cities_error", &JsValue::from_str(&why)),
        }
        let _ = scope.post_message(&out);
    });
}
