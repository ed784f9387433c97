//! Text segmentation: tokens and sentences, with byte offsets.
//!
//! The tokenizer is a single pass over the characters. The sentence splitter
//! works on the tokens: it ends a sentence at `.`, `!`, `?` or `…` when what
//! follows starts a new sentence, unless the full stop belongs to an
//! abbreviation ("U.S.", "Gen.", "Jan. 2"); at a blank line; and at a single
//! line break when the text is not hard-wrapped (a headline on its own line).
//! Abbreviations are matched without regard to case, so ALL-CAPS wire text
//! ("GEN. VARGAS", "NO. 4") splits the same way as mixed case.

use crate::span::ByteSpan;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits or inner full stops ("U.S.", "5th").
    Word,
    /// Digits, possibly with `,` and `.` separators ("10,000", "1.5").
    Number,
    /// Any other single character.
    Punct,
}

/// One token of the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is, in bytes.
    pub span: ByteSpan,
    /// What it is made of.
    pub kind: TokenKind,
    /// Whether whitespace (or the start of the text) comes before it.
    pub space_before: bool,
    /// Whether a line break comes before it.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }
}

/// The text of every token, sliced once. Extractors read words in their
/// inner loops, and each `&text[a..b]` checks both ends for a character
/// boundary (~7 % of the analysis when every read sliced anew).
pub fn token_texts<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    tokens.iter().map(|t| t.text(text)).collect()
}

/// A short ASCII word in lower case, kept on the stack: lexicon look-ups
/// run at every token and must not allocate.
pub(crate) struct Lower {
    buf: [u8; 24],
    len: usize,
}

impl Lower {
    /// The word in lower case, or `None` when it is longer than 24 bytes or
    /// not ASCII (no word list entry is either).
    pub(crate) fn new(word: &str) -> Option<Lower> {
        if word.len() > 24 || !word.is_ascii() {
            return None;
        }
        let mut buf = [0u8; 24];
        for (b, c) in buf.iter_mut().zip(word.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        Some(Lower {
            buf,
            len: word.len(),
        })
    }

    /// The lower-case word.
    pub(crate) fn as_str(&self) -> &str {
        let bytes = &self.buf[..self.len];
        debug_assert!(bytes.is_ascii());
        // SAFETY: `new` copies only ASCII words (it checks `is_ascii`) and
        // ASCII lower-casing keeps every byte ASCII, so the bytes are valid
        // UTF-8. This runs at nearly every token; `std::str::from_utf8`
        // re-validating them cost ~5% of the whole analysis (callgrind).
        unsafe { std::str::from_utf8_unchecked(bytes) }
    }
}

/// Whether `word` ends with `suffix`, ignoring ASCII case (without
/// lower-casing the word into a new string).
pub(crate) fn ends_with_ignore_case(word: &str, suffix: &str) -> bool {
    let (w, s) = (word.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // English news runs at about one token per 5 bytes, but 45 % of the dev
    // texts have more and made the `Vec` double (a copy, and twice the
    // memory); one per 4 bytes leaves 0.2 % of them to grow.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = false;
    while i < bytes.len() {
        // The commonest bytes first: a space, and an ASCII letter, which
        // starts a word whatever follows (the general path below decodes a
        // character and tests it against every class).
        match bytes[i] {
            b' ' => {
                space_before = true;
                i += 1;
                continue;
            }
            b if b.is_ascii_alphabetic() => {
                let end = word_end(text, i);
                push(
                    &mut tokens,
                    ByteSpan::new(i, end),
                    TokenKind::Word,
                    &mut space_before,
                    &mut newline_before,
                );
                i = end;
                continue;
            }
            _ => {}
        }
        let c = char_at(text, i);
        if c.is_whitespace() || is_invisible(c) {
            space_before = true;
            if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                newline_before = true;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Number;
            i += 1;
            while i < bytes.len() {
                let b = bytes[i];
                if b.is_ascii_digit() {
                    i += 1;
                } else if (b == b',' || b == b'.')
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_digit()
                {
                    i += 2;
                } else {
                    break;
                }
            }
            // "5th", "1990s", "3rd": a number glued to letters is a word.
            if i < bytes.len() && char_at(text, i).is_alphabetic() {
                let end = word_end(text, i);
                push(
                    &mut tokens,
                    ByteSpan::new(start, end),
                    TokenKind::Word,
                    &mut space_before,
                    &mut newline_before,
                );
                i = end;
                continue;
            }
        } else if c.is_alphabetic() {
            kind = TokenKind::Word;
            i = word_end(text, i);
        } else if (c == '\'' || c == '’') && i > 0 && !space_before {
            // Possessive or contraction: "Russia's" gives "Russia" + "'s".
            let after = i + c.len_utf8();
            let end = word_end(text, after);
            if end > after && end - after <= 2 {
                kind = TokenKind::Word;
                i = end;
            } else {
                kind = TokenKind::Punct;
                i = after;
            }
        } else {
            kind = TokenKind::Punct;
            i += c.len_utf8();
        }
        push(
            &mut tokens,
            ByteSpan::new(start, i),
            kind,
            &mut space_before,
            &mut newline_before,
        );
    }
    crate::limits::tick(tokens.len());
    tokens
}

/// Appends a token with the spacing seen before it, which it uses up.
#[inline]
fn push(
    tokens: &mut Vec<Token>,
    span: ByteSpan,
    kind: TokenKind,
    space_before: &mut bool,
    newline_before: &mut bool,
) {
    tokens.push(Token {
        span,
        kind,
        space_before: std::mem::take(space_before),
        newline_before: std::mem::take(newline_before),
    });
}

/// Characters that render as nothing and only separate or join.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    ) || c.is_control()
}

fn char_at(text: &str, i: usize) -> char {
    // Most text is ASCII: one byte is one char, no decoding.
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => b as char,
        _ => text[i..].chars().next().unwrap_or('\0'),
    }
}

