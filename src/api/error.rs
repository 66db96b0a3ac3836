//! The one error type of the HTTP layer, answered as `application/problem+json` (RFC 9457).
//!
//! Every failure, including actix's own (bad JSON, unknown route, wrong method), is turned into an
//! [`ApiError`] so clients always get the same shape: `type`, `title`, `status`, `detail`, `code`.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

/// Every error code the API answers with, one per kind of failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidJson,
    InvalidRequest,
    PayloadTooLarge,
    UnsupportedMediaType,
    EmptyText,
    AmbiguousInput,
    InvalidOption,
    TextTooLong,
    TooManySentences,
    RequestTimeout,
    Timeout,
    NotFound,
    MethodNotAllowed,
    NotReady,
    Internal,
    Unauthorized,
    RateLimited,
    TooManyArticles,
}

impl ErrorCode {
    /// `(status, code, title)` for each kind: the table of the contract.
    fn describe(self) -> (StatusCode, &'static str, &'static str) {
        use ErrorCode::*;
        match self {
            InvalidJson => (
                StatusCode::BAD_REQUEST,
                "invalid_json",
                "Body is not valid JSON",
            ),
            InvalidRequest => (
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request",
            ),
            PayloadTooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Payload too large",
            ),
            UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Unsupported media type",
            ),
            EmptyText => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "empty_text",
                "No text to analyse",
            ),
            AmbiguousInput => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "ambiguous_input",
                "Both text and html given",
            ),
            InvalidOption => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_option",
                "Invalid option",
            ),
            TextTooLong => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "text_too_long",
                "Text too long",
            ),
            TooManySentences => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "too_many_sentences",
                "Too many sentences",
            ),
            RequestTimeout => (
                StatusCode::REQUEST_TIMEOUT,
                "request_timeout",
                "Request not received in time",
            ),
            Timeout => (
                StatusCode::SERVICE_UNAVAILABLE,
                "timeout",
                "Analysis took too long",
            ),
            NotFound => (StatusCode::NOT_FOUND, "not_found", "Not found"),
            MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                "method_not_allowed",
                "Method not allowed",
            ),
            NotReady => (
                StatusCode::SERVICE_UNAVAILABLE,
                "not_ready",
                "Service not ready",
            ),
            Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
            ),
            Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Missing or invalid API key",
            ),
            RateLimited => (
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "Too many requests",
            ),
            TooManyArticles => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "too_many_articles",
                "Too many articles in the batch",
            ),
        }
    }
}

impl ErrorCode {
    /// The code for an error answer made outside the API's handlers (by a middleware or a
    /// library), from its status alone.
    pub fn for_status(status: StatusCode) -> Self {
        use ErrorCode::*;
        match status.as_u16() {
            401 => Unauthorized,
            404 => NotFound,
            405 => MethodNotAllowed,
            408 => RequestTimeout,
            413 => PayloadTooLarge,
            415 => UnsupportedMediaType,
            429 => RateLimited,
            s if s >= 500 => Internal,
            _ => InvalidRequest,
        }
    }
}

/// An error answer: a kind and a human explanation of this occurrence.
#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub detail: String,
    /// Methods to list in `Allow` for 405 answers.
    pub allow: Option<&'static str>,
    /// Seconds to put in `Retry-After` (429 answers).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        ApiError {
            code,
            detail: detail.into(),
            allow: None,
            retry_after: None,
        }
    }

    pub fn invalid_option(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidOption, detail)
    }

    pub fn invalid_request(detail: impl Into<String>) -> Self {
        Self::new(ErrorCode::InvalidRequest, detail)
    }

    pub fn problem(&self) -> Problem {
        let (status, code, title) = self.code.describe();
        Problem {
            problem_type: format!("https://copydesk.dev/problems/{code}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail: self.detail.clone(),
            code: code.to_string(),
        }
    }
}

/// A problem+json answer with exactly `status`, for error answers made outside the handlers.
pub fn problem_response(status: StatusCode, detail: impl Into<String>) -> HttpResponse {
    let mut problem = ApiError::new(ErrorCode::for_status(status), detail).problem();
    problem.status = status.as_u16();
    HttpResponse::build(status)
        .insert_header((header::CONTENT_TYPE, "application/problem+json"))
        .body(serde_json::to_string(&problem).unwrap_or_default())
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code.describe().1, self.detail)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code.describe().0
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status_code());
        res.insert_header((header::CONTENT_TYPE, "application/problem+json"));
        if let Some(allow) = self.allow {
            res.insert_header((header::ALLOW, allow));
        }
        if let Some(seconds) = self.retry_after {
            res.insert_header((header::RETRY_AFTER, seconds.to_string()));
        }
        if self.code == ErrorCode::Unauthorized {
            res.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"copydesk\""));
        }
        res.body(serde_json::to_string(&self.problem()).unwrap_or_default())
    }
}

