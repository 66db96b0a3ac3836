//! The `default` ranker: TextRank coverage blended with centroid focus, fact density (names and numbers per word) and
//! a lead prior in proportion to how selective the summary is, plus title similarity; compact sentences are favoured
//! for selective summaries, sentences that cannot stand alone (fragments under 10 words, sentences mostly inside
//! quotation marks, ...) are damped, and MMR (in `select`) keeps the summary from repeating itself.

use super::tokens::SentenceTerms;

/// Blend weights (a handful, chosen on the dev splits; see DESIGN).
#[derive(Clone, Debug)]
pub(crate) struct Params {
    /// weight of the lead prior `exp(-i / (decay * k))` for a selective summary
    pub position: f32,
    pub position_decay: f32,
    /// weight of the share of title terms a sentence contains
    pub title: f32,
    /// MMR: score minus this times the highest cosine to an already chosen sentence
    pub mmr: f32,
    /// exponent of the compactness factor `(median words / words)` for a selective summary
    pub compact: f32,
    /// exponent turning the kept share `k / n` into selectivity `(1 - k / n)^selectivity`
    pub selectivity: f32,
    /// sentences with fewer words than this are fragments
    pub short_words: f32,
    /// sentences with more words than this are run-ons
    pub long_words: f32,
    /// weight of fact density (share of words that are names or numbers) for a selective summary
    pub density: f32,
    /// damping `1 - quoted * sel` of sentences mostly inside quotation marks, for a selective summary
    pub quoted: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            position: 2.0,
            position_decay: 0.7,
            title: 0.2,
            mmr: 0.2,
            compact: 0.6,
            selectivity: 6.0,
            short_words: 10.0,
            long_words: 45.0,
            density: 0.5,
            quoted: 0.3,
        }
    }
}

/// Sparse TF-IDF vectors (smoothed IDF `ln(1 + N / df)`, so no term weighs zero), L2-normalised.
pub(crate) fn tfidf_unit(
    tfs: &[Vec<(u32, f32)>],
    vocab: usize,
) -> (Vec<Vec<(u32, f32)>>, Vec<f32>) {
    let mut df = vec![0u32; vocab];
    for tf in tfs {
        for &(t, _) in tf {
            df[t as usize] += 1;
        }
    }
    let n = tfs.len().max(1) as f32;
    let idf: Vec<f32> = df
        .iter()
        .map(|&d| (1.0 + n / d.max(1) as f32).ln())
        .collect();
    let vecs = tfs
        .iter()
        .map(|tf| {
            let mut v: Vec<(u32, f32)> = tf
                .iter()
                .map(|&(t, c)| (t, (1.0 + c.ln()) * idf[t as usize]))
                .collect();
            let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect();
    (vecs, idf)
}

pub(crate) fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// What the default ranker knows about each sentence besides its terms.
pub(crate) struct Features<'a> {
    pub texts: Vec<&'a str>,
    /// sentences the summary will hold (estimated for a character budget)
    pub k: usize,
}

pub(crate) struct Ranked {
    pub scores: Vec<f32>,
    /// unit TF-IDF vectors, for MMR redundancy
    pub vecs: Vec<Vec<(u32, f32)>>,
}

pub(crate) fn rank(
    sentences: &[SentenceTerms],
    title: Option<&SentenceTerms>,
    vocab: usize,
    feats: &Features<'_>,
    p: &Params,
) -> Ranked {
    let n = sentences.len();
    let tfs: Vec<Vec<(u32, f32)>> = sentences.iter().map(SentenceTerms::tf).collect();
    let (vecs, _idf) = tfidf_unit(&tfs, vocab);

    // Selectivity in [0, 1]: near 1 when the summary keeps few of the sentences (3 of 30), near 0 when it keeps
    // a large share (9 of 20). A selective summary leans on the lead, on topical focus and on compact sentences;
    // a long one on coverage, which TextRank's content-rich sentences give.
    let keep = if n == 0 {
        1.0
    } else {
        (feats.k as f32 / n as f32).min(1.0)
    };
    let sel = (1.0 - keep).powf(p.selectivity);

    // coverage: TextRank, scaled to [0, 1]
    let tr = super::textrank::coverage(sentences, vocab);
    let max_tr = tr.iter().cloned().fold(0.0, f32::max).max(1e-9);

    // focus: cosine of each sentence with the article's centroid, scaled to [0, 1]
    let mut centroid = vec![0f32; vocab];
    for v in &vecs {
        for &(t, w) in v {
            centroid[t as usize] += w;
        }
    }
    let cnorm = centroid.iter().map(|w| w * w).sum::<f32>().sqrt().max(1e-9);
    let cen: Vec<f32> = vecs
        .iter()
        .map(|v| {
            v.iter()
                .map(|&(t, w)| w * centroid[t as usize])
                .sum::<f32>()
                / cnorm
        })
        .collect();
    let max_cen = cen.iter().cloned().fold(0.0, f32::max).max(1e-9);

    let title_terms: Vec<u32> = title
        .map(|t| t.tf().into_iter().map(|(t, _)| t).collect())
        .unwrap_or_default();

    let mut lens: Vec<usize> = sentences.iter().map(|s| s.words.max(1)).collect();
    lens.sort_unstable();
    let median_len = lens.get(n / 2).copied().unwrap_or(1) as f32;

    let mut scores = Vec::with_capacity(n);
    for i in 0..n {
        let coverage = tr[i] / max_tr;
        let focus = cen[i] / max_cen;
        let lead = (-(i as f32) / (p.position_decay * feats.k.max(1) as f32)).exp();
        let t = if title_terms.is_empty() {
            0.0
        } else {
            let hits = tfs[i]
                .iter()
                .filter(|(t, _)| title_terms.binary_search(t).is_ok())
                .count();
            hits as f32 / title_terms.len() as f32
        };
        // fact density: names (capitalised words after the first) and numbers per word
        let (caps, nums, toks) = shape(feats.texts[i]);
        let density = (caps + nums) as f32 / toks.max(1) as f32;
        let mut s = (1.0 - sel) * coverage
            + sel * (focus + p.position * lead + p.density * density)
            + p.title * t;
        // a sentence mostly inside quotation marks reads as colour, not as the news
        if quoted_share(feats.texts[i]) > 0.5 {
            s *= 1.0 - sel * p.quoted;
        }
        s *= (median_len / sentences[i].words.max(1) as f32).powf(p.compact * sel);
        s *= standalone(feats.texts[i], sentences[i].words, p);
        scores.push(s);
    }
    Ranked { scores, vecs }
}

const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "or",
    "so",
    "however",
    "also",
    "yet",
    "still",
    "then",
    "thus",
    "therefore",
    "meanwhile",
    "moreover",
    "furthermore",
    "instead",
    "nevertheless",
    "nonetheless",
    "besides",
    "otherwise",
    "because",
    "although",
    "though",
];
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
    "him", "them", "we", "i",
];

