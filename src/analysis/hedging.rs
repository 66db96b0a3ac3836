//! Hedging and speculation markers: which words hedge a claim, how strongly, and which sentences are uncertain.
//!
//! # How it works
//! 1. A per-language lexicon (`data/hedging/<lang>.tsv`, compiled in; English and German today, chosen by
//!    the primary ISO 639-1 code; other languages get the warning `hedging_unsupported_language`) lists cues
//!    with a category, a strength and optional flags (context rule, neighbour words, discontinuous pair). Each
//!    is parsed once into an Aho-Corasick automaton ([`LazyLock`]).
//! 2. The text is ASCII-lowercased (same byte length, so offsets stay exact) and every lexicon hit on word
//!    boundaries is collected. Each hit whose context rule accepts it is a candidate; among overlapping
//!    candidates the leftmost, then longest wins ("analysts suggest" beats "suggest").
//! 3. Context rules settle ambiguous words: "May 5" is a month, "could not" a past inability, "could further
//!    inflame" / "would be a step" a forecast (unless the sentence speaks of the past or of a habit: "in
//!    1962", "every Sunday"), "appeared on stage" no hedge, "suggested a restaurant" a recommendation,
//!    "talked about" a topic, "the might of" a noun, "as if" / "even if" no condition. Discontinuous cues
//!    ("either ... or", "whether ... or not") add a marker for each part.
//! 4. A sentence's score is `1 - prod(1 - strength)` over its uncertainty markers (modal, epistemic,
//!    conditional, speculation, and vague attributions whose verb is itself epistemic, "analysts suggest");
//!    it is `uncertain` (CoNLL-2010 sense) when the score reaches [`UNCERTAIN_THRESHOLD`]. Approximators,
//!    boosters and plain vague attributions ("sources said") are reported but do not make a sentence uncertain.
//!
//! Hedges inside direct quotes are the speaker's: they are reported with `quoted: true` and still count for the
//! sentence (the sentence reports an uncertain statement).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::analysis::span::Span;
use crate::analysis::warning::Warning;

/// A sentence whose score reaches this is `uncertain`; a marker at least this strong makes it so on its own.
pub const UNCERTAIN_THRESHOLD: f32 = 0.5;
/// Strength of "would"/"could" in a sentence that also states a condition.
const CONDITIONED_MODAL_STRENGTH: f32 = 0.6;
/// Strength of a forward-looking "could"/"would" outside past context ("could further inflame tensions",
/// "would be a step"): speculation, enough to make a sentence uncertain on its own.
const SPECULATIVE_MODAL_STRENGTH: f32 = 0.6;
/// Strength of a cue that a context rule judges weak (see `weak`).
const WEAK_STRENGTH: f32 = 0.45;

/// The kind of a hedge marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HedgeCategory {
    /// may, might, could, would
    Modal,
    /// suggest, appear to, likely, reportedly, believed, considered
    Epistemic,
    /// if, unless, whether
    Conditional,
    /// remains unclear, raises questions, shrouded in secrecy
    Speculation,
    /// about 300, some, thousands, nearly
    Approximator,
    /// analysts suggest, some say, it is believed, sources said
    VagueAttribution,
    /// clearly, undoubtedly, there is no doubt
    Booster,
}

impl HedgeCategory {
    pub const ALL: [HedgeCategory; 7] = [
        HedgeCategory::Modal,
        HedgeCategory::Epistemic,
        HedgeCategory::Conditional,
        HedgeCategory::Speculation,
        HedgeCategory::Approximator,
        HedgeCategory::VagueAttribution,
        HedgeCategory::Booster,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            HedgeCategory::Modal => "modal",
            HedgeCategory::Epistemic => "epistemic",
            HedgeCategory::Conditional => "conditional",
            HedgeCategory::Speculation => "speculation",
            HedgeCategory::Approximator => "approximator",
            HedgeCategory::VagueAttribution => "vague_attribution",
            HedgeCategory::Booster => "booster",
        }
    }

    fn parse(s: &str) -> Option<HedgeCategory> {
        HedgeCategory::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Categories that state something as possible, probable, believed, conditional or under question.
    pub fn is_uncertainty(&self) -> bool {
        matches!(
            self,
            HedgeCategory::Modal
                | HedgeCategory::Epistemic
                | HedgeCategory::Conditional
                | HedgeCategory::Speculation
        )
    }
}

/// One hedge found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct HedgeMarker {
    pub span: Span,
    pub category: HedgeCategory,
    /// How strongly the marker alone hedges its sentence, 0..1.
    pub strength: f32,
    /// Index into the `sentences` given to [`analyze`].
    pub sentence: usize,
    /// Inside a direct quote: the speaker's hedge, not the writer's.
    pub quoted: bool,
}

/// Uncertainty of one sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceUncertainty {
    pub index: usize,
    pub span: Span,
    pub uncertain: bool,
    pub score: f32,
}

/// The hedging analysis of a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Hedging {
    pub markers: Vec<HedgeMarker>,
    pub sentences: Vec<SentenceUncertainty>,
    /// All seven categories, in [`HedgeCategory::ALL`] order.
    pub counts: Vec<(HedgeCategory, usize)>,
    pub density_per_100_words: f32,
    pub warnings: Vec<Warning>,
}

// ---------------------------------------------------------------------------------------------------------------
// Lexicon

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    None,
    May,
    Might,
    Could,
    Would,
    Appear,
    Suggest,
    Passive,
    Thought,
    Consider,
    Believe,
    AsComplement,
    Attributive,
    Possible,
    PossibleClause,
    Potential,
    Number,
    EitherOr,
    Whether,
    If,
    NotNoun,
}

