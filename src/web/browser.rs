//! The few browser calls the page makes: downloads, the clipboard, the URL
//! fragment, scrolling, deflate (share links). Failures are returned as messages, never panics.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, HtmlAnchorElement, ReadableStreamDefaultReader, ReadableWritablePair,
    Url,
};

/// Offers `content` as a file named `name` (a Blob behind an object URL;
/// nothing leaves the browser).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |_| format!("could not save {name}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "no link element".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has started the download; the URL is not needed after this turn.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Puts `text` on the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying".to_string())
}

/// The URL fragment, with its `#`, or "".
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address with `fragment` (no `#`) as its fragment, and the
/// address bar set to it (without a new history entry).
pub fn set_fragment(fragment: &str) -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    let url = format!("{base}#{fragment}");
    let _ = window
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url));
    Some(url)
}

/// Scrolls the first element matching `selector` to the middle of the view.
pub fn scroll_to(selector: &str) {
    scroll(selector, web_sys::ScrollLogicalPosition::Center);
}

/// Scrolls the first element matching `selector` just far enough to show it
/// (not at all when it is in view).
pub fn scroll_near(selector: &str) {
    scroll(selector, web_sys::ScrollLogicalPosition::Nearest);
}

fn scroll(selector: &str, block: web_sys::ScrollLogicalPosition) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// A monotonic clock in milliseconds (0 where there is none).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `CompressionStream` (web-sys has it only behind
    /// `web_sys_unstable_apis`): a `{ readable, writable }` pair.
    #[wasm_bindgen(js_name = CompressionStream)]
    type Deflater;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Deflater, JsValue>;

    /// The browser's `DecompressionStream`, the same shape.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Inflater;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Inflater, JsValue>;
}

/// The browser's raw-deflate (RFC 1951) compressor, or `None` where there
/// is none (before Chromium 103, Firefox 113, Safari 16.4).
pub fn deflater() -> Option<JsValue> {
    Deflater::new("deflate-raw").ok().map(Into::into)
}

/// The browser's raw-deflate decompressor, or `None` where there is none.
pub fn inflater() -> Option<JsValue> {
    Inflater::new("deflate-raw").ok().map(Into::into)
}

/// `bytes` through `pair` (a [`deflater`] or an [`inflater`]), read chunk by
/// chunk: `Ok(None)` as soon as the output passes `limit` bytes (the rest
/// is never produced), `Err` if the stream fails (damaged deflate data).
pub async fn through(
    pair: &JsValue,
    bytes: &[u8],
    limit: usize,
) -> Result<Option<Vec<u8>>, JsValue> {
    // Uint8Array::from copies: the Blob must not see wasm memory.
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let output = Blob::new_with_u8_array_sequence(&parts)?
        .stream()
        .pipe_through(pair.unchecked_ref::<ReadableWritablePair>());
    let reader: ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let (done, value) = (JsValue::from_str("done"), JsValue::from_str("value"));
    let mut out = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&chunk, &done)?.is_truthy() {
            return Ok(Some(out));
        }
        let part: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &value)?.unchecked_into();
        let at = out.len();
        let len = part.length() as usize;
        if at + len > limit {
            let _ = reader.cancel();
            return Ok(None);
        }
        out.resize(at + len, 0);
        part.copy_to(&mut out[at..]);
    }
}
