//! Finding attributions: a cue (reporting verb or phrase), its source (the subject) and its content.
//!
//! Patterns, per sentence, cue by cue:
//! - preposed: `SOURCE [aux/adverbs] CUE [addressee] [that] CONTENT` ("Peskov said that ...", "Analysts suggest ...");
//! - postposed: `CONTENT, SOURCE CUE [adjunct].` and inverted `CONTENT, CUE SOURCE.` ("'...,' he said.");
//! - participial: `..., saying/adding CONTENT` (source = the clause's subject);
//! - `according to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
//! - agentless passive: `it is believed that ...`, `X is said to ...` (no source).
//!   A quotation next to the cue becomes the content whole, even over several sentences and paragraphs; a quote that
//!   follows a postposed cue at once continues the same attribution (split quotes).

use super::lexicon::{Cue, CueClass, LEXICON};
use super::model::{
    content_end_features, features, particle_features, source_end_features, source_start_features,
    Boundary, BoundaryCandidate, Candidates, CueCandidate, CueModel, CutCandidate, CUT_WORDS,
    PARTICLES,
};
use super::quotes::Quote;
use super::tokens::{first_at, Tok};
use crate::analysis::span::Span;

/// An attribution before source resolution.
#[derive(Clone, Debug)]
pub(crate) struct Raw {
    pub source: Option<Span>,
    /// For relative pronoun sources ("X, who said ..."): the noun phrase the pronoun stands for.
    pub antecedent: Option<Span>,
    pub cue: Span,
    pub content: Span,
    pub sentence: usize,
}

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "also",
    "later",
    "previously",
    "repeatedly",
    "once",
    "further",
    "again",
    "did",
    "does",
    "do",
    "not",
    "never",
    "been",
    "be",
    "could",
    "may",
    "might",
    "must",
    "should",
    "can",
    "just",
    "already",
    "even",
    "still",
    "first",
    "then",
    "often",
    "n't",
    "always",
    "now",
    "since",
];

/// Personal pronouns that can be a clause's subject (and so a source).
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "that",
];

/// Conjunctions and relatives that open a clause before its subject, so never a source's first word:
/// "as POLITICO reported" -> "POLITICO", "…, but he denied" -> "he".
const CLAUSE_OPENERS: &[&str] = &[
    "as", "but", "and", "or", "yet", "so", "which", "when", "while", "if", "although", "though",
    "because", "since",
];

/// Words that end a noun phrase when walking left from a cue.
const BOUNDARY: &[&str] = &[
    "that",
    "but",
    "because",
    "when",
    "while",
    "although",
    "though",
    "if",
    "as",
    "since",
    "after",
    "before",
    "so",
    "where",
    "whether",
    "unless",
    "than",
    "until",
    "what",
    "how",
    "why",
    "whom",
    "and",
    "or",
    "nor",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "also",
    "then",
    "now",
    "still",
    "thus",
    "therefore",
    "indeed",
    "moreover",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "not",
    "to",
    "said",
    "says",
    "say",
    "told",
    "according",
    "but",
    "let",
    "here",
    "there",
    "because",
    "even",
    "only",
    "just",
    "why",
];

/// Nouns (and adjectives) after which "to" opens a prepositional phrase inside a source: "Aides to Clinton",
/// "a person close to the Clintons", "the head of China’s delegation to the forum".
const AIDE_NOUNS: &[&str] = &[
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "close",
    "closest",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "delegation",
    "counsel",
    "assistant",
    "consultant",
    "loyal",
    "friendly",
    "sympathetic",
    "allies",
    "ally",
    "donors",
    "donor",
    "letter",
    "complaint",
];

const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "for", "with", "from", "to", "by", "about",
    "over", "under", "through", "via", "into", "amid", "despite", "without", "within", "across",
    "against", "among", "since",
];

const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "recently",
    "afterward",
    "afterwards",
    "last",
    "this",
    "previously",
    "privately",
    "publicly",
    "separately",
    "repeatedly",
    "morning",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "again",
    "too",
    "also",
    "then",
    "instead",
    "simply",
    "flatly",
    "bluntly",
    "angrily",
    "quietly",
];

/// Longest content scanned after a cue, in tokens (real sentences stay far below).
const MAX_CONTENT_TOKENS: usize = 400;

/// Longest appositive after an inverted source ("said John Smith, a spokesman for …"), in tokens.
const MAX_APPOSITIVE: usize = 30;

/// Verbs whose object is an addressee before the content ("told reporters that ...").
const ADDRESSEE_VERBS: &[&str] = &[
    "tell", "assure", "inform", "remind", "warn", "urge", "ask", "thank", "promise",
];

/// Participial cues after a comma that continue the clause's subject ("..., adding that ...").
fn is_participle(lower: &str) -> bool {
    lower.ends_with("ing")
}

/// An auxiliary or negation before a cue, contracted ones included ("didn't", "won’t").
fn is_aux(lower: &str) -> bool {
    AUX.contains(&lower) || lower.ends_with("n't") || lower.ends_with("n’t")
}

fn is_adverb(lower: &str) -> bool {
    lower.len() > 4
        && lower.ends_with("ly")
        && !matches!(
            lower,
            "only" | "family" | "early" | "july" | "italy" | "rally" | "ally" | "daily" | "likely"
        )
}

fn is_quote_mark(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.lower.as_str(),
            "\"" | "'" | "“" | "”" | "‘" | "’" | "«" | "»" | "„" | "‹" | "›"
        )
}

fn is_clause_punct(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.lower.as_str(),
            "," | ";" | ":" | "—" | "–" | "(" | ")" | "." | "!" | "?" | "[" | "]"
        )
}

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    pub quotes: &'a [Quote],
}

