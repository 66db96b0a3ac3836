//! The `/v1/analyze` pipeline without the HTTP transport, stage by stage, on the example article
//! and on a 5 KB article: segmentation, language detection, each analysis, and the whole answer
//! as the server builds and serializes it.
//!
//! `cargo bench --bench analyze` (add `-- --warm-up-time 1 --measurement-time 3` for a quick run).

use criterion::{criterion_group, criterion_main, Criterion};

use copydesk::analysis::language::{Detector, SUPPORTED};
use copydesk::analysis::summarize::{self, SummaryOptions};
use copydesk::analysis::{bias, document::Document, hedging, sourcing};
use copydesk::api::request::Article;
use copydesk::api::routes::{self, Context};

/// The server's allocator (see `src/main.rs`), so that the bench measures what the server does.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ARTICLE: &str = include_str!("../examples/kursk-deminers.txt");

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

/// What the server does for `POST /v1/analyze` once the body is read: context, answer, JSON.
fn answer_json(detector: &Detector, text: &str) -> usize {
    let answer = routes::analyze::answer(Context::new(Article::plain(text.to_string()), detector));
    serde_json::to_vec(&answer).map_or(0, |v| v.len())
}

fn bench(c: &mut Criterion) {
    let detector =
        Detector::new(&SUPPORTED.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
    let five = five_kb();
    c.bench_function("answer_json/example_3.7kb", |b| {
        b.iter(|| answer_json(&detector, std::hint::black_box(ARTICLE)))
    });
    c.bench_function("answer_json/article_5kb", |b| {
        b.iter(|| answer_json(&detector, std::hint::black_box(&five)))
    });

    let doc = Document::new(ARTICLE.to_string());
    let spans = doc.sentence_spans();
    let code = "en";
    c.bench_function("stage/segment", |b| {
        b.iter(|| Document::new(std::hint::black_box(ARTICLE.to_string())))
    });
    c.bench_function("stage/language", |b| {
        b.iter(|| detector.detect(std::hint::black_box(ARTICLE)))
    });
    c.bench_function("stage/summarize", |b| {
        b.iter(|| {
            summarize::summarize(
                &doc.text,
                &spans,
                &doc.paragraph_of(),
                code,
                &SummaryOptions::default(),
            )
        })
    });
    c.bench_function("stage/hedging", |b| {
        b.iter(|| hedging::analyze(&doc.text, &spans, doc.word_count(), code))
    });
    c.bench_function("stage/sourcing", |b| {
        b.iter(|| sourcing::analyze(&doc.text, &spans, code))
    });
    let h = hedging::analyze(&doc.text, &spans, doc.word_count(), code);
    let s = sourcing::analyze(&doc.text, &spans, code);
    c.bench_function("stage/bias", |b| {
        b.iter(|| bias::analyze(&doc.text, &spans, doc.word_count(), code, &h, &s))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
