//! Sourcing: who says what. Finds attributions (a source, a cue, a content) and groups their sources.
//!
//! `analyze` takes the text, its sentence spans and the language; every span it returns is a byte range of the
//! text on char boundaries. English has the full rule set (reporting verbs, `according to`, passives, quotes);
//! other languages get quotation-based attributions only, with a warning.

mod extract;
mod lexicon;
mod model;
mod quotes;
mod sources;
mod tokens;

use crate::analysis::span::Span;
use crate::analysis::warning::Warning;
use extract::Raw;
use sources::{Mention, Pronoun};

pub use model::{
    Boundary, BoundaryCandidate, Candidates, CueCandidate, CueModel, CutCandidate, CUE_MODEL,
};

/// How the content is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttributionKind {
    /// Quoted word for word.
    Direct,
    /// Reported speech.
    Indirect,
    /// Reported speech with quoted parts.
    Mixed,
}

impl AttributionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::Direct => "direct",
            AttributionKind::Indirect => "indirect",
            AttributionKind::Mixed => "mixed",
        }
    }
}

/// What a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceType {
    Person,
    Organization,
    /// People not named: "officials", "a senior diplomat", "sources familiar with the matter".
    Unnamed,
    /// Reports, statements, polls, studies.
    Document,
}

impl SourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Person => "person",
            SourceType::Organization => "organization",
            SourceType::Unnamed => "unnamed",
            SourceType::Document => "document",
        }
    }
}

/// One attribution: `source` (absent for agentless forms) says `content` through `cue`.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub source: Option<Span>,
    /// Index into [`Sourcing::sources`].
    pub source_id: Option<usize>,
    pub cue: Span,
    pub content: Span,
    pub kind: AttributionKind,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

