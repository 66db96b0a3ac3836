//! `eval sourcing PATH.jsonl`: scores the sourcing analysis against PolNeAR-style annotations.
//!
//! Each line: `{"text", "attributions": [{"source": [s, e] | null, "cue": [s, e], "content": [s, e], "kind"}]}`,
//! offsets in code points. Matching rules:
//! - overlap: the two spans share at least one non-space character;
//! - exact: equal after trimming spaces and `,.;:—–` at both edges;
//! - predictions sharing a cue are merged first (content envelope, first source);
//! - per role, each gold span is matched to at most one predicted span (and back); a missing source is not scored
//!   in the source role;
//! - a full attribution matches when cue, content and source match (two missing sources match).

use clap::Parser;
use copydesk::analysis::segment::split_sentences;
use copydesk::analysis::sourcing::{
    analyze_with, candidates, AttributionKind, Boundary, CueModel, CUE_MODEL,
};
use copydesk::analysis::span::Span;
use serde::Deserialize;
use std::time::Instant;

#[derive(Parser, Debug)]
#[command(
    name = "eval sourcing",
    about = "Scores sourcing (attributions) against annotated JSON Lines"
)]
struct Args {
    /// JSON Lines file with `text` and `attributions`.
    path: String,
    /// Print the misses of the first N documents.
    #[arg(long, default_value_t = 0)]
    show: usize,
    /// Print the N most frequent cues missed (gold cue overlapped by no prediction) and wrongly found
    /// (predicted cue overlapping no gold cue), lower-cased: where recall and precision are lost.
    #[arg(long, default_value_t = 0)]
    cues: usize,
    /// Print, for each prediction whose cue matches a gold cue exactly but whose content or source only overlaps,
    /// the gold and predicted spans (boundary errors), for the first N documents.
    #[arg(long, default_value_t = 0)]
    boundaries: usize,
    /// Print, for each gold cue that a predicted cue overlaps but none matches exactly, the gold and predicted cue
    /// and the sentence (cue span errors), for the first N documents.
    #[arg(long, default_value_t = 0)]
    cue_spans: usize,
    /// Score with this model file instead of the shipped data/sourcing/cue_model.tsv (to try a refit at once);
    /// `none`: the rules alone (write the fitting candidates so).
    #[arg(long)]
    cue_model: Option<String>,
    /// Write every cue candidate as JSON Lines (`{"doc", "y", "ye", "rule", "vocab", "p", "f", "cue", "gold"}`: gold
    /// label by overlap and by exact cue span, lexicon cue, in the model vocabulary, probability, feature names,
    /// predicted and overlapping gold cue text for error analysis) to this file, to fit the cue model
    /// (scripts/fit-sourcing-model.py). The file quotes the evaluation text: keep it out of the repository.
    #[arg(long)]
    cue_features: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    text: String,
    attributions: Vec<GoldAttr>,
}

#[derive(Deserialize)]
struct GoldAttr {
    source: Option<[usize; 2]>,
    cue: Option<[usize; 2]>,
    content: Option<[usize; 2]>,
    #[serde(default)]
    kind: String,
}

/// The sentence splitter used by the evaluation (one place to swap it).
fn sentences(text: &str) -> Vec<Span> {
    split_sentences(text)
}

#[derive(Clone, Copy)]
struct A {
    source: Option<Span>,
    cue: Span,
    content: Span,
}

fn trim(text: &str, s: Span) -> Span {
    let t = s.slice(text);
    let f = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '—' | '–');
    let a = t.len() - t.trim_start_matches(f).len();
    let b = t.trim_end_matches(f).len();
    if b <= a {
        Span::new(s.start, s.start)
    } else {
        Span::new(s.start + a, s.start + b)
    }
}

fn exact(text: &str, a: Span, b: Span) -> bool {
    trim(text, a) == trim(text, b)
}

fn overlap(text: &str, a: Span, b: Span) -> bool {
    let s = a.start.max(b.start);
    let e = a.end.min(b.end);
    s < e && text[s..e].chars().any(|c| !c.is_whitespace())
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp_p: usize,
    tp_g: usize,
    np: usize,
    ng: usize,
}

