//! Prometheus metrics, served at `GET /metrics` in the text exposition format.
//!
//! Each server has its own registry (not the process-global one), so several servers in one
//! process (the tests) never share or double-register counters. Endpoint labels are route
//! patterns, never raw paths, so a scan of random URLs cannot blow up the label space.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts, Registry,
    TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    in_flight: IntGauge,
    analysed_chars: IntCounter,
    analysed_articles: IntCounter,
}

impl Metrics {
    pub fn new() -> Self {
        let registry =
            Registry::new_custom(Some("copydesk".into()), None).expect("static prefix is valid");
        let requests = IntCounterVec::new(
            Opts::new(
                "http_requests_total",
                "HTTP requests answered, by endpoint, method and status.",
            ),
            &["endpoint", "method", "status"],
        )
        .expect("static metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "http_request_duration_seconds",
                "Time from request to answer, by endpoint and method.",
            )
            .buckets(vec![
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ]),
            &["endpoint", "method"],
        )
        .expect("static metric");
        let in_flight = IntGauge::new("http_requests_in_flight", "Requests being handled now.")
            .expect("static metric");
        let analysed_chars = IntCounter::new(
            "analysed_characters_total",
            "Characters of article text analysed (after HTML extraction).",
        )
        .expect("static metric");
        let analysed_articles = IntCounter::new("analysed_articles_total", "Articles analysed.")
            .expect("static metric");
        for m in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(in_flight.clone()),
            Box::new(analysed_chars.clone()),
            Box::new(analysed_articles.clone()),
        ] {
            registry.register(m).expect("metric names are unique");
        }
        Metrics {
            registry,
            requests,
            latency,
            in_flight,
            analysed_chars,
            analysed_articles,
        }
    }

    /// Marks a request as started; the guard marks it finished when dropped, whatever happens.
    pub fn start(&self) -> InFlight {
        self.in_flight.inc();
        InFlight(self.in_flight.clone())
    }

    pub fn observe(&self, endpoint: &str, method: &str, status: u16, seconds: f64) {
        self.requests
            .with_label_values(&[endpoint, method, &status.to_string()])
            .inc();
        self.latency
            .with_label_values(&[endpoint, method])
            .observe(seconds);
    }

    pub fn analysed(&self, chars: usize) {
        self.analysed_articles.inc();
        self.analysed_chars.inc_by(chars as u64);
    }

    /// The exposition text.
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Decrements the in-flight gauge when the request is done (or dropped mid-way).
pub struct InFlight(IntGauge);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}
