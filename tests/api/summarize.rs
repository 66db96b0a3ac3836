//! `/v1/summarize` length control, as a client sees it.

use serde_json::{json, Value};

use crate::helpers::{app, ARTICLE};

fn warning_codes(body: &Value) -> Vec<String> {
    body["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn sentences_come_in_document_order_with_ranks() {
    let app = app();
    for algorithm in ["default", "textrank", "lexrank", "lead"] {
        let (status, body) = app
            .post_json(
                "/v1/summarize",
                &json!({"text": ARTICLE, "sentences": 4, "algorithm": algorithm}),
            )
            .await;
        assert_eq!(status, 200, "{algorithm}");
        let summary = &body["summary"];
        assert_eq!(summary["algorithm"], algorithm);
        let picked = summary["sentences"].as_array().unwrap();
        assert_eq!(picked.len(), 4, "{algorithm}");
        let indices: Vec<u64> = picked
            .iter()
            .map(|s| s["index"].as_u64().unwrap())
            .collect();
        assert!(
            indices.windows(2).all(|w| w[0] < w[1]),
            "{algorithm}: document order {indices:?}"
        );
        let mut ranks: Vec<u64> = picked.iter().map(|s| s["rank"].as_u64().unwrap()).collect();
        ranks.sort();
        assert_eq!(ranks, [1, 2, 3, 4], "{algorithm}");
        let joined: Vec<&str> = picked.iter().map(|s| s["text"].as_str().unwrap()).collect();
        assert_eq!(summary["text"], joined.join(" "));
    }
}

#[tokio::test]
async fn lead_takes_the_first_sentences() {
    let app = app();
    let (_, body) = app
        .post_json(
            "/v1/summarize",
            &json!({"text": ARTICLE, "sentences": 2, "algorithm": "lead"}),
        )
        .await;
    let indices: Vec<u64> = body["summary"]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["index"].as_u64().unwrap())
        .collect();
    assert_eq!(indices, [0, 1]);
}

#[tokio::test]
async fn max_chars_is_a_budget_of_whole_sentences() {
    let app = app();
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": ARTICLE, "max_chars": 300}))
        .await;
    assert_eq!(status, 200);
    let text = body["summary"]["text"].as_str().unwrap();
    assert!(!text.is_empty());
    assert!(
        text.chars().count() <= 300,
        "{} chars",
        text.chars().count()
    );
    assert!(warning_codes(&body).is_empty());
}

#[tokio::test]
async fn a_budget_below_every_sentence_returns_one_and_says_so() {
    let app = app();
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": ARTICLE, "max_chars": 10}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["summary"]["sentences"].as_array().unwrap().len(), 1);
    assert!(warning_codes(&body).contains(&"summary_over_budget".to_string()));
}

#[tokio::test]
async fn asking_for_more_sentences_than_exist_returns_all_with_a_warning() {
    let app = app();
    let text = "The council met on Monday. It approved the budget.";
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": text, "sentences": 5}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["summary"]["sentences"].as_array().unwrap().len(), 2);
    assert!(warning_codes(&body).contains(&"summary_shorter_than_requested".to_string()));
}

#[tokio::test]
async fn ratio_rounds_up() {
    let app = app();
    let (_, all) = app
        .post_json("/v1/analyze", &json!({"text": ARTICLE}))
        .await;
    let n = all["sentences"].as_array().unwrap().len();
    let (_, body) = app
        .post_json("/v1/summarize", &json!({"text": ARTICLE, "ratio": 0.1}))
        .await;
    assert_eq!(
        body["summary"]["sentences"].as_array().unwrap().len(),
        (n as f64 * 0.1).ceil() as usize
    );
}
