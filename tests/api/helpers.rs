//! Starts the real server once, on a free port, and gives tests an HTTP client for it.

use std::sync::OnceLock;
use std::time::Duration;

use copydesk::config::Settings;
use copydesk::startup::Application;
use serde_json::Value;

pub const ARTICLE: &str = include_str!("../../examples/kursk-deminers.txt");

/// Port of the one server most tests talk to (started on first use, ready when returned).
fn port() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            copydesk::telemetry::init(Default::default());
        }
        spawn(Settings::default())
    })
}

/// Starts a server with `settings` (address and workers set here) on a free port, ready when
/// returned. For tests of settings the shared server does not have (keys, CORS, rate limits).
pub fn spawn(settings: Settings) -> u16 {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let settings = Settings {
                addr: "127.0.0.1:0".into(),
                workers: Some(2),
                ..settings
            };
            let app = Application::build(&settings).expect("server builds");
            tx.send(app.port()).unwrap();
            app.run_until_stopped().await.unwrap();
        })
    });
    let port = rx.recv().expect("server started");
    wait_ready(port);
    port
}

/// A client for a server started with [`spawn`].
pub fn app_with(settings: Settings) -> TestApp {
    TestApp {
        base: format!("http://127.0.0.1:{}", spawn(settings)),
        client: reqwest::Client::new(),
    }
}

fn wait_ready(port: u16) {
    for _ in 0..600 {
        if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::{Read, Write};
            let _ = s.write_all(b"GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("server not ready after 30 s");
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
}

pub fn app() -> TestApp {
    TestApp {
        base: format!("http://127.0.0.1:{}", port()),
        client: reqwest::Client::new(),
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> (u16, Value) {
        let res = self
            .client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request");
        let status = res.status().as_u16();
        (status, res.json().await.expect("JSON answer"))
    }

    pub async fn post_raw(
        &self,
        path: &str,
        content_type: &str,
        body: impl Into<reqwest::Body>,
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("Content-Type", content_type)
            .body(body)
            .send()
            .await
            .expect("request")
    }
}

/// Slices `text` at `start..end` counted in `encoding` units; panics when a span is not on a boundary.
pub fn slice(text: &str, start: usize, end: usize, encoding: &str) -> String {
    match encoding {
        "utf8" => String::from_utf8(text.as_bytes()[start..end].to_vec())
            .expect("span on UTF-8 boundaries"),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("span on UTF-16 boundaries")
        }
        _ => text.chars().skip(start).take(end - start).collect(),
    }
}
