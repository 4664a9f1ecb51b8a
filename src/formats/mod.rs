//! Exchange formats: read into model values plus diagnostics, write from model values.
//!
//! Readers never panic and never stop at the first problem: they return what they could
//! read together with [`Diagnostic`]s that carry a line and column. No reader does I/O
//! beyond the reader or text it is given, and none fetches a DTD or an external entity.

pub mod ftl;
pub mod json;
pub mod po;
#[cfg(test)]
mod testing;
pub mod tmx;
pub mod xliff;

use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file is malformed: without `--keep-going` nothing of it is imported.
    Error,
    /// Something was skipped or guessed; the rest is fine.
    Warning,
}

/// A problem found while reading a file, with its position.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong and, where it helps, what was expected.
    pub message: String,
}

impl Diagnostic {
    /// An error at a position.
    pub fn error(line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            line,
            column,
            message: message.into(),
        }
    }

    /// A warning at a position.
    pub fn warning(line: usize, column: usize, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            line,
            column,
            message: message.into(),
        }
    }

    /// `FILE:LINE:COL: severity: message`.
    pub fn display_in(&self, file: &str) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!(
            "{file}:{}:{}: {sev}: {}",
            self.line, self.column, self.message
        )
    }
}

/// 1-based line and column (in characters) of byte `pos` in `text`.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let pos = pos.min(text.len());
    let mut p = pos;
    while !text.is_char_boundary(p) {
        p -= 1;
    }
    let before = &text[..p];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}
