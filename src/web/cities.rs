//! Loads the gazetteer's major places and cities table into the core, in
//! the analysis worker (see [`crate::web::worker`]): the major places as it
//! starts, the cities table once the page shows its first result.
//!
//! The web build compiles in only countries and regions (the rest is most of
//! the place data, and would double the page's first download); Trunk copies
//! the files next to the page (`gazetteer/` in dist/, see index.html;
//! `scripts/worker.js` asks for the major places as soon as it runs) and the
//! service worker caches them with the rest of the app, so they load offline
//! too.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::gazetteer;

/// Where the files are, relative to the page.
const DIR: &str = "gazetteer/";

/// Fetches the files of [`gazetteer::MAJOR_FILES`] and installs them
/// (~50 ms of parsing in wasm); returns the number of places of the core (0 when
/// they were in place already: nothing is fetched then), or why it failed.
pub async fn load_major() -> Result<usize, String> {
    if gazetteer::major_installed() {
        return Ok(0);
    }
    let [admin1, cities] = gazetteer::MAJOR_FILES;
    // Both at once (in the worker, `worker.js` has already asked for them).
    let admin1 = fetch_text(&format!("{DIR}{admin1}"));
    let cities = fetch_text(&format!("{DIR}{cities}"));
    let (admin1, cities) = (admin1.await, cities.await);
    gazetteer::install_major(&admin1?, &cities?).map_err(|e| e.to_string())
}

/// Fetches and installs the cities table (a few hundred milliseconds of
/// parsing on the calling thread); returns the number of cities, or why it
/// failed.
pub async fn load_cities() -> Result<usize, String> {
    install(&fetch().await?)
}

/// Fetches the files of [`gazetteer::CITY_FILES`], joined.
async fn fetch() -> Result<String, String> {
    if gazetteer::cities_installed() {
        return Err("a cities table is already installed".into());
    }
    // All requested at once, joined in order.
    let parts: Vec<_> = gazetteer::CITY_FILES
        .iter()
        .map(|name| fetch_text(&format!("{DIR}{name}")))
        .collect();
    let mut text = String::new();
    for part in parts {
        text.push_str(&part.await?);
        if !text.ends_with('\n') {
            text.push('\n');
        }
    }
    Ok(text)
}

/// Installs the fetched table (a few hundred milliseconds of parsing on the
/// calling thread); returns the number of places.
fn install(text: &str) -> Result<usize, String> {
    gazetteer::install_cities(text).map_err(|e| e.to_string())
}

/// The response `worker.js` asked for as it started, if it did, once.
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let all = js_sys::Reflect::get(&js_sys::global(), &"__sitrepPrefetch".into()).ok()?;
    if !all.is_object() {
        return None;
    }
    let key = wasm_bindgen::JsValue::from_str(url);
    let response = js_sys::Reflect::get(&all, &key).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(all.unchecked_ref::<js_sys::Object>(), &key);
    Some(response)
}

/// Starts fetching `url` (a request made now: the future may be awaited
/// later, beside another).
fn fetch_text(url: &str) -> impl std::future::Future<Output = Result<String, String>> {
    // In the analysis worker (which may have asked for it already), or on
    // the page (the in-page engine).
    let fetch = match (prefetched(url), web_sys::window()) {
        (Some(response), _) => Ok(response),
        (None, Some(window)) => Ok(window.fetch_with_str(url)),
        (None, None) => js_sys::global()
            .dyn_into::<web_sys::WorkerGlobalScope>()
            .map(|scope| scope.fetch_with_str(url))
            .map_err(|_| "no window and no worker scope".to_string()),
    };
    let url = url.to_string();
    async move { read_text(&url, fetch?).await }
}

async fn read_text(url: &str, fetch: js_sys::Promise) -> Result<String, String> {
    let fail = |what: &str| format!("{url}: {what}");
    let response: Response = JsFuture::from(fetch)
        .await
        .map_err(|_| fail("network error"))?
        .dyn_into()
        .map_err(|_| fail("not a response"))?;
    if !response.ok() {
        return Err(fail(&format!("HTTP {}", response.status())));
    }
    let text = response.text().map_err(|_| fail("unreadable body"))?;
    JsFuture::from(text)
        .await
        .map_err(|_| fail("unreadable body"))?
        .as_string()
        .ok_or_else(|| fail("body is not text"))
}
