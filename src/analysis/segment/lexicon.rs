//! The word lists the sentence rules consult, and the classification of the token before a period.
//!
//! The lists live in `data/segment/` (one entry a line, headed by source and licence), are compiled
//! into the binary and parsed once on first use.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Titles and connectives that never end a sentence before a capitalised word ("Mr.", "e.g.").
static NONFINAL: LazyLock<WordList> = LazyLock::new(|| {
    WordList::parse(include_str!(
        "../../../data/segment/nonfinal_abbreviations.txt"
    ))
});
/// Abbreviations that may end a sentence but usually do not ("Inc.", "Jan.", "etc.").
static ABBREVIATIONS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("../../../data/segment/abbreviations.txt")));
/// Words that commonly open a sentence ("The", "He", "However").
static STARTERS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("../../../data/segment/sentence_starters.txt")));
/// Verbs of saying that follow a quotation: “Stop!” Mr. Li shouted.
static SPEECH_VERBS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("../../../data/segment/speech_verbs.txt")));
/// Nouns after an ordinal number written "3." ("3. Oktober").
/// Days, months and time zones that may follow "a.m."/"p.m." in the same sentence.
static TIME_FOLLOWERS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("../../../data/segment/time_followers.txt")));
static ORDINAL_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| WordList::parse(include_str!("../../../data/segment/ordinal_nouns.txt")));

/// Longer tokens are never looked up: no entry is that long, and it keeps every check O(1) on
/// hostile input (a megabyte without spaces is one token).
const MAX_LOOKUP_LEN: usize = 32;

/// A set of words. An entry in lower case matches the word in lower case or capitalised ("etc"
/// matches "Etc."), not in capitals, which would be an acronym ("EST" is not "est."). An entry
/// with capitals matches as written or in all capitals ("Mass" matches "MASS." but not "mass.").
struct WordList {
    any_case: HashSet<String>,
    exact: HashSet<String>,
}

impl WordList {
    fn parse(data: &str) -> Self {
        let mut list = WordList {
            any_case: HashSet::default(),
            exact: HashSet::default(),
        };
        for entry in data
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            if entry.chars().any(char::is_uppercase) {
                list.exact.insert(entry.to_string());
                list.exact.insert(entry.to_uppercase());
            } else {
                list.any_case.insert(entry.to_string());
            }
        }
        list
    }

    fn contains(&self, word: &str) -> bool {
        word.len() <= MAX_LOOKUP_LEN
            && (self.exact.contains(word)
                || (!is_acronym(word) && self.any_case.contains(&word.to_lowercase())))
    }
}

/// Two or more letters, all capitals: "EST", "NATO", "U.S" (not "I", "Mr").
fn is_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase)
}

/// What the token before a period says about whether the period ends the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Before {
    /// An ordinary word or number: the period ends the sentence unless a lower-case word follows.
    Ordinary,
    /// A title or connective ("Mr.", "Gen.", "e.g."): never ends a sentence before a word.
    Title,
    /// An abbreviation that may end a sentence: "Inc.", "etc.", "U.S.", "a.m.", "p.", German "Hauptstr.".
    Abbreviation,
    /// A single capital letter: an initial ("George W. Bush"), or the pronoun "I".
    Initial(char),
    /// A number of one or two digits: may be a German ordinal ("am 3. Oktober").
    SmallNumber,
}

/// Classifies the token before a period. `token` has its opening punctuation already removed.
pub(super) fn classify(token: &str) -> Before {
    if token.is_empty() || token.len() > MAX_LOOKUP_LEN {
        return Before::Ordinary;
    }
    if NONFINAL.contains(token) {
        return Before::Title;
    }
    if ABBREVIATIONS.contains(token)
        || is_multi_dot_abbreviation(token)
        || is_street_abbreviation(token)
    {
        return Before::Abbreviation;
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Before::Initial(c);
        }
        if c.is_lowercase() {
            return Before::Abbreviation; // "p. 12", "z. B.", "г."
        }
    }
    if token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()) {
        return Before::SmallNumber;
    }
    Before::Ordinary
}

