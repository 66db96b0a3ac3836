//! Language detection with lingua, limited to the languages copydesk supports.
//!
//! The detector is built once at start-up with its models preloaded (lingua loads each model once
//! per process), then shared. Detection runs on a bounded sample of the text: its cost grows with
//! length and a few hundred words decide the language of a news article as well as the whole text.

use std::str::FromStr;

use lingua::{IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder};

/// Characters of running text given to the detector first.
/// Detection cost grows linearly with the sample (lingua 1.8 scores only trigrams on texts of 120
/// characters or more), and a short sample decides a news article's language: on the 1,757 texts of
/// more than 300 characters in the dev sets, 160-character samples leave 7 texts unsure (widened
/// to [`WIDE_SAMPLE_CHARS`]) and none with another language than the 1,000-character sample; that
/// is 159 characters detected per text on average against 196 with a 200-character first sample,
/// while 120 or 140 characters save no more because more texts need widening
/// (`scripts/language-sample.py`).
const SAMPLE_CHARS: usize = 160;

/// Characters given to the detector when the first sample leaves it unsure (below
/// [`SURE`]): a headline of names, a dateline or a quote in another language can open an article.
const WIDE_SAMPLE_CHARS: usize = 1_000;

/// Confidence from which the first sample's answer stands.
const SURE: f64 = 0.9;

/// The languages compiled into this build (lingua features in Cargo.toml), as ISO 639-1 codes.
pub const SUPPORTED: &[&str] = &["en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl"];

/// The outcome of detection.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    /// ISO 639-1 code, lowercase.
    pub code: String,
    /// English name of the language.
    pub name: String,
    /// lingua's confidence for the chosen language, 0..1; 0 when nothing could be detected.
    pub confidence: f64,
}

/// A language detector over a fixed set of languages.
pub struct Detector {
    inner: LanguageDetector,
    fallback: Language,
}

impl Detector {
    /// Builds a detector over `codes` (ISO 639-1) and loads its models now.
    ///
    /// Fails when a code is unknown or not compiled into this build. The first code is the
    /// fallback for text in which no language can be detected (digits, punctuation).
    pub fn new(codes: &[String]) -> Result<Self, String> {
        let mut languages = Vec::with_capacity(codes.len());
        for code in codes {
            let lang = supported_language(code).ok_or_else(|| {
                format!(
                    "unsupported language `{code}`; supported: {}",
                    SUPPORTED.join(", ")
                )
            })?;
            if !languages.contains(&lang) {
                languages.push(lang);
            }
        }
        let fallback = *languages.first().ok_or("at least one language is needed")?;
        let inner = if languages.len() == 1 {
            // lingua needs two languages; with one, every text is that language.
            LanguageDetectorBuilder::from_languages(&[fallback, other_than(fallback)])
        } else {
            LanguageDetectorBuilder::from_languages(&languages)
        }
        .with_preloaded_language_models()
        .build();
        Ok(Detector { inner, fallback })
    }

    /// Checks that every code is supported, without loading any model.
    pub fn check(codes: &[String]) -> Result<(), String> {
        if codes.is_empty() {
            return Err("at least one language is needed".into());
        }
        match codes.iter().find(|c| supported_language(c).is_none()) {
            Some(code) => Err(format!(
                "unsupported language `{code}`; supported: {}",
                SUPPORTED.join(", ")
            )),
            None => Ok(()),
        }
    }

    /// Detects the language of `text` from a bounded sample of it: a short one, widened when the
    /// detector is unsure of it.
    pub fn detect(&self, text: &str) -> Detection {
        let short = sample(text, SAMPLE_CHARS);
        let mut best = self.best(short);
        if best.is_none_or(|(_, confidence)| confidence < SURE) && short.len() < text.len() {
            best = self.best(sample(text, WIDE_SAMPLE_CHARS));
        }
        match best {
            Some((lang, confidence)) if confidence > 0.0 => describe(lang, confidence),
            _ => describe(self.fallback, 0.0),
        }
    }

    /// The most likely language of `sample` and its confidence.
    fn best(&self, sample: &str) -> Option<(Language, f64)> {
        self.inner
            .compute_language_confidence_values(sample)
            .into_iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }
}

fn describe(lang: Language, confidence: f64) -> Detection {
    Detection {
        code: lang.iso_code_639_1().to_string().to_lowercase(),
        name: lang.to_string(),
        confidence,
    }
}

fn supported_language(code: &str) -> Option<Language> {
    if !SUPPORTED.contains(&code) {
        return None;
    }
    let iso = IsoCode639_1::from_str(code).ok()?;
    Some(Language::from_iso_code_639_1(&iso))
}

fn other_than(lang: Language) -> Language {
    if lang == Language::English {
        Language::German
    } else {
        Language::English
    }
}

/// The first `chars` characters, cut at a white-space boundary.
fn sample(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        None => text,
        Some((cut, _)) => {
            let head = &text[..cut];
            head.rfind(char::is_whitespace)
                .map_or(head, |ws| &head[..ws])
        }
    }
}

/// The English name of any ISO 639-1 code, or `None` when the code does not exist.
///
/// Used for `language` given by the client, which may name a language the detector does not know.
pub fn name_of(code: &str) -> Option<String> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    isolang::Language::from_639_1(code).map(|l| l.to_name().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector {
        Detector::new(&SUPPORTED.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn detects_english_and_german() {
        let d = detector();
        let en = d.detect("The minister said on Tuesday that the talks would continue next week.");
        assert_eq!((en.code.as_str(), en.name.as_str()), ("en", "English"));
        assert!(en.confidence > 0.5);
        let de = d.detect(
            "Der Minister sagte am Dienstag, dass die Gespräche nächste Woche weitergehen.",
        );
        assert_eq!(de.code, "de");
    }

    #[test]
    fn an_unclear_opening_widens_the_sample() {
        let d = detector();
        let opening = "Ana, Rui, Ida, Jan, Eva, Leo, Tom, Mia, Ben, Noa, Max, Lia, Kai, Zoe, Ole, Ari, \
                       Uli, Ina, Tim, Pia, Sam, Liv, Bo, Ema, Ilo, Vic, Alu, Nin, Oto, Ria, Edu, Abi, Ivo. ";
        let head = d
            .best(sample(opening, SAMPLE_CHARS))
            .map_or(0.0, |(_, c)| c);
        assert!(head < SURE, "the opening alone is unclear ({head})");
        let body =
            "Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Schulen \
                    des Landes gelten sollen, und die Opposition kündigte sofort Widerstand an. ";
        let r = d.detect(&format!("{opening}{}", body.repeat(3)));
        assert_eq!(r.code, "de");
        assert!(r.confidence >= SURE);
    }

    #[test]
    fn text_without_letters_falls_back_with_zero_confidence() {
        let d = detector();
        let r = d.detect("12345 !!! 678");
        assert_eq!(r.code, "en");
        assert_eq!(r.confidence, 0.0);
    }

    #[test]
    fn unknown_languages_are_refused() {
        assert!(Detector::new(&["xx".to_string()]).is_err());
        assert!(Detector::new(&["ja".to_string()]).is_err());
    }

    #[test]
    fn iso_names() {
        assert_eq!(name_of("ja").as_deref(), Some("Japanese"));
        assert_eq!(name_of("xx"), None);
        assert_eq!(name_of("EN"), None);
    }

    #[test]
    fn sample_is_bounded_and_cut_at_space() {
        let long = "word ".repeat(1000);
        let s = sample(&long, SAMPLE_CHARS);
        assert!(s.chars().count() <= SAMPLE_CHARS);
        assert!(s.ends_with("word"));
    }
}
