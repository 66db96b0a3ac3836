//! Quotation detection: straight "…" and '…', curly “…” and ‘…’, «…», „…“ and ‹…›, over several sentences and
//! paragraphs, with apostrophes (Putin’s, don't, the generals’) told apart from closing single quotes.

use crate::analysis::span::Span;

/// A quotation: `span` covers the marks, `inner` what is between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    pub span: Span,
    pub inner: Span,
}

/// Longest quotation looked for, in bytes: an unclosed quote is dropped after this much text, which keeps the
/// scan linear on long text.
const MAX_QUOTE: usize = 5000;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Low,
    /// Two apostrophes as a double quote: ''…'' (some newswires).
    TwoApostrophes,
}

fn opens_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | '‘' | '«' | '„' | ':'
                )
        }
    }
}

/// The family a char opens, given its neighbours.
fn opener(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    let next_ok = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' if next_ok => Some(Family::Double),
        '"' if next_ok && opens_context(prev) => Some(Family::Double),
        '‘' if next_ok && opens_context(prev) => Some(Family::Single),
        '\'' if next_ok
            && opens_context(prev)
            && next.is_some_and(|n| n.is_alphabetic() || n == '“' || n == '"') =>
        {
            Some(Family::Single)
        }
        '«' => Some(Family::Guillemet),
        '‹' => Some(Family::SingleGuillemet),
        '„' => Some(Family::Low),
        _ => None,
    }
}

fn closes(c: char, family: Family, prev: Option<char>, next: Option<char>) -> bool {
    let prev_ok = prev.is_some_and(|p| !p.is_whitespace());
    match family {
        Family::Double => (c == '”' || c == '"') && prev_ok,
        Family::Single => {
            (c == '’' || c == '\'') && prev_ok && !next.is_some_and(|n| n.is_alphanumeric())
        }
        Family::Guillemet => c == '»',
        Family::SingleGuillemet => c == '›',
        Family::Low => c == '“' || c == '”',
        Family::TwoApostrophes => false,
    }
}

/// `''` opening at char `i`: after an opening context, before a non-space.
fn two_apostrophes_open(at: &dyn Fn(usize) -> Option<char>, i: usize) -> bool {
    at(i) == Some('\'')
        && at(i + 1) == Some('\'')
        && at(i + 2).is_some_and(|n| !n.is_whitespace() && n != '\'')
        && opens_context(if i == 0 { None } else { at(i - 1) })
}

/// `''` closing at char `j`: after a non-space, not before a letter.
fn two_apostrophes_close(at: &dyn Fn(usize) -> Option<char>, j: usize) -> bool {
    j > 0
        && at(j) == Some('\'')
        && at(j + 1) == Some('\'')
        && at(j - 1).is_some_and(|p| !p.is_whitespace() && p != '\'')
        && !at(j + 2).is_some_and(|n| n.is_alphanumeric())
}

/// Finds the quotations of `text`, sorted and not overlapping.
pub(crate) fn find_quotes(text: &str) -> Vec<Quote> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    // newlines[k]: number of line breaks among chars[..k]
    let mut newlines = Vec::with_capacity(chars.len() + 1);
    newlines.push(0u32);
    for &(_, c) in &chars {
        newlines.push(newlines.last().copied().unwrap_or(0) + u32::from(c == '\n'));
    }
    let mut out = Vec::new();
    // Per family, the char index up to which a failed scan saw no closer: later scans skip that stretch, so text
    // full of unclosed quotes stays linear.
    let mut scanned: [usize; 6] = [0; 6];
    let fam_idx = |f: Family| f as usize;
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev = if i == 0 { None } else { at(i - 1) };
        let family = if two_apostrophes_open(&at, i) {
            Family::TwoApostrophes
        } else if let Some(f) = opener(c, prev, at(i + 1)) {
            f
        } else {
            i += 1;
            continue;
        };
        let first = if family == Family::TwoApostrophes {
            i + 2
        } else {
            i + 1
        };
        let mut j = first.max(scanned[fam_idx(family)]);
        let mut crossed_newline = newlines[j.min(chars.len())] > newlines[i + 1];
        let mut found = None;
        // a closing single quote that may be a plural possessive ("the voters’ choice"): used only when no better
        // closer follows
        let mut weak = None;
        let mut restart = i + 1;
        while j < chars.len() {
            let (pos, d) = chars[j];
            if pos - start > MAX_QUOTE {
                break;
            }
            if d == '\n' {
                crossed_newline = true;
            }
            let p = at(j - 1);
            let n = at(j + 1);
            if family == Family::TwoApostrophes {
                if two_apostrophes_close(&at, j) {
                    found = Some(j + 1);
                    break;
                }
                if j > first && two_apostrophes_open(&at, j) {
                    let para_start = p.is_none_or(|p| {
                        p == '\n' || (p == ' ' && j >= 2 && at(j - 2) == Some('\n'))
                    });
                    if !(crossed_newline && para_start) {
                        restart = j;
                        break;
                    }
                }
                j += 1;
                continue;
            }
            if closes(d, family, p, n) {
                let possessive = family == Family::Single
                    && matches!(p, Some('s' | 'S'))
                    && n == Some(' ')
                    && at(j + 2).is_some_and(|c| c.is_lowercase());
                if possessive {
                    weak.get_or_insert(j);
                } else {
                    found = Some(j);
                    break;
                }
            }
            if opener(d, p, n) == Some(family) {
                // A new paragraph may reopen the quote ("multi-paragraph" convention); elsewhere the first opener
                // was never closed.
                let para_start =
                    p.is_none_or(|p| p == '\n' || (p == ' ' && j >= 2 && at(j - 2) == Some('\n')));
                if !(crossed_newline && para_start) {
                    restart = j;
                    break;
                }
            }
            j += 1;
        }
        match found.or(weak) {
            Some(j) => {
                let (end_pos, d) = chars[j];
                let end = end_pos + d.len_utf8();
                let open_len = if family == Family::TwoApostrophes {
                    2
                } else {
                    c.len_utf8()
                };
                // the closer of '' '' is found at its second apostrophe
                let inner_end = if family == Family::TwoApostrophes {
                    end_pos - 1
                } else {
                    end_pos
                };
                let inner = Span::new(start + open_len, inner_end);
                out.push(Quote {
                    span: Span::new(start, end),
                    inner,
                });
                i = j + 1;
            }
            None => {
                scanned[fam_idx(family)] = j;
                i = restart;
            }
        }
    }
    out
}

/// Number of words inside a quote.
pub(crate) fn word_count(text: &str, q: &Quote) -> usize {
    q.inner.slice(text).split_whitespace().count()
}
