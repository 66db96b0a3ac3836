//! The whole `/v1/analyze` pipeline without HTTP: `Context::new` (segmentation, language) then
//! `routes::analyze::answer` (summary, hedging, sourcing, bias, offsets converted to the asked
//! unit). Every returned span must slice the analysed text back to its returned `text`, every
//! per-sentence entry must match the sentence list, and documented score ranges must hold.
//!
//! Input layout (4 header bytes, then the article, which must be UTF-8):
//! - byte 0: bits 0-1 offset encoding (utf32, utf16, utf8, utf16), bits 2-3 algorithm
//!   (default, textrank, lexrank, lead), bit 4: the article is HTML;
//! - byte 1: language, low 4 bits: 0 = detect (lingua, built once), 1-10 = the supported codes,
//!   11 = `ja`, 12 = `ar` (valid ISO codes without lexicons), else `en`;
//! - byte 2: summary length: top 2 bits pick default / sentences / ratio / max_chars, low 6 bits the value;
//! - byte 3: title length n (low 5 bits); the next n bytes are the title (if UTF-8).

#![no_main]

use std::sync::OnceLock;

use copydesk::analysis::input;
use copydesk::analysis::language::{Detector, SUPPORTED};
use copydesk::analysis::summarize::{Algorithm, Length, SummaryOptions};
use copydesk::api::offsets::OffsetEncoding;
use copydesk::api::request::Article;
use copydesk::api::response::AnalyzeResponse;
use copydesk::api::routes::{analyze, Context};
use copydesk::api::state::Limits;
use libfuzzer_sys::fuzz_target;

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| {
        Detector::new(&SUPPORTED.iter().map(|s| s.to_string()).collect::<Vec<_>>())
            .expect("detector")
    })
}

/// Maps offsets in the answer's unit back to byte offsets of the analysed text.
struct Units {
    /// `byte_at[u]` = byte offset of unit offset `u`, `None` inside a multi-unit char.
    byte_at: Vec<Option<usize>>,
}

impl Units {
    fn new(text: &str, enc: OffsetEncoding) -> Self {
        let mut byte_at = Vec::new();
        for (i, c) in text.char_indices() {
            let w = match enc {
                OffsetEncoding::Utf8 => c.len_utf8(),
                OffsetEncoding::Utf16 => c.len_utf16(),
                OffsetEncoding::Utf32 => 1,
            };
            byte_at.push(Some(i));
            byte_at.extend(std::iter::repeat(None).take(w - 1));
        }
        byte_at.push(Some(text.len()));
        Units { byte_at }
    }

    /// The bytes `start..end` (in units) stand for; panics when they are not valid.
    fn bytes(&self, start: usize, end: usize, what: &str) -> (usize, usize) {
        assert!(start <= end, "{what}: start {start} > end {end}");
        let get = |u: usize| {
            self.byte_at
                .get(u)
                .copied()
                .flatten()
                .unwrap_or_else(|| panic!("{what}: offset {u} is not a char boundary / past the text"))
        };
        (get(start), get(end))
    }

    fn check(&self, text: &str, start: usize, end: usize, got: &str, what: &str) -> (usize, usize) {
        let (s, e) = self.bytes(start, end, what);
        assert_eq!(&text[s..e], got, "{what}: {start}..{end} does not slice to its text");
        (s, e)
    }
}

fn unit_interval(x: f32, what: &str) {
    assert!(x.is_finite() && (-1e-4..=1.0 + 1e-4).contains(&x), "{what} = {x} not in 0..1");
}

fuzz_target!(
    init: {
        detector();
    },
    |data: &[u8]| {
        if data.len() < 4 {
            return;
        }
        let (h, rest) = data.split_at(4);
        let title_len = (h[3] & 31) as usize;
        if rest.len() < title_len {
            return;
        }
        let (title, body) = rest.split_at(title_len);
        let Ok(body) = std::str::from_utf8(body) else {
            return;
        };
        let title = std::str::from_utf8(title)
            .ok()
            .filter(|t| !t.trim().is_empty())
            .map(str::to_string);

        let encoding = match h[0] & 3 {
            0 => OffsetEncoding::Utf32,
            2 => OffsetEncoding::Utf8,
            _ => OffsetEncoding::Utf16,
        };
        let algorithm = Algorithm::ALL[((h[0] >> 2) & 3) as usize];
        let from_html = h[0] & 16 != 0;
        let language = match (h[1] & 15) as usize {
            0 => None,
            i @ 1..=10 => Some(SUPPORTED[i - 1].to_string()),
            11 => Some("ja".to_string()),
            12 => Some("ar".to_string()),
            _ => Some("en".to_string()),
        };
        let v = (h[2] & 63) as usize;
        let length = match h[2] >> 6 {
            0 => Length::default(),
            1 => Length::Sentences(v + 1),
            2 => Length::Ratio((v + 1) as f64 / 64.0),
            _ => Length::MaxChars(v * 40 + 1),
        };

        // What `request::validate` and `routes::run` refuse never reaches the analyses.
        let text = if from_html { input::html_to_text(body) } else { body.to_string() };
        let limits = Limits::default();
        if input::is_blank(&text) || text.chars().count() > limits.max_chars {
            return;
        }
        let article = Article {
            text,
            from_html,
            title,
            language,
            encoding,
            summary: SummaryOptions { algorithm, length, title: None },
        };
        let mut article = article;
        article.summary.title = article.title.clone();

        let ctx = Context::new(article, detector());
        if ctx.doc.segmentation.sentences.len() > limits.max_sentences {
            return;
        }
        let text = ctx.doc.text.clone();
        let answer = analyze::answer(ctx);
        check(&text, encoding, from_html, &answer);
        // The service serialises the answer: that must not fail either.
        serde_json::to_vec(&answer).expect("answer serialises");
    }
);

