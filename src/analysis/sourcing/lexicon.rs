//! Word lists for the sourcing analysis, loaded once from `data/sourcing/` (compiled into the binary).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// What kind of cue a reporting verb is; decides in which contexts it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A reporting verb ("say", "tell", "warn"): a cue wherever it has a subject or stands after the content.
    Speech,
    /// A mental-state verb ("think", "believe"): a cue only before a clause.
    Belief,
    /// What documents do ("show", "find"): a cue before "that" or after a document subject.
    Evidence,
    /// Taking a position ("endorse", "oppose", "seek"): a cue only between its subject and its object.
    Stance,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub class: CueClass,
    /// The lemma ("say" for "said").
    pub lemma: &'static str,
}

pub(crate) struct Lexicon {
    pub cues: HashMap<&'static str, Cue>,
    pub unnamed: HashSet<&'static str>,
    pub documents: HashSet<&'static str>,
    pub titles: HashSet<&'static str>,
    pub organizations: HashSet<&'static str>,
    /// Honorifics and role nouns that tell a person's gender ("ms.", "spokeswoman"; `data/sourcing/gender.txt`).
    pub gender_words: HashMap<&'static str, Gender>,
    /// Common first names and the gender they tell (same file).
    pub first_names: HashMap<&'static str, Gender>,
}

/// A person's grammatical gender, as "he" or "she" refers to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// The words of the lines of `data` tagged `male` or `female` (e.g. `m` and `f`).
fn genders(data: &'static str, male: &str, female: &str) -> HashMap<&'static str, Gender> {
    let mut out = HashMap::default();
    for line in lines(data) {
        let mut it = line.split_whitespace();
        let gender = match it.next() {
            Some(t) if t == male => Gender::Male,
            Some(t) if t == female => Gender::Female,
            _ => continue,
        };
        for word in it {
            out.insert(word, gender);
        }
    }
    out
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(data: &'static str) -> HashSet<&'static str> {
    lines(data).collect()
}

const GENDER: &str = include_str!("../../../data/sourcing/gender.txt");

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut cues = HashMap::default();
    for line in lines(include_str!("../../../data/sourcing/cues.txt")) {
        let mut it = line.split_whitespace();
        let class = match it.next() {
            Some("speech") => CueClass::Speech,
            Some("belief") => CueClass::Belief,
            Some("evidence") => CueClass::Evidence,
            Some("stance") => CueClass::Stance,
            _ => continue,
        };
        let forms: Vec<&'static str> = it.collect();
        let Some(&lemma) = forms.first() else {
            continue;
        };
        let lemma = lemma.trim_start_matches('(').trim_end_matches(')');
        for &f in &forms {
            if f.starts_with('(') {
                continue; // a lemma that is no cue form itself
            }
            let cue = Cue { class, lemma };
            // the first class listed for a form wins
            cues.entry(f).or_insert(cue);
        }
    }
    Lexicon {
        cues,
        unnamed: set(include_str!("../../../data/sourcing/unnamed.txt")),
        documents: set(include_str!("../../../data/sourcing/documents.txt")),
        titles: set(include_str!("../../../data/sourcing/titles.txt")),
        organizations: set(include_str!("../../../data/sourcing/organizations.txt")),
        gender_words: genders(GENDER, "m", "f"),
        first_names: genders(GENDER, "m-name", "f-name"),
    }
});
