//! Word tokens: Unicode word boundaries (UAX #29), then two news-text repairs.
//!
//! UAX #29 already keeps "don't", "it’s", "3.5", "1,000" and "U.S" together. We add what it leaves
//! apart: hyphenated compounds ("well-known") and the final period of a multi-dot abbreviation
//! ("U.S." rather than "U.S"), so that word lists and counts see the abbreviation as written.

use super::lexicon::is_multi_dot_abbreviation;
use crate::analysis::span::Span;
use unicode_segmentation::UnicodeSegmentation;

use super::ascii_words;

/// Hyphens that join compounds. En and em dashes separate, so they are not here.
fn is_hyphen(piece: &str) -> bool {
    matches!(piece, "-" | "\u{2010}" | "\u{2011}")
}

fn is_word(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// Word tokens inside `span`: every UAX #29 segment that holds a letter or digit.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let slice = span.slice(text);
    let mut out: Vec<Span> = Vec::new();
    // End offset of a hyphen that directly follows the last word: a word starting there joins it.
    let mut hyphen_end: Option<usize> = None;
    for (offset, piece) in word_bound_indices(slice) {
        // UAX #29 (WB4) glues a combining mark to the space before it (" \u{93F}"): keep the
        // space out of the word so word spans stay trimmed.
        let lead = piece.len() - piece.trim_start().len();
        let (start, end) = (
            span.start + offset + lead,
            span.start + offset + piece.len(),
        );
        let piece = &piece[lead..];
        if is_word(piece) {
            match out.last_mut() {
                Some(last) if hyphen_end == Some(start) => last.end = end,
                _ => out.push(Span::new(start, end)),
            }
            hyphen_end = None;
        } else if is_hyphen(piece)
            && out.last().is_some_and(|w| w.end == start)
            && hyphen_end.is_none()
        {
            hyphen_end = Some(end);
        } else {
            hyphen_end = None;
            if piece == "." {
                keep_abbreviation_period(text, out.last_mut(), start);
            }
        }
    }
    out
}

/// Extends "U.S" to "U.S." when the period at `period_start` directly follows it.
fn keep_abbreviation_period(text: &str, last: Option<&mut Span>, period_start: usize) {
    if let Some(last) = last {
        if last.end == period_start && is_multi_dot_abbreviation(last.slice(text)) {
            last.end += 1;
        }
    }
}

/// The UAX #29 word-boundary segments of `s` with their offsets, as unicode-segmentation cuts them.
///
/// Text of ASCII and typographic punctuation (most sentences of English news) takes
/// [`ascii_words::bounds`], which gives the same segments several times faster: the crate looks every
/// character up in its Unicode tables, and that lookup was the largest cost of segmentation.
pub(crate) fn word_bound_indices(s: &str) -> Vec<(usize, &str)> {
    ascii_words::bounds(s).unwrap_or_else(|| s.split_word_bound_indices().collect())
}

/// UAX #29 words (segments holding a letter or digit), as `unicode_words` gives them.
pub(crate) fn unicode_words(s: &str) -> impl Iterator<Item = &str> {
    word_bound_indices(s)
        .into_iter()
        .map(|(_, piece)| piece)
        .filter(|piece| piece.chars().any(char::is_alphanumeric))
}
