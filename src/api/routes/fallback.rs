//! Answers for requests no route takes: 405 on a known path with the wrong method, else 404.
//!
//! actix answers both with an empty 404 by default; clients get problem+json instead.

use actix_web::{HttpRequest, HttpResponse, ResponseError};

use crate::api::error::{ApiError, ErrorCode};

/// Every routed path and the methods it accepts.
const ROUTES: &[(&str, &str)] = &[
    ("/v1/analyze", "POST"),
    ("/v1/analyze/batch", "POST"),
    ("/v1/summarize", "POST"),
    ("/v1/hedging", "POST"),
    ("/v1/sourcing", "POST"),
    ("/v1/bias", "POST"),
    ("/healthz", "GET"),
    ("/readyz", "GET"),
    ("/metrics", "GET"),
    ("/openapi.json", "GET"),
    ("/", "GET"),
    ("/examples/kursk-deminers.txt", "GET"),
];

pub async fn not_routed(req: HttpRequest) -> HttpResponse {
    let path = req.path();
    let error = match ROUTES.iter().find(|(p, _)| *p == path) {
        Some((p, allow)) => ApiError {
            allow: Some(allow),
            ..ApiError::new(
                ErrorCode::MethodNotAllowed,
                format!("{p} accepts {allow}, not {}", req.method()),
            )
        },
        None => ApiError::new(
            ErrorCode::NotFound,
            format!(
                "no endpoint at {}; see /swagger-ui/ for the API",
                req.path()
            ),
        ),
    };
    error.error_response()
}
