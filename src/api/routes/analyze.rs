//! `POST /v1/analyze`: everything in one answer.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::analysis::summarize;
use crate::api::error::{AnalysisErrors, ApiError};
use crate::api::examples;
use crate::api::request::{self, AnalyzeRequest};
use crate::api::response::{self, AnalyzeResponse, BiasDto, HedgingDto, SourcingDto, SummaryDto};
use crate::api::routes::{run, Context};
use crate::api::state::AppState;

/// Analyse an article: language, sentences, summary, hedging, sourcing and bias.
///
/// Send JSON, or the bare article as `text/plain` or `text/html` with options in the query string
/// (`curl --data-binary @article.txt -H 'Content-Type: text/plain' .../v1/analyze?offset_encoding=utf16`).
/// Every `start`/`end` is in the requested `offset_encoding`; slicing the analysed text there gives `text`.
#[utoipa::path(
    tag = "analysis",
    params(request::ArticleQuery, request::SummaryParams),
    request_body(
        description = "The article and options. Exactly one of `text` and `html`.",
        content(
            (AnalyzeRequest = "application/json"),
            (String = "text/plain", example = json!(examples::ARTICLE)),
            (String = "text/html", example = json!("<article><h1>Deminers</h1><p>Analysts suggest the deployment could grow.</p></article>")),
        )
    ),
    responses(
        (status = 200, description = "The full analysis.", body = AnalyzeResponse),
        AnalysisErrors,
    )
)]
#[post("/analyze")]
#[tracing::instrument(name = "analyze", skip_all)]
pub async fn analyze(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let article = request::analyze(&req, payload, &state.limits).await?;
    let answer = run(&state, article, answer).await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The answer for a prepared article (also used to build the documented example).
pub fn answer(ctx: Context) -> AnalyzeResponse {
    let spans = ctx.sentence_spans();
    let summary = summarize::summarize(
        &ctx.doc.text,
        &spans,
        &ctx.doc.paragraph_of(),
        &ctx.code,
        &ctx.article.summary,
    );
    let hedging = ctx.hedging();
    let sourcing = ctx.sourcing();
    let bias = ctx.bias(&hedging, &sourcing);
    let off = ctx.offsets();
    AnalyzeResponse {
        language: ctx.language.clone(),
        document: ctx.document(),
        sentences: response::sentences(&ctx.doc, &off),
        summary: SummaryDto::new(&summary, &off),
        hedging: HedgingDto::new(&hedging, &off),
        sourcing: SourcingDto::new(&sourcing, &off),
        bias: BiasDto::new(&bias, &off),
        warnings: ctx.warnings(&[
            &summary.warnings,
            &hedging.warnings,
            &sourcing.warnings,
            &bias.warnings,
        ]),
    }
}
