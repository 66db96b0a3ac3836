//! `api::offsets`: byte offsets to utf8/utf16/utf32 units, checked against an independent count,
//! and back (unit offset -> byte offset) through the inverse table built here.
//!
//! Input: any UTF-8 text (anything else is skipped). Every char boundary is checked, in all
//! three encodings, plus a span starting at each boundary.

#![no_main]

use copydesk::analysis::span::Span;
use copydesk::api::offsets::{OffsetEncoding, Offsets};
use libfuzzer_sys::fuzz_target;

const ENCODINGS: [(OffsetEncoding, &str); 3] = [
    (OffsetEncoding::Utf8, "utf8"),
    (OffsetEncoding::Utf16, "utf16"),
    (OffsetEncoding::Utf32, "utf32"),
];

fn width(enc: OffsetEncoding, c: char) -> usize {
    match enc {
        OffsetEncoding::Utf8 => c.len_utf8(),
        OffsetEncoding::Utf16 => c.len_utf16(),
        OffsetEncoding::Utf32 => 1,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();

    for (enc, name) in ENCODINGS {
        assert_eq!(OffsetEncoding::parse(name), Some(enc));
        let off = Offsets::new(text, enc);

        // Forward: byte -> unit, against an independent running count.
        let mut expected = 0usize;
        // Inverse: unit -> byte, None inside a multi-unit character.
        let total = match enc {
            OffsetEncoding::Utf8 => text.len(),
            OffsetEncoding::Utf16 => text.encode_utf16().count(),
            OffsetEncoding::Utf32 => text.chars().count(),
        };
        let mut back: Vec<Option<usize>> = vec![None; total + 1];
        for (i, c) in text.char_indices() {
            assert_eq!(off.unit(i), expected, "{name}: byte {i}");
            back[expected] = Some(i);
            expected += width(enc, c);
        }
        assert_eq!(expected, total);
        assert_eq!(off.unit(text.len()), total, "{name}: end of text");
        back[total] = Some(text.len());

        // Round trip and spans.
        for (k, &b) in boundaries.iter().enumerate() {
            let u = off.unit(b);
            assert_eq!(back[u], Some(b), "{name}: byte {b} -> unit {u} does not come back");
            let e = boundaries[(k + 3).min(boundaries.len() - 1)];
            let dto = off.span(Span::new(b, e));
            assert_eq!(dto.text, &text[b..e]);
            assert!(dto.start <= dto.end && dto.end <= total);
            let (bs, be) = (back[dto.start].unwrap(), back[dto.end].unwrap());
            assert_eq!(&text[bs..be], dto.text, "{name}: span {b}..{e}");
        }
        // Monotonic over boundaries.
        for w in boundaries.windows(2) {
            assert!(off.unit(w[0]) < off.unit(w[1]), "{name}: not increasing at {w:?}");
        }
    }
});
