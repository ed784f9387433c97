use std::rc::Rc;

use yew::prelude::*;

use crate::web::highlight::describe_quantity;
use crate::web::state::{Analysis, LIST_LIMIT};

#[derive(Properties)]
pub struct Props {
    /// The analysis to list.
    pub analysis: Option<Rc<Analysis>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        super::same(&self.analysis, &other.analysis)
    }
}

/// Every number found, with the range the text supports.
#[function_component(QuantityList)]
pub fn quantity_list(props: &Props) -> Html {
    let quantities = props
        .analysis
        .as_ref()
        .map(|a| a.report.mentions.quantities.as_slice())
        .unwrap_or_default();
    if quantities.is_empty() {
        return html! { <p class="placeholder">{ "No numbers found yet." }</p> };
    }
    let cell = |v: Option<u64>| match v {
        Some(v) => html! { <td class="num">{ v }</td> },
        None => html! { <td class="num none"><span aria-label="none">{ "–" }</span></td> },
    };
    html! {
        <div class="table-wrap">
            <table class="quantities">
                <thead>
                    <tr>
                        <th scope="col">{ "As written" }</th>
                        <th scope="col" class="num">{ "Low" }</th>
                        <th scope="col" class="num">{ "Best" }</th>
                        <th scope="col" class="num">{ "High" }</th>
                        <th scope="col" class="reading">{ "Read as" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for quantities.iter().take(LIST_LIMIT).map(|q| html! {
                        <tr>
                            <th scope="row" class="as-written">{ q.span.text.clone() }</th>
                            { cell(q.low) }
                            <td class="num best">{ q.best }</td>
                            { cell(q.high) }
                            <td class="reading">{ describe_quantity(q) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if quantities.len() > LIST_LIMIT {
                <p class="hint">{ format!("The first {LIST_LIMIT} of {} numbers.", quantities.len()) }</p>
            }
        </div>
    }
}
