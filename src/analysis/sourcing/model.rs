//! The cue model: a logistic regression that accepts cues outside the rule lexicon.
//!
//! PolNeAR-style annotation counts beliefs, intentions and stances as attributions ("decided to", "backed",
//! "voted for"), a long tail of words none of which is a cue often enough to be listed. Whether such a word is a cue
//! depends on its context, so a word from the model's vocabulary becomes a candidate only where the rules find the
//! frame of an attribution around it (a subject before it and a content after it, or a postposed frame), and the
//! model then weighs the word, its neighbours and that frame. The weights live in `data/sourcing/cue_model.tsv`,
//! fitted by `scripts/fit-sourcing-model.py` as its header says.

use super::extract::{Ctx, Raw};
use super::lexicon::LEXICON;
use super::tokens::first_at;
use crate::analysis::span::Span;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Fitted weights of the cue model.
pub struct CueModel {
    /// Log-odds of a candidate with no feature.
    intercept: f32,
    /// Probability at and above which a candidate is accepted as a cue.
    threshold: f32,
    weights: HashMap<String, f32>,
    /// Log-odds of taking the particle after a cue into it, with no feature (`x:` features add to it).
    particle_intercept: f32,
    /// Log-odds of ending a content before a cut point with no feature (`e:` features add to it), and the
    /// probability at and above which it ends there.
    end_intercept: f32,
    end_threshold: f32,
    /// The boundary decisions, indexed by [`Boundary`]: log-odds of moving the edge to a point with no feature (the
    /// point's features add to it) and the probability at and above which it moves there.
    boundaries: [(f32, f32); 2],
    /// The veto on lexicon cues: weights over the same features (`v|` in the file), its intercept, and the
    /// probability below which a cue the rules found is dropped (0: never).
    veto: HashMap<String, f32>,
    veto_intercept: f32,
    veto_threshold: f32,
    /// Lower-cased word forms that may be cues: only these are scored, which keeps the model to a hash lookup for
    /// most tokens.
    vocab: HashSet<String>,
}

/// One scored candidate, for evaluation and fitting ([`super::cue_candidates`]).
#[derive(Clone, Debug)]
pub struct CueCandidate {
    /// The word scored.
    pub head: Span,
    /// The cue span the rules would give it (auxiliaries and particles included).
    pub cue: Span,
    /// Found by the rule lexicon (then the model did not decide it).
    pub rule: bool,
    /// In the model's vocabulary (only these are ever accepted).
    pub in_vocab: bool,
    pub probability: f32,
    pub features: Vec<String>,
    /// The particle right after the word, when there is one ("on" in "pounce on").
    pub particle: Option<Span>,
    /// The features of the decision to take that particle into the cue.
    pub particle_features: Vec<String>,
}

/// A scored content cut point, for evaluation and fitting.
#[derive(Clone, Debug)]
pub struct CutCandidate {
    pub cue: Span,
    /// The content as it stood when the cut point was scored.
    pub content: Span,
    /// The token the content would end before.
    pub at: Span,
    pub probability: f32,
    pub features: Vec<String>,
}

/// An edge of a source the rules read that a model may move. Contents end by their own model (`e:` features,
/// [`CutCandidate`]). A content-start model (`b:` features: an addressee or adjunct between the cue and the content)
/// was tried and dropped: as good out of fold on train, it moved dev contents to a relative "that" ("foundation
/// spending that …") as often as it fixed one (see DESIGN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boundary {
    /// A source ends before a comma or a word (`t:` features): an age, a home town or a clause after a name.
    SourceEnd,
    /// A source starts at a later word (`s:` features): a verb and its object before the subject, a title.
    SourceStart,
}

impl Boundary {
    pub const ALL: [Boundary; 2] = [Boundary::SourceEnd, Boundary::SourceStart];

