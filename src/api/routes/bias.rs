//! `POST /v1/bias`: bias indicators.

use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::api::error::{AnalysisErrors, ApiError};
use crate::api::examples;
use crate::api::request::{self, ArticleRequest};
use crate::api::response::{BiasDto, BiasResponse};
use crate::api::routes::{run, Context};
use crate::api::state::AppState;

/// Rate the article's slant: flagged words (loaded language, contentious labels, doubt,
/// presupposition, intensifiers, subjective words) in the writer's voice or in quotes, a verdict
/// per sentence with its reasons, and article indicators built on hedging and sourcing.
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
        (status = 200, description = "The bias indicators.", body = BiasResponse),
        AnalysisErrors,
    )
)]
#[post("/bias")]
#[tracing::instrument(name = "bias", skip_all)]
pub async fn bias(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let article = request::article(&req, payload, &state.limits).await?;
    let answer = run(&state, article, answer).await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// The answer for a prepared article (also used to build the documented example).
pub fn answer(ctx: Context) -> BiasResponse {
    let hedging = ctx.hedging();
    let sourcing = ctx.sourcing();
    let found = ctx.bias(&hedging, &sourcing);
    BiasResponse {
        language: ctx.language.clone(),
        bias: BiasDto::new(&found, &ctx.offsets()),
        warnings: ctx.warnings(&[&found.warnings]),
        document: ctx.document(),
    }
}
