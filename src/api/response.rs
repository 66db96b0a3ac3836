//! Answer bodies: the core's results with offsets converted to the client's unit.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use crate::analysis::bias::{Bias, BiasKind};
use crate::analysis::document::Document;
use crate::analysis::hedging::Hedging;
use crate::analysis::sourcing::Sourcing;
use crate::analysis::summarize::Summary;
use crate::analysis::warning::Warning;
use crate::api::offsets::{Offsets, SpanDto};

/// The language the analyses used.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct LanguageDto {
    /// ISO 639-1 code.
    #[schema(example = "en")]
    pub code: String,
    /// English name of the language.
    #[schema(example = "English")]
    pub name: String,
    /// Detector confidence, 0..1 (1 when the language was given).
    #[schema(example = 0.97)]
    pub confidence: f64,
    /// `detected` or `given` (the request's `language`).
    #[schema(example = "detected")]
    pub source: String,
}

/// Size of the analysed text.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentDto {
    /// Unicode code points of the analysed text.
    #[schema(example = 3700)]
    pub characters: usize,
    /// Words (tokens containing a letter or digit).
    #[schema(example = 560)]
    pub words: usize,
    /// Sentences.
    #[schema(example = 22)]
    pub sentences: usize,
    /// Paragraphs (blocks separated by line breaks).
    #[schema(example = 21)]
    pub paragraphs: usize,
    /// Estimated silent reading time at 238 words a minute, rounded up.
    #[schema(example = 142)]
    pub reading_time_seconds: u64,
    /// The analysed text, given for HTML input: every offset refers to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A sentence of the text.
#[derive(Debug, Serialize, ToSchema)]
pub struct SentenceDto {
    /// Position in `sentences`, from 0.
    pub index: usize,
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The sentence, exactly as in the text.
    pub text: String,
}

/// A non-fatal note: the answer is complete but something deserves attention.
#[derive(Debug, Serialize, ToSchema)]
pub struct WarningDto {
    /// Machine-readable code, e.g. `summary_shorter_than_requested`, `hedging_unsupported_language`.
    #[schema(example = "summary_shorter_than_requested")]
    pub code: String,
    /// Human explanation.
    pub message: String,
}

impl From<&Warning> for WarningDto {
    fn from(w: &Warning) -> Self {
        WarningDto {
            code: w.code.to_string(),
            message: w.message.clone(),
        }
    }
}

/// A sentence of the summary.
#[derive(Debug, Serialize, ToSchema)]
pub struct SummarySentenceDto {
    /// Index into the document's `sentences`.
    pub index: usize,
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// The algorithm's score; higher is more important. Comparable within one answer only.
    pub score: f32,
    /// 1 for the most important sentence of the summary, 2 for the next, ...
    pub rank: usize,
}

/// An extractive summary: the most important sentences, in document order.
#[derive(Debug, Serialize, ToSchema)]
pub struct SummaryDto {
    /// The algorithm used: `default`, `textrank`, `lexrank` or `lead`.
    #[schema(example = "default")]
    pub algorithm: String,
    /// The chosen sentences in document order.
    pub sentences: Vec<SummarySentenceDto>,
    /// The summary as one text: the sentences joined by a space.
    pub text: String,
}

impl SummaryDto {
    pub fn new(s: &Summary, off: &Offsets) -> Self {
        let text = s
            .sentences
            .iter()
            .map(|r| off.span(r.span).text)
            .collect::<Vec<_>>()
            .join(" ");
        SummaryDto {
            algorithm: s.algorithm.as_str().to_string(),
            sentences: s
                .sentences
                .iter()
                .map(|r| {
                    let sp = off.span(r.span);
                    SummarySentenceDto {
                        index: r.index,
                        start: sp.start,
                        end: sp.end,
                        text: sp.text,
                        score: r.score,
                        rank: r.rank,
                    }
                })
                .collect(),
            text,
        }
    }
}

