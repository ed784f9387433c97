//! One text, split once and shared by every extractor.

use std::cell::OnceCell;

use crate::lexfile::{self, Case, Flat};
use crate::lexicon::PhraseMatch;
use crate::quantity::{self, QuantityMatch};
use crate::span::ByteSpan;
use crate::text::{self, Sentence, Token};

/// A text with its tokens, sentences and quantities.
pub(crate) struct Doc<'t> {
    /// The input text.
    pub text: &'t str,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// The text of every token ([`text::token_texts`]), parallel to
    /// `tokens`.
    pub words: Vec<&'t str>,
    /// Sentences, in order, covering the tokens.
    pub sentences: Vec<Sentence>,
    /// Every quantity (all units), in order.
    pub quantities: Vec<QuantityMatch>,
    /// How each sentence uses case, worked out on first use (actors and
    /// weapons both read it).
    cases: OnceCell<Vec<Case>>,
    /// The text with its whitespace runs made single spaces, for the lexicon
    /// scans; made on first use.
    flat: OnceCell<Flat>,
    /// The actor and weapon phrases in the text, found on first use.
    lexicon: OnceCell<Vec<PhraseMatch>>,
}

impl<'t> Doc<'t> {
    /// Tokenizes and splits `text`.
    pub fn new(text: &'t str) -> Doc<'t> {
        let tokens = text::tokenize(text);
        let words = text::token_texts(text, &tokens);
        let sentences = text::sentences(text, &tokens, &words);
        let quantities = quantity::find(&tokens, &words);
        Doc {
            text,
            tokens,
            words,
            sentences,
            quantities,
            cases: OnceCell::new(),
            flat: OnceCell::new(),
            lexicon: OnceCell::new(),
        }
    }

    /// How each sentence uses case ([`lexfile::sentence_cases`]).
    pub fn cases(&self) -> &[Case] {
        self.cases.get_or_init(|| lexfile::sentence_cases(self))
    }

    /// The actor and weapon phrases in the text, from one scan for both
    /// ([`lexfile::shared_matches`]).
    pub fn lexicon_matches(&self) -> &[PhraseMatch] {
        self.lexicon.get_or_init(|| lexfile::shared_matches(self))
    }

    /// The text flattened for the lexicon scans ([`Flat::of`]).
    pub fn flat(&self) -> &Flat {
        self.flat.get_or_init(|| Flat::of(self.text))
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'t str {
        // Extractors read words in their inner loops: one step of work.
        crate::limits::tick(1);
        self.words.get(i).copied().unwrap_or("")
    }

    /// The text under a byte span.
    pub fn slice(&self, s: ByteSpan) -> &'t str {
        s.slice(self.text)
    }

    /// The index of the token that holds byte `b`, if any.
    pub fn token_at(&self, b: usize) -> Option<usize> {
        let i = self.tokens.partition_point(|t| t.span.end <= b);
        (i < self.tokens.len() && self.tokens[i].span.start <= b).then_some(i)
    }

    /// The index of the sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= i)
    }
}
