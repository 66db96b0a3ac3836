//! The editor's page at `/` and the example article it offers.
//!
//! Both are compiled into the binary, so the page works offline and needs no build step at run
//! time. They are not part of the JSON API, so they stay out of the OpenAPI document.

use std::sync::OnceLock;

use actix_web::http::header::{self, CacheControl, CacheDirective, ContentType};
use actix_web::HttpResponse;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::api::examples::ARTICLE;

/// The single-page UI: paste an article, see its analysis highlighted.
const INDEX_HTML: &str = include_str!("../../../web/index.html");

/// `GET /`: the editor's page.
pub async fn index() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::html())
        .insert_header(CacheControl(vec![CacheDirective::NoCache]))
        .insert_header((header::CONTENT_SECURITY_POLICY, page_policy()))
        .body(INDEX_HTML)
}

/// The page's Content-Security-Policy: only its own inline script (pinned by hash) runs, it may
/// only talk to this server, and nothing may frame it.
fn page_policy() -> &'static str {
    static POLICY: OnceLock<String> = OnceLock::new();
    POLICY.get_or_init(|| {
        let scripts: String = inline_scripts(INDEX_HTML)
            .map(|body| {
                let digest = Sha256::digest(body.as_bytes());
                format!(" 'sha256-{}'", STANDARD.encode(digest))
            })
            .collect();
        format!(
            "default-src 'none'; script-src{scripts}; style-src 'unsafe-inline'; \
             img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; \
             frame-ancestors 'none'"
        )
    })
}

/// The bodies of `<script>` elements without attributes.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script>")
        .skip(1)
        .filter_map(|rest| rest.split_once("</script>").map(|(body, _)| body))
}

/// `GET /examples/kursk-deminers.txt`: the bundled example article the page can load.
pub async fn example_article() -> HttpResponse {
    HttpResponse::Ok()
        .content_type(ContentType::plaintext())
        .insert_header(CacheControl(vec![CacheDirective::MaxAge(3600)]))
        .body(ARTICLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_script_is_pinned() {
        assert_eq!(inline_scripts(INDEX_HTML).count(), 1);
        assert!(page_policy().contains("'sha256-"));
    }
}
