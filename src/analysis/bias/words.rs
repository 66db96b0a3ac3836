//! The bias analysis's word table: VADER's valences, boosters and negations, Pattern's subjectivity and the
//! closed-class cues, merged into one map when they load.
//!
//! The sentence features read all four for every word of every sentence. Kept apart, that was four lower-casings
//! and four hash lookups a word; merged, it is one of each ([`facts`]), which mattered because these lookups were
//! the largest part of the bias stage.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::lexicon;

/// What the lexicons say of one word form.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Facts {
    /// VADER valence, -4..4.
    pub valence: Option<f32>,
    /// VADER booster step ("very", "barely").
    pub booster: Option<f32>,
    /// A VADER negation ("not", "never"), or a contracted one ("-n't").
    pub negation: bool,
    /// The word is "but", which reweighs the clauses around it.
    pub but: bool,
    /// Pattern polarity (-1..1) and subjectivity (0..1), looking through an adverb's `-ly` ("bizarrely" is as
    /// subjective as "bizarre").
    pub subjectivity: Option<(f32, f32)>,
    /// The closed-class cue the word counts towards: an index into [`CUE_FEATURES`]; "-n't" counts as
    /// negation.
    pub cue: Option<usize>,
}

/// Cue names in `cues_en.tsv` and the model feature each counts towards.
pub const CUE_FEATURES: [(&str, &str); 9] = [
    ("generalisation", "generalisations"),
    ("political_label", "political_labels"),
    ("political_actor", "political_actors"),
    ("emphasis", "emphasis"),
    ("prescriptive", "prescriptive"),
    ("negation", "negation"),
    ("time_reference", "time_references"),
    ("reporting_verb", "reporting_verbs"),
    ("copula", "copula"),
];

/// The [`CUE_FEATURES`] index of negation, which every "-n't" counts towards.
const NEGATION_CUE: usize = 5;

/// What one form has in each lexicon (subjectivity of the form itself, without looking through `-ly`).
#[derive(Clone, Copy, Default)]
struct Entry {
    valence: Option<f32>,
    booster: Option<f32>,
    negation: bool,
    subjectivity: Option<(f32, f32)>,
    cue: Option<usize>,
}

static TABLE: LazyLock<HashMap<String, Entry>> = LazyLock::new(|| {
    let mut table: HashMap<String, Entry> = HashMap::default();
    for line in include_str!("../../../data/bias/vader_en.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(word), Some(value), Some(kind)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let value: f32 = value.parse().unwrap_or(0.0);
        let entry = table.entry(word.to_string()).or_default();
        match kind {
            "word" => entry.valence = Some(value),
            "negate" => entry.negation = true,
            "booster" => entry.booster = Some(value),
            _ => {}
        }
    }
    for line in include_str!("../../../data/bias/subjectivity_en.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let parsed = (|| {
            let w = f.next()?;
            let p: f32 = f.next()?.parse().ok()?;
            let s: f32 = f.next()?.parse().ok()?;
            Some((w, p, s))
        })();
        if let Some((w, p, s)) = parsed {
            table.entry(w.to_string()).or_default().subjectivity = Some((p, s));
        }
    }
    for e in lexicon::parse(include_str!("../../../data/bias/cues_en.tsv")) {
        let cue = CUE_FEATURES
            .iter()
            .position(|(cue, _)| e.fields.first().is_some_and(|f| f == cue));
        if let Some(cue) = cue {
            table.entry(e.phrase).or_default().cue = Some(cue);
        }
    }
    table
});

/// Lower-cased word with typographic apostrophes folded; borrowed when it already is (most words of a
/// sentence).
fn key(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase().replace('\u{2019}', "'"))
    }
}

/// Everything the lexicons say of `word` (any case).
pub fn facts(word: &str) -> Facts {
    // Most words are short and ASCII: they are lower-cased on the stack, without an allocation.
    let mut buf = [0u8; 24];
    let key: Cow<str> = match buf.get_mut(..word.len()) {
        Some(short) if word.is_ascii() => {
            short.copy_from_slice(word.as_bytes());
            short.make_ascii_lowercase();
            Cow::Borrowed(std::str::from_utf8(short).unwrap_or(word))
        }
        _ => key(word),
    };
    let key = key.as_ref();
    let entry = TABLE.get(key).copied().unwrap_or_default();
    let contracted = key.ends_with("n't");
    Facts {
        valence: entry.valence,
        booster: entry.booster,
        negation: entry.negation || contracted,
        but: key == "but",
        subjectivity: entry.subjectivity.or_else(|| adverb_subjectivity(key)),
        cue: if contracted {
            Some(NEGATION_CUE)
        } else {
            entry.cue
        },
    }
}

/// The subjectivity of an `-ly` adverb's adjective: "bizarrely" → "bizarre", "happily" → "happy", "basically" →
/// "basic", "terribly" → "terrible".
fn adverb_subjectivity(key: &str) -> Option<(f32, f32)> {
    let stem = key.strip_suffix("ly")?;
    let subjectivity = |w: &str| {
        if w.len() > 2 {
            TABLE.get(w).and_then(|e| e.subjectivity)
        } else {
            None
        }
    };
    subjectivity(stem)
        .or_else(|| subjectivity(&format!("{stem}e")))
        .or_else(|| {
            stem.strip_suffix('i')
                .and_then(|s| subjectivity(&format!("{s}y")))
        })
        .or_else(|| stem.strip_suffix("al").and_then(subjectivity))
        .or_else(|| subjectivity(&format!("{stem}le")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_gives_every_lexicon() {
        let not = facts("Not");
        assert!(not.negation);
        assert_eq!(not.cue, Some(NEGATION_CUE));
        assert!(facts("didn\u{2019}t").negation);
        assert_eq!(facts("didn't").cue, Some(NEGATION_CUE));
        assert!(facts("very").booster.is_some_and(|b| b > 0.0));
        assert!(facts("horrible").valence.is_some_and(|v| v < 0.0));
        assert!(facts("But").but);
        assert_eq!(facts("zzqx"), Facts::default());
    }

    #[test]
    fn adverbs_look_through_their_suffix() {
        let adjective = facts("bizarre").subjectivity;
        assert!(adjective.is_some());
        assert_eq!(facts("bizarrely").subjectivity, adjective);
        assert_eq!(facts("happily").subjectivity, facts("happy").subjectivity);
    }
}
