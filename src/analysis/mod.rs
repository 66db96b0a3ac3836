//! The analysis core: pure functions over `&str` that return byte spans. No HTTP in here.
//!
//! The pipeline every endpoint shares: [`input`] turns the request into text, [`document`] segments
//! it once ([`segment`]), [`language`] says what language it is, and each analysis reads the
//! segmented document: [`summarize`], [`hedging`], [`sourcing`] and [`bias`] (which builds on the
//! two before it). Lexicons live under `data/` and are compiled into the binary, loaded once.

pub mod bias;
pub mod document;
pub mod hedging;
pub mod input;
pub mod language;
pub mod lexicon;
pub mod segment;
pub mod sourcing;
pub mod span;
pub mod summarize;
pub mod warning;