impl Rule {
    fn parse(s: &str) -> Option<Rule> {
        Some(match s {
            "may" => Rule::May,
            "might" => Rule::Might,
            "could" => Rule::Could,
            "would" => Rule::Would,
            "appear" => Rule::Appear,
            "suggest" => Rule::Suggest,
            "passive" => Rule::Passive,
            "thought" => Rule::Thought,
            "consider" => Rule::Consider,
            "believe" => Rule::Believe,
            "as_complement" => Rule::AsComplement,
            "attributive" => Rule::Attributive,
            "possible" => Rule::Possible,
            "possible_clause" => Rule::PossibleClause,
            "potential" => Rule::Potential,
            "number" => Rule::Number,
            "either_or" => Rule::EitherOr,
            "whether" => Rule::Whether,
            "if" => Rule::If,
            "not_noun" => Rule::NotNoun,
            _ => return None,
        })
    }
}

#[derive(Debug)]
struct Entry {
    cue: String,
    category: HedgeCategory,
    strength: f32,
    rule: Rule,
    /// `next=a|b`: accepted only when the next word is one of these.
    next: Option<Vec<String>>,
    /// `prev=a|b`: accepted only when the previous word is one of these.
    prev: Option<Vec<String>>,
    /// `pair=w`: the second part of a discontinuous cue, marked when it follows in the sentence ("either ...
    /// or", "whether ... or not", "entweder ... oder").
    pair: Option<String>,
    /// For a vague attribution whose last word is an uncertainty cue ("analysts suggest"): byte range of that
    /// word within `cue` and its own strength.
    head: Option<(usize, usize, f32)>,
}

struct Lexicon {
    entries: Vec<Entry>,
    by_cue: rustc_hash::FxHashMap<String, usize>,
    automaton: AhoCorasick,
}

/// Expands `{a|b} c` into `a c`, `b c`.
fn expand(template: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = open + rest[open..].find('}').expect("unbalanced { in lexicon");
        let prefix = &rest[..open];
        let options: Vec<&str> = rest[open + 1..close].split('|').collect();
        out = out
            .iter()
            .flat_map(|o| options.iter().map(move |opt| format!("{o}{prefix}{opt}")))
            .collect();
        rest = &rest[close + 1..];
    }
    out.into_iter().map(|o| o + rest).collect()
}

impl Lexicon {
    fn parse(data: &str) -> Lexicon {
        let mut entries: Vec<Entry> = Vec::new();
        let mut seen = rustc_hash::FxHashSet::default();
        for (n, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(
                fields.len() >= 3,
                "lexicon line {}: expected cue, category, strength",
                n + 1
            );
            let category = HedgeCategory::parse(fields[1]).unwrap_or_else(|| {
                panic!("lexicon line {}: unknown category {}", n + 1, fields[1])
            });
            let strength: f32 = fields[2]
                .parse()
                .unwrap_or_else(|_| panic!("lexicon line {}: strength", n + 1));
            let mut rule = Rule::None;
            let mut next: Option<Vec<String>> = None;
            let mut prev: Option<Vec<String>> = None;
            let mut pair: Option<String> = None;
            for flag in fields
                .get(3)
                .copied()
                .unwrap_or("")
                .split(',')
                .filter(|f| !f.is_empty())
            {
                match flag.split_once('=') {
                    Some(("rule", r)) => {
                        rule = Rule::parse(r)
                            .unwrap_or_else(|| panic!("lexicon line {}: unknown rule {r}", n + 1))
                    }
                    Some(("next", words)) => {
                        next = Some(words.split('|').map(str::to_string).collect())
                    }
                    Some(("prev", words)) => {
                        prev = Some(words.split('|').map(str::to_string).collect())
                    }
                    Some(("pair", words)) => pair = Some(words.to_string()),
                    _ => panic!("lexicon line {}: unknown flag {flag}", n + 1),
                }
            }
            for cue in expand(fields[0]) {
                let mut variants = if cue.contains('\'') {
                    vec![cue.replace('\'', "\u{2019}"), cue]
                } else {
                    vec![cue]
                };
                // The text is only ASCII-lowercased: "Über" at a sentence start needs its own pattern
                // (same byte length, so offsets stay exact).
                for v in variants.clone() {
                    if let Some(first) = v
                        .chars()
                        .next()
                        .filter(|ch| !ch.is_ascii() && ch.is_lowercase())
                    {
                        let upper: String = first.to_uppercase().collect();
                        if upper.len() == first.len_utf8() {
                            variants.push(format!("{upper}{}", &v[first.len_utf8()..]));
                        }
                    }
                }
                for cue in variants {
                    if seen.insert(cue.clone()) {
                        entries.push(Entry {
                            cue,
                            category,
                            strength,
                            rule,
                            next: next.clone(),
                            prev: prev.clone(),
                            pair: pair.clone(),
                            head: None,
                        });
                    }
                }
            }
        }
        // Vague attributions whose verb is an uncertainty cue carry that verb as their head.
        let single: rustc_hash::FxHashMap<&str, (HedgeCategory, f32)> = entries
            .iter()
            .filter(|e| !e.cue.contains(' '))
            .map(|e| (e.cue.as_str(), (e.category, e.strength)))
            .collect();
        let heads: Vec<Option<(usize, usize, f32)>> = entries
            .iter()
            .map(|e| {
                if e.category != HedgeCategory::VagueAttribution {
                    return None;
                }
                let start = e.cue.rfind(' ').map_or(0, |i| i + 1);
                match single.get(&e.cue[start..]) {
                    Some((cat, s)) if cat.is_uncertainty() && *s >= UNCERTAIN_THRESHOLD => {
                        Some((start, e.cue.len(), e.strength.max(*s)))
                    }
                    _ => None,
                }
            })
            .collect();
        for (e, h) in entries.iter_mut().zip(heads) {
            e.head = h;
        }
        // A DFA: built once, it searches several times faster than the default NFA on every article.
        let automaton = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.cue.as_str()))
            .expect("hedging automaton");
        let by_cue = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.cue.clone(), i))
            .collect();
        Lexicon {
            entries,
            by_cue,
            automaton,
        }
    }
}

