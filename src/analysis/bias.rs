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

mod model;
pub mod tone;
pub mod words;

use model::MODEL;
pub use model::{Features, FEATURE_NAMES};
use words::CUE_FEATURES;

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
    /// Sentence tone: VADER-style compound sentiment score, -1 (negative) .. 1 (positive).
    pub tone: f32,
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
    /// Mean of the per-sentence tone scores (-1..1); never a whole-text sentiment, which saturates on long text.
    pub tone_mean: f32,
    /// Standard deviation of the per-sentence tone scores (0..1): how much the tone swings.
    pub tone_spread: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bias {
    pub sentences: Vec<BiasSentence>,
    pub spans: Vec<BiasSpan>,
    pub indicators: Indicators,
    pub warnings: Vec<Warning>,
}

/// Cue features the model counts but does not name as a reason: a form of "be" makes a sentence a predication
/// ("the plan is a disaster") more often than a report, but is no word to point an editor at.
const UNNAMED_CUES: [&str; 1] = ["copula"];

static EN: LazyLock<Matcher> = LazyLock::new(|| {
    Matcher::new(with_inflections(lexicon::parse(include_str!(
        "../../data/bias/en.tsv"
    ))))
});

/// Adds the regular inflections (-s/-es, -ed/-d, -ing; -y to -ies/-ied) of single-word `loaded` and
/// `contentious_label` entries, with the entry's kind and weight, so the lexicon lists a word once ("smear" also
/// finds "smears", "smeared", "smearing"). Forms already listed keep their own line; words already inflected
/// (-ed, -ing, -ly) and short words are left alone. Done once, when the lexicon loads.
fn with_inflections(mut entries: Vec<lexicon::Entry>) -> Vec<lexicon::Entry> {
    let mut known: std::collections::HashSet<String> =
        entries.iter().map(|e| e.phrase.clone()).collect();
    let mut added = Vec::new();
    for e in &entries {
        let w = e.phrase.as_str();
        let inflectable = e
            .fields
            .first()
            .is_some_and(|k| k == "loaded" || k == "contentious_label")
            && w.len() >= 4
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
        if !inflectable {
            continue;
        }
        for form in inflections(w) {
            if known.insert(form.clone()) {
                added.push(lexicon::Entry {
                    phrase: form,
                    fields: e.fields.clone(),
                });
            }
        }
    }
    entries.extend(added);
    entries
}

/// Regular English inflections of a word (no consonant doubling: irregular forms are listed in the lexicon).
fn inflections(w: &str) -> [String; 3] {
    let consonant_y =
        w.ends_with('y') && !w[..w.len() - 1].ends_with(|c: char| "aeiou".contains(c));
    if let Some(stem) = w.strip_suffix('e') {
        [format!("{w}s"), format!("{w}d"), format!("{stem}ing")]
    } else if consonant_y {
        let stem = &w[..w.len() - 1];
        [
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{w}ing"),
        ]
    } else if ["s", "sh", "ch", "x", "z"].iter().any(|s| w.ends_with(s)) {
        [format!("{w}es"), format!("{w}ed"), format!("{w}ing")]
    } else {
        [format!("{w}s"), format!("{w}ed"), format!("{w}ing")]
    }
}

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
    let quotes = quote_regions(text, sentences, sourcing);
    let mut spans = lexicon_spans(text, sentences, language, &quotes);
    if !has_lexicon(language) {
        warnings.push(Warning::new(
            "bias_unsupported_language",
            format!("no bias lexicon for language `{language}`: only article indicators are given"),
        ));
    }
    let scare = scare_quotes(text, sentences, sourcing);
    let evidence: Vec<(Features, tone::Tone)> = if has_lexicon(language) {
        sentences
            .iter()
            .enumerate()
            .map(|(i, s)| features(text, i, *s, &spans, &scare, &quotes, hedging, sourcing))
            .collect()
    } else {
        Vec::new()
    };
    let probabilities: Vec<f32> = evidence.iter().map(|(x, _)| MODEL.probability(x)).collect();
    // A weaker loaded word or label is only reported as such where the sentence as a whole scores as slanted;
    // elsewhere it is evaluative colour (`subjective`). The strongest entries are reported everywhere.
    for b in spans.iter_mut() {
        if matches!(b.kind, BiasKind::Loaded | BiasKind::ContentiousLabel)
            && b.weight < ALWAYS_FLAG_AT
            && probabilities
                .get(b.sentence)
                .is_some_and(|p| *p < MODEL.threshold)
        {
            b.kind = BiasKind::Subjective;
        }
    }
    let scored: Vec<BiasSentence> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| match evidence.get(i) {
            Some((x, t)) => score_sentence(text, i, *s, x, t, &spans, &scare, &quotes, hedging),
            None => BiasSentence {
                index: i,
                span: *s,
                biased: false,
                score: 0.0,
                tone: 0.0,
                reasons: Vec::new(),
            },
        })
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

