//! State shared by every request.

use std::sync::{Arc, OnceLock};

use crate::analysis::language::Detector;

/// What handlers need: the language detector (set once its models are loaded) and the limits.
pub struct AppState {
    detector: OnceLock<Arc<Detector>>,
    /// Largest accepted request body, bytes.
    pub body_limit: usize,
}

impl AppState {
    pub fn new(body_limit: usize) -> Self {
        AppState {
            detector: OnceLock::new(),
            body_limit,
        }
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
