//! Hostile input never hurts: every request below is answered with 200 or a problem+json 4xx, in
//! bounded time, and the server keeps answering afterwards.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::helpers::app;

/// Generous: CI machines are slow and tests run in parallel; release figures are in README.
const BOUND: Duration = Duration::from_secs(8);

async fn send(content_type: &str, body: Vec<u8>) -> (u16, Value, Duration) {
    let app = app();
    let started = Instant::now();
    let res = app.post_raw("/v1/analyze", content_type, body).await;
    let status = res.status().as_u16();
    let is_problem = res
        .headers()
        .get("content-type")
        .is_some_and(|v| v == "application/problem+json");
    let body: Value = res.json().await.expect("a JSON answer");
    let elapsed = started.elapsed();
    assert!(
        status == 200 || (400..500).contains(&status),
        "status {status}: {body}"
    );
    assert_eq!(is_problem, status != 200, "problem+json exactly for errors");
    assert!(elapsed < BOUND, "took {elapsed:?}");
    // The server is unharmed.
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    (status, body, elapsed)
}

async fn text(body: String) -> (u16, Value) {
    let (s, b, _) = send("text/plain", body.into_bytes()).await;
    (s, b)
}

#[tokio::test]
async fn nul_and_control_characters_are_analysed() {
    let (status, body) =
        text("Officials\u{0} said\u{1} the\u{7} talks could fail.\u{1b}[31m Next.".repeat(200))
            .await;
    assert_eq!(status, 200);
    assert!(body["sentences"].as_array().unwrap().len() > 100);
}

#[tokio::test]
async fn lone_surrogates_in_json_are_invalid_json() {
    let (status, body, _) = send("application/json", br#"{"text": "a \ud800 b"}"#.to_vec()).await;
    assert_eq!((status, body["code"].as_str()), (400, Some("invalid_json")));
}

#[tokio::test]
async fn json_nested_100k_deep_is_refused() {
    let deep = format!(
        "{{\"text\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (status, _, _) = send("application/json", deep.into_bytes()).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_long_text_without_space_or_full_stop_is_analysed_or_refused_by_size() {
    let (status, _) = text("x".repeat(250_000)).await;
    assert_eq!(status, 200);
    let (status, body) = text("x".repeat(900_000)).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (413, Some("text_too_long"))
    );
}

#[tokio::test]
async fn too_many_sentences_are_refused_and_many_are_analysed() {
    let (status, body) = text("Go. ".repeat(60_000)).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (422, Some("too_many_sentences"))
    );
    let (status, body) = text("Word. ".repeat(9_000)).await;
    assert_eq!(status, 200);
    assert_eq!(body["sentences"].as_array().unwrap().len(), 9_000);
}

#[tokio::test]
async fn an_unclosed_quote_over_thousands_of_sentences_is_analysed() {
    let (status, _) = text(format!(
        "He said \u{201c}this is it. {}",
        "Another sentence follows here. ".repeat(5_000)
    ))
    .await;
    assert_eq!(status, 200);
    let (status, _) = text(format!(
        "‘It begins. {}",
        "Nobody closes it, he said. ".repeat(5_000)
    ))
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn repeated_reporting_verbs_stay_fast() {
    let (status, _) = text("he said that ".repeat(20_000)).await;
    assert_eq!(status, 200);
    let (status, _) = text("\u{201c}Yes,\u{201d} said Smith, ".repeat(10_000)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn html_nested_10000_deep_and_entity_floods_are_analysed() {
    let deep = format!(
        "{}Deep text here.{}",
        "<div><span>".repeat(10_000),
        "</span></div>".repeat(10_000)
    );
    let (status, body, _) = send("text/html", deep.into_bytes()).await;
    assert_eq!(status, 200);
    assert_eq!(body["document"]["text"], "Deep text here.");
    let (status, _, _) = send(
        "text/html",
        "&amp;&lt;&#128512;&nbsp;".repeat(30_000).into_bytes(),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn mixed_scripts_and_zero_width_characters_are_analysed() {
    let (status, _) = text("Hello мир 世界 مرحبا שלום नमस्ते. ".repeat(2_000)).await;
    assert_eq!(status, 200);
    let (status, _) = text("a\u{200b}b\u{200d}c\u{feff} ".repeat(30_000)).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn random_bytes_are_refused_and_random_text_is_analysed() {
    // A fixed linear congruential sequence: reproducible "random" input.
    let mut x: u32 = 12345;
    let mut next = || {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        x >> 8
    };
    let bytes: Vec<u8> = (0..100_000).map(|_| next() as u8).collect();
    let (status, _, _) = send("text/plain", bytes).await;
    assert_eq!(status, 400);
    let chars: String = (0..100_000)
        .filter_map(|_| char::from_u32(32 + next() % 0x2FD0))
        .collect();
    let (status, _) = text(chars).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn health_answers_while_an_analysis_runs() {
    let app = app();
    let heavy = tokio::spawn(async move {
        let app = crate::helpers::app();
        app.post_raw(
            "/v1/analyze",
            "text/plain",
            "Officials said the plan could fail. ".repeat(7_000),
        )
        .await
        .status()
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let started = Instant::now();
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "health took {:?}",
        started.elapsed()
    );
    assert_eq!(heavy.await.unwrap().as_u16(), 200);
}
