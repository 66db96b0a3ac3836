//! The request reader/validator (`api::request::{article, analyze, summarize}`) on arbitrary
//! bytes: Content-Type header, query string and body. No server and no actix System: the request
//! is built with `actix_web::test::TestRequest` and the async reader driven by a current-thread
//! tokio runtime (the reader's body timeout needs tokio's timer).
//!
//! Input layout: byte 0 picks the endpoint in its low 2 bits (0 article, 1 analyze, 2 summarize,
//! 3 batch: `request::batch` then `request::batch_article` on each article);
//! then `content-type \0 query \0 body` (a missing part is empty/absent). Header values and URIs
//! that `http` itself refuses are skipped: actix never hands them to the handler.
//!
//! Checks: never panics; an error is a 4xx with a problem body; an accepted article is non-blank,
//! within the character limit and has a valid language code.

#![no_main]

use std::sync::OnceLock;
use std::time::Duration;

use actix_web::http::header::{HeaderValue, CONTENT_TYPE};
use actix_web::http::Uri;
use actix_web::test::TestRequest;
use actix_web::{FromRequest, ResponseError};
use copydesk::analysis::{input, language};
use copydesk::api::request;
use copydesk::api::state::Limits;
use libfuzzer_sys::fuzz_target;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("runtime")
    })
}

/// Small limits so the size checks are reachable within -max_len.
fn limits() -> Limits {
    Limits {
        body_bytes: 8_000,
        max_chars: 2_000,
        batch_articles: 4,
        batch_body_bytes: 12_000,
        timeout: Duration::from_secs(10),
        ..Limits::default()
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let mut parts = rest.splitn(3, |&b| b == 0);
    let ctype = parts.next().unwrap_or_default();
    let query = parts.next().unwrap_or_default();
    let body = parts.next().unwrap_or_default().to_vec();

    let mut req = TestRequest::post();
    if !ctype.is_empty() {
        let Ok(v) = HeaderValue::from_bytes(ctype) else {
            return;
        };
        req = req.insert_header((CONTENT_TYPE, v));
    }
    let Ok(query) = std::str::from_utf8(query) else {
        return;
    };
    let uri = if query.is_empty() {
        "/v1/analyze".to_string()
    } else {
        format!("/v1/analyze?{query}")
    };
    if uri.parse::<Uri>().is_err() {
        return;
    }
    let (http_req, mut dev_payload) = req.uri(&uri).set_payload(body).to_http_parts();

    let limits = limits();
    let results = runtime().block_on(async {
        let payload = actix_web::web::Payload::from_request(&http_req, &mut dev_payload)
            .await
            .expect("payload extractor is infallible");
        match which & 3 {
            0 => vec![request::article(&http_req, payload, &limits).await],
            1 => vec![request::analyze(&http_req, payload, &limits).await],
            2 => vec![request::summarize(&http_req, payload, &limits).await],
            _ => match request::batch(&http_req, payload, &limits).await {
                Err(e) => vec![Err(e)],
                Ok(articles) => {
                    assert!(!articles.is_empty() && articles.len() <= limits.batch_articles);
                    articles
                        .into_iter()
                        .map(|a| request::batch_article(a, &limits))
                        .collect()
                }
            },
        }
    });

    for result in results {
        check(result, &limits);
    }
});

fn check(result: Result<request::Article, copydesk::api::error::ApiError>, limits: &Limits) {
    match result {
        Ok(article) => {
            assert!(!input::is_blank(&article.text), "blank article accepted");
            assert!(article.text.chars().count() <= limits.max_chars, "over-long article accepted");
            if let Some(code) = &article.language {
                assert!(language::name_of(code).is_some(), "invalid language {code:?} accepted");
            }
            if let Some(t) = &article.title {
                assert!(!t.trim().is_empty(), "blank title kept");
            }
        }
        Err(e) => {
            let status = e.status_code();
            assert!(status.is_client_error(), "request error answered {status}: {e:?}");
            let _ = e.error_response();
        }
    }
}
