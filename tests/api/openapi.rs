use crate::helpers::app;

#[tokio::test]
async fn the_served_document_is_the_committed_one() {
    let app = app();
    let served: serde_json::Value = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(include_str!("../../openapi/openapi.json"))
            .expect("openapi/openapi.json is JSON");
    assert_eq!(
        served, committed,
        "run UPDATE_OPENAPI=1 cargo test --test openapi"
    );
    assert!(served["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/v1/analyze",
        "/v1/summarize",
        "/v1/hedging",
        "/v1/sourcing",
        "/v1/bias",
    ] {
        assert!(
            served["paths"][path]["post"].is_object(),
            "{path} documented"
        );
    }
}
