//! copydesk reads a news article and tells what it says and how it says it.
//!
//! [`analysis`] is the pure core (no HTTP): segmentation, language detection, summarization,
//! hedging, sourcing and bias, all returning byte spans into the analysed text. [`api`] is the
//! HTTP layer on top (actix-web + utoipa), [`startup`] binds and runs the server.
//!
//! # Example
//! ```
//! use copydesk::analysis::{document::Document, hedging};
//!
//! let doc = Document::new("Analysts suggest the talks could fail.".to_string());
//! let spans = doc.sentence_spans();
//! let h = hedging::analyze(&doc.text, &spans, doc.word_count(), "en");
//! let marked: Vec<&str> = h.markers.iter().map(|m| m.span.slice(&doc.text)).collect();
//! assert!(marked.contains(&"could"));
//! ```

// Graph and matrix code reads best with explicit indices.
#![allow(clippy::needless_range_loop)]

pub mod analysis;
pub mod api;
pub mod config;
pub mod startup;
pub mod telemetry;