/// A problem details object (RFC 9457) with copydesk's machine-readable `code`.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "type": "https://copydesk.dev/problems/invalid_option",
    "title": "Invalid option",
    "status": 422,
    "detail": "`sentences` must be at least 1",
    "code": "invalid_option"
}))]
pub struct Problem {
    /// URI identifying the kind of problem; one per `code`.
    #[serde(rename = "type")]
    pub problem_type: String,
    /// Short summary of the kind of problem, the same for every occurrence.
    pub title: String,
    /// HTTP status code of the answer.
    pub status: u16,
    /// Explanation of this occurrence: what was wrong and how to fix it.
    pub detail: String,
    /// Machine-readable error code: `invalid_json`, `invalid_request`, `payload_too_large`,
    /// `unsupported_media_type`, `empty_text`, `ambiguous_input`, `invalid_option`, `not_found`,
    /// `method_not_allowed`, `text_too_long`, `too_many_sentences`, `request_timeout`, `timeout`,
    /// `not_ready`, `internal`, `unauthorized`, `rate_limited`, `too_many_articles`.
    pub code: String,
}

impl ErrorCode {
    /// A typical `detail` for this kind, for the OpenAPI examples.
    fn example_detail(self) -> &'static str {
        use ErrorCode::*;
        match self {
            InvalidJson => "expected `,` or `}` at line 1 column 12",
            InvalidRequest => "unknown field `txt`, expected one of `text`, `html`, `title`, `language`, `offset_encoding`",
            PayloadTooLarge => "the body is larger than the limit of 1048576 bytes",
            UnsupportedMediaType => "Content-Type application/xml is not accepted; send application/json, text/plain or text/html (UTF-8)",
            EmptyText => "the text is empty or only white space",
            AmbiguousInput => "give either `text` or `html`, not both",
            InvalidOption => "`sentences` must be at least 1, got 0",
            TextTooLong => "the analysed text has 412000 characters; the limit is 300000",
            TooManySentences => "the text has 60000 sentences; the limit is 10000",
            RequestTimeout => "the body did not arrive within 10 s",
            Timeout => "the analysis did not finish within 10 s; send a shorter text",
            NotFound => "no endpoint at /v2/analyze",
            MethodNotAllowed => "/v1/analyze accepts POST",
            NotReady => "language models are still loading; retry in a second",
            Internal => "the analysis failed unexpectedly",
            Unauthorized => "send a valid API key as `Authorization: Bearer KEY` or `X-API-Key: KEY`",
            RateLimited => "more than 120 requests a minute from this client; retry in 3 s",
            TooManyArticles => "the batch has 40 articles; the limit is 16",
        }
    }
}

/// The error answers of every analysis endpoint, documented with one example per code.
pub struct AnalysisErrors;

impl utoipa::IntoResponses for AnalysisErrors {
    fn responses() -> std::collections::BTreeMap<
        String,
        utoipa::openapi::RefOr<utoipa::openapi::response::Response>,
    > {
        use utoipa::openapi::example::ExampleBuilder;
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        use ErrorCode::*;
        let groups: [(&[ErrorCode], &str); 10] = [
            (&[InvalidJson, InvalidRequest], "The body is not JSON or not UTF-8, a field has the wrong type, or a field or parameter is unknown."),
            (&[Unauthorized], "API keys are enabled and the request has none, or an unknown one."),
            (&[MethodNotAllowed], "The path accepts only POST."),
            (&[RequestTimeout], "The body did not arrive within the time limit (slow sender)."),
            (&[PayloadTooLarge, TextTooLong], "The body is over the size limit (default 1 MiB), or the analysed text over the character limit (default 300,000)."),
            (&[UnsupportedMediaType], "The Content-Type is not application/json, text/plain or text/html."),
            (&[EmptyText, AmbiguousInput, InvalidOption, TooManySentences, TooManyArticles], "No text to analyse, both `text` and `html`, an option out of range, more sentences than the limit (default 10,000), or more articles in a batch than its limit (default 16)."),
            (&[RateLimited], "The client sent more requests than its rate limit allows; `Retry-After` says when to retry."),
            (&[NotReady, Timeout], "The language models are still loading (only right after start), or the analysis exceeded its time budget (default 10 s)."),
            (&[Internal], "An unexpected failure; the detail never exposes internals."),
        ];
        groups
            .iter()
            .map(|(codes, description)| {
                let status = codes[0].describe().0.as_u16().to_string();
                let mut content =
                    ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem")));
                for code in *codes {
                    let problem = ApiError::new(*code, code.example_detail()).problem();
                    let example = ExampleBuilder::new()
                        .summary(problem.title.clone())
                        .value(Some(serde_json::to_value(&problem).unwrap_or_default()))
                        .build();
                    content = content.examples_from_iter([(problem.code.clone(), example)]);
                }
                let response = ResponseBuilder::new()
                    .description(*description)
                    .content("application/problem+json", content.build())
                    .build();
                (status, response.into())
            })
            .collect()
    }
}
