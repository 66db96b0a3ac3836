//! `/v1/analyze` and the single-analysis endpoints on the example article.

use serde_json::{json, Value};

use crate::helpers::{app, ARTICLE};

fn texts<'a>(items: &'a Value, field: &str) -> Vec<&'a str> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m[field].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn the_example_article_gets_the_whole_analysis() {
    let app = app();
    let res = app.post_raw("/v1/analyze", "text/plain", ARTICLE).await;
    assert_eq!(res.status().as_u16(), 200);
    let body: Value = res.json().await.unwrap();

    assert_eq!(body["language"]["code"], "en");
    assert_eq!(body["language"]["name"], "English");
    assert_eq!(body["language"]["source"], "detected");
    assert!(body["language"]["confidence"].as_f64().unwrap() > 0.5);

    let sentences = body["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 20, "{} sentences", sentences.len());
    assert_eq!(body["document"]["sentences"], sentences.len());
    assert!(
        body["document"]["text"].is_null(),
        "plain text is not echoed"
    );
    assert!(body["document"]["words"].as_u64().unwrap() > 500);

    let summary = &body["summary"];
    assert_eq!(summary["algorithm"], "default");
    assert_eq!(summary["sentences"].as_array().unwrap().len(), 3);

    let markers = texts(&body["hedging"]["markers"], "text");
    assert_eq!(
        markers
            .iter()
            .filter(|m| m.eq_ignore_ascii_case("could"))
            .count(),
        3,
        "{markers:?}"
    );
    assert!(
        markers.iter().any(|m| m.to_lowercase().contains("suggest")),
        "{markers:?}"
    );
    for category in [
        "modal",
        "epistemic",
        "conditional",
        "speculation",
        "approximator",
        "vague_attribution",
        "booster",
    ] {
        assert!(
            body["hedging"]["counts"][category].is_u64(),
            "count for {category}"
        );
    }

    for part in ["hedging", "sourcing", "bias"] {
        assert!(body[part].is_object(), "{part}");
    }
    assert!(body["warnings"].is_array());
}

#[tokio::test]
async fn peskovs_quote_is_attributed_to_him() {
    let app = app();
    let (status, body) = app
        .post_json("/v1/sourcing", &json!({"text": ARTICLE}))
        .await;
    assert_eq!(status, 200);
    let sourcing = &body["sourcing"];
    let quote = sourcing["attributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["content"]["text"]
                .as_str()
                .unwrap()
                .contains("We are grateful")
        })
        .expect("the quote is an attribution");
    assert_eq!(quote["kind"], "direct");
    assert!(quote["content"]["text"]
        .as_str()
        .unwrap()
        .contains("We will never forget this aid"));
    let source_id = quote["source_id"].as_str().expect("resolved source");
    let source = sourcing["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == source_id)
        .unwrap();
    assert_eq!(source["name"], "Dmitry Peskov");
    assert_eq!(source["type"], "person");
    assert_eq!(source["named"], true);
}

#[tokio::test]
async fn html_input_is_analysed_as_its_text_and_the_text_is_returned() {
    let app = app();
    let html = "<html><head><style>p{color:red}</style></head><body><nav>Menu</nav>\
        <h1>Talks stall</h1><p>The minister said the talks could fail &amp; stall.</p>\
        <p>Critics argue it is <b>unlikely</b> to pass.</p><script>track()</script></body></html>";
    let (status, body) = app.post_json("/v1/hedging", &json!({"html": html})).await;
    assert_eq!(status, 200);
    let text = body["document"]["text"]
        .as_str()
        .expect("document.text for HTML input");
    assert_eq!(text, "Talks stall\nThe minister said the talks could fail & stall.\nCritics argue it is unlikely to pass.");
    for m in body["hedging"]["markers"].as_array().unwrap() {
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text.chars().skip(s).take(e - s).collect::<String>(),
            m["text"].as_str().unwrap()
        );
    }
}

#[tokio::test]
async fn a_given_language_skips_detection() {
    let app = app();
    let (status, body) = app
        .post_json(
            "/v1/hedging",
            &json!({"text": "Das könnte stimmen.", "language": "ja"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["language"]["code"], "ja");
    assert_eq!(body["language"]["name"], "Japanese");
    assert_eq!(body["language"]["source"], "given");
    let codes: Vec<&str> = body["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"hedging_unsupported_language"), "{codes:?}");
}

#[tokio::test]
async fn german_text_is_detected_as_german() {
    let app = app();
    let text = "Die Regierung hat am Dienstag neue Maßnahmen beschlossen. Kritiker halten sie für unzureichend.";
    let (status, body) = app
        .post_json("/v1/summarize", &json!({"text": text, "sentences": 1}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["language"]["code"], "de");
    assert_eq!(body["summary"]["sentences"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn every_endpoint_answers_its_top_level_fields() {
    let app = app();
    let cases = [
        ("/v1/summarize", "summary"),
        ("/v1/hedging", "hedging"),
        ("/v1/sourcing", "sourcing"),
        ("/v1/bias", "bias"),
    ];
    for (path, field) in cases {
        let (status, body) = app.post_json(path, &json!({"text": ARTICLE})).await;
        assert_eq!(status, 200, "{path}");
        assert!(body["language"]["code"].is_string(), "{path}");
        assert!(body[field].is_object(), "{path} answers {field}");
        assert!(body["warnings"].is_array(), "{path}");
    }
}

#[tokio::test]
async fn bias_flags_loaded_words_of_the_example() {
    let app = app();
    let (_, body) = app.post_json("/v1/bias", &json!({"text": ARTICLE})).await;
    let flagged = texts(&body["bias"]["spans"], "text");
    for word in ["heroic", "shrouded in secrecy", "inflame"] {
        assert!(flagged.contains(&word), "{word} in {flagged:?}");
    }
    let heroic = body["bias"]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"] == "heroic")
        .unwrap();
    assert_eq!(heroic["quoted"], true, "heroic is Peskov's word");
    let indicators = &body["bias"]["indicators"];
    assert!(
        indicators["hedging_density_per_100_words"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert!(indicators["flesch_reading_ease"].is_number());
}

#[tokio::test]
async fn requests_beyond_the_analysis_threads_wait_their_turn_and_are_all_answered() {
    let app = crate::helpers::app_with(copydesk::config::Settings {
        analysis_threads: Some(1),
        ..Default::default()
    });
    let sends = (0..6).map(|_| {
        let app = &app;
        async move {
            app.post_json("/v1/analyze", &json!({ "text": ARTICLE }))
                .await
        }
    });
    let answers = futures_util::future::join_all(sends).await;
    let first = &answers[0].1;
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body}");
        assert_eq!(body["summary"], first["summary"]);
    }
}