/// The end of a word starting at `i`: letters, digits, combining marks, and
/// full stops between single letters ("U.S.", "U.N.").
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let start = i;
    while i < bytes.len() {
        // ASCII letters and digits, most of any word, need no decoding: skip
        // their run at once.
        i += bytes[i..]
            .iter()
            .take_while(|b| ASCII_ALNUM[usize::from(**b)])
            .count();
        if i == bytes.len() {
            break;
        }
        let c = char_at(text, i);
        if c.is_alphanumeric() || is_mark(c) {
            i += c.len_utf8();
        } else if c == '.' && i + 2 <= bytes.len() && i > start && is_initialism_dot(text, start, i)
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Whether each byte is an ASCII letter or digit (a table look-up is a
/// third of the range tests per letter in `word_end`).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A full stop inside an initialism: a single letter before it and a single
/// letter, then a full stop, after it ("U.S.", "U.S.A."), or the closing stop
/// after such a run.
fn is_initialism_dot(text: &str, start: usize, dot: usize) -> bool {
    let before = &text[start..dot];
    let last_segment = before.rsplit('.').next().unwrap_or("");
    if last_segment.chars().count() != 1 {
        return false;
    }
    let rest = &text[dot + 1..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        // "U.S": a letter then a stop or the end of the letters.
        (Some(a), Some('.')) if a.is_alphabetic() => true,
        // Closing stop of "U.S." after at least one inner stop.
        (Some(a), _) if !a.is_alphanumeric() => before.contains('.'),
        (None, _) => before.contains('.'),
        _ => false,
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Words that take a full stop without ending a sentence. Lower case.
const ABBREVIATIONS: &[&str] = &[
    // titles and ranks
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "brig", "gov", "sen", "rep", "pres", "rev", "hon", "amb", "sec", "supt", "insp",
    "det", "st", "mt", "ft", "jr", "sr", "messrs", "mme", "fr", // other
    "no", "nos", "vs", "approx", "est", "dept", "univ", "assn", "corp", "inc", "ltd", "co", "ave",
    "blvd", "rd", "hwy", "fig", "vol", "op", "cf", "al", "ca",
];

const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that, after an abbreviation's full stop, still start a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "on",
    "but",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "after",
    "meanwhile",
    "however",
    "police",
    "officials",
    "authorities",
];

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) || is_month_abbreviation(word)
}

fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

fn is_month_abbreviation(word: &str) -> bool {
    MONTH_ABBREVIATIONS
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

fn is_closing(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

fn is_opening(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "“" | "‘" | "(" | "[" | "«" | "-" | "—" | "–"
    )
}

/// A sentence: its byte span and the range of its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token's start to its last token's end.
    pub span: ByteSpan,
    /// Indexes into the token list: `tokens[first..last]`.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
}

/// Whether single line breaks are wrapping (as in wire copy) rather than breaks.
///
/// A text is hard-wrapped when most of its lines run long and most of them end
/// without sentence punctuation.
fn is_hard_wrapped(text: &str) -> bool {
    let mut lines = 0usize;
    let mut open = 0usize;
    let mut long = 0usize;
    let mut iter = text.lines().peekable();
    while let Some(line) = iter.next() {
        let line = line.trim_end();
        let next_blank = iter.peek().is_none_or(|l| l.trim().is_empty());
        if line.trim().is_empty() || next_blank {
            continue;
        }
        lines += 1;
        if line.len() >= 40 {
            long += 1;
        }
        if !line.ends_with(['.', '!', '?', ':', '"', '”']) {
            open += 1;
        }
    }
    lines >= 3 && long * 3 >= lines * 2 && open * 2 > lines
}

/// Splits tokens into sentences, given the text of each token
/// ([`token_texts`]).
pub fn sentences(text: &str, tokens: &[Token], words: &[&str]) -> Vec<Sentence> {
    let wrapped = is_hard_wrapped(text);
    let mut out = Vec::new();
    let mut first = 0;
    let close = |out: &mut Vec<Sentence>, first: usize, last: usize| {
        push_bounded(out, tokens, words, first, last);
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        // A break before this token: a blank line, or a line break in text
        // that is not hard-wrapped.
        if i > first && t.newline_before {
            let gap = &text[tokens[i - 1].span.end..t.span.start];
            let blank = gap.matches('\n').count() >= 2;
            if blank || !wrapped {
                close(&mut out, first, i);
                first = i;
            }
        }
        let s = words[i];
        // "... from the U.S. The war": the initialism keeps its closing stop.
        if t.kind == TokenKind::Word && s.ends_with('.') {
            if let Some(after) = tokens.get(i + 1) {
                if after.space_before
                    && (after.newline_before || is_sentence_starter(words[i + 1]))
                    && words[i + 1].starts_with(|c: char| c.is_uppercase())
                {
                    close(&mut out, first, i + 1);
                    first = i + 1;
                }
            }
        }
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
            // Closing quotes and brackets stay with the sentence they close.
            let mut end = i + 1;
            while end < tokens.len() && !tokens[end].space_before && is_closing(words[end]) {
                end += 1;
            }
            if ends_sentence(tokens, words, i, end) {
                close(&mut out, first, end);
                first = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    close(&mut out, first, tokens.len());
    out
}

/// The most tokens a sentence may have. Extractors scan a sentence's tokens
/// around each mention, so their work per token grows with sentence length; a
/// longer run of text without a sentence end (a table, a list, a paste with
/// no punctuation) is split into pieces of at most this many tokens, keeping
/// the whole analysis linear in the input. Real news sentences stay under it:
/// 7 of the ~91,000 sentences of the dev data are longer.
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Pushes the sentence `tokens[first..last]`, split into pieces of at most
/// [`MAX_SENTENCE_TOKENS`] tokens. A piece ends at the last clause break in
/// the second half of its window (a line break, else `;`, else `,` or `:`),
/// or at the limit when there is none.
fn push_bounded(
    out: &mut Vec<Sentence>,
    tokens: &[Token],
    words: &[&str],
    mut first: usize,
    last: usize,
) {
    while last - first > MAX_SENTENCE_TOKENS {
        let limit = first + MAX_SENTENCE_TOKENS;
        let mut cut = limit;
        let mut best = 0;
        for j in (first + MAX_SENTENCE_TOKENS / 2..limit).rev() {
            crate::limits::tick(1);
            // Cutting before token j, after token j - 1.
            let rank = if tokens[j].newline_before {
                3
            } else {
                match words[j - 1] {
                    ";" => 2,
                    "," | ":" => 1,
                    _ => 0,
                }
            };
            if rank > best {
                best = rank;
                cut = j;
            }
        }
        push_sentence(out, tokens, first, cut);
        first = cut;
    }
    push_sentence(out, tokens, first, last);
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, last: usize) {
    if last > first {
        out.push(Sentence {
            span: ByteSpan::new(tokens[first].span.start, tokens[last - 1].span.end),
            first,
            last,
        });
    }
}

/// Whether the stop at `tokens[stop]` (closers up to `next`) ends a sentence.
fn ends_sentence(tokens: &[Token], words: &[&str], stop: usize, next: usize) -> bool {
    let Some(after) = tokens.get(next) else {
        return true;
    };
    if !after.space_before {
        return false;
    }
    let after_text = words[next];
    let starts_new = after.newline_before
        || after_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || is_opening(after_text);
    if !starts_new {
        return false;
    }
    if words[stop] != "." || stop == 0 {
        return true;
    }
    let prev = tokens[stop - 1];
    if prev.span.end != tokens[stop].span.start || prev.kind != TokenKind::Word {
        return true;
    }
    let word = words[stop - 1];
    let single_letter = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic());
    let initialism = word.contains('.');
    if is_month_abbreviation(word) || word.eq_ignore_ascii_case("no") {
        // "Jan. 2", "No. 4" continue; "in Jan. The ..." ends.
        return !(after.kind == TokenKind::Number) && is_sentence_starter(after_text);
    }
    if is_abbreviation(word) || single_letter || initialism {
        return after.newline_before || is_sentence_starter(after_text);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        sentences(text, &tokens, &token_texts(text, &tokens))
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn tokens_keep_numbers_and_possessives() {
        let text = "Russia's 10,000 troops, U.S. aid, 1.5 km";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Russia", "'s", "10,000", "troops", ",", "U.S.", "aid", ",", "1.5", "km"]
        );
        assert_eq!(tokens[2].kind, TokenKind::Number);
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Gen. Smith met U.S. envoys on Jan. 2, 2024. They agreed."),
            [
                "Gen. Smith met U.S. envoys on Jan. 2, 2024.",
                "They agreed."
            ]
        );
        // A month's abbreviation ends a sentence before a word that starts one.
        assert_eq!(
            split("The raid came in Sept. The army said nothing on Oct. 3 either."),
            [
                "The raid came in Sept.",
                "The army said nothing on Oct. 3 either."
            ]
        );
        assert_eq!(
            split("Det. Ana Ruiz said Mt. Hood was closed."),
            ["Det. Ana Ruiz said Mt. Hood was closed."]
        );
    }

    #[test]
    fn initialism_at_sentence_end_splits_before_a_starter() {
        assert_eq!(
            split("Aid came from the U.S. The war went on."),
            ["Aid came from the U.S.", "The war went on."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: \"It will not go unpunished.\" Then he left."),
            ["He said: \"It will not go unpunished.\"", "Then he left."]
        );
    }

    #[test]
    fn headline_is_its_own_sentence() {
        assert_eq!(
            split("Kyiv states forces raided Belgorod\n\nThe raid began at dawn. It ended."),
            [
                "Kyiv states forces raided Belgorod",
                "The raid began at dawn.",
                "It ended."
            ]
        );
        assert_eq!(
            split("Roadside IED kills general in Syria\nRussia confirmed the death."),
            [
                "Roadside IED kills general in Syria",
                "Russia confirmed the death."
            ]
        );
    }

    #[test]
    fn all_caps_wire_text_with_wrapped_lines() {
        let text = "SAN SALVADOR, 3 JAN 90 -- GEN. JUAN RAFAEL BUSTILLO SAID THAT ABOUT 50\n\
                    PEASANTS OF VARIOUS AGES HAVE BEEN KIDNAPPED BY TERRORISTS OF THE\n\
                    FMLN IN SAN MIGUEL DEPARTMENT.  MILITARY DETACHMENT NO. 4 REPORTED\n\
                    THAT A TERRORIST WAS KILLED.";
        assert_eq!(split(text).len(), 2);
        assert!(split(text)[1].starts_with("MILITARY DETACHMENT NO. 4"));
    }

    #[test]
    fn question_and_exclamation_marks_end_sentences() {
        assert_eq!(
            split("Who fired? Nobody knows! Really."),
            ["Who fired?", "Nobody knows!", "Really."]
        );
    }

    #[test]
    fn lower_case_after_stop_continues() {
        assert_eq!(
            split("It hit approx. five homes."),
            ["It hit approx. five homes."]
        );
    }
}
