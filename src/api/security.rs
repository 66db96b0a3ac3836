//! Who may call the analysis endpoints, and how often: API keys and per-client rate limits.
//!
//! Both are off by default (a local or trusted-network deployment needs neither) and apply only
//! to `/v1/*`: probes, `/metrics`, the page and the API documentation stay open so orchestrators
//! and people trying the service are never locked out.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The accepted API keys, kept only as SHA-256 digests.
///
/// Comparing fixed-size digests in constant time hides both the content and the length of the
/// keys from timing; keeping only digests means a memory dump or a debug print shows no key.
#[derive(Clone, Default)]
pub struct ApiKeys {
    digests: Vec<[u8; 32]>,
}

impl std::fmt::Debug for ApiKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ApiKeys({} keys)", self.digests.len())
    }
}

/// A short, stable and non-secret name for a key: the first 8 hex digits of its digest. Logs and
/// rate limits use it; the key itself is never logged.
pub type KeyId = String;

impl ApiKeys {
    /// Keys from a list (e.g. `COPYDESK_API_KEYS`) and from a file with one key a line (`#`
    /// comments and blank lines ignored). No keys at all leaves authentication off.
    pub fn load(keys: &[String], file: Option<&std::path::Path>) -> Result<Self, String> {
        let mut all: Vec<String> = keys.iter().map(|k| k.trim().to_string()).collect();
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read API key file {}: {e}", path.display()))?;
            all.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string),
            );
        }
        all.retain(|k| !k.is_empty());
        if let Some(short) = all.iter().find(|k| k.len() < 16) {
            return Err(format!(
                "an API key has {} characters; use at least 16 (e.g. `openssl rand -hex 32`)",
                short.len()
            ));
        }
        Ok(ApiKeys {
            digests: all.iter().map(|k| digest(k)).collect(),
        })
    }

    pub fn len(&self) -> usize {
        self.digests.len()
    }

    pub fn is_empty(&self) -> bool {
        self.digests.is_empty()
    }

    /// The id of the key if `presented` is one of the keys. Every stored digest is compared, so
    /// the time taken does not tell which key came close.
    pub fn verify(&self, presented: &str) -> Option<KeyId> {
        let d = digest(presented);
        let mut found = subtle::Choice::from(0);
        for stored in &self.digests {
            found |= stored.ct_eq(&d);
        }
        bool::from(found).then(|| key_id(&d))
    }
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

fn key_id(digest: &[u8; 32]) -> KeyId {
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// The key a request presents: `Authorization: Bearer KEY` or `X-API-Key: KEY`.
pub fn presented_key(headers: &actix_web::http::header::HeaderMap) -> Option<&str> {
    if let Some(v) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
        return Some(v.trim());
    }
    let auth = headers
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = auth.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// Requests a minute per client (an API key, or the peer IP when keys are off), with a burst.
pub struct RateLimit {
    limiter: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
}

impl RateLimit {
    /// `None` when `per_minute` is 0 (no limit). A burst of 0 means one minute's worth.
    pub fn new(per_minute: u32, burst: u32) -> Option<Self> {
        let rate = NonZeroU32::new(per_minute)?;
        let burst = NonZeroU32::new(burst).unwrap_or(rate);
        Some(RateLimit {
            limiter: RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst)),
            clock: DefaultClock::default(),
        })
    }

    /// `Ok` if the client may go on, else how long until it may (at least a second, as
    /// `Retry-After` counts whole seconds).
    pub fn check(&self, client: &str) -> Result<(), Duration> {
        // Forget clients idle long enough to be back at a full burst, so memory stays bounded
        // however many addresses call.
        if self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&client.to_string())
            .map_err(|not_until| {
                not_until
                    .wait_time_from(self.clock.now())
                    .max(Duration::from_secs(1))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_verify_exactly() {
        let keys = ApiKeys::load(&["0123456789abcdef-one".into()], None).unwrap();
        assert!(!keys.is_empty());
        assert!(keys.verify("0123456789abcdef-one").is_some());
        assert!(keys.verify("0123456789abcdef-on").is_none());
        assert!(keys.verify("").is_none());
        assert_eq!(format!("{keys:?}"), "ApiKeys(1 keys)");
    }

    #[test]
    fn short_keys_are_refused() {
        assert!(ApiKeys::load(&["short".into()], None).is_err());
        assert!(ApiKeys::load(&[" ".into()], None).unwrap().is_empty());
    }

    #[test]
    fn rate_limit_counts_per_client() {
        let rl = RateLimit::new(60, 2).unwrap();
        assert!(rl.check("a").is_ok());
        assert!(rl.check("a").is_ok());
        let wait = rl.check("a").unwrap_err();
        assert!(wait >= Duration::from_secs(1));
        assert!(rl.check("b").is_ok());
        assert!(RateLimit::new(0, 5).is_none());
    }
}