/// A source with all its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    pub source_type: SourceType,
    pub named: bool,
    /// Title or role when the text gives one ("Russian President Vladimir Putin’s press secretary").
    pub description: Option<String>,
    pub mentions: Vec<Span>,
    pub attributions: usize,
    pub direct: usize,
    pub indirect: usize,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct SourcingStats {
    pub attributions: usize,
    pub sources: usize,
    pub named_sources: usize,
    pub unnamed_sources: usize,
    pub direct: usize,
    pub indirect: usize,
    pub mixed: usize,
    /// Share of sentences that hold a cue or part of a content.
    pub attributed_sentence_ratio: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sourcing {
    pub attributions: Vec<Attribution>,
    pub sources: Vec<Source>,
    pub stats: SourcingStats,
    pub warnings: Vec<Warning>,
}

/// Languages with the full rule set.
const SUPPORTED: &[&str] = &["en"];

/// Verbs of saying for the quotation-only mode of other languages ("«…», sagte er").
const OTHER_SAID: &[&str] = &[
    "sagte",
    "sagt",
    "erklärte",
    "betonte",
    "dit",
    "a",
    "déclaré",
    "affirmé",
    "explique",
    "expliqué",
    "dijo",
    "afirmó",
    "explicó",
    "declaró",
    "ha",
    "detto",
    "disse",
    "afirmou",
    "zei",
    "zegt",
    "сказал",
    "сказала",
    "заявил",
    "заявила",
    "сказав",
    "сказала",
    "заявив",
    "powiedział",
    "powiedziała",
    "stwierdził",
    "dodał",
];

/// Finds the attributions and sources of `text`.
///
/// `sentences`: sentence spans of `text` (byte offsets), in order; `language`: ISO 639-1 code. A language
/// without lexicons gets quotation-based attributions only and the warning `sourcing_unsupported_language`.
pub fn analyze(text: &str, sentences: &[Span], language: &str) -> Sourcing {
    run(text, sentences, language, &CUE_MODEL, None)
}

/// [`analyze`] with another cue model (to evaluate a refitted model without rebuilding).
#[doc(hidden)]
pub fn analyze_with(text: &str, sentences: &[Span], language: &str, model: &CueModel) -> Sourcing {
    run(text, sentences, language, model, None)
}

/// Every cue candidate and content cut point of an English `text` with its model features and probability, for
/// evaluation and fitting.
#[doc(hidden)]
pub fn candidates(text: &str, sentences: &[Span], model: &CueModel) -> Candidates {
    let mut sink = Candidates::default();
    run(text, sentences, "en", model, Some(&mut sink));
    sink
}

fn run(
    text: &str,
    sentences: &[Span],
    language: &str,
    model: &CueModel,
    mut sink: Option<&mut Candidates>,
) -> Sourcing {
    let mut toks = tokens::tokenize(text);
    let quotes = quotes::find_quotes(text);
    for (qi, q) in quotes.iter().enumerate() {
        let a = tokens::first_at(&toks, q.span.start);
        let b = tokens::first_at(&toks, q.span.end);
        for t in &mut toks[a..b] {
            t.quote = Some(qi);
        }
    }
    let ctx = extract::Ctx {
        text,
        toks: &toks,
        quotes: &quotes,
    };
    let mut raws: Vec<Raw> = Vec::new();
    let mut warnings = Vec::new();
    let supported = SUPPORTED.contains(&language);
    if !supported {
        warnings.push(Warning::new(
            "sourcing_unsupported_language",
            format!(
                "no sourcing lexicons for language '{language}': only quotations are attributed"
            ),
        ));
    }
    for (si, s) in sentences.iter().enumerate() {
        let (s0, s1) = extract::sentence_tokens(&toks, *s);
        if s0 >= s1 {
            continue;
        }
        if supported {
            extract::sentence(&ctx, si, s0, s1, &mut raws, model, sink.as_deref_mut());
        } else {
            quote_only(&ctx, si, s0, s1, &mut raws);
        }
    }
    continue_split_quotes(&ctx, sentences, &mut raws);
    // one attribution per cue; sorted by position
    raws.sort_by_key(|r| (r.cue.start, r.cue.end));
    raws.dedup_by(|b, a| a.cue.overlaps(b.cue));
    build(text, sentences, &quotes, raws, warnings)
}

/// Quotation-only attributions: `«QUOTE», VERB SOURCE.` / `«QUOTE», SOURCE VERB.` with a short list of verbs.
fn quote_only(ctx: &extract::Ctx, si: usize, s0: usize, s1: usize, out: &mut Vec<Raw>) {
    let toks = ctx.toks;
    for k in s0..s1 {
        let t = &toks[k];
        if !t.word || t.quote.is_some() || !OTHER_SAID.contains(&t.lower.as_str()) {
            continue;
        }
        // a quotation ends within three tokens before the verb
        let Some(qt) = (k.saturating_sub(4).max(s0)..k)
            .rev()
            .find(|&j| toks[j].quote.is_some())
        else {
            continue;
        };
        let q = ctx.quotes[toks[qt].quote.unwrap_or(0)];
        if quotes::word_count(ctx.text, &q) < 3 {
            continue;
        }
        let mut e = k + 1;
        while e < s1 && toks[e].word && e - k < 4 {
            e += 1;
        }
        let mut cue_end = k + 1;
        if t.lower == "a" || t.lower == "ha" {
            cue_end = (k + 2).min(s1);
        }
        let source = if qt + 2 < k {
            Some(Span::new(toks[qt + 2].start, toks[k - 1].end))
        } else if e > cue_end {
            Some(Span::new(toks[cue_end].start, toks[e - 1].end))
        } else {
            None
        };
        out.push(Raw {
            source,
            antecedent: None,
            cue: Span::new(t.start, toks[cue_end - 1].end),
            content: q.span,
            sentence: si,
        });
    }
}

/// Most words between a postposed cue and the quotation that continues its quote ("said after a campaign stop
/// in South Carolina.").
const MAX_SPLIT_QUOTE_ADJUNCT: usize = 15;

/// `"X," he said. "Y."`: a quotation that follows a postposed cue at once continues the same attribution, in
/// the same paragraph or at the start of the next one (a paragraph break there ended it before: allowing it fixed
/// 16 contents on train and broke 7).
fn continue_split_quotes(ctx: &extract::Ctx, sentences: &[Span], raws: &mut [Raw]) {
    let n = raws.len();
    // Attributions by cue position, and how far any content reaches from its cue: the "does another
    // attribution claim this quotation" check then looks only at cues near the quotation, which keeps
    // text with thousands of split quotes linear instead of quadratic.
    let mut by_cue: Vec<usize> = (0..n).collect();
    by_cue.sort_by_key(|&k| raws[k].cue.start);
    let cue_starts: Vec<usize> = by_cue.iter().map(|&k| raws[k].cue.start).collect();
    let reach = |r: &Raw| {
        r.cue
            .start
            .abs_diff(r.content.start)
            .max(r.cue.start.abs_diff(r.content.end))
    };
    let mut max_reach = raws.iter().map(reach).max().unwrap_or(0);
    for i in 0..n {
        let r = raws[i].clone();
        // quotations do not nest, so they are sorted by end too
        let qi = ctx.quotes.partition_point(|q| q.span.end < r.content.end);
        let closes_quote = ctx
            .quotes
            .get(qi)
            .is_some_and(|q| q.span.end == r.content.end);
        if r.cue.start < r.content.end {
            continue;
        }
        // the next quotation after the cue
        let idx = ctx.quotes.partition_point(|x| x.span.start < r.cue.end);
        let Some(next) = ctx.quotes.get(idx) else {
            continue;
        };
        if quotes::word_count(ctx.text, next) < 3 {
            continue;
        }
        // only a comma, the source and the end of the sentence between
        let sent_end = sentences.get(r.sentence).map_or(r.cue.end, |s| s.end);
        let next_sent_start = sentences.get(r.sentence + 1).map(|s| s.start);
        let gap_start = r.cue.end.max(r.source.map_or(0, |s| s.end));
        let Some(gap) = ctx.text.get(gap_start..next.span.start) else {
            continue; // the source runs into the quotation: not a split quote
        };
        // between the cue and the next quotation only the frame's adjuncts: "said Monday.", "wrote in an email.",
        // "said as she accepted her award.", "he said of people who ...," (no quotation, no paragraph break)
        let adjunct = gap.split_whitespace().count() <= MAX_SPLIT_QUOTE_ADJUNCT
            && !gap.contains(['"', '“', '”', '«', '»', '„', '\n']);
        let same_sentence = next.span.start < sent_end
            && (gap.trim().trim_matches(',').trim().is_empty()
                || adjunct && gap.trim_end().ends_with(','));
        let next_sentence = next_sent_start == Some(next.span.start)
            && (gap.trim().trim_end_matches(['.', ',']).trim().is_empty()
                || adjunct && gap.trim_end().ends_with('.'));
        if !(same_sentence || next_sentence) {
            continue;
        }
        // a content that is no quotation continues only into a quotation of the same sentence right after its
        // frame: "Of course, Clinton said, “I didn’t know him.”" (the annotation takes the envelope)
        if !(closes_quote || same_sentence && gap.trim().trim_matches(',').trim().is_empty()) {
            continue;
        }
        let lo = cue_starts.partition_point(|&c| c + max_reach < next.span.start);
        let hi = cue_starts.partition_point(|&c| c <= next.span.end + max_reach);
        if by_cue[lo..hi].iter().any(|&k| {
            let o = &raws[k];
            o.content.overlaps(next.span) || next.span.contains(o.cue)
        }) {
            continue;
        }
        // the quotation must not have a cue of its own right after it (one quotation only: extending over the
        // quotations that follow it, paragraph after paragraph, fixed 3 contents on train and broke 10)
        raws[i].content = Span::new(r.content.start, next.span.end);
        max_reach = max_reach.max(reach(&raws[i]));
    }
}

fn kind_of(text: &str, quotes: &[quotes::Quote], content: Span) -> AttributionKind {
    let trimmed = trim_edges(text, content);
    let i = quotes.partition_point(|q| q.span.end <= trimmed.start);
    let inside: Vec<&quotes::Quote> = quotes[i..]
        .iter()
        .take_while(|q| q.span.start < trimmed.end)
        .collect();
    let Some(first) = inside.first() else {
        return AttributionKind::Indirect;
    };
    let last = inside[inside.len() - 1];
    if first.span.start <= trimmed.start
        && last.span.end >= trimmed.end.min(last.span.end)
        && last.span.end + 3 >= trimmed.end
    {
        AttributionKind::Direct
    } else {
        AttributionKind::Mixed
    }
}

/// `s` without the spaces and clause punctuation it opens with (", the deal collapsed" -> "the deal collapsed"),
/// unless nothing would remain.
fn trim_start(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    let rest = t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    if rest.is_empty() {
        s
    } else {
        Span::new(s.end - rest.len(), s.end)
    }
}

/// `s` without a closing parenthesis it ends with and does not open: an attribution written inside parentheses
/// ("(Voters may yet give Sanders a look, he said.)") reads to the sentence end, past the words attributed.
fn trim_unopened_parenthesis(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    let Some(rest) = t.trim_end().strip_suffix(')') else {
        return s;
    };
    if rest.contains('(') || rest.trim().is_empty() {
        return s;
    }
    Span::new(s.start, s.start + rest.trim_end().len())
}

/// Trims white space and `,.;:—–` at both edges.
pub(crate) fn trim_edges(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    let f = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '—' | '–');
    let a = t.len() - t.trim_start_matches(f).len();
    let b = t.trim_end_matches(f).len();
    if b <= a {
        return Span::new(s.start, s.start);
    }
    Span::new(s.start + a, s.start + b)
}