/// The model features of each sentence (what [`analyze`] scores), for evaluation and fitting.
pub fn sentence_features(
    text: &str,
    sentences: &[Span],
    language: &str,
    hedging: &Hedging,
    sourcing: &Sourcing,
) -> Vec<Features> {
    let quotes = quote_regions(text, sentences, sourcing);
    let spans = lexicon_spans(text, sentences, language, &quotes);
    let scare = scare_quotes(text, sentences, sourcing);
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| features(text, i, *s, &spans, &scare, &quotes, hedging, sourcing).0)
        .collect()
}

/// Direct quotes: the content of direct and mixed attributions, and any stretch of four or more words in
/// quotation marks (a quote whose speaker the sourcing analysis did not find is still not the writer's voice).
fn quote_regions(text: &str, sentences: &[Span], sourcing: &Sourcing) -> Vec<Span> {
    static QUOTED: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r#"“[^”]*”|"[^"\n]*"|‘[^’\n]*’|(?:^|[\s(\[])'[^'\n]*'(?:$|[\s.,;:!?)\]])"#,
        )
        .expect("regex")
    });
    let mut out: Vec<Span> = sourcing
        .attributions
        .iter()
        .filter(|a| a.kind != AttributionKind::Indirect)
        .map(|a| a.content)
        .collect();
    let whole = Span::new(
        sentences.first().map_or(0, |s| s.start),
        sentences.last().map_or(0, |s| s.end),
    );
    for m in QUOTED.find_iter(whole.slice(text)) {
        if m.as_str().split_whitespace().count() >= 4 {
            out.push(Span::new(whole.start + m.start(), whole.start + m.end()));
        }
    }
    out
}

