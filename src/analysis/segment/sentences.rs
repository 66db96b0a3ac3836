//! Sentence boundaries inside one paragraph.
//!
//! The paragraph is cut into tokens at white space. A sentence can only end at a *terminal*: a run
//! of terminators (`. ? ! …`) with any closing quotes or brackets after it, at the end of a token
//! ("said.”"), as a token of its own (French "Bonjour !"), spread over several tokens (". . ."), or
//! inside a token when the next sentence follows without a space ("morning.Today"). Each terminal
//! is then judged by the rules in [`ends_sentence`], which look at the token before it, the token
//! after it and the sentence so far. List markers add boundaries where no terminal is.
//!
//! One pass over the paragraph, and every check looks at a bounded neighbourhood, so the work is
//! linear in the length of the text.

use super::lexicon::{self, Before};
use crate::analysis::span::Span;

/// Characters that can end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '?' | '!' | '…' | '‽' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '｡' | '！' | '？'
    )
}

/// Terminators of scripts written without spaces: they end a sentence whatever follows.
fn is_strong_terminator(c: char) -> bool {
    matches!(c, '。' | '｡' | '！' | '？')
}

/// Characters that may close a sentence after its terminator: quotes of any language (German
/// „…“ closes with “) and closing brackets.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '“' | '’' | '‘' | '»' | '«' | '›' | '‹' | ')' | ']' | '}'
    )
}

/// Closers that may stand as a token of their own (French "« C'est fini. »"). Straight quotes are
/// left out: alone between spaces they are as likely to open the next quotation.
fn is_spaced_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

fn is_quote(c: char) -> bool {
    is_closer(c) && !matches!(c, ')' | ']' | '}')
}

fn is_opening_bracket(c: char) -> bool {
    matches!(c, '(' | '[' | '{')
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‒' | '–' | '—' | '―')
}

/// Characters that mark list items; a paragraph that starts with one is split before each repeat.
/// Hyphens and asterisks are left out: inside a line they are far more often dashes.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '▸'
            | '►'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '➢'
            | '➤'
            | '✓'
            | '✔'
            | '☐'
            | '☑'
    )
}

/// Removes opening punctuation ("(", "“", "¿", "$") so that "(He" and "“Stop" read as words.
fn strip_leading_punctuation(token: &str) -> &str {
    token.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// How a terminal ends, which decides which rules apply to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    /// A single period, or a period followed by a spaced ellipsis (". . . .").
    Period,
    /// "?", "!", "?!", "!!", ...
    QuestionOrExclamation,
    /// "...", "....", "…": ends a sentence unless a lower-case word follows.
    Ellipsis,
    /// ". . ." with spaces: the style-guide mark for words left out inside a sentence.
    Omission,
    /// "。" and friends: always a boundary.
    Strong,
}

/// Tallies the terminators of a terminal, which may be spread over several tokens.
#[derive(Default)]
struct Tally {
    question_or_exclamation: bool,
    strong: bool,
    ellipsis_char: bool,
    /// Longest run of adjacent periods.
    longest_dot_run: usize,
    /// All periods, adjacent or spaced.
    dots: usize,
    /// Tokens made of a single period: a spaced ellipsis.
    spaced_dots: usize,
    /// A quotation mark follows a terminator: the terminal closes a quotation.
    quote_closed: bool,
}

impl Tally {
    fn add(&mut self, s: &str) {
        let mut run = 0;
        for c in s.chars() {
            if c == '.' {
                run += 1;
                self.dots += 1;
                self.longest_dot_run = self.longest_dot_run.max(run);
                continue;
            }
            run = 0;
            let seen_terminator =
                self.dots > 0 || self.ellipsis_char || self.question_or_exclamation;
            match c {
                c if is_quote(c) && seen_terminator => self.quote_closed = true,
                '…' => self.ellipsis_char = true,
                c if is_strong_terminator(c) => self.strong = true,
                '?' | '!' | '‽' | '‼' | '⁇' | '⁈' | '⁉' => {
                    self.question_or_exclamation = true
                }
                _ => {}
            }
        }
    }

