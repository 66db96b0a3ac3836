//! The sentence model: a logistic regression over a handful of interpretable features, each of which can be
//! pointed at in the text. Its weights live in `data/bias/model.tsv` (fitted as its header says).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// Feature names, in the order of [`Features::values`]. Counts are of the writer's voice unless named `quoted`.
pub const FEATURE_NAMES: [&str; 34] = [
    "loaded",
    "contentious_label",
    "doubt",
    "presupposition",
    "intensifier",
    "subjective",
    "quoted_cues",
    "scare_quotes",
    "exclamation",
    "question",
    "first_person",
    "negative_words",
    "positive_words",
    "strongest_word",
    "tone_strength",
    "hedges",
    "attributed",
    "log_words",
    "subjective_words",
    "polar_words",
    "ly_adverbs",
    "numbers",
    "any_loaded",
    "generalisations",
    "political_labels",
    "political_actors",
    "emphasis",
    "prescriptive",
    "negation",
    "time_references",
    "reporting_verbs",
    "quote_share",
    "copula",
    "dash_aside",
];

/// One sentence's feature values, in [`FEATURE_NAMES`] order.
#[derive(Clone, Debug, PartialEq)]
pub struct Features(pub [f32; FEATURE_NAMES.len()]);

impl Default for Features {
    fn default() -> Self {
        Features([0.0; FEATURE_NAMES.len()])
    }
}

impl Features {
    pub fn values(&self) -> Vec<f32> {
        self.0.to_vec()
    }

    pub fn set(&mut self, name: &str, value: f32) {
        if let Some(i) = feature_index(name) {
            self.0[i] = value;
        }
    }

    pub fn get(&self, name: &str) -> f32 {
        feature_index(name).map_or(0.0, |i| self.0[i])
    }
}

/// The position of a feature in [`FEATURE_NAMES`]. A hash lookup: features are set by name about 35 times per
/// sentence, and a linear scan of the names was a visible share of an answer's time.
fn feature_index(name: &str) -> Option<usize> {
    static INDEX: LazyLock<FxHashMap<&'static str, usize>> = LazyLock::new(|| {
        FEATURE_NAMES
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i))
            .collect()
    });
    INDEX.get(name).copied()
}

/// One decision stump of the boosted model: adds `below` to the log-odds when the feature is `<= threshold`,
/// `above` otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stump {
    pub feature: usize,
    pub threshold: f32,
    pub below: f32,
    pub above: f32,
}

impl Stump {
    fn value(&self, x: f32) -> f32 {
        if x <= self.threshold {
            self.below
        } else {
            self.above
        }
    }
}

/// Fitted weights: an additive model of linear terms and boosted decision stumps, so each feature's effect on the
/// log-odds can be read off on its own.
pub struct Model {
    /// Log-odds of a sentence whose features are all zero.
    pub intercept: f32,
    pub weights: [f32; FEATURE_NAMES.len()],
    pub stumps: Vec<Stump>,
    /// Probability at and above which a sentence is called biased.
    pub threshold: f32,
}

impl Model {
    /// Parses `name<TAB>weight` lines (`intercept` and `threshold` are special names) and
    /// `stump<TAB>feature<TAB>threshold<TAB>below<TAB>above` lines. Unknown names panic (checked by a unit test, so a
    /// bad data file fails the build's tests, never a request).
    pub fn parse(data: &str) -> Model {
        let mut m = Model {
            intercept: 0.0,
            weights: [0.0; FEATURE_NAMES.len()],
            threshold: 0.5,
            stumps: Vec::new(),
        };
        let feature = |name: &str| {
            FEATURE_NAMES
                .iter()
                .position(|n| *n == name)
                .expect("known model feature")
        };
        for line in data
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut f = line.split('\t');
            let name = f.next().unwrap_or_default().trim();
            if name == "stump" {
                let i = feature(f.next().unwrap_or_default().trim());
                let mut num = || -> f32 {
                    f.next()
                        .and_then(|v| v.trim().parse().ok())
                        .expect("stump number")
                };
                let (threshold, below, above) = (num(), num(), num());
                m.stumps.push(Stump {
                    feature: i,
                    threshold,
                    below,
                    above,
                });
                continue;
            }
            let value: f32 = f
                .next()
                .and_then(|v| v.trim().parse().ok())
                .expect("model weight");
            match name {
                "intercept" => m.intercept = value,
                "threshold" => m.threshold = value,
                _ => m.weights[feature(name)] = value,
            }
        }
        m
    }

    /// Each feature's contribution to the log-odds, relative to the feature being zero (absent).
    pub fn contributions(&self, x: &Features) -> [f32; FEATURE_NAMES.len()] {
        let mut c = [0.0; FEATURE_NAMES.len()];
        for i in 0..c.len() {
            c[i] = self.weights[i] * x.0[i];
        }
        for s in &self.stumps {
            c[s.feature] += s.value(x.0[s.feature]) - s.value(0.0);
        }
        c
    }

    /// Probability that the sentence is biased.
    pub fn probability(&self, x: &Features) -> f32 {
        let at_zero: f32 = self.stumps.iter().map(|s| s.value(0.0)).sum();
        let z = self.intercept + at_zero + self.contributions(x).iter().sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

pub static MODEL: LazyLock<Model> =
    LazyLock::new(|| Model::parse(include_str!("../../../data/bias/model.tsv")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_parses_and_names_known_features() {
        let m = Model::parse(include_str!("../../../data/bias/model.tsv"));
        assert!((0.0..1.0).contains(&m.threshold));
        assert!(m.weights.iter().any(|w| *w != 0.0));
    }
}
