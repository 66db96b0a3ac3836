//! `POST /v1/sourcing`: the sourcing breakdown.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::api::error::{AnalysisErrors, ApiError};
use crate::api::examples;
use crate::api::request::{self, ArticleRequest};
use crate::api::response::{SourcingDto, SourcingResponse};
use crate::api::routes::{run, Context};
use crate::api::state::AppState;

/// Find every attribution (who said or reported what, quoted or reported) and the sources behind
/// them, resolved and grouped, with totals.
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
        (status = 200, description = "The sourcing breakdown.", body = SourcingResponse),
        AnalysisErrors,
    )
)]
#[post("/sourcing")]
#[tracing::instrument(name = "sourcing", skip_all)]
pub async fn sourcing(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let article = request::article(&req, payload, &state.limits).await?;
    let answer = run(&state, article, answer).await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The answer for a prepared article (also used to build the documented example).
pub fn answer(ctx: Context) -> SourcingResponse {
    let found = ctx.sourcing();
    SourcingResponse {
        language: ctx.language.clone(),
        sourcing: SourcingDto::new(&found, &ctx.offsets()),
        warnings: ctx.warnings(&[&found.warnings]),
        document: ctx.document(),
    }
}
