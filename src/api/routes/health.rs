//! Liveness and readiness probes.

use actix_web::{get, web, HttpResponse};

use crate::api::error::{ApiError, ErrorCode, Problem};
use crate::api::response::HealthDto;
use crate::api::state::AppState;

fn ok() -> HttpResponse {
    HttpResponse::Ok().json(HealthDto {
        status: "ok".into(),
        version: env!("CARGO_PKG_VERSION").into(),
    })
}

/// Liveness: answers as soon as the process serves HTTP.
#[utoipa::path(tag = "operations", responses((status = 200, description = "The process is alive.", body = HealthDto)))]
#[get("/healthz")]
pub async fn healthz() -> HttpResponse {
    ok()
}

/// Readiness: 200 once the language models are loaded, 503 before.
#[utoipa::path(
    tag = "operations",
    responses(
        (status = 200, description = "Ready to analyse.", body = HealthDto),
        (status = 503, description = "Models are still loading.", body = Problem, content_type = "application/problem+json",
         example = json!({"type": "https://copydesk.dev/problems/not_ready", "title": "Service not ready", "status": 503,
                          "detail": "language models are still loading", "code": "not_ready"})),
    )
)]
#[get("/readyz")]
pub async fn readyz(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    match state.detector() {
        Some(_) => Ok(ok()),
        None => Err(ApiError::new(
            ErrorCode::NotReady,
            "language models are still loading",
        )),
    }
}
