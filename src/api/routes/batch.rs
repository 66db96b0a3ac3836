//! `POST /v1/analyze/batch`: several articles in one call, analysed in parallel.

use actix_web::{post, web, HttpRequest, HttpResponse};
use futures_util::future::join_all;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::error::{AnalysisErrors, ApiError, ErrorCode, Problem};
use crate::api::request::{self, BatchRequest};
use crate::api::response::AnalyzeResponse;
use crate::api::routes::{analyze, run};
use crate::api::state::AppState;

/// `POST /v1/analyze/batch` answer: one slot per article, in request order.
#[derive(Debug, Serialize, ToSchema)]
pub struct BatchResponse {
    /// One result per article, at the article's index.
    pub results: Vec<BatchSlot>,
    /// Articles analysed (slots with `status` 200).
    pub succeeded: usize,
    /// Articles that failed (slots with an `error`).
    pub failed: usize,
}

/// The outcome for one article: its analysis, or the problem that stopped it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BatchSlot {
    /// Position of the article in `articles`.
    pub index: usize,
    /// The status `/v1/analyze` would have answered for this article alone.
    pub status: u16,
    /// The analysis, when `status` is 200; exactly as `/v1/analyze` answers it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<AnalyzeResponse>,
    /// The problem, when `status` is not 200; exactly as `/v1/analyze` would answer it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<Problem>,
}

/// Analyse several articles in one call.
///
/// Each article is a `/v1/analyze` JSON body with its own options; they are analysed in
/// parallel. The call answers 200 whenever the batch itself is valid: each slot holds the
/// article's analysis or its own problem (one bad article never fails the others). At most 16
/// articles by default (`COPYDESK_BATCH_MAX`) and 8 MiB of body (`COPYDESK_BATCH_BODY_LIMIT`);
/// every article obeys the usual text limits and time budget.
#[utoipa::path(
    tag = "analysis",
    request_body(content = BatchRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "One slot per article: its analysis or its problem.", body = BatchResponse),
        AnalysisErrors,
    )
)]
#[post("/analyze/batch")]
#[tracing::instrument(name = "analyze_batch", skip_all)]
pub async fn batch(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let articles = request::batch(&req, payload, &state.limits).await?;
    if state.detector().is_none() {
        return Err(ApiError::new(
            ErrorCode::NotReady,
            "language models are still loading; retry in a second",
        ));
    }
    let slots = articles.into_iter().enumerate().map(|(index, value)| {
        let state = state.clone();
        async move {
            let limits = state.limits;
            // Parsing HTML is CPU work too: off the executor, like the analysis.
            let article = web::block(move || request::batch_article(value, &limits))
                .await
                .unwrap_or_else(|_| {
                    Err(ApiError::new(
                        ErrorCode::Internal,
                        "the article could not be read",
                    ))
                });
            let outcome = match article {
                Ok(article) => run(&state, article, analyze::answer).await,
                Err(e) => Err(e),
            };
            match outcome {
                Ok(result) => BatchSlot {
                    index,
                    status: 200,
                    result: Some(result),
                    error: None,
                },
                Err(e) => {
                    let problem = e.problem();
                    BatchSlot {
                        index,
                        status: problem.status,
                        result: None,
                        error: Some(problem),
                    }
                }
            }
        }
    });
    let results = join_all(slots).await;
    let succeeded = results.iter().filter(|s| s.status == 200).count();
    Ok(HttpResponse::Ok().json(BatchResponse {
        failed: results.len() - succeeded,
        succeeded,
        results,
    }))
}