    /// Its name in the model file (`{name}_intercept`, `{name}_threshold`) and in the fitting rows.
    pub fn name(self) -> &'static str {
        match self {
            Boundary::SourceEnd => "source_end",
            Boundary::SourceStart => "source_start",
        }
    }

    /// The boundary of this name, if one.
    pub fn named(name: &str) -> Option<Boundary> {
        Boundary::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// A scored boundary point, for evaluation and fitting.
#[derive(Clone, Debug)]
pub struct BoundaryCandidate {
    pub boundary: Boundary,
    pub cue: Span,
    /// The source as read before this decision.
    pub span: Span,
    /// The token the span would start at, or end before.
    pub at: Span,
    pub probability: f32,
    pub features: Vec<String>,
}

/// Everything the models scored in a text ([`super::candidates`]).
#[derive(Clone, Debug, Default)]
pub struct Candidates {
    pub cues: Vec<CueCandidate>,
    pub cuts: Vec<CutCandidate>,
    pub boundaries: Vec<BoundaryCandidate>,
}

/// Words a content may end before (besides a comma): a second clause or an adjunct of the frame rather than of what
/// was said ("… said the deal was dead in a speech on Monday").
pub(crate) const CUT_WORDS: &[&str] = &[
    "and",
    "but",
    "in",
    "on",
    "as",
    "after",
    "when",
    "at",
    "to",
    "while",
    "for",
    "during",
    "before",
    "by",
    "because",
    "which",
    "who",
    "with",
    "since",
    "amid",
    "where",
    "although",
    "though",
    "despite",
    "even",
    "than",
    "or",
    "from",
    "about",
    "through",
    "over",
    "into",
    "against",
    "until",
    "if",
    "whether",
    "so",
    "without",
    "under",
    "via",
    "last",
    "earlier",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "—",
    "–",
    "--",
    "(",
    ":",
];

/// A coarse shape of a word for the content-end features: what kind of phrase it opens.
fn shape(t: &super::tokens::Tok) -> &'static str {
    let l = t.lower.as_str();
    if !t.word {
        "punct"
    } else if l.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        "num"
    } else if t.cap {
        "cap"
    } else if l.ends_with("ing") {
        "ing"
    } else if l.ends_with("ed") {
        "ed"
    } else if l.ends_with("ly") {
        "ly"
    } else {
        "low"
    }
}

/// A word that makes a clause finite: an auxiliary, a lexicon cue, a past form.
fn verbish(t: &super::tokens::Tok) -> bool {
    let l = t.lower.as_str();
    t.word
        && !t.cap
        && (matches!(
            l,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "does"
                | "do"
                | "did"
        ) || l.ends_with("ed")
            || l.ends_with("n't")
            || l.ends_with("n’t")
            || LEXICON.cues.contains_key(l))
}

