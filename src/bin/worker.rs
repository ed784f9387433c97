//! The analysis worker (built by Trunk as a web worker, see index.html).

fn main() {
    sitrep::web::worker::run();
}