    fn terminal(&self) -> Terminal {
        if self.strong {
            Terminal::Strong
        } else if self.question_or_exclamation {
            Terminal::QuestionOrExclamation
        } else if self.spaced_dots > 0 {
            // ". . ." leaves words out; a fourth period (". . . ." or "word. . . .") ends the sentence.
            match self.dots {
                3 => Terminal::Omission,
                _ => Terminal::Period,
            }
        } else if self.ellipsis_char || self.longest_dot_run >= 2 {
            Terminal::Ellipsis
        } else {
            Terminal::Period
        }
    }
}

/// What follows a terminal: the first word of the next token, past any opening punctuation.
struct Next<'a> {
    /// The token starts with a dash ("N.Y. — The mayor"), as datelines do.
    dash: bool,
    /// The first run of letters and digits, "" when the token has none (an emoji).
    word: &'a str,
}

impl<'a> Next<'a> {
    /// `following` is the token after `token`: when `token` is a lone dash, the word after it
    /// decides ("“No.” — and he left" goes on).
    fn of(token: &'a str, following: Option<&'a str>) -> Self {
        let dash = token.starts_with(is_dash);
        let lone_dash = dash && !token.chars().any(char::is_alphanumeric);
        let token = match following {
            Some(f) if lone_dash => f,
            _ => token,
        };
        let rest = strip_leading_punctuation(token);
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        Next {
            dash,
            word: &rest[..len],
        }
    }

    fn first(&self) -> Option<char> {
        self.word.chars().next()
    }

    /// Lower case, except brand names in camel case ("iPhone sales rose"), which may open a sentence.
    fn is_lowercase(&self) -> bool {
        let mut chars = self.word.chars();
        chars.next().is_some_and(char::is_lowercase)
            && !chars.next().is_some_and(char::is_uppercase)
    }

    fn is_digit(&self) -> bool {
        self.first().is_some_and(|c| c.is_numeric())
    }
}

/// A place where a sentence may end, with what the rules need to judge it.
struct Candidate<'a> {
    terminal: Terminal,
    /// The token before the terminator, opening punctuation removed ("Mr", "U.S", "world").
    before: &'a str,
    /// The token before that one, when it is in the same sentence (for "you and I.").
    previous: Option<&'a str>,
    /// The token after the terminal, and the one after that.
    next: &'a str,
    following: Option<&'a str>,
    /// A closing quotation mark ends the terminal and a speech verb follows: “Stop!” Mr. Li said.
    attribution_follows: bool,
    /// How many tokens the sentence has so far, counting `before`.
    sentence_len: usize,
    /// The first token of the sentence so far.
    sentence_first: &'a str,
    /// `before` opens the sentence, alone or after a bullet ("1." in "• 1. Buy bread").
    before_opens_sentence: bool,
}

/// The rules. Each line says why; the golden-rule tests show each at work.
fn ends_sentence(c: &Candidate) -> bool {
    let next = Next::of(c.next, c.following);
    match c.terminal {
        Terminal::Strong => true,
        // “We won.” Smith said. / “Why?” Mr. Li asked: the quotation is the object of the verb.
        _ if c.attribution_follows => false,
        Terminal::Omission => false,
        // "Yahoo! in", "“Stop!” she cried", "Wait... what?" continue; anything else starts anew.
        Terminal::QuestionOrExclamation | Terminal::Ellipsis => !next.is_lowercase(),
        Terminal::Period => period_ends_sentence(c, &next),
    }
}