/// One lexicon per language, `data/hedging/<code>.tsv` keyed by its ISO 639-1 code, each parsed on first use.
/// A new language is one data file and one line here; the context rules (`rule=` flags) are shared code.
static LEXICONS: [(&str, LazyLock<Lexicon>); 2] = [
    (
        "en",
        LazyLock::new(|| Lexicon::parse(include_str!("../../data/hedging/en.tsv"))),
    ),
    (
        "de",
        LazyLock::new(|| Lexicon::parse(include_str!("../../data/hedging/de.tsv"))),
    ),
];

/// The lexicon for a language code: "en", "EN", "en-GB" and "en_US" all select English.
fn lexicon(language: &str) -> Option<&'static Lexicon> {
    let primary = language.split(['-', '_']).next().unwrap_or("").trim();
    LEXICONS
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(primary))
        .map(|(_, lex)| &**lex)
}

/// True when hedging markers can be found for this ISO 639-1 language code.
pub fn has_lexicon(language: &str) -> bool {
    lexicon(language).is_some()
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens around a match

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' || c == '_'
}

fn is_boundary_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Tokens after byte `pos`, up to `hi`: words, and punctuation as one-char tokens (quotes are skipped).
fn tokens_after(s: &str, pos: usize, hi: usize, n: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(n);
    let mut it = s[pos..hi].char_indices().peekable();
    while out.len() < n {
        let Some((i, c)) = it.next() else { break };
        if c.is_whitespace() || is_quote(c) {
            continue;
        }
        if is_word_char(c) && c != '\'' && c != '\u{2019}' {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            out.push(&s[pos + i..pos + end]);
        } else {
            out.push(&s[pos + i..pos + i + c.len_utf8()]);
        }
    }
    out
}

/// Tokens before byte `pos`, down to `lo`, nearest first.
fn tokens_before(s: &str, pos: usize, lo: usize, n: usize) -> Vec<&str> {
    let mut out = Vec::with_capacity(n);
    let mut it = s[lo..pos].char_indices().rev().peekable();
    while out.len() < n {
        let Some((i, c)) = it.next() else { break };
        if c.is_whitespace() || is_quote(c) {
            continue;
        }
        if is_word_char(c) {
            let mut start = i;
            while let Some(&(j, d)) = it.peek() {
                if !is_word_char(d) {
                    break;
                }
                start = j;
                it.next();
            }
            let w =
                s[lo + start..lo + i + c.len_utf8()].trim_matches(|c| c == '\'' || c == '\u{2019}');
            if !w.is_empty() {
                out.push(w);
            }
        } else {
            out.push(&s[lo + i..lo + i + c.len_utf8()]);
        }
    }
    out
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// A number in digits or words ("12", "$5", "four", "hundreds"), lower-case.
pub(crate) fn is_number(tok: &str) -> bool {
    let t = tok.trim_start_matches(['$', '\u{00A3}', '\u{20AC}', '~']);
    t.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            t,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "fifteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "hundreds"
                | "thousand"
                | "thousands"
                | "million"
                | "millions"
                | "billion"
                | "billions"
                | "dozen"
                | "dozens"
                | "half"
                | "third"
                | "quarter"
                | "two-thirds"
                | "zwei"
                | "drei"
                | "vier"
                | "fünf"
                | "zehn"
                | "zwanzig"
                | "hundert"
                | "tausend"
                | "dutzend"
                | "one-third"
                | "a"
                | "an"
        ) && !matches!(t, "a" | "an")
}

const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "'s", "isn't", "wasn't", "aren't",
];
const DET: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "whose",
];
/// Subjects that make "suggest a ..." an inference rather than a recommendation.
const EVIDENCE: &[&str] = &[
    "data",
    "results",
    "result",
    "evidence",
    "study",
    "studies",
    "findings",
    "research",
    "analysis",
    "analyses",
    "it",
    "this",
    "these",
    "that",
    "which",
    "report",
    "reports",
    "polls",
    "poll",
    "figures",
    "records",
    "tests",
    "signs",
    "survey",
    "surveys",
    "models",
    "estimates",
    "observations",
    "experiments",
    "remains",
    "traces",
    "documents",
    "statistics",
    "numbers",
    "trends",
    "pattern",
    "patterns",
    "name",
    "title",
    "also",
    "strongly",
];
const DEGREE_ADV: &[&str] = &[
    "widely",
    "generally",
    "commonly",
    "often",
    "long",
    "once",
    "now",
    "also",
    "still",
    "usually",
    "originally",
    "traditionally",
    "largely",
    "sometimes",
    "frequently",
    "popularly",
    "mistakenly",
    "wrongly",
    "erroneously",
    "universally",
    "increasingly",
    "variously",
    "even",
    "not",
    "never",
    "already",
    "broadly",
    "historically",
];
const MONTH_PREP: &[&str] = &[
    "in",
    "of",
    "on",
    "since",
    "until",
    "till",
    "by",
    "early",
    "late",
    "mid",
    "from",
    "during",
    "last",
    "next",
    "this",
    "through",
    "before",
    "after",
    "between",
    "to",
    "every",
    "each",
    "and",
    "or",
    "through",
    "throughout",
];

fn any(list: &[&str], tok: Option<&&str>) -> bool {
    tok.is_some_and(|t| list.contains(t))
}

struct Ctx<'a> {
    low: &'a str,
    text: &'a str,
    lo: usize,
    hi: usize,
    start: usize,
    end: usize,
}

impl<'a> Ctx<'a> {
    fn next(&self, n: usize) -> Vec<&'a str> {
        tokens_after(self.low, self.end, self.hi, n)
    }
    fn prev(&self, n: usize) -> Vec<&'a str> {
        tokens_before(self.low, self.start, self.lo, n)
    }
}