fn lexicon_spans(text: &str, sentences: &[Span], language: &str, quotes: &[Span]) -> Vec<BiasSpan> {
    let mut spans = Vec::new();
    if !has_lexicon(language) {
        return spans;
    }
    for (i, sentence) in sentences.iter().enumerate() {
        for hit in EN.find(text, *sentence) {
            let entry = EN.entry(hit.entry);
            let kind = entry.fields.first().and_then(|k| BiasKind::parse(k));
            let weight = entry
                .fields
                .get(1)
                .and_then(|w| w.parse().ok())
                .unwrap_or(0.5);
            if let Some(mut kind) = kind {
                // Only strong entries are called loaded or contentious; weaker ones are evaluative colour.
                let flag_at = if kind == BiasKind::ContentiousLabel {
                    FLAG_LABEL_AT
                } else {
                    FLAG_AT
                };
                let quoted = quotes.iter().any(|q| q.contains(hit.span));
                if matches!(kind, BiasKind::Loaded | BiasKind::ContentiousLabel) && weight < flag_at
                {
                    kind = BiasKind::Subjective;
                }
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
    spans
}

/// Lexicon weight from which a `loaded` or `contentious_label` entry is reported as such; weaker entries are
/// reported as `subjective`.
const FLAG_AT: f32 = 0.75;
/// The same for `contentious_label`: a label is often the plain name of a group, so only the strongest count.
const FLAG_LABEL_AT: f32 = 0.85;
/// Lexicon weight from which a `loaded` or `contentious_label` span is reported whatever its sentence scores;
/// weaker ones only in sentences called biased.
const ALWAYS_FLAG_AT: f32 = 0.9;

/// Common `-ly` words that are not evaluative adverbs.
const PLAIN_LY: [&str; 24] = [
    "only",
    "early",
    "family",
    "likely",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "recently",
    "reportedly",
    "currently",
    "previously",
    "formerly",
    "July",
    "Italy",
    "nearly",
    "largely",
    "mostly",
    "finally",
    "publicly",
    "officially",
    "allegedly",
    "apply",
    "reply",
];

/// Sentence length (words) below which the length feature is held constant.
const MIN_LENGTH: usize = 20;

const FIRST_PERSON: [&str; 9] = ["i", "me", "my", "mine", "we", "us", "our", "ours", "myself"];

fn is_first_person(word: &str) -> bool {
    FIRST_PERSON.iter().any(|p| p.eq_ignore_ascii_case(word))
}

#[allow(clippy::too_many_arguments)]
fn features(
    text: &str,
    index: usize,
    span: Span,
    spans: &[BiasSpan],
    scare: &[(usize, Span)],
    quotes: &[Span],
    hedging: &Hedging,
    sourcing: &Sourcing,
) -> (Features, tone::Tone) {
    let quoted = |s: Span| quotes.iter().any(|q| q.contains(s));
    let mut x = Features::default();
    for kind in BiasKind::ALL {
        let sum: f32 = spans
            .iter()
            .filter(|b| b.sentence == index && b.kind == kind && !b.quoted)
            .map(|b| b.weight)
            .sum();
        x.set(kind.as_str(), sum);
    }
    x.set(
        "quoted_cues",
        spans
            .iter()
            .filter(|b| b.sentence == index && b.quoted)
            .map(|b| b.weight)
            .sum(),
    );
    x.set(
        "scare_quotes",
        scare.iter().filter(|(s, _)| *s == index).count() as f32,
    );
    let own: String = {
        // The writer's own words: the sentence with quoted stretches blanked out.
        let mut own = span.slice(text).to_string();
        for q in quotes.iter().filter(|q| span.overlaps(**q)) {
            let (s, e) = (
                q.start.max(span.start) - span.start,
                q.end.min(span.end) - span.start,
            );
            own.replace_range(s..e, &" ".repeat(e - s));
        }
        own
    };
    x.set("exclamation", f32::from(u8::from(own.contains('!'))));
    x.set("question", f32::from(u8::from(own.contains('?'))));
    // An aside set off by a dash ("... — an effort to ...") is where a writer tends to comment on what they report.
    let dash = own.contains('\u{2014}')
        || own.contains(" \u{2013} ")
        || own.contains(" - ")
        || own.contains("--");
    x.set("dash_aside", f32::from(u8::from(dash)));
    let words = tone::words(text, span);
    let facts: Vec<words::Facts> = words.iter().map(|w| words::facts(w.slice(text))).collect();
    let first = words
        .iter()
        .filter(|w| !quoted(**w) && is_first_person(w.slice(text)))
        .count();
    x.set("first_person", first as f32);
    let t = tone::tone_of_words(text, span, &words, &facts);
    let own_words: Vec<&tone::Valenced> = t.words.iter().filter(|w| !quoted(w.span)).collect();
    x.set(
        "negative_words",
        own_words
            .iter()
            .filter(|w| w.valence < 0.0)
            .map(|w| -w.valence / 4.0)
            .sum(),
    );
    x.set(
        "positive_words",
        own_words
            .iter()
            .filter(|w| w.valence > 0.0)
            .map(|w| w.valence / 4.0)
            .sum(),
    );
    x.set(
        "strongest_word",
        own_words
            .iter()
            .map(|w| w.lexical.abs() / 4.0)
            .fold(0.0, f32::max),
    );
    x.set("tone_strength", t.compound.abs());
    let hedges = hedging
        .markers
        .iter()
        .filter(|m| m.sentence == index && !m.quoted)
        .count();
    x.set("hedges", hedges as f32);
    let attributed = sourcing
        .attributions
        .iter()
        .any(|a| a.sentence == index || span.overlaps(a.content));
    x.set("attributed", f32::from(u8::from(attributed)));
    // Longer sentences carry more words by chance; below MIN_LENGTH words the length says nothing more.
    x.set("log_words", (1.0 + words.len().max(MIN_LENGTH) as f32).ln());
    let (mut subjective, mut polar) = (0.0f32, 0.0f32);
    for (_, f) in words.iter().zip(&facts).filter(|(w, _)| !quoted(**w)) {
        if let Some((p, s)) = f.subjectivity {
            if s >= SUBJECTIVE_AT {
                subjective += s;
                polar += p.abs();
            }
        }
    }
    x.set("subjective_words", subjective);
    let own_words: Vec<&str> = words
        .iter()
        .filter(|w| !quoted(**w))
        .map(|w| w.slice(text))
        .collect();
    let ly = own_words
        .iter()
        .filter(|w| {
            w.len() > 4 && w.ends_with("ly") && !PLAIN_LY.iter().any(|p| p.eq_ignore_ascii_case(w))
        })
        .count();
    x.set("ly_adverbs", ly as f32);
    x.set(
        "numbers",
        own_words
            .iter()
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .count() as f32,
    );
    let strong = spans.iter().any(|b| {
        b.sentence == index
            && !b.quoted
            && matches!(b.kind, BiasKind::Loaded | BiasKind::ContentiousLabel)
    });
    x.set("any_loaded", f32::from(u8::from(strong)));
    x.set("polar_words", polar);
    // Closed-class cues in the writer's voice: generalisations, political labels, emphasis, negation, ...
    let mut cues = [0.0f32; CUE_FEATURES.len()];
    for (_, f) in words.iter().zip(&facts).filter(|(w, _)| !quoted(**w)) {
        if let Some(i) = f.cue {
            cues[i] += 1.0;
        }
    }
    for (i, (_, feature)) in CUE_FEATURES.iter().enumerate() {
        // A predication is there or not: a second "is" says nothing more.
        let v = if *feature == "copula" {
            cues[i].min(1.0)
        } else {
            cues[i]
        };
        x.set(feature, v);
    }
    // Share of the sentence's text inside quotes: a sentence that mostly quotes someone reports their words.
    let solid = |s: &str| s.chars().filter(|c| !c.is_whitespace()).count();
    let all = solid(span.slice(text)).max(1);
    x.set(
        "quote_share",
        1.0 - solid(&own).min(all) as f32 / all as f32,
    );
    (x, t)
}

#[allow(clippy::too_many_arguments)]
fn score_sentence(
    text: &str,
    index: usize,
    span: Span,
    x: &Features,
    t: &tone::Tone,
    spans: &[BiasSpan],
    scare: &[(usize, Span)],
    quotes: &[Span],
    hedging: &Hedging,
) -> BiasSentence {
    let model = &*MODEL;
    let contributions = model.contributions(x);
    let score = model.probability(x);
    let quoted = |s: Span| quotes.iter().any(|q| q.contains(s));
    let mine: Vec<&BiasSpan> = spans.iter().filter(|b| b.sentence == index).collect();
    let mut reasons = Vec::new();
    let pushes = |name: &str| {
        FEATURE_NAMES
            .iter()
            .position(|n| *n == name)
            .is_some_and(|i| contributions[i] > 0.0)
    };
    for kind in BiasKind::ALL {
        let of_kind: Vec<&&BiasSpan> = mine
            .iter()
            .filter(|b| b.kind == kind && !b.quoted)
            .collect();
        if of_kind.is_empty() || !pushes(kind.as_str()) {
            continue;
        }
        let words: Vec<&str> = of_kind.iter().map(|b| b.span.slice(text)).collect();
        reasons.push(Reason {
            indicator: kind.as_str(),
            message: format!(
                "{} words: {}",
                kind.as_str().replace('_', " "),
                words.join(", ")
            ),
            spans: of_kind.iter().map(|b| b.span).collect(),
        });
    }
    let in_quotes: Vec<&&BiasSpan> = mine.iter().filter(|b| b.quoted).collect();
    if !in_quotes.is_empty() && pushes("quoted_cues") {
        let words: Vec<String> = in_quotes
            .iter()
            .map(|b| format!("{} ({})", b.span.slice(text), b.kind.as_str()))
            .collect();
        reasons.push(Reason {
            indicator: "quoted_cues",
            message: format!(
                "slanted words inside a quote (the speaker's, weighted less): {}",
                words.join(", ")
            ),
            spans: in_quotes.iter().map(|b| b.span).collect(),
        });
    }
    let scare_here: Vec<Span> = scare
        .iter()
        .filter(|(s, _)| *s == index)
        .map(|(_, sp)| *sp)
        .collect();
    if !scare_here.is_empty() && pushes("scare_quotes") {
        reasons.push(Reason {
            indicator: "scare_quotes",
            message: "short phrase in quotation marks that no source is said to have spoken".into(),
            spans: scare_here,
        });
    }
    let marks = |c: char| -> Vec<Span> {
        span.slice(text)
            .match_indices(c)
            .map(|(p, _)| Span::new(span.start + p, span.start + p + 1))
            .filter(|s| !quoted(*s))
            .collect()
    };
    if pushes("exclamation") {
        reasons.push(Reason {
            indicator: "exclamation",
            message: "exclamation mark".into(),
            spans: marks('!'),
        });
    }
    if pushes("question") {
        reasons.push(Reason {
            indicator: "question",
            message: "question in the writer's voice".into(),
            spans: marks('?'),
        });
    }
    if pushes("first_person") {
        let spans: Vec<Span> = tone::words(text, span)
            .into_iter()
            .filter(|w| !quoted(*w) && is_first_person(w.slice(text)))
            .collect();
        reasons.push(Reason {
            indicator: "first_person",
            message: "the writer speaks in the first person".into(),
            spans,
        });
    }
    let tone_push: f32 = [
        "negative_words",
        "positive_words",
        "strongest_word",
        "tone_strength",
    ]
    .iter()
    .filter_map(|n| FEATURE_NAMES.iter().position(|f| f == n))
    .map(|i| contributions[i])
    .sum();
    let toned: Vec<&tone::Valenced> = t
        .words
        .iter()
        .filter(|w| !quoted(w.span) && w.lexical.abs() >= STRONG_VALENCE)
        .collect();
    if tone_push > 0.0 && !toned.is_empty() {
        let words: Vec<&str> = toned.iter().map(|w| w.span.slice(text)).collect();
        reasons.push(Reason {
            indicator: "tone",
            message: format!(
                "{} sentiment words in the writer's voice (sentence tone {:+.2}): {}",
                if t.compound < 0.0 {
                    "negative"
                } else {
                    "positive"
                },
                t.compound,
                words.join(", ")
            ),
            spans: toned.iter().map(|w| w.span).collect(),
        });
    }
    if pushes("hedges") {
        let spans: Vec<Span> = hedging
            .markers
            .iter()
            .filter(|m| m.sentence == index && !m.quoted)
            .map(|m| m.span)
            .collect();
        reasons.push(Reason {
            indicator: "hedges",
            message: "hedging or boosting words".into(),
            spans,
        });
    }
    // Closed-class cues that push the score: generalisations, political labels, emphasis, ...
    let any_cue = CUE_FEATURES
        .iter()
        .any(|(_, f)| pushes(f) && !UNNAMED_CUES.contains(f));
    let cue_words: Vec<(Span, &str)> = if any_cue {
        tone::words(text, span)
    } else {
        Vec::new()
    }
    .into_iter()
    .filter(|w| !quoted(*w))
    .filter_map(|w| {
        let cue = words::facts(w.slice(text)).cue?;
        Some((w, CUE_FEATURES[cue].1))
    })
    .collect();
    for (_, feature) in CUE_FEATURES {
        let here: Vec<Span> = cue_words
            .iter()
            .filter(|(_, f)| *f == feature)
            .map(|(w, _)| *w)
            .collect();
        if here.is_empty() || !pushes(feature) || UNNAMED_CUES.contains(&feature) {
            continue;
        }
        let words: Vec<&str> = here.iter().map(|w| w.slice(text)).collect();
        reasons.push(Reason {
            indicator: feature,
            message: format!("{}: {}", feature.replace('_', " "), words.join(", ")),
            spans: here,
        });
    }
    if pushes("quote_share") {
        let spans: Vec<Span> = quotes
            .iter()
            .filter(|q| span.overlaps(**q))
            .map(|q| Span::new(q.start.max(span.start), q.end.min(span.end)))
            .collect();
        reasons.push(Reason {
            indicator: "quote_share",
            message: format!(
                "{:.0}% of the sentence is quoted speech",
                100.0 * x.get("quote_share")
            ),
            spans,
        });
    }
    // A verdict must point at words: without a reason the sentence is not called biased, whatever its score.
    let biased = score >= model.threshold && !reasons.is_empty();
    BiasSentence {
        index,
        span,
        biased,
        score,
        tone: t.compound,
        reasons,
    }
}

/// Pattern subjectivity from which a word counts as subjective.
const SUBJECTIVE_AT: f32 = 0.5;

/// Lexicon valence (of 4) from which a word is named as a tone reason.
const STRONG_VALENCE: f32 = 1.5;

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
    let tones: Vec<f32> = scored.iter().map(|s| s.tone).collect();
    let tone_mean = if tones.is_empty() {
        0.0
    } else {
        tones.iter().sum::<f32>() / tones.len() as f32
    };
    let tone_spread = if tones.is_empty() {
        0.0
    } else {
        (tones.iter().map(|t| (t - tone_mean).powi(2)).sum::<f32>() / tones.len() as f32).sqrt()
    };
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
        tone_mean,
        tone_spread,
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
///
/// Runs for every word of the article, so it lower-cases character by character instead of allocating.
fn syllables(word: &str) -> usize {
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    let (mut last, mut before_last) = (None, None);
    for c in word.chars().flat_map(char::to_lowercase) {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
        before_last = last;
        last = Some(c);
    }
    if last == Some('e') && before_last != Some('l') && count > 1 {
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
    fn lexicon_entries_find_their_inflections() {
        let e = |p: &str| lexicon::Entry {
            phrase: p.into(),
            fields: vec!["loaded".into(), "0.9".into()],
        };
        let all = with_inflections(vec![e("smear"), e("vilify"), e("demonize"), e("smeared")]);
        let phrases: Vec<&str> = all.iter().map(|e| e.phrase.as_str()).collect();
        for form in [
            "smears",
            "smearing",
            "vilifies",
            "vilified",
            "demonizes",
            "demonizing",
        ] {
            assert!(phrases.contains(&form), "{form}");
        }
        // listed forms are not repeated, and inflected entries are not inflected again
        assert_eq!(phrases.iter().filter(|p| **p == "smeared").count(), 1);
        assert!(!phrases.contains(&"smeareds"));
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