impl Ctx<'_> {
    fn span(&self, a: usize, b: usize) -> Span {
        // tokens a..b (exclusive)
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// Noun phrase ending right before token `k`, not reaching before `lb`: returns its first token.
    fn np_left(&self, k: usize, lb: usize) -> Option<usize> {
        let toks = self.toks;
        let mut j = k;
        let mut relative_from = None;
        let mut list_from: Option<usize> = None;
        while j > lb {
            let t = &toks[j - 1];
            if !t.word {
                if t.lower == ")" {
                    // a parenthesis after a name: "Harry Reid (D-Nev.)"
                    let mut m = j - 1;
                    while m > lb && toks[m - 1].lower != "(" && j - m < 8 {
                        m -= 1;
                    }
                    if m > lb && toks[m - 1].lower == "(" {
                        j = m - 1;
                        continue;
                    }
                }
                if j == k && matches!(t.lower.as_str(), "—" | "–" | "--") {
                    // an aside between subject and verb: "Democrats — and some Republicans — say"
                    let open = (lb..j - 1)
                        .rev()
                        .take(30)
                        .find(|&m| toks[m].lower == t.lower);
                    if let Some(m) = open.filter(|&m| m > lb && toks[m - 1].word) {
                        j = m;
                        continue;
                    }
                }
                // a list before a coordinated subject: "Rubio, Cruz and Kasich said" (kept only if the walk then
                // reaches the sentence's start through nominal words; see below)
                if t.lower == ","
                    && list_from.is_none()
                    && j < k
                    && j - 1 > lb
                    && toks[j - 2].word
                    && (j..k).any(|a| toks[a].lower == "and" && self.coordinates(a))
                {
                    list_from = Some(j);
                    j -= 1;
                    continue;
                }
                if matches!(t.lower.as_str(), "-" | "/" | "&" | "%" | ".")
                    && j - 1 > lb
                    && toks[j - 2].word
                {
                    j -= 1;
                    continue;
                }
                // a plural possessive: "Sanders’ campaign", "Democrats' nominee" (an apostrophe, not a quotation)
                if matches!(t.lower.as_str(), "'" | "’")
                    && t.quote.is_none()
                    && j < k
                    && j - 1 > lb
                    && toks[j - 2].word
                    && toks[j - 2].end == t.start
                    && toks[j - 2].lower.ends_with('s')
                {
                    j -= 1;
                    continue;
                }
                break;
            }
            let l = t.lower.as_str();
            // "to" before a name or a determiner is a preposition inside the subject ("Aides to Clinton", "the
            // head of China’s delegation to the forum"), not an infinitive
            let preposition_to = l == "to"
                && j < k
                && j - 1 > lb
                && AIDE_NOUNS.contains(&toks[j - 2].lower.as_str())
                && (toks[j].cap && toks[j].word
                    || matches!(
                        toks[j].lower.as_str(),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "both"
                    ));
            if BOUNDARY.contains(&l)
                && !(l == "and" && j < k && j >= 2 && self.coordinates(j - 1))
                && !preposition_to
            {
                // an auxiliary of a relative clause inside the subject: "advisers who have run the numbers
                // argue", "executives who had worked with Murdoch say" (the annotation takes the clause in)
                if let Some(who) = self.relative_before_aux(j - 1, lb).filter(|_| j < k) {
                    relative_from = Some(j);
                    j = who;
                    continue;
                }
                break;
            }
            if !t.cap
                && LEXICON
                    .cues
                    .get(l)
                    .is_some_and(|c| c.class == CueClass::Speech)
                && j < k
            {
                break;
            }
            j -= 1;
            if k - j > 14 {
                // (a relative clause or a list the walk went into is left out again rather than the whole
                // subject lost)
                match relative_from.max(list_from) {
                    Some(from) => {
                        j = from;
                        break;
                    }
                    None => return None,
                }
            }
        }
        if let Some(from) = list_from {
            // (a short list item opening the sentence, not "After the debate, Clinton and Sanders", "Speaking to
            // reporters, Clinton and Sanders", "In some respects, the clash between Trump and the family")
            let first = toks[j].lower.as_str();
            let listed = j == lb
                && from - 1 - j <= 5
                && !PREPOSITIONS.contains(&first)
                && !first.ends_with("ing")
                && toks[j..from - 1].iter().all(|t| {
                    let l = t.lower.as_str();
                    !t.word && matches!(l, "," | "." | "’s" | "'s")
                        || t.word
                            && (t.cap || !(l.ends_with("ing") || l.ends_with("ed")))
                            && !AUX.contains(&l)
                            && !LEXICON.cues.contains_key(l)
                });
            if !listed {
                j = from;
            }
        }
        if j == k {
            return None;
        }
        // a quantifier before a number the walk stopped at: "more than half of voters", "as many as 40 percent",
        // "at least a third"
        // a count: a number, "half", "a (third)"
        let counted = |i: usize| {
            toks.get(i).is_some_and(|t| {
                crate::analysis::hedging::is_number(&t.lower)
                    || matches!(t.lower.as_str(), "half" | "a")
            })
        };
        let mut quantified = false;
        if counted(j) {
            let before = j;
            let word = |i: usize, w: &[&str]| {
                i >= lb && toks[i].word && w.contains(&toks[i].lower.as_str())
            };
            if j >= lb + 2 && word(j - 1, &["than"]) && word(j - 2, &["more", "less", "fewer"]) {
                j -= 2;
            } else if j >= lb + 3
                && word(j - 1, &["as"])
                && word(j - 2, &["many", "much"])
                && word(j - 3, &["as"])
            {
                j -= 3;
            } else if j >= lb + 2 && word(j - 1, &["least", "most"]) && word(j - 2, &["at"]) {
                j -= 2;
            }
            quantified = j < before;
        }
        // drop leading prepositional adjuncts: "In 2015 Trump said" -> "Trump"; keep "officials in Washington"
        let mut s = j;
        // ("about" before a number is a quantifier: "About four in 10 said", and so is "at least half")
        let next = toks.get(s + 1).map_or("", |n| n.lower.as_str());
        let quantity = match toks[s].lower.as_str() {
            "about" => counted(s + 1),
            "at" => matches!(next, "least" | "most"),
            _ => false,
        };
        if PREPOSITIONS.contains(&toks[s].lower.as_str()) && !quantity {
            // skip the preposition and its object up to a capitalised word or pronoun following a lower-case word
            let mut m = s + 1;
            while m < k {
                let l = toks[m].lower.as_str();
                if PRONOUNS.contains(&l) && m > s + 1 {
                    break;
                }
                if toks[m].cap && m > s + 1 && !toks[m - 1].cap {
                    break;
                }
                m += 1;
            }
            s = if m >= k { s + 1 } else { m };
            if s >= k {
                return None;
            }
        }
        // a clause word the walk took in: "as POLITICO reported", "which he said", "but officials say"
        while !quantified && s + 1 < k && CLAUSE_OPENERS.contains(&toks[s].lower.as_str()) {
            s += 1;
        }
        Some(s)
    }

    /// When token `aux` is an auxiliary (or an adverb after one) opening a relative clause right after "who" and
    /// its noun ("people who have battled …", "voters who still haven’t decided …"): the index of "who", where a
    /// walk to the left can go on to the noun. `None` for any other word.
    fn relative_before_aux(&self, aux: usize, lb: usize) -> Option<usize> {
        let toks = self.toks;
        let verb_group = |t: &Tok| t.word && !t.cap && (is_aux(&t.lower) || is_adverb(&t.lower));
        if !is_aux(&toks[aux].lower) || toks[aux].cap {
            return None;
        }
        let mut m = aux;
        while m > lb && aux - m < 3 && verb_group(&toks[m - 1]) {
            m -= 1;
        }
        (m > lb + 1 && toks[m - 1].lower == "who" && toks[m - 2].word)
            .then_some(m - 1)
            .filter(|&who| !PRONOUNS.contains(&toks[who - 1].lower.as_str()))
    }

    /// True when the "and" at token `and` joins two noun phrases of one subject ("Clinton and Sanders",
    /// "politicians and activists", "he and other challengers") rather than two clauses: the words on both
    /// sides look nominal (capitalised, a subject pronoun, or a plain word that is no verb form we know).
    fn coordinates(&self, and: usize) -> bool {
        let toks = self.toks;
        let (Some(before), Some(after)) = (and.checked_sub(1).map(|i| &toks[i]), toks.get(and + 1))
        else {
            return false;
        };
        let nominal = |t: &Tok| {
            let l = t.lower.as_str();
            t.word
                && (t.cap
                    || l != "it" && SUBJECT_PRONOUNS.contains(&l)
                    || !(BOUNDARY.contains(&l)
                        || AUX.contains(&l)
                        || PRONOUNS.contains(&l)
                        || LEXICON.cues.contains_key(l)
                        || l.ends_with("ed")
                        || l.ends_with("ing")
                        || is_adverb(l)))
        };
        nominal(before) && nominal(after)
    }

    /// The subject opening a clause at token `s0` (for a participial cue at `k`): a pronoun, or a name's run of
    /// capitalised words ("Co-moderator Andrea Mitchell raised …, saying" -> "Co-moderator Andrea Mitchell");
    /// returns its end (exclusive). Other openings are not taken for a subject.
    fn clause_subject(&self, s0: usize, k: usize) -> Option<usize> {
        let toks = self.toks;
        let first = toks.get(s0).filter(|_| s0 < k)?;
        if SUBJECT_PRONOUNS.contains(&first.lower.as_str()) {
            return Some(s0 + 1);
        }
        if !first.cap || !first.word {
            return None;
        }
        // a determiner or a possessive opens a common-noun subject: "The retired neurosurgeon criticized …,
        // saying" -> "The retired neurosurgeon" (not the capitalised run "The"); the phrase runs to the verb (an
        // auxiliary, a cue, a past form not right after the determiner, a word before an object's determiner)
        let fl = first.lower.as_str();
        if matches!(
            fl,
            "the" | "a" | "an" | "another" | "this" | "its" | "his" | "her" | "their"
        ) || fl.ends_with("’s")
            || fl.ends_with("'s")
        {
            let mut e = s0 + 1;
            while e < k && e - s0 <= 8 {
                let t = &toks[e];
                let l = t.lower.as_str();
                let object_next = toks.get(e + 1).is_some_and(|n| {
                    matches!(
                        n.lower.as_str(),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "him" | "them"
                    )
                });
                if !t.word
                    || is_aux(l)
                    || BOUNDARY.contains(&l)
                    || !t.cap && LEXICON.cues.contains_key(l)
                    || !t.cap && l.ends_with("ed") && e > s0 + 1
                    || !t.cap && object_next
                {
                    break;
                }
                e += 1;
            }
            if e > s0 + 1 && e < k && toks[e].word && e - s0 <= 8 {
                return Some(e);
            }
        }
        let mut e = s0 + 1;
        while e < k {
            let t = &toks[e];
            let joins = matches!(t.lower.as_str(), "-" | "of" | "(" | ")")
                && toks.get(e + 1).is_some_and(|n| n.cap);
            if !(t.word && t.cap || joins) {
                break;
            }
            e += 1;
        }
        Some(e)
    }

    /// The subject of the sentence's first verb, for a second predicate ("Ebeling reminisced about …, and said …",
    /// "Other former officers with no knowledge of the case chafed at it and said …"): a pronoun, or the words from
    /// a capitalised word or a determiner up to the first verb-like word (a past form, an auxiliary, a cue, or an
    /// -s form after a name) or comma. Returns its end (exclusive), at most 15 tokens on and before `lim`.
    fn verb_subject(&self, s0: usize, lim: usize) -> Option<usize> {
        let toks = self.toks;
        let first = toks.get(s0).filter(|_| s0 < lim)?;
        let l = first.lower.as_str();
        if SUBJECT_PRONOUNS.contains(&l) {
            return Some(s0 + 1);
        }
        if !first.word || !(first.cap || matches!(l, "the" | "a" | "an" | "many" | "some" | "most"))
        {
            return None;
        }
        let mut j = s0 + 1;
        while j < lim && j - s0 <= 15 {
            let t = &toks[j];
            let w = t.lower.as_str();
            if !t.word && !matches!(w, "." | "-" | "'" | "’" | "(" | ")") {
                break;
            }
            if t.word
                && !t.cap
                && (w.ends_with("ed")
                    || is_aux(w)
                    || LEXICON.cues.contains_key(w)
                    || w.ends_with('s') && toks[j - 1].cap)
            {
                break;
            }
            j += 1;
        }
        (j < lim && j - s0 <= 15).then_some(j)
    }

    /// Noun phrase starting at token `k` going right, up to a comma, sentence end or clause word; returns end (excl).
    fn np_right(&self, k: usize, ub: usize) -> Option<usize> {
        let toks = self.toks;
        let mut j = k;
        while j < ub {
            let t = &toks[j];
            if !t.word {
                // a parenthesis after a name, whole: "Sen. Ron Wyden (D-Ore.)"
                if t.lower == "(" {
                    if let Some(m) = (j + 1..ub.min(j + 8)).find(|&m| toks[m].lower == ")") {
                        j = m + 1;
                        continue;
                    }
                }
                if matches!(t.lower.as_str(), "-" | "/" | "&" | "(" | ")") {
                    j += 1;
                    continue;
                }
                break;
            }
            let l = t.lower.as_str();
            // "said a longtime adviser to Trump": "to" after an aide-type noun belongs to the phrase
            let preposition_to = l == "to"
                && j > k
                && AIDE_NOUNS.contains(&toks[j - 1].lower.as_str())
                && toks.get(j + 1).is_some_and(|n| {
                    n.cap && n.word
                        || matches!(
                            n.lower.as_str(),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its"
                        )
                });
            if j > k
                && !preposition_to
                && (BOUNDARY.contains(&l) && l != "and" || l == "who" || l == "which")
            {
                break;
            }
            j += 1;
            if j - k > 12 {
                break;
            }
        }
        (j > k).then_some(j)
    }

    /// The source before a preposed cue starting at token `c` (after aux), within sentence tokens `s0..`.
    /// Handles appositives and relative clauses between subject and verb ("Peskov, the spokesman, said",
    /// "X, who ..., said"). Returns (source span, antecedent for relative pronouns).
    fn subject_before(&self, c: usize, s0: usize) -> Option<(Span, Option<Span>)> {
        let toks = self.toks;
        if c == s0 {
            return None;
        }
        let before = &toks[c - 1];
        if before.lower == "," && c >= s0 + 2 {
            // "NP, APPOSITIVE, said" / "NP, who ..., said": find the previous comma
            let mut m = c - 1;
            // (an apostrophe is a quotation mark only where a quotation was found: "Sanders' adviser")
            while m > s0
                && toks[m - 1].lower != ","
                && !(is_quote_mark(&toks[m - 1]) && toks[m - 1].quote.is_some())
                && c - m < 30
            {
                m -= 1;
            }
            if m > s0 && toks[m - 1].lower == "," {
                let mut first = self.np_left(m - 1, s0)?;
                // an adjunct or connective between commas is no appositive: "Hunter, meanwhile, told", "Priebus,
                // in the wake of a new poll, told" (the annotation leaves it out: about 100 to 5 on train)
                if matches!(
                    toks[m].lower.as_str(),
                    "in" | "for"
                        | "after"
                        | "while"
                        | "however"
                        | "meanwhile"
                        | "though"
                        | "to"
                        | "during"
                        | "at"
                        | "too"
                        | "instead"
                        | "moreover"
                        | "nevertheless"
                        | "still"
                ) {
                    return Some((Span::new(toks[first].start, toks[m - 2].end), None));
                }
                // a chain of appositives back to the sentence's subject: "Sen. Marco Rubio, R-Fla., appearing on
                // Fox News, said" (the subject opens the sentence; at most three links)
                for _ in 0..3 {
                    if first < s0 + 2 || toks[first - 1].lower != "," || !toks[first].word {
                        break;
                    }
                    let Some(f) = self.np_left(first - 1, s0) else {
                        break;
                    };
                    if f != s0 || c - f > 40 {
                        break;
                    }
                    first = f;
                }
                return Some((Span::new(toks[first].start, toks[c - 2].end), None));
            }
            return None;
        }
        // a word, or a parenthesis closing after a name: "Sen. Rand Paul (R-Ky.) said"
        if !before.word && !matches!(before.lower.as_str(), ")" | "—" | "–" | "--") {
            return None;
        }
        let mut first = self.np_left(c, s0)?;
        // an appositive with no comma before the cue keeps the name before it: "Senator Sheldon Whitehouse, a
        // Democrat from Rhode Island has proposed", "Carole Bower, 75, a retiree in Carthage supported"
        for _ in 0..2 {
            if first < s0 + 2 || toks[first - 1].lower != "," {
                break;
            }
            let Some(f) = self.np_left(first - 1, s0) else {
                break;
            };
            // (the name opens the sentence and is no adjunct: not "On Thursday, the Wisconsin Republican said")
            let name = f == s0
                && first - 1 - f >= 2
                && !PREPOSITIONS.contains(&toks[f].lower.as_str())
                && toks[f..first - 1].iter().all(|t| {
                    let l = t.lower.as_str();
                    (t.cap && t.word
                        || !t.word && l == "."
                        || l.chars().all(|ch| ch.is_ascii_digit()))
                        && !TIME_WORDS.contains(&l)
                        && !MONTHS.contains(&l)
                });
            if !name
                || !(toks[first].lower.chars().all(|ch| ch.is_ascii_digit())
                    || matches!(toks[first].lower.as_str(), "a" | "an" | "the"))
            {
                break;
            }
            first = f;
        }
        // a relative or subject pronoun right before the cue is the source by itself, whatever the walk took in
        // before it: "centrists who were angry", "on Tuesday night he said" (the annotation marks the pronoun
        // only: about 500 times on train against 10 longer sources ending in one)
        let last = toks[c - 1].lower.as_str();
        if c - first > 1
            && toks[c - 1].word
            && matches!(last, "who" | "which" | "he" | "she" | "they" | "we")
        {
            let ante = (last == "who" || last == "which").then(|| self.span(first, c - 1));
            return Some((self.span(c - 1, c), ante));
        }
        let span = self.span(first, self.time_tail(first, c));
        let l = toks[first].lower.as_str();
        if c - first == 1
            && (l == "who" || l == "which")
            && first >= s0 + 2
            && toks[first - 1].lower == ","
        {
            let ante = self.np_left(first - 1, s0).map(|a| self.span(a, first - 1));
            return Some((span, ante));
        }
        Some((span, None))
    }

    /// The end of a source `first..c` without a trailing time adjunct ("the Kentucky Republican on Tuesday",
    /// "Trump last week"): the annotation leaves it out of the source.
    fn time_tail(&self, first: usize, c: usize) -> usize {
        let toks = self.toks;
        let mut e = c;
        while e > first + 1 {
            let t = &toks[e - 1];
            let l = t.lower.as_str();
            let time = t.word
                && (TIME_WORDS.contains(&l) && !matches!(l, "also" | "too" | "then" | "again")
                    || MONTHS.contains(&l) && t.cap
                    || matches!(l, "late" | "early" | "on" | "in" | "during")
                    || l.chars().all(|ch| ch.is_ascii_digit()));
            if !time {
                break;
            }
            e -= 1;
        }
        // only a tail that holds a time word proper, not a bare preposition ("officials in"), and not one of a
        // participle, which the annotation keeps ("a poll released on Thursday", "a court document filed Thursday")
        let participle = e > first && {
            let l = toks[e - 1].lower.as_str();
            l.ends_with("ed") || l.ends_with("ing")
        };
        if e < c
            && !participle
            && toks[e..c].iter().any(|t| {
                let l = t.lower.as_str();
                TIME_WORDS.contains(&l) || MONTHS.contains(&l) && t.cap
            })
            && !matches!(
                toks[c - 1].lower.as_str(),
                "on" | "in" | "during" | "late" | "early"
            )
        {
            e
        } else {
            c
        }
    }

    fn quote_of(&self, k: usize) -> Option<&Quote> {
        self.toks
            .get(k)
            .and_then(|t| t.quote)
            .map(|q| &self.quotes[q])
    }
}

