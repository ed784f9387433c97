//! The error type of the public API.

use std::fmt;

/// An error from the public API: what was wrong with the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    BadDate(String),
}

impl Error {
    pub(crate) fn bad_date(s: &str) -> Error {
        Error {
            kind: ErrorKind::BadDate(s.chars().take(40).collect()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::BadDate(s) => {
                write!(
                    f,
                    "reference date {s:?} is not a calendar date in the form YYYY-MM-DD"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
