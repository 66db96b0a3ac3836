//! `POST /v1/analyze/batch`: each article in its own slot, one bad article failing only itself.

use serde_json::{json, Value};

use crate::helpers::{app, slice};

#[actix_web::test]
async fn each_article_gets_its_own_slot() {
    let app = app();
    let good = "Analysts suggest the talks could resume, officials said. 🙂 The minister said “nothing is decided”.";
    let (status, body) = app
        .post_json(
            "/v1/analyze/batch",
            &json!({"articles": [
                {"text": good, "offset_encoding": "utf16"},
                {"txt": "typo"},
                {"text": "   "},
                {"html": "<p>Reportedly, the plant <b>may</b> close.</p>", "summary": {"sentences": 1}}
            ]}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["succeeded"].as_u64(), body["failed"].as_u64()),
        (Some(2), Some(2))
    );
    let slots = body["results"].as_array().unwrap();
    let statuses: Vec<u64> = slots
        .iter()
        .map(|s| s["status"].as_u64().unwrap())
        .collect();
    assert_eq!(statuses, [200, 400, 422, 200]);
    assert_eq!(slots[1]["error"]["code"], "invalid_request");
    assert_eq!(slots[2]["error"]["code"], "empty_text");
    assert!(slots[1].get("result").is_none());

    // Each slot is exactly what /v1/analyze answers, in the article's own encoding.
    let first = &slots[0]["result"];
    let (_, alone) = app
        .post_json(
            "/v1/analyze",
            &json!({"text": good, "offset_encoding": "utf16"}),
        )
        .await;
    // (Lingua's confidence may differ in its last digits between calls.)
    for part in [
        "document",
        "sentences",
        "summary",
        "hedging",
        "sourcing",
        "bias",
        "warnings",
    ] {
        assert_eq!(first[part], alone[part], "{part}");
    }
    assert_eq!(first["language"]["code"], alone["language"]["code"]);
    let markers = first["hedging"]["markers"].as_array().unwrap();
    assert!(markers.len() >= 2, "{markers:?}");
    for m in markers {
        let (a, b) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(slice(good, a, b, "utf16"), m["text"].as_str().unwrap());
    }
    assert_eq!(
        slots[3]["result"]["document"]["text"],
        "Reportedly, the plant may close."
    );
}

#[actix_web::test]
async fn the_envelope_is_checked() {
    let app = app();
    let many: Vec<Value> = (0..17)
        .map(|i| json!({"text": format!("Article {i}.")}))
        .collect();
    let (status, body) = app
        .post_json("/v1/analyze/batch", &json!({"articles": many}))
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (422, Some("too_many_articles"))
    );

    let (status, body) = app
        .post_json("/v1/analyze/batch", &json!({"articles": []}))
        .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (400, Some("invalid_request"))
    );

    let res = app
        .post_raw("/v1/analyze/batch", "text/plain", "hello")
        .await;
    assert_eq!(res.status().as_u16(), 415);

    let res = app
        .client
        .get(app.url("/v1/analyze/batch"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 405);
}
