//! Request bodies and their conversion into a validated [`Article`] (parse, don't validate).
//!
//! A body is JSON, or the bare article as `text/plain` / `text/html` with options in the query
//! string. Both become the same [`Article`]; all checks live here so handlers only analyse.

use actix_web::http::header;
use actix_web::{web, HttpRequest};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::analysis::input;
use crate::analysis::language;
use crate::analysis::summarize::{Algorithm, Length, SummaryOptions};
use crate::api::error::{ApiError, ErrorCode};
use crate::api::examples;
use crate::api::offsets::OffsetEncoding;
use crate::api::state::Limits;

/// Summary algorithm names, for the documentation of `algorithm`.
#[derive(ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum AlgorithmName {
    /// copydesk's best method: centrality, position, title similarity, redundancy control.
    Default,
    /// TextRank (Mihalcea & Tarau 2004): word-overlap graph, PageRank.
    Textrank,
    /// LexRank (Erkan & Radev 2004): TF-IDF cosine graph with threshold, power iteration.
    Lexrank,
    /// The first sentences of the article.
    Lead,
}

/// An ISO 639-1 language code (lower case), for the documentation of `language`.
pub struct LanguageCode;

impl utoipa::PartialSchema for LanguageCode {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        let mut codes: Vec<&str> = isolang::languages().filter_map(|l| l.to_639_1()).collect();
        codes.sort_unstable();
        codes.dedup();
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "ISO 639-1 code of a language (any, not only the detected ones).",
            ))
            .enum_values(Some(codes))
            .examples([serde_json::json!("en")])
            .into()
    }
}

impl ToSchema for LanguageCode {}

/// `2` and `2.0` alike: JSON Schema's `integer` admits whole-valued numbers, so clients
/// generated from the OpenAPI document may send them.
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Int(i64),
        Float(f64),
    }
    match Option::<Number>::deserialize(d)? {
        None => Ok(None),
        Some(Number::Int(i)) => Ok(Some(i)),
        Some(Number::Float(f)) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Some(f as i64)),
        Some(Number::Float(f)) => Err(serde::de::Error::custom(format!(
            "expected a whole number, got {f}"
        ))),
    }
}

/// An article to analyse, with the options every endpoint shares.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": examples::ARTICLE}))]
pub struct ArticleRequest {
    /// The article as plain text; paragraphs separated by line breaks. Exactly one of `text` and `html`.
    pub text: Option<String>,
    /// The article as HTML; its extracted text is analysed and returned as `document.text`.
    pub html: Option<String>,
    /// The headline, when it is not part of `text`; used by the summarizer.
    #[schema(example = "North Korean deminers in Kursk")]
    pub title: Option<String>,
    /// ISO 639-1 code of the article's language; skips detection.
    #[schema(value_type = Option<LanguageCode>, example = "en")]
    pub language: Option<String>,
    /// Unit of every `start`/`end` of the answer: `utf32` (code points, default), `utf16` (JavaScript), `utf8` (bytes).
    #[schema(value_type = Option<OffsetEncoding>)]
    pub offset_encoding: Option<String>,
}

/// Length and algorithm of a summary; give at most one of `sentences`, `ratio` and `max_chars`
/// (none: 3 sentences).
#[derive(Debug, Default, Clone, Deserialize, ToSchema, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SummaryParams {
    /// Number of sentences, at least 1.
    #[schema(example = 3, minimum = 1)]
    #[param(minimum = 1)]
    #[serde(default, deserialize_with = "whole_number")]
    pub sentences: Option<i64>,
    /// Share of the article's sentences, in (0, 1]; rounded up.
    #[schema(example = 0.2)]
    #[schema(exclusive_minimum = 0.0, maximum = 1.0)]
    #[param(exclusive_minimum = 0.0, maximum = 1.0)]
    pub ratio: Option<f64>,
    /// Character budget (code points, spaces between sentences included), at least 1; whole sentences only.
    #[schema(example = 300, minimum = 1)]
    #[param(minimum = 1)]
    #[serde(default, deserialize_with = "whole_number")]
    pub max_chars: Option<i64>,
    /// Ranking algorithm: `default`, `textrank`, `lexrank` or `lead`.
    #[schema(value_type = Option<AlgorithmName>)]
    #[param(value_type = Option<AlgorithmName>)]
    pub algorithm: Option<String>,
}

