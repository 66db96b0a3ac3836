//! Sentence tone: a compact re-implementation of VADER's rules (Hutto & Gilbert 2014) over its MIT-licensed lexicon.
//!
//! Each word of the lexicon carries a valence in -4..4. A booster just before a word ("very", "deeply")
//! pushes it further from zero, a negation in the three words before it flips and damps it (x -0.74), an
//! all-caps word in a mixed-case sentence is emphasised, the clause after "but" counts 1.5x and the one before
//! 0.5x, and exclamation marks add emphasis. The sum is normalised to a compound score in -1..1:
//! `s / sqrt(s^2 + 15)`. Scores are computed per sentence only: on a long text the sum saturates.

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::analysis::span::Span;

/// VADER's constants: booster step, caps emphasis, negation scalar, normalisation alpha.
const CAPS_INCR: f32 = 0.733;
const NEGATION: f32 = -0.74;
const ALPHA: f32 = 15.0;
const EXCLAMATION: f32 = 0.292;

struct Lexicon {
    valence: HashMap<String, f32>,
    negate: HashMap<String, ()>,
    booster: HashMap<String, f32>,
}

static VADER: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        valence: HashMap::default(),
        negate: HashMap::default(),
        booster: HashMap::default(),
    };
    for line in include_str!("../../../data/bias/vader_en.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(word), Some(value), Some(kind)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let value: f32 = value.parse().unwrap_or(0.0);
        match kind {
            "word" => {
                lex.valence.insert(word.to_string(), value);
            }
            "negate" => {
                lex.negate.insert(word.to_string(), ());
            }
            "booster" => {
                lex.booster.insert(word.to_string(), value);
            }
            _ => {}
        }
    }
    lex
});

/// A word of the sentence with its lexicon valence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Valenced {
    pub span: Span,
    /// Valence after boosters, negation and emphasis, -4..4 (roughly).
    pub valence: f32,
    /// The bare lexicon valence of the word.
    pub lexical: f32,
}

/// The tone of one sentence.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Tone {
    /// VADER-style compound score, -1..1.
    pub compound: f32,
    pub words: Vec<Valenced>,
}

/// Word spans of `text[span]`: runs of letters, digits, apostrophes and inner hyphens.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let s = span.slice(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    for (i, c) in s.char_indices() {
        let inner = c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && start.is_some());
        if inner {
            if start.is_none() {
                start = Some(i);
            }
            last_end = i + c.len_utf8();
        } else if let Some(st) = start.take() {
            out.push(trim_word(s, st, last_end, span.start));
        }
    }
    if let Some(st) = start {
        out.push(trim_word(s, st, last_end, span.start));
    }
    out
}

fn trim_word(s: &str, start: usize, mut end: usize, offset: usize) -> Span {
    while end > start {
        let c = s[..end].chars().next_back().unwrap_or('a');
        if c == '\'' || c == '’' || c == '-' {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    Span::new(offset + start, offset + end)
}

/// Lower-cased word with typographic apostrophes folded; borrowed when it already is (most words of a
/// sentence), since this runs for every word of every sentence.
fn key(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase().replace('’', "'"))
    }
}

/// The lexicon valence of a single word, if it has one.
pub fn valence(word: &str) -> Option<f32> {
    VADER.valence.get(key(word).as_ref()).copied()
}

/// Scores one sentence.
pub fn tone(text: &str, sentence: Span) -> Tone {
    tone_of_words(text, sentence, &words(text, sentence))
}

