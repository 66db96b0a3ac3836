//! Sparse sentence graphs and the PageRank-style iterations shared by TextRank, LexRank and the default ranker.

use super::tokens::SentenceTerms;

/// A sparse vector: `(term id, weight)` pairs sorted by term id.
pub(crate) type SparseVec = Vec<(u32, f32)>;

/// A sparse symmetric weighted graph: `adj[i]` lists `(j, weight)` with `weight > 0`.
pub(crate) struct Graph {
    pub adj: Vec<Vec<(u32, f32)>>,
}

impl Graph {
    pub fn len(&self) -> usize {
        self.adj.len()
    }
}

/// Inverted index: for each term id, the sentences (ascending) that contain it, with the term's count there.
pub(crate) fn postings(sentences: &[Vec<(u32, f32)>], vocab: usize) -> Vec<Vec<(u32, f32)>> {
    let mut post: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab];
    for (i, tf) in sentences.iter().enumerate() {
        for &(t, c) in tf {
            post[t as usize].push((i as u32, c));
        }
    }
    post
}

/// Terms found in more sentences than this link no pair. In an article of normal length no content word gets near
/// it (the eval articles have at most a few dozen sentences), so results there are unchanged; on very long or
/// hostile input ("Word. Word. Word. ..." 60,000 times) it keeps the pair count linear instead of quadratic.
pub(crate) const DF_CAP: usize = 100;

/// For every pair of sentences sharing at least one term, calls `edge(i, j, acc)` with `i < j` and `acc` the sum over
/// shared terms of `weight(term) * tf_i * tf_j`; cost is the sum of squared document frequencies (each capped at
/// [`DF_CAP`]), never a dense n².
pub(crate) fn for_each_pair(
    tfs: &[Vec<(u32, f32)>],
    post: &[Vec<(u32, f32)>],
    weight: impl Fn(u32) -> f32,
    mut edge: impl FnMut(usize, usize, f32),
) {
    let n = tfs.len();
    let mut acc = vec![0f32; n];
    let mut touched: Vec<u32> = Vec::new();
    for i in 0..n {
        for &(t, ci) in &tfs[i] {
            let w = weight(t);
            if w == 0.0 {
                continue;
            }
            let list = &post[t as usize];
            if list.len() > DF_CAP {
                continue;
            }
            // postings are ascending; only partners after i
            let start = list.partition_point(|&(j, _)| (j as usize) <= i);
            for &(j, cj) in &list[start..] {
                let j = j as usize;
                if acc[j] == 0.0 {
                    touched.push(j as u32);
                }
                acc[j] += w * ci * cj;
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let j = j as usize;
            edge(i, j, acc[j]);
            acc[j] = 0.0;
        }
        touched.clear();
    }
}

/// Weighted PageRank as TextRank states it: `WS(i) = (1 - d) + d * sum_j w_ji / out_j * WS(j)`, iterated until no
/// score moves by more than `eps` (at most 200 rounds).
pub(crate) fn weighted_pagerank(g: &Graph, d: f32, eps: f32) -> Vec<f32> {
    let n = g.len();
    let out: Vec<f32> = g
        .adj
        .iter()
        .map(|e| e.iter().map(|&(_, w)| w).sum())
        .collect();
    let mut ws = vec![1.0f32; n];
    let mut next = vec![0f32; n];
    for _ in 0..200 {
        for i in 0..n {
            let mut s = 0.0;
            for &(j, w) in &g.adj[i] {
                let j = j as usize;
                if out[j] > 0.0 {
                    s += w / out[j] * ws[j];
                }
            }
            next[i] = (1.0 - d) + d * s;
        }
        let delta = ws
            .iter()
            .zip(&next)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        std::mem::swap(&mut ws, &mut next);
        if delta < eps {
            break;
        }
    }
    ws
}

/// Stationary distribution of the random walk with teleport: `p = jump / n + (1 - jump) * M^T p`, `M` the row-normalised
/// adjacency (dangling rows jump uniformly), by power iteration until the L1 change is below `eps`.
pub(crate) fn stationary(g: &Graph, jump: f32, eps: f32) -> Vec<f32> {
    let n = g.len();
    if n == 0 {
        return Vec::new();
    }
    let out: Vec<f32> = g
        .adj
        .iter()
        .map(|e| e.iter().map(|&(_, w)| w).sum())
        .collect();
    let mut p = vec![1.0 / n as f32; n];
    let mut next = vec![0f32; n];
    for _ in 0..200 {
        let dangling: f32 = (0..n).filter(|&j| out[j] <= 0.0).map(|j| p[j]).sum();
        let base = jump / n as f32 + (1.0 - jump) * dangling / n as f32;
        for i in 0..n {
            let mut s = 0.0;
            for &(j, w) in &g.adj[i] {
                let j = j as usize;
                s += w / out[j] * p[j];
            }
            next[i] = base + (1.0 - jump) * s;
        }
        let delta: f32 = p.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut p, &mut next);
        if delta < eps {
            break;
        }
    }
    p
}

/// Distinct-term sets of every sentence as sparse vectors with count 1.
pub(crate) fn sets(sentences: &[SentenceTerms]) -> Vec<Vec<(u32, f32)>> {
    sentences
        .iter()
        .map(|s| s.tf().into_iter().map(|(t, _)| (t, 1.0)).collect())
        .collect()
}