/// Extracts the attributions of one sentence `si` covering tokens `s0..s1`.
///
/// After the lexicon's rules, words of the cue model's vocabulary whose frame the rules can read (a source and a
/// content around them) become cues when `model` accepts them. `sink` receives every candidate with its features and
/// probability (lexicon cues included, marked `rule`), for evaluation and fitting.
pub(crate) fn sentence(
    ctx: &Ctx,
    si: usize,
    s0: usize,
    s1: usize,
    out: &mut Vec<Raw>,
    model: &CueModel,
    mut sink: Option<&mut Candidates>,
) {
    let toks = ctx.toks;
    let first_new = out.len();
    speaker_label(ctx, si, s0, s1, out);
    let mut k = s0;
    // end of the sentence content (before final punctuation)
    let mut end_tok = before_final_punctuation(toks, s0, s1);
    // a sentence written inside parentheses ("(…, the mayor said.)") is read without them
    let s0 = if end_tok > s0 + 2
        && toks[s0].lower == "("
        && toks[end_tok - 1].lower == ")"
        && !toks[s0 + 1..end_tok - 1].iter().any(|t| t.lower == "(")
    {
        end_tok = before_final_punctuation(toks, s0, end_tok - 1);
        s0 + 1
    } else {
        s0
    };
    let mut vetoed: Vec<usize> = Vec::new();
    while k < s1 {
        let t = &toks[k];
        if !t.word || t.quote.is_some() && !quote_is_short(ctx, t.quote) {
            k += 1;
            continue;
        }
        let l = t.lower.as_str();
        if l == "according" && k + 1 < s1 && toks[k + 1].lower == "to" {
            according(ctx, si, s0, s1, end_tok, k, out);
            k += 2;
            continue;
        }
        if let Some(handled) = sourceless(ctx, si, s0, s1, end_tok, k) {
            out.extend(handled);
            k += 1;
            continue;
        }
        let Some(cue) = LEXICON.cues.get(l).copied() else {
            k += 1;
            continue;
        };
        if let Some(r) = verb(
            ctx,
            si,
            s0,
            s1,
            end_tok,
            k,
            cue,
            out.get(first_new..).unwrap_or(&[]),
        ) {
            // the model may veto a lexicon cue in a context where it rarely is one ("plans" as a noun)
            let mut keep = true;
            // a preposition right after the cue word may belong to it ("said of", "wrote about", "warned of")
            let particle = rule_particle(ctx, k, end_tok, s1, &r);
            if sink.is_some() || model.vetoes() {
                let f = features(ctx, k, s0, s1, &r, &out[first_new..]);
                let p = model.rule_probability(&f);
                keep = model.keeps(p);
                if let Some(sink) = sink.as_deref_mut() {
                    sink.cues.push(CueCandidate {
                        head: ctx.span(k, k + 1),
                        cue: r.cue,
                        rule: true,
                        in_vocab: false,
                        probability: p,
                        features: f,
                        particle: particle.as_ref().map(|_| ctx.span(k + 1, k + 2)),
                        particle_features: particle.clone().unwrap_or_default(),
                    });
                }
            }
            if keep {
                let mut r = r;
                if model.fitted() && particle.is_some_and(|x| model.takes_particle(&x)) {
                    take_particle(ctx, k, &mut r);
                }
                out.push(r);
            } else {
                vetoed.push(k);
            }
        }
        k += 1;
    }
    let rules_end = out.len();
    for k in s0..end_tok {
        let t = &toks[k];
        if !t.word || t.quote.is_some() && !quote_is_short(ctx, t.quote) || vetoed.contains(&k) {
            continue;
        }
        let in_vocab = model.in_vocab(&t.lower);
        if !(in_vocab || sink.is_some()) {
            continue;
        }
        let head = ctx.span(k, k + 1);
        if out[first_new..].iter().any(|r| r.cue.overlaps(head)) {
            continue;
        }
        // read as a reporting verb, the most permissive frame, and let the model decide: a word outside the
        // lexicon, or a lexicon word in a context its class's rules turned down ("believe" before a noun phrase)
        let cue = Cue {
            class: CueClass::Speech,
            lemma: LEXICON.cues.get(t.lower.as_str()).map_or("", |c| c.lemma),
        };
        let rules = &out[first_new..rules_end];
        let Some(r) = verb(ctx, si, s0, s1, end_tok, k, cue, rules) else {
            continue;
        };
        if out[first_new..].iter().any(|o| o.cue.overlaps(r.cue)) {
            continue;
        }
        let f = features(ctx, k, s0, s1, &r, rules);
        let p = model.probability(&f);
        let accept = in_vocab && model.accepts(p) && !pointed_thing(ctx, r.source);
        // a particle right after the word, before the content: "wary of X", "pounce on X"
        let particle = (r.cue.end == t.end
            && k + 2 < end_tok
            && PARTICLES.contains(&toks[k + 1].lower.as_str())
            && r.content.start >= toks[k + 1].start)
            .then(|| particle_features(ctx, k, s1));
        if let Some(sink) = sink.as_deref_mut() {
            sink.cues.push(CueCandidate {
                head,
                cue: r.cue,
                rule: false,
                in_vocab,
                probability: p,
                features: f,
                particle: particle.as_ref().map(|_| ctx.span(k + 1, k + 2)),
                particle_features: particle.clone().unwrap_or_default(),
            });
        }
        if accept {
            let mut r = r;
            if particle.is_some_and(|x| model.takes_particle(&x)) {
                take_particle(ctx, k, &mut r);
            }
            out.push(r);
        }
    }
    // where each content after its cue ends: the rules run to the clause end, the model may stop earlier
    for r in &mut out[first_new..] {
        if r.content.start < r.cue.end {
            continue;
        }
        let a = first_at(toks, r.content.start);
        let e = first_at(toks, r.content.end).min(end_tok);
        for j in a + 1..e.saturating_sub(1) {
            let tj = &toks[j];
            if tj.quote.is_some() || !(tj.lower == "," || CUT_WORDS.contains(&tj.lower.as_str())) {
                continue;
            }
            let f = content_end_features(ctx, r.cue, a, j, e);
            let p = model.end_probability(&f);
            if let Some(sink) = sink.as_deref_mut() {
                sink.cuts.push(CutCandidate {
                    cue: r.cue,
                    content: r.content,
                    at: ctx.span(j, j + 1),
                    probability: p,
                    features: f,
                });
            }
            if model.cuts(p) {
                r.content = Span::new(r.content.start, toks[j - 1].end);
                break;
            }
        }
        // a closing appositive that sums the clause up is the writer's comment on it, not what was attributed:
        // "… being deployed to Russia, a move that has been met with concern" (cut 5 times in 7 on train)
        let e = first_at(toks, r.content.end).min(end_tok);
        if let Some(j) = (a + 1..e).find(|&j| summing_appositive(toks, j, e)) {
            r.content = Span::new(r.content.start, toks[j - 1].end);
        }
    }
    // a relative clause around its source and cue whose subject is the relative word ("the wall, which he said
    // would cost billions", "whom one insider described as his brother"): annotators start the content at the
    // relative word; a content with its own subject ("which he said he never supported") keeps its start
    for r in &mut out[first_new..] {
        let Some(src) = r.source else { continue };
        let a = first_at(toks, src.start);
        let gap = || {
            let first = &toks[first_at(toks, r.content.start)];
            first.word && (is_aux(&first.lower) || first.lower == "as")
        };
        if r.content.start >= r.cue.end
            && src.end <= r.cue.start
            && a > s0
            && RELATIVE_WORDS.contains(&toks[a - 1].lower.as_str())
            && gap()
        {
            r.content = Span::new(toks[a - 1].start, r.content.end);
        }
    }
    // where each source ends and starts: the rules' noun phrase may take in words around it, the models may end it
    // earlier (an age or a clause after a name) and start it later (a verb and its object before it)
    if !(model.fitted() || sink.is_some()) {
        return;
    }
    for r in &mut out[first_new..] {
        for b in Boundary::ALL {
            // first the end, then the start of what is left
            let Some(span) = r.source.filter(|s| !s.is_empty()) else {
                break;
            };
            let a = first_at(toks, span.start);
            let e = first_at(toks, span.end).min(end_tok);
            for m in a + 1..e {
                let glued = toks[m].start == toks[m - 1].end && toks[m - 1].word;
                let features = match b {
                    // before a comma, or between two words (not after a comma: the same end once trimmed)
                    Boundary::SourceEnd
                        if toks[m].lower == "," || toks[m].word && toks[m - 1].word && !glued =>
                    {
                        source_end_features(ctx, r.cue, a, m, e)
                    }
                    // a word that starts where the one before ends is inside a token run ("D-Nev.", "al-Assad")
                    Boundary::SourceStart if toks[m].word && !glued => {
                        source_start_features(ctx, r.cue, a, m, e)
                    }
                    _ => continue,
                };
                let probability = model.boundary_probability(b, &features);
                let moves = model.moves(b, probability);
                if let Some(sink) = sink.as_deref_mut() {
                    sink.boundaries.push(BoundaryCandidate {
                        boundary: b,
                        cue: r.cue,
                        span,
                        at: ctx.span(m, m + 1),
                        probability,
                        features,
                    });
                }
                if moves {
                    r.source = Some(match b {
                        Boundary::SourceEnd => Span::new(span.start, toks[m - 1].end),
                        Boundary::SourceStart => Span::new(toks[m].start, span.end),
                    });
                    break;
                }
            }
        }
    }
}

