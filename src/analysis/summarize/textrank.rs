//! TextRank (Mihalcea & Tarau 2004, "TextRank: Bringing Order into Texts", section 4.1).
//!
//! Sentences are vertices; two sentences are linked with weight
//! `|{w : w in S_i and w in S_j}| / (log |S_i| + log |S_j|)` (distinct shared content words, normalised by the
//! log of each sentence's length in content words), and vertices are scored by weighted PageRank with `d = 0.85`.

use super::graph::{for_each_pair, postings, sets, weighted_pagerank, Graph};
use super::tokens::SentenceTerms;

pub(crate) const DAMPING: f32 = 0.85;

pub(crate) fn graph(sentences: &[SentenceTerms], vocab: usize) -> Graph {
    let n = sentences.len();
    let sets = sets(sentences);
    let post = postings(&sets, vocab);
    let len: Vec<f32> = sentences.iter().map(|s| s.terms.len() as f32).collect();
    let mut adj: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
    for_each_pair(
        &sets,
        &post,
        |_| 1.0,
        |i, j, overlap| {
            let norm = len[i].ln() + len[j].ln();
            let w = if norm > 1e-6 { overlap / norm } else { overlap };
            if w > 0.0 {
                adj[i].push((j as u32, w));
                adj[j].push((i as u32, w));
            }
        },
    );
    Graph { adj }
}

pub(crate) fn rank(sentences: &[SentenceTerms], vocab: usize) -> Vec<f32> {
    weighted_pagerank(&graph(sentences, vocab), DAMPING, 1e-4)
}
