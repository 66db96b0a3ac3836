//! `eval bias PATH.jsonl`: scores the bias analysis against BABE-style sentences (one JSON object a line: `text`,
//! `biased` (bool), `biased_words` (strings)). Each line is analysed as one sentence, through the same pipeline as
//! the service (hedging, sourcing, then bias).
//!
//! Prints sentence-level precision/recall/F1 per class and macro-F1, and the precision of the words flagged
//! `loaded` or `contentious_label` against the annotated biased words (a flagged span counts as correct when one
//! of its words is one of the annotated words, case-insensitively), over all lines.

use std::time::{Duration, Instant};

use clap::Parser;
use copydesk::analysis::bias::{self, BiasKind};
use copydesk::analysis::hedging;
use copydesk::analysis::sourcing;
use copydesk::analysis::span::Span;

#[derive(Parser, Debug)]
#[command(
    name = "eval bias",
    about = "Score bias detection against a BABE-style JSONL corpus"
)]
struct Args {
    /// JSON Lines file: text, biased, biased_words
    path: String,
    /// Also print macro-F1 for a range of score thresholds
    #[arg(long)]
    sweep: bool,
    /// Write the model features of each line as JSON Lines ({"y", "x"}) to this file (to fit the weights)
    #[arg(long)]
    features: Option<String>,
    /// Print the misclassified sentences (fp/fn) to stderr
    #[arg(long)]
    errors: bool,
    /// Print flagged-word precision by lexicon weight band and by sentence verdict
    #[arg(long)]
    bands: bool,
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Macro-F1 over the two classes, from (predicted, gold) pairs.
fn macro_f1(pairs: &[(bool, bool)]) -> (f64, Prf, Prf) {
    let (mut pos, mut neg) = (Prf::default(), Prf::default());
    for &(p, g) in pairs {
        match (p, g) {
            (true, true) => pos.tp += 1,
            (true, false) => {
                pos.fp += 1;
                neg.fn_ += 1
            }
            (false, true) => {
                pos.fn_ += 1;
                neg.fp += 1
            }
            (false, false) => neg.tp += 1,
        }
    }
    ((pos.f() + neg.f()) / 2.0, pos, neg)
}

fn words_of(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
}

pub fn main(args: Vec<String>) -> Result<(), String> {
    let args = Args::try_parse_from(std::iter::once("eval bias".to_string()).chain(args))
        .map_err(|e| e.to_string())?;
    let data = std::fs::read_to_string(&args.path).map_err(|e| format!("{}: {e}", args.path))?;
    let mut features_out = String::new();
    let mut scored: Vec<(f32, bool)> = Vec::new();
    let mut pairs: Vec<(bool, bool)> = Vec::new();
    // flagged-word precision, per kind: (correct, flagged); index 0 = writer's voice, 1 = quoted
    let mut flagged = [[(0usize, 0usize); 2]; BiasKind::ALL.len()];
    let mut elapsed = Duration::ZERO;
    // (weight band, sentence called biased) -> (correct, flagged), loaded + contentious_label in the writer's voice
    let mut bands: std::collections::BTreeMap<(u32, bool), (usize, usize)> = Default::default();
    // loaded + contentious_label spans in sentences called biased: (correct, flagged)
    let mut in_biased = (0usize, 0usize);
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", args.path, lineno + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no text", lineno + 1))?;
        let gold = v["biased"].as_bool().unwrap_or(false);
        let gold_words: Vec<String> = v["biased_words"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|w| w.as_str())
                    .flat_map(|w| words_of(w).collect::<Vec<_>>())
                    .collect()
            })
            .unwrap_or_default();
        let sentences = [Span::new(0, text.len())];
        let words = text.split_whitespace().count();
        let t0 = Instant::now();
        let h = hedging::analyze(text, &sentences, words, "en");
        let s = sourcing::analyze(text, &sentences, "en");
        let b = bias::analyze(text, &sentences, words, "en", &h, &s);
        elapsed += t0.elapsed();
        let sentence = &b.sentences[0];
        pairs.push((sentence.biased, gold));
        scored.push((sentence.score, gold));
        if args.errors && sentence.biased != gold {
            let why: Vec<&str> = sentence.reasons.iter().map(|r| r.indicator).collect();
            eprintln!(
                "{} {:.2} [{}] {}",
                if gold { "FN" } else { "FP" },
                sentence.score,
                why.join(","),
                text
            );
        }
        for span in &b.spans {
            let k = BiasKind::ALL
                .iter()
                .position(|k| *k == span.kind)
                .unwrap_or(0);
            let ok = words_of(span.span.slice(text)).any(|w| gold_words.contains(&w));
            if matches!(span.kind, BiasKind::Loaded | BiasKind::ContentiousLabel) {
                if !span.quoted {
                    let band = bands
                        .entry(((span.weight * 10.0).round() as u32, sentence.biased))
                        .or_default();
                    band.1 += 1;
                    band.0 += usize::from(ok);
                }
                if b.sentences[span.sentence].biased {
                    in_biased.1 += 1;
                    in_biased.0 += usize::from(ok);
                }
            }
            let cell = &mut flagged[k][usize::from(span.quoted)];
            cell.1 += 1;
            cell.0 += usize::from(ok);
        }
        if args.features.is_some() {
            let x = bias::sentence_features(text, &sentences, "en", &h, &s);
            let row = serde_json::json!({"y": gold, "x": x[0].values()});
            features_out.push_str(&row.to_string());
            features_out.push('\n');
        }
    }
    if let Some(path) = &args.features {
        std::fs::write(path, features_out).map_err(|e| format!("{path}: {e}"))?;
        println!(
            "features ({}) written to {path}",
            bias::FEATURE_NAMES.join(", ")
        );
    }
    let n = pairs.len();
    let (f1, pos, neg) = macro_f1(&pairs);
    println!(
        "{}: {n} sentences, {} biased",
        args.path,
        pairs.iter().filter(|p| p.1).count()
    );
    println!(
        "sentence   biased:     P {:.3}  R {:.3}  F1 {:.3}",
        pos.p(),
        pos.r(),
        pos.f()
    );
    println!(
        "sentence   not biased: P {:.3}  R {:.3}  F1 {:.3}",
        neg.p(),
        neg.r(),
        neg.f()
    );
    println!("sentence   macro-F1 {f1:.3}");
    let (mut ok, mut all) = (0, 0);
    for k in [BiasKind::Loaded, BiasKind::ContentiousLabel] {
        let i = BiasKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
        for c in flagged[i] {
            ok += c.0;
            all += c.1;
        }
    }
    println!(
        "flagged words (loaded + contentious_label): precision {:.3} ({ok}/{all})",
        ratio(ok, all)
    );
    println!(
        "  of which in sentences called biased: precision {:.3} ({}/{})",
        ratio(in_biased.0, in_biased.1),
        in_biased.0,
        in_biased.1
    );
    if args.bands {
        for ((w, biased), (ok, all)) in &bands {
            println!(
                "  weight {:.1} sentence biased={biased}: {:.3} ({ok}/{all})",
                *w as f32 / 10.0,
                ratio(*ok, *all)
            );
        }
    }
    for (i, k) in BiasKind::ALL.iter().enumerate() {
        let [w, q] = flagged[i];
        println!(
            "  {:<18} writer's voice {:.3} ({}/{})   quoted {:.3} ({}/{})",
            k.as_str(),
            ratio(w.0, w.1),
            w.0,
            w.1,
            ratio(q.0, q.1),
            q.0,
            q.1
        );
    }
    if args.sweep {
        for t in (20..=80).step_by(5) {
            let t = t as f32 / 100.0;
            let p: Vec<(bool, bool)> = scored.iter().map(|&(s, g)| (s >= t, g)).collect();
            println!("  threshold {t:.2}: macro-F1 {:.3}", macro_f1(&p).0);
        }
    }
    println!(
        "time: {:.1} us a sentence (hedging + sourcing + bias)",
        elapsed.as_secs_f64() * 1e6 / n.max(1) as f64
    );
    Ok(())
}