/// Where the tokens `s0..end` end once the sentence's final ".", "!" or "?" marks are left out.
fn before_final_punctuation(toks: &[Tok], s0: usize, mut end: usize) -> usize {
    while end > s0 && !toks[end - 1].word && matches!(toks[end - 1].lower.as_str(), "." | "!" | "?")
    {
        end -= 1;
    }
    end
}

/// Words that open a relative clause around a source and its cue: "which he said", "whom she described as".
const RELATIVE_WORDS: &[&str] = &["which", "who", "whom", "what", "that"];

/// The particle features of lexicon cue `k` whose frame the rules read as `r`, when a preposition follows the cue
/// word right where its span ends, before its content or at the end of a postposed frame ("…, she said of the plan";
/// `x:rule` and `x:post` set these apart from the model's own candidates).
fn rule_particle(ctx: &Ctx, k: usize, end_tok: usize, s1: usize, r: &Raw) -> Option<Vec<String>> {
    let toks = ctx.toks;
    if r.cue.end != toks[k].end
        || k + 2 >= end_tok
        || !PARTICLES.contains(&toks[k + 1].lower.as_str())
    {
        return None;
    }
    let post = r.content.end <= r.cue.start;
    if !(post || r.content.start >= toks[k + 1].start) {
        return None;
    }
    let mut f = particle_features(ctx, k, s1);
    f.push("x:rule".into());
    if post {
        f.push("x:post".into());
    }
    Some(f)
}

/// Takes the particle after cue word `k` into the cue of `r`; a content that began at the particle starts after it.
fn take_particle(ctx: &Ctx, k: usize, r: &mut Raw) {
    let toks = ctx.toks;
    r.cue = Span::new(r.cue.start, toks[k + 1].end);
    if r.content.start >= r.cue.start && r.content.start < toks[k + 2].start {
        r.content = Span::new(toks[k + 2].start, r.content.end.max(toks[k + 2].end));
    }
}

/// Attributions without a source, which PolNeAR annotates with the whole clause as content:
/// - raising verbs and "reportedly": "X seems ready to …", "X appeared to …", "X is reportedly spending …": the
///   cue is the form alone, the content runs from the subject to the clause end ("It seems that …": after the cue);
/// - the interview frame "Asked (about) X, …" / "When asked whether …, Y said": the content runs from after "asked"
///   to the comma closing the frame.
///
/// `Some(found)` when token `k` is one of these forms (then no other reading is tried), `None` otherwise.
fn sourceless(
    ctx: &Ctx,
    si: usize,
    s0: usize,
    s1: usize,
    end_tok: usize,
    k: usize,
) -> Option<Option<Raw>> {
    let toks = ctx.toks;
    let l = toks[k].lower.as_str();
    let prev = (k > s0).then(|| toks[k - 1].lower.as_str());
    match l {
        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" | "reportedly" => {
            if l != "reportedly"
                && (k == s0
                    || toks[k].cap
                    || prev.is_some_and(|p| matches!(p, "to" | "the" | "a" | "an")))
            {
                return Some(None);
            }
            let next = toks.get(k + 1).filter(|_| k + 1 < end_tok)?;
            // "appeared on television", "appeared at a rally": presence, not a judgement
            if l.starts_with("appear")
                && (PREPOSITIONS.contains(&next.lower.as_str())
                    || matches!(
                        next.lower.as_str(),
                        "at" | "before" | "alongside" | "with" | ","
                    ))
            {
                return Some(None);
            }
            let mut c0 = k;
            while c0 > s0 && toks[c0 - 1].word && is_aux(&toks[c0 - 1].lower) {
                c0 -= 1;
            }
            let after = content_after(
                ctx,
                k + 1,
                end_tok,
                s1,
                super::lexicon::Cue {
                    class: CueClass::Belief,
                    lemma: "seem",
                },
            )?;
            let start = if c0 == s0 {
                if l != "reportedly" {
                    return Some(None);
                }
                // "Reportedly, …"
                let mut a = k + 1;
                while a < end_tok && toks[a].lower == "," {
                    a += 1;
                }
                if a >= end_tok {
                    return Some(None);
                }
                toks[a].start
            } else if toks[c0 - 1].lower == "it" && c0 - 1 == s0 {
                after.start
            } else {
                match ctx.subject_before(c0, s0) {
                    Some((src, _)) => src.start,
                    None => return Some(None),
                }
            };
            Some(Some(Raw {
                source: None,
                antecedent: None,
                cue: ctx.span(k, k + 1),
                content: Span::new(start, after.end),
                sentence: si,
            }))
        }
        "asked" if k == s0 || prev == Some("when") => {
            // the frame ends at the first comma outside quotations, or with a quotation closing on a comma
            let a = k + 1;
            let mut j = a;
            let mut end = None;
            while j < end_tok.min(a + MAX_CONTENT_TOKENS) {
                if let Some(q) = ctx.quote_of(j) {
                    if q.inner.slice(ctx.text).trim_end().ends_with(',') {
                        end = Some(q.span.end);
                        break;
                    }
                    j += 1;
                    continue;
                }
                if toks[j].lower == "," {
                    if j > a {
                        end = Some(toks[j - 1].end);
                    }
                    break;
                }
                j += 1;
            }
            let end = end?;
            Some(Some(Raw {
                source: None,
                antecedent: None,
                cue: ctx.span(k, k + 1),
                content: Span::new(toks[a].start, end),
                sentence: si,
            }))
        }
        _ => None,
    }
}

fn quote_is_short(ctx: &Ctx, q: Option<usize>) -> bool {
    q.is_some_and(|q| super::quotes::word_count(ctx.text, &ctx.quotes[q]) <= 3)
}

fn according(
    ctx: &Ctx,
    si: usize,
    s0: usize,
    s1: usize,
    end_tok: usize,
    k: usize,
    out: &mut Vec<Raw>,
) {
    let toks = ctx.toks;
    let cue = ctx.span(k, k + 2);
    let Some(src_end) = ctx.np_right(k + 2, end_tok) else {
        return;
    };
    let source = Some(ctx.span(k + 2, src_end));
    // preposed: "According to X, CONTENT"; postposed: "CONTENT, according to X."
    let content = if src_end < end_tok && toks[src_end].lower == "," && src_end + 1 < end_tok {
        let mut a = src_end + 1;
        if k > s0 && toks[k - 1].lower == "," && src_end + 1 < end_tok {
            // mid-sentence: "X, according to Y, did Z" -> envelope
            a = s0;
        }
        let e = extend_to_quote_end(ctx, end_tok, s1);
        Span::new(toks[a].start, e)
    } else if k > s0 {
        let mut e = k;
        while e > s0 && is_clause_punct(&toks[e - 1]) {
            e -= 1;
        }
        if e == s0 {
            return;
        }
        let start = quote_start_or(ctx, s0);
        Span::new(start, toks[e - 1].end)
    } else {
        return;
    };
    out.push(Raw {
        source,
        antecedent: None,
        cue,
        content,
        sentence: si,
    });
}

/// End byte of the sentence content, or of a quotation that is open at the sentence end and closes later.
fn extend_to_quote_end(ctx: &Ctx, end_tok: usize, s1: usize) -> usize {
    let toks = ctx.toks;
    let last = if end_tok > 0 { end_tok - 1 } else { 0 };
    let mut e = toks[last].end;
    for k in [last, s1.saturating_sub(1)] {
        if let Some(q) = ctx.quote_of(k) {
            e = e.max(q.span.end);
        }
    }
    e
}

/// Start byte of the token `k`, or of the quotation it lies in when that opened earlier.
fn quote_start_or(ctx: &Ctx, k: usize) -> usize {
    let s = ctx.toks[k].start;
    match ctx.quote_of(k) {
        Some(q) if q.span.start < s => q.span.start,
        _ => s,
    }
}