/// The features of ending the content of `cue` that starts at token `a` (and now ends before token `e`) before token `j`
/// (all named `e:…`).
pub(crate) fn content_end_features(
    ctx: &Ctx,
    cue: Span,
    a: usize,
    j: usize,
    e: usize,
) -> Vec<String> {
    let toks = ctx.toks;
    // the cue's last word: what a verb takes as its object decides how far the content runs
    let head = toks[first_at(toks, cue.end).saturating_sub(1)]
        .lower
        .as_str();
    let w = toks[j].lower.as_str();
    let prev = toks[j - 1].lower.as_str();
    let next = toks
        .get(j + 1)
        .filter(|_| j + 1 < e)
        .map_or("</s>", |t| t.lower.as_str());
    let next_cap = toks.get(j + 1).is_some_and(|t| t.cap && t.word);
    let mut f = vec![
        format!("e:w:{w}"),
        format!("e:p:{prev}"),
        format!("e:n:{next}"),
        format!("e:wn:{w}|{next}"),
        format!("e:before:{}", bucket(j - a)),
        format!("e:after:{}", bucket(e - j)),
        format!("e:cue:{head}"),
        format!("e:cuew:{head}|{w}"),
    ];
    if next_cap {
        f.push(format!("e:ncap:{w}"));
    }
    // a clause of its own after the cut: a verb-like word (a lexicon cue or an auxiliary) follows soon
    if toks[j + 1..e.min(j + 5)]
        .iter()
        .any(|t| LEXICON.cues.contains_key(t.lower.as_str()))
    {
        f.push(format!("e:cue_after:{w}"));
    }
    if toks[a..j].iter().any(|t| t.lower == ",") {
        f.push("e:comma_before".into());
    }
    // richer context (what the cut leaves on each side): the second word after it, word shapes, whether each side
    // holds a finite verb, how the content opens, and how long the stretch after the cut runs to the next comma
    let next2 = toks
        .get(j + 2)
        .filter(|_| j + 2 < e)
        .map_or("</s>", |t| t.lower.as_str());
    f.push(format!("e:n2:{w}|{next2}"));
    f.push(format!("e:pw:{prev}|{w}"));
    f.push(format!("e:ps:{}|{w}", shape(&toks[j - 1])));
    if let Some(n) = toks.get(j + 1).filter(|_| j + 1 < e) {
        f.push(format!("e:ns:{w}|{}", shape(n)));
    }
    let seg_end = (j + 1..e)
        .find(|&m| matches!(toks[m].lower.as_str(), "," | ";" | "—" | "–"))
        .unwrap_or(e);
    f.push(format!("e:seg:{}", bucket(seg_end - j)));
    f.push(format!("e:segw:{w}|{}", bucket(seg_end - j)));
    if toks[j + 1..seg_end].iter().any(verbish) {
        f.push(format!("e:seg_verb:{w}"));
    }
    if !toks[a..j].iter().any(verbish) {
        f.push(format!("e:no_verb_before:{w}"));
    }
    let c1 = &toks[a];
    let open = if c1.lower == "that" {
        "that"
    } else if c1.quote.is_some() {
        "quote"
    } else if c1.lower == "to" {
        "to"
    } else {
        shape(c1)
    };
    f.push(format!("e:open:{open}|{w}"));
    if is_closing_quote(toks, j - 1) {
        f.push(format!("e:after_quote:{w}"));
    }
    if toks[a..j].iter().filter(|t| t.lower == "(").count()
        > toks[a..j].iter().filter(|t| t.lower == ")").count()
    {
        f.push("e:in_paren".into());
    }
    f
}

/// Determiners and possessives that open a noun phrase: the words before one are outside it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "some", "many", "most", "several", "other", "another", "both", "all", "no", "one", "two",
    "few",
];

/// The features of starting the source of `cue`, which the rules read as tokens `a..e`, at token `m` instead, leaving
/// out `a..m` (all named `s:…`). Annotators leave out what the noun-phrase walk takes in by mistake (a verb and its
/// object before the subject: "included Trump", "featuring Hispanics") and, often, a title before a name.
pub(crate) fn source_start_features(
    ctx: &Ctx,
    cue: Span,
    a: usize,
    m: usize,
    e: usize,
) -> Vec<String> {
    let toks = ctx.toks;
    let w = &toks[m];
    let prev = &toks[m - 1];
    let (wl, pl) = (w.lower.as_str(), prev.lower.as_str());
    let side = if cue.start >= toks[e - 1].end {
        "pre"
    } else {
        "post"
    };
    let mut f = vec![
        format!("s:w:{wl}"),
        format!("s:p:{pl}"),
        format!("s:pw:{pl}|{wl}"),
        format!("s:shapes:{}|{}", shape(prev), shape(w)),
        format!("s:first:{}", shape(&toks[a])),
        format!("s:firstw:{}", toks[a].lower),
        format!("s:drop:{}", bucket(m - a)),
        format!("s:keep:{}", bucket(e - m)),
        format!("s:side:{side}"),
    ];
    if DETERMINERS.contains(&wl) {
        f.push("s:det_here".into());
    }
    if toks[a..m]
        .iter()
        .any(|t| DETERMINERS.contains(&t.lower.as_str()))
    {
        f.push("s:det_dropped".into());
    }
    if toks[a..m].iter().any(verbish) {
        f.push("s:verb_dropped".into());
    }
    if toks[a..m].iter().any(|t| !t.word) {
        f.push(format!("s:punct_dropped:{}", shape(w)));
    }
    // the rest is a name: "Republican contender Donald Trump" -> "Donald Trump"
    if toks[m..e].iter().all(|t| t.cap || !t.word) {
        f.push(format!("s:name_rest:{}", shape(prev)));
        f.push(format!("s:name_after:{pl}"));
    }
    f
}