/// A hedging or speculation marker.
#[derive(Debug, Serialize, ToSchema)]
pub struct MarkerDto {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The marker text.
    #[schema(example = "could")]
    pub text: String,
    /// `modal`, `epistemic`, `conditional`, `speculation`, `approximator`, `vague_attribution` or `booster`.
    #[schema(example = "modal")]
    pub category: String,
    /// How strongly it hedges (or, for boosters, asserts), 0..1.
    #[schema(example = 0.6)]
    pub strength: f32,
    /// Index of the sentence holding the marker.
    pub sentence: usize,
    /// Inside a direct quote: the speaker's hedge, not the writer's.
    pub quoted: bool,
}

/// Uncertainty of one sentence.
#[derive(Debug, Serialize, ToSchema)]
pub struct UncertaintyDto {
    /// Index into `sentences`.
    pub index: usize,
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// True when the sentence states something as possible, probable, believed, conditional or
    /// under question (CoNLL-2010); approximators, vague attributions and boosters alone do not count.
    pub uncertain: bool,
    /// Uncertainty score, 0..1.
    pub score: f32,
}

/// Hedging and speculation markers, per-sentence uncertainty and document totals.
#[derive(Debug, Serialize, ToSchema)]
pub struct HedgingDto {
    /// Every marker, in text order.
    pub markers: Vec<MarkerDto>,
    /// Every sentence with its uncertainty.
    pub sentences: Vec<UncertaintyDto>,
    /// Number of markers per category (every category listed).
    #[schema(example = json!({"modal": 3, "epistemic": 2, "conditional": 0, "speculation": 2, "approximator": 1, "vague_attribution": 2, "booster": 0}))]
    pub counts: BTreeMap<String, usize>,
    /// Markers (boosters excluded) per 100 words.
    pub density_per_100_words: f32,
}

impl HedgingDto {
    pub fn new(h: &Hedging, off: &Offsets) -> Self {
        HedgingDto {
            markers: h
                .markers
                .iter()
                .map(|m| {
                    let sp = off.span(m.span);
                    MarkerDto {
                        start: sp.start,
                        end: sp.end,
                        text: sp.text,
                        category: m.category.as_str().to_string(),
                        strength: m.strength,
                        sentence: m.sentence,
                        quoted: m.quoted,
                    }
                })
                .collect(),
            sentences: h
                .sentences
                .iter()
                .map(|s| UncertaintyDto {
                    index: s.index,
                    start: off.unit(s.span.start),
                    end: off.unit(s.span.end),
                    uncertain: s.uncertain,
                    score: s.score,
                })
                .collect(),
            counts: h
                .counts
                .iter()
                .map(|(c, n)| (c.as_str().to_string(), *n))
                .collect(),
            density_per_100_words: h.density_per_100_words,
        }
    }
}

/// Who said or reported what.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttributionDto {
    /// Identifier within this answer (`a1`, `a2`, ...).
    #[schema(example = "a1")]
    pub id: String,
    /// The source as written at this attribution ("he", "Dmitry Peskov"); null when agentless ("it is believed").
    pub source: Option<SpanDto>,
    /// The `id` of the resolved source in `sources`; null when there is none.
    #[schema(example = "s1")]
    pub source_id: Option<String>,
    /// The reporting cue: "said", "according to", "suggest".
    pub cue: SpanDto,
    /// What is attributed: the quote or the reported content.
    pub content: SpanDto,
    /// `direct` (quoted), `indirect` (reported speech) or `mixed` (reported with a partial quote).
    #[schema(example = "direct")]
    pub kind: String,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