fn check(text: &str, enc: OffsetEncoding, from_html: bool, a: &AnalyzeResponse) {
    let u = Units::new(text, enc);
    assert_eq!(a.document.sentences, a.sentences.len());
    assert_eq!(a.document.characters, text.chars().count());
    assert_eq!(a.document.text.is_some(), from_html);
    assert!(a.language.confidence.is_finite() && (0.0..=1.0).contains(&a.language.confidence));

    let mut sentences = Vec::new();
    for (i, s) in a.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        sentences.push(u.check(text, s.start, s.end, &s.text, "sentence"));
    }
    let sentence_units: Vec<(usize, usize)> = a.sentences.iter().map(|s| (s.start, s.end)).collect();
    let holds = |index: usize, (s, e): (usize, usize), what: &str| {
        let &(ss, se) = sentences
            .get(index)
            .unwrap_or_else(|| panic!("{what}: sentence index {index} out of {}", sentences.len()));
        assert!(ss <= s && e <= se, "{what} {s}..{e} is not inside its sentence {index} {ss}..{se}");
    };

    // Summary.
    let mut last_index = None;
    for r in &a.summary.sentences {
        let b = u.check(text, r.start, r.end, &r.text, "summary sentence");
        assert_eq!(Some(&b), sentences.get(r.index), "summary sentence {} is not that sentence", r.index);
        assert!(last_index < Some(r.index), "summary not in document order");
        last_index = Some(r.index);
        assert!(r.score.is_finite(), "summary score {}", r.score);
        assert!(r.rank >= 1 && r.rank <= a.summary.sentences.len(), "rank {}", r.rank);
    }
    let joined: Vec<&str> = a.summary.sentences.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(a.summary.text, joined.join(" "));

    // Hedging.
    for m in &a.hedging.markers {
        let b = u.check(text, m.start, m.end, &m.text, "hedging marker");
        holds(m.sentence, b, "hedging marker");
        unit_interval(m.strength, "marker strength");
    }
    for s in &a.hedging.sentences {
        assert_eq!(Some(&(s.start, s.end)), sentence_units.get(s.index), "hedging sentence {}", s.index);
        unit_interval(s.score, "uncertainty score");
    }
    assert!(a.hedging.density_per_100_words.is_finite() && a.hedging.density_per_100_words >= 0.0);

    // Sourcing.
    for at in &a.sourcing.attributions {
        let cue = u.check(text, at.cue.start, at.cue.end, &at.cue.text, "attribution cue");
        holds(at.sentence, cue, "attribution cue");
        u.check(text, at.content.start, at.content.end, &at.content.text, "attribution content");
        if let Some(src) = &at.source {
            u.check(text, src.start, src.end, &src.text, "attribution source");
        }
        if let Some(id) = &at.source_id {
            let n: usize = id[1..].parse().expect("source id");
            assert!(n >= 1 && n <= a.sourcing.sources.len(), "dangling source id {id}");
        }
    }
    for s in &a.sourcing.sources {
        for m in &s.mentions {
            u.check(text, m.start, m.end, &m.text, "source mention");
        }
    }
    unit_interval(a.sourcing.stats.attributed_sentence_ratio, "attributed_sentence_ratio");

    // Bias.
    for s in &a.bias.sentences {
        assert_eq!(Some(&(s.start, s.end)), sentence_units.get(s.index), "bias sentence {}", s.index);
        unit_interval(s.score, "bias score");
        assert!(s.tone.is_finite() && (-1.0001..=1.0001).contains(&s.tone), "tone {}", s.tone);
        for r in &s.reasons {
            for sp in &r.spans {
                u.check(text, sp.start, sp.end, &sp.text, "bias reason span");
            }
        }
    }
    for s in &a.bias.spans {
        let b = u.check(text, s.start, s.end, &s.text, "bias span");
        holds(s.sentence, b, "bias span");
    }
    let i = &a.bias.indicators;
    for (x, what) in [
        (i.biased_sentence_share, "biased_sentence_share"),
        (i.uncertain_sentence_share, "uncertain_sentence_share"),
        (i.unnamed_source_share, "unnamed_source_share"),
        (i.largest_source_share, "largest_source_share"),
        (i.unattributed_claim_share, "unattributed_claim_share"),
    ] {
        unit_interval(x, what);
    }
    assert!(i.loaded_per_100_words.is_finite() && i.hedging_density_per_100_words.is_finite());
    assert!(i.tone_mean.is_finite() && i.tone_spread.is_finite());
    if let Some(f) = i.flesch_reading_ease {
        assert!(f.is_finite(), "flesch {f}");
    }
}
