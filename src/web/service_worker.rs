//! Registers the service worker that keeps the page working offline.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

/// Registers `url` (relative to the page, so the app works under a sub-path).
///
/// Does nothing where the browser has no service workers (an insecure
/// origin, some private modes); a failed registration is logged, never fatal:
/// the page works online without one.
pub fn register(url: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"));
    if !matches!(has_sw, Ok(true)) {
        return;
    }
    let promise = navigator.service_worker().register(url);
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|err: JsValue| {
        web_sys::console::warn_2(&JsValue::from_str("service worker not registered:"), &err);
    });
    let _ = promise.catch(&on_error);
    // Called at most once, after this function returns: the closure must live on.
    on_error.forget();
}
