// TEMPORARY placeholder until the real segmenter lands.
use crate::analysis::span::Span;
#[derive(Debug, Clone, PartialEq)]
pub struct Segmentation { pub paragraphs: Vec<Span>, pub sentences: Vec<Sentence>, pub words: Vec<Span> }
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence { pub span: Span, pub paragraph: usize, pub words: std::ops::Range<usize> }
pub fn segment(text: &str) -> Segmentation {
    let mut paragraphs = vec![]; let mut sentences = vec![]; let mut all_words = vec![];
    let mut off = 0;
    for line in text.split('\n') {
        let sp = Span::new(off, off + line.len()).trim(text);
        off += line.len() + 1;
        if sp.is_empty() { continue; }
        let w0 = all_words.len();
        let ws = words(text, sp);
        all_words.extend(ws);
        sentences.push(Sentence { span: sp, paragraph: paragraphs.len(), words: w0..all_words.len() });
        paragraphs.push(sp);
    }
    Segmentation { paragraphs, sentences, words: all_words }
}
pub fn split_sentences(text: &str) -> Vec<Span> { segment(text).sentences.into_iter().map(|s| s.span).collect() }
pub fn words(text: &str, span: Span) -> Vec<Span> {
    use unicode_segmentation::UnicodeSegmentation;
    span.slice(text).unicode_word_indices().map(|(i, w)| Span::new(span.start + i, span.start + i + w.len())).collect()
}
