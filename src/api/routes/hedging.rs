//! `POST /v1/hedging`: hedging and speculation markers.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::api::error::{AnalysisErrors, ApiError};
use crate::api::examples;
use crate::api::request::{self, ArticleRequest};
use crate::api::response::{HedgingDto, HedgingResponse};
use crate::api::routes::{run, Context};
use crate::api::state::AppState;

/// Find hedging and speculation: every marker with its span, category and strength, each
/// sentence's uncertainty, and totals per category.
#[utoipa::path(
    tag = "analysis",
    params(request::ArticleQuery),
    request_body(
        description = "The article. Exactly one of `text` and `html`.",
        content(
            (ArticleRequest = "application/json"),
            (String = "text/plain", example = json!(examples::ARTICLE)),
            (String = "text/html"),
        )
    ),
    responses(
        (status = 200, description = "The hedging analysis.", body = HedgingResponse),
        AnalysisErrors,
    )
)]
#[post("/hedging")]
#[tracing::instrument(name = "hedging", skip_all)]
pub async fn hedging(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let article = request::article(&req, payload, &state.limits).await?;
    let answer = run(&state, article, answer).await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The answer for a prepared article (also used to build the documented example).
pub fn answer(ctx: Context) -> HedgingResponse {
    let found = ctx.hedging();
    HedgingResponse {
        language: ctx.language.clone(),
        hedging: HedgingDto::new(&found, &ctx.offsets()),
        warnings: ctx.warnings(&[&found.warnings]),
        document: ctx.document(),
    }
}
