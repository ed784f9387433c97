use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text to show.
    pub text: Rc<str>,
    /// Called with the new text on every edit.
    pub on_edit: Callback<String>,
    /// Called when the example is asked for.
    pub on_example: Callback<()>,
}

/// The labelled paste area and its buttons.
#[function_component(ArticleInput)]
pub fn article_input(props: &Props) -> Html {
    let oninput = props
        .on_edit
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    let on_clear = props.on_edit.reform(|_: MouseEvent| String::new());
    html! {
        <div class="article-input">
            <label for="article">{ "Paste a news article" }</label>
            <textarea
                id="article"
                class="article"
                rows="14"
                spellcheck="false"
                placeholder="e.g. “Russian forces shelled Kharkiv overnight, killing seven and injuring at least 42…”"
                value={props.text.to_string()}
                {oninput}
            />
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