/// `POST /v1/analyze`: the article and the summary options.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": examples::ARTICLE, "summary": {"sentences": 3, "algorithm": "default"}}))]
pub struct AnalyzeRequest {
    /// The article as plain text. Exactly one of `text` and `html`.
    pub text: Option<String>,
    /// The article as HTML.
    pub html: Option<String>,
    /// The headline, when it is not part of `text`.
    pub title: Option<String>,
    /// ISO 639-1 code; skips detection.
    #[schema(value_type = Option<LanguageCode>)]
    pub language: Option<String>,
    /// Unit of every `start`/`end`: `utf32` (default), `utf16`, `utf8`.
    #[schema(value_type = Option<OffsetEncoding>)]
    pub offset_encoding: Option<String>,
    /// Summary length and algorithm.
    pub summary: Option<SummaryParams>,
}

/// `POST /v1/summarize`: the article, a length (at most one of `sentences`, `ratio`, `max_chars`) and an algorithm.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": examples::ARTICLE, "sentences": 3, "algorithm": "default"}))]
pub struct SummarizeRequest {
    /// The article as plain text. Exactly one of `text` and `html`.
    pub text: Option<String>,
    /// The article as HTML.
    pub html: Option<String>,
    /// The headline, when it is not part of `text`; sentences close to it rank higher.
    pub title: Option<String>,
    /// ISO 639-1 code; skips detection.
    #[schema(value_type = Option<LanguageCode>)]
    pub language: Option<String>,
    /// Unit of every `start`/`end`: `utf32` (default), `utf16`, `utf8`.
    #[schema(value_type = Option<OffsetEncoding>)]
    pub offset_encoding: Option<String>,
    /// Number of sentences, at least 1.
    #[schema(minimum = 1)]
    #[serde(default, deserialize_with = "whole_number")]
    pub sentences: Option<i64>,
    /// Share of the article's sentences, in (0, 1].
    #[schema(exclusive_minimum = 0.0, maximum = 1.0)]
    pub ratio: Option<f64>,
    /// Character budget, at least 1.
    #[schema(minimum = 1)]
    #[serde(default, deserialize_with = "whole_number")]
    pub max_chars: Option<i64>,
    /// `default`, `textrank`, `lexrank` or `lead`.
    #[schema(value_type = Option<AlgorithmName>)]
    pub algorithm: Option<String>,
}

/// Options in the query string, for `text/plain` and `text/html` bodies (JSON bodies may use them too;
/// a field in the body wins).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ArticleQuery {
    /// Unit of every `start`/`end`: `utf32` (default), `utf16`, `utf8`.
    #[param(value_type = Option<OffsetEncoding>)]
    pub offset_encoding: Option<String>,
    /// ISO 639-1 code; skips detection.
    #[param(value_type = Option<LanguageCode>)]
    pub language: Option<String>,
    /// The headline, when it is not part of the body.
    pub title: Option<String>,
}

/// Query string of the summary endpoints: the article options plus the summary options.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryQuery {
    pub offset_encoding: Option<String>,
    pub language: Option<String>,
    pub title: Option<String>,
    pub sentences: Option<i64>,
    pub ratio: Option<f64>,
    pub max_chars: Option<i64>,
    pub algorithm: Option<String>,
}