/// Does the context rule accept this hit? (Plain lexicon entries always do.)
fn accept(rule: Rule, c: &Ctx) -> bool {
    match rule {
        Rule::None => true,
        Rule::May => {
            let capital = c.text[c.start..].starts_with('M');
            let next = c.next(2);
            let prev = c.prev(1);
            if is_number(next.first().unwrap_or(&"")) || prev.first().is_some_and(|p| is_number(p))
            {
                return false; // "May 5", "5 May"
            }
            if !capital {
                return true;
            }
            if any(MONTH_PREP, prev.first()) {
                return false; // "in May", "since May"
            }
            let at_start = prev.is_empty() || prev[0].chars().all(|ch| !ch.is_alphanumeric());
            if at_start {
                // "May the force ...", "May, June" are rare; a sentence-initial May before a verb is the modal.
                return !matches!(
                    next.first().copied(),
                    Some(",") | Some(".") | Some("of") | None
                );
            }
            // Mid-sentence capital "May": a month or a name ("Theresa May") unless a verb-like word follows.
            matches!(
                next.first().copied(),
                Some("be") | Some("have") | Some("not") | Some("also") | Some("well")
            )
        }
        Rule::Might => {
            let prev = c.prev(1);
            let next = c.next(1);
            let noun_before = any(DET, prev.first())
                || any(
                    &[
                        "military",
                        "economic",
                        "naval",
                        "full",
                        "all",
                        "great",
                        "sheer",
                        "of",
                        "air",
                        "industrial",
                        "financial",
                        "political",
                        "nuclear",
                        "soviet",
                        "american",
                        "russian",
                        "chinese",
                        "imperial",
                    ],
                    prev.first(),
                );
            !(noun_before
                || matches!(
                    next.first().copied(),
                    Some("of") | Some("and") | Some(".") | None
                ))
        }
        Rule::Could => {
            let next = c.next(1);
            let prev = c.prev(2);
            if any(
                &[
                    "not",
                    "never",
                    "hardly",
                    "barely",
                    "only",
                    "no",
                    "see",
                    "hear",
                    "feel",
                    "smell",
                    "afford",
                    "swim",
                    "read",
                    "speak",
                    "walk",
                    "remember",
                    "understand",
                    "do",
                    "get",
                ],
                next.first(),
            ) {
                return false; // past (in)ability
            }
            if !any(
                &["be", "have", "also", "potentially", "possibly"],
                next.first(),
            ) && time_context(c) != TimeContext::Open
            {
                return false; // "as a child she could climb trees": past ability or habit
            }
            // "so that they could": purpose
            !(prev.len() == 2 && prev[1] == "so" && prev[0] == "that")
        }
        Rule::Would => {
            let next = c.next(2);
            let prev = c.prev(1);
            if any(
                &[
                    "not",
                    "never",
                    "have",
                    "often",
                    "always",
                    "usually",
                    "later",
                    "eventually",
                    "soon",
                    "then",
                    "go",
                    "become",
                    "like",
                    "rather",
                    "prefer",
                    "love",
                    "continue",
                    "remain",
                    "spend",
                    "return",
                    "again",
                    "frequently",
                    "sometimes",
                    "typically",
                    "regularly",
                    "serve",
                    "marry",
                    "die",
                    "join",
                    "win",
                    "lose",
                    "succeed",
                    "replace",
                    "move",
                    "begin",
                    "start",
                    "come",
                    "take",
                    "play",
                    "lead",
                    "prove",
                    "reach",
                    "appear",
                    "hold",
                ],
                next.first(),
            ) {
                return false; // narrative future-in-past, habit, volition
            }
            if time_context(c) == TimeContext::Habit {
                return false; // "they would meet every Sunday"
            }
            !any(
                &[
                    "he",
                    "she",
                    "who",
                    "later",
                    "eventually",
                    "soon",
                    "years",
                    "then",
                    "i",
                    "we",
                ],
                prev.first(),
            )
        }
        Rule::Appear => {
            // "appear to be", "appears that", "appears likely"; not "appeared on stage", "appeared to the crowd"
            let next = c.next(2);
            match next.first().copied() {
                Some("to") => {
                    !any(DET, next.get(1))
                        && !any(
                            &["him", "them", "me", "us", "her", "you", "it"],
                            next.get(1),
                        )
                }
                Some("that") | Some("likely") | Some("unlikely") | Some("certain")
                | Some("set") | Some("poised") => true,
                _ => false,
            }
        }
        Rule::Suggest => {
            let next = c.next(2);
            let prev = c.prev(1);
            let n0 = next.first().copied().unwrap_or("");
            if any(&["the", "a"], prev.first()) && c.low[c.start..c.end].ends_with("ed") {
                return false; // "the suggested retail price"
            }
            if n0.ends_with("ing")
                && n0.len() > 4
                && !matches!(n0, "nothing" | "something" | "anything")
            {
                return false; // "suggested going"
            }
            if n0 == "to" && any(&["me", "him", "her", "us", "them", "you"], next.get(1)) {
                return false; // "suggested to him that we leave"
            }
            if matches!(n0, "a" | "an") {
                // "the data suggest a link": evidence hedges; "the waiter suggested a restaurant": a recommendation
                return any(EVIDENCE, prev.first());
            }
            true
        }
        Rule::Passive => {
            let prev = c.prev(2);
            let next = c.next(1);
            if any(BE, prev.first()) || any(DEGREE_ADV, prev.first()) {
                return true;
            }
            if any(&["to", "as", "that", "by", "among", "one"], next.first()) {
                return true;
            }
            // active with an object: "he considered the offer"
            !(any(DET, next.first())
                || any(
                    &["whether", "how", "what", "it", "them", "him", "her"],
                    next.first(),
                ))
        }
        Rule::Thought => {
            // a belief ("is thought to", "he thought that"), not the noun ("French thought", "a complete thought")
            let prev = c.prev(1);
            any(BE, prev.first())
                || any(DEGREE_ADV, prev.first())
                || any(
                    &[
                        "i",
                        "we",
                        "he",
                        "she",
                        "they",
                        "who",
                        "many",
                        "some",
                        "people",
                        "originally",
                        "first",
                        "initially",
                        "others",
                    ],
                    prev.first(),
                )
                || any(&["to", "that", "it"], c.next(1).first())
        }
        Rule::Consider => {
            let next = c.next(1);
            let n0 = next.first().copied().unwrap_or("");
            !(any(
                &[
                    "the",
                    "a",
                    "an",
                    "whether",
                    "how",
                    "what",
                    "why",
                    "which",
                    "if",
                    "such",
                    "all",
                    "options",
                    "alternatives",
                    "your",
                    "our",
                    "their",
                ],
                next.first(),
            ) || (n0.ends_with("ing") && n0.len() > 4))
        }
        Rule::Believe => {
            // "police believe the suspect fled": a clause (a finite verb soon after the noun phrase)
            let next = c.next(5);
            if any(DET, next.first())
                && next[1..].iter().take(3).any(|w| {
                    matches!(
                        *w,
                        "is" | "was"
                            | "are"
                            | "were"
                            | "has"
                            | "had"
                            | "have"
                            | "will"
                            | "would"
                            | "could"
                            | "may"
                            | "might"
                            | "can"
                    ) || (w.len() > 3 && w.ends_with("ed"))
                })
            {
                return true;
            }
            // "believe in", "believe his father": faith and trust, not a belief that something is so
            !any(
                &[
                    "in",
                    "his",
                    "her",
                    "their",
                    "the",
                    "a",
                    "an",
                    "any",
                    "anything",
                    "everything",
                    "me",
                    "him",
                    "them",
                    "us",
                    "you",
                ],
                c.next(1).first(),
            )
        }
        Rule::AsComplement => {
            let prev = c.prev(1);
            if any(
                &[
                    "with", "in", "this", "that", "kind", "best", "warm", "warmest", "your",
                    "high", "low", "without",
                ],
                prev.first(),
            ) {
                return false; // "with regard to", "in this regard"
            }
            let next = c.next(7);
            if next.first() == Some(&"that") && c.low[c.start..c.end].starts_with("view") {
                return true; // "the view that"
            }
            if next.len() >= 2 && next[0] == "to" && next[1] == "be" {
                return true; // "seen to be"
            }
            for (i, t) in next.iter().enumerate() {
                if matches!(*t, "." | ";" | ":" | "," | "!" | "?") {
                    return false;
                }
                if *t == "as" {
                    return !matches!(
                        next.get(i + 1).copied(),
                        Some("well")
                            | Some("soon")
                            | Some("long")
                            | Some("far")
                            | Some("much")
                            | Some("many")
                            | Some("part")
                            | Some("of")
                    ) && i < 6;
                }
            }
            false
        }
        Rule::Attributive => any(DET, c.prev(1).first()),
        Rule::Possible => {
            let prev = c.prev(1);
            let next = c.next(1);
            if next.first() == Some(&"that") {
                return true;
            }
            if any(
                &[
                    "to", "for", "by", "from", "in", "at", "with", "on", "under", ".",
                ],
                next.first(),
            ) || next.is_empty()
            {
                return false;
            }
            if any(BE, prev.first()) {
                return true; // "it is possible the ..."
            }
            any(
                &[
                    "a",
                    "an",
                    "the",
                    "one",
                    "two",
                    "three",
                    "several",
                    "some",
                    "other",
                    "possible",
                    "potential",
                    "another",
                    "many",
                ],
                prev.first(),
            )
        }
        Rule::PossibleClause => !any(&["to", "for"], c.next(1).first()),
        Rule::Potential => {
            let prev = c.prev(1);
            let next = c.next(1);
            !(any(
                &[
                    "to",
                    "energy",
                    "difference",
                    "function",
                    "well",
                    "field",
                    "flow",
                    "theory",
                ],
                next.first(),
            ) || any(
                &[
                    "its",
                    "their",
                    "his",
                    "her",
                    "our",
                    "full",
                    "great",
                    "electric",
                    "electrical",
                    "chemical",
                    "action",
                    "membrane",
                    "gravitational",
                    "untapped",
                    "growth",
                    "own",
                    "scalar",
                    "vector",
                    "redox",
                ],
                prev.first(),
            ))
        }
        Rule::Number => {
            let next = c.next(2);
            match next.first().copied() {
                Some("a") | Some("an") => next.get(1).is_some_and(|t| is_number(t)),
                Some(t) => is_number(t),
                None => false,
            }
        }
        Rule::EitherOr => {
            let next = c.next(1);
            !any(
                &["of", "side", "way", "case", "one", "end", ".", ","],
                next.first(),
            )
        }
        Rule::Whether => true,
        // "the suspect", "a prime suspect": the noun, not the verb of belief
        Rule::NotNoun => {
            !any(DET, c.prev(1).first())
                && !any(
                    &["prime", "main", "murder", "key", "chief", "usual"],
                    c.prev(1).first(),
                )
        }
        Rule::If => {
            let prev = c.prev(2);
            let next = c.next(2);
            if any(&["as", "even"], prev.first()) {
                return false; // "as if", "even if"
            }
            if any(&["any", "anything"], next.first())
                || (next.first() == Some(&"at") && next.get(1) == Some(&"all"))
            {
                return false; // "if any", "if at all"
            }
            if next.first() == Some(&"not") {
                return false; // "if not the best": a fixed phrase
            }
            if next.first() == Some(&"and") && next.get(1) == Some(&"only") {
                return false; // "if and only if"
            }
            !(prev.first() == Some(&"only") && prev.get(1) == Some(&"and"))
        }
    }
}

