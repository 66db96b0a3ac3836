//! Building and running the server: bind, load models in the background, serve.

use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use actix_web::dev::{Server, Service};
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{web, HttpServer};

use crate::analysis::language::Detector;
use crate::api;
use crate::api::state::AppState;
use crate::config::Settings;

/// A bound, not yet running server. Binding first lets tests ask for port 0 and learn the port.
pub struct Application {
    server: Server,
    port: u16,
}

static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

impl Application {
    /// Binds the address and prepares the server; the language models load in the background,
    /// `/healthz` answers at once and `/readyz` turns 200 when they are in.
    pub fn build(settings: &Settings) -> Result<Self, String> {
        // Check the language list now so a typo fails at start, not in the background.
        Detector::check(&settings.languages)?;
        let listener = TcpListener::bind(&settings.addr)
            .map_err(|e| format!("cannot listen on {}: {e}", settings.addr))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let state = web::Data::new(AppState::new(settings.body_limit));

        let loading = state.clone();
        let languages = settings.languages.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            match Detector::new(&languages) {
                Ok(d) => {
                    loading.set_detector(Arc::new(d));
                    tracing::info!(
                        elapsed_ms = started.elapsed().as_millis() as u64,
                        "language models loaded; ready"
                    );
                }
                Err(e) => tracing::error!(error = %e, "language models failed to load"),
            }
        });

        // Built once: the document carries example answers computed by the analyses.
        let spec = api::openapi();
        let mut server = HttpServer::new(move || {
            let (app, _) = api::app(state.clone());
            api::finish(app.wrap_fn(log_request), spec.clone())
        })
        .listen(listener)
        .map_err(|e| e.to_string())?
        .shutdown_timeout(30);
        if let Some(workers) = settings.workers {
            server = server.workers(workers.max(1));
        }
        Ok(Application {
            server: server.run(),
            port,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGINT/SIGTERM; in-flight requests finish (up to 30 s) before it returns.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// One structured log line per request, with its id (the client's `X-Request-Id` or a new one),
/// which is echoed in the answer.
fn log_request<S>(
    mut req: actix_web::dev::ServiceRequest,
    srv: &S,
) -> impl std::future::Future<Output = Result<actix_web::dev::ServiceResponse, actix_web::Error>>
where
    S: Service<
        actix_web::dev::ServiceRequest,
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
    >,
{
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let started = Instant::now();
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128 && v.bytes().all(|b| b.is_ascii_graphic()))
        .map(str::to_string)
        .unwrap_or_else(|| {
            format!(
                "{:x}-{:x}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            )
        });
    if let Ok(v) = HeaderValue::from_str(&id) {
        req.headers_mut().insert(REQUEST_ID.clone(), v);
    }
    let method = req.method().to_string();
    let path = req.path().to_string();
    let fut = srv.call(req);
    async move {
        let mut res = fut.await?;
        let status = res.status().as_u16();
        if let Ok(v) = HeaderValue::from_str(&id) {
            res.headers_mut().insert(REQUEST_ID.clone(), v);
        }
        tracing::info!(
            request_id = %id,
            method = %method,
            path = %path,
            status,
            latency_ms = started.elapsed().as_secs_f64() * 1000.0,
            "request"
        );
        Ok(res)
    }
}
