use std::rc::Rc;

use yew::prelude::*;

use crate::web::highlight::{self, Block, Kind, Mark};
use crate::web::state::Analysis;

#[derive(Properties)]
pub struct Props {
    /// The analysis to show.
    pub analysis: Option<Rc<Analysis>>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        super::same(&self.analysis, &other.analysis)
    }
}

/// The analyzed text with its sentences and mentions marked.
///
/// Everything is built from the report's spans as Yew text nodes: the text is
/// never parsed as HTML.
#[function_component(TextView)]
pub fn text_view(props: &Props) -> Html {
    let Some(analysis) = props.analysis.as_ref().filter(|a| !a.text.is_empty()) else {
        return html! {
            <p class="placeholder">
                { "The article will appear here, its sentences shaded and every number marked." }
            </p>
        };
    };
    let report = &analysis.report;
    let marks = highlight::marks(report);
    let blocks = highlight::layout(&analysis.text, &report.sentences, &marks);
    html! {
        <>
            <ul class="legend" aria-label="Legend">
                <li><span class="swatch sentence"></span>{ "sentence" }</li>
                { for Kind::ALL.iter().map(|k| html! {
                    <li><span class={classes!("swatch", k.class())}></span>{ k.name() }</li>
                }) }
            </ul>
            <div class="text-view" lang="en">
                { for blocks.iter().map(|b| block(b, &marks, analysis)) }
            </div>
        </>
    }
}

fn block(b: &Block, marks: &[Mark], analysis: &Analysis) -> Html {
    let pieces = b.pieces.iter().map(|p| {
        if p.marks.is_empty() {
            return html! { { p.text.clone() } };
        }
        let kinds = p.marks.iter().map(|&i| marks[i].kind.class());
        // Which mentions this piece belongs to ("quantity-3"): a mention cut
        // into several pieces by other marks can be put back together.
        let ids = p
            .marks
            .iter()
            .map(|&i| format!("{}-{}", marks[i].kind.name(), marks[i].index))
            .collect::<Vec<_>>()
            .join(" ");
        let title = p
            .marks
            .iter()
            .map(|&i| highlight::describe(&analysis.report, &marks[i]))
            .collect::<Vec<_>>()
            .join("; ");
        html! {
            <mark class={classes!("mark", kinds.collect::<Vec<_>>())} {title} data-mentions={ids}>
                { p.text.clone() }
            </mark>
        }
    });
    match b.sentence {
        Some(i) => html! {
            <span class={classes!("sentence", (i % 2 == 1).then_some("odd"))}>
                { for pieces }
            </span>
        },
        None => html! { <>{ for pieces }</> },
    }
}
