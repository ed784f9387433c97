//! The web page's entry point (built by Trunk with the `web` feature).

fn main() {
    sitrep::web::start();
}