fn period_ends_sentence(c: &Candidate, next: &Next) -> bool {
    // A lower-case word never starts a sentence: "co. at", "U.S. for", "“Fine.” he said".
    if next.is_lowercase() {
        return false;
    }
    // "1. Buy bread", "a. Buy milk": a list marker is not a sentence.
    if c.before_opens_sentence && is_list_marker_word(c.before) {
        return false;
    }
    let before = lexicon::classify(c.before);
    // A dash after an abbreviation is a dateline ("NEW YORK, N.Y. — The mayor"); after a word it
    // introduces a credit line or an aside that starts anew.
    if next.dash {
        return before == Before::Ordinary || before == Before::SmallNumber;
    }
    match before {
        Before::Ordinary => true,
        // "Jan. 5", "No. 7", "p. 12": abbreviations take numbers; a plain word before one ends.
        _ if next.is_digit() => before == Before::SmallNumber,
        Before::Title => false,
        // "you and I. Did" ends; "Charles I. Brown", "George W. Bush" are initials.
        Before::Initial(letter) => letter == 'I' && c.previous.is_some_and(is_lowercase_word),
        // German ordinals: "am 3. Oktober".
        Before::SmallNumber => !lexicon::is_ordinal_noun(next.word),
        _ if is_opening_fragment(c) => false,
        // "at 6 a.m. Police said" ends; "8 p.m. Tuesday" goes on.
        Before::Abbreviation if lexicon::is_time_of_day(c.before) => {
            !lexicon::continues_time(next.word)
        }
        // "Acme Inc. The company" ends, "the U.S. Navy" goes on.
        Before::Abbreviation => lexicon::starts_sentence(next.word),
    }
}

fn is_lowercase_word(token: &str) -> bool {
    strip_leading_punctuation(token).starts_with(char::is_lowercase)
}

/// "At 7 a.m." is no sentence: a short run opening with a preposition is an adverbial that the
/// rest of the sentence follows. Only consulted after abbreviations, where the reading is open.
fn is_opening_fragment(c: &Candidate) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "at", "by", "on", "in", "until", "till", "before", "after", "since", "from", "around",
        "about", "near", "for", "to", "between",
    ];
    let first = strip_leading_punctuation(c.sentence_first);
    c.sentence_len <= 4 && first.len() <= 8 && PREPOSITIONS.contains(&first.to_lowercase().as_str())
}

/// "1", "12", "a": what stands before the period of a list marker. Upper-case letters are left
/// out: "A. Smith" is an initial far more often than a list item.
fn is_list_marker_word(word: &str) -> bool {
    let digits = word.len() <= 3 && !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    let letter = word.len() == 1 && word.bytes().all(|b| b.is_ascii_lowercase());
    digits || letter
}

/// A list marker token: "1.", "2)", "3.)", "(4)", "a.", with an optional leading bullet ("⁃9.").
/// Returns its ordinal value and its style, so that only the next item in the same style counts.
fn list_marker(token: &str) -> Option<(u32, &'static str, bool)> {
    let token = token.strip_prefix(is_bullet).unwrap_or(token);
    let (token, parenthesised) = match token.strip_prefix('(') {
        Some(rest) => (rest, true),
        None => (token, false),
    };
    let body_len = token
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(token.len());
    let (body, style) = token.split_at(body_len);
    let style = match (parenthesised, style) {
        (false, ".") => ".",
        (false, ")") => ")",
        (false, ".)") => ".)",
        (true, ")") => "()",
        _ => return None,
    };
    if !is_list_marker_word(body) {
        return None;
    }
    let is_letter = body.bytes().all(|b| b.is_ascii_lowercase());
    let value = if is_letter {
        u32::from(body.as_bytes()[0] - b'a') + 1
    } else {
        body.parse().ok()?
    };
    Some((value, style, is_letter))
}

