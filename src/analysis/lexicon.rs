//! Phrase lexicons loaded from the tab-separated data files under `data/`, matched on whole words.
//!
//! File format: one entry a line, `phrase<TAB>field<TAB>field...`; `#` starts a comment line (each
//! file opens with its source and licence). Phrases are matched case-insensitively on word
//! boundaries, longest match first, so "shrouded in secrecy" wins over "shrouded".

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::analysis::span::Span;

/// One lexicon line: the phrase and the remaining tab-separated fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub phrase: String,
    pub fields: Vec<String>,
}

/// Parses a data file. Blank lines and `#` comments are skipped; phrases are lowercased.
pub fn parse(data: &str) -> Vec<Entry> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| {
            let mut parts = l.split('\t');
            let phrase = parts.next().unwrap_or_default().trim().to_lowercase();
            Entry {
                phrase,
                fields: parts.map(|f| f.trim().to_string()).collect(),
            }
        })
        .collect()
}

/// A compiled lexicon: finds every entry in a text.
pub struct Matcher {
    automaton: AhoCorasick,
    entries: Vec<Entry>,
}

/// A match: the byte span in the original text and the index of the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub entry: usize,
}

impl Matcher {
    /// Compiles the entries. Panics only when the automaton cannot be built, which for a few
    /// thousand short phrases does not happen; lexicons are checked by tests at build time.
    pub fn new(entries: Vec<Entry>) -> Self {
        // A DFA: built once at load, it searches several times faster than the default NFA, which
        // matters because every sentence of every article is searched.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.phrase.as_str()))
            .expect("lexicon automaton");
        Matcher { automaton, entries }
    }

    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// All whole-word matches in `text[span]`, in order, longest first at each position.
    pub fn find(&self, text: &str, span: Span) -> Vec<Hit> {
        let folded = Folded::new(span.slice(text));
        let mut hits = Vec::new();
        for m in self.automaton.find_iter(&folded.text) {
            let (s, e) = (folded.original(m.start()), folded.original(m.end()));
            let (s, e) = (span.start + s, span.start + e);
            if is_boundary(text, s, e) {
                hits.push(Hit {
                    span: Span::new(s, e),
                    entry: m.pattern().as_usize(),
                });
            }
        }
        hits
    }
}

/// True when `text[start..end]` is not glued to a letter or digit on either side.
fn is_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Lowercased text with a map from each folded byte back to the original byte offset.
///
/// Lowercasing can change a character's UTF-8 length ("İ" becomes two characters), so offsets are
/// mapped back explicitly instead of assuming the two strings line up.
struct Folded {
    text: String,
    /// `origin[i]` is the original offset of folded byte `i`; one extra entry for the end. `None`
    /// when the text is ASCII and offsets are unchanged (most sentences, and the cheap case: this runs
    /// on every sentence of every article).
    origin: Option<Vec<usize>>,
}

impl Folded {
    fn new(s: &str) -> Self {
        if s.is_ascii() {
            return Folded {
                text: s.to_ascii_lowercase(),
                origin: None,
            };
        }
        let mut text = String::with_capacity(s.len());
        let mut origin = Vec::with_capacity(s.len() + 1);
        for (i, c) in s.char_indices() {
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
                origin.push(i);
                continue;
            }
            // Typographic apostrophes fold to ASCII so "it’s" matches "it's".
            let c = if c == '\u{2019}' { '\'' } else { c };
            for lc in c.to_lowercase() {
                let before = text.len();
                text.push(lc);
                origin.extend(std::iter::repeat_n(i, text.len() - before));
            }
        }
        origin.push(s.len());
        Folded {
            text,
            origin: Some(origin),
        }
    }

    /// Original offset of folded offset `i`; a match end maps to the end of its last character.
    fn original(&self, i: usize) -> usize {
        self.origin.as_ref().map_or(i, |o| o[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(lines: &str) -> Matcher {
        Matcher::new(parse(lines))
    }

    #[test]
    fn longest_whole_word_matches_win() {
        let m = matcher("# comment\nshrouded\tloaded\nshrouded in secrecy\tloaded\nin\tx\n");
        let text = "Plans remain Shrouded in secrecy; within days.";
        let hits = m.find(text, Span::new(0, text.len()));
        let found: Vec<&str> = hits.iter().map(|h| h.span.slice(text)).collect();
        assert_eq!(found, ["Shrouded in secrecy"]);
    }

    #[test]
    fn offsets_survive_case_folding_of_non_ascii() {
        // "ẞ" is three bytes, its lowercase "ß" two: offsets must still land on the original.
        let m = matcher("große\tx\n");
        let text = "Eine GROẞE Sache.";
        let hits = m.find(text, Span::new(0, text.len()));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].span.slice(text), "GROẞE");
    }

    #[test]
    fn curly_apostrophes_match_straight_ones() {
        let m = matcher("it's\tx\n");
        let text = "It’s late.";
        assert_eq!(
            m.find(text, Span::new(0, text.len()))[0].span.slice(text),
            "It’s"
        );
    }
}
