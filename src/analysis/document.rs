//! A text segmented once and shared by every analysis.

use crate::analysis::segment::{self, Segmentation};
use crate::analysis::span::Span;

/// Average adult silent reading speed for non-fiction, words a minute (Brysbaert 2019).
const WORDS_PER_MINUTE: f64 = 238.0;

/// The analysed text with its paragraphs, sentences and words.
#[derive(Clone, Debug)]
pub struct Document {
    pub text: String,
    pub segmentation: Segmentation,
}

impl Document {
    pub fn new(text: String) -> Self {
        let segmentation = segment::segment(&text);
        Document { text, segmentation }
    }

    /// Sentence spans in order.
    pub fn sentence_spans(&self) -> Vec<Span> {
        self.segmentation.sentences.iter().map(|s| s.span).collect()
    }

    /// The paragraph index of each sentence.
    pub fn paragraph_of(&self) -> Vec<usize> {
        self.segmentation
            .sentences
            .iter()
            .map(|s| s.paragraph)
            .collect()
    }

    pub fn word_count(&self) -> usize {
        self.segmentation.words.len()
    }

    /// Unicode scalar values (what most editors call characters).
    pub fn char_count(&self) -> usize {
        self.text.chars().count()
    }

    /// Estimated silent reading time, whole seconds, rounded up.
    pub fn reading_time_seconds(&self) -> u64 {
        (self.word_count() as f64 * 60.0 / WORDS_PER_MINUTE).ceil() as u64
    }
}
