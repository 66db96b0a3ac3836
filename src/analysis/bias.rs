//! Bias indicators that explain themselves.
//!
//! Every verdict points at the words behind it: lexicon spans (loaded words, contentious labels,
//! doubt markers, presupposing verbs, intensifiers, subjective evaluations) found in each sentence,
//! weighted less inside direct quotes (the speaker's words, not the writer's), combined into a
//! sentence score; and article-level indicators computed from the hedging and sourcing analyses.

use std::sync::LazyLock;

use crate::analysis::hedging::{HedgeCategory, Hedging};
use crate::analysis::lexicon::{self, Matcher};
use crate::analysis::sourcing::{AttributionKind, SourceType, Sourcing};
use crate::analysis::span::Span;
use crate::analysis::warning::Warning;

/// What kind of slant a span signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BiasKind {
    Loaded,
    ContentiousLabel,
    Doubt,
    Presupposition,
    Intensifier,
    Subjective,
}

impl BiasKind {
    pub const ALL: [BiasKind; 6] = [
        BiasKind::Loaded,
        BiasKind::ContentiousLabel,
        BiasKind::Doubt,
        BiasKind::Presupposition,
        BiasKind::Intensifier,
        BiasKind::Subjective,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            BiasKind::Loaded => "loaded",
            BiasKind::ContentiousLabel => "contentious_label",
            BiasKind::Doubt => "doubt",
            BiasKind::Presupposition => "presupposition",
            BiasKind::Intensifier => "intensifier",
            BiasKind::Subjective => "subjective",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A word or phrase that signals slant.
#[derive(Clone, Debug, PartialEq)]
pub struct BiasSpan {
    pub span: Span,
    pub kind: BiasKind,
    /// Lexicon weight, 0..1.
    pub weight: f32,
    /// Inside a direct quote: the speaker's words, not the writer's.
    pub quoted: bool,
    pub sentence: usize,
}

/// Why a sentence scored as it did.
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    /// The indicator: a span kind (`loaded`, ...), `scare_quotes` or `exclamation`.
    pub indicator: &'static str,
    pub message: String,
    /// The spans that caused it.
    pub spans: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BiasSentence {
    pub index: usize,
    pub span: Span,
    pub biased: bool,
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// Article-level indicators; shares are 0..1.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Indicators {
    pub biased_sentence_share: f32,
    pub loaded_per_100_words: f32,
    pub hedging_density_per_100_words: f32,
    pub uncertain_sentence_share: f32,
    pub unnamed_source_share: f32,
    pub distinct_sources: usize,
    pub largest_source_share: f32,
    pub unattributed_claim_share: f32,
    /// Flesch reading ease; `None` outside English, where the formula does not apply.
    pub flesch_reading_ease: Option<f32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bias {
    pub sentences: Vec<BiasSentence>,
    pub spans: Vec<BiasSpan>,
    pub indicators: Indicators,
    pub warnings: Vec<Warning>,
}

/// Weight of a span inside a direct quote, relative to the writer's own words.
const QUOTED_FACTOR: f32 = 0.35;
/// Sentence score at and above which a sentence is called biased.
const BIASED_AT: f32 = 0.5;

static EN: LazyLock<Matcher> =
    LazyLock::new(|| Matcher::new(lexicon::parse(include_str!("../../data/bias/en.tsv"))));

/// True when a bias lexicon exists for `language`.
pub fn has_lexicon(language: &str) -> bool {
    language == "en"
}

/// Finds the bias spans of `text` and scores its sentences and the whole article.
pub fn analyze(
    text: &str,
    sentences: &[Span],
    word_count: usize,
    language: &str,
    hedging: &Hedging,
    sourcing: &Sourcing,
) -> Bias {
    let mut warnings = Vec::new();
    let quotes: Vec<Span> = sourcing
        .attributions
        .iter()
        .filter(|a| a.kind != AttributionKind::Indirect)
        .map(|a| a.content)
        .collect();
    let in_quote = |s: Span| quotes.iter().any(|q| q.contains(s));

    let mut spans = Vec::new();
    if has_lexicon(language) {
        for (i, sentence) in sentences.iter().enumerate() {
            for hit in EN.find(text, *sentence) {
                let entry = EN.entry(hit.entry);
                let kind = entry.fields.first().and_then(|k| BiasKind::parse(k));
                let weight = entry
                    .fields
                    .get(1)
                    .and_then(|w| w.parse().ok())
                    .unwrap_or(0.5);
                if let Some(kind) = kind {
                    let quoted = in_quote(hit.span);
                    spans.push(BiasSpan {
                        span: hit.span,
                        kind,
                        weight,
                        quoted,
                        sentence: i,
                    });
                }
            }
        }
    } else {
        warnings.push(Warning::new(
            "bias_unsupported_language",
            format!("no bias lexicon for language `{language}`: only article indicators are given"),
        ));
    }

    let scare = scare_quotes(text, sentences, sourcing);
    let scored: Vec<BiasSentence> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| score_sentence(text, i, *s, &spans, &scare))
        .collect();
    let indicators = indicators(
        text, sentences, word_count, language, &scored, &spans, hedging, sourcing,
    );
    Bias {
        sentences: scored,
        spans,
        indicators,
        warnings,
    }
}

fn score_sentence(
    text: &str,
    index: usize,
    span: Span,
    spans: &[BiasSpan],
    scare: &[(usize, Span)],
) -> BiasSentence {
    let mine: Vec<&BiasSpan> = spans.iter().filter(|b| b.sentence == index).collect();
    // Noisy-OR: each cue is independent evidence; quoted words count for less.
    let mut keep = 1.0f32;
    let mut reasons = Vec::new();
    for kind in BiasKind::ALL {
        let of_kind: Vec<&&BiasSpan> = mine.iter().filter(|b| b.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        for b in &of_kind {
            keep *= 1.0 - b.weight * if b.quoted { QUOTED_FACTOR } else { 1.0 };
        }
        let words: Vec<&str> = of_kind.iter().map(|b| b.span.slice(text)).collect();
        let quoted = of_kind.iter().all(|b| b.quoted);
        reasons.push(Reason {
            indicator: kind.as_str(),
            message: format!(
                "{} {}: {}",
                kind.as_str().replace('_', " "),
                if quoted {
                    "words inside a quote"
                } else {
                    "words"
                },
                words.join(", ")
            ),
            spans: of_kind.iter().map(|b| b.span).collect(),
        });
    }
    let scare_here: Vec<Span> = scare
        .iter()
        .filter(|(s, _)| *s == index)
        .map(|(_, sp)| *sp)
        .collect();
    if !scare_here.is_empty() {
        keep *= 0.7f32.powi(scare_here.len() as i32);
        reasons.push(Reason {
            indicator: "scare_quotes",
            message: "short phrase in quotation marks that no source is said to have spoken".into(),
            spans: scare_here,
        });
    }
    let sentence_text = span.slice(text);
    if let Some(p) = sentence_text.find('!') {
        keep *= 0.7;
        let at = span.start + p;
        reasons.push(Reason {
            indicator: "exclamation",
            message: "exclamation mark".into(),
            spans: vec![Span::new(at, at + 1)],
        });
    }
    let score = 1.0 - keep;
    BiasSentence {
        index,
        span,
        biased: score >= BIASED_AT,
        score,
        reasons,
    }
}

/// Short quoted phrases (one to three words) outside any attributed quote: "scare quotes".
fn scare_quotes(text: &str, sentences: &[Span], sourcing: &Sourcing) -> Vec<(usize, Span)> {
    static QUOTED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r#"(?:“([^”\n]{1,40})”|‘([^’\n]{1,40})’|"([^"\n]{1,40})")"#)
            .expect("regex")
    });
    let attributed = |s: Span| {
        sourcing
            .attributions
            .iter()
            .any(|a| a.content.overlaps(s) && a.kind == AttributionKind::Direct)
    };
    let mut out = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        for caps in QUOTED.captures_iter(sentence.slice(text)) {
            let Some(inner) = caps.iter().skip(1).flatten().next() else {
                continue;
            };
            let words = inner.as_str().split_whitespace().count();
            let span = Span::new(sentence.start + inner.start(), sentence.start + inner.end());
            // Not at the sentence start (that is a quotation, not a scare quote).
            if (1..=3).contains(&words) && inner.start() > 1 && !attributed(span) {
                out.push((i, span));
            }
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn indicators(
    text: &str,
    sentences: &[Span],
    word_count: usize,
    language: &str,
    scored: &[BiasSentence],
    spans: &[BiasSpan],
    hedging: &Hedging,
    sourcing: &Sourcing,
) -> Indicators {
    let n = sentences.len().max(1) as f32;
    let per_100 = |count: usize| {
        if word_count == 0 {
            0.0
        } else {
            count as f32 * 100.0 / word_count as f32
        }
    };
    let writer_loaded = spans
        .iter()
        .filter(|b| !b.quoted && matches!(b.kind, BiasKind::Loaded | BiasKind::ContentiousLabel))
        .count();
    let attributions = sourcing.attributions.len();
    let unnamed = sourcing
        .attributions
        .iter()
        .filter(|a| {
            a.source_id
                .and_then(|id| sourcing.sources.get(id))
                .is_none_or(|s| !s.named || s.source_type == SourceType::Unnamed)
        })
        .count();
    let largest = sourcing
        .sources
        .iter()
        .map(|s| s.attributions)
        .max()
        .unwrap_or(0);
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            0.0
        } else {
            part as f32 / whole as f32
        }
    };
    // A claim sentence states something uncertain or slanted in the writer's voice; it is
    // unattributed when no attribution touches it.
    let unattributed_claims = (0..sentences.len())
        .filter(|&i| {
            let uncertain = hedging.sentences.get(i).is_some_and(|s| s.uncertain);
            let slanted = spans.iter().any(|b| b.sentence == i && !b.quoted);
            let attributed = sourcing
                .attributions
                .iter()
                .any(|a| a.sentence == i || sentences[i].overlaps(a.content));
            (uncertain || slanted) && !attributed
        })
        .count();
    let hedges = hedging
        .markers
        .iter()
        .filter(|m| !matches!(m.category, HedgeCategory::Booster))
        .count();
    Indicators {
        biased_sentence_share: scored.iter().filter(|s| s.biased).count() as f32 / n,
        loaded_per_100_words: per_100(writer_loaded),
        hedging_density_per_100_words: per_100(hedges),
        uncertain_sentence_share: hedging.sentences.iter().filter(|s| s.uncertain).count() as f32
            / n,
        unnamed_source_share: share(unnamed, attributions),
        distinct_sources: sourcing.sources.len(),
        largest_source_share: share(largest, attributions),
        unattributed_claim_share: unattributed_claims as f32 / n,
        flesch_reading_ease: (language == "en").then(|| flesch(text, sentences.len(), word_count)),
    }
}

/// Flesch reading ease: 206.835 - 1.015 * words/sentence - 84.6 * syllables/word.
fn flesch(text: &str, sentences: usize, words: usize) -> f32 {
    if sentences == 0 || words == 0 {
        return 0.0;
    }
    let syllables: usize = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(syllables)
        .sum();
    206.835 - 1.015 * (words as f32 / sentences as f32) - 84.6 * (syllables as f32 / words as f32)
}

/// English syllable estimate: vowel groups, minus a silent final "e", at least one.
fn syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_estimates() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("reconstruction"), 4);
    }

    #[test]
    fn every_lexicon_kind_is_known() {
        for entry in lexicon::parse(include_str!("../../data/bias/en.tsv")) {
            assert!(BiasKind::parse(&entry.fields[0]).is_some(), "{entry:?}");
            let w: f32 = entry.fields[1].parse().unwrap();
            assert!((0.0..=1.0).contains(&w), "{entry:?}");
        }
    }
}
