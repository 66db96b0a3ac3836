//! Metrics and request ids.

use serde_json::json;

use crate::helpers::app;

#[actix_web::test]
async fn metrics_count_requests_and_analysed_text() {
    let app = app();
    let res = app
        .client
        .post(app.url("/v1/hedging"))
        .json(&json!({"text": "It is believed the plant may close."}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let _ = app
        .client
        .get(app.url("/no/such/path/123"))
        .send()
        .await
        .unwrap();

    let res = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = res.text().await.unwrap();
    assert!(
        text.contains(
            r#"copydesk_http_requests_total{endpoint="/v1/hedging",method="POST",status="200"}"#
        ),
        "{text}"
    );
    assert!(text.contains(r#"copydesk_http_request_duration_seconds_bucket{endpoint="/v1/hedging",method="POST",le="0.1"}"#));
    assert!(text.contains("copydesk_http_requests_in_flight"));
    // Unknown paths share one label, so scans cannot grow the label set.
    assert!(text.contains(r#"endpoint="unmatched""#));
    assert!(!text.contains("/no/such/path"));
    let chars: u64 = text
        .lines()
        .find_map(|l| l.strip_prefix("copydesk_analysed_characters_total "))
        .expect("characters counter")
        .parse()
        .unwrap();
    assert!(chars >= 35, "{chars}");
}

#[actix_web::test]
async fn request_ids_are_echoed_or_made() {
    let app = app();
    let res = app
        .client
        .get(app.url("/healthz"))
        .header("X-Request-Id", "cms-42")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["x-request-id"], "cms-42");
    let a = app.client.get(app.url("/healthz")).send().await.unwrap();
    let b = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_ne!(a.headers()["x-request-id"], b.headers()["x-request-id"]);
}
