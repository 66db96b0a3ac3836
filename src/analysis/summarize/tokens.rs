//! Language-aware tokenisation shared by every ranker: Unicode words (UAX #29, so any script), lowercased,
//! split at apostrophes ("l'homme", "AOL's"), stop words dropped, then stemmed with Snowball where the language
//! has a stemmer. Each distinct stem becomes a small integer id so rankers work on sparse integer vectors.

use std::sync::LazyLock;

use rust_stemmers::{Algorithm as SnowballAlgorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::analysis::segment::unicode_words;

fn parse_list(data: &'static str) -> FxHashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! stop_list {
    ($name:ident, $file:literal) => {
        static $name: LazyLock<FxHashSet<&'static str>> =
            LazyLock::new(|| parse_list(include_str!(concat!("../../../data/stopwords/", $file))));
    };
}

stop_list!(STOP_EN, "en.txt");
stop_list!(STOP_DE, "de.txt");
stop_list!(STOP_FR, "fr.txt");
stop_list!(STOP_ES, "es.txt");
stop_list!(STOP_IT, "it.txt");
stop_list!(STOP_PT, "pt.txt");
stop_list!(STOP_NL, "nl.txt");
stop_list!(STOP_RU, "ru.txt");
stop_list!(STOP_UK, "uk.txt");
stop_list!(STOP_PL, "pl.txt");

static NO_STOP_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(FxHashSet::default);

/// The stop-word list for an ISO 639-1 code (empty for languages without one).
pub(crate) fn stop_words(language: &str) -> &'static FxHashSet<&'static str> {
    match language {
        "en" => &STOP_EN,
        "de" => &STOP_DE,
        "fr" => &STOP_FR,
        "es" => &STOP_ES,
        "it" => &STOP_IT,
        "pt" => &STOP_PT,
        "nl" => &STOP_NL,
        "ru" => &STOP_RU,
        "uk" => &STOP_UK,
        "pl" => &STOP_PL,
        _ => &NO_STOP_WORDS,
    }
}

/// The Snowball stemmer for an ISO 639-1 code, when rust-stemmers has one.
pub(crate) fn snowball(language: &str) -> Option<SnowballAlgorithm> {
    use SnowballAlgorithm::*;
    Some(match language {
        "ar" => Arabic,
        "da" => Danish,
        "nl" => Dutch,
        "en" => English,
        "fi" => Finnish,
        "fr" => French,
        "de" => German,
        "el" => Greek,
        "hu" => Hungarian,
        "it" => Italian,
        "no" | "nb" | "nn" => Norwegian,
        "pt" => Portuguese,
        "ro" => Romanian,
        "ru" => Russian,
        "es" => Spanish,
        "sv" => Swedish,
        "ta" => Tamil,
        "tr" => Turkish,
        _ => return None,
    })
}

/// One sentence as term ids: `terms` are content words in order (stop words removed), `words` counts every word.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceTerms {
    pub terms: Vec<u32>,
    pub words: usize,
}

impl SentenceTerms {
    /// Distinct terms with their counts, sorted by term id: a sparse term-frequency vector.
    pub fn tf(&self) -> Vec<(u32, f32)> {
        let mut t = self.terms.clone();
        t.sort_unstable();
        let mut out: Vec<(u32, f32)> = Vec::with_capacity(t.len());
        for id in t {
            match out.last_mut() {
                Some((last, c)) if *last == id => *c += 1.0,
                _ => out.push((id, 1.0)),
            }
        }
        out
    }
}

/// Turns text into term ids for one language; ids are shared by every sentence (and the title) it reads.
pub(crate) struct Tokenizer {
    /// ISO 639-1 code, lowercase: the key of the thread's stem cache.
    language: String,
    stemmer: Option<Stemmer>,
    stop: &'static FxHashSet<&'static str>,
    vocab: FxHashMap<String, u32>,
    /// Each lowercased word form seen so far and its term id (`None`: a stop word or no letter nor digit), so a
    /// form repeated through the article is stemmed once: stemming is most of the tokeniser's cost.
    forms: FxHashMap<String, Option<u32>>,
    /// for each term id: does it start with a letter (a word, not a number such as "2015" or "3m")?
    lettered: Vec<bool>,
    lower: String,
}

impl Tokenizer {
    pub fn new(language: &str) -> Self {
        let language = language.trim().to_ascii_lowercase();
        Tokenizer {
            stemmer: snowball(&language).map(Stemmer::create),
            stop: stop_words(&language),
            // Sized for a typical article (a few hundred word forms), so the maps do not regrow while reading it.
            vocab: FxHashMap::with_capacity_and_hasher(512, Default::default()),
            forms: FxHashMap::with_capacity_and_hasher(1024, Default::default()),
            lettered: Vec::new(),
            lower: String::new(),
            language,
        }
    }

    pub fn has_stemmer(&self) -> bool {
        self.stemmer.is_some()
    }

    /// Number of distinct terms seen so far (ids are `0..vocab_len()`).
    pub fn vocab_len(&self) -> usize {
        self.vocab.len()
    }

