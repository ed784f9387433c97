//! Stable sorting through one shared copy of the sort routine.
//!
//! Every call of `slice::sort_by_key` or `sort_by` compiles its own copy of
//! the standard library's stable sort, for its element type and its closure:
//! 24 of them took ~115 KB of the page's WebAssembly (before `wasm-opt`),
//! about a tenth of its code. The functions here sort the *positions* of the
//! elements with a single routine, which calls the comparison through a
//! `&mut dyn FnMut`, and then move the elements into that order. The result
//! is that of the standard library's stable sort (equal elements keep their
//! order); each comparison costs an indirect call more, which is nothing
//! next to the size saved for the short lists sorted here (a document's
//! mentions, a report's events).

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stably, like `slice::sort_by`.
pub(crate) fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by `key`, stably, like `slice::sort_by_key` (the key is
/// computed for each comparison, as there).
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by its own order, like `slice::sort`.
#[cfg(any(feature = "web", feature = "share", test))]
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one sort routine: positions ordered by `compare`, stably.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts the element at `order[i]` at `i`, for every `i`, by following each
/// cycle of the permutation with swaps (a position done points at itself).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != start {
            let from = order[at];
            v.swap(at, from);
            order[at] = at;
            at = from;
        }
        order[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn a_reversed_comparison_sorts_descending() {
        let mut v = vec!["kyiv", "odesa", "belgorod", "kharkiv"];
        sort_by(&mut v, |a, b| b.cmp(a));
        assert_eq!(v, ["odesa", "kyiv", "kharkiv", "belgorod"]);
    }

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(
            v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)
        ) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std);
            let mut whole = v.clone();
            sort(&mut whole);
            let mut std_whole = v;
            std_whole.sort();
            prop_assert_eq!(whole, std_whole);
        }
    }
}
