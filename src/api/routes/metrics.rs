//! `GET /metrics`: Prometheus metrics.

use actix_web::{get, web, HttpResponse};

use crate::api::state::AppState;

/// Prometheus metrics in the text exposition format: requests and latency per endpoint, method
/// and status, requests in flight, articles and characters analysed.
#[utoipa::path(
    tag = "operations",
    responses((status = 200, description = "Metrics in Prometheus text format 0.0.4.", body = String,
               content_type = "text/plain; version=0.0.4",
               example = "# HELP copydesk_http_requests_in_flight Requests being handled now.\n# TYPE copydesk_http_requests_in_flight gauge\ncopydesk_http_requests_in_flight 1\n"))
)]
#[get("/metrics")]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.render())
}
