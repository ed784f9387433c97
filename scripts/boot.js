// Starts the page: compiles the app's WebAssembly once and runs it twice,
// here (the page) and in the analysis worker.
//
// Trunk would write this as an inline <script type="module"> in index.html;
// the page's Content-Security-Policy forbids every inline script, so it is a
// file instead (copied into dist/ by index.html). Trunk writes the tag that
// loads it (Trunk.toml, `pattern_script`), with the build's hashed file
// names in its data-js and data-wasm attributes; Trunk's modulepreload and
// preload links, with their integrity hashes, still fetch both files early.
//
// The page and its analysis worker are one wasm module (src/bin/app.rs:
// `sitrep::web::main` starts the page in a window, the worker's loop in a
// worker). The worker (worker.js, a module worker) starts first, so that its
// script loads while the wasm downloads and compiles; once compiled, the
// module and the glue's URL are posted to it, and it instantiates the module
// and installs the major places (which its script started fetching as it
// ran, beside the glue: the worker's name is the glue's URL) while the page
// starts its own instance (src/web/remote.rs takes it over; what it says
// before then waits in `said`, since a message with no listener would be
// lost). The page does not wait for the worker's script to run before it
// starts its own instance: measured, that brought the first analysis no
// sooner and showed the page ~160 ms later (BENCHMARKS.md).
const tag = document.querySelector("script[data-js][data-wasm]");
const glue = new URL(tag.dataset.js, document.baseURI).href;
const wasmUrl = new URL(tag.dataset.wasm, document.baseURI).href;

let early;
try {
  const worker = new Worker(new URL("worker.js", document.baseURI).href, { type: "module", name: glue });
  const said = [];
  const keep = (e) => said.push(e.data);
  worker.addEventListener("message", keep);
  early = { worker, said, keep, failed: false };
  // (A failure the page did not hear: it starts another worker instead.)
  worker.addEventListener("error", () => (early.failed = true), { once: true });
  window.__sitrepWorker = early;
} catch {
  // The page starts one itself (and says so if it cannot).
}

/** The wasm at `url`, compiled (as it streams in when served as application/wasm). */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  if ((response.headers.get("Content-Type") || "").startsWith("application/wasm")) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

const [{ default: init }, module] = await Promise.all([import(glue), compile(wasmUrl)]);
early?.worker.postMessage({ module, glue });
const wasm = await init({ module_or_path: module });
// The event Trunk's own loader fires (the tests read the wasm memory's size from it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
