// The analysis worker (a module worker; src/web/remote.rs and boot.js start
// it). It runs the page's own wasm module: its first message is
// `{module, glue}`, the `WebAssembly.Module` the page compiled and the URL of
// the wasm-bindgen glue. Instantiating the module runs its `main`, which in a
// worker runs the worker's side (src/web/worker.rs: it sets its own message
// handler and says when its major places are in; the page posts nothing else
// before then).
//
// The gazetteer's major places (sitrep::gazetteer::MAJOR_FILES, which the
// first analysis waits for) are fetched as soon as this script runs, side by
// side, while the page still downloads and compiles the wasm; the wasm side
// takes the responses from `self.__sitrepPrefetch` (src/web/cities.rs) and
// fetches anything not there itself. The glue, whose URL is the worker's
// name, is imported at once too (the import in the message handler gets the
// same module).
const MAJOR = ["gazetteer/admin1.tsv", "gazetteer/cities-major.tsv"];
self.__sitrepPrefetch = Object.fromEntries(
  MAJOR.map((path) => {
    const response = fetch(new URL(path, self.location).href);
    // (A failure is the wasm side's to report, when it takes the response.)
    response.catch(() => {});
    return [path, response];
  }),
);

if (self.name) import(self.name).catch(() => {});

addEventListener(
  "message",
  (e) => {
    const { module, glue } = e.data;
    import(glue)
      .then(({ default: init }) => init({ module_or_path: module }))
      // A failure as an uncaught error, which the page's Worker hears
      // (its "error" event), as it would a script that did not load.
      .catch((why) =>
        setTimeout(() => {
          throw why;
        }),
      );
  },
  { once: true },
);