/// The features of ending the source of `cue`, which the rules read as tokens `a..e`, before token `m` instead,
/// leaving out `m..e` (all named `t:…`): an age, a home town, a relative or participial clause after a name ("Ramos,
/// 58, who lives in Miami, said") that annotators mostly leave out.
pub(crate) fn source_end_features(
    ctx: &Ctx,
    cue: Span,
    a: usize,
    m: usize,
    e: usize,
) -> Vec<String> {
    let toks = ctx.toks;
    let w = &toks[m];
    let prev = &toks[m - 1];
    let (wl, pl) = (w.lower.as_str(), prev.lower.as_str());
    let next = toks
        .get(m + 1)
        .filter(|_| m + 1 < e)
        .map_or("</s>", |t| t.lower.as_str());
    let side = if cue.start >= toks[e - 1].end {
        "pre"
    } else {
        "post"
    };
    let mut f = vec![
        format!("t:w:{wl}"),
        format!("t:p:{}", shape(prev)),
        format!("t:pw:{}|{wl}", shape(prev)),
        format!("t:wn:{wl}|{next}"),
        format!(
            "t:ns:{wl}|{}",
            toks.get(m + 1).filter(|_| m + 1 < e).map_or("</s>", shape)
        ),
        format!("t:keep:{}", bucket(m - a)),
        format!("t:drop:{}", bucket(e - m)),
        format!("t:side:{side}|{wl}"),
        format!("t:first:{}", shape(&toks[a])),
    ];
    if pl != wl {
        f.push(format!("t:pl:{pl}"));
    }
    if toks[m..e].iter().any(verbish) {
        f.push(format!("t:verb_dropped:{wl}"));
    }
    if toks[a..m].iter().all(|t| t.cap || !t.word) {
        f.push(format!("t:name_kept:{wl}"));
    }
    if toks[m..e]
        .iter()
        .any(|t| t.lower == "," && t.start > w.start)
    {
        f.push("t:comma_dropped".into());
    }
    f
}

/// Whether token `i` closes a quotation.
fn is_closing_quote(toks: &[super::tokens::Tok], i: usize) -> bool {
    let t = &toks[i];
    !t.word && t.quote.is_some() && toks.get(i + 1).is_none_or(|n| n.quote != t.quote)
}

/// Words after a cue that annotators take into it ("talked about", "wary of", "voted against").
pub(crate) const PARTICLES: &[&str] = &[
    "of", "about", "for", "on", "to", "with", "against", "at", "as", "over", "in", "from", "out",
    "up", "off",
];

/// The features of taking the particle `k + 1` into the cue whose word is `k` (all named `x:…`).
pub(crate) fn particle_features(ctx: &Ctx, k: usize, s1: usize) -> Vec<String> {
    let toks = ctx.toks;
    let l = toks[k].lower.as_str();
    let stem = STEMMER.stem(l);
    let next = toks[k + 1].lower.as_str();
    let next2 = toks
        .get(k + 2)
        .filter(|_| k + 2 < s1)
        .map_or("</s>", |t| t.lower.as_str());
    vec![
        format!("x:w:{l}"),
        format!("x:s:{stem}"),
        format!("x:n:{next}"),
        format!("x:sn:{stem}|{next}"),
        format!("x:n2:{next2}"),
    ]
}

