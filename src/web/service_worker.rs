//! Registers the service worker that keeps the page working offline, and
//! tells the page when a new version of it is installed and waiting.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTERED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// [`register`], the first time it is called; later calls do nothing.
pub fn register_once(url: &str, on_update: impl Fn() + 'static) {
    if !REGISTERED.with(|r| r.replace(true)) {
        register(url, on_update);
    }
}

/// Registers `url` (relative to the page, so the app works under a sub-path)
/// and calls `on_update` once a newer worker is installed and waits.
///
/// Does nothing where the browser has no service workers (an insecure
/// origin, some private modes); a failed registration is logged, never fatal:
/// the page works online without one.
pub fn register(url: &str, on_update: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"));
    if !matches!(has_sw, Ok(true)) {
        return;
    }
    let container = navigator.service_worker();
    let on_update = std::rc::Rc::new(on_update);
    let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |reg: JsValue| {
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // Only an update waits: the first worker takes over at once.
        let has_controller = web_sys::window()
            .map(|w| w.navigator().service_worker().controller().is_some())
            .unwrap_or(false);
        if reg.waiting().is_some() && has_controller {
            on_update();
            return;
        }
        let on_update = on_update.clone();
        let reg2 = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg2.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let w2 = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                let controlled = web_sys::window()
                    .map(|w| w.navigator().service_worker().controller().is_some())
                    .unwrap_or(false);
                if w2.state() == ServiceWorkerState::Installed && controlled {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|err: JsValue| {
        web_sys::console::warn_2(&JsValue::from_str("service worker not registered:"), &err);
    });
    let _ = container
        .register(url)
        .then(&on_registered)
        .catch(&on_error);
    // Each is called at most once, after this function returns.
    on_registered.forget();
    on_error.forget();
}

/// Lets the waiting worker take over, and reloads the page into it once it
/// controls the page.
pub fn activate_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let then = Closure::<dyn FnMut(JsValue)>::new(|reg: JsValue| {
        let waiting: Option<ServiceWorker> = reg
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting());
        match waiting {
            Some(w) => {
                let _ = w.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
    let _ = container.ready().map(|p| p.then(&then));
    then.forget();
}
