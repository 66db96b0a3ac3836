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

/// The documented 200 example of each analysis endpoint is what the server answers to the
/// documented request example.
#[tokio::test]
async fn documented_examples_are_real_answers() {
    let app = app();
    let doc: serde_json::Value = app
        .client
        .get(app.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let schemas = &doc["components"]["schemas"];
    for path in [
        "/v1/analyze",
        "/v1/summarize",
        "/v1/hedging",
        "/v1/sourcing",
        "/v1/bias",
    ] {
        let op = &doc["paths"][path]["post"];
        let request_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap();
        let request = &schemas[request_ref.rsplit('/').next().unwrap()]["example"];
        assert!(request["text"].is_string(), "{path} request example");
        let documented = &op["responses"]["200"]["content"]["application/json"]["example"];
        let (status, answer) = app.post_json(path, request).await;
        assert_eq!(status, 200);
        if let Some(at) = first_difference(&answer, documented, String::new()) {
            panic!("{path}: the documented 200 example differs from the real answer at {at}; run UPDATE_OPENAPI=1 cargo test --test openapi");
        }
    }
}

/// The JSON path of the first difference between two values, if any.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(u), Some(v)) => first_difference(u, v, format!("{path}.{k}")),
                _ => Some(format!("{path}.{k}")),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (u, v))| first_difference(u, v, format!("{path}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{path} ({a} vs {b})").chars().take(300).collect()),
    }
}