/// A validated request: the text to analyse and every option resolved.
#[derive(Debug, Clone)]
pub struct Article {
    /// The analysed text: the body as sent, or the text extracted from HTML.
    pub text: String,
    /// True when the text was extracted from HTML (it is then returned as `document.text`).
    pub from_html: bool,
    pub title: Option<String>,
    /// Validated ISO 639-1 code given by the client.
    pub language: Option<String>,
    pub encoding: OffsetEncoding,
    pub summary: SummaryOptions,
}

impl Article {
    /// Plain text with every option at its default, as a bare `text/plain` body gives it (OpenAPI examples,
    /// benchmarks, `examples/answer.rs`).
    pub fn plain(text: String) -> Self {
        Article {
            text,
            from_html: false,
            title: None,
            language: None,
            encoding: OffsetEncoding::default(),
            summary: Default::default(),
        }
    }
}

/// How the body arrived.
enum BodyKind {
    Json,
    Text,
    Html,
}

/// Reads the body (up to `limits.body_bytes`, within `limits.timeout`) and decides how to parse it
/// from `Content-Type`.
async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    limits: &Limits,
) -> Result<(BodyKind, Vec<u8>), ApiError> {
    let kind = body_kind(req)?;
    let limit = limits.body_bytes;
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("the body is larger than the limit of {limit} bytes"),
        )
    };
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<usize>().ok())
    {
        if len > limit {
            return Err(too_large());
        }
    }
    let read = async {
        let mut body = Vec::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk
                .map_err(|e| ApiError::invalid_request(format!("could not read the body: {e}")))?;
            if body.len() + chunk.len() > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    };
    // A slow sender is cut off instead of holding a connection and a buffer indefinitely.
    let body = tokio::time::timeout(limits.timeout, read)
        .await
        .map_err(|_| {
            ApiError::new(
                ErrorCode::RequestTimeout,
                format!(
                    "the body did not arrive within {} s",
                    limits.timeout.as_secs()
                ),
            )
        })??;
    Ok((kind, body))
}

fn body_kind(req: &HttpRequest) -> Result<BodyKind, ApiError> {
    let unsupported = |what: &str| {
        ApiError::new(
            ErrorCode::UnsupportedMediaType,
            format!("{what}; send application/json, text/plain or text/html (UTF-8)"),
        )
    };
    let Some(value) = req.headers().get(header::CONTENT_TYPE) else {
        return Err(unsupported("no Content-Type header"));
    };
    let value = value
        .to_str()
        .map_err(|_| unsupported("unreadable Content-Type"))?
        .to_ascii_lowercase();
    let mut parts = value.split(';').map(str::trim);
    let mime = parts.next().unwrap_or_default();
    for param in parts {
        if let Some(charset) = param.strip_prefix("charset=") {
            let charset = charset.trim_matches('"');
            if charset != "utf-8" && charset != "utf8" && charset != "us-ascii" {
                return Err(unsupported(&format!("charset {charset} is not supported")));
            }
        }
    }
    match mime {
        "application/json" => Ok(BodyKind::Json),
        m if m.starts_with("application/") && m.ends_with("+json") => Ok(BodyKind::Json),
        "text/plain" => Ok(BodyKind::Text),
        "text/html" => Ok(BodyKind::Html),
        other => Err(unsupported(&format!(
            "Content-Type {other} is not accepted"
        ))),
    }
}

fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let text = std::str::from_utf8(body).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidJson,
            format!("the body is not UTF-8: {e}"),
        )
    })?;
    serde_json::from_str(text).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => ApiError::invalid_request(e.to_string()),
            Category::Syntax | Category::Eof | Category::Io => {
                ApiError::new(ErrorCode::InvalidJson, e.to_string())
            }
        }
    })
}

fn parse_query<T: DeserializeOwned + Default>(req: &HttpRequest) -> Result<T, ApiError> {
    if req.query_string().is_empty() {
        return Ok(T::default());
    }
    web::Query::<T>::from_query(req.query_string())
        .map(web::Query::into_inner)
        .map_err(|e| ApiError::invalid_request(format!("query string: {e}")))
}