/// Multiplier in (0, 1] for sentences that read badly out of context.
pub(crate) fn standalone(text: &str, words: usize, p: &Params) -> f32 {
    let t = text.trim();
    let mut f = 1.0;
    let first_word: String = t
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if CONNECTIVES.contains(&first_word.as_str()) {
        f *= 0.85;
    }
    if PRONOUNS.contains(&first_word.as_str()) {
        f *= 0.9;
    }
    if (words as f32) < p.short_words {
        f *= 0.6;
    }
    if (words as f32) > p.long_words {
        f *= 0.85;
    }
    let starts_quote = t.starts_with(['"', '\u{201C}', '\u{201E}', '\u{00AB}', '\'']);
    if starts_quote {
        f *= 0.85;
    }
    if t.ends_with('?') {
        f *= 0.7;
    }
    let lower = t.to_lowercase();
    if lower.starts_with("click here")
        || lower.starts_with("read more")
        || lower.starts_with("follow us")
        || lower.starts_with("sign up")
        || lower.starts_with("subscribe")
        || lower.starts_with("photo:")
        || lower.starts_with("image:")
        || lower.starts_with("by ") && words <= 6
        || lower.contains("all rights reserved")
        || lower.starts_with("copyright")
    {
        f *= 0.1;
    }
    // caption-like: no verb-ish final punctuation
    if !t.ends_with(['.', '!', '?', '"', '\u{201D}', '\'', ')']) {
        f *= 0.6;
    }
    f
}

/// (capitalised words after the first, words with digits, words) of a sentence.
fn shape(text: &str) -> (usize, usize, usize) {
    let (mut caps, mut nums, mut toks) = (0, 0, 0);
    for (k, w) in text.split_whitespace().enumerate() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        toks += 1;
        if w.chars().any(|c| c.is_ascii_digit()) {
            nums += 1;
        } else if k > 0 && w.chars().next().is_some_and(char::is_uppercase) {
            caps += 1;
        }
    }
    (caps, nums, toks)
}

/// Share of the sentence's characters inside quotation marks.
fn quoted_share(text: &str) -> f32 {
    let (mut inside, mut n_in, mut total) = (false, 0usize, 0usize);
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '\u{201C}' => inside = true,
            '\u{201D}' => inside = false,
            _ => {
                total += 1;
                if inside {
                    n_in += 1;
                }
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        n_in as f32 / total as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_share_measures_quotation() {
        assert!(
            quoted_share("\u{201C}We will rebuild the bridge by spring,\u{201D} she said.") > 0.5
        );
        assert!(quoted_share("The council approved the budget on Tuesday.") == 0.0);
        assert!(quoted_share("He called the plan \"a start\" and left.") < 0.5);
    }

    #[test]
    fn shape_counts_names_and_numbers() {
        let (caps, nums, toks) = shape("The Harbour Board met Ana Silva on 12 May, 2031.");
        assert_eq!((caps, nums, toks), (5, 2, 10));
    }
}
