//! The editor's page and its example article.

use crate::helpers::{app, ARTICLE};

#[actix_web::test]
async fn the_page_and_its_example_are_served() {
    let app = app();
    let res = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "text/html; charset=utf-8");
    let page = res.text().await.unwrap();
    assert!(page.contains("examples/kursk-deminers.txt") && page.contains("v1/analyze"));
    assert!(
        !page.contains("https://"),
        "the page loads nothing from elsewhere"
    );

    let res = app
        .client
        .get(app.url("/examples/kursk-deminers.txt"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
    assert_eq!(res.text().await.unwrap(), ARTICLE);

    let res = app.client.post(app.url("/")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 405);
}