/// Scores one sentence whose [`words`] the caller already has.
pub fn tone_of_words(text: &str, sentence: Span, spans: &[Span]) -> Tone {
    let lex = &*VADER;
    let keys: Vec<Cow<str>> = spans.iter().map(|s| key(s.slice(text))).collect();
    let raw: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
    let is_caps =
        |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mixed_case = raw.iter().any(|w| is_caps(w)) && raw.iter().any(|w| !is_caps(w));
    let but = keys.iter().position(|k| k == "but");
    let mut words = Vec::new();
    let mut sum = 0.0f32;
    for (i, k) in keys.iter().enumerate() {
        // A booster is not itself sentiment ("kind of" is handled as a booster elsewhere in VADER; not here).
        if lex.booster.contains_key(k.as_ref()) {
            continue;
        }
        let Some(&lexical) = lex.valence.get(k.as_ref()) else {
            continue;
        };
        let mut v = lexical;
        if mixed_case && is_caps(raw[i]) && raw[i].chars().count() > 1 {
            v += CAPS_INCR * v.signum();
        }
        for (back, decay) in [(1usize, 1.0f32), (2, 0.95), (3, 0.9)] {
            let Some(j) = i.checked_sub(back) else { break };
            if let Some(&b) = lex.booster.get(keys[j].as_ref()) {
                let mut step = b * decay;
                if v < 0.0 {
                    step = -step;
                }
                v += step;
            }
        }
        let negated = (1..=3).any(|back| {
            i.checked_sub(back).is_some_and(|j| {
                lex.negate.contains_key(keys[j].as_ref()) || keys[j].ends_with("n't")
            })
        });
        if negated {
            v *= NEGATION;
        }
        if let Some(b) = but {
            if i < b {
                v *= 0.5;
            } else if i > b {
                v *= 1.5;
            }
        }
        sum += v;
        words.push(Valenced {
            span: spans[i],
            valence: v,
            lexical,
        });
    }
    let bangs = sentence.slice(text).matches('!').count().min(4) as f32;
    if sum != 0.0 {
        sum += bangs * EXCLAMATION * sum.signum();
    }
    let compound = if sum == 0.0 {
        0.0
    } else {
        sum / (sum * sum + ALPHA).sqrt()
    };
    Tone { compound, words }
}

/// Pattern's subjectivity lexicon (PDDL): word -> (polarity -1..1, subjectivity 0..1).
static SUBJECTIVITY: LazyLock<HashMap<String, (f32, f32)>> = LazyLock::new(|| {
    include_str!("../../../data/bias/subjectivity_en.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.split('\t');
            let w = f.next()?;
            let p: f32 = f.next()?.parse().ok()?;
            let s: f32 = f.next()?.parse().ok()?;
            Some((w.to_string(), (p, s)))
        })
        .collect()
});

/// Polarity and subjectivity of a word, looking through the adverb suffix `-ly` ("bizarrely" is as subjective
/// as "bizarre").
pub fn subjectivity(word: &str) -> Option<(f32, f32)> {
    let w = key(word);
    if let Some(v) = SUBJECTIVITY.get(w.as_ref()) {
        return Some(*v);
    }
    let stem = w.strip_suffix("ly")?;
    let candidates = [
        stem.to_string(),
        format!("{stem}e"),
        stem.strip_suffix('i')
            .map(|s| format!("{s}y"))
            .unwrap_or_default(),
        stem.strip_suffix("al")
            .map(str::to_string)
            .unwrap_or_default(),
        format!("{stem}le"),
    ];
    candidates
        .iter()
        .filter(|c| c.len() > 2)
        .find_map(|c| SUBJECTIVITY.get(c).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compound(s: &str) -> f32 {
        tone(s, Span::new(0, s.len())).compound
    }

    #[test]
    fn neutral_news_has_no_tone() {
        assert_eq!(
            compound("The council meets on Tuesday at the town hall."),
            0.0
        );
    }

    #[test]
    fn boosters_negation_and_but_behave_like_vader() {
        assert!(compound("The plan is good.") > 0.3);
        assert!(compound("The plan is very good.") > compound("The plan is good."));
        assert!(compound("The plan is not good.") < 0.0);
        assert!(compound("The plan is good, but the timing is terrible.") < 0.0);
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let s = "A so-called 'reform' isn't new.";
        let w: Vec<&str> = words(s, Span::new(0, s.len()))
            .iter()
            .map(|sp| sp.slice(s))
            .collect();
        assert_eq!(w, ["A", "so-called", "reform", "isn't", "new"]);
    }
}