fn text_body(body: Vec<u8>) -> Result<String, ApiError> {
    String::from_utf8(body).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidJson,
            format!("the body is not UTF-8: {e}"),
        )
    })
}

/// The common fields before validation.
struct Raw {
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
    language: Option<String>,
    offset_encoding: Option<String>,
    summary: SummaryParams,
}

/// Reads an article request for `/v1/hedging`, `/v1/sourcing` and `/v1/bias`.
pub async fn article(
    req: &HttpRequest,
    payload: web::Payload,
    limits: &Limits,
) -> Result<Article, ApiError> {
    let (kind, body) = read_body(req, payload, limits).await?;
    let q: ArticleQuery = parse_query(req)?;
    let mut raw = Raw {
        text: None,
        html: None,
        title: q.title,
        language: q.language,
        offset_encoding: q.offset_encoding,
        summary: SummaryParams::default(),
    };
    check_query(&raw)?;
    match kind {
        BodyKind::Json => {
            let b: ArticleRequest = parse_json(&body)?;
            raw.text = b.text;
            raw.html = b.html;
            raw.title = b.title.or(raw.title);
            raw.language = b.language.or(raw.language);
            raw.offset_encoding = b.offset_encoding.or(raw.offset_encoding);
        }
        BodyKind::Text => raw.text = Some(text_body(body)?),
        BodyKind::Html => raw.html = Some(text_body(body)?),
    }
    validate(raw, limits)
}

/// Reads a `/v1/analyze` request (summary options nested under `summary` in JSON).
pub async fn analyze(
    req: &HttpRequest,
    payload: web::Payload,
    limits: &Limits,
) -> Result<Article, ApiError> {
    let (kind, body) = read_body(req, payload, limits).await?;
    let q: SummaryQuery = parse_query(req)?;
    let mut raw = from_summary_query(q);
    check_query(&raw)?;
    match kind {
        BodyKind::Json => apply_analyze(parse_json(&body)?, &mut raw),
        BodyKind::Text => raw.text = Some(text_body(body)?),
        BodyKind::Html => raw.html = Some(text_body(body)?),
    }
    validate(raw, limits)
}

/// Fields of a `/v1/analyze` JSON body over what the query string gave.
fn apply_analyze(b: AnalyzeRequest, raw: &mut Raw) {
    raw.text = b.text;
    raw.html = b.html;
    raw.title = b.title.or(raw.title.take());
    raw.language = b.language.or(raw.language.take());
    raw.offset_encoding = b.offset_encoding.or(raw.offset_encoding.take());
    if let Some(s) = b.summary {
        raw.summary = merge_summary(s, std::mem::take(&mut raw.summary));
    }
}

/// `POST /v1/analyze/batch`: several articles, each with its own options.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"articles": [
    {"text": "Analysts suggest the talks could resume next week, officials said."},
    {"html": "<p>The minister said the plan was \u{201c}a turning point\u{201d}.</p>", "offset_encoding": "utf16"}
]}))]
pub struct BatchRequest {
    /// The articles, each an object exactly as the body of `/v1/analyze` (`AnalyzeRequest`); at
    /// least 1 and at most the batch limit (default 16). An article that is not a valid
    /// `/v1/analyze` body fails only its own slot, with the problem `/v1/analyze` would answer.
    #[schema(value_type = Vec<Object>, min_items = 1, max_items = 16)]
    pub articles: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// Reads a `/v1/analyze/batch` request: the envelope is checked here, each article is left to
/// [`batch_article`] so one bad article fails only its own slot.
pub async fn batch(
    req: &HttpRequest,
    payload: web::Payload,
    limits: &Limits,
) -> Result<Vec<serde_json::Map<String, serde_json::Value>>, ApiError> {
    let batch_limits = Limits {
        body_bytes: limits.batch_body_bytes,
        ..*limits
    };
    let (kind, body) = read_body(req, payload, &batch_limits).await?;
    if !matches!(kind, BodyKind::Json) {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "a batch is JSON: {\"articles\": [{\"text\": ...}, ...]}",
        ));
    }
    if !req.query_string().is_empty() {
        return Err(ApiError::invalid_request(
            "a batch takes no query parameters; put options in each article",
        ));
    }
    let b: BatchRequest = parse_json(&body)?;
    if b.articles.is_empty() {
        return Err(ApiError::invalid_request("`articles` is empty"));
    }
    if b.articles.len() > limits.batch_articles {
        return Err(ApiError::new(
            ErrorCode::TooManyArticles,
            format!(
                "the batch has {} articles; the limit is {}",
                b.articles.len(),
                limits.batch_articles
            ),
        ));
    }
    Ok(b.articles)
}