/// A source, with every mention resolved to it.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceDto {
    /// Identifier within this answer (`s1`, `s2`, ...).
    #[schema(example = "s1")]
    pub id: String,
    /// The fullest name found ("Dmitry Peskov", "officials", "intelligence reports").
    #[schema(example = "Dmitry Peskov")]
    pub name: String,
    /// `person`, `organization`, `unnamed` or `document`.
    #[serde(rename = "type")]
    #[schema(example = "person")]
    pub source_type: String,
    /// True for a named person or organisation; unnamed sources are never merged with named ones.
    pub named: bool,
    /// Title or role when the text gives one ("press secretary").
    pub description: Option<String>,
    /// Every mention of the source, pronouns and short references included.
    pub mentions: Vec<SpanDto>,
    /// Attributions resting on this source.
    pub attributions: usize,
    /// Of which direct quotes (mixed attributions count in neither).
    pub direct: usize,
    /// Of which reported speech.
    pub indirect: usize,
}

/// Totals of the sourcing breakdown.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourcingStatsDto {
    /// Attributions found.
    pub attributions: usize,
    /// Distinct sources.
    pub sources: usize,
    /// Sources that are named people or organisations.
    pub named_sources: usize,
    /// Unnamed sources ("officials", "analysts").
    pub unnamed_sources: usize,
    /// Direct-quote attributions.
    pub direct: usize,
    /// Reported-speech attributions.
    pub indirect: usize,
    /// Mixed attributions.
    pub mixed: usize,
    /// Share of sentences holding at least part of an attribution, 0..1.
    pub attributed_sentence_ratio: f32,
}

/// Every attribution, the sources behind them and totals.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourcingDto {
    /// Attributions in text order.
    pub attributions: Vec<AttributionDto>,
    /// Sources, each with its mentions and counts.
    pub sources: Vec<SourceDto>,
    /// Totals.
    pub stats: SourcingStatsDto,
}

impl SourcingDto {
    pub fn new(s: &Sourcing, off: &Offsets) -> Self {
        SourcingDto {
            attributions: s
                .attributions
                .iter()
                .enumerate()
                .map(|(i, a)| AttributionDto {
                    id: format!("a{}", i + 1),
                    source: a.source.map(|sp| off.span(sp)),
                    source_id: a.source_id.map(|id| format!("s{}", id + 1)),
                    cue: off.span(a.cue),
                    content: off.span(a.content),
                    kind: a.kind.as_str().to_string(),
                    sentence: a.sentence,
                })
                .collect(),
            sources: s
                .sources
                .iter()
                .enumerate()
                .map(|(i, src)| SourceDto {
                    id: format!("s{}", i + 1),
                    name: src.name.clone(),
                    source_type: src.source_type.as_str().to_string(),
                    named: src.named,
                    description: src.description.clone(),
                    mentions: src.mentions.iter().map(|m| off.span(*m)).collect(),
                    attributions: src.attributions,
                    direct: src.direct,
                    indirect: src.indirect,
                })
                .collect(),
            stats: SourcingStatsDto {
                attributions: s.stats.attributions,
                sources: s.stats.sources,
                named_sources: s.stats.named_sources,
                unnamed_sources: s.stats.unnamed_sources,
                direct: s.stats.direct,
                indirect: s.stats.indirect,
                mixed: s.stats.mixed,
                attributed_sentence_ratio: s.stats.attributed_sentence_ratio,
            },
        }
    }
}

/// Why a sentence scored as biased.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReasonDto {
    /// The indicator: a span kind (`loaded`, `contentious_label`, `doubt`, `presupposition`,
    /// `intensifier`, `subjective`), `quoted_cues`, `scare_quotes`, `exclamation`, `question`,
    /// `first_person`, `tone`, `hedges`, a sentence cue (`generalisations`, `political_labels`,
    /// `political_actors`, `emphasis`, `prescriptive`, `negation`) or `quote_share`.
    #[schema(example = "loaded")]
    pub indicator: String,
    /// Human explanation.
    pub message: String,
    /// The words that caused it.
    pub spans: Vec<SpanDto>,
}

