//! A small word tokenizer with byte offsets, enough for cue and noun-phrase rules.

/// One token: a word (letters/digits with inner apostrophes, hyphens and abbreviation dots) or one punctuation char.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// Lower-cased text (words only; punctuation keeps its char).
    pub lower: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Index of the quote this token lies in (marks included).
    pub quote: Option<usize>,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "gen", "lt", "col", "sgt", "capt", "prof", "st",
    "jr", "sr", "rev", "inc", "corp", "co", "ltd", "vs", "adm", "maj", "cmdr", "gens", "sens",
    "reps", "govs",
];

pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            loop {
                let rest = &text[end..];
                let mut cs = rest.chars();
                match cs.next() {
                    Some(d) if d.is_alphanumeric() => end += d.len_utf8(),
                    // a dot joins abbreviations and numbers ("U.S.", "No.1", "3.5"), not two words
                    // run together without a space ("said.Trump")
                    Some('.') => match cs.next() {
                        Some(e)
                            if e.is_alphanumeric()
                                && (e.is_ascii_digit()
                                    || text[i..end]
                                        .rsplit('.')
                                        .next()
                                        .map_or(0, |s| s.chars().count())
                                        <= 3) =>
                        {
                            end += 1
                        }
                        _ => break,
                    },
                    // a thousands separator keeps a number whole: "1,409 teachers"
                    Some(',')
                        if text[..end].ends_with(|p: char| p.is_ascii_digit())
                            && rest[1..].bytes().take_while(u8::is_ascii_digit).count() == 3 =>
                    {
                        end += 1
                    }
                    Some(d @ ('\'' | '’' | '-' | '&')) => match cs.next() {
                        Some(e) if e.is_alphanumeric() => end += d.len_utf8(),
                        _ => break,
                    },
                    _ => break,
                }
            }
            // abbreviation dot: "Mr.", "U.S.", "J."
            let w = &text[i..end];
            if text[end..].starts_with('.') {
                let lw = w.to_lowercase();
                let single_cap = w.chars().count() == 1 && c.is_uppercase();
                if ABBREVIATIONS.contains(&lw.as_str())
                    || single_cap
                    || (w.contains('.') && w.len() <= 6)
                {
                    end += 1;
                }
            }
            while let Some(&(j, _)) = it.peek() {
                if j < end {
                    it.next();
                } else {
                    break;
                }
            }
            let w = &text[i..end];
            toks.push(Tok {
                start: i,
                end,
                word: true,
                lower: w.to_lowercase(),
                cap: c.is_uppercase(),
                quote: None,
            });
        } else if !c.is_whitespace() {
            toks.push(Tok {
                start: i,
                end: i + c.len_utf8(),
                word: false,
                lower: c.to_string(),
                cap: false,
                quote: None,
            });
        }
    }
    toks
}

/// Index of the first token starting at or after `pos`.
pub(crate) fn first_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}