#[allow(clippy::too_many_arguments)]
fn verb(
    ctx: &Ctx,
    si: usize,
    s0: usize,
    s1: usize,
    end_tok: usize,
    k: usize,
    cue: Cue,
    prev: &[Raw],
) -> Option<Raw> {
    let toks = ctx.toks;
    let l = toks[k].lower.as_str();
    // "Editor's note:", "Author’s note": a page element, not someone noting
    if l == "note"
        && k > s0
        && matches!(
            toks[k - 1].lower.as_str(),
            "editor's" | "editor’s" | "editors'" | "editors’" | "author's" | "author’s"
        )
    {
        return None;
    }
    // a capitalised form inside the sentence is a name ("Secretary of State", "the Islamic State"), unless the
    // sentence is a headline ("Trump Says He Never Pledged …")
    if toks[k].cap && k > s0 && toks[k - 1].word && !headline(toks, s0, s1) {
        return None;
    }
    // after "of", a number or "enough" it is a noun or an adjective ("secretary of state", "1,280 pledged delegates")
    if k > s0 {
        let p = &toks[k - 1];
        // ... except a share of people polled: "About four in 10 said"
        let share = k >= s0 + 3 && toks[k - 2].lower == "in";
        if matches!(p.lower.as_str(), "of" | "enough" | "percentage")
            || p.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) && !share
        {
            return None;
        }
    }
    // forms that are mostly nouns: a verb only before "that", a colon or their particle
    let next_lower = toks
        .get(k + 1)
        .filter(|_| k + 1 < s1)
        .map_or("", |t| t.lower.as_str());
    match l {
        "state" | "states" if !matches!(next_lower, "that" | ":") => return None,
        "point" | "points" if !matches!(next_lower, "out" | "to") => return None,
        "called" | "calls" | "call"
            if matches!(next_lower, "off" | "up")
                || (l != "called"
                    && k >= s0 + 2
                    && matches!(toks[k - 2].lower.as_str(), "a" | "an" | "the")
                    && !toks[k - 1].cap) =>
        {
            return None
        }
        // a reduced relative naming something: "joined a movement called the …", "one PAC called Stop Hillary"
        "called" | "named" | "dubbed" | "titled" if k > s0 + 1 && !toks[k - 1].cap => {
            // (an indefinite subject opening the sentence calls, "A spokesman called the plan …", unless a name
            // follows: "A charity called Open Doors helped")
            let name_next = toks.get(k + 1).is_some_and(|n| n.cap && n.word);
            let from = if name_next { s0 } else { s0 + 1 };
            if let Some(np) = ctx.np_left(k, s0).map(|np| np.max(from)) {
                if toks[np..k]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "a" | "an" | "one" | "another"))
                {
                    return None;
                }
            }
        }
        _ => {}
    }
    // nouns and infinitives: "the report", "to say"
    if k > s0 {
        let p = toks[k - 1].lower.as_str();
        if matches!(
            p,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "these"
                | "those"
                | "to"
                | "whose"
        ) {
            return None;
        }
    }
    if let Some(n) = toks.get(k + 1).filter(|_| k + 1 < s1) {
        let nl = n.lower.as_str();
        // "reports suggest", "claims were": a noun before a verb ("says" is no noun: "Trump says praise helps")
        if l.ends_with('s')
            && l != "says"
            && n.word
            && (LEXICON.cues.contains_key(nl) || AUX.contains(&nl))
            && !matches!(
                nl,
                "that"
                    | "also"
                    | "not"
                    | "now"
                    | "then"
                    | "once"
                    | "first"
                    | "later"
                    | "again"
                    | "still"
                    | "often"
                    | "already"
                    | "always"
                    | "further"
                    | "previously"
                    | "repeatedly"
                    | "even"
                    | "just"
            )
        {
            return None;
        }
        if matches!(
            l,
            "questions"
                | "claims"
                | "reports"
                | "calls"
                | "views"
                | "plans"
                | "hopes"
                | "fears"
                | "doubts"
                | "thanks"
                | "comments"
                | "estimates"
                | "demands"
                | "charges"
                | "promises"
                | "posts"
                | "states"
                | "question"
                | "tweet"
                | "tweets"
                | "report"
                | "claim"
                | "call"
                | "comment"
                | "view"
                | "plan"
                | "hope"
                | "fear"
                | "estimate"
                | "demand"
                | "promise"
                | "post"
                | "statement"
        ) && matches!(
            nl,
            "about" | "of" | "over" | "on" | "for" | "to" | "from" | "in" | "and" | "," | "."
        ) && !(k > s0
            && matches!(
                toks[k - 1].lower.as_str(),
                "he" | "she" | "it" | "who" | "which"
            ))
            // "Clinton hopes to win", "the campaign plans to spend": a verb after a subject word
            && !(nl == "to"
                && matches!(l, "hopes" | "plans")
                && k > s0
                && toks[k - 1].word
                && !PREPOSITIONS.contains(&toks[k - 1].lower.as_str())
                && !BOUNDARY.contains(&toks[k - 1].lower.as_str())
                && !matches!(toks[k - 1].lower.as_str(), "new" | "no" | "any" | "own" | "future"))
        {
            return None;
        }
    }
    let passive_by = k + 1 < s1 && toks[k + 1].lower == "by";
    // cue span: aux/adverbs before, particles after
    let mut c0 = k;
    while c0 > s0 {
        let p = toks[c0 - 1].lower.as_str();
        if toks[c0 - 1].word && (is_aux(p) || is_adverb(p)) && !toks[c0 - 1].cap {
            c0 -= 1;
        } else {
            break;
        }
    }
    let mut c1 = k + 1;
    if c1 < end_tok
        && matches!(
            cue.lemma,
            "call" | "point" | "refer" | "talk" | "speak" | "ask" | "weigh" | "rail" | "push"
        )
        && matches!(
            toks[c1].lower.as_str(),
            "for" | "on" | "out" | "to" | "about" | "in" | "against"
        )
    {
        c1 += 1;
    }
    // "said in a statement", "said in his written statement" (the annotation takes a statement into the cue about
    // two times in three on train; an interview, an email or a speech it leaves out as often as it takes in)
    if c1 + 2 < end_tok
        && toks[c1].lower == "in"
        && matches!(
            toks[c1 + 1].lower.as_str(),
            "a" | "an" | "his" | "her" | "their" | "its" | "the"
        )
    {
        let adjective =
            usize::from(c1 + 3 < end_tok && toks[c1 + 2].word && toks[c1 + 3].lower == "statement");
        if toks[c1 + 2 + adjective].lower == "statement" {
            c1 += 3 + adjective;
        }
    }
    // agentless passive: "it is believed that", "X is said to"
    let passive = c0 < k
        && matches!(
            toks[k - 1].lower.as_str(),
            "is" | "are" | "was" | "were" | "been" | "be"
        )
        && (l.ends_with("ed")
            || matches!(
                l,
                "said" | "thought" | "known" | "understood" | "shown" | "found"
            ));
    if passive && passive_by && cue.class == CueClass::Speech {
        // "This view was echoed by officials": source after "by", content = the subject
        let e = ctx.np_right(k + 2, end_tok)?;
        let subj = ctx.np_left(c0, s0)?;
        let source = ctx.span(k + 2, e);
        let antecedent = None;
        return Some(Raw {
            source: Some(source),
            antecedent,
            // (the annotation mostly leaves "by" out of the cue: about 140 to 45 on train)
            cue: ctx.span(c0, k + 1),
            content: ctx.span(subj, c0),
            sentence: si,
        });
    }
    if passive_by {
        return None;
    }
    if passive && cue.lemma == "ask" {
        // "was asked what …", "was asked to name …", "was asked, “…”", "has been asked about a loan": no source
        // (the annotation leaves out the one being asked), the question or request as the content
        let mut c = k + 1;
        if c < end_tok && toks[c].lower == "about" {
            c += 1;
        }
        let a = if c < end_tok && toks[c].lower == "," {
            c + 1
        } else {
            c
        };
        if a >= end_tok {
            return None;
        }
        return Some(Raw {
            source: None,
            antecedent: None,
            cue: ctx.span(c0, c),
            content: content_after(ctx, a, end_tok, s1, cue)?,
            sentence: si,
        });
    }
    if passive {
        if c1 < end_tok && matches!(toks[c1].lower.as_str(), "that" | "to") {
            let it_subject = c0 > s0 && toks[c0 - 1].lower == "it";
            let start = if it_subject || toks[c1].lower == "that" {
                toks[c1].start
            } else {
                // content = the subject and the infinitive clause
                let s = ctx.np_left(c0, s0).unwrap_or(c0);
                toks[s].start
            };
            let e = extend_to_quote_end(ctx, end_tok, s1);
            return Some(Raw {
                source: None,
                antecedent: None,
                cue: ctx.span(c0, c1),
                content: Span::new(start, e),
                sentence: si,
            });
        }
        return None;
    }
    let next = toks.get(c1).filter(|_| c1 < end_tok);
    let next_l = next.map(|t| t.lower.as_str()).unwrap_or("");
    let cue_span = ctx.span(c0, c1);

    // participial: ", saying ..." / ", adding that ..."
    // (the comma may close a quotation: "what it called the “Golden Week,” saying that …"; a dash or a
    // conjunction may stand for it: "responded by saying", "pointed to his record and saying", "– saying")
    let after_comma = k > s0
        && (toks[k - 1].lower == ","
            || k > s0 + 1 && is_quote_mark(&toks[k - 1]) && toks[k - 2].lower == ","
            || k > s0 + 2
                && matches!(
                    toks[k - 1].lower.as_str(),
                    "by" | "and" | "while" | "–" | "—" | "-" | "--"
                ));
    if is_participle(l) && c0 == k && after_comma {
        if c1 >= end_tok {
            return None;
        }
        let (source, antecedent) = match prev.last() {
            Some(p) => (p.source, p.antecedent),
            None => (ctx.clause_subject(s0, k).map(|e| ctx.span(s0, e)), None),
        };
        let a = content_start(ctx, c1, end_tok, cue);
        let content = content_after(ctx, a, end_tok, s1, cue)?;
        return Some(Raw {
            source,
            antecedent,
            cue: cue_span,
            content,
            sentence: si,
        });
    }

    // postposed: CONTENT, SOURCE CUE. / CONTENT, CUE SOURCE.
    if cue.class != CueClass::Speech {
    } else if let Some(r) = postposed(ctx, si, s0, s1, end_tok, k, c0, c1, cue, cue_span) {
        return Some(r);
    }
    if c0 == s0 {
        return None; // "Asked about ..., Trump said": a sentence-initial participle is no cue
    }
    // preposed
    // (an adverb set between subject and cue is neither's: "Carter, however, said", "Carter however said")
    let subject_end = {
        let comma = |j: usize| j > s0 + 1 && toks[j - 1].lower == ",";
        let mut j = if comma(c0) { c0 - 1 } else { c0 };
        if j > s0 + 1
            && matches!(
                toks[j - 1].lower.as_str(),
                "however" | "meanwhile" | "though" | "too" | "instead"
            )
        {
            j -= 1;
            if comma(j) {
                j -= 1;
            }
            j
        } else {
            c0
        }
    };
    let (source, antecedent) = match ctx
        .subject_before(subject_end, s0)
        .filter(|_| subject_end < c0)
        .or_else(|| ctx.subject_before(c0, s0))
    {
        Some(x) => x,
        // a second predicate: "Wilson praised Rubio and said ...", "offered him a job, then says …": the subject
        // of the sentence
        None if c0 > s0 + 2
            && (matches!(toks[c0 - 1].lower.as_str(), "and" | "but")
                || toks[c0 - 1].lower == "," && toks[c0].lower == "then") =>
        {
            let (src, ante) = match prev.last() {
                Some(p) => (p.source, p.antecedent),
                None => (
                    ctx.verb_subject(s0, c0 - 1)
                        .map(|e| ctx.span(s0, e))
                        .filter(|_| !toks[s0].lower.ends_with("ing")),
                    None,
                ),
            };
            (src?, ante)
        }
        None => return None,
    };
    match cue.class {
        CueClass::Speech => {}
        CueClass::Belief => {
            let clause = matches!(
                next_l,
                "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there" | "this"
            ) || (next_l == "to"
                && matches!(
                    cue.lemma,
                    "want" | "plan" | "hope" | "expect" | "intend" | "seem" | "appear"
                ));
            if !clause {
                return None;
            }
        }
        CueClass::Stance => {
            // an object must follow: not a preposition or clause word ("talked about" has its particle in the cue)
            if matches!(
                next_l,
                "," | "."
                    | "by"
                    | "in"
                    | "at"
                    | "with"
                    | "and"
                    | "or"
                    | "as"
                    | "from"
                    | "of"
                    | "for"
            ) && !matches!(cue.lemma, "refer" | "talk" | "rail" | "push")
            {
                return None;
            }
        }
        CueClass::Evidence => {
            let head = source
                .slice(ctx.text)
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_lowercase();
            if next_l != "that" && !LEXICON.documents.contains(head.as_str()) {
                return None;
            }
        }
    }
    if matches!(
        cue.lemma,
        "call"
            | "describe"
            | "thank"
            | "praise"
            | "blame"
            | "accuse"
            | "criticize"
            | "defend"
            | "reject"
            | "dismiss"
            | "question"
            | "mock"
            | "blast"
            | "slam"
            | "denounce"
            | "condemn"
            | "decry"
            | "echo"
            | "cite"
            | "mention"
            | "highlight"
            | "propose"
            | "demand"
            | "recommend"
            | "post"
            | "express"
            | "continue"
            | "repeat"
            | "refuse"
            | "decline"
            | "comment"
            | "hint"
            | "counter"
            | "charge"
            | "estimate"
            | "point"
            | "agree"
            | "disagree"
            | "testify"
            | "indicate"
            | "reveal"
    ) && next.is_none()
    {
        return None;
    }
    next?;
    // verbs that report speech only next to a quotation or a colon: "he continued: ..."
    if matches!(
        cue.lemma,
        "continue"
            | "repeat"
            | "joke"
            | "quip"
            | "shout"
            | "yell"
            | "counter"
            | "retort"
            | "post"
            | "read"
    ) && !(next_l == ":"
        || next.is_some_and(is_quote_mark)
        || (next_l == "," && ctx.quote_of(c1 + 1).is_some()))
    {
        return None;
    }
    let a = content_start(ctx, c1, end_tok, cue);
    let content = match quotation_after_colon(ctx, a, end_tok) {
        Some(q) => q,
        None => content_after(ctx, a, end_tok, s1, cue)?,
    };
    Some(Raw {
        source: Some(source),
        antecedent,
        cue: cue_span,
        content,
        sentence: si,
    })
}

