//! The `default` ranker: centrality blended with a position prior, title similarity and the article's paragraph
//! structure, damped for sentences that cannot stand alone, then picked with MMR so the summary does not repeat itself.

use super::tokens::SentenceTerms;

/// Blend weights (a handful, chosen on the dev splits; see DESIGN).
#[derive(Clone, Debug)]
pub(crate) struct Params {
    pub centrality: f32,
    pub position: f32,
    pub position_decay: f32,
    pub title: f32,
    pub paragraph_first: f32,
    pub mmr: f32,
    pub short_words: f32,
    pub long_words: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            centrality: 1.0,
            position: 2.0,
            position_decay: 1.0,
            title: 0.2,
            paragraph_first: 0.1,
            mmr: 0.3,
            short_words: 6.0,
            long_words: 45.0,
        }
    }
}

/// Sparse TF-IDF vectors (smoothed IDF `ln(1 + N / df)`, so no term weighs zero), L2-normalised.
pub(crate) fn tfidf_unit(tfs: &[Vec<(u32, f32)>], vocab: usize) -> (Vec<Vec<(u32, f32)>>, Vec<f32>) {
    let mut df = vec![0u32; vocab];
    for tf in tfs {
        for &(t, _) in tf {
            df[t as usize] += 1;
        }
    }
    let n = tfs.len().max(1) as f32;
    let idf: Vec<f32> = df.iter().map(|&d| (1.0 + n / d.max(1) as f32).ln()).collect();
    let vecs = tfs
        .iter()
        .map(|tf| {
            let mut v: Vec<(u32, f32)> = tf.iter().map(|&(t, c)| (t, (1.0 + c.ln()) * idf[t as usize])).collect();
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
    pub paragraph_of: &'a [usize],
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
    // centrality: TextRank over the same sentences
    let cent = super::textrank::rank(sentences, vocab);
    let max_c = cent.iter().cloned().fold(0.0, f32::max);

    // title vector
    let title_terms: Vec<u32> = title.map(|t| t.tf().into_iter().map(|(t, _)| t).collect()).unwrap_or_default();

    let para = |i: usize| feats.paragraph_of.get(i).copied().unwrap_or(0);
    let paragraphs = if n == 0 { 0 } else { (0..n).map(para).max().unwrap_or(0) + 1 };

    // The lead matters less the more of the article the summary keeps.
    let keep = if n == 0 { 0.0 } else { feats.k as f32 / n as f32 };
    let w_pos = p.position * (1.0 - keep.min(1.0)).powf(8.0);
    let mut scores = Vec::with_capacity(n);
    for i in 0..n {
        let c = if max_c > 0.0 { cent[i] / max_c } else { 0.0 };
        let pos = (-(i as f32) / (p.position_decay * feats.k.max(1) as f32)).exp();
        let t = if title_terms.is_empty() {
            0.0
        } else {
            let hits = tfs[i].iter().filter(|(t, _)| title_terms.binary_search(t).is_ok()).count();
            hits as f32 / title_terms.len() as f32
        };
        let first = paragraphs > 1 && (i == 0 || para(i) != para(i - 1));
        let mut s = p.centrality * c + w_pos * pos + p.title * t + if first { p.paragraph_first } else { 0.0 };
        s *= standalone(feats.texts[i], sentences[i].words, i, p);
        scores.push(s);
    }
    Ranked { scores, vecs }
}

const CONNECTIVES: &[&str] = &[
    "but", "and", "or", "so", "however", "also", "yet", "still", "then", "thus", "therefore", "meanwhile", "moreover",
    "furthermore", "instead", "nevertheless", "nonetheless", "besides", "otherwise", "because", "although", "though",
];
const PRONOUNS: &[&str] = &["he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him", "them", "we", "i"];

/// Multiplier in (0, 1] for sentences that read badly out of context.
pub(crate) fn standalone(text: &str, words: usize, _index: usize, p: &Params) -> f32 {
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
