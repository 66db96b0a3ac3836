//! Text segmentation: paragraphs, sentences and words, as byte spans into the text.
//!
//! Every analysis reads the article through this one segmentation, so its guarantees are strict:
//! all spans are non-empty, trimmed of white space, on `char` boundaries, in order and disjoint;
//! every character that is not white space belongs to exactly one sentence; and no sentence
//! crosses a paragraph boundary.
//!
//! - **Paragraphs** are lines: news text is usually one paragraph a line, and a headline or a
//!   list item without final punctuation is then its own paragraph and its own sentence.
//! - **Sentences** are found by rules tuned for news copy (abbreviations, initials, datelines,
//!   quotations, lists, URLs, ellipses); DESIGN.md explains each rule.
//! - **Words** are Unicode word segments holding a letter or digit, with hyphenated compounds
//!   joined ("well-known") and multi-dot abbreviations kept whole ("U.S.").
//!
//! # Example
//! ```
//! use copydesk::analysis::segment::segment;
//!
//! let text = "Markets rally\nHe moved to the U.S. Then he left. “Stop!” she cried.";
//! let seg = segment(text);
//! let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
//! assert_eq!(sentences, ["Markets rally", "He moved to the U.S.", "Then he left.", "“Stop!” she cried."]);
//! assert_eq!(seg.sentences[1].paragraph, 1);
//! let words: Vec<&str> = seg.words[seg.sentences[1].words.clone()].iter().map(|w| w.slice(text)).collect();
//! assert_eq!(words, ["He", "moved", "to", "the", "U.S."]);
//! ```

mod ascii_words;
mod lexicon;
mod sentences;
mod words;

use crate::analysis::span::Span;
use std::ops::Range;

pub(crate) use words::unicode_words;
pub use words::words;

/// A text cut into paragraphs, sentences and words.
#[derive(Debug, Clone, PartialEq)]
pub struct Segmentation {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub words: Vec<Span>,
}

/// One sentence: its span, the index of its paragraph, and its words as a range of indices into
/// [`Segmentation::words`].
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    pub words: Range<usize>,
}

/// Segments the whole text. Empty or blank text gives no paragraphs, sentences or words.
pub fn segment(text: &str) -> Segmentation {
    let paragraphs = paragraphs(text);
    let mut sentences = Vec::new();
    let mut all_words = Vec::new();
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        for span in sentences::split_paragraph(text, paragraph)
            .into_iter()
            .flat_map(|s| bounded(text, s))
        {
            let first = all_words.len();
            all_words.extend(words(text, span));
            sentences.push(Sentence {
                span,
                paragraph: index,
                words: first..all_words.len(),
            });
        }
    }
    Segmentation {
        paragraphs,
        sentences,
        words: all_words,
    }
}

/// Only the sentence spans, without word tokens.
pub fn split_sentences(text: &str) -> Vec<Span> {
    paragraphs(text)
        .into_iter()
        .flat_map(|p| sentences::split_paragraph(text, p))
        .flat_map(|s| bounded(text, s))
        .collect()
}

/// Longest sentence, in bytes. News sentences stay far below (a long one is 400 characters);
/// text without full stops (lists pasted as one line, run-on machine text, hostile input) would
/// otherwise be one sentence of any length, and analyses that work per sentence (attribution
/// content, summary candidates) would grow with its square.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Cuts a run-on sentence into pieces of at most [`MAX_SENTENCE_BYTES`], each ending after the
/// last clause mark (`;` `:` `,` or a dash) in its second half, else at the last space, else
/// at a character boundary; pieces are trimmed like any sentence.
fn bounded(text: &str, span: Span) -> Vec<Span> {
    if span.end - span.start <= MAX_SENTENCE_BYTES {
        return vec![span];
    }
    let mut out = Vec::new();
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let half = window.len() / 2;
        let clause = window
            .char_indices()
            .rev()
            .take_while(|&(i, _)| i >= half)
            .find(|&(_, c)| matches!(c, ';' | ':' | ',' | '\u{2013}' | '\u{2014}'))
            .map(|(i, c)| i + c.len_utf8());
        let space = || {
            window
                .char_indices()
                .rev()
                .find(|&(i, c)| i > 0 && c.is_whitespace())
                .map(|(i, _)| i)
        };
        let cut = start + clause.or_else(space).unwrap_or(window.len());
        push_trimmed(text, Span::new(start, cut), &mut out);
        start = cut;
    }
    push_trimmed(text, Span::new(start, span.end), &mut out);
    out
}

/// Line breaks: "\n", "\r\n", "\r", and the Unicode ones (NEL, line and paragraph separators).
/// "\r\n" needs no special case: the empty line between "\r" and "\n" is dropped as blank.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Paragraphs: the non-blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().filter(|&(_, c)| is_line_break(c)) {
        push_trimmed(text, Span::new(start, i), &mut out);
        start = i + c.len_utf8();
    }
    push_trimmed(text, Span::new(start, text.len()), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let span = span.trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}