    /// The sentences with only their lettered terms: the graph rankers compare words, not numbers (as sumy, whose
    /// word tokens must start with a letter).
    pub fn words_only(&self, sentences: &[SentenceTerms]) -> Vec<SentenceTerms> {
        sentences
            .iter()
            .map(|s| SentenceTerms {
                terms: s
                    .terms
                    .iter()
                    .copied()
                    .filter(|&t| self.lettered.get(t as usize).copied().unwrap_or(false))
                    .collect(),
                words: s.words,
            })
            .collect()
    }

    pub fn sentence(&mut self, text: &str) -> SentenceTerms {
        let mut out = SentenceTerms::default();
        for word in unicode_words(text) {
            for part in word.split(['\'', '\u{2019}']) {
                if part.is_empty() {
                    continue;
                }
                // A lone Latin letter left by an apostrophe split ("AOL's" -> "s", "l'homme" -> "l") is noise.
                let mut chars = part.chars();
                let first = chars.next().unwrap_or(' ');
                if chars.next().is_none() && first.is_ascii() {
                    continue;
                }
                out.words += 1;
                self.lower.clear();
                if part.is_ascii() {
                    self.lower.push_str(part);
                    self.lower.make_ascii_lowercase();
                } else {
                    self.lower.extend(part.chars().flat_map(char::to_lowercase));
                }
                let id = match self.forms.get(self.lower.as_str()) {
                    Some(&known) => known,
                    None => {
                        let id = self.term();
                        self.forms.insert(self.lower.clone(), id);
                        id
                    }
                };
                let Some(id) = id else { continue };
                out.terms.push(id);
            }
        }
        out
    }

    /// The term id of the lowercased form in `self.lower`, or `None` when it is a stop
    /// word or has no letter nor digit. New stems get the next id.
    fn term(&mut self) -> Option<u32> {
        if self.stop.contains(self.lower.as_str()) || !self.lower.chars().any(char::is_alphanumeric)
        {
            return None;
        }
        let id = match &self.stemmer {
            Some(s) => STEMS.with_borrow_mut(|cache| {
                if !cache.contains_key(&self.language) {
                    cache.insert(self.language.clone(), FxHashMap::default());
                }
                let Some(stems) = cache.get_mut(&self.language) else {
                    unreachable!("inserted above")
                };
                if let Some(stem) = stems.get(self.lower.as_str()) {
                    return intern(&mut self.vocab, stem);
                }
                if stems.len() >= STEM_CACHE_FORMS {
                    stems.clear();
                }
                let stem = s.stem(&self.lower).into_owned();
                let id = intern(&mut self.vocab, &stem);
                stems.insert(self.lower.clone(), stem);
                id
            }),
            None => intern(&mut self.vocab, &self.lower),
        };
        if id as usize == self.lettered.len() {
            self.lettered
                .push(self.lower.chars().next().is_some_and(char::is_alphabetic));
        }
        Some(id)
    }
}

/// Word forms whose stems a thread keeps, per language, before it starts over. News vocabulary repeats from
/// article to article (Zipf), so most forms of a new article were stemmed before and stemming, which was about a
/// twentieth of a whole answer's time, becomes a lookup. About 3 MB per thread at most.
const STEM_CACHE_FORMS: usize = 50_000;

thread_local! {
    /// language -> lowercased word form -> Snowball stem, for [`Tokenizer::term`].
    static STEMS: std::cell::RefCell<FxHashMap<String, FxHashMap<String, String>>> =
        std::cell::RefCell::new(FxHashMap::default());
}

fn intern(vocab: &mut FxHashMap<String, u32>, word: &str) -> u32 {
    if let Some(&id) = vocab.get(word) {
        return id;
    }
    let id = vocab.len() as u32;
    vocab.insert(word.to_owned(), id);
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_stemmed_and_stop_words_dropped() {
        let mut t = Tokenizer::new("en");
        let a = t.sentence("The councils were running the markets.");
        let b = t.sentence("A council runs a market.");
        assert_eq!(a.terms, b.terms);
        assert_eq!(a.words, 6);
    }

    #[test]
    fn any_script_is_tokenised() {
        let mut t = Tokenizer::new("ja");
        assert!(!t.has_stemmer());
        assert!(!t.sentence("東京で会議が開かれた。").terms.is_empty());
        let mut t = Tokenizer::new("el");
        assert!(t.has_stemmer());
        assert_eq!(t.sentence("Η Αθήνα είναι πόλη.").words, 4);
    }

    #[test]
    fn numbers_are_not_words_for_the_graph_rankers() {
        let mut t = Tokenizer::new("en");
        let s = t.sentence("Parliament voted 312 to 3m in 2015.");
        assert_eq!(s.terms.len(), 5);
        let w = t.words_only(&[s]);
        assert_eq!(w[0].terms.len(), 2);
    }

    #[test]
    fn elisions_and_possessives_are_split() {
        let mut t = Tokenizer::new("fr");
        let a = t.sentence("l'homme");
        let b = t.sentence("homme");
        assert_eq!(a.terms, b.terms);
    }
}
