use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::web::state::typed;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text to show.
    pub text: Rc<str>,
    /// What is typed in the date field.
    pub date_input: String,
    /// The document's own date found in the text.
    pub detected_date: Option<String>,
    /// Called with the new text on every typed edit.
    pub on_edit: Callback<String>,
    /// Called with the new text when it changes in one go: a paste, a
    /// drop, a cut, Clear.
    pub on_paste: Callback<String>,
    /// Called with the date field's new value.
    pub on_date: Callback<String>,
    /// Called when the example is asked for.
    pub on_example: Callback<()>,
}

/// The labelled paste area, the publication date and the buttons.
#[function_component(ArticleInput)]
pub fn article_input(props: &Props) -> Html {
    let oninput = {
        let (on_edit, on_paste) = (props.on_edit.clone(), props.on_paste.clone());
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            // Read as a property: an event made by a script may be a plain
            // `Event`, without one.
            let kind = js_sys::Reflect::get(&e, &"inputType".into())
                .ok()
                .and_then(|kind| kind.as_string());
            if typed(kind.as_deref()) {
                on_edit.emit(text);
            } else {
                on_paste.emit(text);
            }
        })
    };
    let on_date = props
        .on_date
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    let on_clear = props.on_paste.reform(|_: MouseEvent| String::new());
    // The date field is not bound to the state while it has the focus: a
    // date input rewritten under the cursor loses the part being typed.
    let date_ref = use_node_ref();
    // Nor is the textarea: writing megabytes back into the box that just
    // received them costs a second of layout. It is written only when the
    // text comes from elsewhere (the example, a share link, Clear).
    let text_ref = use_node_ref();
    {
        let text_ref = text_ref.clone();
        use_effect_with(props.text.clone(), move |text| {
            if let Some(area) = text_ref.cast::<HtmlTextAreaElement>() {
                if area.value().as_str() != &**text {
                    area.set_value(text);
                }
            }
        });
    }
    let typed = !props.date_input.is_empty();
    let shown = if typed {
        props.date_input.clone()
    } else {
        props.detected_date.clone().unwrap_or_default()
    };
    {
        let date_ref = date_ref.clone();
        use_effect_with(shown.clone(), move |shown| {
            if let Some(input) = date_ref.cast::<HtmlInputElement>() {
                let focused = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|a| a == **input);
                if !focused && input.value() != *shown {
                    input.set_value(shown);
                }
            }
        });
    }
    let hint = match (typed, &props.detected_date) {
        (true, _) => "The date you set.".to_string(),
        (false, Some(_)) => {
            "Found in the article's dateline; change it if it is wrong.".to_string()
        }
        (false, None) => {
            "None found in the text: relative dates (“on Sunday”) stay unresolved.".to_string()
        }
    };
    html! {
        <div class="article-input">
            <label for="article">{ "Paste a news article" }</label>
            <textarea
                id="article"
                class="article"
                rows="14"
                spellcheck="false"
                placeholder="e.g. “Russian forces shelled Kharkiv overnight, killing seven and injuring at least 42…”"
                ref={text_ref}
                {oninput}
            />
            <div class="date-field">
                <label for="date">{ "Publication date" }</label>
                <input id="date" type="date" ref={date_ref} oninput={on_date}
                    aria-describedby="date-hint" />
                <p id="date-hint" class="hint">{ hint }</p>
            </div>
            <div class="buttons">
                <button type="button" class="load-example" onclick={on_example}>
                    { "Load example" }
                </button>
                <button type="button" class="secondary clear" onclick={on_clear}
                    disabled={props.text.is_empty()}>
                    { "Clear" }
                </button>
            </div>
        </div>
    }
}