struct Group {
    m: Mention,
    mentions: Vec<Span>,
    last: usize,
}

fn build(
    text: &str,
    sentences: &[Span],
    quotes: &[quotes::Quote],
    raws: Vec<Raw>,
    warnings: Vec<Warning>,
) -> Sourcing {
    let mut groups: Vec<Group> = Vec::new();
    let mut attributions = Vec::with_capacity(raws.len());
    for mut r in raws {
        // Kept as an attribution without a source: the cue is usually right (dropping it cost cue F1 on PolNeAR).
        if r.source.is_some_and(|s| function_words_only(text, s)) {
            r.source = None;
        }
        let kind = kind_of(text, quotes, r.content);
        let source_id = r
            .source
            .and_then(|s| resolve(text, &mut groups, s, r.antecedent));
        attributions.push(Attribution {
            source: r.source,
            source_id,
            cue: r.cue,
            content: trim_unopened_parenthesis(text, trim_start(text, r.content)),
            kind,
            sentence: r.sentence,
        });
    }
    let mut sources: Vec<Source> = groups
        .into_iter()
        .map(|g| {
            let mut mentions = g.mentions;
            mentions.sort();
            mentions.dedup();
            Source {
                name: g.m.name,
                source_type: g.m.source_type,
                named: g.m.named,
                description: g.m.description,
                mentions,
                attributions: 0,
                direct: 0,
                indirect: 0,
            }
        })
        .collect();
    for a in &attributions {
        if let Some(id) = a.source_id {
            let s = &mut sources[id];
            s.attributions += 1;
            match a.kind {
                AttributionKind::Direct => s.direct += 1,
                AttributionKind::Indirect => s.indirect += 1,
                AttributionKind::Mixed => {}
            }
        }
    }
    // sentences touched by a cue or a content
    let mut touched = vec![false; sentences.len()];
    for a in &attributions {
        for sp in [a.cue, a.content] {
            let i = sentences.partition_point(|s| s.end <= sp.start);
            for (j, s) in sentences.iter().enumerate().skip(i) {
                if s.start >= sp.end {
                    break;
                }
                touched[j] = true;
            }
        }
    }
    let ratio = if sentences.is_empty() {
        0.0
    } else {
        touched.iter().filter(|&&t| t).count() as f32 / sentences.len() as f32
    };
    let count = |k: AttributionKind| attributions.iter().filter(|a| a.kind == k).count();
    let stats = SourcingStats {
        attributions: attributions.len(),
        sources: sources.len(),
        named_sources: sources.iter().filter(|s| s.named).count(),
        unnamed_sources: sources.iter().filter(|s| !s.named).count(),
        direct: count(AttributionKind::Direct),
        indirect: count(AttributionKind::Indirect),
        mixed: count(AttributionKind::Mixed),
        attributed_sentence_ratio: ratio,
    };
    Sourcing {
        attributions,
        sources,
        stats,
        warnings,
    }
}

