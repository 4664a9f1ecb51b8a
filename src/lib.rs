//! korpu: a multilingual content localization and translation-memory tool for a
//! newsroom that publishes in English, Azerbaijani and Russian.
//!
//! The crate is a library and the `korpu` binary. Modules, from the bottom up:
//! [`locale`], [`model`], [`segment`], [`store`]; the command line lives in `cli`.

pub mod locale;
pub mod segment;