/// "U.S", "a.m", "Ph.D", "U.S.A", "EE.UU": letter groups of one or two joined by periods. Longer
/// groups are domain names or file names ("example.com"), which are ordinary words.
pub(super) fn is_multi_dot_abbreviation(token: &str) -> bool {
    token.len() <= MAX_LOOKUP_LEN
        && token.contains('.')
        && token.split('.').all(|g| {
            let n = g.chars().count();
            (1..=2).contains(&n) && g.chars().all(char::is_alphabetic)
        })
}

/// German street names are abbreviated as one word: "Hauptstr. 5", "Bahnhofstr.".
fn is_street_abbreviation(token: &str) -> bool {
    token.len() > 3 && token.ends_with("str") && token.starts_with(char::is_uppercase)
}

/// A capitalised word that commonly opens a sentence, or a title ("Mr.") that opens one. Words in
/// capitals are acronyms ("ET" is not French "et"), except the one-letter "I" and "A".
pub(super) fn starts_sentence(word: &str) -> bool {
    is_common_opener(word) || (is_capitalised(word) && NONFINAL.contains(word))
}

/// A capitalised function word from the sentence-starter list ("The", "He", "Nobody"): never
/// part of a name.
pub(super) fn is_common_opener(word: &str) -> bool {
    is_capitalised(word) && STARTERS.contains(word)
}

/// "The", "I", "A": capital first; not an acronym in capitals ("ET" is not French "et").
fn is_capitalised(word: &str) -> bool {
    let mut letters = word.chars();
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    let mut rest = letters.filter(|c| c.is_alphabetic()).peekable();
    first_upper && (rest.peek().is_none() || !rest.all(char::is_uppercase))
}

/// True for "Oktober" in "am 3. Oktober".
/// "said", "asked", "shouted": a quotation before it is the verb's object, not a sentence.
pub(super) fn is_speech_verb(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && SPEECH_VERBS.contains(word)
}

/// "a.m." and "p.m.": times are followed by a day, month or time zone, or by a new sentence.
pub(super) fn is_time_of_day(token: &str) -> bool {
    token.eq_ignore_ascii_case("a.m") || token.eq_ignore_ascii_case("p.m")
}

/// Capitalised words that go on a time: "8 p.m. Tuesday", "9 a.m. Eastern", "5 p.m. Jan. 4".
pub(super) fn continues_time(word: &str) -> bool {
    TIME_FOLLOWERS.contains(word)
}

pub(super) fn is_ordinal_noun(word: &str) -> bool {
    ORDINAL_NOUNS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_entries_match_any_casing_and_capitalised_ones_do_not() {
        assert_eq!(classify("etc"), Before::Abbreviation);
        assert_eq!(classify("Etc"), Before::Abbreviation);
        assert_eq!(classify("Mass"), Before::Abbreviation);
        assert_eq!(classify("MASS"), Before::Abbreviation);
        assert_eq!(classify("mass"), Before::Ordinary);
        assert_eq!(classify("est"), Before::Abbreviation);
        assert_eq!(classify("EST"), Before::Ordinary);
        assert_eq!(classify("Inc"), Before::Abbreviation);
        assert_eq!(classify("INC"), Before::Abbreviation);
    }

    #[test]
    fn multi_dot_abbreviations_are_short_letter_groups() {
        assert!(is_multi_dot_abbreviation("U.S"));
        assert!(is_multi_dot_abbreviation("Ph.D"));
        assert!(!is_multi_dot_abbreviation("example.com"));
        assert!(!is_multi_dot_abbreviation("3.5"));
        assert!(!is_multi_dot_abbreviation("U..S"));
    }

    #[test]
    fn single_letters_and_small_numbers() {
        assert_eq!(classify("W"), Before::Initial('W'));
        assert_eq!(classify("p"), Before::Abbreviation);
        assert_eq!(classify("3"), Before::SmallNumber);
        assert_eq!(classify("1990"), Before::Ordinary);
    }
}
