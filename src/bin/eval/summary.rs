//! `eval summary`: ROUGE of copydesk's summaries on a JSON Lines file in the format of `../shared/eval/summary/`
//! (`text`, `reference` with one sentence per line, optional `title`).
//!
//! ```text
//! cargo run --release --bin eval -- summary ../shared/eval/summary/cnndm_dev.jsonl --sentences 3 --all-algorithms
//! cargo run --release --bin eval -- summary ../shared/eval/summary/bbc_dev.jsonl --reference-count --algorithm default
//! ```

use std::time::Instant;

use clap::Parser;
use copydesk::analysis::span::Span;
use copydesk::analysis::summarize::{summarize, Algorithm, Length, SummaryOptions};

use crate::rouge::{rouge, Rouge};

/// The sentence splitter used for evaluation: swap this one line for another splitter.
use copydesk::analysis::segment::split_sentences;

#[derive(Parser, Debug)]
#[command(
    name = "eval summary",
    about = "ROUGE-1/2/Lsum F1 (rouge-score compatible) of extractive summaries"
)]
struct Args {
    /// JSON Lines file: one object per line with `text`, `reference` (one sentence per line) and optional `title`.
    path: String,
    /// Sentences per summary.
    #[arg(long, default_value_t = 3, conflicts_with = "reference_count")]
    sentences: usize,
    /// Use as many sentences as the reference has lines.
    #[arg(long)]
    reference_count: bool,
    /// Algorithm: default, textrank, lexrank or lead.
    #[arg(long, default_value = "default", conflicts_with = "all_algorithms")]
    algorithm: String,
    /// Print one row per algorithm.
    #[arg(long)]
    all_algorithms: bool,
    /// Language code passed to the summarizer.
    #[arg(long, default_value = "en")]
    language: String,
    /// Do not pass the `title` field to the summarizer.
    #[arg(long)]
    no_title: bool,
    /// Only the first N articles.
    #[arg(long)]
    limit: Option<usize>,
}

struct Article {
    text: String,
    title: Option<String>,
    reference: String,
}

fn read(path: &str, limit: Option<usize>) -> Result<Vec<Article>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_owned);
        let text = field("text").ok_or_else(|| format!("{path}:{}: no `text`", n + 1))?;
        let reference =
            field("reference").ok_or_else(|| format!("{path}:{}: no `reference`", n + 1))?;
        out.push(Article {
            text,
            title: field("title"),
            reference,
        });
        if limit.is_some_and(|l| out.len() >= l) {
            break;
        }
    }
    Ok(out)
}

/// Paragraph index of each sentence: a new paragraph starts after a line break.
fn paragraphs(text: &str, sentences: &[Span]) -> Vec<usize> {
    let mut out = Vec::with_capacity(sentences.len());
    let (mut para, mut prev_end) = (0, 0);
    for s in sentences {
        if text
            .get(prev_end..s.start)
            .is_some_and(|gap| gap.contains('\n'))
        {
            para += 1;
        }
        out.push(para);
        prev_end = s.end;
    }
    out
}

struct Row {
    algorithm: Algorithm,
    mean: Rouge,
    articles: usize,
    median_ms: f64,
}

fn run(articles: &[Article], algorithm: Algorithm, args: &Args) -> Row {
    let mut sum = [0f64; 3];
    let mut times = Vec::with_capacity(articles.len());
    for a in articles {
        let sentences = split_sentences(&a.text);
        let paras = paragraphs(&a.text, &sentences);
        let k = if args.reference_count {
            a.reference.lines().filter(|l| !l.trim().is_empty()).count()
        } else {
            args.sentences
        };
        let options = SummaryOptions {
            algorithm,
            length: Length::Sentences(k),
            title: if args.no_title { None } else { a.title.clone() },
        };
        let t0 = Instant::now();
        let summary = summarize(&a.text, &sentences, &paras, &args.language, &options);
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        let prediction: Vec<&str> = summary
            .sentences
            .iter()
            .map(|s| s.span.slice(&a.text))
            .collect();
        let prediction = prediction.join("\n");
        let r = rouge(&a.reference, &prediction);
        sum[0] += r.rouge1.f1;
        sum[1] += r.rouge2.f1;
        sum[2] += r.rouge_lsum.f1;
    }
    times.sort_by(f64::total_cmp);
    let n = articles.len().max(1) as f64;
    let f = |x: f64| crate::rouge::Score {
        precision: 0.0,
        recall: 0.0,
        f1: x / n,
    };
    Row {
        algorithm,
        mean: Rouge {
            rouge1: f(sum[0]),
            rouge2: f(sum[1]),
            rouge_lsum: f(sum[2]),
        },
        articles: articles.len(),
        median_ms: times.get(times.len() / 2).copied().unwrap_or(0.0),
    }
}

/// Entry point for `eval summary ARGS...` (`args` excludes the program name and `summary`).
pub fn main(args: Vec<String>) -> Result<(), String> {
    let args = Args::try_parse_from(std::iter::once("eval summary".to_owned()).chain(args))
        .map_err(|e| e.to_string())?;
    let algorithms: Vec<Algorithm> = if args.all_algorithms {
        Algorithm::ALL.to_vec()
    } else {
        vec![Algorithm::parse(&args.algorithm)
            .ok_or_else(|| format!("unknown algorithm '{}'", args.algorithm))?]
    };
    let articles = read(&args.path, args.limit)?;
    let length = if args.reference_count {
        "reference count".to_owned()
    } else {
        format!("{} sentences", args.sentences)
    };
    println!("{} ({} articles, {length}); ROUGE F1 x 100 (rouge-score, Porter stemming), mean over articles", args.path, articles.len());
    println!("| algorithm | R-1 | R-2 | R-Lsum | median ms |");
    println!("|---|---|---|---|---|");
    for a in algorithms {
        let r = run(&articles, a, &args);
        println!(
            "| {} | {:.2} | {:.2} | {:.2} | {:.3} |",
            r.algorithm.as_str(),
            r.mean.rouge1.f1 * 100.0,
            r.mean.rouge2.f1 * 100.0,
            r.mean.rouge_lsum.f1 * 100.0,
            r.median_ms
        );
        let _ = r.articles;
    }
    Ok(())
}