/// The quotation opening right after a frame that ends its sentence on a colon ("Cruz continued:" and a quoted
/// paragraph): the frame's content, however many sentences and paragraphs it runs.
fn quotation_after_colon(ctx: &Ctx, a: usize, end_tok: usize) -> Option<Span> {
    if a < end_tok || a == 0 || ctx.toks[a - 1].lower != ":" {
        return None;
    }
    let q = ctx.quote_of(a)?;
    (q.span.start == ctx.toks[a].start).then_some(q.span)
}

/// Whether tokens `s0..s1` are a headline in title case: four words or more, every word of four letters or more
/// capitalised.
fn headline(toks: &[Tok], s0: usize, s1: usize) -> bool {
    let words = || toks[s0..s1].iter().filter(|t| t.word);
    words().count() >= 4
        && words()
            .filter(|t| t.lower.chars().count() >= 4)
            .all(|t| t.cap)
}

/// Where the content of a cue ending before token `c1` starts: after an addressee ("told reporters that"), an
/// adjunct ("said in a statement that", "said Monday that"), a colon, or a comma before a quotation ("telling
/// them, “…”"). Preposed and participial cues alike ("saying Monday that …").
fn content_start(ctx: &Ctx, c1: usize, end_tok: usize, cue: Cue) -> usize {
    let toks = ctx.toks;
    let mut a = c1;
    if ADDRESSEE_VERBS.contains(&cue.lemma) {
        a = skip_addressee(ctx, c1, end_tok);
    }
    a = skip_adjunct(ctx, a, end_tok);
    if let Some(t) = skip_to_that(ctx, a, end_tok, ADDRESSEE_VERBS.contains(&cue.lemma)) {
        a = t;
    }
    // a question after the one asked or told and an adjunct: "asked workers if …", "asked on Fox News who …",
    // "is telling attendees at the gala how …"
    if matches!(cue.lemma, "ask" | "tell" | "wonder") {
        if let Some(q) = (a..end_tok.min(a + MAX_BEFORE_QUESTION))
            .find(|&j| QUESTION_WORDS.contains(&toks[j].lower.as_str()))
        {
            if q > a
                && toks[a..q].iter().all(|t| {
                    t.word
                        && t.quote.is_none()
                        && !is_aux(&t.lower)
                        && !LEXICON.cues.contains_key(t.lower.as_str())
                        || t.lower == ","
                })
            {
                a = q;
            }
        }
    }
    if a < end_tok && toks[a].lower == ":"
        || a < end_tok && toks[a].lower == "," && ctx.quote_of(a + 1).is_some()
    {
        a += 1;
    }
    if let Some(q) = quotation_after_aside(ctx, a, end_tok) {
        a = q;
    }
    a
}

/// Longest addressee or adjunct, in tokens, between a cue and a quotation introduced by a comma or colon.
const MAX_ASIDE: usize = 6;

/// The opening mark of a quotation that follows a short aside of words ending in a comma: "told host Matt
/// Boyle, “…”", "wrote to his followers, “…”", or a prepositional phrase ending in a colon: "wrote on Facebook:
/// “…”". The aside holds no quotation, no "that" and no other punctuation, and does not open like a clause ("said
/// he rarely asks them, “except …”"), so it is an addressee or an adjunct, and the quotation alone is the content.
/// An object before a colon is part of the content ("delivered a snappy retort: “…”").
fn quotation_after_aside(ctx: &Ctx, a: usize, end_tok: usize) -> Option<usize> {
    let toks = ctx.toks;
    let first = toks.get(a).filter(|_| a < end_tok)?;
    if PRONOUNS.contains(&first.lower.as_str()) || BOUNDARY.contains(&first.lower.as_str()) {
        return None;
    }
    let lim = (a + MAX_ASIDE + 1).min(end_tok);
    for j in a..lim {
        let t = &toks[j];
        if t.quote.is_some() || t.lower == "that" {
            return None;
        }
        if j > a
            && (t.lower == ","
                || t.lower == ":"
                    && (first.lower == "of" || PREPOSITIONS.contains(&first.lower.as_str())))
        {
            let opens = toks
                .get(j + 1)
                .filter(|_| j + 1 < end_tok)
                .and_then(|n| n.quote.map(|q| (n, &ctx.quotes[q])))
                .is_some_and(|(n, q)| q.span.start == n.start);
            return opens.then_some(j + 1);
        }
        if !t.word {
            return None;
        }
    }
    None
}

fn skip_addressee(ctx: &Ctx, a: usize, end_tok: usize) -> usize {
    let toks = ctx.toks;
    let mut m = a;
    // up to "that", or a short object noun phrase
    let lim = (a + 6).min(end_tok);
    for j in a..lim {
        if toks[j].lower == "that" {
            return j;
        }
        if !toks[j].word && toks[j].lower != "." {
            break;
        }
    }
    let m0 = m;
    if m < end_tok {
        let l = toks[m].lower.as_str();
        if matches!(
            l,
            "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "reporters"
                | "journalists"
                | "supporters"
                | "voters"
                | "lawmakers"
                | "congress"
        ) {
            m += 1;
        } else if toks[m].cap {
            while m < end_tok && toks[m].cap && toks[m].word && m - a < 5 {
                m += 1;
            }
        } else if matches!(l, "the" | "a" | "an" | "his" | "her" | "their" | "its") {
            m += 1;
            while m < end_tok
                && toks[m].word
                && m - a < 4
                && !PRONOUNS.contains(&toks[m].lower.as_str())
                && !matches!(toks[m].lower.as_str(), "to" | "that" | "about")
            {
                m += 1;
            }
        }
    }
    // "urged Democrats to vote", "told Jeb Bush to quiet down": the annotation takes the addressee into an
    // infinitive content (about 120 to 35 on train)
    if m > m0 && m < end_tok && toks[m].lower == "to" {
        return m0;
    }
    m
}

/// A dash between words: "—", "–", "--", or a hyphen with a space before it. A hyphen glued to the word before is
/// part of it, whatever follows: a suspended compound ("fourth- and eighth-grade") or a word broken at a line end
/// ("con- clusion").
fn is_dash(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.toks[j];
    match t.lower.as_str() {
        "—" | "–" | "--" => true,
        "-" => j > 0 && ctx.toks[j - 1].end < t.start,
        _ => false,
    }
}

/// Longest adjunct between a cue and its content, in tokens ("said in a written statement in March that").
const MAX_ADJUNCT: usize = 12;

/// The content start after an adjunct of the cue: "said in a statement on Monday that X" -> "that X",
/// "said last week in Tel Aviv, “X”" -> "“X”". The adjunct opens with a preposition or a time word and
/// runs, without a clause of its own, to "that" or to a comma before a quotation; otherwise `a` stands.
fn skip_adjunct(ctx: &Ctx, a: usize, end_tok: usize) -> usize {
    let toks = ctx.toks;
    let Some(first) = toks.get(a).filter(|_| a < end_tok) else {
        return a;
    };
    let l = first.lower.as_str();
    if !first.word
        || first.cap && a > 0 && toks[a - 1].word && !TIME_WORDS.contains(&l)
        || !(PREPOSITIONS.contains(&l) && l != "to" || TIME_WORDS.contains(&l))
    {
        return a;
    }
    let lim = (a + MAX_ADJUNCT).min(end_tok);
    for j in a + 1..lim {
        let t = &toks[j];
        // a time alone before a subject pronoun: "said on Friday he met", "said Tuesday they would"
        if matches!(t.lower.as_str(), "he" | "she" | "they" | "we" | "i")
            && toks[a..j].iter().all(|x| {
                let w = x.lower.as_str();
                TIME_WORDS.contains(&w)
                    || MONTHS.contains(&w)
                    || w == "on"
                    || w.bytes().all(|b| b.is_ascii_digit())
            })
        {
            return j;
        }
        if t.quote.is_some() || PRONOUNS.contains(&t.lower.as_str()) && t.lower != "that" {
            return a;
        }
        if t.lower == "that" {
            return j;
        }
        if t.lower == "," {
            return if ctx.quote_of(j + 1).is_some() {
                j + 1
            } else {
                a
            };
        }
        if !t.word && !matches!(t.lower.as_str(), "." | "-" | "'" | "’") {
            return a;
        }
    }
    a
}