/// Accepted hits that hedge only weakly in this context (their strength is capped at [`WEAK_STRENGTH`]):
/// "a possible reason" (attributive), "you may" (permission).
fn weak(rule: Rule, c: &Ctx) -> bool {
    match rule {
        Rule::Possible => {
            let prev = c.prev(1);
            c.next(1).first() != Some(&"that") && !any(BE, prev.first())
        }
        Rule::May => c.prev(1).first() == Some(&"you"),
        _ => false,
    }
}

/// Adverbs that may stand between a modal and its verb ("could further inflame", "would also be").
const MODAL_ADVERBS: &[&str] = &[
    "further",
    "also",
    "still",
    "potentially",
    "possibly",
    "ultimately",
    "soon",
    "even",
    "well",
    "easily",
    "significantly",
    "seriously",
    "dramatically",
    "quickly",
    "yet",
    "then",
    "now",
    "eventually",
    "directly",
    "severely",
    "substantially",
    "badly",
    "fundamentally",
    "permanently",
    "effectively",
    "very",
    "likely",
];
/// Verbs of consequence and change: after "could"/"would" they project an outcome ("could reshape the
/// balance", "would trigger a recount").
const CHANGE_VERBS: &[&str] = &[
    "reshape",
    "inflame",
    "trigger",
    "spark",
    "escalate",
    "worsen",
    "undermine",
    "derail",
    "threaten",
    "jeopardise",
    "jeopardize",
    "endanger",
    "affect",
    "hurt",
    "harm",
    "damage",
    "boost",
    "raise",
    "lower",
    "increase",
    "reduce",
    "cut",
    "cost",
    "lead",
    "cause",
    "result",
    "push",
    "drive",
    "pave",
    "change",
    "alter",
    "transform",
    "shift",
    "destabilise",
    "destabilize",
    "disrupt",
    "delay",
    "complicate",
    "fuel",
    "deepen",
    "weaken",
    "strengthen",
    "ease",
    "mean",
    "spell",
    "signal",
    "prompt",
    "force",
    "undercut",
    "erode",
    "strain",
    "exacerbate",
    "intensify",
    "provoke",
    "heighten",
    "stoke",
    "accelerate",
    "slow",
    "stall",
    "collapse",
    "fail",
    "fall",
    "rise",
    "drop",
    "soar",
    "plunge",
    "double",
    "triple",
    "exceed",
    "surpass",
    "tip",
    "unleash",
    "usher",
    "upend",
    "overturn",
    "halt",
    "block",
    "prevent",
    "create",
    "emerge",
    "happen",
    "occur",
    "face",
    "hamper",
    "hinder",
    "imperil",
    "upset",
    "sour",
    "dampen",
    "cloud",
    "overshadow",
    "open",
    "expose",
    "deter",
    "encourage",
    "embolden",
    "reignite",
    "revive",
    "renew",
    "expand",
    "widen",
    "shrink",
    "lose",
    "wipe",
    "topple",
    "unravel",
    "backfire",
    "spill",
    "spread",
    "prolong",
    "hasten",
    "jolt",
    "rattle",
    "shake",
    "tilt",
    "determine",
    "decide",
    "influence",
    "impact",
    "reverse",
    "become",
];
/// Words that place a sentence in the past, where "could"/"would" are ability or narrative future-in-past
/// rather than speculation.
const PAST_WORDS: &[&str] = &[
    "ago",
    "century",
    "centuries",
    "childhood",
    "formerly",
    "youth",
    "previously",
    "earlier",
    "once",
];
const PAST_PHRASES: &[&str] = &[
    "as a child",
    "as a boy",
    "as a girl",
    "as a teenager",
    "as a young",
    "as a student",
    "at the time",
    "in those days",
    "back then",
    "in his day",
    "in her day",
];
/// Words of habit: "would" is then a past habit ("they would meet every Sunday").
const HABIT_WORDS: &[&str] = &[
    "whenever",
    "usually",
    "often",
    "always",
    "sometimes",
    "regularly",
];
const TIME_UNITS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "year",
    "morning",
    "evening",
    "night",
    "summer",
    "winter",
    "spring",
    "autumn",
    "weekend",
    "time",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TimeContext {
    /// Nothing places the sentence in the past: a modal may look forward.
    Open,
    /// "in 1920", "years ago", "as a child", "at the time".
    Past,
    /// "every Sunday", "whenever", "usually", "used to".
    Habit,
}