/// Bias verdict for one sentence.
#[derive(Debug, Serialize, ToSchema)]
pub struct BiasSentenceDto {
    /// Index into `sentences`.
    pub index: usize,
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// True when the score reaches the model's threshold (0.45) and at least one reason explains it.
    pub biased: bool,
    /// Bias score, 0..1: a logistic model over interpretable features (lexicon hits by kind, in or
    /// out of quotes, tone, hedges, punctuation, first person); words in quotes count less.
    pub score: f32,
    /// The indicators and spans behind the score.
    pub reasons: Vec<ReasonDto>,
    /// Tone of the sentence, -1 (negative) to 1 (positive), from a VADER-style sentiment lexicon.
    pub tone: f32,
}

/// A word or phrase that signals slant.
#[derive(Debug, Serialize, ToSchema)]
pub struct BiasSpanDto {
    /// Start offset (inclusive).
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The words.
    #[schema(example = "heroic")]
    pub text: String,
    /// `loaded`, `contentious_label`, `doubt`, `presupposition`, `intensifier` or `subjective`.
    #[schema(example = "loaded")]
    pub kind: String,
    /// Inside a direct quote (the speaker's words) rather than in the writer's voice.
    pub quoted: bool,
    /// Index of the sentence.
    pub sentence: usize,
}

/// Article-level indicators.
#[derive(Debug, Serialize, ToSchema)]
pub struct IndicatorsDto {
    /// Share of sentences judged biased, 0..1.
    pub biased_sentence_share: f32,
    /// Loaded words and contentious labels in the writer's voice (outside quotes), per 100 words.
    pub loaded_per_100_words: f32,
    /// Hedging markers (boosters excluded) per 100 words, from the hedging analysis.
    pub hedging_density_per_100_words: f32,
    /// Share of sentences stated as uncertain, from the hedging analysis, 0..1.
    pub uncertain_sentence_share: f32,
    /// Share of attributions resting on unnamed sources or on no source, from sourcing, 0..1.
    pub unnamed_source_share: f32,
    /// Number of distinct sources.
    pub distinct_sources: usize,
    /// Share of attributions resting on the most cited source, 0..1: one-sided sourcing shows here.
    pub largest_source_share: f32,
    /// Share of sentences making an uncertain or slanted claim in the writer's voice with no attribution, 0..1.
    pub unattributed_claim_share: f32,
    /// Flesch reading ease (higher is easier; 60-70 is plain English); null outside English.
    pub flesch_reading_ease: Option<f32>,
    /// Mean of the sentences' tone, -1..1 (sentence by sentence: a whole-text score saturates on long text).
    pub tone_mean: f32,
    /// Standard deviation of the sentences' tone: how much the tone swings within the article.
    pub tone_spread: f32,
}

/// Bias indicators, each explained by the spans that caused it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BiasDto {
    /// Every sentence with its verdict and reasons.
    pub sentences: Vec<BiasSentenceDto>,
    /// Every flagged word or phrase, in text order.
    pub spans: Vec<BiasSpanDto>,
    /// Article-level indicators.
    pub indicators: IndicatorsDto,
}

