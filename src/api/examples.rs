//! Example values for the OpenAPI document, so "Try it out" in Swagger UI works in one click.

/// A real news article (the one under `examples/`), used as the example of every analysis endpoint.
pub const ARTICLE: &str = include_str!("../../examples/kursk-deminers.txt");

use utoipa::openapi::{OpenApi, RefOr};

use crate::analysis::language::{Detector, SUPPORTED};
use crate::api::request::Article;
use crate::api::routes::{self, Context};

/// Puts the real answer for [`ARTICLE`] into each analysis endpoint's documented 200 response.
///
/// The examples are computed, never written by hand, so they cannot drift from the code: a change
/// in any analysis shows up in `openapi/openapi.json` and the sync test asks for it to be committed.
pub fn add_answers(api: &mut OpenApi) {
    let languages: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
    let Ok(detector) = Detector::new(&languages) else {
        return;
    };
    let context = || Context::new(Article::plain(ARTICLE.to_string()), &detector);
    // Through text, exactly as the server writes it (`to_value` widens an f32, which then prints differently).
    fn json<T: serde::Serialize>(answer: T) -> Option<serde_json::Value> {
        serde_json::from_str(&serde_json::to_string(&answer).ok()?).ok()
    }
    let answers = [
        ("/v1/analyze", json(routes::analyze::answer(context()))),
        ("/v1/summarize", json(routes::summarize::answer(context()))),
        ("/v1/hedging", json(routes::hedging::answer(context()))),
        ("/v1/sourcing", json(routes::sourcing::answer(context()))),
        ("/v1/bias", json(routes::bias::answer(context()))),
    ];
    for (path, answer) in answers {
        let Some(answer) = answer else { continue };
        let response = api
            .paths
            .paths
            .get_mut(path)
            .and_then(|item| item.post.as_mut())
            .and_then(|op| op.responses.responses.get_mut("200"));
        if let Some(RefOr::T(response)) = response {
            if let Some(content) = response.content.get_mut("application/json") {
                content.example = Some(answer);
            }
        }
    }
}
