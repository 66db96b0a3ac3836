//! Slicing the analysed text at every returned span gives back the returned text, in all three
//! offset encodings, on text with emoji, curly quotes and combining marks.

use serde_json::{json, Value};

use crate::helpers::{app, slice, ARTICLE};

const TRICKY: &str = "Café owners 👩🏽‍🍳 in Zürich said the plan “could fail”, and Mr. Müller warned it was “heroic folly”.\n\
‘We are grateful,’ he said. Analysts suggest the cafe\u{301} 🇺🇦 could close; it is believed that sales may fall by about 30%.\n\
Officials reportedly told Reuters that the deal – if signed – would be a so-called “historic” step. 😀 Critics argue otherwise!";

/// Checks every `{start, end, text}` object in `value`; returns how many were checked.
fn check_spans(value: &Value, text: &str, encoding: &str, len: usize) -> usize {
    match value {
        Value::Object(map) => {
            let mut n = 0;
            if let (Some(s), Some(e)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= len,
                    "span {s}..{e} out of 0..{len} ({encoding})"
                );
                if let Some(t) = map.get("text").and_then(Value::as_str) {
                    assert_eq!(
                        slice(text, s, e, encoding),
                        t,
                        "span {s}..{e} in {encoding}"
                    );
                    n += 1;
                }
            }
            n + map
                .values()
                .map(|v| check_spans(v, text, encoding, len))
                .sum::<usize>()
        }
        Value::Array(items) => items
            .iter()
            .map(|v| check_spans(v, text, encoding, len))
            .sum(),
        _ => 0,
    }
}

fn length_in(text: &str, encoding: &str) -> usize {
    match encoding {
        "utf8" => text.len(),
        "utf16" => text.encode_utf16().count(),
        _ => text.chars().count(),
    }
}

#[tokio::test]
async fn every_span_slices_back_to_its_text_in_every_encoding() {
    let app = app();
    for text in [TRICKY, ARTICLE] {
        for encoding in ["utf32", "utf16", "utf8"] {
            let (status, body) =
                app.post_json("/v1/analyze", &json!({"text": text, "offset_encoding": encoding, "summary": {"sentences": 2}})).await;
            assert_eq!(status, 200);
            let checked = check_spans(&body, text, encoding, length_in(text, encoding));
            assert!(checked > 10, "only {checked} spans checked");
        }
    }
}

#[tokio::test]
async fn sentences_cover_the_text_in_order() {
    let app = app();
    let (_, body) = app
        .post_json(
            "/v1/analyze",
            &json!({"text": TRICKY, "offset_encoding": "utf16"}),
        )
        .await;
    let mut last_end = 0;
    let mut covered = String::new();
    for s in body["sentences"].as_array().unwrap() {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(start >= last_end);
        covered.push_str(&slice(TRICKY, last_end, start, "utf16"));
        covered.push_str(s["text"].as_str().unwrap());
        last_end = end;
    }
    covered.push_str(&slice(
        TRICKY,
        last_end,
        TRICKY.encode_utf16().count(),
        "utf16",
    ));
    assert_eq!(
        covered, TRICKY,
        "gaps between sentences are only white space"
    );
}

#[tokio::test]
async fn query_string_options_apply_to_text_bodies() {
    let app = app();
    let res = app
        .post_raw(
            "/v1/hedging?offset_encoding=utf8",
            "text/plain; charset=utf-8",
            TRICKY,
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let body: Value = res.json().await.unwrap();
    let checked = check_spans(&body, TRICKY, "utf8", TRICKY.len());
    assert!(checked > 0);
    let res = app
        .post_raw(
            "/v1/analyze?offset_encoding=utf16&sentences=1&algorithm=lead",
            "text/plain",
            TRICKY,
        )
        .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["summary"]["algorithm"], "lead");
    assert_eq!(body["summary"]["sentences"].as_array().unwrap().len(), 1);
    check_spans(&body, TRICKY, "utf16", TRICKY.encode_utf16().count());
}
