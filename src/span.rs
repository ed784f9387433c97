//! Byte offsets inside, code point offsets outside.
//!
//! The analyzer slices `&str` by byte offsets. The report speaks in Unicode code
//! points, so that `text[start:end]` in Python gives the span. [`Offsets`] converts
//! between the two in `O(log n)` per offset, and costs nothing for ASCII text.

use crate::report::Span;

/// A byte range `[start, end)` in the input text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ByteSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        ByteSpan { start, end }
    }

    /// The text under the span.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &ByteSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &ByteSpan) -> ByteSpan {
        ByteSpan::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Converts byte offsets of one text to code point offsets.
///
/// It records, for every multi-byte character, how many surplus bytes came
/// before its end; a byte offset then maps to a code point offset by one binary
/// search.
pub struct Offsets<'t> {
    text: &'t str,
    /// `(byte offset just past a multi-byte char, surplus bytes up to there)`.
    marks: Vec<(usize, usize)>,
}

impl<'t> Offsets<'t> {
    /// Indexes `text`. Linear in its length; allocates only for non-ASCII characters.
    pub fn new(text: &'t str) -> Self {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            let mut surplus = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    surplus += n - 1;
                    marks.push((i + n, surplus));
                }
            }
        }
        Offsets { text, marks }
    }

    /// The code point offset of a byte offset on a character boundary.
    pub fn char_index(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|&(b, _)| b <= byte);
        if k == 0 {
            byte
        } else {
            byte - self.marks[k - 1].1
        }
    }

    /// The report span of a byte span.
    pub fn span(&self, s: ByteSpan) -> Span {
        Span {
            text: self.text[s.start..s.end].to_string(),
            start: self.char_index(s.start),
            end: self.char_index(s.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_bytes() {
        let o = Offsets::new("Kyiv was hit");
        assert_eq!(o.span(ByteSpan::new(0, 4)).text, "Kyiv");
        assert_eq!(o.char_index(9), 9);
    }

    #[test]
    fn multibyte_offsets_count_code_points() {
        let text = "Łódź – Kyiv 😀 Odesa";
        let o = Offsets::new(text);
        let b = text.find("Kyiv").unwrap();
        let s = o.span(ByteSpan::new(b, b + 4));
        assert_eq!(s.text, "Kyiv");
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), "Kyiv");
        let b = text.find("Odesa").unwrap();
        let s = o.span(ByteSpan::new(b, b + 5));
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), "Odesa");
    }
}