impl Prf {
    fn add(&mut self, o: Prf) {
        self.tp_p += o.tp_p;
        self.tp_g += o.tp_g;
        self.np += o.np;
        self.ng += o.ng;
    }
    fn line(&self) -> (f64, f64, f64) {
        let p = if self.np == 0 {
            0.0
        } else {
            self.tp_p as f64 / self.np as f64
        };
        let r = if self.ng == 0 {
            0.0
        } else {
            self.tp_g as f64 / self.ng as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}

/// One-to-one greedy matching of `pred` against `gold`.
fn score<T: Copy>(pred: &[T], gold: &[T], eq: impl Fn(T, T) -> bool) -> (Prf, Vec<bool>) {
    let mut used = vec![false; pred.len()];
    let mut hit = vec![false; gold.len()];
    let mut tp = 0;
    for (gi, &g) in gold.iter().enumerate() {
        if let Some(pi) = (0..pred.len()).find(|&pi| !used[pi] && eq(pred[pi], g)) {
            used[pi] = true;
            hit[gi] = true;
            tp += 1;
        }
    }
    (
        Prf {
            tp_p: tp,
            tp_g: tp,
            np: pred.len(),
            ng: gold.len(),
        },
        hit,
    )
}

fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}

pub fn main(args: Vec<String>) -> Result<(), String> {
    let args = Args::try_parse_from(std::iter::once("eval sourcing".to_string()).chain(args))
        .map_err(|e| e.to_string())?;
    let data = std::fs::read_to_string(&args.path).map_err(|e| format!("{}: {e}", args.path))?;
    let loaded;
    let model: &CueModel = match &args.cue_model {
        Some(p) if p == "none" => {
            loaded = CueModel::parse("");
            &loaded
        }
        Some(p) => {
            loaded = CueModel::parse(&std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?);
            &loaded
        }
        None => &CUE_MODEL,
    };
    let mut features_out = String::new();
    let roles = ["source", "cue", "content"];
    let mut per = [[Prf::default(); 2]; 3]; // role x (exact, overlap)
    let mut full = [Prf::default(); 2];
    let mut by_kind: std::collections::BTreeMap<String, [usize; 3]> = Default::default(); // gold n, exact hit, overlap hit
    let mut elapsed = 0.0f64;
    let mut bytes = 0usize;
    let mut docs = 0usize;
    let mut missed_cues: std::collections::HashMap<String, usize> = Default::default();
    let mut false_cues: std::collections::HashMap<String, usize> = Default::default();
    for (li, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Doc = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", li + 1))?;
        let text = doc.text.as_str();
        let off = byte_offsets(text);
        let sp = |r: Option<[usize; 2]>| {
            r.filter(|r| r[1] > r[0])
                .map(|r| Span::new(off[r[0]], off[r[1]]))
        };
        let gold: Vec<(A, String)> = doc
            .attributions
            .iter()
            .filter_map(|g| {
                Some((
                    A {
                        source: sp(g.source),
                        cue: sp(g.cue)?,
                        content: sp(g.content)?,
                    },
                    g.kind.clone(),
                ))
            })
            .collect();
        let sents = sentences(text);
        let t0 = Instant::now();
        let out = analyze_with(text, &sents, "en", model);
        elapsed += t0.elapsed().as_secs_f64();
        bytes += text.len();
        docs += 1;
        if args.cue_features.is_some() {
            let cands = candidates(text, &sents, model);
            for c in &cands.cuts {
                // the annotated attribution of this cue, and where its content ends
                let Some((g, _)) = gold.iter().find(|(g, _)| overlap(text, g.cue, c.cue)) else {
                    continue;
                };
                let gold_end = trim(text, g.content).end;
                let here = trim(text, Span::new(c.content.start, c.at.start)).end;
                let y = if gold_end == here {
                    true
                } else if gold_end > c.at.start {
                    false
                } else {
                    continue; // the annotated content ended before this point
                };
                let row = serde_json::json!({"doc": docs, "cut": true, "y": y, "p": c.probability, "f": c.features});
                features_out.push_str(&row.to_string());
                features_out.push('\n');
            }
            for c in &cands.boundaries {
                // the annotated attribution of this cue and source, and where its source starts or ends
                let Some((g, _)) = gold.iter().find(|(g, _)| {
                    overlap(text, g.cue, c.cue)
                        && g.source.is_some_and(|s| overlap(text, s, c.span))
                }) else {
                    continue;
                };
                let gs = g.source.map_or(c.span, |s| trim(text, s));
                let (y0, y) = if c.boundary == Boundary::SourceEnd {
                    let here = trim(text, Span::new(c.span.start, c.at.start)).end;
                    (trim(text, c.span).end == gs.end, gs.end == here)
                } else {
                    (trim(text, c.span).start == gs.start, gs.start == c.at.start)
                };
                let row = serde_json::json!({
                    "doc": docs,
                    // which span the point belongs to, and whether the rules' own edge is the annotated one
                    "boundary": c.boundary.name(),
                    "span": [c.span.start, c.span.end],
                    "y0": y0,
                    "y": y,
                    "p": c.probability,
                    "f": c.features,
                });
                features_out.push_str(&row.to_string());
                features_out.push('\n');
            }
            for c in cands.cues {
                let row = serde_json::json!({
                    "doc": docs,
                    "y": gold.iter().any(|(g, _)| overlap(text, g.cue, c.head)),
                    "ye": gold.iter().any(|(g, _)| exact(text, g.cue, c.cue)),
                    "rule": c.rule,
                    "vocab": c.in_vocab,
                    "p": c.probability,
                    "f": c.features,
                    "cue": c.cue.slice(text),
                    "gx": c.particle.map(|x| gold.iter().any(|(g, _)| overlap(text, g.cue, c.head) && overlap(text, g.cue, x))),
                    "fx": c.particle_features,
                    "gold": gold.iter().find(|(g, _)| overlap(text, g.cue, c.head)).map(|(g, _)| g.cue.slice(text)),
                });
                features_out.push_str(&row.to_string());
                features_out.push('\n');
            }
        }
        // merge predictions sharing a cue
        let mut pred: Vec<A> = Vec::new();
        for a in &out.attributions {
            if let Some(p) = pred.iter_mut().find(|p| p.cue == a.cue) {
                p.content = Span::new(
                    p.content.start.min(a.content.start),
                    p.content.end.max(a.content.end),
                );
                p.source = p.source.or(a.source);
            } else {
                pred.push(A {
                    source: a.source,
                    cue: a.cue,
                    content: a.content,
                });
            }
        }
        let g: Vec<A> = gold.iter().map(|(a, _)| *a).collect();
        for (ri, _) in roles.iter().enumerate() {
            let get = |a: &A| match ri {
                0 => a.source,
                1 => Some(a.cue),
                _ => Some(a.content),
            };
            let ps: Vec<Span> = pred.iter().filter_map(get).collect();
            let gs: Vec<Span> = g.iter().filter_map(get).collect();
            per[ri][0].add(score(&ps, &gs, |a, b| exact(text, a, b)).0);
            per[ri][1].add(score(&ps, &gs, |a, b| overlap(text, a, b)).0);
        }
        let mut hits = [vec![], vec![]];
        for (mi, m) in [exact as fn(&str, Span, Span) -> bool, overlap]
            .into_iter()
            .enumerate()
        {
            let eq = |a: A, b: A| {
                m(text, a.cue, b.cue)
                    && m(text, a.content, b.content)
                    && match (a.source, b.source) {
                        (None, None) => true,
                        (Some(x), Some(y)) => m(text, x, y),
                        _ => false,
                    }
            };
            let (prf, hit) = score(&pred, &g, eq);
            full[mi].add(prf);
            hits[mi] = hit;
        }
        for (gi, (_, kind)) in gold.iter().enumerate() {
            let e = by_kind.entry(kind.clone()).or_default();
            e[0] += 1;
            e[1] += usize::from(hits[0][gi]);
            e[2] += usize::from(hits[1][gi]);
        }
        let cue_text = |s: Span| s.slice(text).trim().to_lowercase().replace('\n', " ");
        for a in &g {
            if !pred.iter().any(|p| overlap(text, a.cue, p.cue)) {
                *missed_cues.entry(cue_text(a.cue)).or_default() += 1;
                if docs <= args.show {
                    let sentence = sents
                        .iter()
                        .find(|s| s.start <= a.cue.start && a.cue.start < s.end)
                        .map_or("", |s| s.slice(text));
                    println!(
                        "MISSED CUE {} | {}",
                        a.cue.slice(text),
                        sentence.replace('\n', " ")
                    );
                }
            }
        }
        for p in &pred {
            if !g.iter().any(|a| overlap(text, a.cue, p.cue)) {
                *false_cues.entry(cue_text(p.cue)).or_default() += 1;
            }
        }
        if docs <= args.cue_spans {
            for a in &g {
                if pred.iter().any(|p| exact(text, a.cue, p.cue)) {
                    continue;
                }
                if let Some(p) = pred.iter().find(|p| overlap(text, a.cue, p.cue)) {
                    let sentence = sents
                        .iter()
                        .find(|s| s.start <= a.cue.start && a.cue.start < s.end)
                        .map_or("", |s| s.slice(text));
                    println!(
                        "CUESPAN gold: {} | pred: {} | {}",
                        a.cue.slice(text).replace('\n', " "),
                        p.cue.slice(text).replace('\n', " "),
                        sentence.replace('\n', " ")
                    );
                }
            }
        }
        if docs <= args.boundaries {
            for p in &pred {
                let Some(a) = g.iter().find(|a| exact(text, a.cue, p.cue)) else {
                    continue;
                };
                let roles = [
                    ("content", Some(a.content), Some(p.content)),
                    ("source", a.source, p.source),
                ];
                for (role, gs, ps) in roles {
                    let (Some(gs), Some(ps)) = (gs, ps) else {
                        continue;
                    };
                    if !overlap(text, gs, ps) || exact(text, gs, ps) {
                        continue;
                    }
                    let (gc, pc) = (trim(text, gs), trim(text, ps));
                    let side = |g: usize, p: usize| match p.cmp(&g) {
                        std::cmp::Ordering::Less => "<",
                        std::cmp::Ordering::Equal => "=",
                        std::cmp::Ordering::Greater => ">",
                    };
                    println!(
                        "BOUNDARY {role} start{} end{} | cue: {} | gold: {} | pred: {}",
                        side(gc.start, pc.start),
                        side(gc.end, pc.end),
                        a.cue.slice(text),
                        gc.slice(text).replace('\n', " "),
                        pc.slice(text).replace('\n', " ")
                    );
                }
            }
        }
        if docs <= args.show {
            let s =
                |x: Option<Span>| x.map_or(String::from("-"), |x| x.slice(text).replace('\n', " "));
            for (gi, (a, kind)) in gold.iter().enumerate() {
                if !hits[1][gi] {
                    println!(
                        "MISS {kind} | S: {} | C: {} | T: {}",
                        s(a.source),
                        s(Some(a.cue)),
                        s(Some(a.content))
                    );
                }
            }
            for p in &pred {
                if !g.iter().any(|a| overlap(text, a.cue, p.cue)) {
                    println!(
                        "FP | S: {} | C: {} | T: {}",
                        s(p.source),
                        s(Some(p.cue)),
                        s(Some(p.content))
                    );
                }
            }
        }
    }
    println!("sourcing eval: {} ({docs} documents)", args.path);
    println!(
        "{:<10} {:>28} {:>28}",
        "role", "exact P / R / F1", "overlap P / R / F1"
    );
    for (ri, r) in roles.iter().enumerate() {
        let (ep, er, ef) = per[ri][0].line();
        let (op, or, of) = per[ri][1].line();
        println!("{r:<10} {ep:>8.1} {er:>8.1} {ef:>8.1}   {op:>8.1} {or:>8.1} {of:>8.1}");
    }
    let (ep, er, ef) = full[0].line();
    let (op, or, of) = full[1].line();
    println!(
        "{:<10} {ep:>8.1} {er:>8.1} {ef:>8.1}   {op:>8.1} {or:>8.1} {of:>8.1}",
        "full"
    );
    println!("full-attribution recall by gold kind (exact / overlap):");
    for (k, v) in &by_kind {
        let pct = |x: usize| {
            if v[0] == 0 {
                0.0
            } else {
                100.0 * x as f64 / v[0] as f64
            }
        };
        println!(
            "  {k:<9} n={:<6} {:>6.1} {:>6.1}",
            v[0],
            pct(v[1]),
            pct(v[2])
        );
    }
    println!(
        "time: {:.3} ms per document, {:.1} MB/s",
        1000.0 * elapsed / docs.max(1) as f64,
        bytes as f64 / 1e6 / elapsed.max(1e-9)
    );
    for (title, counts) in [("missed cues", &missed_cues), ("false cues", &false_cues)] {
        if args.cues == 0 {
            break;
        }
        let mut top: Vec<(&String, &usize)> = counts.iter().collect();
        top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let total: usize = counts.values().sum();
        println!("{title} ({total}):");
        for (cue, n) in top.into_iter().take(args.cues) {
            println!("  {n:>5}  {cue}");
        }
    }
    if let Some(path) = &args.cue_features {
        std::fs::write(path, features_out).map_err(|e| format!("{path}: {e}"))?;
        println!("cue candidates written to {path}");
    }
    let _ = AttributionKind::Direct;
    Ok(())
}
