use yew::prelude::*;

/// Credits and the privacy promise.
#[function_component(Footer)]
pub fn footer() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                <strong>{ "Your text never leaves this browser." }</strong>
                { " Sitrep runs entirely on this page, with no server, and keeps working offline." }
            </p>
            <p>
                { "Place data from " }
                <a href="https://www.geonames.org/" rel="noopener">{ "GeoNames" }</a>
                { ", licensed under " }
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener license">{ "CC BY 4.0" }</a>
                { ". Map outline from Natural Earth (public domain)." }
            </p>
        </footer>
    }
}
