use std::rc::Rc;

use yew::prelude::*;

use crate::web::highlight::{self, Block, Kind, Mark};
use crate::web::state::{Analysis, Reveal, HIGHLIGHT_LIMIT};

/// The plain rest of a big text is drawn in blocks of about this many bytes
/// (see [`highlight::plain_blocks`]).
const REST_BLOCK: usize = 32 * 1024;

#[derive(Properties)]
pub struct Props {
    /// The analysis to show.
    pub analysis: Option<Rc<Analysis>>,
    /// The event whose evidence is marked (index into `report.events`).
    pub selected: Option<usize>,
    /// Whether the evidence of the picked event is to be scrolled into view.
    pub reveal: Reveal,
    /// An event's trigger or count was clicked (index into `report.events`).
    pub on_pick: Callback<usize>,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.selected == other.selected
            && self.reveal == other.reveal
            && super::same(&self.analysis, &other.analysis)
    }
}

/// The analyzed text with its sentences and mentions marked.
///
/// Everything is built from the report's spans as Yew text nodes: the text is
/// never parsed as HTML. Every mention can be focused; hovering or focusing
/// shows what it was read as (a tooltip, and `aria-describedby` for screen
/// readers). The picked event's evidence is marked and scrolled into view.
/// Clicking an event's trigger or count (or Enter on it) picks that event.
#[function_component(TextView)]
pub fn text_view(props: &Props) -> Html {
    // Bring the picked event's evidence into view once it is drawn, unless
    // it was picked here, in the text.
    use_effect_with(
        (
            props.selected,
            props.reveal,
            props.analysis.as_ref().map(|a| a.revision),
        ),
        |(selected, reveal, _)| {
            if selected.is_some() && *reveal == Reveal::Evidence {
                super::super::browser::scroll_to(".text-view mark.mark-evidence");
            }
        },
    );
    let Some(analysis) = props.analysis.as_ref().filter(|a| !a.text.is_empty()) else {
        return html! {
            <p class="placeholder">
                { "The article will appear here, with every place, actor, date, weapon, count and event marked." }
            </p>
        };
    };
    let report = &analysis.report;
    // Big texts: highlights up to HIGHLIGHT_LIMIT, the rest as plain text.
    let (head, rest) = match analysis.text.char_indices().nth(HIGHLIGHT_LIMIT) {
        Some((byte, _)) => analysis.text.split_at(byte),
        None => (&*analysis.text, ""),
    };
    let mut marks = highlight::marks(report, props.selected);
    if !rest.is_empty() {
        marks.retain(|m| m.end <= HIGHLIGHT_LIMIT);
    }
    let blocks = highlight::layout(head, &report.sentences, &marks);
    let (lead, rest_blocks) = highlight::plain_blocks(rest, REST_BLOCK);
    html! {
        <>
            <ul class="legend" aria-label="Legend">
                { for Kind::ALL.iter().map(|k| html! {
                    <li><span class={classes!("swatch", k.class())}></span>{ k.name() }</li>
                }) }
            </ul>
            if !rest.is_empty() {
                <p class="hint">
                    { format!("A long text: marks are shown for its first {} characters; the cards, summary and exports cover all of it.", HIGHLIGHT_LIMIT) }
                </p>
            }
            <div class="text-view" lang="en">
                { for blocks.iter().map(|b| block(b, &marks, report, &props.on_pick)) }
                { lead.to_string() }
                { for rest_blocks.iter().map(|b| html! { <div class="rest">{ b.to_string() }</div> }) }
            </div>
            // What each mention was read as, for aria-describedby.
            <div hidden=true>
                { for marks.iter().filter(|m| m.kind.is_mention()).map(|m| html! {
                    <span id={format!("d-{}", m.id())}>{ highlight::describe(report, m) }</span>
                }) }
            </div>
        </>
    }
}

fn block(
    b: &Block,
    marks: &[Mark],
    report: &crate::report::Report,
    on_pick: &Callback<usize>,
) -> Html {
    let pieces = b.pieces.iter().map(|p| {
        if p.marks.is_empty() {
            return html! { { p.text.clone() } };
        }
        let kinds = p.marks.iter().map(|&i| marks[i].kind.class());
        let mentions: Vec<&Mark> = p
            .marks
            .iter()
            .map(|&i| &marks[i])
            .filter(|m| m.kind.is_mention())
            .collect();
        if mentions.is_empty() {
            return html! {
                <mark class={classes!("mark", kinds.collect::<Vec<_>>())}>{ p.text.clone() }</mark>
            };
        }
        // Which mentions this piece belongs to ("quantity-3"): a mention cut
        // into several pieces by other marks can be put back together.
        let ids: Vec<String> = mentions.iter().map(|m| m.id()).collect();
        let described = ids
            .iter()
            .map(|id| format!("d-{id}"))
            .collect::<Vec<_>>()
            .join(" ");
        let tip = mentions
            .iter()
            .map(|m| highlight::describe(report, m))
            .collect::<Vec<_>>()
            .join("\n");
        let event = highlight::event_of(marks, &p.marks);
        let onclick = event.map(|i| on_pick.reform(move |_: MouseEvent| i));
        let onkeydown = event.map(|i| {
            let on_pick = on_pick.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" {
                    e.prevent_default();
                    on_pick.emit(i);
                }
            })
        });
        html! {
            <mark class={classes!("mark", kinds.collect::<Vec<_>>(), event.map(|_| "pickable"))} tabindex="0"
                data-mentions={ids.join(" ")} data-tip={tip} aria-describedby={described}
                {onclick} {onkeydown}>
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
