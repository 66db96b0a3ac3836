//! Non-fatal notes that travel with an answer ("no hedging lexicon for this language", "summary shorter than asked").

/// A machine-readable `code` and a human `message`; the HTTP layer returns them in `warnings`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
        }
    }
}
