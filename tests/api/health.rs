use crate::helpers::app;

#[tokio::test]
async fn healthz_and_readyz_answer_ok_with_the_version() {
    let app = app();
    for path in ["/healthz", "/readyz"] {
        let res = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200, "{path}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], "ok");
        assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    }
}

#[tokio::test]
async fn a_request_id_is_echoed_or_generated() {
    let app = app();
    let res = app
        .client
        .get(app.url("/healthz"))
        .header("X-Request-Id", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["x-request-id"], "abc-123");
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert!(!res.headers()["x-request-id"].is_empty());
}

#[tokio::test]
async fn swagger_ui_is_served_from_the_binary() {
    let app = app();
    let res = app
        .client
        .get(app.url("/swagger-ui/"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.unwrap().contains("swagger-ui"));
    let res = app
        .client
        .get(app.url("/swagger-ui/swagger-ui-bundle.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    // Without the trailing slash: a redirect, not a 404.
    let no_redirect = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = no_redirect
        .get(app.url("/swagger-ui"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 308);
    assert_eq!(res.headers()["location"], "/swagger-ui/");
}
