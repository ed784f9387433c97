//! The page's components, one per file. Each gets plain data and callbacks,
//! never the whole state.

mod app;
mod article_input;
mod event_cards;
mod export_bar;
mod footer;
mod quantity_list;
mod status;
mod summary_cards;
mod text_view;
mod world_map;

pub use app::{App, AppProps};

/// Whether two optional shared values are the same allocation: props compare
/// analyses by identity, never by walking a whole report.
fn same<T>(a: &Option<std::rc::Rc<T>>, b: &Option<std::rc::Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::rc::Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}
