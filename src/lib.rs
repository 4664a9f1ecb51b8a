//! korpu: a multilingual content localization and translation-memory tool for a
//! newsroom that publishes in English, Azerbaijani and Russian.
//!
//! The crate is a library and the `korpu` binary. Modules, from the bottom up:
//! [`locale`] (tags, plurals, negotiation), [`model`] (articles, segments,
//! translations), [`segment`] (SRX sentence splitting), [`store`] (the sled database),
//! [`export`] (rendering articles), and [`cli`] (the command line).

pub mod cli;
pub mod export;
pub mod formats;
pub mod labels;
pub mod locale;
pub mod model;
pub mod qa;
pub mod segment;
pub mod server;
pub mod store;
pub mod text;
pub mod tm;
