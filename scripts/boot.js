// Starts the page: loads the wasm-bindgen glue and the app's WebAssembly.
//
// Trunk would write this as an inline <script type="module"> in index.html;
// the page's Content-Security-Policy forbids every inline script, so it is a
// file instead (copied into dist/ by index.html). Trunk writes the tag that
// loads it (Trunk.toml, `pattern_script`), with the build's hashed file
// names in its data-js and data-wasm attributes; Trunk's modulepreload and
// preload links, with their integrity hashes, still fetch both files early.
//
// The analysis worker starts first, so that it fetches and compiles the
// analyzer and loads the major places while the page's own wasm loads
// (src/web/remote.rs takes it over; what it says before then waits in
// `said`, since a message with no listener would be lost).
try {
  const worker = new Worker(new URL("worker_loader.js", document.baseURI).href);
  const said = [];
  const keep = (e) => said.push(e.data);
  worker.addEventListener("message", keep);
  const early = { worker, said, keep, failed: false };
  // (A failure the page did not hear: it starts another worker instead.)
  worker.addEventListener("error", () => (early.failed = true), { once: true });
  window.__sitrepWorker = early;
} catch {
  // The page starts one itself (and says so if it cannot).
}
const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
const wasm = await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });
// The event Trunk's own loader fires (the tests read the wasm memory's size from it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
