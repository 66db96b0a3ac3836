//! Quality evaluation against annotated data sets: `eval <analysis> PATH.jsonl [options]`.
//!
//! Each analysis has its own module and options (`eval <analysis> --help`). The data sets are read
//! by path and never shipped; see README for the figures and the commands that give them.

mod bias;
mod hedging;
mod rouge;
mod sourcing;
mod summary;

const USAGE: &str = "usage: eval <summary|hedging|sourcing|bias> PATH.jsonl [options]";

fn main() -> std::process::ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("{USAGE}");
        return std::process::ExitCode::from(2);
    }
    let command = args.remove(0);
    let result = match command.as_str() {
        "bias" => bias::main(args),
        "hedging" => hedging::main(args),
        "sourcing" => sourcing::main(args),
        "summary" => summary::main(args),
        other => Err(format!("unknown evaluation `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
