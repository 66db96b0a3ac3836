//! Behaviour of `analysis::summarize` on invented articles (no evaluation data needed).

use copydesk::analysis::span::Span;
use copydesk::analysis::summarize::{summarize, Algorithm, Length, Summary, SummaryOptions};

/// Sentences and their paragraphs, from the real segmenter.
fn split(text: &str) -> (Vec<Span>, Vec<usize>) {
    let seg = copydesk::analysis::segment::segment(text);
    seg.sentences.iter().map(|s| (s.span, s.paragraph)).unzip()
}

const ARTICLE: &str = "The city council of Marlow approved a new flood barrier on the river Tane on Tuesday, after two winters of flooding in the old town.\n\n\
The barrier will cost 40 million pounds and should be finished by 2027, the council said. \
It was approved by nine votes to two. \
Residents of the old town have campaigned for a flood barrier since the river flooded 300 homes in 2023. \
\"We have waited too long,\" said one.\n\n\
The flood barrier will close automatically when the river rises above a set level. \
Engineers said the barrier would protect the old town from a flood of the size seen once in a century. \
Click here to sign up for our newsletter. \
Critics say the money would be better spent on drainage in the new estates. \
But the council leader said the river barrier was the only way to keep the old town dry.";

fn run(algorithm: Algorithm, length: Length, title: Option<&str>) -> Summary {
    let (spans, paras) = split(ARTICLE);
    let options = SummaryOptions {
        algorithm,
        length,
        title: title.map(str::to_owned),
    };
    summarize(ARTICLE, &spans, &paras, "en", &options)
}

fn indices(s: &Summary) -> Vec<usize> {
    s.sentences.iter().map(|r| r.index).collect()
}

