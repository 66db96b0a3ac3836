//! Example values for the OpenAPI document, so "Try it out" in Swagger UI works in one click.

/// A real news article (the one under `examples/`), used as the example of every analysis endpoint.
pub const ARTICLE: &str = include_str!("../../examples/kursk-deminers.txt");
