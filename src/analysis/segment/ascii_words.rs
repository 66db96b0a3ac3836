//! UAX #29 word boundaries for ASCII text and typographic punctuation, without Unicode table lookups.
//!
//! On ASCII, curly quotes, dashes, the ellipsis and the no-break space, the word-break property of a
//! character is a small closed set, so the rules of UAX #29 that can apply reduce to the few below
//! (numbers are the rule names of the standard). Any other character makes [`bounds`] decline, and the
//! caller uses unicode-segmentation. A unit test checks the result against unicode-segmentation on a
//! large sample of generated strings, so the two never differ.

/// Word-break property of a character (UAX #29, table 3).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    /// `:`
    MidLetter,
    /// `,` `;`
    MidNum,
    /// `.`, `‘`, `’`, `․`
    MidNumLet,
    /// `'`
    SingleQuote,
    /// `_`
    ExtendNumLet,
    /// the space character (WSegSpace)
    Space,
    Cr,
    Lf,
    /// vertical tab, form feed
    Newline,
    Other,
}

/// The property of `c`, or `None` for a character this module does not know.
#[inline]
fn class(c: char) -> Option<Wb> {
    if let Some(&w) = ASCII.get(c as usize) {
        return Some(w);
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{2024}' => Some(Wb::MidNumLet),
        // Curly double quotes, en and em dashes, the ellipsis, the no-break space.
        '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}' | '\u{2026}' | '\u{A0}' => {
            Some(Wb::Other)
        }
        _ => None,
    }
}

/// The property of each ASCII byte, looked up rather than matched: this runs on every character.
static ASCII: [Wb; 128] = {
    let mut t = [Wb::Other; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = ascii_class(b as u8);
        b += 1;
    }
    t
};

const fn ascii_class(b: u8) -> Wb {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Wb::Letter,
        b'0'..=b'9' => Wb::Numeric,
        b':' => Wb::MidLetter,
        b',' | b';' => Wb::MidNum,
        b'.' => Wb::MidNumLet,
        b'\'' => Wb::SingleQuote,
        b'_' => Wb::ExtendNumLet,
        b' ' => Wb::Space,
        b'\r' => Wb::Cr,
        b'\n' => Wb::Lf,
        0x0B | 0x0C => Wb::Newline,
        _ => Wb::Other,
    }
}

/// Joins two letters (WB6, WB7): `:` `.` `'`.
fn mid_letter(c: Wb) -> bool {
    matches!(c, Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote)
}

/// Joins two digits (WB11, WB12): `,` `;` `.` `'`.
fn mid_num(c: Wb) -> bool {
    matches!(c, Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote)
}

fn alnum(c: Wb) -> bool {
    matches!(c, Wb::Letter | Wb::Numeric)
}

/// Whether UAX #29 keeps the bytes before and at `i` together; `p2`, `p`, `c`, `n` are the
/// properties of bytes `i - 2`, `i - 1`, `i`, `i + 1` (`None` past the ends).
fn joined(p2: Option<Wb>, p: Wb, c: Wb, n: Option<Wb>) -> bool {
    use Wb::*;
    match (p, c) {
        (Cr, Lf) => true,                                           // WB3
        (Cr | Lf | Newline, _) | (_, Cr | Lf | Newline) => false,   // WB3a, WB3b
        (Space, Space) => true,                                     // WB3d
        (Letter | Numeric, Letter | Numeric) => true,               // WB5, WB8, WB9, WB10
        (Letter, m) if mid_letter(m) => n == Some(Letter),          // WB6
        (m, Letter) if mid_letter(m) && p2 == Some(Letter) => true, // WB7
        (Numeric, m) if mid_num(m) => n == Some(Numeric),           // WB12
        (m, Numeric) if mid_num(m) && p2 == Some(Numeric) => true,  // WB11
        (Letter | Numeric | ExtendNumLet, ExtendNumLet) => true,    // WB13a
        (ExtendNumLet, x) if alnum(x) => true,                      // WB13b
        _ => false,                                                 // WB999
    }
}

/// The word-boundary segments of `s` with their byte offsets, like
/// `UnicodeSegmentation::split_word_bound_indices`; `None` when `s` holds a character that
/// [`class`] does not know.
pub(crate) fn bounds(s: &str) -> Option<Vec<(usize, &str)>> {
    // One pass with a window of four properties; an unknown character ends it with `None`.
    let mut classes = s
        .char_indices()
        .map(|(i, c)| class(c).map(|w| (i, w)).ok_or(()));
    let mut out = Vec::new();
    let (mut p2, mut p): (Option<Wb>, Option<Wb>) = (None, None);
    let mut cur = classes.next().transpose().ok()?;
    let mut start = 0;
    while let Some((i, c)) = cur {
        let next = classes.next().transpose().ok()?;
        if let Some(prev) = p {
            if !joined(p2, prev, c, next.map(|(_, w)| w)) {
                out.push((start, &s[start..i]));
                start = i;
            }
        }
        (p2, p, cur) = (p, Some(c), next);
    }
    if start < s.len() {
        out.push((start, &s[start..]));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn news_text_splits_as_unicode_segmentation_does() {
        let s = "He said: \"U.S. GDP rose 3.5% to $1,000.50 in Q3\" -- it's e-mail_id x:y 1;2 a.b.\r\n\tend";
        let ours = bounds(s).unwrap();
        let theirs: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn other_characters_are_left_to_unicode_segmentation() {
        assert_eq!(bounds("naïve"), None);
        assert_eq!(bounds("a \u{93F}"), None);
    }

    #[test]
    fn generated_ascii_strings_split_as_unicode_segmentation_does() {
        // Every byte class, and the ones the rules look at twice as often.
        const ALPHABET: &[char] = &[
            'a', 'Z', 'k', '0', '9', ':', ';', ',', '.', '.', '\'', '\'', '_', '_', ' ', ' ', '\r',
            '\n', '\u{0B}', '\u{0C}', '\t', '-', '"', '!', '?', '$', '%', '(', '\u{2018}',
            '\u{2019}', '\u{2019}', '\u{2024}', '\u{201C}', '\u{201D}', '\u{2013}', '\u{2014}',
            '\u{2026}', '\u{A0}',
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..100_000 {
            let len = (next() % 12) as usize;
            let s: String = (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect();
            let theirs: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
            assert_eq!(bounds(&s), Some(theirs), "{s:?}");
        }
    }
}