/// Does the sentence around the hit speak of the past or of a habit?
fn time_context(c: &Ctx) -> TimeContext {
    let sentence = &c.low[c.lo..c.hi];
    let mut prev = "";
    let mut past = false;
    for tok in sentence
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        if HABIT_WORDS.contains(&tok)
            || (matches!(prev, "every" | "each") && TIME_UNITS.contains(&tok))
            || (prev == "used" && tok == "to")
        {
            return TimeContext::Habit;
        }
        let digits = tok.strip_suffix('s').unwrap_or(tok);
        if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            let year: u32 = digits.parse().unwrap_or(0);
            past |= (1000..2020).contains(&year);
        }
        past |= PAST_WORDS.contains(&tok);
        prev = tok;
    }
    if past
        || PAST_PHRASES
            .iter()
            .any(|p| find_word(c.low, c.lo, c.hi, p).is_some())
    {
        TimeContext::Past
    } else {
        TimeContext::Open
    }
}

/// Words after "could/would be" that make a predicate of identity or role ("could be part of a broader
/// strategy", "would be a step"); evaluative adjectives ("it would be easy to ...") are left weak.
const BE_PREDICATE_STARTS: &[&str] = &[
    "a", "an", "the", "part", "one", "another", "more", "less", "at", "in", "some", "any", "no",
    "among",
];
/// Participles of outcome verbs that are not regular `-ed` forms of [`CHANGE_VERBS`].
const OUTCOME_PARTICIPLES: &[&str] = &[
    "delayed",
    "cut",
    "hit",
    "forced",
    "closed",
    "cancelled",
    "canceled",
    "postponed",
    "suspended",
    "scrapped",
    "blocked",
    "lost",
    "shaken",
    "overturned",
    "undone",
    "drawn",
    "dragged",
    "pushed",
];

fn is_outcome_participle(w: &str) -> bool {
    OUTCOME_PARTICIPLES.contains(&w)
        || w.strip_suffix("ed")
            .is_some_and(|v| CHANGE_VERBS.contains(&v))
        || w.strip_suffix('d')
            .is_some_and(|v| CHANGE_VERBS.contains(&v))
}

