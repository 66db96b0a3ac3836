//! `eval hedging PATH.jsonl`: scores the hedging analysis against a CoNLL-2010-style corpus (one JSON object a
//! line: `text`, `uncertain`, `cues: [[start, end, text]]`, `cue_types`, offsets in code points).
//!
//! Prints sentence-level precision/recall/F1 of the uncertain class, and cue-level exact-span precision/recall/F1,
//! overall, recall per gold cue type and precision per predicted category.

use std::collections::BTreeMap;
use std::time::Instant;

use clap::Parser;
use copydesk::analysis::hedging::{analyze, uncertainty_cue, HedgeCategory};
use copydesk::analysis::span::Span;

#[derive(Parser, Debug)]
#[command(
    name = "eval hedging",
    about = "Score hedging detection against a JSONL corpus"
)]
struct Args {
    /// JSON Lines file: text, uncertain, cues ([start, end, text], code points), cue_types
    path: String,
    /// Print the misclassified sentences (fp/fn) to stderr
    #[arg(long)]
    errors: bool,
    /// Print, per predicted cue string, how often it matched a gold cue (the 40 with most false positives)
    #[arg(long)]
    cues: bool,
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn p(&self) -> f64 {
        pct(self.tp, self.tp + self.fp)
    }
    fn r(&self) -> f64 {
        pct(self.tp, self.tp + self.fn_)
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

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Byte offset of code point `cp` in `text`.
fn byte_of(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

pub fn main(args: Vec<String>) -> Result<(), String> {
    let args = Args::try_parse_from(std::iter::once("eval hedging".to_string()).chain(args))
        .map_err(|e| e.to_string())?;
    let data = std::fs::read_to_string(&args.path).map_err(|e| format!("{}: {e}", args.path))?;
    let mut sent = Prf::default();
    let mut cue = Prf::default();
    let mut by_type: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // gold type -> (found, total)
    let mut by_cat: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new(); // predicted category -> (correct, total)
    let mut per_cue: BTreeMap<String, (usize, usize)> = BTreeMap::new(); // cue text -> (tp, fp)
    let mut n = 0usize;
    let mut elapsed = std::time::Duration::ZERO;
    let mut texts: Vec<String> = Vec::new();
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", args.path, lineno + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("line {}: no text", lineno + 1))?;
        let gold_uncertain = v["uncertain"].as_bool().unwrap_or(false);
        let types: Vec<String> = v["cue_types"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|t| t.as_str().unwrap_or("?").to_string())
                    .collect()
            })
            .unwrap_or_default();
        let gold: Vec<(Span, String)> = v["cues"]
            .as_array()
            .map(|a| {
                a.iter()
                    .enumerate()
                    .filter_map(|(i, c)| {
                        let s = c[0].as_u64()? as usize;
                        let e = c[1].as_u64()? as usize;
                        Some((
                            Span::new(byte_of(text, s), byte_of(text, e)),
                            types.get(i).cloned().unwrap_or_default(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        n += 1;
        texts.push(text.to_string());
        let words = text.split_whitespace().count();
        let t0 = Instant::now();
        let h = analyze(text, &[Span::new(0, text.len())], words, "en");
        elapsed += t0.elapsed();
        let pred_uncertain = h.sentences[0].uncertain;
        match (pred_uncertain, gold_uncertain) {
            (true, true) => sent.tp += 1,
            (true, false) => sent.fp += 1,
            (false, true) => sent.fn_ += 1,
            _ => {}
        }
        let pred: Vec<(Span, HedgeCategory)> = h
            .markers
            .iter()
            .filter_map(|m| uncertainty_cue(text, "en", m).map(|s| (s, m.category)))
            .collect();
        for (span, cat) in &pred {
            let ok = gold.iter().any(|(g, _)| g == span);
            let pc = per_cue
                .entry(text[span.start..span.end].to_lowercase())
                .or_default();
            if ok {
                pc.0 += 1
            } else {
                pc.1 += 1
            }
            let e = by_cat.entry(cat.as_str()).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
                cue.tp += 1;
            } else {
                cue.fp += 1;
            }
        }
        for (g, ty) in &gold {
            let ok = pred.iter().any(|(s, _)| s == g);
            let e = by_type.entry(ty.clone()).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            } else {
                cue.fn_ += 1;
            }
        }
        if args.errors && pred_uncertain != gold_uncertain {
            let mark = |spans: Vec<Span>| {
                let mut s = String::new();
                let mut at = 0;
                for sp in spans {
                    if sp.start < at {
                        continue;
                    }
                    s.push_str(&text[at..sp.start]);
                    s.push('[');
                    s.push_str(&text[sp.start..sp.end]);
                    s.push(']');
                    at = sp.end;
                }
                s.push_str(&text[at..]);
                s
            };
            if pred_uncertain {
                eprintln!("FP {}", mark(pred.iter().map(|p| p.0).collect()));
            } else {
                eprintln!("FN {}", mark(gold.iter().map(|g| g.0).collect()));
            }
        }
    }
    println!(
        "hedging eval: {} ({n} sentences, {:.1} ms analysis time)",
        args.path,
        elapsed.as_secs_f64() * 1e3
    );
    if let Some(line) = speed(&texts) {
        println!("{line}");
    }
    println!();
    println!("| level | precision | recall | F1 |");
    println!("|---|---|---|---|");
    println!(
        "| sentence (uncertain class) | {:.1} | {:.1} | {:.1} |",
        sent.p(),
        sent.r(),
        sent.f()
    );
    println!(
        "| cue (exact span) | {:.1} | {:.1} | {:.1} |",
        cue.p(),
        cue.r(),
        cue.f()
    );
    println!();
    println!("| gold cue type | cues | found | recall |");
    println!("|---|---|---|---|");
    for (ty, (found, total)) in &by_type {
        println!("| {ty} | {total} | {found} | {:.1} |", pct(*found, *total));
    }
    println!();
    println!("| predicted category | cues | correct | precision |");
    println!("|---|---|---|---|");
    for (cat, (ok, total)) in &by_cat {
        println!("| {cat} | {total} | {ok} | {:.1} |", pct(*ok, *total));
    }
    if args.cues {
        let mut v: Vec<_> = per_cue.into_iter().collect();
        v.sort_by_key(|(_, (tp, fp))| std::cmp::Reverse(*fp * 100 + *tp));
        println!();
        println!("| cue | correct | wrong |");
        println!("|---|---|---|");
        for (c, (tp, fp)) in v.into_iter().take(40) {
            println!("| {c} | {tp} | {fp} |");
        }
    }
    Ok(())
}

/// Times 10,000 sentences (the corpus cycled) on this thread: once as one document, once one call per
/// sentence. The target is under 1 s in a release build.
fn speed(texts: &[String]) -> Option<String> {
    const N: usize = 10_000;
    if texts.is_empty() {
        return None;
    }
    let mut doc = String::new();
    let mut spans = Vec::with_capacity(N);
    for t in texts.iter().cycle().take(N) {
        if !doc.is_empty() {
            doc.push(' ');
        }
        let start = doc.len();
        doc.push_str(t);
        spans.push(Span::new(start, doc.len()));
    }
    let words = doc.split_whitespace().count();
    let _ = analyze(&doc, &spans, words, "en"); // lexicon built before timing
    let t0 = Instant::now();
    let h = analyze(&doc, &spans, words, "en");
    let as_document = t0.elapsed();
    let t0 = Instant::now();
    let mut markers = 0;
    for t in texts.iter().cycle().take(N) {
        markers += analyze(t, &[Span::new(0, t.len())], 0, "en").markers.len();
    }
    let per_sentence = t0.elapsed();
    Some(format!(
        "speed: {N} sentences ({:.1} MB) in {:.0} ms as one document ({} markers), {:.0} ms one call per \
         sentence ({markers} markers); target < 1000 ms, one thread",
        doc.len() as f64 / 1e6,
        as_document.as_secs_f64() * 1e3,
        h.markers.len(),
        per_sentence.as_secs_f64() * 1e3,
    ))
}