impl BiasDto {
    pub fn new(b: &Bias, off: &Offsets) -> Self {
        let i = &b.indicators;
        BiasDto {
            sentences: b
                .sentences
                .iter()
                .map(|s| BiasSentenceDto {
                    index: s.index,
                    start: off.unit(s.span.start),
                    end: off.unit(s.span.end),
                    biased: s.biased,
                    score: s.score,
                    reasons: s
                        .reasons
                        .iter()
                        .map(|r| ReasonDto {
                            indicator: r.indicator.to_string(),
                            message: r.message.clone(),
                            spans: r.spans.iter().map(|sp| off.span(*sp)).collect(),
                        })
                        .collect(),
                    tone: s.tone,
                })
                .collect(),
            spans: b
                .spans
                .iter()
                .map(|s| {
                    let sp = off.span(s.span);
                    BiasSpanDto {
                        start: sp.start,
                        end: sp.end,
                        text: sp.text,
                        kind: kind_str(s.kind),
                        quoted: s.quoted,
                        sentence: s.sentence,
                    }
                })
                .collect(),
            indicators: IndicatorsDto {
                biased_sentence_share: i.biased_sentence_share,
                loaded_per_100_words: i.loaded_per_100_words,
                hedging_density_per_100_words: i.hedging_density_per_100_words,
                uncertain_sentence_share: i.uncertain_sentence_share,
                unnamed_source_share: i.unnamed_source_share,
                distinct_sources: i.distinct_sources,
                largest_source_share: i.largest_source_share,
                unattributed_claim_share: i.unattributed_claim_share,
                flesch_reading_ease: i.flesch_reading_ease,
                tone_mean: i.tone_mean,
                tone_spread: i.tone_spread,
            },
        }
    }
}

fn kind_str(k: BiasKind) -> String {
    k.as_str().to_string()
}

/// Document facts and the sentence list.
pub fn document(doc: &Document, from_html: bool) -> DocumentDto {
    DocumentDto {
        characters: doc.char_count(),
        words: doc.word_count(),
        sentences: doc.segmentation.sentences.len(),
        paragraphs: doc.segmentation.paragraphs.len(),
        reading_time_seconds: doc.reading_time_seconds(),
        text: from_html.then(|| doc.text.clone()),
    }
}

pub fn sentences(doc: &Document, off: &Offsets) -> Vec<SentenceDto> {
    doc.segmentation
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sp = off.span(s.span);
            SentenceDto {
                index: i,
                start: sp.start,
                end: sp.end,
                text: sp.text,
            }
        })
        .collect()
}

/// `POST /v1/analyze` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct AnalyzeResponse {
    pub language: LanguageDto,
    pub document: DocumentDto,
    /// Every sentence of the text, in order.
    pub sentences: Vec<SentenceDto>,
    pub summary: SummaryDto,
    pub hedging: HedgingDto,
    pub sourcing: SourcingDto,
    pub bias: BiasDto,
    /// Non-fatal notes about this answer (unsupported language, short summary, ...).
    pub warnings: Vec<WarningDto>,
}

/// `POST /v1/summarize` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct SummarizeResponse {
    pub language: LanguageDto,
    pub summary: SummaryDto,
    /// Non-fatal notes, e.g. fewer sentences than asked.
    pub warnings: Vec<WarningDto>,
    /// Size of the analysed text (and the text itself for HTML input: offsets refer to it).
    pub document: DocumentDto,
}

/// `POST /v1/hedging` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct HedgingResponse {
    pub language: LanguageDto,
    pub hedging: HedgingDto,
    /// Non-fatal notes, e.g. no lexicon for the language.
    pub warnings: Vec<WarningDto>,
    /// Size of the analysed text (and the text itself for HTML input: offsets refer to it).
    pub document: DocumentDto,
}

/// `POST /v1/sourcing` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourcingResponse {
    pub language: LanguageDto,
    pub sourcing: SourcingDto,
    /// Non-fatal notes.
    pub warnings: Vec<WarningDto>,
    /// Size of the analysed text (and the text itself for HTML input: offsets refer to it).
    pub document: DocumentDto,
}

/// `POST /v1/bias` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct BiasResponse {
    pub language: LanguageDto,
    pub bias: BiasDto,
    /// Non-fatal notes.
    pub warnings: Vec<WarningDto>,
    /// Size of the analysed text (and the text itself for HTML input: offsets refer to it).
    pub document: DocumentDto,
}

/// `GET /healthz` and `GET /readyz` answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct HealthDto {
    /// `ok` when alive (healthz) or ready (readyz).
    #[schema(example = "ok")]
    pub status: String,
    /// Version of copydesk.
    #[schema(example = "0.1.0")]
    pub version: String,
}