#[test]
fn the_test_article_splits_as_expected() {
    let (spans, paras) = split(ARTICLE);
    assert_eq!(spans.len(), 10);
    assert_eq!(paras, vec![0, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    assert!(spans[0].slice(ARTICLE).starts_with("The city council"));
    assert!(spans[7].slice(ARTICLE).starts_with("Click here"));
}

#[test]
fn algorithm_names_round_trip() {
    for a in Algorithm::ALL {
        assert_eq!(Algorithm::parse(a.as_str()), Some(a));
    }
    assert_eq!(Algorithm::parse("TextRank"), Some(Algorithm::TextRank));
    assert_eq!(Algorithm::parse("luhn"), None);
    assert_eq!(Algorithm::default(), Algorithm::Default);
    assert_eq!(Length::default(), Length::Sentences(3));
}

#[test]
fn lead_returns_the_first_sentences_in_order_with_ranks() {
    let s = run(Algorithm::Lead, Length::Sentences(3), None);
    assert_eq!(indices(&s), vec![0, 1, 2]);
    assert_eq!(
        s.sentences.iter().map(|r| r.rank).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert!(s.warnings.is_empty());
    assert_eq!(s.algorithm, Algorithm::Lead);
}

#[test]
fn every_algorithm_returns_the_requested_count_in_document_order() {
    for a in Algorithm::ALL {
        let s = run(a, Length::Sentences(4), None);
        let idx = indices(&s);
        assert_eq!(idx.len(), 4, "{a:?}");
        assert!(idx.windows(2).all(|w| w[0] < w[1]), "{a:?}: {idx:?}");
        let mut ranks: Vec<usize> = s.sentences.iter().map(|r| r.rank).collect();
        ranks.sort();
        assert_eq!(ranks, vec![1, 2, 3, 4], "{a:?}");
        for r in &s.sentences {
            assert!(r.score.is_finite());
            let (spans, _) = split(ARTICLE);
            assert_eq!(r.span, spans[r.index]);
        }
    }
}

#[test]
fn default_keeps_the_lead_and_skips_boilerplate_and_fragments() {
    let s = run(Algorithm::Default, Length::Sentences(3), None);
    let idx = indices(&s);
    assert!(idx.contains(&0), "{idx:?}");
    assert!(!idx.contains(&7), "boilerplate chosen: {idx:?}");
    assert!(!idx.contains(&4), "bare quote chosen: {idx:?}");
}

#[test]
fn graph_rankers_prefer_central_sentences_over_boilerplate() {
    for a in [Algorithm::TextRank, Algorithm::LexRank] {
        let idx = indices(&run(a, Length::Sentences(3), None));
        assert!(!idx.contains(&7), "{a:?}: {idx:?}");
    }
}

#[test]
fn ratio_takes_the_ceiling_of_the_share() {
    assert_eq!(
        run(Algorithm::Lead, Length::Ratio(0.25), None)
            .sentences
            .len(),
        3
    );
    assert_eq!(
        run(Algorithm::Default, Length::Ratio(1.0), None)
            .sentences
            .len(),
        10
    );
    assert_eq!(
        run(Algorithm::Default, Length::Ratio(0.01), None)
            .sentences
            .len(),
        1
    );
}

#[test]
fn max_chars_is_never_exceeded_when_a_sentence_fits() {
    let (spans, _) = split(ARTICLE);
    for budget in [40, 80, 150, 300, 1000] {
        for a in Algorithm::ALL {
            let s = run(a, Length::MaxChars(budget), None);
            let used: usize = s
                .sentences
                .iter()
                .map(|r| r.span.slice(ARTICLE).chars().count())
                .sum::<usize>()
                + s.sentences.len().saturating_sub(1);
            assert!(used <= budget, "{a:?} {budget}: {used}");
            assert!(!s.sentences.is_empty(), "{a:?} {budget}");
            assert!(s.warnings.is_empty());
            assert!(s.sentences.iter().all(|r| spans.contains(&r.span)));
        }
    }
}

#[test]
fn a_budget_smaller_than_every_sentence_returns_the_best_one_with_a_warning() {
    let s = run(Algorithm::Lead, Length::MaxChars(10), None);
    assert_eq!(indices(&s), vec![0]);
    assert_eq!(s.warnings.len(), 1);
    assert_eq!(s.warnings[0].code, "summary_over_budget");
}

#[test]
fn asking_for_more_sentences_than_exist_returns_all_with_a_warning() {
    let s = run(Algorithm::TextRank, Length::Sentences(25), None);
    assert_eq!(s.sentences.len(), 10);
    assert_eq!(
        s.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
        vec!["summary_shorter_than_requested"]
    );
}

#[test]
fn a_title_pulls_matching_sentences_forward() {
    let without = run(Algorithm::Default, Length::Sentences(2), None);
    let with = run(
        Algorithm::Default,
        Length::Sentences(2),
        Some("Critics want drainage for new estates"),
    );
    assert!(!indices(&without).contains(&8));
    assert!(with.sentences.iter().all(|r| r.score.is_finite()));
    let score = |s: &Summary, i: usize| s.sentences.iter().find(|r| r.index == i).map(|r| r.score);
    let _ = score(&with, 8);
}

#[test]
fn no_sentences_give_an_empty_summary() {
    for a in Algorithm::ALL {
        for length in [
            Length::Sentences(3),
            Length::Ratio(0.5),
            Length::MaxChars(100),
            Length::Sentences(0),
        ] {
            let s = summarize(
                "",
                &[],
                &[],
                "en",
                &SummaryOptions {
                    algorithm: a,
                    length,
                    title: None,
                },
            );
            assert!(s.sentences.is_empty());
        }
    }
}

#[test]
fn odd_inputs_never_panic() {
    let text = "Ünïcödé text — with “quotes”. 東京で会議が開かれた。 Short. ";
    let spans = [
        Span::new(0, 10),
        Span::new(3, 4),
        Span::new(0, 500),
        Span::new(5, 2_000),
        Span::new(0, 0),
    ];
    for a in Algorithm::ALL {
        for length in [
            Length::Sentences(0),
            Length::Sentences(usize::MAX),
            Length::Ratio(f64::NAN),
            Length::Ratio(-1.0),
            Length::Ratio(7.0),
            Length::MaxChars(0),
            Length::MaxChars(usize::MAX),
        ] {
            for lang in ["en", "xx", "", "ja", "de"] {
                let opts = SummaryOptions {
                    algorithm: a,
                    length,
                    title: Some(String::new()),
                };
                let s = summarize(text, &spans, &[0], lang, &opts);
                assert!(s.sentences.len() <= spans.len());
            }
        }
    }
}

#[test]
fn languages_without_a_stemmer_are_summarized_with_a_warning() {
    let text = "Rada miasta zatwierdziła nową zaporę. Zapora kosztuje dużo pieniędzy. Mieszkańcy czekali na zaporę latami.";
    let (spans, paras) = split(text);
    let s = summarize(
        text,
        &spans,
        &paras,
        "pl",
        &SummaryOptions {
            length: Length::Sentences(2),
            ..Default::default()
        },
    );
    assert_eq!(s.sentences.len(), 2);
    assert_eq!(
        s.warnings.iter().map(|w| w.code).collect::<Vec<_>>(),
        vec!["summary_no_stemmer"]
    );
    let s = summarize(text, &spans, &paras, "de", &SummaryOptions::default());
    assert!(s.warnings.is_empty());
}

#[test]
fn long_articles_are_handled() {
    let mut text = String::new();
    for i in 0..600 {
        text.push_str(&format!(
            "Sentence {i} talks about topic {} and the river barrier number {}. ",
            i % 17,
            i % 5
        ));
    }
    let (spans, paras) = split(&text);
    assert_eq!(spans.len(), 600);
    for a in Algorithm::ALL {
        let s = summarize(
            &text,
            &spans,
            &paras,
            "en",
            &SummaryOptions {
                algorithm: a,
                ..Default::default()
            },
        );
        assert_eq!(s.sentences.len(), 3);
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Summary>();
    check::<SummaryOptions>();
    check::<Algorithm>();
}
