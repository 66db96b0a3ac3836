//! Extractive summaries: pick whole sentences of the article, return them in document order with a score and a rank.
//!
//! Four rankers sit behind [`Algorithm`]:
//! - [`Algorithm::Lead`]: the first sentences (the news baseline);
//! - [`Algorithm::TextRank`]: Mihalcea & Tarau (2004), word-overlap graph and weighted PageRank;
//! - [`Algorithm::LexRank`]: Erkan & Radev (2004), thresholded TF-IDF cosine graph and power iteration;
//! - [`Algorithm::Default`]: TextRank coverage blended with centroid focus, fact density and a lead prior in
//!   proportion to how selective the summary is, title similarity, damping for sentences that cannot stand alone
//!   (fragments, mostly-quotation sentences, ...), and MMR selection.
//!
//! TextRank and LexRank follow their papers; where a paper leaves a detail open (self-loops, IDF smoothing, whether
//! numbers are words) they follow sumy 0.13, the usual reference implementation, so their figures compare with
//! published ones: the choices are listed in the `textrank` and `lexrank` module docs.
//!
//! Every ranker works on sparse vectors built by one tokenizer (Unicode words, stop words and Snowball stems chosen
//! by the language code), and pairs of sentences are only compared when they share a term.
//!
//! # Example
//! ```
//! use copydesk::analysis::span::Span;
//! use copydesk::analysis::summarize::{summarize, Algorithm, Length, SummaryOptions};
//!
//! let text = "The river flooded the old town on Monday. Residents left their homes. The mayor said the river flood was the worst in decades.";
//! let sentences = [Span::new(0, 41), Span::new(42, 70), Span::new(71, text.len())];
//! let options = SummaryOptions { algorithm: Algorithm::Lead, length: Length::Sentences(2), title: None };
//! let summary = summarize(text, &sentences, &[0, 0, 0], "en", &options);
//! let picked: Vec<usize> = summary.sentences.iter().map(|s| s.index).collect();
//! assert_eq!(picked, vec![0, 1]);
//! assert!(summary.warnings.is_empty());
//! ```

mod graph;
mod lead;
mod lexrank;
mod ranker;
mod textrank;
mod tokens;

use crate::analysis::span::Span;
use crate::analysis::warning::Warning;

/// Which ranker picks the sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Algorithm {
    /// Coverage, focus, lead prior and title, with stand-alone penalties and MMR; the best on news.
    #[default]
    Default,
    /// Mihalcea & Tarau (2004).
    TextRank,
    /// Erkan & Radev (2004), thresholded.
    LexRank,
    /// The first sentences.
    Lead,
}

impl Algorithm {
    pub const ALL: [Algorithm; 4] = [
        Algorithm::Default,
        Algorithm::TextRank,
        Algorithm::LexRank,
        Algorithm::Lead,
    ];

    /// The name used in the API: `default`, `textrank`, `lexrank`, `lead`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Algorithm::Default => "default",
            Algorithm::TextRank => "textrank",
            Algorithm::LexRank => "lexrank",
            Algorithm::Lead => "lead",
        }
    }

    /// Parses an API name (ASCII case-insensitive); `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// How long the summary may be. Whole sentences only, always.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// Exactly this many sentences (or all of them, with a warning, when the text has fewer).
    Sentences(usize),
    /// `ceil(ratio * n)` of the `n` sentences, for a ratio in (0, 1].
    Ratio(f64),
    /// As many sentences as fit in this many characters (Unicode scalar values), counting one separator character
    /// between sentences.
    MaxChars(usize),
}

/// Three sentences: what an editor asks for ("the three sentences that matter"), and the standard news setting.
impl Default for Length {
    fn default() -> Self {
        Length::Sentences(DEFAULT_SENTENCES)
    }
}

