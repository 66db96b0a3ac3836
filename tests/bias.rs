//! Integration tests of the bias analysis through its public API, on invented sentences.

use copydesk::analysis::bias::{self, Bias, BiasKind};
use copydesk::analysis::document::Document;
use copydesk::analysis::{hedging, sourcing};

fn run(text: &str) -> (Document, Bias) {
    let doc = Document::new(text.to_string());
    let sentences = doc.sentence_spans();
    let words = doc.word_count();
    let h = hedging::analyze(&doc.text, &sentences, words, "en");
    let s = sourcing::analyze(&doc.text, &sentences, "en");
    let b = bias::analyze(&doc.text, &sentences, words, "en", &h, &s);
    (doc, b)
}

fn flagged<'a>(doc: &'a Document, b: &Bias, kind: BiasKind) -> Vec<&'a str> {
    b.spans
        .iter()
        .filter(|s| s.kind == kind)
        .map(|s| s.span.slice(&doc.text))
        .collect()
}

#[test]
fn a_plain_report_is_not_biased() {
    let (_, b) = run("The city council approved the budget on Tuesday by a vote of 7 to 2. The plan takes effect in March.");
    assert!(b.sentences.iter().all(|s| !s.biased), "{:?}", b.sentences);
}

#[test]
fn loaded_words_in_the_writers_voice_make_a_sentence_biased_and_are_named() {
    let (doc, b) = run("The mayor's disgraceful scheme is a shameless power grab by his cronies.");
    let s = &b.sentences[0];
    assert!(s.biased && s.score > 0.8, "{s:?}");
    let loaded = flagged(&doc, &b, BiasKind::Loaded);
    for w in ["disgraceful", "shameless", "power grab", "cronies"] {
        assert!(loaded.contains(&w), "{w} not in {loaded:?}");
    }
    let reason = s
        .reasons
        .iter()
        .find(|r| r.indicator == "loaded")
        .expect("loaded reason");
    assert!(reason.message.contains("disgraceful"));
}

#[test]
fn words_inside_a_quote_are_marked_quoted() {
    let (doc, b) = run("\u{201c}This is a disgraceful and shameless decision,\u{201d} the union leader said on Monday.");
    let spans: Vec<_> = b
        .spans
        .iter()
        .filter(|s| s.kind == BiasKind::Loaded)
        .collect();
    assert!(!spans.is_empty());
    assert!(
        spans.iter().all(|s| s.quoted),
        "{:?}",
        spans
            .iter()
            .map(|s| s.span.slice(&doc.text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn weak_entries_are_reported_as_subjective_not_loaded() {
    let (doc, b) = run("Critics called the landmark deal controversial.");
    assert!(!flagged(&doc, &b, BiasKind::Loaded).contains(&"controversial"));
    assert!(flagged(&doc, &b, BiasKind::Subjective).contains(&"controversial"));
}

#[test]
fn doubt_markers_and_scare_quotes_are_found() {
    let (doc, b) = run("The so-called reform was sold to voters as \"relief\" for families.");
    assert_eq!(flagged(&doc, &b, BiasKind::Doubt), ["so-called"]);
    assert!(b.sentences[0]
        .reasons
        .iter()
        .any(|r| r.indicator == "scare_quotes"));
}

#[test]
fn tone_is_per_sentence_and_summarised_by_mean_and_spread() {
    let (_, b) = run("The festival was a wonderful success. The flood destroyed dozens of homes and killed three people.");
    assert!(b.sentences[0].tone > 0.3, "{:?}", b.sentences[0].tone);
    assert!(b.sentences[1].tone < -0.3, "{:?}", b.sentences[1].tone);
    let i = &b.indicators;
    assert!((i.tone_mean - (b.sentences[0].tone + b.sentences[1].tone) / 2.0).abs() < 1e-5);
    assert!(i.tone_spread > 0.3);
}

#[test]
fn every_score_is_a_probability_and_reasons_point_into_the_sentence() {
    let (_, b) = run("Why would anyone trust these reckless, incompetent officials? We deserve better! Officials said the audit is due in May.");
    for s in &b.sentences {
        assert!((0.0..=1.0).contains(&s.score));
        for r in &s.reasons {
            assert!(r.spans.iter().all(|sp| s.span.contains(*sp)), "{r:?}");
        }
    }
    assert!(b.sentences[0].biased && b.sentences[1].biased);
    assert!(!b.sentences[2].biased);
}

#[test]
fn other_languages_get_indicators_and_a_warning() {
    let doc = Document::new("Der Rat hat den Haushalt beschlossen.".to_string());
    let sentences = doc.sentence_spans();
    let h = hedging::analyze(&doc.text, &sentences, doc.word_count(), "de");
    let s = sourcing::analyze(&doc.text, &sentences, "de");
    let b = bias::analyze(&doc.text, &sentences, doc.word_count(), "de", &h, &s);
    assert!(b.spans.is_empty());
    assert_eq!(b.warnings[0].code, "bias_unsupported_language");
    assert!(b.indicators.flesch_reading_ease.is_none());
}

#[test]
fn the_example_article_flags_its_loaded_phrases() {
    let text = "Officials praised the troops for their heroic aid. The general spoke of a \u{2018}battle brotherhood\u{2019} \
                between the armies. The scope of the cooperation remains shrouded in secrecy. The move could inflame \
                tensions in the region.";
    let (doc, b) = run(text);
    let loaded = flagged(&doc, &b, BiasKind::Loaded);
    for w in [
        "heroic",
        "battle brotherhood",
        "shrouded in secrecy",
        "inflame",
    ] {
        assert!(loaded.contains(&w), "{w} not in {loaded:?}");
    }
}

#[test]
fn a_five_kilobyte_article_is_scored_well_under_a_millisecond() {
    let para =
        "The minister's reckless plan drew sharp criticism from opposition lawmakers on Tuesday. \
                Officials said the budget would be published next week, according to a statement. ";
    let text = para.repeat(5000 / para.len() + 1);
    let doc = Document::new(text);
    let sentences = doc.sentence_spans();
    let h = hedging::analyze(&doc.text, &sentences, doc.word_count(), "en");
    let s = sourcing::analyze(&doc.text, &sentences, "en");
    let _ = bias::analyze(&doc.text, &sentences, doc.word_count(), "en", &h, &s); // warm the lexicons
    let t0 = std::time::Instant::now();
    let runs = 20;
    for _ in 0..runs {
        std::hint::black_box(bias::analyze(
            &doc.text,
            &sentences,
            doc.word_count(),
            "en",
            &h,
            &s,
        ));
    }
    let per_run = t0.elapsed() / runs;
    // Generous bound for unoptimised test builds on a shared machine; release builds take a fraction of it.
    assert!(
        per_run < std::time::Duration::from_millis(20),
        "{per_run:?}"
    );
}

#[test]
fn sentence_cues_are_named_as_reasons() {
    let (doc, b) =
        run("Liberals always push their radical agenda on everyone, and they never stop.");
    let s = &b.sentences[0];
    assert!(s.biased, "{s:?}");
    let r = s
        .reasons
        .iter()
        .find(|r| r.indicator == "generalisations")
        .expect("generalisations reason");
    let words: Vec<&str> = r.spans.iter().map(|sp| sp.slice(&doc.text)).collect();
    assert!(
        words.contains(&"always") && words.contains(&"everyone"),
        "{words:?}"
    );
}