/// Words that never name a source on their own.
const FUNCTION_WORDS: &[&str] = &[
    "and", "but", "or", "nor", "so", "yet", "the", "a", "an", "while", "whereas", "though",
    "although", "because", "if", "when", "then", "as", "in", "on", "at", "for", "of", "to", "with",
    "by", "from", "into", "about", "after", "before", "since", "until", "than", "also", "just",
    "even", "still",
];

/// A source span made only of function words ("and", "In", "while"): what the rules read as a subject where the
/// sentence has none, never someone or something that says.
fn function_words_only(text: &str, span: Span) -> bool {
    span.slice(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .all(|w| FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w)))
}

/// Finds or makes the group of a source mention; returns its index.
fn resolve(
    text: &str,
    groups: &mut Vec<Group>,
    span: Span,
    antecedent: Option<Span>,
) -> Option<usize> {
    let m = sources::read(text, span);
    let pos = span.start;
    let by_recency = |groups: &Vec<Group>, pred: &dyn Fn(&Group) -> bool| -> Option<usize> {
        groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.last <= pos && pred(g))
            .max_by_key(|(_, g)| g.last)
            .map(|(i, _)| i)
    };
    let found = match m.pronoun {
        Some(Pronoun::Relative) => {
            let a = antecedent?;
            let id = resolve(text, groups, a, None)?;
            Some(id)
        }
        // "she" never goes to a man the text has named as one, nor "he" to a woman.
        Some(Pronoun::Personal) => by_recency(groups, &|g| {
            g.m.source_type == SourceType::Person
                && g.m.named
                && (g.m.gender.is_none() || m.gender.is_none() || g.m.gender == m.gender)
        }),
        Some(Pronoun::Plural) => by_recency(groups, &|g| {
            g.m.source_type == SourceType::Organization
                || (g.m.source_type == SourceType::Unnamed && g.m.head.ends_with('s'))
        }),
        Some(Pronoun::Neuter) => by_recency(groups, &|g| {
            matches!(
                g.m.source_type,
                SourceType::Organization | SourceType::Document
            )
        }),
        Some(Pronoun::First) => None,
        None => None,
    };
    if m.pronoun.is_some() {
        let id = found?;
        // The pronoun's gender is not given to the group: one wrong link would then misdirect every later one.
        groups[id].mentions.push(span);
        groups[id].last = pos;
        return Some(id);
    }
    let existing = if m.named {
        let single = !m.key.contains(' ');
        groups
            .iter()
            .position(|g| g.m.named && g.m.key == m.key)
            .or_else(|| {
                if single {
                    by_recency(groups, &|g| {
                        g.m.named
                            && g.m.source_type == m.source_type
                            && sources::surname(&g.m.key) == m.key
                    })
                } else {
                    None
                }
            })
            .or_else(|| {
                // an earlier surname-only mention now named in full
                groups.iter().position(|g| {
                    g.m.named
                        && !g.m.key.contains(' ')
                        && g.m.key == sources::surname(&m.key)
                        && g.m.source_type == m.source_type
                })
            })
    } else if m.definite && m.source_type == SourceType::Unnamed && !m.head.ends_with('s') {
        // "the spokesman": a named person described so
        by_recency(groups, &|g| {
            g.m.named
                && g.m
                    .description
                    .as_deref()
                    .is_some_and(|d| d.to_lowercase().contains(&m.head))
        })
        .or_else(|| groups.iter().position(|g| !g.m.named && g.m.key == m.key))
    } else {
        groups
            .iter()
            .position(|g| !g.m.named && g.m.key == m.key && g.m.source_type == m.source_type)
    };
    match existing {
        Some(id) => {
            let g = &mut groups[id];
            if m.named && m.key.len() > g.m.key.len() {
                g.m.key = m.key.clone();
                g.m.name = m.name.clone();
            }
            if g.m.description.is_none() && m.named == g.m.named {
                g.m.description = m.description.clone();
            }
            g.m.gender = g.m.gender.or(m.gender);
            g.mentions.push(span);
            g.last = pos;
            Some(id)
        }
        None => {
            groups.push(Group {
                m,
                mentions: vec![span],
                last: pos,
            });
            Some(groups.len() - 1)
        }
    }
}
