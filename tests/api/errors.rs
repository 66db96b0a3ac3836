//! One test per error of the contract: each request gets its status, its code and problem+json.

use serde_json::{json, Value};

use crate::helpers::app;

async fn expect_problem(res: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(res.status().as_u16(), status, "status for {code}");
    assert_eq!(
        res.headers()["content-type"],
        "application/problem+json",
        "content type for {code}"
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["code"], code);
    assert_eq!(body["status"], status);
    assert!(body["type"].as_str().unwrap().ends_with(code));
    assert!(!body["title"].as_str().unwrap().is_empty());
    assert!(!body["detail"].as_str().unwrap().is_empty());
    body
}

#[tokio::test]
async fn malformed_json_is_invalid_json() {
    let app = app();
    let res = app
        .post_raw("/v1/analyze", "application/json", "{\"text\": ")
        .await;
    expect_problem(res, 400, "invalid_json").await;
    let res = app
        .post_raw("/v1/hedging", "application/json", "not json")
        .await;
    expect_problem(res, 400, "invalid_json").await;
}

#[tokio::test]
async fn a_body_that_is_not_utf8_is_invalid_json() {
    let app = app();
    let res = app
        .post_raw(
            "/v1/analyze",
            "application/json",
            vec![b'{', 0xff, 0xfe, b'}'],
        )
        .await;
    expect_problem(res, 400, "invalid_json").await;
    let res = app
        .post_raw("/v1/analyze", "text/plain", vec![b'a', 0xc3, 0x28])
        .await;
    expect_problem(res, 400, "invalid_json").await;
}

#[tokio::test]
async fn wrong_types_and_unknown_fields_are_invalid_request() {
    let app = app();
    let res = app
        .client
        .post(app.url("/v1/analyze"))
        .json(&json!({"text": 42}))
        .send()
        .await
        .unwrap();
    expect_problem(res, 400, "invalid_request").await;
    let res = app
        .client
        .post(app.url("/v1/sourcing"))
        .json(&json!({"txt": "Hello."}))
        .send()
        .await
        .unwrap();
    let body = expect_problem(res, 400, "invalid_request").await;
    assert!(body["detail"].as_str().unwrap().contains("txt"));
    let res = app
        .client
        .post(app.url("/v1/summarize"))
        .json(&json!({"text": "A.", "sentences": "three"}))
        .send()
        .await
        .unwrap();
    expect_problem(res, 400, "invalid_request").await;
    let res = app
        .post_raw("/v1/hedging?bogus=1", "text/plain", "Some text.")
        .await;
    expect_problem(res, 400, "invalid_request").await;
}

#[tokio::test]
async fn a_body_over_the_limit_is_payload_too_large() {
    let app = app();
    let big = "word ".repeat(220_000);
    let res = app.post_raw("/v1/analyze", "text/plain", big).await;
    expect_problem(res, 413, "payload_too_large").await;
}

#[tokio::test]
async fn other_content_types_are_unsupported_media_type() {
    let app = app();
    for ct in [
        "application/xml",
        "application/x-www-form-urlencoded",
        "text/plain; charset=latin1",
    ] {
        let res = app.post_raw("/v1/analyze", ct, "text=hello").await;
        expect_problem(res, 415, "unsupported_media_type").await;
    }
    let res = app
        .client
        .post(app.url("/v1/analyze"))
        .body("hello")
        .send()
        .await
        .unwrap();
    expect_problem(res, 415, "unsupported_media_type").await;
}

#[tokio::test]
async fn no_text_is_empty_text() {
    let app = app();
    for body in [
        json!({}),
        json!({"text": ""}),
        json!({"text": " \n\t "}),
        json!({"html": "<p> </p><script>x()</script>"}),
    ] {
        let res = app
            .client
            .post(app.url("/v1/analyze"))
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(res, 422, "empty_text").await;
    }
    let res = app
        .post_raw(
            "/v1/summarize",
            "text/html",
            "<html><body><nav>Home</nav></body></html>",
        )
        .await;
    expect_problem(res, 422, "empty_text").await;
}