/// Where the list items of a paragraph begin, if the paragraph holds a list written on one line:
/// it starts with a bullet (split before each repeat of that bullet) or with a marker "1." / "a)"
/// (split before the next marker in sequence: "2.", then "3.", ...), or a marker "1." follows a
/// colon ("Tips: 1. Eat 2. Sleep").
struct ListItems {
    bullet: Option<char>,
    next_marker: Option<(u32, &'static str, bool)>,
}

impl ListItems {
    fn new(text: &str, tokens: &[Span]) -> Self {
        let first = tokens.first().map_or("", |t| t.slice(text));
        let bullet = first.chars().next().filter(|&c| is_bullet(c));
        // The marker is the first token ("1.", "⁃9.") or follows a lone bullet ("• 9.").
        let marker_token = match (bullet, first.chars().count()) {
            (Some(_), 1) => tokens.get(1).map_or("", |t| t.slice(text)),
            _ => first,
        };
        let next_marker =
            list_marker(marker_token).map(|(v, style, letter)| (v + 1, style, letter));
        ListItems {
            bullet,
            next_marker,
        }
    }

    /// True when `token` (at index > 0) starts a new item; advances the expected marker.
    fn starts_item(&mut self, token: &str, previous: &str) -> bool {
        if let Some(b) = self.bullet {
            return token.starts_with(b);
        }
        let Some(expected) = self.next_marker else {
            // A list introduced by a colon: "Tips: 1. Eat 2. Sleep".
            let first_item =
                list_marker(token).filter(|&(value, _, _)| value == 1 && previous.ends_with(':'));
            self.next_marker = first_item.map(|(value, style, letter)| (value + 1, style, letter));
            return first_item.is_some();
        };
        let previous_is_bullet = previous.chars().count() == 1 && previous.starts_with(is_bullet);
        if previous_is_bullet {
            return false; // the bullet before it already started the item
        }
        if list_marker(token) == Some(expected) {
            self.next_marker = Some((expected.0 + 1, expected.1, expected.2));
            return true;
        }
        false
    }
}

/// The terminal at the end of a token: where it starts, or `None` when the token does not end
/// with one. "[...]" and "(!)" are editorial marks inside a sentence, not terminals.
fn terminal_suffix(token: &str) -> Option<usize> {
    let start = token
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_terminator(c) || is_closer(c))
        .last()
        .map(|(i, _)| i)?;
    let mut start = start;
    if token[..start].ends_with(is_opening_bracket) {
        // Skip past the bracketed mark; what follows its closing bracket may still end the sentence.
        let close = token[start..].find([')', ']', '}'])?;
        start += close + 1;
    }
    token[start..].contains(is_terminator).then_some(start)
}

/// A token made only of terminators and closers that may stand alone: ".", "?", "»", "…".
fn is_punctuation_token(token: &str) -> bool {
    token
        .chars()
        .all(|c| is_terminator(c) || is_spaced_closer(c))
}

/// URLs, e-mail addresses and domains keep their inner periods and question marks.
fn is_address(token: &str) -> bool {
    token.contains("://")
        || token.contains('@')
        || strip_leading_punctuation(token).starts_with("www.")
}

/// Splits a paragraph into trimmed sentence spans.
pub(super) fn split_paragraph(text: &str, paragraph: Span) -> Vec<Span> {
    let tokens = tokenize(text, paragraph);
    let mut splitter = Splitter {
        text,
        tokens: &tokens,
        cuts: Vec::new(),
        sentence_start: 0,
        sentence_start_byte: paragraph.start,
    };
    splitter.run();
    let mut starts = vec![paragraph.start];
    starts.extend(splitter.cuts);
    let ends = starts
        .iter()
        .skip(1)
        .copied()
        .chain(std::iter::once(paragraph.end));
    starts
        .iter()
        .zip(ends)
        .map(|(&s, e)| Span::new(s, e).trim(text))
        .collect()
}

/// Tokens: maximal runs without white space.
fn tokenize(text: &str, span: Span) -> Vec<Span> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in span.slice(text).char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                tokens.push(Span::new(span.start + s, span.start + i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(Span::new(span.start + s, span.end));
    }
    tokens
}