/// Nouns of a closing appositive that sums up the clause before it (", a move that …", ", a sharp reversal which …").
const SUMMING_NOUNS: &[&str] = &[
    "move",
    "step",
    "decision",
    "development",
    "sign",
    "shift",
    "change",
    "signal",
    "reversal",
    "departure",
];

/// Whether token `j` is the comma of ", a|an [up to two words] SUMMING_NOUN that|which" before `e`.
fn summing_appositive(toks: &[Tok], j: usize, e: usize) -> bool {
    if toks[j].lower != "," || toks[j].quote.is_some() || j + 3 >= e {
        return false;
    }
    if !matches!(toks[j + 1].lower.as_str(), "a" | "an") {
        return false;
    }
    (j + 2..(j + 5).min(e - 1)).any(|n| {
        SUMMING_NOUNS.contains(&toks[n].lower.as_str())
            && matches!(toks[n + 1].lower.as_str(), "that" | "which")
            && toks[j + 2..n].iter().all(|t| t.word)
    })
}

/// Words that open an indirect question: the content of "ask", "tell", "wonder".
const QUESTION_WORDS: &[&str] = &[
    "if", "whether", "why", "how", "what", "who", "when", "where",
];

/// Longest addressee and adjunct between "ask"/"tell" and the question it reports, in tokens.
const MAX_BEFORE_QUESTION: usize = 9;

/// Longest stretch between a cue and a later "that" opening its content, in tokens.
const MAX_BEFORE_THAT: usize = 16;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
];

