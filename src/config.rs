//! Settings, from command-line flags or `COPYDESK_*` environment variables.

use clap::{Args, Parser, Subcommand, ValueEnum};

use std::path::PathBuf;
use std::time::Duration;

use crate::analysis::language::SUPPORTED;
use crate::api::state::Limits;

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

// Parsed once at start-up: the size of the `Serve` variant costs nothing worth a `Box`.
#[allow(clippy::large_enum_variant)]
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

#[derive(Clone, Args)]
pub struct Settings {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, env = "COPYDESK_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Largest accepted request body, in bytes.
    #[arg(long, env = "COPYDESK_BODY_LIMIT", default_value_t = 1024 * 1024)]
    pub body_limit: usize,
    /// Most characters of analysed text; longer texts get 413 `text_too_long`.
    #[arg(long, env = "COPYDESK_MAX_CHARS", default_value_t = 300_000)]
    pub max_chars: usize,
    /// Most sentences of analysed text; more get 422 `too_many_sentences`.
    #[arg(long, env = "COPYDESK_MAX_SENTENCES", default_value_t = 10_000)]
    pub max_sentences: usize,
    /// Seconds to receive a request (408 after) and, separately, to analyse it (503 `timeout` after).
    #[arg(long, env = "COPYDESK_TIMEOUT_SECS", default_value_t = 10)]
    pub timeout_secs: u64,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "COPYDESK_WORKERS")]
    pub workers: Option<usize>,
    /// Analyses that run at once (default: one per core); further requests wait their turn in
    /// arrival order, within their time budget.
    #[arg(long, env = "COPYDESK_ANALYSIS_THREADS")]
    pub analysis_threads: Option<usize>,
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
    /// Most articles in one `/v1/analyze/batch` call.
    #[arg(long, env = "COPYDESK_BATCH_MAX", default_value_t = 16)]
    pub batch_max: usize,
    /// Largest accepted `/v1/analyze/batch` body, in bytes.
    #[arg(long, env = "COPYDESK_BATCH_BODY_LIMIT", default_value_t = 8 * 1024 * 1024)]
    pub batch_body_limit: usize,
    /// API keys, comma-separated (at least 16 characters each); when any key is set (here or in
    /// the key file), `/v1/*` answers 401 without one. Never logged.
    #[arg(
        long,
        env = "COPYDESK_API_KEYS",
        value_delimiter = ',',
        hide_env_values = true
    )]
    pub api_keys: Vec<String>,
    /// File with one API key a line (`#` comments allowed), e.g. a mounted secret.
    #[arg(long, env = "COPYDESK_API_KEY_FILE")]
    pub api_key_file: Option<PathBuf>,
    /// Browser origins allowed to call the API (CORS), comma-separated, e.g.
    /// `https://cms.example.com`; `*` allows any. Default: none (no CORS headers).
    #[arg(long, env = "COPYDESK_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// Requests a minute each client (API key, or IP address) may send to `/v1/*`; 0 turns the
    /// limit off. Over it: 429 with `Retry-After`.
    #[arg(long, env = "COPYDESK_RATE_LIMIT", default_value_t = 0)]
    pub rate_limit: u32,
    /// Requests a client may send at once before the rate applies (default: one minute's worth).
    #[arg(long, env = "COPYDESK_RATE_BURST", default_value_t = 0)]
    pub rate_burst: u32,
    /// Identify clients by `Forwarded`/`X-Forwarded-For` for rate limits; only behind a proxy
    /// that sets these headers, since clients can forge them.
    #[arg(long, env = "COPYDESK_TRUST_PROXY", default_value_t = false)]
    pub trust_proxy: bool,
}

impl Settings {
    /// CORS origins, checked: each `scheme://host[:port]` with no path, or `*`.
    pub fn checked_cors_origins(&self) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for o in self
            .cors_origins
            .iter()
            .map(|o| o.trim())
            .filter(|o| !o.is_empty())
        {
            let ok = o == "*"
                || o.split_once("://").is_some_and(|(scheme, rest)| {
                    matches!(scheme, "http" | "https")
                        && !rest.is_empty()
                        && !rest.contains(['/', '?', '#', ' '])
                });
            if !ok {
                return Err(format!(
                    "CORS origin `{o}` is not an origin: use scheme://host[:port], e.g. https://cms.example.com"
                ));
            }
            out.push(o.to_string());
        }
        Ok(out)
    }

    /// The request limits these settings give.
    pub fn limits(&self) -> Limits {
        Limits {
            body_bytes: self.body_limit,
            max_chars: self.max_chars,
            max_sentences: self.max_sentences,
            timeout: Duration::from_secs(self.timeout_secs.max(1)),
            batch_articles: self.batch_max.max(1),
            batch_body_bytes: self.batch_body_limit,
        }
    }
}

/// Debug output never shows API keys, only how many there are.
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("addr", &self.addr)
            .field("limits", &self.limits())
            .field("workers", &self.workers)
            .field("analysis_threads", &self.analysis_threads)
            .field("languages", &self.languages)
            .field("log_format", &self.log_format)
            .field(
                "api_keys",
                &format_args!("[{} redacted]", self.api_keys.len()),
            )
            .field("api_key_file", &self.api_key_file)
            .field("cors_origins", &self.cors_origins)
            .field("rate_limit", &self.rate_limit)
            .field("rate_burst", &self.rate_burst)
            .field("trust_proxy", &self.trust_proxy)
            .finish()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            addr: "127.0.0.1:8080".into(),
            body_limit: 1024 * 1024,
            max_chars: 300_000,
            max_sentences: 10_000,
            timeout_secs: 10,
            workers: None,
            analysis_threads: None,
            languages: SUPPORTED.iter().map(|s| s.to_string()).collect(),
            log_format: LogFormat::Text,
            batch_max: 16,
            batch_body_limit: 8 * 1024 * 1024,
            api_keys: Vec::new(),
            api_key_file: None,
            cors_origins: Vec::new(),
            rate_limit: 0,
            rate_burst: 0,
            trust_proxy: false,
        }
    }
}