/// "could"/"would" projecting an outcome, in a sentence that does not speak of the past or of a habit:
/// before a verb of change ("could further inflame", "would trigger"), before "be" + a noun phrase or an
/// outcome participle ("would be a step", "could be delayed"), or "could have" + participle ("could have been
/// started deliberately"). Adverbs may stand between.
fn speculative_modal(c: &Ctx) -> bool {
    let next = c.next(5);
    let mut rest = next
        .iter()
        .copied()
        .skip_while(|w| MODAL_ADVERBS.contains(w));
    let is_could = c.low[c.start..c.end].starts_with('c');
    let forward = match rest.next() {
        Some("be") => rest
            .find(|w| !MODAL_ADVERBS.contains(w))
            .is_some_and(|w| BE_PREDICATE_STARTS.contains(&w) || is_outcome_participle(w)),
        Some("have") => is_could,
        Some(v) => CHANGE_VERBS.contains(&v),
        None => false,
    };
    forward && time_context(c) == TimeContext::Open && (is_could || !reported_intention(c))
}

/// Past verbs that report a statement or a decision.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "announced",
    "promised",
    "pledged",
    "vowed",
    "confirmed",
    "told",
    "added",
    "stated",
    "declared",
    "agreed",
    "decided",
    "insisted",
    "signalled",
    "signaled",
    "indicated",
    "wrote",
    "explained",
];

/// "The company said it would cut 500 jobs": a reported intention of the speaker (a pronoun subject right
/// after a reporting verb), not a forecast. "Officials said the accord would be a step" stays a forecast.
fn reported_intention(c: &Ctx) -> bool {
    let prev = c.prev(3);
    let pronoun = any(&["it", "they", "he", "she", "we", "i"], prev.first());
    let verb = match prev.get(1) {
        Some(&"that") => prev.get(2),
        other => other,
    };
    pronoun && any(REPORTING_VERBS, verb)
}

/// Byte offset of the whole word `w` in `low[from..hi]`.
fn find_word(low: &str, from: usize, hi: usize, w: &str) -> Option<usize> {
    let hay = &low[from..hi];
    let mut at = 0;
    while let Some(i) = hay[at..].find(w) {
        let s = from + at + i;
        let e = s + w.len();
        if boundary_ok(low, s, e) {
            return Some(s);
        }
        at += i + w.len();
    }
    None
}

fn boundary_ok(s: &str, start: usize, end: usize) -> bool {
    !s[..start].chars().next_back().is_some_and(is_boundary_char)
        && !s[end..].chars().next().is_some_and(is_boundary_char)
}