impl CueModel {
    /// Parses `name<TAB>value` lines: `intercept`, `threshold`, `vocab<TAB>word`, else `feature<TAB>weight`.
    /// A malformed number panics (checked by a unit test on the shipped file, so it fails the tests, never a request).
    pub fn parse(data: &str) -> CueModel {
        let mut m = CueModel {
            intercept: 0.0,
            threshold: 1.0,
            weights: HashMap::default(),
            particle_intercept: 0.0,
            end_intercept: 0.0,
            end_threshold: 1.0,
            boundaries: [(0.0, 1.0); 2],
            veto: HashMap::default(),
            veto_intercept: 0.0,
            veto_threshold: 0.0,
            vocab: HashSet::default(),
        };
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut f = line.split('\t');
            let name = f.next().unwrap_or_default();
            let value = f.next().unwrap_or_default().trim();
            if name == "vocab" {
                m.vocab.insert(value.to_string());
                continue;
            }
            let v: f32 = value.parse().expect("cue model number");
            // `{boundary}_intercept`, `{boundary}_threshold`
            if let Some((b, what)) = name
                .rsplit_once('_')
                .and_then(|(b, what)| Some((Boundary::named(b)?, what)))
            {
                let slot = &mut m.boundaries[b as usize];
                match what {
                    "intercept" => slot.0 = v,
                    "threshold" => slot.1 = v,
                    _ => panic!("cue model: unknown key {name}"),
                }
                continue;
            }
            match name {
                "intercept" => m.intercept = v,
                "threshold" => m.threshold = v,
                "particle_intercept" => m.particle_intercept = v,
                "end_intercept" => m.end_intercept = v,
                "end_threshold" => m.end_threshold = v,
                "veto_intercept" => m.veto_intercept = v,
                "veto_threshold" => m.veto_threshold = v,
                _ if name.starts_with("v|") => {
                    m.veto.insert(name[2..].to_string(), v);
                }
                _ => {
                    m.weights.insert(name.to_string(), v);
                }
            }
        }
        m
    }

    /// Whether this is a fitted model (an empty one, `--cue-model none`, leaves the rules' spans as they are).
    pub(crate) fn fitted(&self) -> bool {
        !self.vocab.is_empty()
    }

    pub(crate) fn in_vocab(&self, lower: &str) -> bool {
        self.vocab.contains(lower)
    }

    pub(crate) fn probability(&self, features: &[String]) -> f32 {
        sigmoid(log_odds(self.intercept, &self.weights, features))
    }

    pub(crate) fn accepts(&self, probability: f32) -> bool {
        probability >= self.threshold
    }

    pub(crate) fn end_probability(&self, features: &[String]) -> f32 {
        sigmoid(log_odds(self.end_intercept, &self.weights, features))
    }

    /// Probability that boundary `b` moves to the point with these features.
    pub(crate) fn boundary_probability(&self, b: Boundary, features: &[String]) -> f32 {
        sigmoid(log_odds(
            self.boundaries[b as usize].0,
            &self.weights,
            features,
        ))
    }

    pub(crate) fn moves(&self, b: Boundary, probability: f32) -> bool {
        probability >= self.boundaries[b as usize].1
    }

    /// Probability that a cue the lexicon rules found is one.
    pub(crate) fn rule_probability(&self, features: &[String]) -> f32 {
        sigmoid(log_odds(self.veto_intercept, &self.veto, features))
    }

    /// Whether the model can veto lexicon cues at all (skips computing their features when not).
    pub(crate) fn vetoes(&self) -> bool {
        self.veto_threshold > 0.0
    }

    pub(crate) fn keeps(&self, rule_probability: f32) -> bool {
        rule_probability >= self.veto_threshold
    }

    pub(crate) fn cuts(&self, probability: f32) -> bool {
        probability >= self.end_threshold
    }

    /// Whether the particle after an accepted cue belongs to it ("pounce on", "wary of"): even odds decide.
    pub(crate) fn takes_particle(&self, features: &[String]) -> bool {
        log_odds(self.particle_intercept, &self.weights, features) >= 0.0
    }
}

/// A logistic regression's log-odds: the intercept plus the weight of each feature the table knows.
fn log_odds(intercept: f32, weights: &HashMap<String, f32>, features: &[String]) -> f32 {
    intercept
        + features
            .iter()
            .filter_map(|f| weights.get(f.as_str()))
            .sum::<f32>()
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// The model shipped with copydesk.
pub static CUE_MODEL: LazyLock<CueModel> =
    LazyLock::new(|| CueModel::parse(include_str!("../../../data/sourcing/cue_model.tsv")));

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "who", "which"];

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        6..=10 => "6-10",
        11..=20 => "11-20",
        _ => "21+",
    }
}

