//! Endpoint handlers, one module per endpoint group, and the pipeline they share.

pub mod analyze;
pub mod batch;
pub mod bias;
pub mod fallback;
pub mod health;
pub mod hedging;
pub mod metrics;
pub mod page;
pub mod sourcing;
pub mod summarize;

use actix_web::web;

use crate::analysis::document::Document;
use crate::analysis::language::Detector;
use crate::analysis::warning::Warning;
use crate::analysis::{bias as core_bias, hedging as core_hedging, sourcing as core_sourcing};
use crate::api::error::{ApiError, ErrorCode};
use crate::api::offsets::Offsets;
use crate::api::request::Article;
use crate::api::response::{DocumentDto, LanguageDto, WarningDto};
use crate::api::state::AppState;

/// Detector confidence below which the answer carries a `language_uncertain` warning.
const UNCERTAIN_LANGUAGE: f64 = 0.5;

/// A segmented article with its language, ready for any analysis.
pub struct Context {
    pub article: Article,
    pub doc: Document,
    /// ISO 639-1 code the analyses use.
    pub code: String,
    pub language: LanguageDto,
    pub warnings: Vec<Warning>,
}

impl Context {
    /// Segments the article and settles its language (given, or detected).
    pub fn new(article: Article, detector: &Detector) -> Self {
        let doc = Document::new(article.text.clone());
        let mut warnings = Vec::new();
        let (code, language) = match &article.language {
            Some(code) => {
                let name = crate::analysis::language::name_of(code).unwrap_or_default();
                (
                    code.clone(),
                    LanguageDto {
                        code: code.clone(),
                        name,
                        confidence: 1.0,
                        source: "given".into(),
                    },
                )
            }
            None => {
                let d = detector.detect(&doc.text);
                if d.confidence < UNCERTAIN_LANGUAGE {
                    warnings.push(Warning::new(
                        "language_uncertain",
                        format!("language detection is unsure (confidence {:.2}); pass `language` to set it", d.confidence),
                    ));
                }
                (
                    d.code.clone(),
                    LanguageDto {
                        code: d.code,
                        name: d.name,
                        confidence: d.confidence,
                        source: "detected".into(),
                    },
                )
            }
        };
        Context {
            article,
            doc,
            code,
            language,
            warnings,
        }
    }

    pub fn offsets(&self) -> Offsets<'_> {
        Offsets::new(&self.doc.text, self.article.encoding)
    }

    pub fn document(&self) -> DocumentDto {
        crate::api::response::document(&self.doc, self.article.from_html)
    }

    pub fn sentence_spans(&self) -> Vec<crate::analysis::span::Span> {
        self.doc.sentence_spans()
    }

    pub fn hedging(&self) -> core_hedging::Hedging {
        core_hedging::analyze(
            &self.doc.text,
            &self.sentence_spans(),
            self.doc.word_count(),
            &self.code,
        )
    }

    pub fn sourcing(&self) -> core_sourcing::Sourcing {
        core_sourcing::analyze(&self.doc.text, &self.sentence_spans(), &self.code)
    }

    pub fn bias(
        &self,
        hedging: &core_hedging::Hedging,
        sourcing: &core_sourcing::Sourcing,
    ) -> core_bias::Bias {
        core_bias::analyze(
            &self.doc.text,
            &self.sentence_spans(),
            self.doc.word_count(),
            &self.code,
            hedging,
            sourcing,
        )
    }

    pub fn warnings(&self, more: &[&[Warning]]) -> Vec<WarningDto> {
        self.warnings
            .iter()
            .chain(more.iter().flat_map(|w| w.iter()))
            .map(WarningDto::from)
            .collect()
    }
}

/// Runs `work` on a segmented, language-tagged article, off the async executor, in turn with
/// the other analyses (see [`AppState::analysis_slots`]) and within the time budget.
///
/// The budget counts the wait for a turn too: an overloaded server answers 503 `timeout` rather
/// than queueing without end. The blocking thread cannot be interrupted, so past the budget the
/// client gets 503 at once while the thread finishes on its own, still holding its turn; the size
/// limits keep that bounded.
pub async fn run<T, F>(
    state: &web::Data<AppState>,
    article: Article,
    work: F,
) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(Context) -> T + Send + 'static,
{
    let detector = state.detector().ok_or_else(|| {
        ApiError::new(
            ErrorCode::NotReady,
            "language models are still loading; retry in a second",
        )
    })?;
    let limits = state.limits;
    let shared = state.clone();
    let task = async move {
        // `Err` only if the semaphore were closed, which it never is: then run anyway.
        let turn = shared.analysis_slots.clone().acquire_owned().await;
        web::block(move || {
            let _turn = turn;
            let context = Context::new(article, &detector);
            shared.metrics.analysed(context.doc.text.chars().count());
            let sentences = context.doc.segmentation.sentences.len();
            if sentences > limits.max_sentences {
                return Err(ApiError::new(
                    ErrorCode::TooManySentences,
                    format!(
                        "the text has {sentences} sentences; the limit is {}",
                        limits.max_sentences
                    ),
                ));
            }
            Ok(work(context))
        })
        .await
    };
    match tokio::time::timeout(limits.timeout, task).await {
        Err(_) => Err(ApiError::new(
            ErrorCode::Timeout,
            format!(
                "the analysis did not finish within {} s; send a shorter text",
                limits.timeout.as_secs()
            ),
        )),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "analysis task failed");
            Err(ApiError::new(
                ErrorCode::Internal,
                "the analysis failed unexpectedly",
            ))
        }
        Ok(Ok(answer)) => answer,
    }
}