/// Sentences in the default summary length.
pub const DEFAULT_SENTENCES: usize = 3;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SummaryOptions {
    pub algorithm: Algorithm,
    pub length: Length,
    /// The headline, when it is not part of the text; the default ranker favours sentences that share its words.
    pub title: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RankedSentence {
    /// Index into the `sentences` slice given to [`summarize`].
    pub index: usize,
    pub span: Span,
    /// The ranker's score (higher is better; scales differ between algorithms).
    pub score: f32,
    /// Order of choice, 1 = chosen first (the best).
    pub rank: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub algorithm: Algorithm,
    /// The chosen sentences in document order.
    pub sentences: Vec<RankedSentence>,
    pub warnings: Vec<Warning>,
}

/// Summarizes `text`.
///
/// `sentences`: sentence spans of `text` (byte offsets); `paragraph_of`: paragraph index of each sentence (same
/// length; accepted for the rankers' use, currently unused: a paragraph-start bonus lowered the scores on news);
/// `language`: ISO 639-1 code, which chooses stop words and the
/// stemmer (warning `summary_no_stemmer` when there is none). Never panics: spans outside `text` or off `char`
/// boundaries read as empty sentences, and no sentences give an empty summary.
pub fn summarize(
    text: &str,
    sentences: &[Span],
    _paragraph_of: &[usize],
    language: &str,
    options: &SummaryOptions,
) -> Summary {
    let n = sentences.len();
    let mut warnings = Vec::new();
    let mut tok = tokens::Tokenizer::new(language);
    if !tok.has_stemmer() {
        warnings.push(Warning::new(
            "summary_no_stemmer",
            format!(
                "no stemmer for language '{language}': words are matched in their inflected forms"
            ),
        ));
    }
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| text.get(s.start..s.end).unwrap_or(""))
        .collect();
    let terms: Vec<tokens::SentenceTerms> = texts.iter().map(|t| tok.sentence(t)).collect();
    let title = options
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .map(|t| tok.sentence(t));
    let vocab = tok.vocab_len();

    let mut redundancy: Option<Vec<Vec<(u32, f32)>>> = None;
    let scores = match options.algorithm {
        Algorithm::Lead => lead::rank(n),
        Algorithm::TextRank => textrank::rank(&tok.words_only(&terms), vocab),
        Algorithm::LexRank => lexrank::rank(&tok.words_only(&terms), vocab),
        Algorithm::Default => {
            let feats = ranker::Features {
                texts: texts.clone(),
                k: expected_count(options.length, &texts),
            };
            let r = ranker::rank(
                &terms,
                title.as_ref(),
                vocab,
                &feats,
                &ranker::Params::default(),
            );
            redundancy = Some(r.vecs);
            r.scores
        }
    };
    let chars: Vec<usize> = texts.iter().map(|t| t.chars().count()).collect();
    let mmr = ranker::Params::default().mmr;
    let picks = select(
        &scores,
        &chars,
        options.length,
        redundancy.as_deref().map(|v| (v, mmr)),
        &mut warnings,
    );

    let mut out: Vec<RankedSentence> = picks
        .iter()
        .enumerate()
        .map(|(r, &i)| RankedSentence {
            index: i,
            span: sentences[i],
            score: scores[i],
            rank: r + 1,
        })
        .collect();
    out.sort_by_key(|s| s.index);
    Summary {
        algorithm: options.algorithm,
        sentences: out,
        warnings,
    }
}

/// How many sentences the summary will roughly hold: a character budget is divided by the mean sentence length.
fn expected_count(length: Length, texts: &[&str]) -> usize {
    let n = texts.len();
    match length {
        Length::Sentences(k) => k.min(n),
        Length::Ratio(r) if r.is_finite() && r > 0.0 => {
            ((r.min(1.0) * n as f64).ceil() as usize).min(n)
        }
        Length::Ratio(_) => 0,
        Length::MaxChars(m) => {
            let total: usize = texts.iter().map(|t| t.chars().count() + 1).sum();
            let mean = total / n.max(1);
            (m / mean.max(1)).clamp(1, n.max(1))
        }
    }
}

/// Chooses sentences in order of preference: best score first (ties go to the earlier sentence), or with MMR
/// (`score - lambda * max cosine to a chosen sentence`) when `redundancy` gives the vectors and lambda.
fn select(
    scores: &[f32],
    chars: &[usize],
    length: Length,
    redundancy: Option<(&[graph::SparseVec], f32)>,
    warnings: &mut Vec<Warning>,
) -> Vec<usize> {
    let n = scores.len();
    let (want, budget) = match length {
        Length::Sentences(k) => {
            if k > n {
                warnings.push(Warning::new(
                    "summary_shorter_than_requested",
                    format!("{k} sentences requested but the text has {n}: all are returned"),
                ));
            }
            (k.min(n), None)
        }
        Length::Ratio(r) => {
            let k = if r.is_finite() && r > 0.0 {
                (r.min(1.0) * n as f64).ceil() as usize
            } else {
                0
            };
            (k.min(n), None)
        }
        Length::MaxChars(m) => (n, Some(m)),
    };
    let score = |i: usize| {
        if scores[i].is_finite() {
            scores[i]
        } else {
            f32::MIN
        }
    };
    let mut chosen: Vec<usize> = Vec::with_capacity(want.min(64));
    let mut used = vec![false; n];
    let mut max_sim = vec![0f32; n];
    let mut spent = 0usize;
    while chosen.len() < want {
        let mut best: Option<(usize, f32)> = None;
        for i in 0..n {
            if used[i] {
                continue;
            }
            if let Some(b) = budget {
                let cost = chars[i] + usize::from(!chosen.is_empty());
                if spent + cost > b {
                    continue;
                }
            }
            let v = match redundancy {
                Some((_, lambda)) => score(i) - lambda * max_sim[i],
                None => score(i),
            };
            if best.is_none_or(|(_, bv)| v > bv) {
                best = Some((i, v));
            }
        }
        let Some((i, _)) = best else { break };
        used[i] = true;
        spent += chars[i] + usize::from(!chosen.is_empty());
        chosen.push(i);
        if let Some((vecs, _)) = redundancy {
            for j in 0..n {
                if !used[j] {
                    max_sim[j] = max_sim[j].max(ranker::dot(&vecs[i], &vecs[j]));
                }
            }
        }
    }
    if let Some(b) = budget {
        if chosen.is_empty() && n > 0 {
            // Not even one sentence fits: return the best one alone and say so.
            let best = (0..n).fold(0, |b, i| if score(i) > score(b) { i } else { b });
            warnings.push(Warning::new(
                "summary_over_budget",
                format!("no sentence fits in {b} characters: the best one ({} characters) is returned alone", chars[best]),
            ));
            chosen.push(best);
        }
    }
    chosen
}
