//! API keys, CORS, rate limits and security headers, each on a server started with that setting.

use copydesk::config::Settings;
use serde_json::{json, Value};

use crate::helpers::{app, app_with};

const KEY: &str = "test-key-0123456789abcdef";

fn body() -> Value {
    json!({"text": "Officials said the bridge could reopen next week."})
}

async fn problem(res: reqwest::Response) -> (u16, Value) {
    let status = res.status().as_u16();
    assert_eq!(
        res.headers()["content-type"],
        "application/problem+json",
        "errors are problem+json"
    );
    (status, res.json().await.unwrap())
}

#[actix_web::test]
async fn api_keys_guard_the_analyses_only() {
    let app = app_with(Settings {
        api_keys: vec![KEY.into()],
        ..Settings::default()
    });
    let url = app.url("/v1/analyze");

    let res = app.client.post(&url).json(&body()).send().await.unwrap();
    assert!(res.headers().contains_key("www-authenticate"));
    let (status, p) = problem(res).await;
    assert_eq!((status, p["code"].as_str()), (401, Some("unauthorized")));
    assert!(p["detail"].as_str().unwrap().contains("Bearer"));

    let res = app
        .client
        .post(&url)
        .bearer_auth("wrong-key-0123456789")
        .json(&body())
        .send()
        .await
        .unwrap();
    let (status, p) = problem(res).await;
    assert_eq!(status, 401);
    assert!(
        !p.to_string().contains("wrong-key"),
        "the key is not echoed: {p}"
    );

    let res = app
        .client
        .post(&url)
        .bearer_auth(KEY)
        .json(&body())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let res = app
        .client
        .post(&url)
        .header("X-API-Key", KEY)
        .json(&body())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);

    for open in ["/healthz", "/readyz", "/metrics", "/openapi.json", "/"] {
        let res = app.client.get(app.url(open)).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200, "{open} stays open");
    }
}

#[actix_web::test]
async fn rate_limit_answers_429_with_retry_after() {
    let app = app_with(Settings {
        rate_limit: 6,
        rate_burst: 2,
        ..Settings::default()
    });
    let url = app.url("/v1/hedging");
    for _ in 0..2 {
        let res = app.client.post(&url).json(&body()).send().await.unwrap();
        assert_eq!(res.status().as_u16(), 200);
    }
    let res = app.client.post(&url).json(&body()).send().await.unwrap();
    let retry: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&retry), "Retry-After {retry}");
    let (status, p) = problem(res).await;
    assert_eq!((status, p["code"].as_str()), (429, Some("rate_limited")));
    // Probes are never limited.
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
}

#[actix_web::test]
async fn cors_allows_listed_origins_only() {
    let app = app_with(Settings {
        cors_origins: vec!["https://cms.example.com".into()],
        ..Settings::default()
    });
    let preflight = |origin: &'static str| {
        app.client
            .request(reqwest::Method::OPTIONS, app.url("/v1/analyze"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .send()
    };
    let res = preflight("https://cms.example.com").await.unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "https://cms.example.com"
    );

    let res = preflight("https://evil.example.net").await.unwrap();
    assert!(!res.headers().contains_key("access-control-allow-origin"));
    let (status, _) = problem(res).await;
    assert_eq!(status, 400);

    let res = post_from_cms(&app).await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()["access-control-allow-origin"],
        "https://cms.example.com"
    );
    let exposed = res.headers()["access-control-expose-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(exposed.contains("x-request-id"), "{exposed}");
}

#[actix_web::test]
async fn no_cors_headers_by_default() {
    let res = post_from_cms(&app()).await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(!res.headers().contains_key("access-control-allow-origin"));
}

/// `POST /v1/analyze` as a CMS plugin's page at https://cms.example.com sends it.
async fn post_from_cms(app: &crate::helpers::TestApp) -> reqwest::Response {
    app.client
        .post(app.url("/v1/analyze"))
        .header("Origin", "https://cms.example.com")
        .json(&body())
        .send()
        .await
        .unwrap()
}

#[actix_web::test]
async fn answers_carry_security_headers() {
    let app = app();
    let res = app
        .client
        .post(app.url("/v1/analyze"))
        .json(&body())
        .send()
        .await
        .unwrap();
    let h = res.headers();
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cache-control"], "no-store");
    assert_eq!(
        h["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'"
    );

    let res = app.client.get(app.url("/nowhere")).send().await.unwrap();
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let page = app.client.get(app.url("/")).send().await.unwrap();
    let csp = page.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        csp.contains("script-src 'sha256-") && csp.contains("connect-src 'self'"),
        "{csp}"
    );
}

#[test]
fn bad_settings_fail_at_start() {
    let short = Settings {
        api_keys: vec!["short".into()],
        ..Settings::default()
    };
    assert!(copydesk::startup::Application::build(&Settings {
        addr: "127.0.0.1:0".into(),
        ..short
    })
    .is_err());
    let origin = Settings {
        addr: "127.0.0.1:0".into(),
        cors_origins: vec!["cms.example.com/path".into()],
        ..Settings::default()
    };
    assert!(copydesk::startup::Application::build(&origin).is_err());
}
