//! `POST /v1/summarize`: the extractive summary alone.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::analysis::summarize as core;
use crate::api::error::{AnalysisErrors, ApiError};
use crate::api::examples;
use crate::api::request::{self, SummarizeRequest};
use crate::api::response::{SummarizeResponse, SummaryDto};
use crate::api::routes::{run, Context};
use crate::api::state::AppState;

/// Summarise an article: its most important sentences, in original order, with scores and ranks.
///
/// Length: at most one of `sentences`, `ratio` and `max_chars` (default 3 sentences). Whole sentences
/// only; `max_chars` is exceeded only when the single best sentence alone is longer, which `warnings` says.
#[utoipa::path(
    tag = "analysis",
    params(request::ArticleQuery, request::SummaryParams),
    request_body(
        description = "The article, the length and the algorithm. Exactly one of `text` and `html`.",
        content(
            (SummarizeRequest = "application/json"),
            (String = "text/plain", example = json!(examples::ARTICLE)),
            (String = "text/html"),
        )
    ),
    responses(
        (status = 200, description = "The summary.", body = SummarizeResponse),
        AnalysisErrors,
    )
)]
#[post("/summarize")]
#[tracing::instrument(name = "summarize", skip_all)]
pub async fn summarize(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let article = request::summarize(&req, payload, &state.limits).await?;
    let answer = run(&state, article, answer).await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The answer for a prepared article (also used to build the documented example).
pub fn answer(ctx: Context) -> SummarizeResponse {
    let summary = core::summarize(
        &ctx.doc.text,
        &ctx.sentence_spans(),
        &ctx.doc.paragraph_of(),
        &ctx.code,
        &ctx.article.summary,
    );
    SummarizeResponse {
        language: ctx.language.clone(),
        summary: SummaryDto::new(&summary, &ctx.offsets()),
        warnings: ctx.warnings(&[&summary.warnings]),
        document: ctx.document(),
    }
}