/// The features of candidate token `k` (sentence tokens `s0..s1`) whose frame the rules read as `raw`; `rules` are
/// the attributions the lexicon found in the same sentence. Names are `kind:value` strings, so a word the model has
/// never seen simply adds nothing.
pub(crate) fn features(
    ctx: &Ctx,
    k: usize,
    s0: usize,
    s1: usize,
    raw: &Raw,
    rules: &[Raw],
) -> Vec<String> {
    let toks = ctx.toks;
    let t = &toks[k];
    let l = t.lower.as_str();
    let stem = STEMMER.stem(l);
    let at = |j: Option<usize>, edge: &'static str| -> &str {
        match j {
            Some(j) if j >= s0 && j < s1 => toks[j].lower.as_str(),
            _ => edge,
        }
    };
    let prev = at(k.checked_sub(1), "<s>");
    let prev2 = at(k.checked_sub(2), "<s>");
    let next = at(Some(k + 1), "</s>");
    let next2 = at(Some(k + 2), "</s>");
    let suffix: String = {
        let cs: Vec<char> = l.chars().collect();
        cs[cs.len().saturating_sub(3)..].iter().collect()
    };
    let mut f = vec![
        format!("w:{l}"),
        format!("s:{stem}"),
        format!("suf:{suffix}"),
        format!("p:{prev}"),
        format!("n:{next}"),
        format!("p2:{prev2}"),
        format!("n2:{next2}"),
        format!("sn:{stem}|{next}"),
        format!("ps:{prev}|{stem}"),
        format!("pos:{}", bucket(k - s0)),
    ];
    if let Some(c) = LEXICON.cues.get(l) {
        f.push(format!("lex:{:?}", c.class));
    }
    if t.cap {
        f.push("cap".into());
    }
    if k > s0 && toks[k - 1].word && toks[k - 1].cap {
        f.push("pcap".into());
    }
    if t.quote.is_some() {
        f.push("q".into());
    }
    if !rules.is_empty() {
        f.push("rule".into());
    }
    if rules
        .iter()
        .any(|r| r.content.contains(Span::new(t.start, t.end)))
    {
        f.push("inc".into());
    }
    if raw.cue.start < t.start {
        f.push("aux".into());
    }
    // the frame the rules found
    match raw.source {
        None => f.push("src:none".into()),
        Some(s) => {
            let words = s.slice(ctx.text).split_whitespace().count();
            let first = toks.get(first_at(toks, s.start));
            let kind = match first {
                Some(x) if words == 1 && PRONOUNS.contains(&x.lower.as_str()) => "pron",
                Some(x) if x.cap => "cap",
                _ => "low",
            };
            f.push(format!("src:{kind}"));
            f.push(format!("srclen:{}", bucket(words)));
            if s.start > t.start {
                f.push("src:after".into());
            }
        }
    }
    let content_words = raw.content.slice(ctx.text).split_whitespace().count();
    f.push(format!("clen:{}", bucket(content_words)));
    if raw.content.start >= raw.cue.end {
        let c = first_at(toks, raw.content.start);
        f.push(format!("c1:{}", at(Some(c), "</s>")));
    } else {
        f.push("cont:before".into());
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_parses() {
        let m = CueModel::parse(include_str!("../../../data/sourcing/cue_model.tsv"));
        assert!(m.threshold > 0.0 && m.threshold <= 1.0);
    }

    #[test]
    fn weights_add_up_in_log_odds() {
        let m = CueModel::parse("intercept\t-1\nthreshold\t0.5\nw:backed\t3\nvocab\tbacked\n");
        let p = m.probability(&["w:backed".to_string(), "n:unknown".to_string()]);
        assert!((p - 1.0 / (1.0 + (-2.0f32).exp())).abs() < 1e-6);
        assert!(m.accepts(p));
        assert!(m.in_vocab("backed") && !m.in_vocab("said"));
        assert!(!m.accepts(m.probability(&[])));
    }

    #[test]
    fn veto_weights_are_kept_apart_from_the_cue_weights() {
        let m = CueModel::parse("veto_intercept\t1\nveto_threshold\t0.3\nv|w:plans\t-3\n");
        let f = ["w:plans".to_string()];
        assert!(m.vetoes());
        assert!(!m.keeps(m.rule_probability(&f)));
        assert!(m.keeps(m.rule_probability(&[])));
        assert!((m.probability(&f) - 0.5).abs() < 1e-6);
        assert!(!CueModel::parse("").vetoes());
    }
}
