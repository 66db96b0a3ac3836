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
    NotFound,
    MethodNotAllowed,
    NotReady,
    Internal,
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
}

impl ApiError {
    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        ApiError {
            code,
            detail: detail.into(),
            allow: None,
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
    /// `method_not_allowed`, `not_ready`, `internal`.
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
            NotFound => "no endpoint at /v2/analyze",
            MethodNotAllowed => "/v1/analyze accepts POST",
            NotReady => "language models are still loading; retry in a second",
            Internal => "the analysis failed unexpectedly",
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
        let groups: [(&[ErrorCode], &str); 7] = [
            (&[InvalidJson, InvalidRequest], "The body is not JSON or not UTF-8, a field has the wrong type, or a field or parameter is unknown."),
            (&[MethodNotAllowed], "The path accepts only POST."),
            (&[PayloadTooLarge], "The body is over the configured limit (default 1 MiB)."),
            (&[UnsupportedMediaType], "The Content-Type is not application/json, text/plain or text/html."),
            (&[EmptyText, AmbiguousInput, InvalidOption], "No text to analyse, both `text` and `html`, or an option out of range."),
            (&[NotReady], "The language models are still loading (only right after start)."),
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
