//! Converting the core's byte offsets into the unit the client asked for.
//!
//! JavaScript editors count UTF-16 code units, Python counts code points, Rust and Go count bytes:
//! `offset_encoding` picks one and every `start`/`end` of an answer is in it.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::analysis::span::Span;

/// Unit of every `start`/`end` in the answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum OffsetEncoding {
    /// Unicode code points (Python `str` indices). The default.
    #[default]
    Utf32,
    /// UTF-16 code units (JavaScript string indices, the DOM).
    Utf16,
    /// UTF-8 bytes (Rust, Go).
    Utf8,
}

impl OffsetEncoding {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "utf32" => Some(Self::Utf32),
            "utf16" => Some(Self::Utf16),
            "utf8" => Some(Self::Utf8),
            _ => None,
        }
    }
}

/// A span as the API returns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SpanDto {
    /// Start offset (inclusive), in the requested `offset_encoding`.
    #[schema(example = 0)]
    pub start: usize,
    /// End offset (exclusive), in the requested `offset_encoding`.
    #[schema(example = 8)]
    pub end: usize,
    /// The text between `start` and `end`, exactly.
    #[schema(example = "Analysts")]
    pub text: String,
}

/// Converts byte offsets of one text to the requested unit.
pub struct Offsets<'a> {
    text: &'a str,
    /// For utf16/utf32: the offset in units of each byte position (only char boundaries are read).
    units: Option<Vec<u32>>,
}

impl<'a> Offsets<'a> {
    pub fn new(text: &'a str, encoding: OffsetEncoding) -> Self {
        let units = match encoding {
            OffsetEncoding::Utf8 => None,
            OffsetEncoding::Utf16 | OffsetEncoding::Utf32 => {
                let mut table = vec![0u32; text.len() + 1];
                let mut unit = 0u32;
                for (i, c) in text.char_indices() {
                    table[i] = unit;
                    unit += if encoding == OffsetEncoding::Utf16 {
                        c.len_utf16() as u32
                    } else {
                        1
                    };
                }
                table[text.len()] = unit;
                Some(table)
            }
        };
        Offsets { text, units }
    }

    /// One byte offset (must be a char boundary) in the requested unit.
    pub fn unit(&self, byte: usize) -> usize {
        match &self.units {
            None => byte,
            Some(table) => table[byte] as usize,
        }
    }

    pub fn span(&self, span: Span) -> SpanDto {
        SpanDto {
            start: self.unit(span.start),
            end: self.unit(span.end),
            text: span.slice(self.text).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_units_differ_on_astral_and_accented_text() {
        let text = "a😀é b";
        let b = Span::new(text.find('b').unwrap(), text.len());
        assert_eq!(Offsets::new(text, OffsetEncoding::Utf8).span(b).start, 8);
        assert_eq!(Offsets::new(text, OffsetEncoding::Utf16).span(b).start, 5);
        assert_eq!(Offsets::new(text, OffsetEncoding::Utf32).span(b).start, 4);
    }
}