/// One article of a batch, parsed and validated as a `/v1/analyze` JSON body.
pub fn batch_article(
    value: serde_json::Map<String, serde_json::Value>,
    limits: &Limits,
) -> Result<Article, ApiError> {
    let b: AnalyzeRequest = serde_json::from_value(serde_json::Value::Object(value))
        .map_err(|e| ApiError::invalid_request(e.to_string()))?;
    let mut raw = from_summary_query(SummaryQuery::default());
    apply_analyze(b, &mut raw);
    validate(raw, limits)
}

/// Reads a `/v1/summarize` request (summary options at the top level).
pub async fn summarize(
    req: &HttpRequest,
    payload: web::Payload,
    limits: &Limits,
) -> Result<Article, ApiError> {
    let (kind, body) = read_body(req, payload, limits).await?;
    let q: SummaryQuery = parse_query(req)?;
    let mut raw = from_summary_query(q);
    check_query(&raw)?;
    match kind {
        BodyKind::Json => {
            let b: SummarizeRequest = parse_json(&body)?;
            raw.text = b.text;
            raw.html = b.html;
            raw.title = b.title.or(raw.title);
            raw.language = b.language.or(raw.language);
            raw.offset_encoding = b.offset_encoding.or(raw.offset_encoding);
            let s = SummaryParams {
                sentences: b.sentences,
                ratio: b.ratio,
                max_chars: b.max_chars,
                algorithm: b.algorithm,
            };
            raw.summary = merge_summary(s, raw.summary);
        }
        BodyKind::Text => raw.text = Some(text_body(body)?),
        BodyKind::Html => raw.html = Some(text_body(body)?),
    }
    validate(raw, limits)
}

fn from_summary_query(q: SummaryQuery) -> Raw {
    Raw {
        text: None,
        html: None,
        title: q.title,
        language: q.language,
        offset_encoding: q.offset_encoding,
        summary: SummaryParams {
            sentences: q.sentences,
            ratio: q.ratio,
            max_chars: q.max_chars,
            algorithm: q.algorithm,
        },
    }
}

/// Body options win; the query fills in what the body leaves out. A length given in the body
/// replaces any length in the query, so the two never combine into an ambiguous request.
fn merge_summary(body: SummaryParams, query: SummaryParams) -> SummaryParams {
    let body_has_length =
        body.sentences.is_some() || body.ratio.is_some() || body.max_chars.is_some();
    let (sentences, ratio, max_chars) = if body_has_length {
        (body.sentences, body.ratio, body.max_chars)
    } else {
        (query.sentences, query.ratio, query.max_chars)
    };
    SummaryParams {
        sentences,
        ratio,
        max_chars,
        algorithm: body.algorithm.or(query.algorithm),
    }
}

