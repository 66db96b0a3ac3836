//! Sentence tone: a compact re-implementation of VADER's rules (Hutto & Gilbert 2014) over its MIT-licensed lexicon.
//!
//! Each word of the lexicon carries a valence in -4..4. A booster just before a word ("very", "deeply")
//! pushes it further from zero, a negation in the three words before it flips and damps it (x -0.74), an
//! all-caps word in a mixed-case sentence is emphasised, the clause after "but" counts 1.5x and the one before
//! 0.5x, and exclamation marks add emphasis. The sum is normalised to a compound score in -1..1:
//! `s / sqrt(s^2 + 15)`. Scores are computed per sentence only: on a long text the sum saturates.

use crate::analysis::span::Span;

use super::words::{self, Facts};

/// VADER's constants: booster step, caps emphasis, negation scalar, normalisation alpha.
const CAPS_INCR: f32 = 0.733;
const NEGATION: f32 = -0.74;
const ALPHA: f32 = 15.0;
const EXCLAMATION: f32 = 0.292;

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

/// Scores one sentence.
pub fn tone(text: &str, sentence: Span) -> Tone {
    let spans = words(text, sentence);
    let facts: Vec<Facts> = spans.iter().map(|w| words::facts(w.slice(text))).collect();
    tone_of_words(text, sentence, &spans, &facts)
}

/// Scores one sentence whose [`words`] and their [`Facts`] the caller already has.
pub fn tone_of_words(text: &str, sentence: Span, spans: &[Span], facts: &[Facts]) -> Tone {
    let raw: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
    let is_caps =
        |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mixed_case = raw.iter().any(|w| is_caps(w)) && raw.iter().any(|w| !is_caps(w));
    let but = facts.iter().position(|f| f.but);
    let mut words = Vec::new();
    let mut sum = 0.0f32;
    for (i, f) in facts.iter().enumerate() {
        // A booster is not itself sentiment ("kind of" is handled as a booster elsewhere in VADER; not here).
        if f.booster.is_some() {
            continue;
        }
        let Some(lexical) = f.valence else {
            continue;
        };
        let mut v = lexical;
        if mixed_case && is_caps(raw[i]) && raw[i].chars().count() > 1 {
            v += CAPS_INCR * v.signum();
        }
        for (back, decay) in [(1usize, 1.0f32), (2, 0.95), (3, 0.9)] {
            let Some(j) = i.checked_sub(back) else { break };
            if let Some(b) = facts[j].booster {
                let mut step = b * decay;
                if v < 0.0 {
                    step = -step;
                }
                v += step;
            }
        }
        let negated = (1..=3).any(|back| i.checked_sub(back).is_some_and(|j| facts[j].negation));
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
