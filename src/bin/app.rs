//! The web build's entry point (built by Trunk with the `web` feature): one
//! wasm module for the page and its analysis worker, which
//! [`sitrep::web::main`] tells apart as it starts.

fn main() {
    sitrep::web::main();
}
