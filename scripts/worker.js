// The analysis worker (a module worker; src/web/remote.rs and boot.js start
// it). It runs the page's own wasm module: its first message is
// `{module, glue}`, the `WebAssembly.Module` the page compiled and the URL of
// the wasm-bindgen glue. Instantiating the module runs its `main`, which in a
// worker runs the worker's side (src/web/worker.rs: it sets its own message
// handler and says when its major places are in; the page posts nothing else
// before then).
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