#[tokio::test]
async fn text_and_html_together_are_ambiguous_input() {
    let app = app();
    let res = app
        .client
        .post(app.url("/v1/analyze"))
        .json(&json!({"text": "A.", "html": "<p>A.</p>"}))
        .send()
        .await
        .unwrap();
    expect_problem(res, 422, "ambiguous_input").await;
}

#[tokio::test]
async fn options_out_of_range_are_invalid_option() {
    let app = app();
    let cases = [
        ("/v1/summarize", json!({"text": "A. B.", "ratio": 0})),
        ("/v1/summarize", json!({"text": "A. B.", "ratio": 1.5})),
        ("/v1/summarize", json!({"text": "A. B.", "sentences": 0})),
        ("/v1/summarize", json!({"text": "A. B.", "sentences": -2})),
        ("/v1/summarize", json!({"text": "A. B.", "max_chars": 0})),
        (
            "/v1/summarize",
            json!({"text": "A. B.", "sentences": 2, "ratio": 0.5}),
        ),
        (
            "/v1/summarize",
            json!({"text": "A. B.", "algorithm": "bert"}),
        ),
        (
            "/v1/analyze",
            json!({"text": "A. B.", "summary": {"algorithm": "magic"}}),
        ),
        (
            "/v1/hedging",
            json!({"text": "A. B.", "offset_encoding": "utf7"}),
        ),
        ("/v1/sourcing", json!({"text": "A. B.", "language": "xx"})),
        ("/v1/bias", json!({"text": "A. B.", "language": "english"})),
    ];
    for (path, body) in cases {
        let res = app
            .client
            .post(app.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        let problem = expect_problem(res, 422, "invalid_option").await;
        assert!(!problem["detail"].as_str().unwrap().is_empty(), "{body}");
    }
    let res = app
        .post_raw("/v1/summarize?ratio=0", "text/plain", "A. B.")
        .await;
    expect_problem(res, 422, "invalid_option").await;
}

#[tokio::test]
async fn unknown_paths_are_not_found() {
    let app = app();
    let res = app.client.get(app.url("/v2/analyze")).send().await.unwrap();
    expect_problem(res, 404, "not_found").await;
    let res = app.post_raw("/v1/analyse", "text/plain", "A.").await;
    expect_problem(res, 404, "not_found").await;
}

#[tokio::test]
async fn wrong_methods_are_method_not_allowed() {
    let app = app();
    for path in [
        "/v1/analyze",
        "/v1/summarize",
        "/v1/hedging",
        "/v1/sourcing",
        "/v1/bias",
    ] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.headers()["allow"], "POST");
        expect_problem(res, 405, "method_not_allowed").await;
    }
    let res = app.client.delete(app.url("/healthz")).send().await.unwrap();
    expect_problem(res, 405, "method_not_allowed").await;
}

/// An invalid query parameter is an error even when the JSON body sets the same option.
#[actix_web::test]
async fn invalid_query_options_are_errors_even_when_the_body_sets_them() {
    let app = app();
    let body = json!({"text": "The talks could fail.", "sentences": 1, "offset_encoding": "utf32"});
    for query in [
        "?sentences=0",
        "?offset_encoding=bogus",
        "?language=",
        "?algorithm=best",
    ] {
        let res = app
            .client
            .post(app.url(&format!("/v1/summarize{query}")))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422, "{query}");
    }
}

/// JSON Schema's `integer` admits `2.0`: whole-valued numbers are accepted, fractions are not.
#[actix_web::test]
async fn whole_valued_numbers_are_integers() {
    let app = app();
    let text = "One sentence here. Another sentence there. A third one.";
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": text, "sentences": 2.0}))
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["summary"]["sentences"].as_array().unwrap().len(), 2);
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": text, "sentences": 1.5}))
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("invalid_request"))
    );
}
