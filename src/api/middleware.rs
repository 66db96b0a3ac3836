//! What happens around every request: its id, its log line and metrics ([`observe`]); the API key,
//! rate limit and cache rules of `/v1/*` ([`guard`]); browser security headers ([`headers`]).
//!
//! Functions for `App::wrap_fn` rather than `Transform` types: they read [`AppState`] from the
//! request, so one definition serves every worker.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, ResponseError};

use crate::api::error::{problem_response, ApiError, ErrorCode};
use crate::api::state::AppState;

pub static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Strict policy for everything but HTML pages: nothing may load, nothing may frame it.
const API_CSP: &str = "default-src 'none'; frame-ancestors 'none'";

/// Headers every answer carries.
pub fn headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "no-referrer"))
}

/// The request id: the client's `X-Request-Id` when it is short printable ASCII, else a new one.
fn request_id(req: &ServiceRequest) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "{:x}-{:x}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            )
        })
}

/// Outermost: gives the request an id (echoed in `X-Request-Id`), turns any error a middleware
/// raised into problem+json, counts it in the metrics and logs one line for it.
pub fn observe<S, B>(
    mut req: ServiceRequest,
    srv: &S,
) -> impl Future<Output = Result<ServiceResponse, actix_web::Error>>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody + 'static,
{
    let started = Instant::now();
    let id = request_id(&req);
    if let Ok(v) = HeaderValue::from_str(&id) {
        req.headers_mut().insert(REQUEST_ID.clone(), v);
    }
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let in_flight = state.as_ref().map(|s| s.metrics.start());
    let method = req.method().to_string();
    let path = req.path().to_string();
    let fut = srv.call(req);
    async move {
        let outcome = fut.await;
        let seconds = started.elapsed().as_secs_f64();
        let (status, endpoint) = match &outcome {
            Ok(res) => (
                res.status(),
                res.request()
                    .match_pattern()
                    .unwrap_or_else(|| "unmatched".into()),
            ),
            Err(e) => (e.as_response_error().status_code(), "unmatched".into()),
        };
        if let Some(state) = &state {
            state
                .metrics
                .observe(&endpoint, &method, status.as_u16(), seconds);
        }
        drop(in_flight);
        tracing::info!(
            request_id = %id,
            method = %method,
            path = %path,
            status = status.as_u16(),
            latency_ms = seconds * 1000.0,
            "request"
        );
        let mut res = match outcome {
            Ok(res) => as_problem(res.map_into_boxed_body()),
            // A middleware refused the request: answer in the API's own error format.
            Err(e) => {
                return Err(ApiError::new(ErrorCode::for_status(status), e.to_string()).into());
            }
        };
        if let Ok(v) = HeaderValue::from_str(&id) {
            res.headers_mut().insert(REQUEST_ID.clone(), v);
        }
        Ok(res)
    }
}

/// Error answers made outside the handlers (a refused CORS preflight, a missing Swagger UI
/// asset) become problem+json like every other error, keeping their status and headers.
fn as_problem(res: ServiceResponse) -> ServiceResponse {
    let status = res.status();
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if !(status.is_client_error() || status.is_server_error()) || is_problem {
        return res;
    }
    let preflight = res.request().method() == actix_web::http::Method::OPTIONS
        && res.request().headers().contains_key(header::ORIGIN);
    let detail = if preflight {
        "CORS preflight refused: this origin, method or header is not allowed".to_string()
    } else {
        format!(
            "{} ({})",
            status.canonical_reason().unwrap_or("error"),
            res.request().path()
        )
    };
    let (req, old) = res.into_parts();
    let mut new = problem_response(status, detail);
    for (name, value) in old.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            new.headers_mut().append(name.clone(), value.clone());
        }
    }
    ServiceResponse::new(req, new)
}

/// Innermost, for `/v1/*`: checks the API key and the client's rate limit, and marks answers as
/// not cacheable (they describe a client's private draft) and not renderable.
pub fn guard<S>(
    req: ServiceRequest,
    srv: &S,
) -> impl Future<Output = Result<ServiceResponse<BoxBody>, actix_web::Error>>
where
    S: Service<ServiceRequest, Response = ServiceResponse<BoxBody>, Error = actix_web::Error>,
{
    let api = req.path().starts_with("/v1/");
    let refused = if api { refusal(&req) } else { None };
    let call = match refused {
        None => Ok(srv.call(req)),
        Some(e) => Err(req.into_response(e.error_response())),
    };
    async move {
        let mut res = match call {
            Ok(fut) => fut.await?,
            Err(res) => res,
        };
        let h = res.headers_mut();
        if api {
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        let html = h
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/html"));
        if !html && !h.contains_key(header::CONTENT_SECURITY_POLICY) {
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(API_CSP),
            );
        }
        Ok(res)
    }
}

/// Why an API request may not go on: no or a wrong key (401), or over its rate (429).
fn refusal(req: &ServiceRequest) -> Option<ApiError> {
    let state = req.app_data::<web::Data<AppState>>()?;
    let mut client = None;
    if !state.keys.is_empty() {
        let presented = crate::api::security::presented_key(req.headers());
        match presented.and_then(|k| state.keys.verify(k)) {
            Some(id) => client = Some(format!("key:{id}")),
            None => {
                let detail = if presented.is_some() {
                    "the API key is not valid"
                } else {
                    "this service needs an API key: send `Authorization: Bearer KEY` or `X-API-Key: KEY`"
                };
                return Some(ApiError::new(ErrorCode::Unauthorized, detail));
            }
        }
    }
    let limit = state.rate_limit.as_ref()?;
    let client = client.unwrap_or_else(|| {
        let ip = if state.trust_proxy {
            req.connection_info()
                .realip_remote_addr()
                .map(|a| a.to_string())
        } else {
            req.peer_addr().map(|a| a.ip().to_string())
        };
        format!("ip:{}", ip.unwrap_or_default())
    });
    let wait = limit.check(&client).err()?;
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    Some(ApiError {
        retry_after: Some(seconds),
        ..ApiError::new(
            ErrorCode::RateLimited,
            format!("this client is over its rate limit; retry in {seconds} s"),
        )
    })
}
