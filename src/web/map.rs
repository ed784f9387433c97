//! Where the offline map's place labels go (pure, tested natively).
//!
//! The map draws every place as a point and writes its name beside it. Names
//! of places close together would cover each other, so each label takes the
//! first free side of its point (right, left, above, below), the places with
//! most events first, and a label with no free side is left out: its point
//! keeps its tooltip, and the map's text alternative names every place.

/// A point on the map, in the map's units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// Radius of the drawn circle.
    pub r: f64,
    /// Length of its name in characters.
    pub chars: usize,
}

/// How text lines up with its anchor point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The text starts at the anchor (label on the right of its point).
    Start,
    /// The text is centred on the anchor (above or below its point).
    Middle,
    /// The text ends at the anchor (label on the left of its point).
    End,
}

impl Anchor {
    /// The SVG attribute value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A label's anchor point (on the text's baseline) and alignment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// Anchor.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// Alignment.
    pub anchor: Anchor,
}

/// An axis-aligned box: left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Rect(f64, f64, f64, f64);

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.0 < o.2 && o.0 < self.2 && self.1 < o.3 && o.1 < self.3
    }

    fn inside(&self, o: &Rect) -> bool {
        self.0 >= o.0 && self.1 >= o.1 && self.2 <= o.2 && self.3 <= o.3
    }
}

/// An average glyph's width as a share of the font size (names are mostly
/// Latin letters; a slight overestimate keeps labels apart).
const GLYPH: f64 = 0.6;

/// The labels of `points` in a view box (`x0, y0, w, h`) at font size
/// `font`, `None` for a point whose label fits nowhere. `priority` lists the
/// points' indices, most important first.
pub fn labels(
    points: &[Point],
    priority: &[usize],
    view: (f64, f64, f64, f64),
    font: f64,
) -> Vec<Option<Label>> {
    let view = Rect(view.0, view.1, view.0 + view.2, view.1 + view.3);
    let dots: Vec<Rect> = points
        .iter()
        .map(|p| Rect(p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r))
        .collect();
    let mut taken: Vec<Rect> = Vec::new();
    let mut out = vec![None; points.len()];
    for &i in priority {
        let Some(p) = points.get(i) else { continue };
        let (w, gap) = (p.chars as f64 * font * GLYPH, p.r * 0.8);
        // Right, left, above, below: the label's box and its anchor.
        let sides = [
            (p.x + p.r + gap, p.y - font / 2.0, Anchor::Start),
            (p.x - p.r - gap - w, p.y - font / 2.0, Anchor::End),
            (p.x - w / 2.0, p.y - p.r - gap - font, Anchor::Middle),
            (p.x - w / 2.0, p.y + p.r + gap, Anchor::Middle),
        ];
        let free = sides.into_iter().find_map(|(left, top, anchor)| {
            let rect = Rect(left, top, left + w, top + font);
            let clear = rect.inside(&view)
                && !taken.iter().any(|t| t.overlaps(&rect))
                && !dots
                    .iter()
                    .enumerate()
                    .any(|(j, d)| j != i && d.overlaps(&rect));
            clear.then_some((rect, anchor))
        });
        if let Some((rect, anchor)) = free {
            let x = match anchor {
                Anchor::Start => rect.0,
                Anchor::Middle => (rect.0 + rect.2) / 2.0,
                Anchor::End => rect.2,
            };
            // The baseline sits a little above the box's bottom.
            out[i] = Some(Label {
                x,
                y: rect.3 - font * 0.2,
                anchor,
            });
            taken.push(rect);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(x: f64, y: f64, chars: usize) -> Point {
        Point {
            x,
            y,
            r: 1.0,
            chars,
        }
    }

    fn rect(p: &Point, l: &Label, font: f64) -> Rect {
        let w = p.chars as f64 * font * GLYPH;
        let left = match l.anchor {
            Anchor::Start => l.x,
            Anchor::Middle => l.x - w / 2.0,
            Anchor::End => l.x - w,
        };
        let top = l.y + font * 0.2 - font;
        Rect(left, top, left + w, top + font)
    }

    #[test]
    fn a_lone_place_is_labelled_on_its_right() {
        let p = [point(50.0, 50.0, 4)];
        let l = labels(&p, &[0], (0.0, 0.0, 100.0, 100.0), 3.0);
        let l = l[0].expect("room for the label");
        assert_eq!(l.anchor, Anchor::Start);
        assert!(l.x > 51.0 && (l.y - 50.0).abs() < 3.0);
    }

    #[test]
    fn near_places_get_labels_that_do_not_cover_each_other() {
        // Kyiv, Bila Tserkva, Brovary and Irpin on a 40-degree map: a few
        // units apart, as close as a busy article's places are drawn.
        let p = [
            point(50.0, 50.0, 4),
            point(50.5, 52.0, 12),
            point(51.5, 49.5, 7),
            point(49.0, 49.8, 5),
        ];
        let font = 2.0;
        let l = labels(&p, &[0, 1, 2, 3], (0.0, 0.0, 100.0, 100.0), font);
        let placed: Vec<(usize, Rect)> = l
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, rect(&p[i], &l, font))))
            .collect();
        assert!(placed.len() >= 2, "at least two of four fit: {l:?}");
        assert!(l[0].is_some(), "the first in priority is always labelled");
        for (a, ra) in &placed {
            for (b, rb) in &placed {
                assert!(a == b || !ra.overlaps(rb), "labels {a} and {b} overlap");
            }
        }
    }

    #[test]
    fn a_label_stays_inside_the_map_and_may_be_left_out() {
        // At the right edge the label goes to the left of its point.
        let p = [point(98.0, 50.0, 6)];
        let l = labels(&p, &[0], (0.0, 0.0, 100.0, 100.0), 3.0)[0].unwrap();
        assert_eq!(l.anchor, Anchor::End);
        // Three places on one spot with names too long for either side: the
        // first two take above and below, the third has no free side.
        let p = [point(50.0, 50.0, 30); 3];
        let l = labels(&p, &[2, 0, 1], (0.0, 0.0, 100.0, 100.0), 3.0);
        assert_eq!(l[2].map(|l| l.anchor), Some(Anchor::Middle));
        assert_eq!(l[0].map(|l| l.anchor), Some(Anchor::Middle));
        assert!(l[2].unwrap().y < 50.0 && l[0].unwrap().y > 50.0, "{l:?}");
        assert_eq!(l[1], None);
    }
}
