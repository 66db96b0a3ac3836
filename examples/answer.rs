//! Prints the `/v1/analyze` answer for a text file, as the server builds it, without HTTP.
//!
//! `cargo run --release --example answer -- FILE [REPEAT]`
//!
//! With REPEAT, the answer is built that many times and only the last one is printed: a fixed amount
//! of work for `perf stat -e instructions:u` or `perf record`, whose counts, unlike timings, do not
//! depend on what else the machine runs (compare two builds by instructions per answer).

use copydesk::analysis::language::{Detector, SUPPORTED};
use copydesk::api::request::Article;
use copydesk::api::routes::{self, Context};

/// The server's allocator (see `src/main.rs`), so that counts match what the server does.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: answer FILE [REPEAT]")?;
    let repeat: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let text = std::fs::read_to_string(&path)?;
    let languages: Vec<String> = SUPPORTED.iter().map(|s| s.to_string()).collect();
    let detector = Detector::new(&languages)?;
    let mut json = Vec::new();
    for _ in 0..repeat.max(1) {
        let answer = routes::analyze::answer(Context::new(Article::plain(text.clone()), &detector));
        json = serde_json::to_vec_pretty(&answer)?;
    }
    println!("{}", String::from_utf8(json)?);
    Ok(())
}
