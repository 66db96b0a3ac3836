//! Summary alone (sentence spans computed outside the timing): a typical news article and a 500-sentence one.
use std::hint::black_box;

use copydesk::analysis::span::Span;
use copydesk::analysis::summarize::{summarize, Algorithm, Length, SummaryOptions};
use criterion::{criterion_group, criterion_main, Criterion};

const ARTICLE: &str = include_str!("../examples/kursk-deminers.txt");

/// Sentence spans at ". ", "? ", "! " and line breaks, with paragraph numbers (blank-line separated).
fn split(text: &str) -> (Vec<Span>, Vec<usize>) {
    let (mut spans, mut paras) = (Vec::new(), Vec::new());
    let (mut start, mut para, mut newlines) = (0, 0, 0);
    let b = text.as_bytes();
    for i in 0..=b.len() {
        let end = i == b.len()
            || b[i] == b'\n'
            || (matches!(b[i], b'.' | b'?' | b'!') && b.get(i + 1) == Some(&b' '));
        if !end {
            continue;
        }
        let stop = if i < b.len() && b[i] != b'\n' {
            i + 1
        } else {
            i
        };
        let s = Span::new(start, stop).trim(text);
        if !s.is_empty() {
            if newlines > 0 && !spans.is_empty() {
                para += 1;
            }
            spans.push(s);
            paras.push(para);
            newlines = 0;
        }
        if i < b.len() && b[i] == b'\n' {
            newlines += 1;
        }
        start = stop;
    }
    (spans, paras)
}

/// 500 sentences from a small invented vocabulary, in 50 paragraphs.
fn long_article() -> String {
    const SUBJECTS: [&str; 8] = [
        "The council",
        "Engineers",
        "The minister",
        "Residents",
        "The company",
        "Police",
        "Officials",
        "The court",
    ];
    const VERBS: [&str; 6] = [
        "approved",
        "rejected",
        "delayed",
        "announced",
        "reviewed",
        "funded",
    ];
    const OBJECTS: [&str; 10] = [
        "a flood barrier",
        "the new bridge",
        "a housing plan",
        "the rail link",
        "school repairs",
        "a water contract",
        "the budget",
        "a wind farm",
        "the hospital wing",
        "road tolls",
    ];
    let mut s = String::new();
    let mut x: u64 = 7;
    for i in 0..500 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let r = (x >> 33) as usize;
        s.push_str(&format!(
            "{} {} {} in district {} on day {}, after {} weeks of debate. ",
            SUBJECTS[r % 8],
            VERBS[(r / 8) % 6],
            OBJECTS[(r / 48) % 10],
            r % 23,
            i % 31,
            r % 9 + 1
        ));
        if i % 10 == 9 {
            s.push_str("\n\n");
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let (spans, paras) = split(ARTICLE);
    let long = long_article();
    let (long_spans, long_paras) = split(&long);
    assert_eq!(long_spans.len(), 500);
    for algorithm in Algorithm::ALL {
        let options = SummaryOptions {
            algorithm,
            length: Length::Sentences(3),
            title: None,
        };
        c.bench_function(&format!("summarize/typical/{}", algorithm.as_str()), |b| {
            b.iter(|| {
                summarize(
                    black_box(ARTICLE),
                    black_box(&spans),
                    &paras,
                    "en",
                    &options,
                )
            })
        });
        c.bench_function(
            &format!("summarize/500-sentences/{}", algorithm.as_str()),
            |b| {
                b.iter(|| {
                    summarize(
                        black_box(&long),
                        black_box(&long_spans),
                        &long_paras,
                        "en",
                        &options,
                    )
                })
            },
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