/// The pass over one paragraph: collects the byte offsets where new sentences start.
struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Span],
    cuts: Vec<usize>,
    /// Index of the token the current sentence starts in.
    sentence_start: usize,
    /// Byte offset where the current sentence starts (inside a token after a split without space).
    sentence_start_byte: usize,
}

impl<'a> Splitter<'a> {
    fn token(&self, i: usize) -> &'a str {
        self.tokens[i].slice(self.text)
    }

    fn cut(&mut self, byte: usize, token: usize) {
        if self
            .cuts
            .last()
            .map_or(self.sentence_start_byte < byte, |&last| last < byte)
        {
            self.cuts.push(byte);
            self.sentence_start = token;
            self.sentence_start_byte = byte;
        }
    }

    fn run(&mut self) {
        let mut list = ListItems::new(self.text, self.tokens);
        let mut i = 0;
        while i < self.tokens.len() {
            if i > 0 && list.starts_item(self.token(i), self.token(i - 1)) {
                self.cut(self.tokens[i].start, i);
            }
            self.split_inside_token(i);
            i = self.judge_token_end(i);
        }
    }

    /// The text of the current sentence within token `i` (all of it, unless the sentence started
    /// inside the token).
    fn sentence_part(&self, i: usize) -> &'a str {
        let span = self.tokens[i];
        &self.text[span.start.max(self.sentence_start_byte)..span.end]
    }

    /// Sentences that follow without a space: "morning.Today", "2,000.That". Only a terminator
    /// between a lower-case letter or digit and a capitalised word counts, outside addresses.
    fn split_inside_token(&mut self, i: usize) {
        let span = self.tokens[i];
        let token = self.token(i);
        let end_terminal = terminal_suffix(token).unwrap_or(token.len());
        if !token[..end_terminal].contains(is_terminator) || is_address(token) {
            return;
        }
        let mut chars = token[..end_terminal].char_indices().peekable();
        let mut prev: Option<char> = None;
        while let Some((at, c)) = chars.next() {
            if !is_terminator(c) {
                prev = Some(c);
                continue;
            }
            // The whole run of terminators and closers.
            let mut tally = Tally::default();
            let mut after = at + c.len_utf8();
            tally.add(&token[at..after]);
            while let Some(&(j, d)) = chars.peek() {
                if !(is_terminator(d) || is_closer(d)) || j >= end_terminal {
                    break;
                }
                tally.add(&token[j..j + d.len_utf8()]);
                after = j + d.len_utf8();
                chars.next();
            }
            let rest = &token[after..];
            let joins_words = prev.is_some_and(|p| p.is_lowercase() || p.is_numeric())
                && is_capitalised_word(rest)
                && !is_domain_ending(rest);
            if (joins_words || tally.strong) && !rest.is_empty() {
                let before_start = (self.sentence_start_byte.max(span.start)) - span.start;
                if before_start < at {
                    let candidate = Candidate {
                        terminal: tally.terminal(),
                        before: strip_leading_punctuation(&token[before_start..at]),
                        previous: None,
                        next: rest,
                        following: None,
                        attribution_follows: false,
                        sentence_len: i + 1 - self.sentence_start,
                        sentence_first: self.sentence_part(self.sentence_start),
                        before_opens_sentence: false,
                    };
                    if ends_sentence(&candidate) {
                        self.cut(span.start + after, i);
                    }
                }
            }
            prev = token[..after].chars().next_back();
        }
    }

    /// Judges the terminal at the end of token `i`, together with any punctuation-only tokens
    /// after it (". . .", "»"). Returns the index of the next token to look at.
    fn judge_token_end(&mut self, i: usize) -> usize {
        let token = self.sentence_part(i);
        let Some(suffix) = terminal_suffix(token) else {
            return i + 1;
        };
        let mut tally = Tally::default();
        tally.add(&token[suffix..]);
        // Absorb tokens that only continue the terminal: ". . .", French " ! »".
        let mut last = i;
        while last + 1 < self.tokens.len() && is_punctuation_token(self.token(last + 1)) {
            last += 1;
            let t = self.token(last);
            if t.trim_end_matches(is_spaced_closer) == "." {
                tally.spaced_dots += 1;
            }
            tally.add(t);
        }
        if token[..suffix].is_empty()
            && is_punctuation_token(token)
            && tally.dots == 1 + tally.spaced_dots
        {
            // A standalone first "." of a spaced ellipsis ("faded . . . was") counts as spaced too.
            tally.spaced_dots += 1;
        }
        let next_index = last + 1;
        if next_index >= self.tokens.len() {
            return next_index; // the paragraph ends here anyway
        }
        let (before, previous, before_index) = self.word_before(i, &token[..suffix]);
        let first_is_bullet = self.token(self.sentence_start).chars().all(is_bullet);
        let before_opens_sentence = before_index == self.sentence_start
            || (first_is_bullet && before_index == self.sentence_start + 1);
        let candidate = Candidate {
            terminal: tally.terminal(),
            before,
            previous,
            next: self.token(next_index),
            following: self.tokens.get(next_index + 1).map(|t| t.slice(self.text)),
            attribution_follows: tally.quote_closed && self.attribution_follows(next_index),
            sentence_len: before_index + 1 - self.sentence_start,
            sentence_first: self.sentence_part(self.sentence_start),
            before_opens_sentence,
        };
        if ends_sentence(&candidate) {
            self.cut(self.tokens[next_index].start, next_index);
        }
        next_index
    }

    /// Whether the tokens from `from` on read as an attribution: capitalised words (a name, a
    /// title) and then a speech verb that ends its clause ("Smith said.", "Mr. Li asked,"). A verb
    /// that goes on ("Smith said the talks failed") opens a sentence of its own.
    fn attribution_follows(&self, from: usize) -> bool {
        const MAX_NAME_TOKENS: usize = 4;
        for j in from..self.tokens.len().min(from + MAX_NAME_TOKENS + 1) {
            let token = strip_leading_punctuation(self.token(j));
            let word = token.trim_end_matches(|c: char| !c.is_alphanumeric());
            if lexicon::is_speech_verb(word) {
                let clause_ends = token.ends_with(['.', ',', ';', '!', '?']);
                return clause_ends || j + 1 == self.tokens.len();
            }
            // A name is capitalised and is not a word that opens sentences ("Nobody answered.").
            if !word.starts_with(char::is_uppercase) || lexicon::is_common_opener(word) {
                return false;
            }
        }
        false
    }

    /// The word before a terminal: the rest of the token, or the token before when the terminal
    /// stands alone ("Bonjour !"). Also returns the token before that and the word's token index.
    fn word_before(&self, i: usize, head: &'a str) -> (&'a str, Option<&'a str>, usize) {
        let in_sentence = |j: usize| j >= self.sentence_start;
        let previous_of =
            |j: usize| (j > 0 && in_sentence(j - 1)).then(|| self.sentence_part(j - 1));
        if !head.is_empty() || i == 0 || !in_sentence(i - 1) {
            return (strip_leading_punctuation(head), previous_of(i), i);
        }
        let before = self.sentence_part(i - 1);
        let before = before.trim_end_matches(|c: char| !c.is_alphanumeric());
        (strip_leading_punctuation(before), previous_of(i - 1), i - 1)
    }
}

/// "Com" in "Amazon.Com": a top-level domain, not a sentence.
fn is_domain_ending(rest: &str) -> bool {
    const DOMAINS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "info", "co", "io", "uk", "de", "fr", "ru",
    ];
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    len <= 4 && DOMAINS.contains(&rest[..len].to_lowercase().as_str())
}

/// An upper-case letter followed by a lower-case one: "Today", "Mr", not "PDF" or "s".
fn is_capitalised_word(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}
