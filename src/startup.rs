//! Building and running the server: bind, load models in the background, serve.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Instant;

use actix_cors::Cors;
use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::middleware::Condition;
use actix_web::{web, HttpServer};

use crate::analysis::language::Detector;
use crate::api;
use crate::api::middleware;
use crate::api::security::{ApiKeys, RateLimit};
use crate::api::state::AppState;
use crate::config::Settings;

/// A bound, not yet running server. Binding first lets tests ask for port 0 and learn the port.
pub struct Application {
    server: Server,
    port: u16,
}

impl Application {
    /// Binds the address and prepares the server; the language models load in the background,
    /// `/healthz` answers at once and `/readyz` turns 200 when they are in.
    pub fn build(settings: &Settings) -> Result<Self, String> {
        // Check the language list now so a typo fails at start, not in the background.
        Detector::check(&settings.languages)?;
        let listener = TcpListener::bind(&settings.addr)
            .map_err(|e| format!("cannot listen on {}: {e}", settings.addr))?;
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let keys = ApiKeys::load(&settings.api_keys, settings.api_key_file.as_deref())?;
        let cors_origins = settings.checked_cors_origins()?;
        if !keys.is_empty() {
            tracing::info!(keys = keys.len(), "API keys required on /v1/*");
        }
        let mut state = AppState::new(settings.limits());
        state.keys = keys;
        state.rate_limit = RateLimit::new(settings.rate_limit, settings.rate_burst);
        state.trust_proxy = settings.trust_proxy;
        if let Some(threads) = settings.analysis_threads {
            state.set_analysis_threads(threads);
        }
        let state = web::Data::new(state);

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
            let app = app
                .wrap_fn(middleware::guard)
                .wrap(Condition::new(
                    !cors_origins.is_empty(),
                    cors(&cors_origins),
                ))
                .wrap(middleware::headers())
                .wrap_fn(middleware::observe);
            api::finish(app, spec.clone())
        })
        .listen(listener)
        .map_err(|e| e.to_string())?
        .shutdown_timeout(30)
        .client_request_timeout(settings.limits().timeout);
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

/// CORS for browser clients (CMS plugins) from the allowed origins: the methods and headers the
/// API uses, the request id and `Retry-After` readable by scripts, preflights cached an hour.
fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST"])
        .allowed_headers([
            header::CONTENT_TYPE,
            header::AUTHORIZATION,
            header::HeaderName::from_static("x-api-key"),
            middleware::REQUEST_ID.clone(),
        ])
        .expose_headers([middleware::REQUEST_ID.clone(), header::RETRY_AFTER])
        .max_age(3600);
    for origin in origins {
        cors = if origin == "*" {
            cors.allow_any_origin()
        } else {
            cors.allowed_origin(origin)
        };
    }
    cors
}
