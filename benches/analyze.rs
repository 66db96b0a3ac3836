//! The whole `/v1/analyze` pipeline without HTTP: segmentation, language detection, summary,
//! hedging, sourcing and bias, on the example article and on a 5 KB article.
//!
//! `cargo bench --bench analyze`

use criterion::{criterion_group, criterion_main, Criterion};

use copydesk::analysis::language::{Detector, SUPPORTED};
use copydesk::analysis::summarize::{self, SummaryOptions};
use copydesk::analysis::{bias, document::Document, hedging, sourcing};

const ARTICLE: &str = include_str!("../examples/kursk-deminers.txt");

fn analyze(detector: &Detector, text: &str) -> usize {
    let doc = Document::new(text.to_string());
    let code = detector.detect(&doc.text).code;
    let spans = doc.sentence_spans();
    let summary = summarize::summarize(
        &doc.text,
        &spans,
        &doc.paragraph_of(),
        &code,
        &SummaryOptions::default(),
    );
    let h = hedging::analyze(&doc.text, &spans, doc.word_count(), &code);
    let s = sourcing::analyze(&doc.text, &spans, &code);
    let b = bias::analyze(&doc.text, &spans, doc.word_count(), &code, &h, &s);
    summary.sentences.len() + h.markers.len() + s.attributions.len() + b.spans.len()
}

/// About 5 KB of news text: the example article followed by its first paragraphs again.
fn five_kb() -> String {
    let mut text = ARTICLE.to_string();
    for line in ARTICLE.lines() {
        if text.len() >= 5 * 1024 {
            break;
        }
        text.push('\n');
        text.push_str(line);
    }
    text
}

fn bench(c: &mut Criterion) {
    let detector =
        Detector::new(&SUPPORTED.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    let five = five_kb();
    c.bench_function("analyze/example_3.7kb", |b| {
        b.iter(|| analyze(&detector, std::hint::black_box(ARTICLE)))
    });
    c.bench_function("analyze/article_5kb", |b| {
        b.iter(|| analyze(&detector, std::hint::black_box(&five)))
    });
    c.bench_function("segment/article_5kb", |b| {
        b.iter(|| Document::new(std::hint::black_box(five.clone())))
    });
    c.bench_function("language/article_5kb", |b| {
        b.iter(|| detector.detect(std::hint::black_box(&five)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