/// The options of a request, checked: offset encoding and language code.
fn encoding_and_language(
    offset_encoding: Option<&str>,
    language: Option<&str>,
) -> Result<(OffsetEncoding, Option<String>), ApiError> {
    let encoding = match offset_encoding {
        None => OffsetEncoding::default(),
        Some(e) => OffsetEncoding::parse(e).ok_or_else(|| {
            ApiError::invalid_option(format!(
                "unknown offset_encoding `{e}`: use utf32, utf16 or utf8"
            ))
        })?,
    };
    let language = match language {
        None => None,
        Some(code) => {
            let lower = code.trim().to_ascii_lowercase();
            if language::name_of(&lower).is_none() {
                return Err(ApiError::invalid_option(format!(
                    "unknown language code `{code}`: use an ISO 639-1 code such as `en`"
                )));
            }
            Some(lower)
        }
    };
    Ok((encoding, language))
}

/// Checks the options given in the query string on their own, before a JSON body may override
/// them: an invalid parameter is an error even when the body gives a valid value.
fn check_query(raw: &Raw) -> Result<(), ApiError> {
    encoding_and_language(raw.offset_encoding.as_deref(), raw.language.as_deref())?;
    summary_options(raw.summary.clone(), None).map(|_| ())
}

fn validate(raw: Raw, limits: &Limits) -> Result<Article, ApiError> {
    let (encoding, language) =
        encoding_and_language(raw.offset_encoding.as_deref(), raw.language.as_deref())?;
    let summary = summary_options(raw.summary, raw.title.clone())?;
    let (text, from_html) = match (raw.text, raw.html) {
        (Some(_), Some(_)) => {
            return Err(ApiError::new(
                ErrorCode::AmbiguousInput,
                "give either `text` or `html`, not both",
            ));
        }
        (Some(t), None) => (t, false),
        (None, Some(h)) => (input::html_to_text(&h), true),
        (None, None) => {
            return Err(ApiError::new(
                ErrorCode::EmptyText,
                "no `text` or `html` given",
            ))
        }
    };
    if input::is_blank(&text) {
        let what = if from_html {
            "the HTML holds no text outside markup"
        } else {
            "the text is empty or only white space"
        };
        return Err(ApiError::new(ErrorCode::EmptyText, what));
    }
    let chars = text.chars().count();
    if chars > limits.max_chars {
        return Err(ApiError::new(
            ErrorCode::TextTooLong,
            format!(
                "the analysed text has {chars} characters; the limit is {}",
                limits.max_chars
            ),
        ));
    }
    let title = raw.title.filter(|t| !t.trim().is_empty());
    Ok(Article {
        text,
        from_html,
        title,
        language,
        encoding,
        summary,
    })
}

fn summary_options(p: SummaryParams, title: Option<String>) -> Result<SummaryOptions, ApiError> {
    let algorithm = match p.algorithm.as_deref() {
        None => Algorithm::default(),
        Some(a) => Algorithm::parse(a).ok_or_else(|| {
            ApiError::invalid_option(format!(
                "unknown algorithm `{a}`: use default, textrank, lexrank or lead"
            ))
        })?,
    };
    let given = [
        p.sentences.is_some(),
        p.ratio.is_some(),
        p.max_chars.is_some(),
    ]
    .iter()
    .filter(|g| **g)
    .count();
    if given > 1 {
        return Err(ApiError::invalid_option(
            "give at most one of `sentences`, `ratio` and `max_chars`",
        ));
    }
    let length = if let Some(n) = p.sentences {
        if n < 1 {
            return Err(ApiError::invalid_option(format!(
                "`sentences` must be at least 1, got {n}"
            )));
        }
        Length::Sentences(n.min(10_000) as usize)
    } else if let Some(r) = p.ratio {
        if !(r > 0.0 && r <= 1.0) {
            return Err(ApiError::invalid_option(format!(
                "`ratio` must be in (0, 1], got {r}"
            )));
        }
        Length::Ratio(r)
    } else if let Some(c) = p.max_chars {
        if c < 1 {
            return Err(ApiError::invalid_option(format!(
                "`max_chars` must be at least 1, got {c}"
            )));
        }
        Length::MaxChars(c as usize)
    } else {
        Length::default()
    };
    Ok(SummaryOptions {
        algorithm,
        length,
        title,
    })
}
