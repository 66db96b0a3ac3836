//! Settings, from command-line flags or `COPYDESK_*` environment variables.

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis::language::SUPPORTED;

#[derive(Debug, Parser)]
#[command(
    name = "copydesk",
    version,
    about = "Reads a news article and tells what it says and how it says it."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API.
    Serve(Settings),
    /// Print the OpenAPI document (the one committed under openapi/).
    Openapi,
}

/// Log line format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object a line, for log collectors.
    Json,
}

#[derive(Clone, Debug, Args)]
pub struct Settings {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, env = "COPYDESK_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Largest accepted request body, in bytes.
    #[arg(long, env = "COPYDESK_BODY_LIMIT", default_value_t = 1024 * 1024)]
    pub body_limit: usize,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "COPYDESK_WORKERS")]
    pub workers: Option<usize>,
    /// Languages the detector chooses from, ISO 639-1, comma-separated; the first is the fallback
    /// for text without letters.
    #[arg(
        long,
        env = "COPYDESK_LANGUAGES",
        value_delimiter = ',',
        default_value = "en,de,fr,es,it,pt,nl,ru,uk,pl"
    )]
    pub languages: Vec<String>,
    /// Log format.
    #[arg(long, env = "COPYDESK_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            addr: "127.0.0.1:8080".into(),
            body_limit: 1024 * 1024,
            workers: None,
            languages: SUPPORTED.iter().map(|s| s.to_string()).collect(),
            log_format: LogFormat::Text,
        }
    }
}
