//! Input (HTML or plain text) to analysed text, then segmentation, with the guarantees that
//! `analysis::segment` and `analysis::input` document checked on every input.
//!
//! Input layout: first byte = mode (bit 0 set: the rest is HTML, else plain text); the rest must
//! be UTF-8 (anything else is skipped, as the API refuses it).

#![no_main]

use copydesk::analysis::document::Document;
use copydesk::analysis::input;
use copydesk::analysis::segment::{self, Segmentation};
use copydesk::analysis::span::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(raw) = std::str::from_utf8(rest) else {
        return;
    };
    let text = if mode & 1 == 1 {
        let t = input::html_to_text(raw);
        check_html_text(&t);
        t
    } else {
        raw.to_string()
    };
    let blank = input::is_blank(&text);

    let doc = Document::new(text);
    let text = doc.text.as_str();
    check_segmentation(text, &doc.segmentation);
    if text.trim().is_empty() {
        assert!(doc.segmentation.sentences.is_empty(), "blank text has sentences");
    }
    if !blank {
        assert!(
            !doc.segmentation.sentences.is_empty(),
            "non-blank text has no sentence"
        );
    }
    // The cheaper entry point agrees with the full segmentation.
    assert_eq!(segment::split_sentences(text), doc.sentence_spans());
    assert_eq!(doc.paragraph_of().len(), doc.segmentation.sentences.len());
    assert_eq!(doc.char_count(), text.chars().count());
    let _ = doc.reading_time_seconds();
});

/// What `html_to_text` promises: NFC, one paragraph a line, white space collapsed.
fn check_html_text(t: &str) {
    assert!(
        unicode_normalization::is_nfc(t),
        "html_to_text output is not NFC: {t:?}"
    );
    assert!(!t.starts_with('\n') && !t.ends_with('\n'), "edge line break: {t:?}");
    assert!(!t.contains("\n\n"), "empty line: {t:?}");
    assert!(!t.starts_with(' ') && !t.ends_with(' '), "edge space: {t:?}");
    assert!(
        !t.contains("  ") && !t.contains(" \n") && !t.contains("\n "),
        "uncollapsed white space: {t:?}"
    );
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Non-empty, inside the text, on char boundaries, trimmed of white space.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start < span.end, "{what} {span:?} is empty or reversed");
    assert!(span.end <= text.len(), "{what} {span:?} ends past the text ({})", text.len());
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} is not on char boundaries"
    );
    let s = span.slice(text);
    assert_eq!(s.trim(), s, "{what} {span:?} is not trimmed");
}

/// In order and disjoint.
fn check_ordered(spans: impl Iterator<Item = Span>, what: &str) {
    let mut prev: Option<Span> = None;
    for s in spans {
        if let Some(p) = prev {
            assert!(p.end <= s.start, "{what}s {p:?} and {s:?} overlap or are out of order");
        }
        prev = Some(s);
    }
}

fn check_segmentation(text: &str, seg: &Segmentation) {
    for &p in &seg.paragraphs {
        check_span(text, p, "paragraph");
        assert!(
            !p.slice(text).contains(is_line_break),
            "paragraph {p:?} holds a line break"
        );
    }
    check_ordered(seg.paragraphs.iter().copied(), "paragraph");

    let mut next_word = 0;
    let mut last_paragraph = 0;
    for (i, s) in seg.sentences.iter().enumerate() {
        check_span(text, s.span, "sentence");
        let para = *seg
            .paragraphs
            .get(s.paragraph)
            .unwrap_or_else(|| panic!("sentence {i} names paragraph {} of {}", s.paragraph, seg.paragraphs.len()));
        assert!(para.contains(s.span), "sentence {i} {:?} crosses its paragraph {para:?}", s.span);
        assert!(s.paragraph >= last_paragraph, "paragraph indices go back at sentence {i}");
        last_paragraph = s.paragraph;
        assert_eq!(s.words.start, next_word, "word ranges of sentence {i} are not contiguous");
        assert!(s.words.end >= s.words.start && s.words.end <= seg.words.len());
        next_word = s.words.end;
        for &w in &seg.words[s.words.clone()] {
            check_span(text, w, "word");
            assert!(s.span.contains(w), "word {w:?} outside its sentence {:?}", s.span);
            assert!(
                w.slice(text).chars().any(char::is_alphanumeric),
                "word {w:?} {:?} holds no letter or digit",
                w.slice(text)
            );
        }
    }
    assert_eq!(next_word, seg.words.len(), "words outside every sentence");
    check_ordered(seg.sentences.iter().map(|s| s.span), "sentence");
    check_ordered(seg.words.iter().copied(), "word");

    // Every character that is not white space belongs to exactly one sentence (they are disjoint,
    // so "at least one" is enough here).
    let mut it = seg.sentences.iter().map(|s| s.span).peekable();
    for (i, c) in text.char_indices() {
        while it.peek().is_some_and(|s| s.end <= i) {
            it.next();
        }
        if !c.is_whitespace() {
            assert!(
                it.peek().is_some_and(|s| s.start <= i),
                "char {c:?} at byte {i} is in no sentence"
            );
        }
    }
}