/// The "that" opening a content after material the annotation leaves out: a time or place ("said Monday that",
/// "says at a campaign stop in Toledo, Ohio, that"), a programme or an addressee ("tells “Morning Joe” on Friday
/// that"), a connective ("said, however, that"). The annotation starts such a content at "that" (nearly always on
/// train). The stretch must open like an adjunct (a preposition, a time word, an adverb, a comma; anything after a
/// tell-type verb, whose object is the addressee) and hold no clause of its own: no pronoun, auxiliary or speech
/// verb, no long quotation, no sentence punctuation.
fn skip_to_that(ctx: &Ctx, a: usize, end_tok: usize, addressee: bool) -> Option<usize> {
    let toks = ctx.toks;
    let first = toks.get(a).filter(|_| a < end_tok)?;
    let l = first.lower.as_str();
    if l == "that" {
        return None;
    }
    let adjunct = first.lower == ","
        || first.word
            && (PREPOSITIONS.contains(&l) && l != "to"
                || TIME_WORDS.contains(&l)
                || MONTHS.contains(&l) && first.cap
                || is_adverb(l)
                || matches!(l, "however" | "though" | "too" | "again" | "only"));
    if !(adjunct || addressee) {
        return None;
    }
    let lim = (a + MAX_BEFORE_THAT).min(end_tok.saturating_sub(1));
    let mut j = a;
    while j < lim {
        let t = &toks[j];
        let w = t.lower.as_str();
        if let Some(q) = t.quote {
            // a short quoted name ("Morning Joe"): skip it whole
            let q = &ctx.quotes[q];
            if q.span.len() > 40 {
                return None;
            }
            while j < lim && toks[j].quote.is_some() {
                j += 1;
            }
            continue;
        }
        if w == "that" && j > a {
            // "that day", "that week": a determiner
            let n = toks[j + 1].lower.as_str();
            return (!TIME_WORDS.contains(&n) && toks[j + 1].word).then_some(j);
        }
        if !t.word && !matches!(w, "," | "." | "-" | "'" | "’" | "''" | "\"" | "“" | "”") {
            return None;
        }
        if t.word
            && (PRONOUNS.contains(&w)
                || is_aux(w)
                || !t.cap
                    && LEXICON
                        .cues
                        .get(w)
                        .is_some_and(|c| c.class == CueClass::Speech)
                || matches!(
                    w,
                    "because"
                        | "when"
                        | "if"
                        | "while"
                        | "but"
                        | "what"
                        | "how"
                        | "why"
                        | "whether"
                ))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// Content from token `a` to the end of the sentence, cut before a following ", adding ..." or ", according to".
fn content_after(
    ctx: &Ctx,
    a: usize,
    end_tok: usize,
    s1: usize,
    _cue: super::lexicon::Cue,
) -> Option<Span> {
    let toks = ctx.toks;
    if a >= end_tok {
        return None;
    }
    // a content longer than MAX_CONTENT_TOKENS ends there: keeps a huge sentence with many cues linear
    let capped = end_tok.min(a + MAX_CONTENT_TOKENS);
    let mut e = capped;
    let mut j = a + 1;
    while j + 1 < capped {
        if toks[j].quote.is_some() {
            j += 1;
            continue;
        }
        let w = toks[j].lower.as_str();
        // a dash opens an aside: one closed by a second dash stays in the content, an unclosed one ends it
        if is_dash(ctx, j) {
            match (j + 1..capped).find(|&m| toks[m].quote.is_none() && is_dash(ctx, m)) {
                Some(m) => {
                    j = m + 1;
                    continue;
                }
                None => {
                    e = j;
                    break;
                }
            }
        }
        // a closing parenthesis without its opening one: the attribution stood inside parentheses
        if w == ")" && !toks[a..j].iter().any(|t| t.lower == "(") {
            e = j;
            break;
        }
        if w == "," || w == ";" {
            let n = toks[j + 1].lower.as_str();
            if n == "according"
                || (w == ";" && toks[j + 1].word)
                || (is_participle(n)
                    && LEXICON
                        .cues
                        .get(n)
                        .is_some_and(|c| c.class == CueClass::Speech))
            {
                e = j;
                break;
            }
        }
        // a second predicate of the source: "... and said ...", "... but has called ..."
        if (w == "and" || w == "but") && toks[j - 1].quote.is_none() {
            let mut m = j + 1;
            while m < end_tok && AUX.contains(&toks[m].lower.as_str()) {
                m += 1;
            }
            if m < end_tok
                && LEXICON
                    .cues
                    .get(toks[m].lower.as_str())
                    .is_some_and(|c| c.class == CueClass::Speech)
                && !toks[m].lower.ends_with("ing")
                && !toks[m].cap
            {
                e = j;
                while e > a + 1 && toks[e - 1].lower == "," {
                    e -= 1;
                }
                break;
            }
        }
        j += 1;
    }
    let start = toks[a].start;
    let mut end = toks[e - 1].end;
    if e == end_tok {
        end = extend_to_quote_end(ctx, end_tok, s1);
    }
    // a quote that starts in the content and runs past the sentence
    if let Some(q) = ctx.quote_of(a) {
        end = end.max(q.span.end);
    }
    Some(Span::new(start, end))
}

/// Longest source with its appositive between a closing quotation and a postposed cue, in tokens.
const MAX_APPOSITIVE_SOURCE: usize = 25;

/// `“QUOTE,” NAME, APPOSITIVE, CUE`: "“…,” Jeff Weaver, Sanders' campaign manager, said in a statement." The
/// source runs from the closing quotation to the comma before the cue; the quotation is the content.
fn postposed_appositive(ctx: &Ctx, si: usize, s0: usize, c0: usize, cue_span: Span) -> Option<Raw> {
    let toks = ctx.toks;
    if c0 < s0 + 3 || toks[c0 - 1].lower != "," {
        return None;
    }
    let lim = c0.saturating_sub(MAX_APPOSITIVE_SOURCE).max(s0);
    let mut j = c0 - 1;
    while j > lim {
        let t = &toks[j - 1];
        if is_quote_mark(t) && t.quote.is_some_and(|q| ctx.quotes[q].span.end == t.end) {
            break;
        }
        if t.quote.is_some()
            || !t.word && !matches!(t.lower.as_str(), "," | "." | "-" | "(" | ")" | "'" | "’")
        {
            return None;
        }
        j -= 1;
    }
    if j <= lim {
        return None;
    }
    let quote = &ctx.quotes[toks[j - 1].quote?];
    // a comma may follow the closing quotation mark: “…”, Jeff Weaver, …
    let mut b = j;
    if toks[b].lower == "," {
        b += 1;
    }
    // the source opens with a name or a determiner and holds an appositive (a comma inside)
    if b + 1 >= c0 - 1 || !toks[b].word || !toks[b..c0 - 1].iter().any(|t| t.lower == ",") {
        return None;
    }
    if !(toks[b].cap || matches!(toks[b].lower.as_str(), "the" | "a" | "an")) {
        return None;
    }
    Some(Raw {
        source: Some(ctx.span(b, c0 - 1)),
        antecedent: None,
        cue: cue_span,
        content: quote.span,
        sentence: si,
    })
}

#[allow(clippy::too_many_arguments)]
fn postposed(
    ctx: &Ctx,
    si: usize,
    s0: usize,
    _s1: usize,
    end_tok: usize,
    k: usize,
    c0: usize,
    c1: usize,
    cue: Cue,
    cue_span: Span,
) -> Option<Raw> {
    let toks = ctx.toks;
    if let Some(r) = postposed_appositive(ctx, si, s0, c0, cue_span) {
        return Some(r);
    }
    // boundary before the source: a comma or a closing quote
    let mut b = c0;
    let lim = c0.saturating_sub(12).max(s0);
    while b > lim {
        let t = &toks[b - 1];
        if t.lower == ","
            || (is_quote_mark(t) && t.quote.is_some_and(|q| ctx.quotes[q].span.end == t.end))
            || t.lower == "—"
        {
            break;
        }
        if !t.word && !matches!(t.lower.as_str(), "." | "-" | "(" | ")") {
            return None;
        }
        b -= 1;
    }
    if b == lim && (b <= s0) {
        // no boundary found within the window
        if b == s0 {
            return None;
        }
    }
    if b <= s0 {
        return None;
    }
    let bt = &toks[b - 1];
    if !(bt.lower == "," || is_quote_mark(bt) || bt.lower == "—") {
        return None;
    }
    // the content ends at the boundary (a closing quote after a comma: ",”" -> include the quote)
    let mut ce = b; // exclusive token index of the content
    while ce > s0 && matches!(toks[ce - 1].lower.as_str(), "," | "—") {
        ce -= 1;
    }
    if ce <= s0 && toks[s0].quote.is_none() {
        return None;
    }
    // after the cue: nothing, or an adjunct only
    let mut source = None;
    let mut after = c1;
    if b == c0 {
        // inverted: "..., said Peskov" / "said the spokesman"
        let e = ctx.np_right(c1, end_tok)?;
        // (a name: capitalised within three words and closing the phrase, not "profound gratitude for the
        // help of North Korean deminers"; the phrase before what qualifies it: "Robert Antonacci of the New York
        // delegation", "Rep. Jim Clyburn (D-S.C.)")
        let head = (c1 + 1..e)
            .find(|&m| matches!(toks[m].lower.as_str(), "of" | "("))
            .unwrap_or(e);
        let named = toks[c1..head].iter().take(3).any(|t| t.cap && t.word) && toks[head - 1].cap;
        // the source may run to a comma plus appositive: "said John Smith, a spokesman for ..."
        let mut e2 = e;
        if e2 < end_tok && toks[e2].lower == "," && ctx.quote_of(e2 + 1).is_none() {
            // an appositive is short: beyond MAX_APPOSITIVE tokens the source is the noun phrase alone
            e2 = if end_tok - e <= MAX_APPOSITIVE {
                end_tok
            } else {
                e
            };
            if let Some(j) = (e + 1..end_tok.min(e + MAX_APPOSITIVE)).find(|&j| {
                toks[j].lower == ","
                    && (ctx.quote_of(j + 1).is_some()
                        || toks.get(j + 1).is_some_and(|n| {
                            n.word && !n.cap && is_participle(&n.lower) && j + 1 < end_tok
                        }))
            }) {
                e2 = j;
            }
        }
        // a name in it ("said former Obama adviser David Axelrod", "said pollster Frank Luntz"),
        // or a determiner, pronoun or quantifier in front ("said the spokesman", "said several observers")
        let l1 = toks[c1].lower.as_str();
        // (a capitalised "-ly" word is a name: "said Emily Tran")
        if TIME_WORDS.contains(&l1) || PREPOSITIONS.contains(&l1) || is_adverb(l1) && !toks[c1].cap
        {
            return None;
        }
        // a pronoun with a word after it opens the reported clause, not an inverted source: "Stone, of Huntsville,
        // said she liked him" (an inverted pronoun stands alone: "“…,” said he.")
        if matches!(l1, "he" | "she" | "they") && toks.get(c1 + 1).is_some_and(|n| n.word) {
            return None;
        }
        if !(named
            || matches!(
                toks[c1].lower.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "they"
                    | "one"
                    | "another"
                    | "his"
                    | "her"
                    | "their"
                    | "several"
                    | "many"
                    | "some"
                    | "most"
                    | "other"
                    | "two"
                    | "three"
                    | "both"
            ))
        {
            return None;
        }
        source = Some(ctx.span(c1, e2));
        after = e2;
    } else {
        if c0 - b > 10 {
            return None;
        }
        // a conjunction opening the clause is not the source's: "…, as Joel Pollak observed", "…, but he denied"
        let first = if c0 - b > 1 && CLAUSE_OPENERS.contains(&toks[b].lower.as_str()) {
            b + 1
        } else {
            b
        };
        let src = ctx.span(first, ctx.time_tail(first, c0));
        source = Some(src).or(source);
    }
    // what follows must be an adjunct: end, time/place phrase, addressee, or a continuing quote
    let rest = &toks[after.min(end_tok)..end_tok];
    // a quotation closing right before the source and cue is their content, whatever follows
    let quoted = is_quote_mark(bt) && bt.quote.is_some_and(|q| ctx.quotes[q].span.end == bt.end)
        || (bt.lower == ","
            && b >= 2
            && is_quote_mark(&toks[b - 2])
            && toks[b - 2]
                .quote
                .is_some_and(|q| ctx.quotes[q].span.end == toks[b - 2].end));
    // parenthetical: "If it passes, Smith argued, prices will rise": the content is the whole sentence
    let parenthetical = !quoted
        && rest.len() >= 3
        && rest[0].lower == ","
        && rest[1].word
        && !rest[1].cap
        && (!is_participle(&rest[1].lower) || rest[1].lower == "including")
        && !matches!(
            rest[1].lower.as_str(),
            "according" | "who" | "which" | "in" | "on" | "at" | "and"
        )
        && !(TIME_WORDS.contains(&rest[1].lower.as_str())
            && (rest[1].lower != "this" || TIME_WORDS.contains(&rest[2].lower.as_str())))
        && b - s0 <= MAX_CONTENT_TOKENS
        && toks[s0..b].iter().all(|t| t.quote.is_none());
    let ok = quoted
        || parenthetical
        || rest.is_empty()
        || rest[0].lower == ","
            && rest.len() > 1
            && (ctx.quote_of(after + 1).is_some()
                || matches!(
                    rest[1].lower.as_str(),
                    "a" | "an"
                        | "the"
                        | "adding"
                        | "noting"
                        | "according"
                        | "who"
                        | "which"
                        | "in"
                        | "on"
                        | "at"
                        | "referring"
                        | "pointing"
                        | "citing"
                        | "explaining"
                        | "saying"
                ))
        || (rest.len() <= 8
            && (TIME_WORDS.contains(&rest[0].lower.as_str())
                || PREPOSITIONS.contains(&rest[0].lower.as_str()) && rest[0].lower != "to"))
        || (rest.len() <= 4
            && matches!(
                toks[k].lower.as_str(),
                "told" | "tells" | "tell" | "wrote" | "writes" | "asked"
            ))
        || (rest.len() <= 3
            && rest
                .iter()
                .all(|t| t.word && !t.cap && TIME_WORDS.contains(&t.lower.as_str())));
    if !ok {
        return None;
    }
    // "Asked about it, Smith said, “…”", "On “Meet the Press”, she said, “…”": with no quotation opening the
    // sentence or closing before the source, and a quotation after the cue, the quotation is the content and
    // the clause before the source an adjunct
    if !quoted
        && rest.len() > 1
        && rest[0].lower == ","
        && ctx.quote_of(after + 1).is_some()
        && toks[s0].quote.is_none()
    {
        return Some(Raw {
            source,
            antecedent: None,
            cue: cue_span,
            content: content_after(ctx, after + 1, end_tok, _s1, cue)?,
            sentence: si,
        });
    }
    // a sentence-initial connective stays out of the content ("But …, he said"; 55 to 23 on train)
    let lead = if s0 + 2 < ce
        && toks[s0].cap
        && (toks[s0].lower == "but"
            || matches!(toks[s0].lower.as_str(), "still" | "however" | "indeed")
                && toks[s0 + 1].lower == ",")
    {
        if toks[s0 + 1].lower == "," {
            s0 + 2
        } else {
            s0 + 1
        }
    } else {
        s0
    };
    let cstart = quote_start_or(ctx, lead);
    let cend = if parenthetical {
        extend_to_quote_end(ctx, end_tok, _s1)
    } else {
        toks[ce - 1].end
    };
    let mut content = Span::new(cstart, cend);
    // a closing quote right at the boundary: the quotation may have opened sentences ago
    if let Some(q) = ctx.quote_of(ce - 1) {
        if q.span.end == cend || q.span.end == toks[b - 1].end {
            content = Span::new(content.start.min(q.span.start), q.span.end.max(cend));
        }
    }
    if is_quote_mark(bt) {
        if let Some(q) = bt.quote.map(|q| &ctx.quotes[q]) {
            content = Span::new(content.start.min(q.span.start), q.span.end);
        }
    }
    Some(Raw {
        source,
        antecedent: None,
        cue: cue_span,
        content,
        sentence: si,
    })
}

/// Tokens index range of each sentence.
pub(crate) fn sentence_tokens(toks: &[Tok], s: Span) -> (usize, usize) {
    (first_at(toks, s.start), first_at(toks, s.end))
}

/// Labels before a colon at a paragraph start that name a page element, not a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "the latest",
    "latest",
    "breaking",
    "breaking news",
    "contributing",
    "twitter",
    "facebook",
    "name",
    "byline",
    "age",
    "city",
    "job",
    "pay",
    "update",
    "updated",
    "related",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "read more",
    "correction",
    "follow",
    "email",
    "tags",
    "posted",
    "note",
    "editor's note",
    "source",
    "sources",
    "credit",
    "image",
    "caption",
    "see also",
    "more",
    "topics",
    "filed under",
    "disclosure",
];

/// A speaker label at the start of a paragraph: `PENCE: ...`, `Pat Caddell: ...` (transcripts, headlines).
fn speaker_label(ctx: &Ctx, si: usize, s0: usize, s1: usize, out: &mut Vec<Raw>) {
    let toks = ctx.toks;
    let text = ctx.text;
    let start = toks[s0].start;
    let para_start = text[..start].trim_end_matches([' ', '\t']).is_empty()
        || text[..start].trim_end_matches([' ', '\t']).ends_with('\n');
    if !para_start {
        return;
    }
    let Some(c) = (s0..(s0 + 5).min(s1)).find(|&j| toks[j].lower == ":") else {
        return;
    };
    if c == s0
        || c + 1 >= s1
        || toks[s0..c]
            .iter()
            .any(|t| !(t.word && t.cap || t.lower == "."))
    {
        return;
    }
    if toks[s0..c]
        .iter()
        .any(|t| LEXICON.cues.contains_key(t.lower.as_str()))
    {
        return;
    }
    // content: to the end of the line
    let from = toks[c + 1].start;
    let end = text[from..].find('\n').map_or(text.len(), |e| from + e);
    let content = Span::new(from, end).trim(text);
    // a label's line says something: "Sanders: 46." or "Kasich: Now or never." are scores and slogans
    if content.slice(text).split_whitespace().count() < 3 {
        return;
    }
    let label = text[toks[s0].start..toks[c - 1].end].to_lowercase();
    if NOT_SPEAKERS.contains(&label.as_str()) {
        return;
    }
    out.push(Raw {
        source: Some(ctx.span(s0, c)),
        antecedent: None,
        cue: ctx.span(c, c + 1),
        content,
        sentence: si,
    });
}

/// A source that points back at a thing rather than at someone: a demonstrative before a noun that no
/// source list knows ("this bond appears to …", "this phrase refers to …"). Only a cue found by the model is
/// dropped for it: the lexicon's cues keep their own rules ("this report says" has a document noun).
fn pointed_thing(ctx: &Ctx, source: Option<Span>) -> bool {
    let Some(source) = source else { return false };
    let words: Vec<String> = source
        .slice(ctx.text)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let (Some(first), Some(head)) = (words.first(), words.get(1)) else {
        return false;
    };
    let known = |w: &str| {
        LEXICON.unnamed.contains(w)
            || LEXICON.documents.contains(w)
            || LEXICON.titles.contains(w)
            || LEXICON.organizations.contains(w)
    };
    matches!(first.as_str(), "this" | "that" | "these" | "those") && !known(head)
}
