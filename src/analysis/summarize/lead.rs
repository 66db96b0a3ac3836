//! Lead: the first sentences of the article, the classic news baseline.

/// Scores fall with position: the first sentence scores 1, the i-th `1 / (i + 1)`.
pub(crate) fn rank(n: usize) -> Vec<f32> {
    (0..n).map(|i| 1.0 / (i as f32 + 1.0)).collect()
}
