//! State shared by every request.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::analysis::language::Detector;
use crate::api::metrics::Metrics;
use crate::api::security::{ApiKeys, RateLimit};

/// Bounds on what one request may cost; each has a setting (see README).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted request body, bytes (413 `payload_too_large`).
    pub body_bytes: usize,
    /// Most characters of analysed text (413 `text_too_long`).
    pub max_chars: usize,
    /// Most sentences of analysed text (422 `too_many_sentences`).
    pub max_sentences: usize,
    /// Time to receive the body (408 `request_timeout`) and, separately, to analyse it (503 `timeout`).
    pub timeout: Duration,
    /// Most articles in one `/v1/analyze/batch` call (422 `too_many_articles`).
    pub batch_articles: usize,
    /// Largest accepted batch body, bytes (413 `payload_too_large`).
    pub batch_body_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 1024 * 1024,
            max_chars: 300_000,
            max_sentences: 10_000,
            timeout: Duration::from_secs(10),
            batch_articles: 16,
            batch_body_bytes: 8 * 1024 * 1024,
        }
    }
}

/// What handlers and middleware need: the language detector (set once its models are loaded),
/// the limits, who may call and how often, and the metrics.
pub struct AppState {
    detector: OnceLock<Arc<Detector>>,
    pub limits: Limits,
    /// Accepted API keys; empty means authentication is off.
    pub keys: ApiKeys,
    /// Per-client request budget; `None` means no limit.
    pub rate_limit: Option<RateLimit>,
    /// Take the client address for rate limits from `Forwarded`/`X-Forwarded-For` (behind a
    /// trusted proxy only: clients can forge these headers).
    pub trust_proxy: bool,
    pub metrics: Metrics,
    /// One permit per analysis allowed to run at once. The semaphore is fair, so waiting requests
    /// are served in arrival order: with more analyses than cores running, the OS would share the
    /// CPU among all of them and every answer would come late, instead of most on time.
    pub analysis_slots: Arc<Semaphore>,
}

impl AppState {
    /// State with the given limits, no API keys and no rate limit.
    pub fn new(limits: Limits) -> Self {
        AppState {
            detector: OnceLock::new(),
            limits,
            keys: ApiKeys::default(),
            rate_limit: None,
            trust_proxy: false,
            metrics: Metrics::new(),
            analysis_slots: Arc::new(Semaphore::new(default_analysis_threads())),
        }
    }

    /// Lets `threads` analyses (at least one) run at once.
    pub fn set_analysis_threads(&mut self, threads: usize) {
        self.analysis_slots = Arc::new(Semaphore::new(threads.max(1)));
    }

    /// Makes the service ready: called once the detector's models are loaded.
    pub fn set_detector(&self, detector: Arc<Detector>) {
        let _ = self.detector.set(detector);
    }

    /// The detector, or `None` while models are still loading.
    pub fn detector(&self) -> Option<Arc<Detector>> {
        self.detector.get().cloned()
    }
}

/// One analysis per core the process may use.
pub fn default_analysis_threads() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}