/// Byte ranges of direct quotes: “...”, "...", and ‘...’ (a ’ closes only before a non-letter).
fn quote_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map(|&(_, d)| d);
        match (open, c) {
            (_, '\n') => open = None,
            (None, '\u{201C}') | (None, '\u{00AB}') | (None, '\u{201E}') => open = Some((i, c)),
            (None, '"') => open = Some((i, c)),
            (None, '\u{2018}') if !prev.is_some_and(|p| p.is_alphanumeric()) => open = Some((i, c)),
            (None, '\'')
                if !prev.is_some_and(|p| p.is_alphanumeric())
                    && next.is_some_and(|d| d.is_alphabetic()) =>
            {
                open = Some((i, c))
            }
            (Some((s, '\u{201C}')), '\u{201D}')
            | (Some((s, '\u{201E}')), '\u{201C}')
            | (Some((s, '\u{201E}')), '\u{201D}')
            | (Some((s, '\u{00AB}')), '\u{00BB}')
            | (Some((s, '"')), '"') => {
                out.push((s, i + c.len_utf8()));
                open = None;
            }
            (Some((s, '\u{2018}')), '\u{2019}') | (Some((s, '\'')), '\'')
                if !next.is_some_and(|d| d.is_alphanumeric()) =>
            {
                out.push((s, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
        prev = Some(c);
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Analysis

struct Candidate {
    start: usize,
    end: usize,
    entry: usize,
    weak: bool,
    /// Forward-looking modal: raised to [`SPECULATIVE_MODAL_STRENGTH`].
    speculative: bool,
}

/// Finds hedge markers and scores sentences.
///
/// `sentences`: the sentence spans of `text` (byte offsets, from the segmenter); `word_count`: words in the text;
/// `language`: ISO 639-1 code.
pub fn analyze(text: &str, sentences: &[Span], word_count: usize, language: &str) -> Hedging {
    let Some(lex) = lexicon(language) else {
        return Hedging {
            markers: Vec::new(),
            sentences: sentences
                .iter()
                .enumerate()
                .map(|(index, &span)| SentenceUncertainty { index, span, uncertain: false, score: 0.0 })
                .collect(),
            counts: HedgeCategory::ALL.iter().map(|&c| (c, 0)).collect(),
            density_per_100_words: 0.0,
            warnings: vec![Warning::new(
                "hedging_unsupported_language",
                format!("no hedging lexicon for language '{language}'; hedging markers are not reported"),
            )],
        };
    };
    let low = text.to_ascii_lowercase();
    let sentence_of = |pos: usize| -> usize {
        sentences
            .partition_point(|s| s.start <= pos)
            .saturating_sub(1)
    };
    let bounds = |idx: usize| -> (usize, usize) {
        match sentences.get(idx) {
            Some(s) => (s.start.min(text.len()), s.end.min(text.len())),
            None => (0, text.len()),
        }
    };

    let mut candidates: Vec<Candidate> = Vec::new();
    for m in lex.automaton.find_overlapping_iter(&low) {
        let (start, end) = (m.start(), m.end());
        if !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
            || !boundary_ok(&low, start, end)
        {
            continue;
        }
        let entry = &lex.entries[m.pattern().as_usize()];
        let (lo, hi) = bounds(sentence_of(start));
        let (lo, hi) = (lo.min(start), hi.max(end));
        let ctx = Ctx {
            low: &low,
            text,
            lo,
            hi,
            start,
            end,
        };
        let next_ok = entry.next.as_ref().is_none_or(|set| {
            tokens_after(&low, end, hi, 1)
                .first()
                .is_some_and(|t| set.iter().any(|w| w == t))
        }) && entry.prev.as_ref().is_none_or(|set| {
            tokens_before(&low, start, lo, 1)
                .first()
                .is_some_and(|t| set.iter().any(|w| w == t))
        });
        // "either" hedges only with its "or" (the pair is required for that rule)
        let pair_ok = entry.rule != Rule::EitherOr
            || entry
                .pair
                .as_ref()
                .is_some_and(|p| find_word(&low, end, hi, p).is_some());
        if next_ok && pair_ok && accept(entry.rule, &ctx) {
            let weak = weak(entry.rule, &ctx);
            let speculative =
                matches!(entry.rule, Rule::Could | Rule::Would) && speculative_modal(&ctx);
            candidates.push(Candidate {
                start,
                end,
                entry: m.pattern().as_usize(),
                weak,
                speculative,
            });
        }
    }
    // leftmost, then longest, wins
    candidates.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let quotes = quote_ranges(text);
    let in_quote = |pos: usize| quotes.iter().any(|&(s, e)| s <= pos && pos < e);

    let mut markers: Vec<HedgeMarker> = Vec::new();
    let mut counted: Vec<bool> = Vec::new(); // parallel to `markers`: counts for sentence uncertainty
    let mut marker_entries: Vec<usize> = Vec::new(); // parallel to `markers`: lexicon entry
    let mut taken_until = 0usize;
    let mut extra: Vec<(usize, usize, usize)> = Vec::new(); // discontinuous second parts: (start, end, entry)
    for c in &candidates {
        if c.start < taken_until {
            continue;
        }
        if extra.iter().any(|&(s, e, _)| s < c.end && c.start < e) {
            continue;
        }
        taken_until = c.end;
        let entry = &lex.entries[c.entry];
        let sentence = sentence_of(c.start);
        let (_, hi) = bounds(sentence);
        let hi = hi.max(c.end);
        if let Some(pair) = &entry.pair {
            if let Some(s) = find_word(&low, c.end, hi, pair) {
                extra.push((s, s + pair.len(), c.entry));
            }
        }
        markers.push(HedgeMarker {
            span: Span::new(c.start, c.end),
            category: entry.category,
            strength: {
                let s = entry.head.map_or(entry.strength, |h| h.2);
                if c.weak {
                    s.min(WEAK_STRENGTH)
                } else if c.speculative {
                    s.max(SPECULATIVE_MODAL_STRENGTH)
                } else {
                    s
                }
            },
            sentence,
            quoted: in_quote(c.start),
        });
        counted.push(entry.category.is_uncertainty() || entry.head.is_some());
        marker_entries.push(c.entry);
    }
    for (s, e, entry_idx) in extra {
        if markers.iter().any(|m| m.span.start < e && s < m.span.end) {
            continue;
        }
        let entry = &lex.entries[entry_idx];
        markers.push(HedgeMarker {
            span: Span::new(s, e),
            category: entry.category,
            strength: entry.strength,
            sentence: sentence_of(s),
            quoted: in_quote(s),
        });
        counted.push(entry.category.is_uncertainty());
        marker_entries.push(entry_idx);
    }
    // "would"/"could" are weak alone (narrative "would", past "could"); in a sentence with a condition they are
    // the consequence of it ("if ..., it would ...").
    let conditional_sentences: Vec<usize> = markers
        .iter()
        .filter(|m| m.category == HedgeCategory::Conditional)
        .map(|m| m.sentence)
        .collect();
    for (m, &e) in markers.iter_mut().zip(&marker_entries) {
        if matches!(lex.entries[e].rule, Rule::Would | Rule::Could)
            && conditional_sentences.contains(&m.sentence)
        {
            m.strength = m.strength.max(CONDITIONED_MODAL_STRENGTH);
        }
    }
    let mut keep_prob = vec![1.0f32; sentences.len()];
    for (m, _) in markers.iter().zip(&counted).filter(|(_, &c)| c) {
        {
            if let Some(p) = keep_prob.get_mut(m.sentence) {
                *p *= 1.0 - m.strength.clamp(0.0, 1.0);
            }
        }
    }
    markers.sort_by_key(|m| (m.span.start, m.span.end));
    let sentences_out = sentences
        .iter()
        .enumerate()
        .map(|(index, &span)| {
            let score = (1.0 - keep_prob[index]).clamp(0.0, 1.0);
            SentenceUncertainty {
                index,
                span,
                uncertain: score >= UNCERTAIN_THRESHOLD,
                score,
            }
        })
        .collect();
    let counts = HedgeCategory::ALL
        .iter()
        .map(|&cat| (cat, markers.iter().filter(|m| m.category == cat).count()))
        .collect();
    let density_per_100_words = if word_count == 0 {
        0.0
    } else {
        markers.len() as f32 * 100.0 / word_count as f32
    };
    Hedging {
        markers,
        sentences: sentences_out,
        counts,
        density_per_100_words,
        warnings: Vec::new(),
    }
}

/// The uncertainty cue a marker stands for, in the CoNLL-2010 sense, or `None` when the marker does not make a
/// sentence uncertain by itself: an uncertainty marker at least [`UNCERTAIN_THRESHOLD`] strong gives its own
/// span; a vague attribution with an epistemic verb ("analysts suggest") gives the span of that verb.
pub fn uncertainty_cue(text: &str, language: &str, marker: &HedgeMarker) -> Option<Span> {
    if marker.strength < UNCERTAIN_THRESHOLD {
        return None;
    }
    if marker.category.is_uncertainty() {
        return Some(marker.span);
    }
    let lex = lexicon(language)?;
    let low = text[marker.span.start..marker.span.end].to_ascii_lowercase();
    let (s, e, _) = lex.by_cue.get(&low).and_then(|&i| lex.entries[i].head)?;
    Some(Span::new(marker.span.start + s, marker.span.start + e))
}
